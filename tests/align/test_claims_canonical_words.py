"""Claim words: event synonyms, demonyms and capitals share one key (TRUTH.md N4, N8; A1, A2, A5)."""

from __future__ import annotations

import pytest

from crosswire.align.claims import words_of


# One table, with the answer in each row: pairs that must share one key, and near misses that must not.
@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("a ceasefire", "a truce", True, id="N8-truce"),
        pytest.param("a cease-fire", "a cease fire", True, id="N8-spellings"),
        pytest.param("the summit", "the talks", True, id="N8-summit-talks"),
        pytest.param("they met", "they convened", True, id="A1-met-convened"),
        pytest.param("the Russian presidents", "the presidents of Russia", True, id="A1-demonym"),
        pytest.param("an offensive", "an assault", True, id="A6-offensive-assault"),
        pytest.param("Iran rejected the plan", "Iran refused the plan", True, id="reject-refuse"),
        pytest.param("allies of Iran", "Iran supports", True, id="A5-ally-support"),
        pytest.param("a ceasefire", "an offensive", False, id="ceasefire-not-offensive"),
        pytest.param("the Russian presidents", "the Turkish presidents", False, id="demonyms-apart"),
        pytest.param("they rejected it", "they proposed it", False, id="reject-not-propose"),
        pytest.param("Iran urged a deal", "Iran proposed a deal", False, id="urge-not-merged"),
    ],
)
def test_claims_canonical_words(a: str, b: str, same: bool) -> None:
    assert (words_of(a) == words_of(b)) is same


def test_claims_capital_adds_country_and_keeps_itself_N4() -> None:
    w = words_of("Moscow said")
    assert {"moscow", "russia"} <= w
