"""BASIL findings suite: splits, offsets of the gold sentences, and the recall counting."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.eval.basil_findings import load_article, score_triplet, triplets
from crosswire.model import Article, Document, Finding, Span


@pytest.fixture(scope="module")
def basil(data_dir: Path) -> Path:
    root = data_dir / "basil"
    if not root.exists():
        pytest.skip(f"BASIL not found at {root}")
    return root


def test_basil_findings_splits_are_disjoint(basil: Path) -> None:
    dev, test = triplets(basil, "dev"), triplets(basil, "test")
    assert (len(dev), len(test)) == (60, 20)
    assert not {t for t, _ in dev} & {t for t, _ in test}
    assert all(len(paths) == 3 for _, paths in dev + test)


def test_basil_findings_gold_sentences_hold(basil: Path) -> None:
    _, paths = triplets(basil, "dev")[0]
    for p in paths:
        art, sents = load_article(p)
        assert sents and all(art.text[s.start : s.end] == s.text for s in sents)


@pytest.mark.parametrize(
    ("kind", "span", "found", "flagged"),
    [
        ("only_in", (0, 5), 1, 1),  # overlaps gold sentence 0
        ("conflict", (6, 11), 0, 1),  # flags sentence 1, which is not gold
        ("agree", (0, 5), 0, 0),  # agreement is not a flag
        ("only_in", (5, 6), 0, 0),  # the space between sentences overlaps nothing
    ],
)
def test_basil_findings_recall_counting(kind: str, span: tuple[int, int], found: int, flagged: int) -> None:
    text = "Alpha beta."
    doc = Document(Article(id="a", path="a", text=text))
    sents = [Span(0, 5, "Alpha"), Span(6, 11, "beta.")]
    f = Finding(kind, "a", Span(span[0], span[1], text[span[0] : span[1]]))
    row = score_triplet([doc], [sents], [[0]], [f])
    assert (row["found"], row["gold"], row["flagged"], row["sentences"]) == (found, 1, flagged, 2)
