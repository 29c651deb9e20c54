"""A quote told in indirect speech by the same speaker in another report (align/paraphrase.py)."""

from __future__ import annotations

import pytest

from crosswire.align.compare import compare_documents
from crosswire.model import Article, Finding
from crosswire.pipeline import analyse

QUOTE = (
    "Mayor Anna Berg spoke to reporters on Monday. \u201cWe don\u2019t want the harbour to turn into a bloodbath,\u201d "
    "Berg said. The council meets on Friday."
)


def told(text_b: str, text_a: str = QUOTE) -> list[Finding]:
    docs = [analyse(Article(id=i, path=f"{i}.txt", text=t)) for i, t in (("a", text_a), ("b", text_b))]
    return [f for f in compare_documents(docs) if f.kind == "agree" and "paraphrase" in f.detail]


def test_paraphrase_quote_told_by_the_same_speaker() -> None:
    tb = "Mayor Anna Berg urged the rival clans to declare a truce and avoid a bloodbath. The council meets on Friday."
    (f,) = told(tb)
    assert f.article == "a" and f.span.text.startswith("We don\u2019t want the harbour")
    assert f.evidence[0].article == "b" and "avoid a bloodbath" in f.evidence[0].text
    assert f.detail["paraphrase"]["shared"] == ["bloodbath"] and "check the wording" in f.detail["note"]


@pytest.mark.parametrize(
    "text_b",
    [
        # Another speaker tells it.
        "Police chief Tom Lund urged the rival clans to declare a truce and avoid a bloodbath.",
        # The shared word is the report's theme, used in another sentence too: not what ties the two.
        "Mayor Anna Berg urged the clans to avoid a bloodbath. Residents fear a bloodbath in the harbour.",
        # The speaker is only named in an apposition of someone else who speaks.
        "Tom Lund, an aide to Anna Berg, warned that the harbour could see a bloodbath.",
        # The quote is there word for word: a quote finding, not a paraphrase.
        "\u201cWe don\u2019t want the harbour to turn into a bloodbath,\u201d Mayor Anna Berg said.",
    ],
)
def test_paraphrase_negatives(text_b: str) -> None:
    assert told(text_b) == []


def test_paraphrase_credited_quote_not_found_word_for_word_shows_the_telling() -> None:
    # Credited to Reuters, whose report tells it only in indirect speech: still not found word for word
    # (TRUTH T2), and the finding shows the sentence that tells it.
    ta = (
        "As reported by Reuters, Mayor Anna Berg said: \u201cWe don\u2019t want the harbour to turn into a "
        "bloodbath.\u201d The council meets on Friday."
    )
    tb = "Mayor Anna Berg urged the rival clans to declare a truce and avoid a bloodbath. The council meets on Friday."
    a = analyse(Article(id="a", path="a.txt", text=ta))
    b = analyse(Article(id="b", path="b.txt", text=tb, outlet="Reuters"))
    (f,) = [f for f in compare_documents([a, b]) if f.kind == "credited_not_found"]
    assert f.detail["told_indirectly"] is True
    assert "avoid a bloodbath" in f.evidence[0].text and f.evidence[0].article == "b"
