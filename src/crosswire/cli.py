"""The command line: a thin layer that parses arguments, calls the library and prints.

Nothing here computes a result: ``read``, ``compare`` and the evaluation suites
return data; this module renders it.  Exit codes: 0 all inputs read, 1 some input
failed (reported at the end), 2 usage or configuration error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .errors import ConfigError, CrosswireError

FORMATS_READ = ("text", "json")
FORMATS_COMPARE = ("text", "json", "md", "html")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="crosswire", description="Cross-check news reports of the same story.")
    p.add_argument("--version", action="version", version=f"crosswire {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    r = sub.add_parser("read", help="Clean inputs into articles and show what each says.")
    r.add_argument("paths", nargs="+", help=".txt, .html, .htm, .jsonl files, folders or globs")
    r.add_argument("--format", choices=FORMATS_READ, default="text")
    r.add_argument("--published", help="publication date for inputs that state none (ISO 8601)")
    r.add_argument("--no-extract", action="store_true", help="only clean; skip quotes, figures, dates, actors")
    r.add_argument("-o", "--output", help="write to this file instead of stdout")

    c = sub.add_parser("compare", help="Compare reports of one story: agreements, conflicts, quotes, credits.")
    c.add_argument("paths", nargs="*", help="two or more reports (files, folders or globs)")
    c.add_argument("--jsonl", help="batch: one group of articles per line; writes one JSON report per line")
    c.add_argument("--format", choices=FORMATS_COMPARE, default=None)
    c.add_argument("--published", help="publication date for inputs that state none (ISO 8601)")
    c.add_argument(
        "--similarity", default=None, help="similarity backend: static (default) | lexical | hybrid | minilm"
    )
    c.add_argument("--store", help="also write each report into this DuckDB file (created if missing)")
    c.add_argument("--no-progress", action="store_true", help="batch: no progress bar on stderr")
    c.add_argument("-o", "--output", help="write to this file instead of stdout")

    e = sub.add_parser("eval", help="Score a stage on the data in ../shared/data.")
    e.add_argument("suite", help="a suite name, 'gate' (the fast CI gate) or 'all'")
    e.add_argument("--split", default=None, help="dev or test (default: the suite's own)")
    e.add_argument("--limit", type=int, default=None, help="score only the first N items")
    e.add_argument("--format", choices=("text", "json"), default="text")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "read":
            return read_cli(args)
        if args.command == "compare":
            return compare_cli(args)
        return eval_cli(args)
    except CrosswireError as exc:
        print(f"crosswire: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, ConfigError) else 1
    except KeyboardInterrupt:
        return 130


def _check_published(value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import datetime

    try:
        datetime.fromisoformat(value)
    except ValueError as exc:
        raise ConfigError("E002", value=value) from exc
    return value


def _open_out(path: str | None) -> TextIO:
    return open(path, "w", encoding="utf-8") if path else sys.stdout


def _report_errors(errors: Sequence[CrosswireError]) -> None:
    for err in errors:
        print(f"crosswire: {err}", file=sys.stderr)
    if errors:
        print(f"crosswire: {len(errors)} input(s) failed; the others were processed.", file=sys.stderr)


def read_cli(args: argparse.Namespace) -> int:
    published = _check_published(args.published)
    from .ingest import read
    from .pipeline import analyse
    from .report.articles import render_article_text

    result = read(args.paths, published=published)
    errors: list[CrosswireError] = list(result.errors)
    out = _open_out(args.output)
    docs: list[Any] = []
    for article in result.articles:
        if args.no_extract:
            docs.append(article)
            continue
        try:
            docs.append(analyse(article))
        except CrosswireError as exc:
            errors.append(exc)
    if args.format == "json":
        json.dump([d.to_dict() for d in docs], out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for d in docs:
            out.write(render_article_text(d))
    if out is not sys.stdout:
        out.close()
    _report_errors(errors)
    return 1 if errors else 0


def compare_cli(args: argparse.Namespace) -> int:
    published = _check_published(args.published)
    from .align.compare import compare
    from .report import render
    from .report.build import build

    store = _open_store(args.store)
    try:
        if args.jsonl:
            return _compare_batch(args, published=published, store=store)
        if len(args.paths) < 1:
            raise ConfigError("E007", name="paths", value="", why="give two or more reports, or --jsonl FILE")
        report = compare(args.paths, published=published, similarity=args.similarity)
        view = build(report)
        if store is not None:
            store.add_report(view, report_id=report.id or "+".join(a["id"] for a in view["articles"]))
        out = _open_out(args.output)
        out.write(render(view, args.format or "text"))
        if out is not sys.stdout:
            out.close()
    finally:
        if store is not None:
            store.close()
    for err in report.errors:
        print(f"crosswire: {err.get('message', err)}", file=sys.stderr)
    return 1 if report.errors else 0


def _open_store(path: str | None) -> Any:
    if path is None:
        return None
    from .store.duckdb_store import open_store

    return open_store(path)


def _compare_batch(args: argparse.Namespace, *, published: str | None, store: Any) -> int:
    """One JSON report per input line on stdout; a progress bar and, at the end, the bad lines on stderr."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .align.compare import compare_groups

    if args.format not in (None, "json"):
        raise ConfigError("E004", name=args.format, available="json (implied by --jsonl)")
    path = Path(args.jsonl)
    if not path.is_file():
        from .errors import InputError

        raise InputError("E001", path=str(path))
    total = sum(1 for line in path.open(encoding="utf-8", errors="replace") if line.strip())
    errors: list[CrosswireError] = []
    out = _open_out(args.output)
    columns = (TextColumn("compare"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), disable=args.no_progress) as bar:
        task = bar.add_task("groups", total=total)
        for item in compare_groups(path, published=published, similarity=args.similarity):
            bar.advance(task)
            if isinstance(item, CrosswireError):
                errors.append(item)
                continue
            if store is not None:
                store.add_report(item, report_id=str(item.get("id")), story=str(item.get("id")))
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()
    _report_errors(errors)
    return 1 if errors else 0


def eval_cli(args: argparse.Namespace) -> int:
    from .eval.runner import print_results, run_suites

    results, failures = run_suites(args.suite, split=args.split, limit=args.limit)
    print_results(results, failures, fmt=args.format)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
