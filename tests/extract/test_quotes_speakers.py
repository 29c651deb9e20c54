"""Speaker resolution on made-up paragraphs: named, inverted, pronoun, nominal, carried, dash, colon; negatives."""

from __future__ import annotations

import pytest

from crosswire.extract.parse import parse
from crosswire.extract.quotes import find_quotes
from crosswire.model import Article, Document


def quotes_of(text: str) -> list[tuple[str | None, str | None, bool]]:
    doc = find_quotes(parse(Document(article=Article(id="t", path="t", text=text))))
    for q in doc.quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker_span is not None:
            assert text[q.speaker_span.start : q.speaker_span.end] == q.speaker_span.text
    return [(q.speaker, q.speaker_how, q.scare) for q in doc.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will win,” Maria Lopez said on Monday.", [("Maria Lopez", "named", False)]),
        ("Maria Lopez said: “We will win.”", [("Maria Lopez", "named", False)]),
        ("“We will win,” said the party's leader, Maria Lopez.", [("Maria Lopez", "named", False)]),
        (
            "Maria Lopez spoke first. “We will win,” she said.",
            [("Maria Lopez", "pronoun", False)],
        ),
        (
            "The World Health Organization issued a warning. “The risk is high,” the organization said.",
            [("World Health Organization", "nominal", False)],
        ),
        (
            "“We will win,” Maria Lopez said. “The polls are wrong.”",
            [("Maria Lopez", "named", False), ("Maria Lopez", "carried", False)],
        ),
        ("“Enough is enough.” ― Maria Lopez", [("Maria Lopez", "named", False)]),
        ("Officials called it a “temporary pause” in the talks.", [(None, None, False)]),
        ("The so-called “peace plan” was never signed.", [(None, None, True)]),  # scare quote
        ("They met in the “green zone” on Monday.", [(None, None, True)]),
        ("Nobody spoke. The “deal” collapsed.", [(None, None, True)]),
    ],
)
def test_quotes_speakers_table(text: str, expected: list[tuple[str | None, str | None, bool]]) -> None:
    got = quotes_of(text)
    if expected == [(None, None, False)]:  # "called it": attributed to an unnamed subject, never a scare quote
        assert not got[0][2]
        return
    assert got == expected


def test_quotes_speakers_multi_paragraph_unclosed() -> None:
    text = "“The first part of the speech goes here.\n\n“And the second part follows,” said Maria Lopez."
    got = quotes_of(text)
    assert got == [("Maria Lopez", "carried", False), ("Maria Lopez", "named", False)]


def test_quotes_speakers_Q3_outlet_is_credit_not_speaker() -> None:
    text = "Jan Novak, the prime minister, countered, “This is false,” Reuters reported."
    doc = find_quotes(parse(Document(article=Article(id="t", path="t", text=text))))
    assert doc.quotes[0].speaker == "Jan Novak"
    assert doc.quotes[0].credited_to == "Reuters"


def test_quotes_speakers_odd_marks_keep_the_rest() -> None:
    text = 'The rebels’ leader said "we stay. Later, “We will not leave,” Ahmed Saleh said.'
    got = quotes_of(text)
    assert ("Ahmed Saleh", "named", False) in got
