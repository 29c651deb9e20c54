"""Injected drift (eval/drift.py): the edits, the sites read from two reports, and the judge.

The end-to-end test builds two short reports of one event giving a figure, a date and a quote alike,
lets the suite choose its sites and edit the second report, and checks that the comparison reports each
change (and did not before it)."""

from __future__ import annotations

import pytest

from crosswire.align.compare import compare_documents
from crosswire.eval import drift
from crosswire.model import Article, Document, Span
from crosswire.pipeline import analyse

A = (
    "Officials said the floods killed 12 people in the northern province of Tarsa on Monday. "
    "The dam at Kilo was completed in 2009 by the regional water authority, records show. "
    '"We will rebuild every home that the water destroyed in this valley," Governor Maria Lenz said on Tuesday. '
    "Rescue teams from the capital worked through the night."
)
B = (
    "The floods killed 12 people in the northern province of Tarsa on Monday, officials said. "
    "Records show the regional water authority completed the dam at Kilo in 2009. "
    '"We will rebuild every home that the water destroyed in this valley," Governor Maria Lenz told reporters. '
    "Aid agency head Peter Obi said supplies of clean water were running short."
)


@pytest.mark.parametrize(
    ("text", "drifted"),
    [("12 people", "17 people"), ("3,500 people", "4,900 people"), ("2.5 million", "3.5 million"), ("two", "five")],
)
def test_drift_number_moves_beyond_any_approximator(text: str, drifted: str) -> None:
    assert drift.drift_number(text) == drifted


def test_drift_number_without_a_number() -> None:
    assert drift.drift_number("dozens") is None


@pytest.mark.parametrize(
    ("text", "drifted"),
    [("May 2017", "May 2016"), ("Sept. 7", "Sept. 9"), ("in March", "in April")],
)
def test_drift_date_year_day_month(text: str, drifted: str) -> None:
    assert drift.drift_date(text) == drifted


def test_drift_date_late_day_without_month_name() -> None:
    assert drift.drift_date("Dec. 30") is None  # too late in the month to move two days, and no full month name


def test_edit_article_moves_later_paragraphs() -> None:
    text = "One 30 two.\n\nThree four."
    art = Article(id="b", path="b", text=text, paragraphs=[Span(0, 11, "One 30 two."), Span(13, 24, "Three four.")])
    out = drift.edit_article(art, 4, 6, "4200")
    assert out.text == "One 4200 two.\n\nThree four."
    assert [p.text for p in out.paragraphs] == ["One 4200 two.", "Three four."]
    assert art.text == text  # the original is untouched


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return [analyse(Article(id=i, path=i, text=t, published="2020-03-10")) for i, t in (("a", A), ("b", B))]


def test_cases_cover_every_kind(docs: list[Document]) -> None:
    kinds = {c.kind for c in drift.cases("t", docs)}
    assert kinds == set(drift.KINDS)


def test_each_case_is_reported_after_the_edit_and_not_before(docs: list[Document]) -> None:
    by_id = {d.article.id: d for d in docs}
    before = compare_documents(docs)
    verdicts = {}
    for case in drift.cases("t", docs):
        a = by_id[case.article_a]
        assert not drift.judge(case, a, before, edited=False)["found"], case.kind
        assert case.edited is not None
        edited = analyse(case.edited)
        assert (
            edited.article.text[case.edited_b.start : case.edited_b.end]
            == case.edited.text[case.edited_b.start : case.edited_b.end]
        )
        verdicts.setdefault(case.kind, []).append(drift.judge(case, a, compare_documents([a, edited]))["found"])
    assert all(any(v) for v in verdicts.values()), verdicts


def test_judge_needs_the_expected_kind(docs: list[Document]) -> None:
    case = next(c for c in drift.cases("t", docs) if c.kind == "figure")
    assert case.edited is not None
    a = next(d for d in docs if d.article.id == case.article_a)
    found = compare_documents([a, analyse(case.edited)])
    kept = [f for f in found if not (f.kind == "conflict" and f.detail.get("what") == "figure")]
    assert drift.judge(case, a, found)["found"]
    assert not drift.judge(case, a, kept)["found"]
