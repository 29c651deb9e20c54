"""Reports: one view model (``build``), rendered as text, JSON, Markdown or HTML.

>>> from crosswire.model import Report
>>> render(Report(documents=[], findings=[]), "json").startswith("{")
True
"""

from __future__ import annotations

from typing import Any

from ..errors import ConfigError
from ..model import Report

FORMATS: tuple[str, ...] = ("text", "json", "md", "html")


def render(report: Report | dict[str, Any], fmt: str = "text") -> str:
    """``report`` (or its built view) as ``fmt``: text | json | md | html. Unknown format: E004."""
    from .build import build

    if fmt not in FORMATS:
        raise ConfigError("E004", name=fmt, available=", ".join(FORMATS))
    view = report if isinstance(report, dict) else build(report)
    if fmt == "json":
        from .json import render_json

        return render_json(view)
    if fmt == "md":
        from .markdown import render_markdown

        return render_markdown(view)
    if fmt == "html":
        from .html import render_html

        return render_html(view)
    from .terminal import render_terminal

    return render_terminal(view)


__all__ = ["FORMATS", "render"]
