"""BASIL findings suite: splits, offsets of the gold sentences, and the recall counting."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.eval.basil_findings import load_article, score_triplet, side_by_side, triplets
from crosswire.model import Article, Document, Evidence, Finding, Quote, Span
from crosswire.report.build import TOP_ONLY_IN


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


def _quoted(aid: str, text: str) -> Document:
    q0, q1 = text.index("“") + 1, text.index("”")
    q = Quote(text[q0:q1], q0, q1, speaker="Smith")
    return Document(Article(id=aid, path=aid, text=text), sentences=[Span(0, len(text), text)], quotes=[q])


@pytest.mark.parametrize(
    ("kinds", "flags"),
    [
        ({"quote_variant"}, 2),  # one finding on a, b's quote its evidence: both sentences flagged (TRUTH C2)
        ({"quote_altered"}, 2),
        ({"quote_verbatim"}, 0),  # found word for word: not an unbacked sentence
        (set(), 0),  # no finding: neither
    ],
)
def test_basil_findings_side_by_side_counts_both_sides_of_a_quote_pair(kinds: set[str], flags: int) -> None:
    """corroborate flags both reworded quotes; crosswire reports the pair once (on a, evidence in b)."""
    a = _quoted("a", "“We consider it unacceptable when civilians are used as a pretext,” Smith said.")
    b = _quoted("b", "“We consider it unacceptable to use the protection of civilians as a pretext,” Smith said.")
    qa, qb = a.quotes[0], b.quotes[0]
    ev = [Evidence("b", qb.start, qb.end, qb.text)]
    findings = [Finding(k, "a", Span(qa.start, qa.end, qa.text), ev) for k in kinds]
    row = side_by_side([a, b], findings)
    assert row["corroborate_flagged"] == 2
    assert row["crosswire_flags_those"] == flags


def test_basil_findings_shown_caps_only_in_and_merges_rows() -> None:
    """The default view: TOP_ONLY_IN only_in per article; findings on one sentence in one section are one row."""
    text = "Alpha beta. Gamma delta."
    doc = Document(Article(id="a", path="a", text=text))
    sents = [Span(0, 11, "Alpha beta."), Span(12, 24, "Gamma delta.")]
    one = Span(0, 11, "Alpha beta.")
    only = [Finding("only_in", "a", one, detail={"salience": float(k)}) for k in range(TOP_ONLY_IN + 3)]
    quotes = [Finding("quote_absent", "a", one), Finding("quote_variant", "a", one)]
    row = score_triplet([doc], [sents], [[]], only + quotes)
    assert row["findings"] == TOP_ONLY_IN + 5
    assert row["shown"] == TOP_ONLY_IN + 2
    assert row["shown_rows"] == 2  # the only_in rows share one span; the two quote findings share another
