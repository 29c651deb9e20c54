"""crosswire: cross-check news reports of the same story.

>>> import crosswire
>>> result = crosswire.read(["report.txt"], published="2018-09-07")   # doctest: +SKIP
>>> report = crosswire.compare(["a.txt", "b.html"])                    # doctest: +SKIP

The public API is exactly ``__all__`` (a test checks it).
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "analyse", "compare", "open_store", "read"]


def read(*args: Any, **kwargs: Any) -> Any:
    """Read inputs into cleaned Articles. See :func:`crosswire.ingest.read`."""
    from .ingest import read as _read

    return _read(*args, **kwargs)


def analyse(*args: Any, **kwargs: Any) -> Any:
    """Extract actors, quotes, figures, dates and credits. See :func:`crosswire.pipeline.analyse`."""
    from .pipeline import analyse as _analyse

    return _analyse(*args, **kwargs)


def compare(*args: Any, **kwargs: Any) -> Any:
    """Compare reports of one story. See :func:`crosswire.align.compare.compare`."""
    from .align.compare import compare as _compare

    return _compare(*args, **kwargs)


def open_store(*args: Any, **kwargs: Any) -> Any:
    """Open (or create) a DuckDB store of reports. See :func:`crosswire.store.duckdb_store.open_store`."""
    from .store.duckdb_store import open_store as _open_store

    return _open_store(*args, **kwargs)
