"""List the findings of one kind on real groups of reports, for reading by hand.

There is no gold for conflicts or for agreements kept by structural support, so their precision is read:
this prints every such finding with the passages it rests on, and the counts (docs/benchmarks/compare.md,
sections 1 and 1c, give what was read and judged).

Groups: BASIL triplets (``basil``, splits dev/test as in ``basil_findings``) and ECB+ subtopics
(``ecbplus``, Cybulska's dev/test/train topics; up to ``ECB_GROUP`` reports of one event per group, the
texts as ``ecb_dates`` rebuilds them from the tokens).

    python -m crosswire.eval.listing --data basil --split dev --kind conflict
    python -m crosswire.eval.listing --data ecbplus --split test --kind conflict
    python -m crosswire.eval.listing --data basil --split dev --kind supported
    python -m crosswire.eval.listing --data basil --split dev --kind values_differ
    python -m crosswire.eval.listing --data basil --split dev --kind quote_altered
    python -m crosswire.eval.listing --data basil --split dev --kind credit_check
"""

from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from ..model import Article, Document, Finding
from .common import data_path

# Reports of one ECB+ subtopic compared at once (the largest have 15; 8 keeps a group a reader's size).
ECB_GROUP = 8


def basil_groups(split: str) -> Iterator[tuple[str, list[Document]]]:
    from ..pipeline import analyse
    from .basil_findings import load_article, triplets

    for tid, paths in triplets(data_path("basil-findings", "data", "basil"), split):
        yield tid, [analyse(load_article(p)[0]) for p in paths]


def ecb_groups(split: str) -> Iterator[tuple[str, list[Document]]]:
    from ..pipeline import analyse
    from .ecb_dates import read_doc

    root = data_path("ecb-dates", "data", "ecbplus")
    with (root / "doc_index.csv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["split_cybulska"] == split]
    groups: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in sorted(rows, key=lambda r: (int(r["topic"]), r["doc_id"])):
        groups[r["subtopic"]].append(r)
    for sub, rs in groups.items():
        docs = []
        for r in rs[:ECB_GROUP]:
            text = read_doc(root / "docs" / r["topic"] / f"{r['doc_id']}.xml").text
            docs.append(analyse(Article(id=r["doc_id"], path=r["doc_id"], text=text)))
        yield sub, docs


# Every finding kind of the report schema, plus ``supported`` (agreements kept by structural support),
# ``values_differ`` (agreements whose sentences give one thing different values) and ``credit_check``
# (every quote or sentence credited to an outlet whose report is in the group, found or not).
KINDS = (
    "supported",
    "values_differ",
    "paraphrase",
    "credit_check",
    "agree",
    "conflict",
    "quote_verbatim",
    "quote_altered",
    "quote_variant",
    "quote_absent",
    "credited_not_found",
    "source_not_provided",
    "unattributed",
    "only_in",
    "opinion",
)


def selected(f: Finding, kind: str) -> bool:
    """``supported``: agreements kept by structural support; ``values_differ``: agreements that say which
    values differ; any other name: findings of that kind."""
    if kind == "values_differ":
        return f.kind == "agree" and kind in f.detail
    if kind in ("supported", "paraphrase"):  # agreements kept by structural support / quotes told indirectly
        return f.kind == "agree" and ("support" if kind == "supported" else "paraphrase") in f.detail
    return f.kind == kind


def sentence_of(doc: Document, start: int) -> str:
    return next((s.text for s in doc.sentences if s.start <= start < s.end), "")


def credit_rows(gid: str, docs: list[Document]) -> list[dict[str, Any]]:
    """Every quote or sentence credited to an outlet whose report is in the group: found there or not, with
    the credited report's passage (the match, or the nearest related one)."""
    from ..align import credits
    from ..align.findings import Context
    from ..align.similarity import get_backend

    ctx = Context.build(docs, get_backend("static"))
    rows = []
    for d, doc in enumerate(docs):
        for ci, c in enumerate(doc.credits):
            e = credits.outlet_doc(ctx, c.source) if c.kind == "outlet" and c.source else None
            if e is None or e == d:
                continue
            for what, k, found in credits.checked_items(ctx, d, ci, e):
                if what == "quote":
                    m = ctx.quote_matches[(d, k, e)]
                    text, other = doc.quotes[k].text, m.evidence.text if m.evidence else ""
                else:
                    near = ctx.related.get(k, {}).get(e)
                    text, other = ctx.claims[k].span.text, ctx.claims[near[1]].span.text if near else ""
                rows.append(
                    {
                        "group": gid,
                        "detail": {"credit": c.text, "what": what, "found": found},
                        "a": text,
                        "b": other,
                    }
                )
    return rows


def listing(data: str, split: str, kind: str, limit: int | None = None) -> dict[str, Any]:
    """Every selected finding of every group, with both passages, and the counts."""
    from ..align.compare import compare_documents

    source = basil_groups(split) if data == "basil" else ecb_groups(split)
    rows: list[dict[str, Any]] = []
    n = 0
    for gid, docs in source:
        if limit is not None and n >= limit:
            break
        n += 1
        if kind == "credit_check":
            rows += credit_rows(gid, docs)
            continue
        by_id = {d.article.id: d for d in docs}
        for f in compare_documents(docs):
            if not selected(f, kind):
                continue
            ev = f.evidence[0] if f.evidence else None
            rows.append(
                {
                    "group": gid,
                    "detail": {k: v for k, v in f.detail.items() if k != "note"},
                    "a": sentence_of(by_id[f.article], f.span.start) or f.span.text,
                    "b": sentence_of(by_id[ev.article], ev.start) or ev.text if ev else "",
                }
            )
    soft = sum(bool(r["detail"].get("soft")) for r in rows)
    out = {"data": data, "split": split, "kind": kind, "groups": n, "found": len(rows), "soft": soft, "rows": rows}
    if kind == "credit_check":
        out["credited_found"] = sum(bool(r["detail"]["found"]) for r in rows)
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    p = argparse.ArgumentParser(prog="python -m crosswire.eval.listing")
    p.add_argument("--data", choices=("basil", "ecbplus"), default="basil")
    p.add_argument("--split", default="dev")
    p.add_argument("--kind", choices=KINDS, default="conflict")
    p.add_argument("--limit", type=int)
    a = p.parse_args(argv)
    out = listing(a.data, a.split, a.kind, a.limit)
    for k, r in enumerate(out["rows"], 1):
        print(f"#{k} {r['group'][:12]} {json.dumps(r['detail'], ensure_ascii=False)[:300]}")
        print("  A:", " ".join(r["a"].split())[:300])
        print("  B:", " ".join(r["b"].split())[:300])
    print(json.dumps({k: v for k, v in out.items() if k != "rows"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
