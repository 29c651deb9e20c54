"""Markdown view, for pasting into an editor's note."""

from __future__ import annotations

from typing import Any

from .build import agreement_note, by_section, evidence_label, fact_line, facts_only_in, merged, top_findings, where
from .terminal import TITLES


def _md(text: str) -> str:
    """One line, with Markdown's active characters escaped (a report is untrusted text)."""
    out = " ".join(text.split())
    for ch in "\\`*_[]<>#|":
        out = out.replace(ch, "\\" + ch)
    return out


def _row(f: dict[str, Any]) -> list[str]:
    lines = [f"- **{' + '.join(f['kinds'])}** ({_md(f['article'])}): {where(f)}\u201c{_md(f['span']['text'])}\u201d"]
    d = f["detail"]
    for key in ("what", "credited_to", "corroborated_by", "nearest_similarity", "note"):
        if d.get(key) not in (None, ""):
            soft = " (soft)" if key in ("what", "credited_to") and d.get("soft") else ""
            lines.append(f"  - {key.replace('_', ' ')}: {_md(str(d[key]))}{soft}")
    if "values" in d:
        lines.append("  - values: " + "; ".join(f"{_md(k)}: {_md(str(v))}" for k, v in d["values"].items()))
    for v in d.get("values_differ", []):
        values = "; ".join(f"{_md(k)}: {_md(str(x))}" for k, x in v["values"].items())
        lines.append(f"  - {v['what']}s differ: {values}")
    if "diff" in d:
        lines.append(
            "  - changed: "
            + "; ".join(f"\u201c{_md(x['a'])}\u201d \u2192 \u201c{_md(x['b'])}\u201d" for x in d["diff"][:6])
        )
    if f["kind"] in ("agree", "only_in") and (note := agreement_note(d)):
        lines.append(f"  - {_md(note)}")
    lines += [f"  - {_md(evidence_label(f, e))}: \u201c{_md(e['text'])}\u201d" for e in f["evidence"]]
    return lines


def render_markdown(view: dict[str, Any]) -> str:
    s = view["summary"]
    lines = [
        "# crosswire report",
        "",
        "Reports: "
        + ", ".join(f"{_md(a['id'])} ({_md(a.get('outlet') or 'outlet unknown')})" for a in view["articles"]),
        "",
        f"**{s['agreements']}** agreements, **{s['conflicts']}** conflicts, **{s['quote_problems']}** quote problems, "
        f"**{s['unsupported_credits']}** unsupported credits, **{s['only_in']}** claims in one report only.",
    ]
    for name, findings in by_section(view).items():
        if findings:
            lines += ["", f"## {TITLES[name]} ({len(findings)})", ""]
            findings, facts = facts_only_in(findings)
            findings, more = top_findings(findings)
            for row in merged(findings):
                lines += _row(row)
            lines += [
                f"- \u2026 and {k} more {kind} in {_md(a)} (all in the JSON and HTML reports)"
                for (kind, a), k in more.items()
            ]
            lines += [f"- {_md(fact_line(a, fact, texts))}" for (a, fact), texts in facts.items()]
    return "\n".join(lines) + "\n"
