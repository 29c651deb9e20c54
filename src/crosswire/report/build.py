"""The report's view model: one plain dict (schema ``crosswire.report/1``) every renderer reads.

    >>> from crosswire.model import Report
    >>> build(Report(documents=[], findings=[]))["summary"]["agreements"]
    0

JSON is this dict as it is; the terminal, Markdown and HTML views only arrange it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import asdict
from typing import Any, TypeVar

from ..model import CaptionSpan, Document, Finding, Report

T = TypeVar("T")

SCHEMA = "crosswire.report/1"

# Finding kinds by the section of the report they belong to, in the order a reader needs them:
# what contradicts, then what is credited wrongly, then quotes, then what only one report says.
SECTIONS: dict[str, tuple[str, ...]] = {
    "conflicts": ("conflict",),
    "credits": ("credited_not_found", "source_not_provided", "unattributed"),
    "quotes": ("quote_altered", "quote_variant", "quote_absent", "quote_verbatim"),
    "only_in": ("only_in",),
    "opinion": ("opinion",),
    "agreements": ("agree",),
}
KINDS: tuple[str, ...] = tuple(k for kinds in SECTIONS.values() for k in kinds)


def summary(findings: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts a reader sees first: agreements, conflicts, quote problems, unsupported credits."""
    n = Counter(f["kind"] for f in findings)
    return {
        "agreements": n["agree"],
        "conflicts": n["conflict"],
        "quote_problems": n["quote_altered"] + n["quote_variant"] + n["quote_absent"],
        "unsupported_credits": n["credited_not_found"] + n["source_not_provided"] + n["unattributed"],
        "only_in": n["only_in"],
        "opinion": n["opinion"],
        "by_kind": {k: n[k] for k in KINDS if n[k]},
        "findings": len(findings),
    }


def _article(d: Document) -> dict[str, Any]:
    a = d.article
    return {
        "id": a.id,
        "title": a.title,
        "outlet": a.outlet,
        "author": ", ".join(a.authors) or None,
        "authors": list(a.authors),
        "published": a.published,
        "published_source": a.published_source,
        "url": a.url,
        "path": a.path,
        "text": a.text,
        "removed": [asdict(r) for r in a.removed],
        "quotes": [asdict(q) for q in d.quotes],
        "figures": [asdict(f) for f in d.figures],
        "dates": [asdict(x) for x in d.dates],
        "actors": [asdict(x) for x in d.actors],
        "credits": [asdict(c) for c in d.credits],
    }


def _finding(n: int, f: Finding) -> dict[str, Any]:
    return {
        "id": f"f{n}",
        "kind": f.kind,
        "article": f.article,
        "span": _span(f),
        "evidence": [asdict(e) for e in f.evidence],
        "detail": _plain(f.detail),
    }


def _span(f: Finding) -> dict[str, Any]:
    """``{start, end, text}`` in the article text; a caption's span adds ``where: "caption"`` (input offsets)."""
    out: dict[str, Any] = {"start": f.span.start, "end": f.span.end, "text": f.span.text}
    if isinstance(f.span, CaptionSpan):
        out["where"] = f.span.where
    return out


def _plain(x: Any) -> Any:
    """JSON-safe copy: tuples to lists, non-finite floats to strings."""
    if isinstance(x, dict):
        return {str(k): _plain(v) for k, v in x.items()}
    if isinstance(x, list | tuple | set | frozenset):
        return [_plain(v) for v in x]
    if isinstance(x, float) and (x != x or x in (float("inf"), float("-inf"))):
        return str(x)
    return x


def build(report: Report) -> dict[str, Any]:
    """The whole report as one JSON-ready dict (validated by ``report/schema.json``)."""
    findings = [_finding(n, f) for n, f in enumerate(report.findings, start=1)]
    return {
        "schema": SCHEMA,
        "id": report.id,
        "summary": summary(findings),
        "articles": [_article(d) for d in report.documents],
        "findings": findings,
        "errors": list(report.errors),
        "timings": {k: round(v, 4) for k, v in report.timings.items()},
    }


def by_section(view: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Findings grouped by report section, in ``SECTIONS`` order."""
    return {name: [f for f in view["findings"] if f["kind"] in kinds] for name, kinds in SECTIONS.items()}


def merged(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per (article, span): findings about the same sentence shown together, with their count."""
    rows: dict[tuple[str, int, int, str], dict[str, Any]] = {}
    for f in findings:
        key = (f["article"], f["span"]["start"], f["span"]["end"], f["span"].get("where", "text"))
        row = rows.setdefault(key, {**f, "kinds": [], "ids": []})
        row["kinds"].append(f["kind"])
        row["ids"].append(f["id"])
    return list(rows.values())


# The terminal and Markdown views list at most this many findings of a kind per article, the most telling
# first, and say "and K more"; JSON, HTML and the store keep all. BASIL dev triplets averaged 70 only_in,
# 32 agree and 28 quote findings (docs/benchmarks/compare.md): nobody reads 130 rows, a few per outlet
# and kind fit on two screens. Conflicts, credit problems, altered and variant quotes are never capped.
TOP_ONLY_IN = 5
VIEW_CAPS: dict[str, int] = {"only_in": TOP_ONLY_IN, "agree": 5, "quote_absent": 5, "quote_verbatim": 3}


def where(f: dict[str, Any]) -> str:
    """ "caption: " before a span that is in a caption (the views say where the words are), else ""."""
    return "caption: " if f["span"].get("where") == "caption" else ""


# Names and figures found in one report only are listed as one line per report and kind in the views
# (after the only_in passages), at most this many each: a reader scans who and what numbers one report
# alone gives; a row per name would push the passages off the screen.
FACTS_PER_LINE = 12


def facts_only_in(findings: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[tuple[str, str], list[str]]]:
    """Split only_in findings into passages and fact lines: ``(passages, {(article, fact): [texts]})``.

    A fact is an only_in finding with ``detail["fact"]`` (``name`` / ``figure``); each text is given once,
    a caption's with "(caption)".
    """
    passages: list[dict[str, Any]] = []
    facts: dict[tuple[str, str], list[str]] = {}
    for f in findings:
        fact = f["detail"].get("fact") if f["kind"] == "only_in" else None
        if fact is None:
            passages.append(f)
            continue
        texts = facts.setdefault((f["article"], fact), [])
        text = " ".join(f["span"]["text"].split()) + (" (caption)" if where(f) else "")
        if text not in texts:
            texts.append(text)
    return passages, facts


def fact_line(article: str, fact: str, texts: list[str]) -> str:
    """``names only in a: X, Y, Z and 3 more`` (plain text; the renderers escape it)."""
    shown = ", ".join(texts[:FACTS_PER_LINE])
    more = f" and {len(texts) - FACTS_PER_LINE} more" if len(texts) > FACTS_PER_LINE else ""
    return f"{fact}s only in {article}: {shown}{more}"


def evidence_label(f: dict[str, Any], e: dict[str, Any]) -> str:
    """How a view names an evidence passage: "nearest in b" for only_in (context, not support), else "b"."""
    return f"nearest in {e['article']}" if f["kind"] == "only_in" else str(e["article"])


def agreement_note(d: dict[str, Any]) -> str | None:
    """What a partial agreement rests on, in words: the matched clauses or the shared point; for an only_in,
    the clauses another report backs (plain text)."""
    if backed := d.get("partly_backed"):
        return "partly backed elsewhere (see Agreements): \u201c" + "\u201d, \u201c".join(backed) + "\u201d"
    if points := d.get("shared"):
        return "partial: both speak of " + " / ".join(points)
    if clauses := d.get("matched_clauses"):
        return ("partial: " if d.get("partial") else "") + "matched “" + "” ~ “".join(clauses) + "”"
    return None


# Above any other agreement's rank (reports corroborating, at most a group's size, plus a similarity under 1).
DIFFER_FIRST = 100.0


def view_rank(kind: str, detail: dict[str, Any], text: str) -> float:
    """How telling a finding is, within its kind: salience for only_in, support for agreements, length for quotes."""
    if kind == "only_in":
        return float(detail.get("salience", 0.0))
    if kind == "agree":  # values that differ first (never capped out of view); partial ones after whole ones
        first = DIFFER_FIRST if "values_differ" in detail else 0.0
        whole = 0.0 if detail.get("partial") else float(detail.get("corroborated_by", 1))
        return first + whole + float(detail.get("similarity", 0.0))
    return float(len(text))


def capped(
    items: list[T], key: Callable[[T], tuple[str, str, dict[str, Any], str]]
) -> tuple[list[T], dict[tuple[str, str], int]]:
    """The items a default view lists, best ranked first (``VIEW_CAPS`` per kind and article), and how
    many each (kind, article) has beyond them. ``key`` gives an item's kind, article, detail and text."""
    keys = [key(item) for item in items]
    order = sorted(range(len(items)), key=lambda i: -view_rank(keys[i][0], keys[i][2], keys[i][3]))
    kept: dict[tuple[str, str], int] = {}
    keep: set[int] = set()
    more: dict[tuple[str, str], int] = {}
    for i in order:
        kind, article = keys[i][0], keys[i][1]
        cap = VIEW_CAPS.get(kind)
        if cap is None or kept.get((kind, article), 0) < cap:
            kept[(kind, article)] = kept.get((kind, article), 0) + 1
            keep.add(i)
        else:
            more[(kind, article)] = more.get((kind, article), 0) + 1
    return [items[i] for i in order if i in keep], more


def top_findings(findings: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[tuple[str, str], int]]:
    """:func:`capped` for the findings of a built view."""
    return capped(findings, lambda f: (f["kind"], f["article"], f["detail"], f["span"]["text"]))
