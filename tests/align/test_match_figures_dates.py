"""Figures of the same thing agree within their bounds; dates conflict at the coarser precision."""

from __future__ import annotations

import pytest

from crosswire.align.match import comparable_date, dates_conflict, figures_agree, same_thing
from crosswire.model import DateMention, Figure


def fig(value: float, counts: str | None = "civilian", approx: str | None = None, low: float | None = None) -> Figure:
    return Figure(text=str(value), start=0, end=1, value=value, low=low, approximator=approx, counts=counts)


def date(value: str, precision: str, kind: str = "date", relative: bool = False) -> DateMention:
    return DateMention(text=value, start=0, end=1, value=value, precision=precision, kind=kind, relative=relative)


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        (fig(3e6, "population", "approximately"), fig(3e6, "civilian", "some"), True),  # TRUTH A7 (F4 vs G1)
        (fig(3e6, approx="about"), fig(3.2e6), True),  # within 10% of an approximate figure
        (fig(3e6), fig(3.5e6), False),
        (fig(1e6, "child", low=1e6), fig(1.2e6, "child"), True),  # "more than 1 million" is open above
        (fig(12, "death"), fig(14, "death"), False),
    ],
)
def test_match_figures_agree_table(a: Figure, b: Figure, agree: bool) -> None:
    assert figures_agree(a, b) is agree


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("population", "civilian", True),
        ("refugees", "migrant", True),
        ("zone", "zones", True),
        ("refugee", "member", False),
        (None, "civilian", False),
    ],
)
def test_match_figures_same_thing_table(a: str | None, b: str, same: bool) -> None:
    assert same_thing(fig(1, a), fig(1, b)) is same


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (date("2017-05", "month"), date("2016", "year"), True),  # TRUTH C1: May 2017 vs 2016
        (date("2017-05", "month"), date("2017", "year"), False),  # same year at the coarser precision
        (date("2018-09-07", "day"), date("2018-09-04", "day"), True),
        (date("2018-09-07", "day"), date("2018-09-07", "day"), False),
        (date("2018-09-07", "day", relative=True), date("2016", "year"), False),  # relative dates are not compared
        (date("2018-09-07T10:24", "minute", kind="timestamp"), date("2016", "year"), False),
        (date("2018-W36", "week"), date("2016", "year"), False),
    ],
)
def test_match_dates_conflict_table(a: DateMention, b: DateMention, conflict: bool) -> None:
    assert dates_conflict(a, b) is conflict


def test_match_dates_durations_not_comparable() -> None:
    assert not comparable_date(date("P3W", "week", kind="duration"))
