"""Sentences per second of each similarity backend, and how well each finds the same event in
another report (numbers go to docs/benchmarks/similarity.md).

    python bench/bench_similarity.py                     # speed: lexical, static, hybrid on 2,000 WiCE sentences
    python bench/bench_similarity.py --backends minilm --n 500
    python bench/bench_similarity.py --ecb dev           # quality: ECB+ cross-document event sentences

ECB+ quality: for each checked sentence (ECBplus_coreference_sentences.csv) that mentions an event with a
cross-document id, rank every checked sentence of the *other* documents of its topic.  A hit is a sentence
that shares an event id.  The topic's other subtopic is a different event of the same kind (another
celebrity's rehab, another earthquake), so the wrong candidates are hard: same words, different event.
Reported: MRR and recall@1 of the first hit.  Dev topics are used to choose; test topics reported once.

Sentences: evidence sentences of WiCE dev (real web text, mean ~25 words), in file order.
Each backend is loaded first (load time reported apart), then timed with an empty sentence cache:
``embed`` of all sentences, then ``similarity`` of the first 50 x the other 1,950 (warm for lexical
sentences, which ``embed`` just cached; static re-encodes).
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import numpy as np

from crosswire.align import similarity as sim
from crosswire.eval.common import data_path
from crosswire.eval.wice import load

ECB_SPLITS = {"dev": {2, 5, 12, 18, 21, 23, 34, 35}, "test": set(range(36, 46))}  # Cybulska split, README


def sentences(n: int) -> list[str]:
    out: list[str] = []
    for item in load("dev"):
        out.extend(s for s in item.evidence if len(s.split()) >= 4)
        if len(out) >= n:
            break
    return out[:n]


def bench(name: str, texts: list[str]) -> dict[str, float]:
    sim._lexical_sparse.cache_clear()  # each backend starts cold: hybrid must not reuse lexical's work
    t0 = time.perf_counter()
    backend = sim.get_backend(name)
    loaded = time.perf_counter() - t0
    t0 = time.perf_counter()
    backend.embed(texts)
    embed_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    backend.similarity(texts[:50], texts[50:])
    sim_s = time.perf_counter() - t0
    return {"load_s": loaded, "sent_per_s": len(texts) / embed_s, "matrix_ms": 1000 * sim_s}


def ecb_sentences(split: str) -> list[tuple[int, str, str, frozenset[str]]]:
    """(topic, document, sentence text, event ids) of the checked sentences of ``split``'s topics."""
    root = data_path("ecb", "data", "ecbplus")
    wanted: dict[str, set[str]] = defaultdict(set)
    with (root / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if int(row["Topic"]) in ECB_SPLITS[split]:
                wanted[f"{row['Topic']}_{row['File']}"].add(row["Sentence Number"])
    out = []
    for doc, numbers in sorted(wanted.items()):
        for number, (text, events) in _ecb_doc(root / "docs" / doc.split("_")[0] / f"{doc}.xml").items():
            if number in numbers:
                out.append((int(doc.split("_")[0]), doc, text, frozenset(events)))
    return out


def _ecb_doc(path: Path) -> dict[str, tuple[str, set[str]]]:
    tree = ET.parse(path).getroot()
    words: dict[str, list[str]] = defaultdict(list)
    sentence_of = {}
    for tok in tree.iter("token"):
        words[tok.get("sentence", "")].append(tok.text or "")
        sentence_of[tok.get("t_id")] = tok.get("sentence", "")
    anchors = {m.get("m_id"): [a.get("t_id") for a in m.iter("token_anchor")] for m in tree.find("Markables") or []}
    events: dict[str, set[str]] = defaultdict(set)
    for rel in tree.iter("CROSS_DOC_COREF"):
        note = rel.get("note", "")
        for src in rel.iter("source") if note.startswith("ACT") else []:
            for t in anchors.get(src.get("m_id"), []):
                events[sentence_of[t]].add(note)
    return {n: (" ".join(w), events[n]) for n, w in words.items()}


def ecb_quality(name: str, split: str) -> dict[str, float]:
    rows = ecb_sentences(split)
    sims = sim.get_backend(name).similarity([r[2] for r in rows], [r[2] for r in rows])
    ranks = []
    for i, (topic, doc, _, events) in enumerate(rows):
        cands = [j for j, r in enumerate(rows) if r[0] == topic and r[1] != doc]
        hits = [j for j in cands if rows[j][3] & events]
        if not events or not hits:
            continue
        order = sorted(cands, key=lambda j: -sims[i, j])
        ranks.append(min(order.index(j) for j in hits) + 1)
    r = np.array(ranks)
    return {"queries": float(len(r)), "mrr": float(np.mean(1 / r)), "r_at_1": float(np.mean(r == 1))}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--backends", nargs="+", default=["lexical", "static", "hybrid"], choices=list(sim.BACKENDS))
    p.add_argument("--n", type=int, default=2000)
    p.add_argument("--ecb", choices=["dev", "test"], help="measure ECB+ event-sentence retrieval instead of speed")
    args = p.parse_args()
    if args.ecb:
        for name in args.backends:
            q = ecb_quality(name, args.ecb)
            print(f"ECB+ {args.ecb} {name:8} queries {q['queries']:.0f}  MRR {q['mrr']:.3f}  R@1 {q['r_at_1']:.3f}")
        return
    texts = sentences(args.n)
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(
        f"{len(texts)} sentences, {words:.1f} words each; {platform.processor() or platform.machine()}, {os.cpu_count()} cores"
    )
    print(f"{'backend':8} {'load s':>7} {'sent/s':>9} {'50 x rest ms':>13}")
    for name in args.backends:
        r = bench(name, texts)
        print(f"{name:8} {r['load_s']:7.2f} {r['sent_per_s']:9.0f} {r['matrix_ms']:13.1f}")


if __name__ == "__main__":
    main()
