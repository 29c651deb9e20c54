"""Candidate pairs of claims across articles, so matching costs what really overlaps.

Comparing every sentence of every report with every other costs N^2 full comparisons.  Blocking
keeps only pairs that share something: an actor name, a figure value, a date value, a rare
content word, or that are among each other's top-k embedding neighbours.  Only those pairs are
scored.  Keys shared by too many claims ("trump" in every sentence of a politics story) say
nothing, so posting lists longer than ``max_postings`` are dropped (the classic blocking cut).

>>> pairs = candidate_pairs([_c(0, {"putin", "gaza"}), _c(1, {"putin", "gaza"}), _c(1, {"gaza"})], None)
>>> sorted(pairs)
[(0, 1)]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

import numpy as np

from .claims import Claim

# Top-k embedding neighbours kept per claim: 8 reaches the same claim in up to 8 other reports
# directly; clusters of more reports join through shared neighbours (union-find in match.py).
TOP_K = 8
# Neighbours below this cosine are not candidates, whatever k says.
MIN_COSINE = 0.35
# A key in more than this many claims is too common to block on.
MAX_POSTINGS = 24
# Shared key weight a pair needs (figure/date values weigh 2, names and rare words 1).
MIN_SHARED = 2


def _keys(c: Claim) -> Iterable[str]:
    yield from ("n:" + n for n in c.names)
    yield from (f"f:{f.value:g}" for f in c.figures if f.value is not None and not f.vague)
    yield from ("d:" + x.value for x in c.dates if x.value and x.kind == "date")
    yield from ("w:" + w for w in c.words if len(w) > 3)


def key_pairs(
    claims: Sequence[Claim], max_postings: int = MAX_POSTINGS, min_shared: int = MIN_SHARED
) -> set[tuple[int, int]]:
    """Pairs of claims in different articles sharing keys of weight >= ``min_shared`` (short posting lists only).

    A figure or date value weighs 2 (enough alone); a name or a rare word 1. One shared word alone
    ("officials") made 10,000 of 11,700 candidate pairs for 20 BASIL reports and few of them matched.
    """
    index: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        for k in set(_keys(c)):
            index[k].append(i)
    shared: Counter[tuple[int, int]] = Counter()
    for key, posting in index.items():
        if len(posting) < 2 or len(posting) > max_postings:
            continue
        weight = 2 if key[0] in "fd" else 1
        for x, i in enumerate(posting):
            for j in posting[x + 1 :]:
                if claims[i].doc != claims[j].doc:
                    shared[(i, j)] += weight
    return {p for p, w in shared.items() if w >= min_shared}


def neighbour_pairs(claims: Sequence[Claim], vectors: np.ndarray, k: int = TOP_K) -> set[tuple[int, int]]:
    """Top-k cosine neighbours in other articles (one matrix product over normalised rows)."""
    n = len(claims)
    if n < 2 or vectors.shape[0] != n:
        return set()
    docs = np.array([c.doc for c in claims])
    pairs: set[tuple[int, int]] = set()
    # Rows in blocks of 512 keep memory at 512 * n floats (2 MB for 1,000 claims).
    for lo in range(0, n, 512):
        sims = vectors[lo : lo + 512] @ vectors.T
        sims[docs[lo : lo + 512, None] == docs[None, :]] = -1.0
        kk = min(k, n - 1)
        top = np.argpartition(-sims, kk - 1, axis=1)[:, :kk]
        for r, row in enumerate(top):
            i = lo + r
            for j in row:
                if sims[r, j] >= MIN_COSINE:
                    pairs.add((min(i, int(j)), max(i, int(j))))
    return pairs


def candidate_pairs(claims: Sequence[Claim], vectors: np.ndarray | None, k: int = TOP_K) -> set[tuple[int, int]]:
    """Union of key-sharing pairs and embedding neighbours; each pair is (i, j) with i < j."""
    pairs = key_pairs(claims)
    if vectors is not None:
        pairs |= neighbour_pairs(claims, vectors, k)
    return pairs


def _c(doc: int, names: set[str]) -> Claim:  # for the doctest
    from ..model import Span

    return Claim(doc=doc, article=str(doc), index=0, span=Span(0, 0, ""), words=frozenset(), names=frozenset(names))
