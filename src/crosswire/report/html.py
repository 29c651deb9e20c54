"""HTML view: one self-contained file, the reports side by side, findings highlighted.

Jinja2 with autoescape on: every piece of article text goes through the escaper (a report is
untrusted input).  Findings travel to the page's small script as JSON via ``|tojson``, which
escapes ``<``, ``>`` and ``&``, so a ``</script>`` in an article cannot close the script.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import jinja2

from .build import by_section
from .terminal import TITLES

TEMPLATES = Path(__file__).with_name("templates")


@functools.lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # always on, not by file extension: the templates only ever make HTML
        undefined=jinja2.StrictUndefined,
    )


def segments(text: str, marks: list[tuple[int, int, str, str]]) -> list[dict[str, Any]]:
    """Cut ``text`` at every mark boundary: [{"text", "ids", "kinds"}]; ids empty for plain text.

    >>> [s["text"] for s in segments("abcdef", [(1, 3, "f1", "agree"), (2, 5, "f2", "only_in")])]
    ['a', 'b', 'c', 'de', 'f']
    """
    cuts = sorted({0, len(text)} | {max(0, min(len(text), p)) for m in marks for p in m[:2]})
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        on = [m for m in marks if m[0] <= a and b <= m[1] and m[0] < m[1]]
        out.append(
            {"text": text[a:b], "ids": " ".join(m[2] for m in on), "kinds": " ".join(sorted({m[3] for m in on}))}
        )
    return out


def _marks(view: dict[str, Any]) -> dict[str, list[tuple[int, int, str, str]]]:
    marks: dict[str, list[tuple[int, int, str, str]]] = {a["id"]: [] for a in view["articles"]}
    for f in view["findings"]:
        if f["span"].get("where") == "caption":  # input offsets: not marked in the body column
            continue
        marks.setdefault(f["article"], []).append((f["span"]["start"], f["span"]["end"], f["id"], f["kind"]))
        for e in f["evidence"]:
            marks.setdefault(e["article"], []).append((e["start"], e["end"], f["id"], "evidence"))
    return marks


def render_html(view: dict[str, Any]) -> str:
    marks = _marks(view)
    columns = [{**a, "segments": segments(a["text"], marks.get(a["id"], []))} for a in view["articles"]]
    sections = [(TITLES[name], fs) for name, fs in by_section(view).items() if fs]
    findings = {f["id"]: f for f in view["findings"]}
    return (
        _env()
        .get_template("report.html")
        .render(view=view, columns=columns, sections=sections, findings=findings, summary=view["summary"])
    )
