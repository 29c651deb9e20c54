"""Terminal view (rich): the summary first, then conflicts and credit problems, quotes, what only one says."""

from __future__ import annotations

import io
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .build import agreement_note, by_section, evidence_label, fact_line, facts_only_in, merged, top_findings, where

TITLES: dict[str, str] = {
    "conflicts": "Conflicts",
    "credits": "Credits to other sources",
    "quotes": "Quotes",
    "only_in": "Only in one report",
    "opinion": "Opinion or analysis (no source named)",
    "agreements": "Agreements",
}
# Passages are cut to this many characters in the terminal; JSON and HTML keep them whole.
CUT = 160


def _cut(text: str, n: int = CUT) -> str:
    text = " ".join(text.split())
    return escape(text if len(text) <= n else text[: n - 1] + "\u2026")


def _summary(view: dict[str, Any]) -> Table:
    s = view["summary"]
    t = Table(title="crosswire: " + ", ".join(a["id"] for a in view["articles"]), show_header=True)
    for name in ("agreements", "conflicts", "quote_problems", "unsupported_credits", "only_in", "opinion"):
        t.add_column(name.replace("_", " "), justify="right")
    t.add_row(
        *(str(s[k]) for k in ("agreements", "conflicts", "quote_problems", "unsupported_credits", "only_in", "opinion"))
    )
    return t


def _detail(f: dict[str, Any]) -> str:
    d = f["detail"]
    bits = []
    for key in ("what", "credited_to", "speaker", "corroborated_by", "similarity", "nearest_similarity"):
        if d.get(key) not in (None, ""):
            bits.append(f"{key}={d[key]}" + (" (soft)" if key in ("what", "credited_to") and d.get("soft") else ""))
    if "values" in d:
        bits.append("values: " + " | ".join(f"{k}: {v}" for k, v in d["values"].items()))
    for v in d.get("values_differ", []):
        bits.append(f"{v['what']}s differ: " + " | ".join(f"{k}: {x}" for k, x in v["values"].items()))
    if "diff" in d:
        bits.append("diff: " + "; ".join(f"{x['a']!r}->{x['b']!r}" for x in d["diff"][:4]))
    if f["kind"] in ("agree", "only_in") and (note := agreement_note(d)):
        bits.append(note)
    return _cut(", ".join(str(b) for b in bits), 240)


def _section(console: Console, name: str, findings: list[dict[str, Any]]) -> None:
    if not findings:
        return
    console.rule(f"{TITLES[name]} ({len(findings)})")
    findings, facts = facts_only_in(findings)
    findings, more = top_findings(findings)
    for row in merged(findings):
        console.print(
            f"[bold]{'+'.join(row['kinds'])}[/bold] [dim]{row['article']}[/dim]  {where(row)}{_cut(row['span']['text'])}"
        )
        if detail := _detail(row):
            console.print(f"    [cyan]{detail}[/cyan]")
        for e in row["evidence"]:
            console.print(f"    [green]{escape(evidence_label(row, e))}[/green]: {_cut(e['text'])}")
    for (kind, article), k in more.items():
        console.print(f"[dim]... and {k} more {kind} in {escape(article)} (all in the JSON and HTML reports)[/dim]")
    for (article, fact), texts in facts.items():
        console.print(escape(fact_line(article, fact, texts)))


def render_terminal(view: dict[str, Any], *, width: int = 110, color: bool = False) -> str:
    """The report as text for a terminal (ANSI colours only when ``color``)."""
    buf = io.StringIO()
    console = Console(file=buf, width=width, force_terminal=color, no_color=not color, highlight=False)
    console.print(_summary(view))
    for name, findings in by_section(view).items():
        _section(console, name, findings)
    for err in view["errors"]:
        console.print(f"[red]error[/red] {escape(err.get('message', str(err)))}")
    return buf.getvalue()
