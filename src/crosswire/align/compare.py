"""Compare reports of one story, claim by claim: ``compare(inputs) -> Report``.

    >>> import crosswire
    >>> report = crosswire.compare(["a.txt", "b.html"], published="2018-09-07")   # doctest: +SKIP
    >>> [f.kind for f in report.findings][:3]                                       # doctest: +SKIP
    ['agree', 'conflict', 'quote_variant']

Steps: read and analyse each input once; build claims (sentences with their facts); embed every
claim once; block candidate pairs (shared names, figures, dates, rare words, embedding neighbours);
score only those; cluster matched claims; then derive findings (see ``findings.py``).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import CompareError, CrosswireError, InputError
from ..model import Article, Document, Finding, Report
from .findings import Context, all_findings
from .match import AGREE

Input = str | Path | Article | Document


def _analyse(article: Article) -> Document:
    from ..pipeline import analyse

    return analyse(article)


def _read_paths(paths: list[str | Path], published: str | None) -> tuple[list[Article], list[CrosswireError]]:
    if not paths:
        return [], []
    from ..ingest import read

    result = read([str(p) for p in paths], published=published)
    return list(result.articles), list(result.errors)


def documents(inputs: Sequence[Input], *, published: str | None = None) -> tuple[list[Document], list[CrosswireError]]:
    """Read paths (in one call), analyse Articles, keep Documents; ids made unique in input order."""
    paths = [x for x in inputs if isinstance(x, str | Path)]
    articles, errors = _read_paths(paths, published)
    read_iter = iter(articles)
    docs: list[Document] = []
    for x in inputs:
        if isinstance(x, Document):
            docs.append(x)
        elif isinstance(x, Article):
            docs.append(_analyse(x))
    # Articles read from paths come after the in-memory ones, in the order read() returned them.
    docs.extend(_analyse(a) for a in read_iter)
    _unique_ids(docs)
    return docs, errors


def _unique_ids(docs: list[Document]) -> None:
    seen: dict[str, int] = {}
    for d in docs:
        base = d.article.id
        if base in seen:
            seen[base] += 1
            d.article.id = f"{base}#{seen[base]}"
        else:
            seen[base] = 1


def compare(
    inputs: Sequence[Input],
    *,
    published: str | None = None,
    similarity: str | None = None,
    settings: Settings | None = None,
) -> Report:
    """Compare two or more reports of one story; returns a Report with findings and evidence.

    Inputs are paths (read with :func:`crosswire.read`), Articles or Documents.  Fewer than two
    readable inputs: ``CompareError("E301")`` (the unreadable ones are named in the message).
    """
    t0 = time.perf_counter()
    settings = settings or Settings.load(similarity=similarity)
    docs, errors = documents(inputs, published=published)
    if len(docs) < 2:
        detail = "; ".join(str(e) for e in errors) or "give two or more reports"
        raise CompareError("E301", n=len(docs), detail=detail)
    t1 = time.perf_counter()
    findings = compare_documents(docs, similarity=settings.similarity)
    timings = {"read_analyse": t1 - t0, "align": time.perf_counter() - t1}
    return Report(documents=docs, findings=findings, errors=[e.to_dict() for e in errors], timings=timings)


def compare_documents(docs: Sequence[Document], *, similarity: str = "static", agree: float = AGREE) -> list[Finding]:
    """Findings for already analysed documents (no reading, no parsing).

    ``agree`` is on the aligner's blended score (cosine, Dice, overlap; sentence or clause), not a
    raw cosine.
    """
    from .similarity import get_backend

    ctx = Context.build(list(docs), get_backend(similarity), agree=agree)
    return all_findings(ctx)


# --- batch -------------------------------------------------------------------------------------


def compare_groups(
    lines: Iterable[str] | str | Path,
    *,
    published: str | None = None,
    similarity: str | None = None,
    settings: Settings | None = None,
) -> Iterator[dict[str, Any] | CrosswireError]:
    """One JSON report (a dict carrying the group's ``id``) per JSONL line, or the line's error.

    A line is ``{"id": ..., "articles": [{"id", "text" or "html", "title", "outlet", "published", "url"}]}``.
    A bad line yields ``InputError`` E106 (not JSON), ``CompareError`` E304 (no articles) or E305 (one
    article), or the article's own error; the next lines go on.
    """
    from ..report.build import build

    path, it = _lines(lines)
    for n, line in enumerate(it, start=1):
        if not line.strip():
            continue
        try:
            gid, docs = _group(line, path=path, line=n, published=published)
            report = compare(docs, published=published, similarity=similarity, settings=settings)
            report.id = gid
            yield build(report)
        except CrosswireError as exc:
            yield exc


def _lines(lines: Iterable[str] | str | Path) -> tuple[str, Iterable[str]]:
    if isinstance(lines, str | Path):
        p = Path(lines)
        if not p.exists():
            raise InputError("E001", path=str(p))
        return str(p), p.read_text(encoding="utf-8").splitlines()
    return "<jsonl>", lines


def _group(text: str, *, path: str, line: int, published: str | None) -> tuple[Any, list[Article]]:
    try:
        rec = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError("E106", path=path, line=line, why=str(exc)) from exc
    arts = rec.get("articles") if isinstance(rec, dict) else None
    if not isinstance(arts, list) or not arts:
        why = "no 'articles' list" if not isinstance(arts, list) else "the list is empty"
        raise CompareError("E304", path=path, line=line, why=why)
    gid = rec.get("id", f"line-{line}")
    articles = [_article(a, k, gid=gid, path=path, line=line, published=published) for k, a in enumerate(arts, 1)]
    if len(articles) < 2:  # say which line, not only "got 1" (E301 names no place)
        raise CompareError("E305", path=path, line=line, gid=gid, n=len(articles))
    return gid, articles


def _article(rec: Any, k: int, *, gid: Any, path: str, line: int, published: str | None) -> Article:
    if not isinstance(rec, dict):
        raise CompareError("E304", path=path, line=line, why=f"article {k} is not an object")
    body, is_html = rec.get("text"), False
    if not (isinstance(body, str) and body.strip()):
        body, is_html = rec.get("html"), True
    if not (isinstance(body, str) and body.strip()):
        raise InputError("E107", path=path, line=line, keys=", ".join(sorted(rec)) or "none")
    from .. import ingest

    reader = ingest.read_html if is_html else ingest.read_text
    given = rec.get("published")
    return reader(
        body,
        path=f"{path}:{line}",
        id=str(rec.get("id") or f"{gid}-{k}"),
        published=given or published,
        title=rec.get("title"),
        outlet=rec.get("outlet"),
        url=rec.get("url"),
        published_source="jsonl" if given else "user",
    )
