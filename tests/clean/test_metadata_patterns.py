"""Metadata patterns: dates, datelines, bylines, contributor credits, bios, outlets (with negatives)."""

from __future__ import annotations

import pytest

from crosswire.clean import metadata


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("September 7, 2018 at 10:24 AM", ("2018-09-07T10:24", "minute")),  # K4
        ("Published 7 March 2019", ("2019-03-07", "day")),
        ("Updated: 2019-11-18", ("2019-11-18", "day")),
        ("Reuters Nov. 18, 2019 11:03 PM", ("2019-11-18T23:03", "minute")),
        ("May 2017", ("2017-05", "month")),
        ("The meeting is on Friday", None),
        ("3 million people", None),
    ],
)
def test_metadata_parse_date(text: str, expected: tuple[str, str] | None) -> None:
    assert metadata.parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ISTANBUL \u2014The three foreign powers", ("Istanbul", 10)),  # K7, no space after the dash
        ("WASHINGTON (AP) \u2014 The Senate voted", ("Washington", 18)),
        ("NEW YORK \u2013 Stocks fell", ("New York", 11)),
        ("(Reuters) - Oil prices rose", ("Reuters", 12)),
        ("The U.N. said on Friday", None),
        ("Idlib was designated a zone", None),
    ],
)
def test_metadata_dateline(text: str, expected: tuple[str, int] | None) -> None:
    assert metadata.dateline(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
        ("By Jane Doe | March 5, 2019", ["Jane Doe"]),
        ("Byzantine art returns to the museum", []),
    ],
)
def test_metadata_byline(text: str, expected: list[str]) -> None:
    assert metadata.byline(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Doe in Paris and John Smith in Berlin contributed to this report.", ["Jane Doe", "John Smith"]),
        ("Additional reporting by Jane Doe; Editing by Mark Potter", ["Jane Doe", "Mark Potter"]),
        ("The company contributed to the fund last year.", None),
    ],
)
def test_metadata_contributors(text: str, expected: list[str] | None) -> None:
    assert metadata.contributors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Doe is a Paris-based correspondent for The New York Times.", ("Jane Doe", "The New York Times")),
        ("John Smith is a staff writer at Reuters covering energy.", ("John Smith", "Reuters")),
        ("The minister is a former reporter who was elected in 2015.", None),
    ],
)
def test_metadata_bio(text: str, expected: tuple[str, str | None] | None) -> None:
    assert metadata.bio(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Democracy Dies in Darkness", "The Washington Post"),  # K1, the Post's public tagline
        ("All the News That's Fit to Print", "The New York Times"),
        ("Democracy in darkness", None),
    ],
)
def test_metadata_tagline(text: str, expected: str | None) -> None:
    assert metadata.tagline_outlet(text) == expected


def test_metadata_outlets_from_domain_and_title() -> None:
    assert metadata.outlet_from_domain("https://www.theguardian.com/world/2019/x") == "The Guardian"
    assert metadata.outlet_from_domain("https://example.org/x") is None
    assert metadata.title_suffix_outlet("Markets fall again | Reuters") == ("Markets fall again", "Reuters")
    assert metadata.title_suffix_outlet("Markets fall - a long day") is None
    assert metadata.date_from_url("https://x.com/2018/09/07/story") == ("2018-09-07", "day")
