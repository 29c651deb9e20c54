"""The seeds' report end to end: valid JSON, every format renders, spans hold, T1-T4 in the credit section."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import crosswire
from crosswire.model import Report
from crosswire.report import FORMATS, render
from crosswire.report.json import validate


@pytest.fixture(scope="module")
def report(seed_paths: tuple[Path, Path]) -> Report:
    return crosswire.compare([str(p) for p in seed_paths], published="2018-09-07")


def test_render_seeds_json_valid_and_spans_hold(report: Report) -> None:
    view = json.loads(render(report, "json"))
    validate(view)
    texts = {a["id"]: a["text"] for a in view["articles"]}
    captions = {a["id"]: [r for r in a["removed"] if r["reason"] == "caption"] for a in view["articles"]}
    for f in view["findings"]:
        s = f["span"]
        if s.get("where") == "caption":  # input offsets, inside one of the article's captions
            cap = next(c for c in captions[f["article"]] if c["start"] <= s["start"] < s["end"] <= c["end"])
            assert cap["text"][s["start"] - cap["start"] : s["end"] - cap["start"]] == s["text"]
            continue
        assert texts[f["article"]][s["start"] : s["end"]] == s["text"]
        for e in f["evidence"]:
            assert texts[e["article"]][e["start"] : e["end"]] == e["text"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_render_seeds_every_format(report: Report, fmt: str) -> None:
    out = render(report, fmt)
    assert len(out) > 1000
    if fmt != "json":
        assert "Al Jazeera" in out and "Washington Post" in out


@pytest.mark.parametrize(
    ("kind", "credited_to", "item"),
    [
        ("source_not_provided", "Al Jazeera", "T1"),
        ("credited_not_found", "Washington Post", "T2"),
        ("source_not_provided", "Al Jazeera", "T3"),
    ],
    ids=["T1", "T2", "T3"],
)
def test_render_seeds_credit_findings(report: Report, kind: str, credited_to: str, item: str) -> None:
    found = [f for f in report.findings if f.kind == kind and f.detail.get("credited_to") == credited_to]
    assert found, item


def test_render_seeds_T4_pompeo_unattributed(report: Report) -> None:
    assert any(f.kind == "unattributed" and "has been quoted" in f.span.text for f in report.findings)


def test_render_seeds_T2_never_says_fabricated(report: Report) -> None:
    for fmt in FORMATS:
        assert "fabricat" not in render(report, fmt).lower()


@pytest.mark.parametrize("fmt", ["text", "md"])
def test_render_seeds_soft_conflicts_say_soft(report: Report, fmt: str) -> None:
    out = render(report, fmt)
    for what in ("certainty", "type"):
        assert f"what={what} (soft)" in out if fmt == "text" else f"what: {what} (soft)" in out
    assert "date (soft)" not in out  # a date conflict is a conflict of fact


def test_render_seeds_caption_finding_says_caption(report: Report) -> None:
    from crosswire.report.build import build, merged
    from crosswire.report.markdown import _row

    view = build(report)
    caption = [f for f in view["findings"] if f["span"].get("where") == "caption"]
    assert [f["span"]["text"] for f in caption] == ["Hassan Rouhani"]
    assert _row(merged(caption)[0])[0].endswith("caption: \u201cHassan Rouhani\u201d")
    html = render(report, "html")  # the HTML lists every finding, caption ones too
    assert f'<li data-f="{caption[0]["id"]}"><b>only_in</b>' in html and "caption: Hassan Rouhani" in html


@pytest.mark.parametrize("fmt", ["text", "md"])
def test_render_seeds_facts_only_in_one_line_per_report(report: Report, fmt: str) -> None:
    out = render(report, fmt).replace("\\_", "_")  # Markdown escapes the ids' underscores
    a, b = sorted(d.article.id for d in report.documents)
    assert f"names only in {b}: " in out and "Hassan Rouhani (caption)" in out
    assert "an estimated 10,000" in out.split(f"figures only in {a}: ")[1].split("\n")[0]


def test_render_facts_line_is_capped() -> None:
    from crosswire.report.build import FACTS_PER_LINE, fact_line

    texts = [f"Name {k}" for k in range(FACTS_PER_LINE + 3)]
    line = fact_line("a", "name", texts)
    assert line.startswith("names only in a: Name 0, Name 1") and line.endswith(" and 3 more")
    assert f"Name {FACTS_PER_LINE}," not in line
