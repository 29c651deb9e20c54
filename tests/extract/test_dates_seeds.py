"""Dates of the two seeds against TRUTH.md D1-D18 (publication date 2018-09-07), and general cases."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import PUBLISHED

from crosswire.extract.dates import find_dates, publication_date, resolve
from crosswire.extract.parse import parse
from crosswire.ingest import read
from crosswire.model import Article, DateMention, Document


def _dates(path: Path) -> tuple[str, list[DateMention]]:
    articles = read(path, published=PUBLISHED).articles
    assert articles, f"ingest read nothing from {path}"
    doc = find_dates(parse(Document(article=articles[0])))
    return doc.article.text, doc.dates


@pytest.fixture(scope="module")
def seed_dates(seed_paths: tuple[Path, Path]) -> dict[str, tuple[str, list[DateMention]]]:
    return {"000": _dates(seed_paths[0]), "001": _dates(seed_paths[1])}


def _find(dates: list[DateMention], text: str, context: str, phrase: str) -> DateMention:
    """The mention covering ``phrase`` where it occurs inside ``context`` in the text."""
    at = text.index(context) + context.index(phrase)
    hits = [d for d in dates if d.start <= at < d.end]
    assert hits, f"no date mention covers {phrase!r} in {context!r}; found {[d.text for d in dates]}"
    return hits[0]


# (TRUTH id, seed, context, phrase, value, precision, kind)
SEED_CASES = [
    ("D1", "000", "On Friday, September 7", "September 7", "2018-09-07", "day", "date"),
    ("D2", "000", "Security Council on Friday", "Friday", "2018-09-07", "day", "date"),
    ("D3", "000", "on September 4th", "September 4th", "2018-09-04", "day", "date"),
    ("D4", "000", "in May 2017", "May 2017", "2017-05", "month", "date"),
    ("D8", "001", "failed Friday", "Friday", "2018-09-07", "day", "date"),
    ("D9", "001", "news conference Friday", "Friday", "2018-09-07", "day", "date"),
    ("D10", "001", "It was unclear Friday", "Friday", "2018-09-07", "day", "date"),
    ("D11", "001", "ahead of the meeting Friday", "Friday", "2018-09-07", "day", "date"),
    ("D12", "001", "In a statement Friday", "Friday", "2018-09-07", "day", "date"),
    ("D13", "001", "Turkish troops in 2016", "2016", "2016", "year", "date"),
    ("D14", "001", "Since then", "Since then", None, None, "anaphoric"),
    ("D15", "001", "cease-fire here today", "today", "2018-09-07", "day", "date"),
    ("D16", "001", "in a report this week", "this week", "2018-W36", "week", "date"),
    ("D17", "001", "weeks of tough rhetoric", "weeks", None, None, "duration"),
    ("D18", "001", "years-long uprising", "years-long", None, None, "duration"),
]


@pytest.mark.parametrize(("item", "seed", "context", "phrase", "value", "precision", "kind"), SEED_CASES,
                         ids=[c[0] for c in SEED_CASES])  # fmt: skip
def test_dates_seed_items(seed_dates: dict, item: str, seed: str, context: str, phrase: str, value: str | None,
                          precision: str | None, kind: str) -> None:  # fmt: skip
    text, dates = seed_dates[seed]
    d = _find(dates, text, context, phrase)
    assert (d.value, d.precision, d.kind) == (value, precision, kind), item


def test_dates_seed_D7_caption_sept_7() -> None:
    # D7's "Sept. 7" is in the caption, which ingest keeps out of the body: test the phrase itself.
    text = "The leaders met in Tehran Sept. 7, as Syria's government prepared an assault."
    doc = find_dates(parse(Document(article=Article(id="c", path="c", text=text, published=PUBLISHED))))
    assert [(d.text, d.value, d.precision) for d in doc.dates] == [("Sept. 7", "2018-09-07", "day")]


@pytest.mark.parametrize("seed", ["000", "001"])
def test_dates_seed_spans_match_text(seed_dates: dict, seed: str) -> None:
    text, dates = seed_dates[seed]
    assert dates
    assert all(text[d.start : d.end] == d.text for d in dates)


@pytest.mark.parametrize("seed", ["000", "001"])
def test_dates_seed_no_clock_times_or_minutes(seed_dates: dict, seed: str) -> None:
    # "last-minute" is tagged TIME by spaCy; it is no date (TRUTH G "not figures" list, D-section).
    _, dates = seed_dates[seed]
    assert not [d for d in dates if "minute" in d.text or ":" in d.text]


# General cases: (id, text, published, expected [(text, value, precision, kind)])
GENERAL = [
    ("weekday-before-publication", "Talks ended Tuesday.", "2018-09-07", [("Tuesday", "2018-09-04", "day", "date")]),
    ("weekday-same-day", "He spoke Friday.", "2018-09-07", [("Friday", "2018-09-07", "day", "date")]),
    ("no-publication-date", "He spoke Friday.", None, [("Friday", None, "day", "date")]),
    ("no-publication-date-no-year", "It opened on March 3.", None, [("March 3", None, None, "date")]),
    (
        "explicit-with-year-no-base",
        "It opened on March 3, 2009.",
        None,
        [("March 3, 2009", "2009-03-03", "day", "date")],
    ),
    ("yesterday", "Police said yesterday that it ended.", "2018-09-07", [("yesterday", "2018-09-06", "day", "date")]),
    ("last-month", "Prices rose last month.", "2018-01-15", [("last month", "2017-12", "month", "date")]),
    ("next-year", "Elections are due next year.", "2018-09-07", [("next year", "2019", "year", "date")]),
    ("duration-number", "The war lasted three years.", "2018-09-07", [("three years", None, None, "duration")]),
    ("decade-not-clock", "Crime fell in the 1990s.", "2018-09-07", [("the 1990s", None, None, "date")]),
    ("no-dates", "The council met and voted.", "2018-09-07", []),
    ("years-ago", "He left 15 years ago.", "2016-03-25", [("15 years ago", "2001", "year", "date")]),
    (
        "anaphoric-later",
        "He won in 2010. A year later he lost.",
        "2016-03-25",
        [("2010", "2010", "year", "date"), ("A year later", None, None, "anaphoric")],
    ),
    ("later-weekday", "Police spoke later Sunday.", "2016-06-12", [("later Sunday", "2016-06-12", "day", "date")]),
    ("no-year-nearest-ahead", "The primary is on June 3.", "2014-03-25", [("June 3", "2014-06-03", "day", "date")]),
    ("no-year-nearest-behind", "Shops shut on Dec. 25.", "2014-01-05", [("Dec. 25", "2013-12-25", "day", "date")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), [c[1:] for c in GENERAL], ids=[c[0] for c in GENERAL])
def test_dates_general(text: str, published: str | None, expected: list) -> None:
    doc = find_dates(parse(Document(article=Article(id="g", path="g", text=text, published=published))))
    assert [(d.text, d.value, d.precision, d.kind) for d in doc.dates] == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("last Friday", ("2018-08-31", "day", True)),
        ("next Friday", ("2018-09-14", "day", True)),
        ("Monday", ("2018-09-03", "day", True)),
        ("this month", ("2018-09", "month", True)),
        ("last week", ("2018-W35", "week", True)),
        ("1999", ("1999", "year", False)),
        ("the year 2016", ("2016", "year", False)),
        ("a year later", (None, None, True)),
        ("15 years ago", ("2003", "year", True)),
    ],
)
def test_dates_resolve_table(phrase: str, expected: tuple) -> None:
    assert resolve(phrase, publication_date("2018-09-07")) == expected


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2018-09-07", "2018-09-07"),
        ("2018-09-07T10:24", "2018-09-07"),
        ("2018-09", None),
        (None, None),
        ("junk-date", None),
    ],
)
def test_dates_publication_date_precision(published: str | None, expected: str | None) -> None:
    got = publication_date(published)
    assert (got.isoformat() if got else None) == expected
