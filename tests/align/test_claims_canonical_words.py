"""Claim words: event synonyms, demonyms and capitals share one key (TRUTH.md N4, N8; A1, A2, A5)."""

from __future__ import annotations

import pytest

from crosswire.align.claims import words_of


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("a ceasefire", "a truce", id="N8-truce"),
        pytest.param("a cease-fire", "a cease fire", id="N8-spellings"),
        pytest.param("the summit", "the talks", id="N8-summit-talks"),
        pytest.param("they met", "they convened", id="A1-met-convened"),
        pytest.param("the Russian presidents", "the presidents of Russia", id="A1-demonym"),
        pytest.param("an offensive", "an assault", id="A6-offensive-assault"),
        pytest.param("Iran rejected the plan", "Iran refused the plan", id="reject-refuse"),
        pytest.param("allies of Iran", "Iran supports", id="A5-ally-support"),
    ],
)
def test_claims_canonical_words_shared(a: str, b: str) -> None:
    assert words_of(a) == words_of(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("a ceasefire", "an offensive", id="ceasefire-not-offensive"),
        pytest.param("the Russian presidents", "the Turkish presidents", id="demonyms-apart"),
        pytest.param("they rejected it", "they proposed it", id="reject-not-propose"),
        pytest.param("Iran urged a deal", "Iran proposed a deal", id="urge-not-merged"),
    ],
)
def test_claims_canonical_words_negatives(a: str, b: str) -> None:
    assert words_of(a) != words_of(b)


def test_claims_capital_adds_country_and_keeps_itself_N4() -> None:
    w = words_of("Moscow said")
    assert {"moscow", "russia"} <= w
