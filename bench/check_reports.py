"""Every BASIL triplet through the batch path, and every report checked: schema, offsets, bad lines.

    python bench/check_reports.py [--limit N]

Builds the JSONL lines `crosswire compare --jsonl` reads from the BASIL triplets in ../shared (dev and test,
nothing written to the repository), adds one line that is not JSON and one group of a single article, and runs
`crosswire.align.compare.compare_groups` on them. For each report: it must validate against
`report/schema.json`, and every finding's span and evidence must be the article text at its offsets. The two
bad lines must come back as coded errors while the others go on. Prints one JSON line of counts; exits 1 on a
broken report.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from crosswire.align.compare import compare_groups
from crosswire.errors import CrosswireError
from crosswire.eval.basil_findings import load_article, triplets
from crosswire.eval.common import data_path
from crosswire.report.json import validate


def lines(limit: int | None) -> list[str]:
    root = data_path("bench", "data", "basil")
    out = []
    for split in ("dev", "test"):
        for tid, paths in triplets(root, split):
            arts = []
            for p in paths:
                a = load_article(p)[0]
                arts.append(
                    {"id": a.id, "text": a.text, "title": a.title, "outlet": a.outlet, "published": a.published}
                )
            out.append(json.dumps({"id": tid, "articles": arts}))
    out = out[:limit]
    return out + [
        "{not json",
        json.dumps(
            {
                "id": "single",
                "articles": [
                    {"id": "x", "text": "The council met on Friday and voted to close the harbour for the winter."}
                ],
            }
        ),
    ]


def broken(report: dict[str, Any]) -> list[str]:
    """What is wrong with one report: the schema's first complaint, spans or evidence off their text."""
    problems = []
    try:
        validate(report)
    except CrosswireError as exc:
        problems.append(str(exc))
    texts = {a["id"]: a["text"] for a in report["articles"]}
    for f in report["findings"]:
        s = f["span"]
        if texts[f["article"]][s["start"] : s["end"]] != s["text"]:
            problems.append(f"{f['id']}: span off its text")
        for e in f["evidence"]:
            if texts[e["article"]][e["start"] : e["end"]] != e["text"]:
                problems.append(f"{f['id']}: evidence off its text")
    return problems


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python bench/check_reports.py")
    p.add_argument("--limit", type=int)
    a = p.parse_args(argv)
    t0 = time.perf_counter()
    counts = {"reports": 0, "findings": 0, "broken_reports": 0, "errors": [], "groups_in": 0}
    todo = lines(a.limit)
    counts["groups_in"] = len(todo)
    for out in compare_groups(todo):
        if isinstance(out, CrosswireError):
            counts["errors"].append(out.code)
            continue
        counts["reports"] += 1
        counts["findings"] += len(out["findings"])
        if problems := broken(out):
            counts["broken_reports"] += 1
            print(out["id"], problems[:3], file=sys.stderr)
    counts["seconds"] = round(time.perf_counter() - t0, 1)
    print(json.dumps(counts))
    return 1 if counts["broken_reports"] or len(counts["errors"]) != 2 else 0


if __name__ == "__main__":
    sys.exit(main())
