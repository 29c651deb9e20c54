from rich.console import Console

from crosswire.eval.common import EvalResult
from crosswire.eval.runner import _side_by_side


def test_runner_print_side_by_side_has_a_column_per_system() -> None:
    r = EvalResult(
        suite="polnear",
        split="dev",
        metrics={},
        rows=[
            {"system": "crosswire", "source_f1": 0.812, "crashes": 0},
            {"system": "textacy", "source_f1": 0.369, "crashes": 6},
        ],
    )
    console = Console(width=60, record=True)
    console.print(_side_by_side(r))
    out = console.export_text()
    assert "crosswire" in out and "textacy" in out
    line = next(ln for ln in out.splitlines() if "source_f1" in ln)
    assert "0.812" in line and "0.369" in line  # one row per metric, both systems on it, nothing cut
    assert next(ln for ln in out.splitlines() if "crashes" in ln).rstrip(" │").endswith("6")
