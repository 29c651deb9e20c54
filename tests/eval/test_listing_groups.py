"""The listing of findings for reading by hand: real groups, the selected kind only, both passages."""

from __future__ import annotations

import pytest

from crosswire.errors import EvalError
from crosswire.eval.common import data_path
from crosswire.eval.listing import listing, selected
from crosswire.model import Finding, Span


def _data(suite: str, *parts: str) -> None:
    try:
        data_path(suite, *parts)
    except EvalError as e:
        pytest.skip(f"evaluation data missing: {e}")


@pytest.mark.parametrize(
    ("kind", "detail", "wanted", "selected_"),
    [
        ("agree", {"support": "..."}, "supported", True),
        ("agree", {}, "supported", False),  # an agreement at the agree score is not "supported"
        ("conflict", {"what": "date"}, "conflict", True),
        ("only_in", {}, "conflict", False),
    ],
)
def test_listing_selected(kind: str, detail: dict, wanted: str, selected_: bool) -> None:
    assert selected(Finding(kind, "a", Span(0, 1, "x"), [], detail), wanted) is selected_


@pytest.mark.parametrize(("data", "suite", "parts"), [("ecbplus", "ecb-dates", ("data", "ecbplus"))])
def test_listing_runs_on_real_groups(data: str, suite: str, parts: tuple[str, ...]) -> None:
    _data(suite, *parts)
    out = listing(data, "dev", "conflict", limit=2)
    assert out["groups"] == 2 and out["found"] == len(out["rows"])
    for r in out["rows"]:
        assert r["detail"]["what"] and r["a"] and r["b"]  # both passages, for the reader


def test_listing_credit_checks_on_real_groups() -> None:
    # BASIL triplets where one report credits another outlet of the triplet ("The Times reports"): each
    # credited quote or sentence is listed, found in the credited report or not.
    _data("basil-findings", "data", "basil")
    out = listing("basil", "dev", "credit_check", limit=6)
    assert out["found"] == len(out["rows"]) > 0
    assert 0 <= out["credited_found"] <= out["found"]
    for r in out["rows"]:
        assert r["detail"]["what"] in ("quote", "sentence") and r["a"] and r["detail"]["credit"]
