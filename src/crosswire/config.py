"""One Settings object: defaults < environment (CROSSWIRE_*) < explicit arguments.

The table below is the single place a setting is named, with its default and help,
so the CLI, the docs and the code cannot drift (datasette's SETTINGS pattern).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from typing import Any

from .errors import ConfigError

SETTINGS: list[tuple[str, Any, str]] = [
    ("max_bytes", 20_000_000, "Largest input file read, in bytes; larger files are refused with E104."),
    ("similarity", "static", "Similarity backend for matching claims: static | lexical | hybrid | minilm."),
    ("workers", 1, "Processes used to analyse articles (0 = one per core)."),
]


@dataclass(frozen=True)
class Settings:
    max_bytes: int = 20_000_000
    similarity: str = "static"
    workers: int = 1

    @classmethod
    def load(cls, **overrides: Any) -> Settings:
        """Defaults, then ``CROSSWIRE_<NAME>`` environment variables, then ``overrides`` (None ignored)."""
        s = cls()
        for f in fields(cls):
            env = os.environ.get(f"CROSSWIRE_{f.name.upper()}")
            if env is not None:
                s = replace(s, **{f.name: _coerce(f.name, env, type(getattr(s, f.name)))})
        given = {k: v for k, v in overrides.items() if v is not None}
        return replace(s, **given)


def _coerce(name: str, value: str, typ: type) -> Any:
    try:
        return typ(value)
    except ValueError as exc:
        raise ConfigError("E007", name=name, value=value, why=str(exc)) from exc
