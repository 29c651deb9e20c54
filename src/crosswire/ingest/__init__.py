"""Read inputs (.txt scrapes, .html/.htm pages, .jsonl records, folders, globs) into cleaned Articles.

>>> from crosswire.ingest import read
>>> result = read(["../shared/seeds"], published="2018-09-07")   # doctest: +SKIP
>>> [a.outlet for a in result.articles], result.errors            # doctest: +SKIP

A batch goes on past a bad input: each failure is a coded :class:`~crosswire.errors.InputError`
in ``ReadResult.errors`` naming the file (and line), never a traceback.
"""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Settings
from ..errors import ConfigError, CrosswireError, InputError
from ..model import Article
from .build import check_date
from .decode import decode, read_bytes
from .html import read_html
from .jsonl import read_jsonl
from .text import read_text

__all__ = ["ReadResult", "read", "read_html", "read_path", "read_text"]

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
_HTML_SNIFF = ("<!doctype html", "<html")


@dataclass
class ReadResult:
    """Articles read, and the coded errors of the inputs that could not be read."""

    articles: list[Article] = field(default_factory=list)
    errors: list[CrosswireError] = field(default_factory=list)


def read(
    inputs: str | Path | Iterable[str | Path], *, published: str | None = None, settings: Settings | None = None
) -> ReadResult:
    """Read every file matched by ``inputs`` (files, folders, globs); ``published`` fills a missing date."""
    if published is not None:
        try:
            check_date(published, path="--published")
        except InputError as exc:
            raise ConfigError("E002", value=published) from exc
    settings = settings or Settings.load()
    result = ReadResult()
    for item in expand(inputs, result.errors):
        for article_or_error in read_path(item, published=published, max_bytes=settings.max_bytes):
            target = result.errors if isinstance(article_or_error, CrosswireError) else result.articles
            target.append(article_or_error)  # type: ignore[arg-type]
    return result


def expand(inputs: str | Path | Iterable[str | Path], errors: list[CrosswireError]) -> list[Path]:
    """Files named by ``inputs``: folders are walked (sorted), globs expanded; E001 for what matches nothing."""
    items = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
    files: list[Path] = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES))
        elif p.exists():
            files.append(p)
        elif any(c in str(item) for c in "*?["):
            matched = sorted(Path(m) for m in glob.glob(str(item), recursive=True) if Path(m).is_file())
            files.extend(matched) if matched else errors.append(InputError("E001", path=str(item)))
        else:
            errors.append(InputError("E001", path=str(item)))
    return files


def read_path(
    path: Path, *, published: str | None = None, max_bytes: int = 20_000_000
) -> Iterator[Article | CrosswireError]:
    """The article(s) of one file, or its coded error(s)."""
    try:
        yield from _read_path(path, published=published, max_bytes=max_bytes)
    except CrosswireError as exc:
        yield exc
    except Exception as exc:  # an unexpected failure is still a coded error naming the file, not a traceback
        yield InputError("E110", path=str(path), why=repr(exc))


def _read_path(path: Path, *, published: str | None, max_bytes: int) -> Iterator[Article | CrosswireError]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError("E108", path=str(path), suffix=suffix or "(none)")
    text, encoding = decode(read_bytes(path, max_bytes=max_bytes), path=str(path))
    if suffix == ".jsonl":
        for item in read_jsonl(text, path=str(path), stem=path.stem, published=published):
            if isinstance(item, Article):
                item.encoding = encoding
            yield item
        return
    is_html = suffix in (".html", ".htm") or text.lstrip()[:200].lower().startswith(_HTML_SNIFF)
    reader = read_html if is_html else read_text
    article = reader(text, path=str(path), id=path.stem, published=published)
    article.encoding = encoding
    yield article
