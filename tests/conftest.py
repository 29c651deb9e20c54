"""Shared fixtures. Data stays in ../shared: tests that need it skip with a reason when it is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.eval.common import shared_dir

SHARED = shared_dir()
SEEDS = SHARED / "seeds"
DATA = SHARED / "data"
PUBLISHED = "2018-09-07"  # given by TRUTH.md: the date relative expressions resolve against


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared data not found at {path} (CI has ../shared beside the project)")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return need(SEEDS)


@pytest.fixture(scope="session")
def seed_paths(seeds_dir: Path) -> tuple[Path, Path]:
    """(000 derivative piece, 001 Washington Post scrape)."""
    a = sorted(seeds_dir.glob("000_*.txt"))
    b = sorted(seeds_dir.glob("001_*.txt"))
    if not a or not b:
        pytest.skip(f"seed articles missing in {seeds_dir}")
    return a[0], b[0]


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return need(DATA)
