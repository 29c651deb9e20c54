"""JSONL inputs: one article per line, ``text`` or ``html`` plus optional title, outlet, published, url, id.

A broken line is an error naming the file and line (E106, E107, E111); the other lines are read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..errors import CrosswireError, InputError
from ..model import Article
from .build import check_date

OPTIONAL = ("title", "outlet", "published", "url", "id")


def read_jsonl(text: str, *, path: str, stem: str, published: str | None = None) -> Iterator[Article | CrosswireError]:
    """Each record as an Article, or the coded error of its line."""
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            yield read_record(
                _parse(raw, path=path, line=number), path=path, line=number, stem=stem, published=published
            )
        except CrosswireError as exc:
            if exc.line is None:
                exc.line = number
            yield exc


def _parse(raw: str, *, path: str, line: int) -> dict[str, Any]:
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError("E106", path=path, line=line, why=f"{exc.msg} at column {exc.colno}") from exc
    if not isinstance(record, dict):
        raise InputError("E106", path=path, line=line, why=f"a record must be an object, got {type(record).__name__}")
    return record


def read_record(record: dict[str, Any], *, path: str, line: int, stem: str, published: str | None = None) -> Article:
    """One JSONL record as an Article; its own ``published`` wins over the user's (source "jsonl")."""
    from . import read_html, read_text

    body, kind = _body(record, path=path, line=line)
    meta = {k: _string(record, k, path=path, line=line) for k in OPTIONAL}
    source = "user"
    if meta["published"]:
        check_date(meta["published"], path=path, line=line)
        source = "jsonl"
    reader = read_html if kind == "html" else read_text
    article = reader(
        body,
        path=f"{path}:{line}",
        id=meta["id"] or f"{stem}:{line}",
        published=meta["published"] or published,
        title=meta["title"],
        outlet=meta["outlet"],
        url=meta["url"],
        published_source=source,
    )
    article.kind = "jsonl"
    return article


def _body(record: dict[str, Any], *, path: str, line: int) -> tuple[str, str]:
    for key in ("text", "html"):
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value, key
    raise InputError("E107", path=path, line=line, keys=", ".join(sorted(record)) or "none")


def _string(record: dict[str, Any], key: str, *, path: str, line: int) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value or None
    if key == "id" and isinstance(value, int):
        return str(value)
    raise InputError("E111", path=path, line=line, field=key, value=value, why="expected a string")
