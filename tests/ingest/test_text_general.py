"""The text reader on an invented page in a different house style (no seed lines): metadata and body."""

from __future__ import annotations

import pytest

from crosswire.ingest import read_text
from crosswire.model import Article

PAGE = """Skip to main content
Home
World
Business
Sport

Europe

Dutch farmers block roads in protest over nitrogen rules

By Anna Visser
BBC News, Amsterdam

Published 12 March 2021

Share this with Facebook
Share this with Twitter

Image caption: Tractors lined the motorway near Utrecht on Tuesday morning.

THE HAGUE, Netherlands — Thousands of farmers drove their tractors onto motorways across the Netherlands on Tuesday, causing hundreds of kilometres of traffic jams.

The protest was aimed at government plans to cut nitrogen emissions, which farmers say will force many of them out of business.

"We are being treated as criminals," said one farmer, who gave his name only as Jan. "We feed this country."

The agriculture minister said the plans were needed to meet European rules and that farmers would be compensated.

Police said the protest had been largely peaceful, although two people were arrested.

Related Topics
Netherlands
Farming

More on this story
Why Dutch farmers are angry
10 March 2021

Top Stories
Election result expected within hours

Copyright 2021 BBC. All rights reserved.
"""


@pytest.fixture(scope="module")
def article() -> Article:
    return read_text(PAGE, path="page.txt", id="page")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", "Dutch farmers block roads in protest over nitrogen rules"),
        ("authors", ["Anna Visser"]),
        ("dateline", "The Hague"),
        ("section", "Europe"),
        ("published", "2021-03-12"),
        ("published_source", "text"),
        ("outlet", "BBC News"),
    ],
)
def test_text_general_metadata(article: Article, field: str, value: object) -> None:
    assert getattr(article, field) == value


def test_text_general_body(article: Article) -> None:
    assert len(article.paragraphs) == 5
    assert article.paragraphs[0].text.startswith("Thousands of farmers")
    assert article.paragraphs[-1].text.startswith("Police said")
    assert [c.text[:14] for c in article.captions] == ["Image caption:"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Skip to main content", "navigation"),
        ("By Anna Visser", "byline"),
        ("Published 12 March 2021", "timestamp"),
        ("Share this with Twitter", "share"),
        ("More on this story", "related"),
        ("Why Dutch farmers are angry", "related"),
        ("Copyright 2021 BBC. All rights reserved.", "footer"),
    ],
)
def test_text_general_removed(article: Article, line: str, reason: str) -> None:
    assert [r.reason for r in article.removed if r.text == line] == [reason]


PAGE2 = """Sign in
Subscribe
Search

Business

Airline shares fall as fuel prices climb for third week

Oil prices rose again on Monday, adding to pressure on carriers already facing higher wages.

Mark Owens
Mon 4 Nov 2019 14.05 GMT

A plane takes off from Heathrow airport. Photograph: Andy Rain/EPA

Shares in Europe's biggest airlines fell sharply on Monday as the price of jet fuel rose for a third consecutive week.

Analysts at one bank said the rise could cut profits by as much as 10% next year if it continued.

"Fuel is our biggest cost after staff, and we cannot pass all of it on to passengers," one chief executive told investors.

The carriers have hedged part of their fuel needs for next year, but not all of it.

Topics
Airline industry
Oil
Reuse this content

Most popular
"""


def test_text_general_bare_byline_photo_caption() -> None:
    art = read_text(PAGE2, path="page2.txt")
    assert art.title == "Airline shares fall as fuel prices climb for third week"
    assert art.authors == ["Mark Owens"] and art.provenance["authors"] == "byline"
    assert (art.published, art.published_precision) == ("2019-11-04T14:05", "minute")
    assert [c.text.split(".")[0] for c in art.captions] == ["A plane takes off from Heathrow airport"]
    assert len(art.paragraphs) == 4 and art.paragraphs[0].text.startswith("Shares in Europe")
    assert {r.reason for r in art.removed if r.text in ("Topics", "Reuse this content", "Sign in")} <= {
        "footer",
        "subscription",
        "navigation",
    }


@pytest.mark.parametrize(
    ("first_line", "title", "outlet"),
    [
        ("Band sets a new tour of North America | Billboard", "Band sets a new tour of North America", None),
        ("Markets fall on rate fears | Reuters", "Markets fall on rate fears", "Reuters"),
        ("Why rates matter | a reader's guide to the long and winding road", None, None),  # not a site suffix
    ],
)
def test_text_general_title_site_suffix(first_line: str, title: str | None, outlet: str | None) -> None:
    body = "The band said on Tuesday that the tour would start in June and run through the autumn, in 30 cities."
    art = read_text(f"{first_line}\n\n{body}\n")
    assert art.title == (title or first_line) and art.outlet == outlet
