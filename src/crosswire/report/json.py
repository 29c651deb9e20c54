"""JSON output (schema ``crosswire.report/1``) and its validation against ``schema.json``."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from ..errors import CompareError
from ..model import Report
from .build import build

SCHEMA_FILE = Path(__file__).with_name("schema.json")


@functools.lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return dict(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))


def validate(view: dict[str, Any]) -> None:
    """Raise ``CompareError("E303")`` naming the first problem when ``view`` breaks the schema."""
    import jsonschema

    try:
        jsonschema.validate(view, schema())
    except jsonschema.ValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path) or "(top)"
        raise CompareError("E303", why=f"at {where}: {exc.message}") from exc


def render_json(report: Report | dict[str, Any], *, indent: int | None = 2) -> str:
    view = report if isinstance(report, dict) else build(report)
    return json.dumps(view, ensure_ascii=False, indent=indent) + "\n"
