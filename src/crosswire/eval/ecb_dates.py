"""ECB+: recall of gold TIME_DATE spans by crosswire's dates.

Data: ../shared/data/ecbplus (see its README).  Splits are Cybulska's: dev topics 2, 5, 12, 18, 21, 23,
34, 35; test topics 36-45; train the rest.

How we score (also in docs/benchmarks/extract.md):
* **Text**: each document's tokens joined with one space, one sentence a line; sentence 0 of ``ecbplus``
  documents (the source URL) is dropped.  ECB+ gives no publication date, so relative dates are found
  but stay unresolved; only spans are scored (ECB+ does not normalise dates).
* **Gold**: every ``TIME_DATE`` markable with token anchors.
* **Recall**: a gold span counts as found when a crosswire date mention of any kind (date, duration,
  anaphoric) overlaps it by at least one character; ``recall_date_kind`` counts only ``kind="date"``.
  spaCy's DATE entities alone are scored the same way, side by side.
* **Speed**: milliseconds per document for the spaCy parse and for our four steps together
  (entities, dates, figures, actors), after an untimed warm-up that loads spaCy and dateparser.
* **Overlap precision** (``precision_vs_gold``): share of our mentions overlapping a gold TIME_DATE span.
  ECB+ checked only some sentences fully, so it is a lower bound, not a precision.

    python -m crosswire.eval.ecb_dates [--split dev|test|train] [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ..model import Article, Document
from .common import EvalResult, data_path

SUITE = "ecb-dates"


@dataclass
class EcbDoc:
    name: str
    text: str
    gold: list[tuple[int, int]]


def load(split: str = "dev", limit: int | None = None) -> list[EcbDoc]:
    """The documents of one split with their gold TIME_DATE spans (character offsets)."""
    root = data_path(SUITE, "data", "ecbplus")
    with (root / "doc_index.csv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["split_cybulska"] == split]
    rows.sort(key=lambda r: (int(r["topic"]), r["doc_id"]))
    if limit is not None:
        rows = rows[:limit]
    return [read_doc(root / "docs" / r["topic"] / f"{r['doc_id']}.xml") for r in rows]


def read_doc(path: Path) -> EcbDoc:
    tree = ET.parse(path)
    skip_url = path.stem.endswith("ecbplus")
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    pos, last_sentence = 0, None
    for tok in tree.getroot().iter("token"):
        sentence = tok.get("sentence")
        if skip_url and sentence == "0":
            continue
        sep = "" if last_sentence is None else ("\n" if sentence != last_sentence else " ")
        word = tok.text or ""
        parts.append(sep + word)
        pos += len(sep)
        offsets[tok.get("t_id", "")] = (pos, pos + len(word))
        pos += len(word)
        last_sentence = sentence
    gold = []
    for mark in tree.getroot().iter("TIME_DATE"):
        spans = [offsets[a.get("t_id", "")] for a in mark.iter("token_anchor") if a.get("t_id") in offsets]
        if spans:
            gold.append((min(s for s, _ in spans), max(e for _, e in spans)))
    return EcbDoc(path.stem, "".join(parts), gold)


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in others)


def run(*, split: str = "dev", limit: int | None = None) -> EvalResult:
    """Score crosswire's dates (and spaCy DATE entities alone) against ECB+ TIME_DATE spans."""
    docs = load(split, limit)
    counts = {"gold": 0, "ours": 0, "ours_date": 0, "spacy": 0, "mentions": 0, "mentions_on_gold": 0}
    seconds = {"parse": 0.0, "ours": 0.0}
    # Warm-up, not timed: loading spaCy (~2 s) and dateparser (~0.5 s) happens once per process.
    _analyse(Article(id="warm-up", path="", text="On Friday, May 3, 2009, some 3 million people voted."), {})
    for d in docs:
        doc = _analyse(Article(id=d.name, path=d.name, text=d.text), seconds)
        ours = [(m.start, m.end) for m in doc.dates]
        ours_date = [(m.start, m.end) for m in doc.dates if m.kind == "date"]
        spacy = [(e.start_char, e.end_char) for e in doc.parsed.ents if e.label_ == "DATE"]
        counts["gold"] += len(d.gold)
        counts["ours"] += sum(_overlaps(g, ours) for g in d.gold)
        counts["ours_date"] += sum(_overlaps(g, ours_date) for g in d.gold)
        counts["spacy"] += sum(_overlaps(g, spacy) for g in d.gold)
        counts["mentions"] += len(ours)
        counts["mentions_on_gold"] += sum(_overlaps(m, d.gold) for m in ours)
    return _result(split, len(docs), counts, seconds)


def _analyse(article: Article, seconds: dict[str, float]) -> Document:
    """Parse, then our four steps (entities, dates, figures, actors), timing each side."""
    from ..extract.dates import find_dates
    from ..extract.entities import find_entities, merge_actors
    from ..extract.figures import find_figures
    from ..extract.parse import parse

    t0 = time.perf_counter()
    doc = parse(Document(article=article))
    t1 = time.perf_counter()
    doc = merge_actors(find_figures(find_dates(find_entities(doc))))
    seconds["parse"] = seconds.get("parse", 0.0) + t1 - t0
    seconds["ours"] = seconds.get("ours", 0.0) + time.perf_counter() - t1
    return doc


def _result(split: str, n_docs: int, c: dict[str, int], seconds: dict[str, float]) -> EvalResult:
    gold = max(c["gold"], 1)
    per_doc = 1000 / max(n_docs, 1)
    metrics = {
        "ms_parse_per_doc": seconds["parse"] * per_doc,
        "ms_entities_dates_figures_actors_per_doc": seconds["ours"] * per_doc,
        "recall": c["ours"] / gold,
        "recall_date_kind": c["ours_date"] / gold,
        "recall_spacy_date_ents": c["spacy"] / gold,
        "precision_vs_gold": c["mentions_on_gold"] / max(c["mentions"], 1),
    }
    rows = [
        {"system": "crosswire dates", "recall": round(metrics["recall"], 4), "found": c["ours"], "gold": c["gold"]},
        {"system": "spaCy DATE ents", "recall": round(metrics["recall_spacy_date_ents"], 4), "found": c["spacy"],
         "gold": c["gold"]},
    ]  # fmt: skip
    notes = [f"{n_docs} documents, {c['gold']} gold TIME_DATE spans, {c['mentions']} crosswire mentions"]
    return EvalResult(suite=SUITE, split=split, metrics=metrics, rows=rows, notes=notes)


def main() -> None:
    ap = argparse.ArgumentParser(description="ECB+ TIME_DATE recall of crosswire dates")
    ap.add_argument("--split", default="dev", choices=("dev", "test", "train"))
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    from .runner import print_results

    print_results([run(split=args.split, limit=args.limit)], [])


if __name__ == "__main__":
    main()


__all__ = ["run", "load", "read_doc"]
