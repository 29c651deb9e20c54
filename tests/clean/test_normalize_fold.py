"""fold(): length-preserving matching fold (TRUTH K20)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosswire.clean.normalize import fold


@given(st.text())
def test_normalize_fold_preserves_length(text: str) -> None:
    assert len(fold(text)) == len(text)


@given(st.text())
def test_normalize_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("3\u00a0million", "3 million"),  # K20 NBSP
        ("\u201cquote\u201d", '"quote"'),  # K20 curly double
        ("\u2018scare\u2019", "'scare'"),  # K20 single curly
        ("Hay\u2019et", "hay'et"),  # K20 apostrophe in a name
        ("wait\u2026", "wait."),  # K20 ellipsis, one char
        ("Homs \u2013 Deraa", "homs - deraa"),  # K20 en dash
        ("ISTANBUL \u2014The", "istanbul -the"),  # K20 em dash
        ("plain ascii", "plain ascii"),  # negative: nothing to fold but case
        ("\u0130stanbul", "\u0130stanbul"),  # lower() would add a character: kept as is
    ],
    ids=[
        "K20-nbsp",
        "K20-dquote",
        "K20-squote",
        "K20-apostrophe",
        "K20-ellipsis",
        "K20-en",
        "K20-em",
        "ascii",
        "dotted-I",
    ],
)
def test_normalize_fold_table(raw: str, folded: str) -> None:
    assert fold(raw) == folded
