"""Rendering: the JSON validates against schema.json, every format shows the summary first, and
article text is escaped everywhere (a report is untrusted input)."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosswire.errors import CompareError, ConfigError
from crosswire.model import Article, Document, Evidence, Finding, Quote, Report, Span
from crosswire.report import FORMATS, render
from crosswire.report.build import build, merged
from crosswire.report.html import segments
from crosswire.report.json import schema, validate

EVIL = "<script>alert('x')</script>"


def _report() -> Report:
    ta = f"Officials said 12 people died. {EVIL} The mayor resigned."
    tb = "Officials said 14 people died. Rain fell."
    a = Document(
        Article(id="a", path="a.txt", text=ta, outlet="The Daily <b>Bugle</b>"),
        quotes=[Quote(text=EVIL, start=ta.index(EVIL), end=ta.index(EVIL) + len(EVIL), speaker="x")],
    )
    b = Document(Article(id="b", path="b.txt", text=tb))
    s_a, s_b = Span(0, 30, ta[:30]), Span(0, 30, tb[:30])
    evil = Span(ta.index(EVIL), ta.index(EVIL) + len(EVIL), EVIL)
    findings = [
        Finding(
            "conflict", "a", s_a, [Evidence("b", 0, 30, tb[:30])], {"what": "figure", "values": {"a": "12", "b": "14"}}
        ),
        Finding("quote_absent", "a", evil, [], {"speaker": "x", "by_article": {"b": "absent"}}),
        Finding("only_in", "a", evil, [], {}),
        Finding("agree", "b", s_b, [Evidence("a", 0, 30, ta[:30])], {"corroborated_by": 1, "similarity": float("nan")}),
    ]
    return Report(documents=[a, b], findings=findings, errors=[{"code": "E101", "message": "[E101] 'c.txt' is empty."}])


def test_render_json_validates_against_schema() -> None:
    view = json.loads(render(_report(), "json"))
    jsonschema.validate(view, schema())
    assert view["schema"] == "crosswire.report/1"
    assert view["summary"]["conflicts"] == 1 and view["summary"]["quote_problems"] == 1
    assert view["findings"][0]["evidence"][0] == {
        "article": "b",
        "start": 0,
        "end": 30,
        "text": "Officials said 14 people died.",
    }
    assert view["findings"][3]["detail"]["similarity"] == "nan"  # JSON has no NaN: written as a string


@pytest.mark.parametrize(
    ("breakage", "where"),
    [
        (lambda v: v["findings"][0].update(kind="fabricated"), "findings/0/kind"),
        (lambda v: v["findings"][0]["span"].pop("text"), "findings/0/span"),
        (lambda v: v["articles"][0].pop("outlet"), "articles/0"),
        (lambda v: v.update(schema="crosswire.report/2"), "schema"),
    ],
)
def test_render_schema_rejects_broken_reports(breakage, where: str) -> None:
    view = build(_report())
    breakage(view)
    with pytest.raises(CompareError, match="E303") as exc:
        validate(view)
    assert where in str(exc.value)


@pytest.mark.parametrize("fmt", FORMATS)
def test_render_escapes_article_text(fmt: str) -> None:
    out = render(_report(), fmt)
    if fmt == "html":
        assert EVIL not in out and "&lt;script&gt;" in out
        assert "<b>Bugle</b>" not in out
        assert out.count("<script") == 2  # the JSON data block and the page's own script, nothing else
    elif fmt == "md":
        assert "<script>" not in out and "\\<script\\>" in out
    elif fmt == "json":
        assert json.loads(out)["articles"][0]["text"].count(EVIL) == 1  # JSON keeps the text, as data


@pytest.mark.parametrize("fmt", ["text", "md"])
def test_render_summary_comes_first_then_conflicts(fmt: str) -> None:
    out = render(_report(), fmt)
    head = out.lower()
    assert (
        head.index("conflicts") < head.index("quotes") < head.index("only in one report") < head.index("agreements (")
    )


def test_render_html_is_self_contained_and_clickable() -> None:
    out = render(_report(), "html")
    assert "http://" not in out.replace("http-equiv", "") and "https://" not in out  # no network
    assert 'data-f="f1"' in out and "addEventListener" in out


def test_render_unknown_format_is_E004() -> None:
    with pytest.raises(ConfigError, match="E004"):
        render(_report(), "pdf")


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        ([], [("abcdef", "")]),
        ([(1, 3, "f1", "agree")], [("a", ""), ("bc", "f1"), ("def", "")]),
        (
            [(1, 3, "f1", "agree"), (2, 5, "f2", "only_in")],
            [("a", ""), ("b", "f1"), ("c", "f1 f2"), ("de", "f2"), ("f", "")],
        ),
        ([(0, 99, "f1", "agree")], [("abcdef", "f1")]),  # a mark past the end is cut at the end
    ],
)
def test_render_html_segments_table(marks, expected) -> None:
    assert [(s["text"], s["ids"]) for s in segments("abcdef", marks)] == expected


def test_render_merged_rows_count_findings_on_one_sentence() -> None:
    rows = merged(build(_report())["findings"])
    evil_rows = [r for r in rows if r["span"]["text"] == EVIL]
    assert len(evil_rows) == 1 and evil_rows[0]["kinds"] == ["quote_absent", "only_in"]


@given(
    text=st.text(min_size=0, max_size=40),
    marks=st.lists(st.tuples(st.integers(-5, 50), st.integers(-5, 50)), max_size=6),
)
def test_render_html_segments_cover_the_text_exactly(text: str, marks: list[tuple[int, int]]) -> None:
    ms = [(a, b, f"f{n}", "agree") for n, (a, b) in enumerate(marks)]
    segs = segments(text, ms)
    assert "".join(s["text"] for s in segs) == text  # nothing lost, nothing doubled, in order


def _many_only_in(n: int) -> Report:
    words = [f"Claim number {k} stands alone." for k in range(n)]
    text = " ".join(words)
    spans, at = [], 0
    for w in words:
        spans.append(Span(at, at + len(w), w))
        at += len(w) + 1
    findings = [Finding("only_in", "a", s, [], {"salience": float(k)}) for k, s in enumerate(spans)]
    docs = [Document(Article(id="a", path="a.txt", text=text)), Document(Article(id="b", path="b.txt", text="x"))]
    return Report(documents=docs, findings=findings)


@pytest.mark.parametrize(("n", "more"), [(12, 7), (5, 0), (2, 0)])
@pytest.mark.parametrize("fmt", ["text", "md"])
def test_render_only_in_top_n_and_more(fmt: str, n: int, more: int) -> None:
    from crosswire.report.build import TOP_ONLY_IN

    out = render(_many_only_in(n), fmt)
    shown = [k for k in range(n) if f"Claim number {k} stands" in out]
    assert shown == list(range(n))[-TOP_ONLY_IN:]  # the most salient (highest) ones
    assert (f"and {more} more only_in in a" in out) == (more > 0)


def test_render_json_keeps_every_only_in() -> None:
    view = json.loads(render(_many_only_in(12), "json"))
    assert sum(f["kind"] == "only_in" for f in view["findings"]) == 12


@pytest.mark.parametrize(
    ("kind", "capped_at"), [("agree", 5), ("quote_absent", 5), ("quote_verbatim", 3), ("conflict", None)]
)
def test_render_view_caps_per_kind(kind: str, capped_at: int | None) -> None:
    """Agreements and absent quotes are capped in the default views like only_in; conflicts never are."""
    from crosswire.report.build import capped

    items = [(kind, "a", {"similarity": k / 100, "corroborated_by": 1}, "x" * k) for k in range(1, 13)]
    shown, more = capped(items, lambda t: t)
    if capped_at is None:
        assert len(shown) == 12 and not more
    else:
        assert len(shown) == capped_at and more == {(kind, "a"): 12 - capped_at}
        assert [t[3] for t in shown] == ["x" * k for k in range(12, 12 - capped_at, -1)]  # the best ranked first


def _partial_report() -> Report:
    ta = "Chile stands to lose, as the storm would flood its coast. Rain fell on Monday."
    tb = "Chile's aim has been to avoid a flood on its coast. Schools stayed open."
    s_a, s_b = Span(0, 57, ta[:57]), Span(0, 50, tb[:50])
    rain, schools = Span(58, len(ta), ta[58:]), Span(51, len(tb), tb[51:])
    point = {"partial": True, "shared": ["Chile's coast"], "similarity": 0.41, "articles": ["b"]}
    findings = [
        Finding("agree", "a", s_a, [Evidence("b", 0, 50, tb[:50])], point),
        Finding("only_in", "a", rain, [Evidence("b", 51, len(tb), tb[51:])], {"partly_backed": ["Rain fell"]}),
        Finding("only_in", "b", schools, [], {}),
    ]
    docs = [Document(Article(id="a", path="a.txt", text=ta)), Document(Article(id="b", path="b.txt", text=tb))]
    assert s_b.text == tb[:50] and schools.text == tb[51:]
    return Report(documents=docs, findings=findings)


@pytest.mark.parametrize("fmt", ["text", "md"])
def test_render_partial_agreement_says_what_it_rests_on(fmt: str) -> None:
    """A partial agreement names the shared point; an only_in's evidence is the nearest passage (context, not
    support); clauses of an only_in that another report backs are named."""
    out = " ".join(render(_partial_report(), fmt).split()).replace("\\", "")
    assert "partial: both speak of Chile's coast" in out
    assert "nearest in b: " in out and "nearest in a" not in out
    assert "partly backed elsewhere (see Agreements): \u201cRain fell\u201d" in out


def test_render_partial_agreements_rank_after_whole_ones() -> None:
    from crosswire.report.build import view_rank

    whole = view_rank("agree", {"corroborated_by": 1, "similarity": 0.55}, "x")
    partial = view_rank("agree", {"partial": True, "similarity": 0.9}, "x")
    assert whole > partial
