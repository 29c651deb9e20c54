"""Shared pieces of the evaluation suites: where the data is, and the result record."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import EvalError


def shared_dir() -> Path:
    """``../shared`` beside the project root, or ``$CROSSWIRE_SHARED``."""
    env = os.environ.get("CROSSWIRE_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3].parent / "shared"


def data_path(suite: str, *parts: str) -> Path:
    """Path of a shared data folder; E401 when it is missing."""
    p = shared_dir().joinpath(*parts)
    if not p.exists():
        raise EvalError("E401", suite=suite, path=str(p))
    return p


@dataclass
class EvalResult:
    """What a suite measured. ``metrics`` are the numbers the gate can check."""

    suite: str
    split: str
    metrics: dict[str, float]
    rows: list[dict[str, Any]] = field(default_factory=list)  # the table printed (system side by side)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0
