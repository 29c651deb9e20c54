"""Articles per second for reading and cleaning, per input kind, on the 181 Zyte pages (and the seeds).

    python bench/bench_read.py [--limit N]

Kinds: ``html`` (crosswire.ingest.read_html, and trafilatura alone beside it, so the cost of our
cleaning shows), ``text`` (the pages flattened by html-text, then crosswire.ingest.read_text),
``jsonl`` (the same scrapes as JSONL records through crosswire.ingest.read), ``seeds`` (the two
seed .txt files through crosswire.ingest.read, repeated).  One process, one core; the first call
of each kind is a warm-up and not timed (imports: trafilatura 0.3 s, dateparser 0.2 s).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from crosswire.eval.extraction import load_html, naive_text, split_ids
from crosswire.ingest import read, read_html, read_text


def timed(items: list[str], fn: Callable[[str], object]) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, failures).  CPU time is reported too: the machine is shared, and wall
    time under contention overstates our cost (load average 5 on 2 cores doubled it)."""
    fn(items[0])  # warm-up
    failures = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for item in items:
        try:
            fn(item)
        except Exception:
            failures += 1
    return time.perf_counter() - t0, time.process_time() - c0, failures


def trafilatura_alone(html: str) -> object:
    import trafilatura

    return trafilatura.extract(html, favor_precision=True, with_metadata=True, include_comments=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    ids = split_ids("all", args.limit)
    htmls = [load_html(i) for i in ids]
    scrapes = [naive_text(h) for h in htmls]
    rows = [
        ("html: crosswire read_html", *timed(htmls, lambda h: read_html(h)), len(htmls)),
        ("html: trafilatura alone", *timed(htmls, trafilatura_alone), len(htmls)),
        ("text: crosswire read_text", *timed(scrapes, lambda s: read_text(s)), len(scrapes)),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "batch.jsonl"
        path.write_text("\n".join(json.dumps({"text": s}) for s in scrapes) + "\n", encoding="utf-8")
        t0, c0 = time.perf_counter(), time.process_time()
        result = read(path)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        rows.append(("jsonl: crosswire read", wall, cpu, len(result.errors), len(scrapes)))
    seeds = sorted((Path(__file__).resolve().parents[2] / "shared" / "seeds").glob("*.txt")) * 50
    if seeds:
        read(seeds[:2])  # warm-up
        t0, c0 = time.perf_counter(), time.process_time()
        result = read(seeds)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        rows.append(("seeds .txt: crosswire read", wall, cpu, len(result.errors), len(seeds)))
    load = os.getloadavg()[0]
    print(f"{platform.machine()}, Python {platform.python_version()}, 1 process, load average {load:.1f}")
    for name, wall, cpu, failures, n in rows:
        print(
            f"  {name:30s} {n / wall:7.1f} articles/s  {1000 * wall / n:7.2f} ms/article wall  "
            f"{1000 * cpu / n:7.2f} ms CPU  failures {failures}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
