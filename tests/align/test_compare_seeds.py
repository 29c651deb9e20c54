"""The seeds end to end: TRUTH.md sections A (agree), C (conflict), U (only in 000) and O (only in 001).

One ``crosswire.compare`` of the two seeds (published 2018-09-07) is shared by every test here.
Snippets locate the passage of TRUTH.md an item is about; a finding "covers" a snippet when its
span (or an evidence passage) overlaps where the snippet is in that article's text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import crosswire
from crosswire.model import Finding, Report

PUBLISHED = "2018-09-07"


@pytest.fixture(scope="module")
def report(seed_paths: tuple[Path, Path]) -> Report:
    return crosswire.compare([str(p) for p in seed_paths], published=PUBLISHED)


def _ids(report: Report) -> tuple[str, str]:
    a, b = (d.article.id for d in report.documents)
    return (a, b) if a.startswith("000") else (b, a)


def _where(report: Report, article: str, snippet: str) -> tuple[int, int]:
    text = next(d.article.text for d in report.documents if d.article.id == article)
    i = text.find(snippet)
    assert i >= 0, f"snippet not in {article}'s cleaned text: {snippet!r}"
    return i, i + len(snippet)


def _hits(a: int, b: int, start: int, end: int) -> bool:
    return start < b and a < end


def on(report: Report, seed: int, snippet: str, kinds: set[str]) -> list[Finding]:
    """Findings of ``kinds`` whose own span overlaps ``snippet`` in seed 000 (0) or 001 (1)."""
    art = _ids(report)[seed]
    s, e = _where(report, art, snippet)
    return [
        f for f in report.findings if f.kind in kinds and f.article == art and _hits(s, e, f.span.start, f.span.end)
    ]


def linked(report: Report, snip_000: str, snip_001: str, kinds: set[str]) -> list[Finding]:
    """Findings of ``kinds`` on one snippet with evidence on the other (either direction)."""
    a, b = _ids(report)
    (sa, ea), (sb, eb) = _where(report, a, snip_000), _where(report, b, snip_001)
    out = []
    for f in report.findings:
        if f.kind not in kinds:
            continue
        for art, (s, e), (os_, oe), other in ((a, (sa, ea), (sb, eb), b), (b, (sb, eb), (sa, ea), a)):
            here = f.article == art and _hits(s, e, f.span.start, f.span.end)
            if here and any(x.article == other and _hits(os_, oe, x.start, x.end) for x in f.evidence):
                out.append(f)
    return out


AGREE = {"agree"}
A_ITEMS = [
    pytest.param("met at a trilateral summit in Tehran", "convened in Tehran", id="A1"),
    pytest.param(
        "failed to secure an agreement on a ceasefire deal",
        "failed Friday to agree to a cease fire",
        id="A2",
    ),
    pytest.param("the ceasefire proposed by Turkey", "urged his counterparts to declare a truce", id="A3"),
    pytest.param("rejected by Russia and Iran", "Putin rejected the cease fire", id="A4"),
    pytest.param("close allies of Damascus", "Russia and Iran support the Syrian government", id="A5"),
    pytest.param("on the verge of launching a large-scale offensive", "threatening an all-out assault", id="A6"),
    pytest.param(
        "population of 3",
        "some 3",
        id="A7",
    ),
    pytest.param("formerly known as the al-Qaeda affiliate", "a former al-Qaeda affiliate", id="A8"),
    # A quote told in indirect speech by the same speaker (align/paraphrase.py): the finding is on the quote.
    pytest.param("We don’t want Idlib to turn into a bloodbath", "avoid a bloodbath", id="A10"),
    pytest.param(
        "determined to see the Syrian government regain control",
        "had a right to regain control",
        id="A13",
    ),
    pytest.param(
        "separate the civilians and rebels from the Islamic militants",
        "separate some of Idlib’s more moderate opposition fighters",
        id="A14",
    ),
    pytest.param(
        "further displacement of thousands to its border",
        "destabilizing conflict on its border",
        id="A12",
    ),
]


@pytest.mark.parametrize(("snip_000", "snip_001"), A_ITEMS)
def test_compare_seed_agree(report: Report, snip_000: str, snip_001: str) -> None:
    assert linked(report, snip_000, snip_001, AGREE | {"quote_variant"})


def test_compare_seed_A9_putin_quote_variant(report: Report) -> None:
    assert linked(
        report,
        "We consider it unacceptable when, under",
        "We consider it unacceptable when the protection",
        {"quote_variant"},
    )


def test_compare_seed_A11_de_escalation_zone(report: Report) -> None:
    assert linked(report, "de-escalation zones", "de-escalation zone", {"quote_altered", "quote_verbatim"})


def test_compare_seed_C1_zone_date_conflict(report: Report) -> None:
    found = linked(report, "May 2017", "in 2016", {"conflict"})
    assert found and found[0].detail["what"] == "date"
    assert sorted(found[0].detail["dates"]) == ["2016", "2017-05"]


def test_compare_seed_C2_putin_variant_not_absent(report: Report) -> None:
    q3 = "We consider it unacceptable when, under"
    assert on(report, 0, q3, {"quote_variant"})
    assert not on(report, 0, q3, {"quote_absent"})


def test_compare_seed_C3_iran_unsupported_not_contradicted(report: Report) -> None:
    snippet = "rejected by Russia and Iran"
    assert not on(report, 0, snippet, {"conflict"})
    assert on(report, 0, snippet, {"only_in", "source_not_provided"})


def test_compare_seed_C4_certainty_of_offensive(report: Report) -> None:
    assert linked(report, "on the verge of launching", "whether a military assault was imminent", {"conflict"})


def test_compare_seed_C5_city_or_province(report: Report) -> None:
    assert linked(report, "a city located in Syria", "Idlib province", {"conflict"})


ONLY = {"only_in", "quote_absent", "credited_not_found", "opinion"}
U_ITEMS = [
    pytest.param("Idlib isn’t just important", {"credited_not_found"}, id="U1"),
    pytest.param("Any attack on Idlib would result in a catastrophe", {"quote_absent"}, id="U2"),
    pytest.param("rejected by Russia and Iran", {"only_in", "source_not_provided"}, id="U3"),
    pytest.param("humanitarian catastrophe", {"quote_absent"}, id="U4"),
    pytest.param("dire consequences", {"quote_absent"}, id="U5"),
    pytest.param("We share their concern about", {"quote_absent"}, id="U6"),
    pytest.param("Astana talks", ONLY, id="U7"),
    pytest.param("the other three zones", ONLY, id="U8"),
    pytest.param("have since relocated north to Idlib", ONLY, id="U9"),
    pytest.param("an estimated 10,000 members", ONLY, id="U10"),
    pytest.param("Nusra Front", ONLY, id="U11"),
    pytest.param("cleanse", {"quote_absent"}, id="U12"),
    pytest.param("indiscriminate tactics", ONLY, id="U13"),
    pytest.param("Ankara ultimately stands to lose the most", ONLY, id="U14"),
    pytest.param("3.5 million refugees", ONLY, id="U15"),
    pytest.param("soft solution to this crisis", {"quote_absent"}, id="U16"),
    pytest.param("loyal to the Assad regime", ONLY, id="U17"),
    pytest.param("It is indeed a solution, but a problematic one", {"opinion"}, id="U18"),
]


@pytest.mark.parametrize(("snippet", "kinds"), U_ITEMS)
def test_compare_seed_only_in_000(report: Report, snippet: str, kinds: set[str]) -> None:
    assert on(report, 0, snippet, kinds)
    assert not on(report, 0, snippet, {"quote_verbatim"})


O_ITEMS = [
    pytest.param("pointless", {"quote_absent"}, id="O1"),
    pytest.param("broadcast live", ONLY, id="O2"),
    pytest.param("There are many civilians in Idlib", {"quote_absent"}, id="O3"),
    pytest.param("will not have the same vision", {"quote_absent"}, id="O5"),
    pytest.param("the third time the three leaders", ONLY, id="O6"),
    pytest.param("committed military personnel and assets", ONLY, id="O7"),
    pytest.param("could damage the Russia-Turkey relationship", ONLY, id="O8"),
    pytest.param("controlled by a coalition of Islamist groups", ONLY, id="O9"),
    pytest.param("rid Idlib of the jihadists", ONLY, id="O10"),
    pytest.param("put the lives of more than", {"quote_absent"}, id="O11"),
    pytest.param("backlash of attacks on civilians", ONLY, id="O12"),
    pytest.param("it is not obvious that even the elimination", {"quote_absent"}, id="O13"),
    pytest.param("monitored by Turkish troops", ONLY, id="O14"),
]


@pytest.mark.parametrize(("snippet", "kinds"), O_ITEMS)
def test_compare_seed_only_in_001(report: Report, snippet: str, kinds: set[str]) -> None:
    assert on(report, 1, snippet, kinds)


def test_compare_seed_O4_rouhani_named_in_caption_only(report: Report) -> None:
    # 001 names Rouhani only in its video caption (kept out of the body, TRUTH K6): the finding's span is
    # in the caption, in input offsets.
    art = _ids(report)[1]
    doc = next(d for d in report.documents if d.article.id == art)
    found = [f for f in report.findings if f.article == art and getattr(f.span, "where", None) == "caption"]
    assert [(f.kind, f.span.text) for f in found] == [("only_in", "Hassan Rouhani")]
    assert doc.article.source[found[0].span.start : found[0].span.end] == "Hassan Rouhani"
