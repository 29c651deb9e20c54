"""Time per pipeline stage, against spaCy's bare parse of the same text.

    .venv/bin/python bench/bench_stages.py [--limit 84] [--workers 2]

Reads the PolNeAR dev articles (plain news text, ../shared/data/polnear/dev/text), runs
``read_text`` and the full pipeline on each, and prints milliseconds per article per stage,
the ratio of the whole extraction to the bare parse, and articles per second with a
process pool.  The parse should dominate; our glue should add milliseconds.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from collections import defaultdict

from crosswire.batch.pool import analyse_many
from crosswire.eval.common import data_path
from crosswire.ingest import read_text
from crosswire.nlp import load_nlp
from crosswire.pipeline import Pipeline


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=84)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    files = sorted(data_path("bench", "data", "polnear", "dev", "text").glob("*.txt"))[: args.limit]
    texts = [f.read_text(encoding="utf-8") for f in files]
    nlp, pipe = load_nlp(), Pipeline()
    nlp("warm up")
    stage: dict[str, list[float]] = defaultdict(list)
    bare: list[float] = []
    articles = []
    for f, text in zip(files, texts, strict=True):
        t0 = time.perf_counter()
        art = read_text(text, path=str(f), id=f.stem)
        stage["read"].append(time.perf_counter() - t0)
        articles.append(art)
        t0 = time.perf_counter()
        nlp(art.text)
        bare.append(time.perf_counter() - t0)
        doc = pipe(art)
        for name, sec in doc.timings.items():
            stage[name].append(sec)
    words = sum(len(t.split()) for t in texts)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"# {len(files)} PolNeAR dev articles, {words} words; {platform.machine()}, {os.cpu_count()} cores, load {load}"
    )
    print("| stage | ms/article (mean) | ms/article (median) |")
    print("|---|---:|---:|")
    for name, secs in stage.items():
        print(f"| {name} | {1000 * statistics.mean(secs):.2f} | {1000 * statistics.median(secs):.2f} |")
    extract = sum(sum(v) for k, v in stage.items() if k != "read")
    print(f"| bare spaCy parse | {1000 * statistics.mean(bare):.2f} | {1000 * statistics.median(bare):.2f} |")
    print(f"\nextraction / bare parse = {extract / sum(bare):.2f}x")
    one = sum(sum(v) for v in stage.values())
    print(f"{len(files) / one:.1f} articles/s in one process (read + every stage, model already loaded)")
    t0 = time.perf_counter()
    n = sum(1 for _ in analyse_many(articles, workers=args.workers))
    print(f"{n / (time.perf_counter() - t0):.1f} articles/s with {args.workers} worker processes (model load included)")


if __name__ == "__main__":
    main()
