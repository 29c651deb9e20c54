"""Evaluation suites: scorers shared by the CI gate (``crosswire eval gate``) and full runs.

Each suite is a module in this package exposing ``run(*, split: str, limit: int | None) -> EvalResult``.
The registry maps a suite name to its module; modules are imported only when run.
"""

from __future__ import annotations

SUITES: dict[str, str] = {
    "seeds": "crosswire.eval.seeds",  # TRUTH.md checklist items passed, by section
    "extraction-html": "crosswire.eval.extraction",  # Zyte/ScrapingHub shingle F1, HTML reader
    "extraction-text": "crosswire.eval.extraction",  # same pages as naive text scrapes, text cleaner
    "polnear": "crosswire.eval.polnear",  # direct-quote source/content P/R/F1 (+ textacy side by side)
    "basil-speakers": "crosswire.eval.basil",  # speaker accuracy on annotated quote spans
    "basil-findings": "crosswire.eval.basil",  # recall of gold inf spans among only_in/conflict findings
    "wice": "crosswire.eval.wice",  # claim support, balanced accuracy
}
