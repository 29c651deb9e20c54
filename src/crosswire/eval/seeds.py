"""The seeds' checklist (../shared/seeds/TRUTH.md), item by item.

Each checklist item is one or more tests whose names cite its ID (``K4``, ``W6``,
``C1`` ...).  This suite runs those tests and counts, per section, the items
whose tests all pass.  An item no test cites counts as not passed: the table
shows what is not covered, so the number cannot look better than it is.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from .common import EvalResult, data_path

SECTIONS = "KQWFGDNTACUO"
ITEM = re.compile(r"(?<![A-Za-z0-9])([KQWFGDNTACUO])(\d{1,2})(?![0-9A-Za-z])")
CHECKBOX = re.compile(r"\[ \] ([KQWFGDNTACUO]\d{1,2})\b")
PROJECT = Path(__file__).resolve().parents[3]


def truth_items(truth: Path) -> list[str]:
    """Item IDs in TRUTH.md order, from its ``[ ] ID`` checkboxes."""
    seen: dict[str, None] = {}
    for m in CHECKBOX.finditer(truth.read_text(encoding="utf-8")):
        seen.setdefault(m.group(1), None)
    return list(seen)


def run_tests() -> dict[str, list[bool]]:
    """Run the test suite once; map each cited item ID to the outcomes of its tests."""
    with tempfile.TemporaryDirectory() as tmp:
        xml = Path(tmp) / "junit.xml"
        cmd = [sys.executable, "-m", "pytest", "-q", "--tb=no", "-p", "no:cacheprovider", f"--junitxml={xml}", "tests"]
        subprocess.run(cmd, cwd=PROJECT, capture_output=True, text=True, check=False)
        outcomes: dict[str, list[bool]] = defaultdict(list)
        for case in ET.parse(xml).getroot().iter("testcase"):
            name = case.get("name", "")
            passed = not any(child.tag in ("failure", "error", "skipped") for child in case)
            for m in set(ITEM.findall(name)):
                outcomes[m[0] + m[1]].append(passed)
    return outcomes


def run(*, split: str = "seeds", limit: int | None = None) -> EvalResult:
    truth = data_path("seeds", "seeds", "TRUTH.md")
    items = truth_items(truth)
    outcomes = run_tests()
    per: dict[str, list[int]] = {s: [0, 0] for s in SECTIONS}
    missing: list[str] = []
    failing: list[str] = []
    for item in items:
        per[item[0]][1] += 1
        results = outcomes.get(item)
        if results and all(results):
            per[item[0]][0] += 1
        elif results:
            failing.append(item)
        else:
            missing.append(item)
    rows = [{"section": s, "passed": p, "items": n} for s, (p, n) in per.items() if n]
    total_pass = sum(p for p, _ in per.values())
    metrics = {"items_passed": float(total_pass), "items": float(len(items)), "share": total_pass / max(1, len(items))}
    notes = [f"failing: {' '.join(failing) or 'none'}", f"no test cites: {' '.join(missing) or 'none'}"]
    return EvalResult(suite="seeds", split=split, metrics=metrics, rows=rows, notes=notes)


if __name__ == "__main__":
    from .runner import print_results

    print_results([run()], [])
