"""TRUTH.md K1-K20: cleaning and metadata of the two seed scrapes through the text reader."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from crosswire.clean.normalize import fold
from crosswire.ingest import read, read_text
from crosswire.model import Article

PUBLISHED = "2018-09-07"  # TRUTH.md: the date given from outside (as in tests/conftest.py)


@pytest.fixture(scope="module")
def seeds(seed_paths: tuple[Path, Path]) -> tuple[Article, Article]:
    result = read(list(seed_paths), published=PUBLISHED)
    assert not result.errors
    a, b = sorted(result.articles, key=lambda x: x.id)
    return a, b


# (TRUTH id, start of the removed input line, reason)
REMOVED_001 = [
    ("K1", "Democracy Dies in Darkness", "masthead"),
    ("K2", "Middle East", "section"),
    ("K3", "Putin rejects calls for truce in Idlib", "title"),
    ("K4", "September 7, 2018 at 10:24 AM", "timestamp"),
    ("K5", "Watch more!", "video"),
    ("K6", "Russian President Vladimir Putin, Iranian President Hassan Rouhani", "caption"),
    ("K7", "ISTANBUL \u2014", "dateline"),
    ("K8", "Related: [Trump agrees", "related"),
    ("K9", "Related: [Syria\u2019s last rebel stronghold", "related"),
    ("K10", "Louisa Loveluck in Beirut and Amie Ferris-Rotman", "contributors"),
    ("K11", "Erin Cunningham is an Istanbul-based correspondent", "author-bio"),
    ("K12", "Post Recommends", "related"),
    ("K13", "We're glad you're enjoying The Washington Post.", "subscription"),
    ("K14", "Get access to this story, and every story", "subscription"),
    ("K15", "Welcome to The Washington Post", "subscription"),
    ("K16", "Thank you for subscribing", "subscription"),
]


@pytest.mark.parametrize(("item", "start", "reason"), REMOVED_001, ids=[r[0] for r in REMOVED_001])
def test_text_seed_removed_with_reason(seeds: tuple[Article, Article], item: str, start: str, reason: str) -> None:
    art = seeds[1]
    hits = [r for r in art.removed if r.text.startswith(start)]
    assert len(hits) == 1, f"{item}: {start!r} not removed once"
    assert hits[0].reason == reason
    assert art.source[hits[0].start : hits[0].end] == hits[0].text  # input offsets
    assert start not in art.text or item == "K7"  # out of the body


def test_text_seed_K3_K4_title_and_published(seeds: tuple[Article, Article]) -> None:
    art = seeds[1]
    assert art.title == "Putin rejects calls for truce in Idlib as Syria readies assault on rebel stronghold"
    assert (art.published, art.published_precision, art.published_source) == ("2018-09-07T10:24", "minute", "text")


def test_text_seed_K2_section(seeds: tuple[Article, Article]) -> None:
    assert seeds[1].section == "Middle East"


def test_text_seed_K6_caption_kept_as_caption(seeds: tuple[Article, Article]) -> None:
    caps = seeds[1].captions
    assert len(caps) == 1 and "Sept. 7" in caps[0].text and caps[0].reason == "caption"
    assert "Rouhani" not in seeds[1].text


def test_text_seed_K7_dateline_stripped(seeds: tuple[Article, Article]) -> None:
    art = seeds[1]
    assert art.dateline == "Istanbul"
    assert art.paragraphs[0].text.startswith("The three foreign powers negotiating")
    assert "ISTANBUL" not in art.text


def test_text_seed_K8_related_not_glued(seeds: tuple[Article, Article]) -> None:
    art = seeds[1]
    assert "Trump" not in art.text
    assert any(p.text.startswith("Idlib was designated") for p in art.paragraphs)


def test_text_seed_K10_K11_people(seeds: tuple[Article, Article]) -> None:
    art = seeds[1]
    assert art.contributors == ["Louisa Loveluck", "Amie Ferris-Rotman"]
    assert art.authors == ["Erin Cunningham"]
    assert art.provenance["authors"] == "bio"
    for place in ("Beirut", "Cairo", "Afghanistan", "Libya"):
        assert place not in art.text


def test_text_seed_K17_seventeen_paragraphs(seeds: tuple[Article, Article]) -> None:
    paras = seeds[1].paragraphs
    assert len(paras) == 17
    assert paras[0].text.startswith("The three foreign powers")
    assert paras[-1].text.startswith("But, the group said,") and paras[-1].text.endswith("in Idlib.\u201d")


def test_text_seed_K18_outlet_from_masthead(seeds: tuple[Article, Article]) -> None:
    art = seeds[1]
    assert art.outlet == "The Washington Post"
    assert art.provenance["outlet"] == "tagline"


def test_text_seed_K19_title_and_user_date(seeds: tuple[Article, Article]) -> None:
    art = seeds[0]
    assert art.title == "Rejection Of Ceasefire At Tehran Summit Means Battle Of Idlib Inevitable"
    assert (art.published, art.published_precision, art.published_source) == ("2018-09-07", "day", "user")
    assert art.outlet is None and art.authors == [] and art.dateline is None
    assert not art.text.startswith("Rejection")
    assert [r.reason for r in art.removed] == ["title"]


def test_text_seed_K19_no_date_without_user(seed_paths: tuple[Path, Path]) -> None:
    art = read(seed_paths[0]).articles[0]
    assert art.published is None and art.published_source is None


@pytest.mark.parametrize(
    ("which", "char", "count"),
    [(0, "\u00a0", 7), (1, "\u00a0", 3), (0, "\u2026", 1), (0, "\u2013", 2), (1, "\u2014", 0)],
    ids=["K20-000-nbsp", "K20-001-nbsp", "K20-ellipsis", "K20-en-dash", "K20-em-dash-only-in-dateline"],
)
def test_text_seed_K20_characters_kept_and_folded(
    seeds: tuple[Article, Article], which: int, char: str, count: int
) -> None:
    art = seeds[which]
    assert art.text.count(char) == count  # the text keeps the source's own characters
    folded = fold(art.text)
    assert len(folded) == len(art.text) and char not in folded


def test_text_seed_K20_fold_matches_quotes(seeds: tuple[Article, Article]) -> None:
    a, b = (fold(x.text) for x in seeds)
    assert "'humanitarian catastrophe'" in a and "hay'et tahrir" in a and "rebels'" in a
    assert '"de-escalation zone"' in b and '"de-escalation zones"' in a
    assert "3 million" in a and "1 million children" in b


@pytest.mark.parametrize("which", [0, 1], ids=["K20-offsets-000", "K20-offsets-001"])
def test_text_seed_K20_offsets_lead_back(seeds: tuple[Article, Article], which: int) -> None:
    art = seeds[which]
    for p in art.paragraphs:
        assert art.text[p.start : p.end] == p.text
        span = art.offsets.span_to_input(p.start, p.end)
        assert span is not None and art.source[span[0] : span[1]] == p.text


@pytest.mark.parametrize("which", [0, 1], ids=["000", "001"])
def test_text_seed_nothing_lost(seeds: tuple[Article, Article], which: int) -> None:
    """Every non-blank input character is in the body or in a removed record."""
    art = seeds[which]
    covered = [False] * len(art.source)
    for _ts, is_, ln in art.offsets.pieces:
        covered[is_ : is_ + ln] = [True] * ln
    for r in art.removed:
        covered[r.start : r.end] = [True] * (r.end - r.start)
    lost = "".join(c for c, ok in zip(art.source, covered, strict=True) if not ok and not c.isspace())
    assert lost == ""


def test_text_seed_hard_wrapped_same_result(seed_paths: tuple[Path, Path], seeds: tuple[Article, Article]) -> None:
    """K3, K4, K7, K10, K11, K17, K18 hold when the scrape is hard-wrapped at 72 columns."""
    source = seed_paths[1].read_text(encoding="utf-8")
    wrapped = "\n".join("\n".join(textwrap.wrap(line, 72, break_on_hyphens=False)) for line in source.split("\n"))
    art = read_text(wrapped, published=PUBLISHED)
    assert len(art.paragraphs) == 17
    assert [p.text.replace("\n", " ") for p in art.paragraphs] == [p.text for p in seeds[1].paragraphs]
    assert (art.title, art.outlet, art.dateline) == (seeds[1].title, "The Washington Post", "Istanbul")
    assert art.authors == ["Erin Cunningham"] and art.contributors == ["Louisa Loveluck", "Amie Ferris-Rotman"]
    assert art.published == "2018-09-07T10:24" and len(art.captions) == 1
