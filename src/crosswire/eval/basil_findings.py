"""BASIL: do the findings of a three-outlet comparison surface the gold informational-bias spans?

Data: ../shared/data/basil (see its README): 80 triplets (Fox, NYT, HuffPost) of one event each,
with gold phrase spans; ``bias == "inf"`` marks content one outlet includes to sway readers.

Measured per split:

- ``recall_inf``: share of gold ``inf`` body spans whose sentence overlaps an ``only_in`` or
  ``conflict`` finding's span (title spans are not in the body and are left out; counted in notes).
- ``recall_inf_any`` / ``flagged_share_any``: the same counting quote problems and credits not found
  too (most BASIL inf spans are quotes, which crosswire reports as quote findings, not only_in).
- ``flagged_share``: share of body sentences those findings overlap. Recall only means something
  next to it: flagging every sentence gives recall 1.0 at flagged_share 1.0.
- ``findings_per_triplet``: how many findings a reader gets per story (a report nobody can read is
  not a report), and ``only_in`` / ``conflict`` / ``agree`` per triplet; ``shown_per_triplet`` and
  ``shown_rows_per_triplet``: what the terminal / Markdown view lists by default (``VIEW_CAPS`` per
  article, findings on one sentence merged into one row), the JSON keeping all.
- Side by side with ``quotecheck`` (presence of each quote in the other reports): ``quotecheck_found``
  quotes it finds word for word, and ``crosswire_has_found`` the share of those crosswire also finds
  (verbatim or altered); ``crosswire_variants`` the variants and speaker conflicts presence checks cannot
  report. ``corroborate`` flags figures and dates in a sentence absent from the other reports:
  ``corroborate_flagged`` sentences, and ``crosswire_flags_those`` the share crosswire also flags
  (only_in, conflict, or a quote or credit problem). quotecheck's "drift" (reworded, counted as not
  found): ``quotecheck_drift`` quotes, ``crosswire_explains_drift`` the share crosswire calls altered or variant.

Splits (the 20 held-out triplets are not in this copy): triplet ids sorted, every 4th (index % 4 == 3)
is ``test`` (20 triplets), the rest ``dev`` (60). Tune on dev only.

    python -m crosswire.eval.basil_findings [--split dev|test|all] [--limit N]
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from ..model import Article, Document, Finding, Span
from .common import EvalResult, data_path

FLAG_KINDS = frozenset({"only_in", "conflict"})
# What crosswire says when a sentence's facts are not backed elsewhere: the side-by-side with corroborate
# (which flags numbers, dates and quotes absent from the other texts) counts all of these.
UNBACKED_KINDS = FLAG_KINDS | {"quote_absent", "quote_altered", "quote_variant", "credited_not_found"}
OUTLETS = {"fox": "Fox News", "nyt": "The New York Times", "hpo": "HuffPost"}


def triplets(root: Path, split: str) -> list[tuple[str, list[Path]]]:
    """(triplet id, its three article files) for ``split`` (dev | test | all)."""
    groups: dict[str, list[Path]] = defaultdict(list)
    for p in sorted(root.glob("articles/*/*.json")):
        groups[p.stem.rsplit("_", 1)[0]].append(p)
    ids = sorted(groups)
    keep = {
        "dev": [t for i, t in enumerate(ids) if i % 4 != 3],
        "test": [t for i, t in enumerate(ids) if i % 4 == 3],
        "all": ids,
    }[split]
    return [(t, groups[t]) for t in keep]


def load_article(path: Path) -> tuple[Article, list[Span]]:
    """The article as crosswire sees it (paragraphs joined by blank lines) and its gold sentence spans."""
    rec = json.loads(path.read_text(encoding="utf-8"))
    text, sents, paras = "", [], []
    for para in rec.get("body-paragraphs", []):
        p_start = len(text)
        for k, s in enumerate(para):
            if k:
                text += " "
            sents.append(Span(len(text), len(text) + len(s), s))
            text += s
        paras.append(Span(p_start, len(text), text[p_start:]))
        text += "\n\n"
    text = text.rstrip("\n")
    source = str(rec.get("source", "")).lower()
    art = Article(
        id=f"{source}:{path.stem}",
        path=str(path),
        text=text,
        paragraphs=paras,
        title=rec.get("title"),
        outlet=OUTLETS.get(source, source),
        published=rec.get("date"),
        published_source="jsonl",
    )
    return art, sents


def gold_inf(path: Path) -> tuple[list[int], int]:
    """Sentence numbers of the gold inf spans in the body, and how many inf spans are in the title."""
    ann = path.parent.parent.parent / "annotations" / path.parent.name / f"{path.stem}_ann.json"
    rec = json.loads(ann.read_text(encoding="utf-8"))
    body, title = [], 0
    for a in rec.get("phrase-level-annotations", []):
        if a.get("bias") != "inf":
            continue
        if a.get("id") == "title":
            title += 1
        else:
            body.append(int(str(a["id"])[1:]))
    return body, title


def _overlaps(s: Span, f: Finding) -> bool:
    return _hits(f.span, s)


def _hits(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


_REWORDED = ("quote_altered", "quote_variant")


def shown(findings: list[Finding]) -> list[Finding]:
    """What the terminal and Markdown views list: the report's own caps (``VIEW_CAPS``) per kind and article,
    and one line per article for the names and one for the figures only it gives (counted as its first
    finding; ``report.build.facts_only_in``)."""
    from ..report.build import capped

    lines: dict[tuple[str, str], Finding] = {}
    passages = []
    for f in findings:
        fact = f.detail.get("fact") if f.kind == "only_in" else None
        if fact is None:
            passages.append(f)
        else:
            lines.setdefault((f.article, str(fact)), f)
    return capped(passages, lambda f: (f.kind, f.article, f.detail, f.span.text))[0] + list(lines.values())


def score_triplet(
    docs: list[Document], sents: list[list[Span]], gold: list[list[int]], findings: list[Finding]
) -> dict[str, Any]:
    from ..report.build import SECTIONS

    section = {k: name for name, kinds in SECTIONS.items() for k in kinds}

    row = _recall(docs, sents, gold, findings, FLAG_KINDS)
    wide = _recall(docs, sents, gold, findings, UNBACKED_KINDS)
    top = _recall(docs, sents, gold, shown(findings), FLAG_KINDS)
    kinds = Counter(f.kind for f in findings)
    view = shown(findings)
    return {
        "shown": len(view),
        "shown_rows": len({(section[f.kind], f.article, f.span.start, f.span.end) for f in view}),
        **row,
        "found_any": wide["found"],
        "flagged_any": wide["flagged"],
        "found_top": top["found"],
        "flagged_top": top["flagged"],
        "findings": len(findings),
        # agreements below the agree score kept by structural support (match.structural_support)
        "supported_agree": sum(f.kind == "agree" and "support" in f.detail for f in findings),
        **{k: kinds[k] for k in ("only_in", "conflict", "agree", "quote_variant", "quote_absent")},
    }


def _recall(
    docs: list[Document], sents: list[list[Span]], gold: list[list[int]], findings: list[Finding], kinds: frozenset[str]
) -> dict[str, int]:
    """Gold spans found and sentences flagged by findings of ``kinds``."""
    flagged = [f for f in findings if f.kind in kinds]
    found = total = flagged_sents = n_sents = 0
    for d, doc in enumerate(docs):
        mine = [f for f in flagged if f.article == doc.article.id]
        hit = [any(_overlaps(s, f) for f in mine) for s in sents[d]]
        n_sents += len(hit)
        flagged_sents += sum(hit)
        for k in gold[d]:
            total += 1
            found += int(k < len(hit) and hit[k])
    return {"found": found, "gold": total, "flagged": flagged_sents, "sentences": n_sents}


def side_by_side(docs: list[Document], findings: list[Finding]) -> dict[str, int]:
    """quotecheck and corroborate on the same triplet, against crosswire's quote and fact findings."""
    import corroborate
    import quotecheck

    keys = ("quotecheck_found", "crosswire_has_found", "quotecheck_drift", "crosswire_explains_drift")
    out: Counter[str] = Counter({k: 0 for k in (*keys, "corroborate_flagged", "crosswire_flags_those")})
    found_kinds = ("quote_verbatim", "quote_altered")
    seen = {(f.article, f.span.start, f.span.end) for f in findings if f.kind in found_kinds}
    seen |= {(e.article, e.start, e.end) for f in findings if f.kind in found_kinds for e in f.evidence}
    # A quote pair gets one finding, on the side met first; the other side's quote is its evidence.
    reworded = [(f.article, f.span) for f in findings if f.kind in _REWORDED]
    reworded += [(e.article, Span(e.start, e.end, e.text)) for f in findings if f.kind in _REWORDED for e in f.evidence]
    for d, doc in enumerate(docs):
        others = [x.article.text for e, x in enumerate(docs) if e != d]
        for q in doc.quotes:
            if q.scare or len(q.text.split()) < 4:
                continue
            statuses = {quotecheck.check(q.text, t).status for t in others}
            if "found" not in statuses and "drift" in statuses:  # reworded: can crosswire say how?
                out["quotecheck_drift"] += 1
                here = Span(q.start, q.end, q.text)
                out["crosswire_explains_drift"] += int(
                    any(a == doc.article.id and _hits(sp, here) for a, sp in reworded)
                )
            if "found" in statuses:
                out["quotecheck_found"] += 1
                # found when a finding is on this quote, or this quote is the evidence of one from the other side
                out["crosswire_has_found"] += int((doc.article.id, q.start, q.end) in seen)
        for s in doc.sentences:
            rep = corroborate.check_answer("", others, s.text)
            if not rep.ok():
                out["corroborate_flagged"] += 1
                mine = [f for f in findings if f.article == doc.article.id and f.kind in UNBACKED_KINDS]
                other_side = any(a == doc.article.id and _hits(sp, s) for a, sp in reworded)
                out["crosswire_flags_those"] += int(other_side or any(_overlaps(s, f) for f in mine))
    out["crosswire_variants"] = sum(
        1 for f in findings if f.kind == "quote_variant" or (f.kind == "conflict" and f.detail.get("what") == "speaker")
    )
    return dict(out)


def run(
    *, split: str = "dev", limit: int | None = None, similarity: str = "static", baselines: bool = True
) -> EvalResult:
    from ..align.compare import compare_documents
    from ..pipeline import analyse

    t0 = time.perf_counter()
    root = data_path("basil-findings", "data", "basil")
    rows: list[dict[str, Any]] = []
    totals: Counter[str] = Counter()
    title_spans = 0
    previous: list[Document] = []
    for tid, paths in triplets(root, split)[:limit]:
        loaded = [load_article(p) for p in paths]
        docs = [analyse(a) for a, _ in loaded]
        golds = [gold_inf(p) for p in paths]
        title_spans += sum(t for _, t in golds)
        findings = compare_documents(docs, similarity=similarity)
        row = score_triplet(docs, [s for _, s in loaded], [g for g, _ in golds], findings)
        if baselines:
            row.update(side_by_side(docs, findings))
        if previous:  # two reports of DIFFERENT stories: every agreement between them is a false one
            row["unrelated_pairs"] = 1
            row["unrelated_agree"] = sum(f.kind == "agree" for f in compare_documents([previous[0], docs[1]]))
        previous = docs
        rows.append({"triplet": tid, **row})
        totals.update({k: v for k, v in row.items() if isinstance(v, int)})
    n = max(1, len(rows))
    metrics = {
        "recall_inf": totals["found"] / max(1, totals["gold"]),
        "flagged_share": totals["flagged"] / max(1, totals["sentences"]),
        "recall_inf_any": totals["found_any"] / max(1, totals["gold"]),
        "flagged_share_any": totals["flagged_any"] / max(1, totals["sentences"]),
        # Flagging sentences at random finds, on average, the flagged share of the gold spans: lift > 1 is signal.
        "lift": (totals["found"] / max(1, totals["gold"])) / max(1e-9, totals["flagged"] / max(1, totals["sentences"])),
        "recall_inf_top": totals["found_top"] / max(1, totals["gold"]),
        "flagged_share_top": totals["flagged_top"] / max(1, totals["sentences"]),
        "lift_top": (totals["found_top"] / max(1, totals["gold"]))
        / max(1e-9, totals["flagged_top"] / max(1, totals["sentences"])),
        "false_agree_per_unrelated_pair": totals["unrelated_agree"] / max(1, totals["unrelated_pairs"]),
        "findings_per_triplet": totals["findings"] / n,
        # What the terminal and Markdown views list by default: only_in capped to the most salient
        # VIEW_CAPS per kind and article, then findings on one sentence merged into one row per section.
        "shown_per_triplet": totals["shown"] / n,
        "shown_rows_per_triplet": totals["shown_rows"] / n,
        "only_in_per_triplet": totals["only_in"] / n,
        "conflicts_per_triplet": totals["conflict"] / n,
        "agree_per_triplet": totals["agree"] / n,
        "supported_agree_per_triplet": totals["supported_agree"] / n,
        "triplets": float(len(rows)),
    }
    if baselines:
        metrics["quotecheck_found"] = float(totals["quotecheck_found"])
        metrics["crosswire_has_found"] = totals["crosswire_has_found"] / max(1, totals["quotecheck_found"])
        metrics["corroborate_flagged"] = float(totals["corroborate_flagged"])
        metrics["crosswire_flags_those"] = totals["crosswire_flags_those"] / max(1, totals["corroborate_flagged"])
        metrics["crosswire_variants"] = float(totals["crosswire_variants"])
        metrics["quotecheck_drift"] = float(totals["quotecheck_drift"])
        metrics["crosswire_explains_drift"] = totals["crosswire_explains_drift"] / max(1, totals["quotecheck_drift"])
    notes = [
        f"gold inf spans in the body: {totals['gold']}; in titles (not compared): {title_spans}",
        f"backend: {similarity}",
    ]
    return EvalResult("basil-findings", split, metrics, rows, notes, seconds=time.perf_counter() - t0)


def seeds_side_by_side(similarity: str = "static") -> dict[str, Any]:
    """The same side-by-side on the two seed articles (TRUTH.md), published 2018-09-07."""
    from ..align.compare import compare

    seeds = sorted(str(p) for p in data_path("basil-findings", "seeds").glob("00*.txt"))
    report = compare(seeds, published="2018-09-07", similarity=similarity)
    kinds = Counter(f.kind for f in report.findings)
    return {**side_by_side(report.documents, report.findings), "crosswire_kinds": dict(kinds)}


def main(argv: list[str] | None = None) -> int:
    import argparse

    p = argparse.ArgumentParser(prog="python -m crosswire.eval.basil_findings")
    p.add_argument("--split", default="dev", choices=("dev", "test", "all", "seeds"))
    p.add_argument("--limit", type=int)
    p.add_argument("--similarity", default="static")
    p.add_argument("--no-baselines", action="store_true")
    a = p.parse_args(argv)
    if a.split == "seeds":
        print(json.dumps(seeds_side_by_side(a.similarity), indent=1))
        return 0
    r = run(split=a.split, limit=a.limit, similarity=a.similarity, baselines=not a.no_baselines)
    print(
        json.dumps(
            {"suite": r.suite, "split": r.split, "metrics": r.metrics, "notes": r.notes, "seconds": r.seconds}, indent=1
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
