"""Run suites, check the CI gate's floors, print a table.

The gate (``crosswire eval gate``) runs small, fast subsets of the suites and
fails when a metric falls below its floor in ``gate.json``.  Floors are pinned
from measured runs (docs/benchmarks.md) and are never lowered silently: a change
that lowers one must say why in the CHANGELOG (trafilatura's eval_gate pattern).
"""

from __future__ import annotations

import importlib
import json
import time
from pathlib import Path
from typing import Any

from ..errors import ConfigError, EvalError
from . import SUITES
from .common import EvalResult

GATE_FILE = Path(__file__).with_name("gate.json")


def run_suite(name: str, *, split: str | None = None, limit: int | None = None) -> EvalResult:
    if name not in SUITES:
        raise ConfigError("E003", name=name, available=", ".join(sorted(SUITES)) + ", gate, all")
    module_name, options = SUITES[name]
    module = importlib.import_module(module_name)
    kwargs: dict[str, Any] = dict(options)
    if split is not None:
        kwargs["split"] = split
    if limit is not None:
        kwargs["limit"] = limit
    t0 = time.perf_counter()
    result: EvalResult = module.run(**kwargs)
    result.suite = name
    result.seconds = time.perf_counter() - t0
    return result


def load_gate() -> list[dict[str, Any]]:
    return list(json.loads(GATE_FILE.read_text(encoding="utf-8"))["checks"])


def run_gate() -> tuple[list[EvalResult], list[str]]:
    """Run every gate check; return results and the failure messages (E402 below a floor, E403 above a ceiling)."""
    results: list[EvalResult] = []
    failures: list[str] = []
    cache: dict[tuple[str, str | None, int | None], EvalResult] = {}
    for check in load_gate():
        key = (check["suite"], check.get("split"), check.get("limit"))
        if key not in cache:
            cache[key] = run_suite(check["suite"], split=key[1], limit=key[2])
            results.append(cache[key])
        failure = _check(check, cache[key].metrics.get(check["metric"]))
        if failure:
            failures.append(failure)
    return results, failures


def _check(check: dict[str, Any], value: float | None) -> str | None:
    """A floor (quality) or a ceiling (volume: findings a person must read); a missing metric fails."""
    shown = value if value is not None else float("nan")
    where = {"metric": check["metric"], "value": shown, "suite": check["suite"]}
    if "floor" in check and (value is None or value < check["floor"]):
        return str(EvalError("E402", floor=check["floor"], **where))
    if "ceiling" in check and (value is None or value > check["ceiling"]):
        return str(EvalError("E403", ceiling=check["ceiling"], **where))
    return None


def run_suites(name: str, *, split: str | None = None, limit: int | None = None) -> tuple[list[EvalResult], list[str]]:
    if name == "gate":
        return run_gate()
    names = sorted(SUITES) if name == "all" else [name]
    return [run_suite(n, split=split, limit=limit) for n in names], []


def print_results(results: list[EvalResult], failures: list[str], *, fmt: str = "text") -> None:
    if fmt == "json":
        print(json.dumps([r.__dict__ for r in results] + [{"failures": failures}], indent=2, default=str))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    for r in results:
        table = Table(title=f"{r.suite} ({r.split}, {r.seconds:.1f} s)")
        table.add_column("metric")
        table.add_column("value", justify="right")
        for k, v in r.metrics.items():
            table.add_row(k, f"{v:.4f}" if isinstance(v, float) else str(v))
        console.print(table)
        if r.rows:
            console.print(_side_by_side(r))
        for note in r.notes:
            console.print(f"  note: {note}")
    for f in failures:
        console.print(f"[bold red]{f}[/]")
    if failures:
        console.print(f"[bold red]gate: {len(failures)} check(s) outside their floor or ceiling[/]")
    elif results:
        console.print("[green]all checks within their floors and ceilings[/]")


def _side_by_side(r: EvalResult) -> Any:
    """One column per system, one row per metric: a dozen metrics stay readable in 80 columns."""
    from rich.table import Table

    first = next(iter(r.rows[0]))  # the key naming the system ("system")
    table = Table(title=f"{r.suite}: side by side")
    table.add_column("metric")
    for row in r.rows:
        table.add_column(str(row.get(first, "")), justify="right")
    metrics = [k for k in r.rows[0] if k != first]
    for m in metrics:
        cells = [row.get(m, "") for row in r.rows]
        table.add_row(m, *[f"{v:.3f}" if isinstance(v, float) else str(v) for v in cells])
    return table
