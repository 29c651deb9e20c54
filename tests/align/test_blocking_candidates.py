"""Blocking: only pairs that share something are scored, never pairs inside one article."""

from __future__ import annotations

import numpy as np
import pytest

from crosswire.align.blocking import candidate_pairs, key_pairs, neighbour_pairs
from crosswire.align.claims import Claim
from crosswire.model import Span


def claim(doc: int, words: set[str] = frozenset(), names: set[str] = frozenset()) -> Claim:
    return Claim(
        doc=doc, article=str(doc), index=0, span=Span(0, 0, ""), words=frozenset(words), names=frozenset(names)
    )


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ([claim(0, names={"putin"}), claim(1, names={"putin"})], set()),  # one shared name is not enough
        ([claim(0, {"ceasefire"}, {"putin"}), claim(1, {"ceasefire"}, {"putin"})], {(0, 1)}),
        ([claim(0, {"ceasefire"}, {"putin"}), claim(0, {"ceasefire"}, {"putin"})], set()),  # same article: never
        ([claim(0, {"ceasefire", "summit"}), claim(1, {"ceasefire", "summit"}), claim(1, {"summit"})], {(0, 1)}),
        ([claim(0, {"war", "ceasefire"}), claim(1, {"war", "ceasefire"})], set()),  # "war": too short to be a key
        ([claim(0, names={"idlib"}), claim(1, names={"tehran"})], set()),
    ],
)
def test_blocking_key_pairs_table(claims: list[Claim], expected: set[tuple[int, int]]) -> None:
    assert key_pairs(claims) == expected


def test_blocking_common_keys_are_dropped() -> None:
    claims = [claim(d % 5, {"president"}, {"trump"}) for d in range(40)]  # in 40 claims: says nothing
    assert key_pairs(claims, max_postings=24) == set()


def test_blocking_neighbours_are_top_k_in_other_articles() -> None:
    v = np.array([[1, 0], [0.99, 0.14], [0, 1], [0.1, 0.99]], dtype=np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    claims = [claim(0), claim(1), claim(0), claim(1)]
    pairs = neighbour_pairs(claims, v, k=1)
    assert (0, 1) in pairs and (2, 3) in pairs
    assert (0, 2) not in pairs and (1, 3) not in pairs  # same article


def test_blocking_candidates_grow_linearly() -> None:
    rng = np.random.default_rng(0)
    for n_docs in (2, 8):
        claims = [claim(d) for d in range(n_docs) for _ in range(30)]
        v = rng.normal(size=(len(claims), 32)).astype(np.float32)
        v /= np.linalg.norm(v, axis=1, keepdims=True)
        pairs = candidate_pairs(claims, v, k=8)
        assert len(pairs) <= 8 * len(claims)  # not len(claims)**2 / 2
