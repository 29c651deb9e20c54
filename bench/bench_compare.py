"""Speed of compare as a group grows: 2, 5, 10, 20 reports (BASIL articles), per pair and per group.

    python bench/bench_compare.py [--sizes 2 5 10 20] [--repeat 3] [--similarity static] [--json out.json]

Articles are analysed once (spaCy, timed apart: it is linear in the text by construction); what is
timed per group is the aligner alone (claims, embeddings, blocking, scoring, findings).  The curve
should be close to linear in the total text: ``align_ms_per_kchar`` should stay flat as groups grow,
and ``scored_pairs`` should grow like the claims, not like their square (``all_pairs``).
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from crosswire.align.compare import compare_documents
from crosswire.align.findings import Context
from crosswire.align.similarity import get_backend
from crosswire.eval.basil_findings import load_article, triplets
from crosswire.eval.common import data_path
from crosswire.model import Article, Document
from crosswire.pipeline import analyse


def load_docs(n: int) -> tuple[list[Document], list[float]]:
    """The first ``n`` BASIL articles (triplets in order: groups mix stories as they grow), analysed,
    and the seconds each analysis took."""
    root = data_path("bench", "data", "basil")
    paths = [p for _, ps in triplets(root, "all") for p in ps][:n]
    docs, secs = [], []
    for path in paths:
        t0 = time.perf_counter()
        docs.append(analyse(load_article(path)[0]))
        secs.append(time.perf_counter() - t0)
    return docs, secs


def time_group(docs: list[Document], similarity: str, repeat: int, analyse_s: float = 0.0) -> dict[str, Any]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        findings = compare_documents(docs, similarity=similarity)
        times.append(time.perf_counter() - t0)
    ctx = Context.build(docs, get_backend(similarity))
    n_claims = len(ctx.claims)
    chars = sum(len(d.article.text) for d in docs)
    best = min(times)
    pairs_of_reports = len(docs) * (len(docs) - 1) // 2
    return {
        "reports": len(docs),
        "kchars": round(chars / 1000, 1),
        "claims": n_claims,
        "scored_pairs": len(ctx.scores),
        "all_pairs": n_claims * (n_claims - 1) // 2,
        "align_s": round(best, 3),
        "align_s_median": round(statistics.median(times), 3),
        "align_ms_per_kchar": round(1000 * best / (chars / 1000), 2),
        "ms_per_report_pair": round(1000 * best / pairs_of_reports, 1),
        # read + analyse (spaCy) of these reports + align: what `crosswire compare` costs end to end
        "total_s": round(analyse_s + best, 2),
        "findings": len(findings),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[2, 5, 10, 20])
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--similarity", default="static")
    p.add_argument("--json", type=Path)
    a = p.parse_args(argv)
    get_backend(a.similarity)  # load once, outside the timings
    analyse(Article(id="warm-up", path="-", text="The spaCy model loads once, outside the timings."))
    docs, secs = load_docs(max(a.sizes))
    analyse_s = sum(secs)
    rows = [time_group(docs[:n], a.similarity, a.repeat, sum(secs[:n])) for n in a.sizes]
    chars = sum(len(d.article.text) for d in docs)
    meta = {
        "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, python {platform.python_version()}",
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "analyse_s": round(analyse_s, 2),
        "analyse_ms_per_kchar": round(1000 * analyse_s / (chars / 1000), 2),
        "similarity": a.similarity,
    }
    print(json.dumps(meta))
    cols = list(rows[0])
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for r in rows:
        print("| " + " | ".join(str(r[c]) for c in cols) + " |")
    if a.json:
        a.json.write_text(json.dumps({"meta": meta, "rows": rows}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
