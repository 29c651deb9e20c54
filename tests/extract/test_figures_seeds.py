"""Figures of the two seeds against TRUTH.md F1-F7 and G1-G5, the "not figures" list, and general cases."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import PUBLISHED

from crosswire.extract.dates import find_dates
from crosswire.extract.figures import find_figures
from crosswire.extract.parse import parse
from crosswire.ingest import read
from crosswire.model import Article, Document, Figure


def _doc(article: Article) -> Document:
    return find_figures(find_dates(parse(Document(article=article))))


@pytest.fixture(scope="module")
def seed_docs(seed_paths: tuple[Path, Path]) -> dict[str, Document]:
    out = {}
    for key, path in zip(("000", "001"), seed_paths, strict=True):
        articles = read(path, published=PUBLISHED).articles
        assert articles, f"ingest read nothing from {path}"
        out[key] = _doc(articles[0])
    return out


def _at(doc: Document, context: str, phrase: str, nth: int = 0) -> Figure:
    text = doc.article.text.replace("\u00a0", " ")  # same length: NBSPs (TRUTH K20) need not be spelled out
    at = -1
    for _ in range(nth + 1):
        at = text.index(context, at + 1)
    at += context.index(phrase)
    hits = [f for f in doc.figures if f.start <= at < f.end]
    assert hits, f"no figure covers {phrase!r} in {context!r}; found {[f.text for f in doc.figures]}"
    return hits[0]


# (TRUTH id, seed, context, phrase, value, low, high, approximator, vague, counts, ordinal)
SEED_CASES = [
    ("F1", "000", "one of four", "four", 4, None, None, None, False, "zone", False),
    ("F2", "000", "other three zones", "three", 3, None, None, None, False, "zone", False),
    ("F3", "000", "thousands of displaced civilians", "thousands", None, 2000, None, None, True, "civilian", False),
    ("F4", "000", "population of 3 million", "3", 3_000_000, None, 3_000_000, "approximately ... up to", False,
     "population", False),
    ("F5", "000", "an estimated 10,000 members", "10,000", 10_000, None, None, "an estimated", False, "member", False),
    ("F6", "000", "displacement of thousands", "thousands", None, 2000, None, None, True, None, False),
    ("F7", "000", "3.5 million refugees", "3.5", 3_500_000, None, None, None, False, "refugee", False),
    ("G1", "001", "some 3 million civilians", "3", 3_000_000, None, None, "some", False, "civilian", False),
    ("G2", "001", "more than 1 million children", "1", 1_000_000, 1_000_000, None, "more than", False, "child",
     False),
    ("G3", "001", "Thousands of children", "Thousands", None, 2000, None, None, True, "child", False),
    ("G4-powers", "001", "The three foreign powers", "three", 3, None, None, None, False, "power", False),
    ("G4-leaders", "001", "whether the three leaders", "three", 3, None, None, None, False, "leader", False),
    ("G5", "001", "the third time", "third", 3, None, None, None, False, "time", True),
]  # fmt: skip


@pytest.mark.parametrize(("item", "seed", "context", "phrase", "value", "low", "high", "approx", "vague", "counts",
                          "ordinal"), SEED_CASES, ids=[c[0] for c in SEED_CASES])  # fmt: skip
def test_figures_seed_items(seed_docs: dict, item: str, seed: str, context: str, phrase: str, value: float | None,
                            low: float | None, high: float | None, approx: str | None, vague: bool,
                            counts: str | None, ordinal: bool) -> None:  # fmt: skip
    f = _at(seed_docs[seed], context, phrase)
    assert (f.value, f.low, f.high, f.approximator, f.vague, f.counts, f.ordinal) == (
        value, low, high, approx, vague, counts, ordinal), item  # fmt: skip


def test_figures_seed_G4_second_three_leaders(seed_docs: dict) -> None:
    f = _at(seed_docs["001"], "the three leaders have come together", "three")
    assert (f.value, f.counts) == (3, "leader")


@pytest.mark.parametrize("seed", ["000", "001"])
def test_figures_seed_counts_span_and_offsets(seed_docs: dict, seed: str) -> None:
    doc = seed_docs[seed]
    text = doc.article.text
    for f in doc.figures:
        assert text[f.start : f.end] == f.text
        if f.counts_span is not None:
            assert text[f.counts_span.start : f.counts_span.end] == f.counts_span.text


# TRUTH "Not figures": times, years, dates, durations and "last-minute" are never quantities.
NOT_FIGURES = ["2018", "Sept. 7", "September 7", "September 4th", "2016", "2017", "years-long", "weeks", "last-minute"]


@pytest.mark.parametrize("phrase", NOT_FIGURES)
def test_figures_seed_not_figures(seed_docs: dict, phrase: str) -> None:
    for doc in seed_docs.values():
        text = doc.article.text
        for at in [i for i in range(len(text)) if text.startswith(phrase, i)]:
            assert not [f for f in doc.figures if f.start <= at < f.end], f"{phrase!r} taken as a figure"


def test_figures_seed_exact_counts(seed_docs: dict) -> None:
    # 000: F1-F7 and nothing else; 001: G1-G5 (three x3, "some 3 million", "more than 1 million", Thousands, third).
    assert len(seed_docs["000"].figures) == 7
    assert len(seed_docs["001"].figures) == 7


# General cases: (id, text, [(value, low, high, approximator, vague, counts, ordinal)])
GENERAL = [
    ("time-of-day", "The vote closed at 10:24 AM on Monday.", []),
    ("timestamp", "September 7, 2018 at 10:24 AM", []),
    ("duration-words", "The siege lasted three weeks.", []),
    ("year-alone", "The war began in 2011.", []),
    ("hyphen-compound", "Twenty-five soldiers died.", [(25, None, None, None, False, "soldier", False)]),
    ("nearly", "Nearly 200 people fled.", [(200, None, 200, "nearly", False, "people", False)]),
    ("at-least", "At least 12 civilians were killed.", [(12, 12, None, "at least", False, "civilian", False)]),
    ("up-to", "Up to 5,000 troops may deploy.", [(5000, None, 5000, "up to", False, "troop", False)]),
    ("tens-of-thousands", "Tens of thousands of people marched.",
     [(None, 20000, None, None, True, "people", False)]),
    ("billion", "The fund holds 2.5 billion dollars.", [(2_500_000_000, None, None, None, False, "dollar", False)]),
    ("one-pronoun", "It is one of the most important steps.", []),
    ("ordinal", "It was the second attack this month.", [(2, None, None, None, False, "attack", True)]),
    ("no-numbers", "Officials declined to comment.", []),
    ("vague-nested-scale", "It cost hundreds of billions of dollars.",
     [(None, 200_000_000_000, None, None, True, "dollar", False)]),
    ("percent-sign", "Support rose to 90 % in May.", [(90, None, None, None, False, "percent", False)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in GENERAL], ids=[c[0] for c in GENERAL])
def test_figures_general(text: str, expected: list) -> None:
    doc = _doc(Article(id="g", path="g", text=text, published=PUBLISHED))
    got = [(f.value, f.low, f.high, f.approximator, f.vague, f.counts, f.ordinal) for f in doc.figures]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "figure", "counts", "approximator"),
    [
        ("Farenthold used $117,600 in taxpayer funds.", "117,600", "dollar", None),
        ("The couple paid nearly $44 million in federal taxes.", "nearly $44 million", "dollar", "nearly"),
        ("He spent £3 million on ads.", "3 million", "pound", None),
        ("It cost 5 million dollars.", "5 million", "dollar", None),
    ],
)
def test_figures_money_counts_its_currency(text: str, figure: str, counts: str, approximator: str | None) -> None:
    """A currency symbol is the unit of the amount it hangs on, and a hedge before it is the amount's."""
    doc = _doc(Article(id="m", path="m.txt", text=text))
    assert [(f.text, f.counts, f.approximator) for f in doc.figures] == [(figure, counts, approximator)]
