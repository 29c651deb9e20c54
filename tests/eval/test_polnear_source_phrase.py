"""PolNeAR source spans: growing crosswire's speaker mention to the subject phrase PolNeAR marks (issue 3)."""

from __future__ import annotations

import pytest

from crosswire.eval import polnear as P
from crosswire.extract.parse import parse
from crosswire.extract.quotes import find_quotes
from crosswire.model import Article, Document


def phrase(text: str) -> str | None:
    doc = find_quotes(parse(Document(article=Article(id="t", path="t", text=text))))
    q = next(q for q in doc.quotes if not q.scare)
    if q.speaker_span is None:
        return None
    a, b = P.source_phrase(doc.parsed, q.speaker_span, text)
    return text[a:b]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the subject phrase with its appositives, without the closing mark of the quote before it
        (
            "“It is an invasion of the state domain,” Scott Price, the attorney general of Oklahoma, said on Monday.",
            "Scott Price, the attorney general of Oklahoma,",
        ),
        # a leading adverb is not part of the source
        (
            "Even China, the only ally of the regime, said it was “resolutely opposed” to the test.",
            "China, the only ally of the regime,",
        ),
        # a possessive before a speech noun keeps its ending: "Trump’s"
        ("Politifact seized on Trump’s claim that there were “thousands of shootings” this year.", "Trump’s"),
        # negatives: a plain name stays a plain name; a pronoun stays the pronoun (PolNeAR marks "he")
        ("“We will win,” Maria Lopez said on Monday.", "Maria Lopez"),
        ("Maria Lopez spoke first. “We will win,” she said.", "she"),
    ],
)
def test_polnear_source_phrase_table(text: str, source: str) -> None:
    assert phrase(text) == source
