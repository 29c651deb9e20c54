"""Evaluation suites: scorers shared by the CI gate (``crosswire eval gate``) and full runs.

Each suite is a module in this package exposing ``run(*, split, limit, **options) -> EvalResult``.
The registry maps a suite name to its module and options; modules are imported only when run.
"""

from __future__ import annotations

from typing import Any

SUITES: dict[str, tuple[str, dict[str, Any]]] = {
    # Zyte/ScrapingHub article-extraction benchmark, shingle F1: HTML reader, and naive text scrapes
    "extraction-html": ("crosswire.eval.extraction", {"mode": "html"}),
    "extraction-text": ("crosswire.eval.extraction", {"mode": "text"}),
    # PolNeAR direct quotes: source/content exact and overlap P/R/F1, textacy side by side
    "polnear": ("crosswire.eval.polnear", {}),
    # BASIL: speaker accuracy on annotated quotes; recall of informational-bias spans among findings
    "basil-speakers": ("crosswire.eval.basil_speakers", {}),
    "basil-findings": ("crosswire.eval.basil_findings", {}),
    # BASIL with one value changed in one report: recall of conflicts and altered quotes
    "drift": ("crosswire.eval.drift", {}),
    # WiCE: claim supported by its cited page, balanced accuracy
    "wice": ("crosswire.eval.wice", {}),
    # ECB+: recall of gold TIME_DATE spans
    "ecb-dates": ("crosswire.eval.ecb_dates", {}),
    # The seeds' TRUTH.md checklist, item by item
    "seeds": ("crosswire.eval.seeds", {}),
}
