"""Analyse many articles on a local process pool.

The pipeline's components are pure and picklable, so a pool (or Spark) only maps
``analyse`` over partitions.  Each worker loads the spaCy model once.  A failing
article comes back as its coded error, in input order; the others go on.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from ..errors import CrosswireError
from ..model import Article, Document


def _analyse_one(article: Article) -> Document | CrosswireError:
    from ..pipeline import analyse

    try:
        doc = analyse(article)
    except CrosswireError as exc:
        return exc
    doc.parsed = None  # spaCy Docs are large to send back; callers that need one parse locally
    return doc


def analyse_many(
    articles: Iterable[Article], *, workers: int = 1, chunksize: int = 4
) -> Iterator[Document | CrosswireError]:
    """Yield a Document (or the error) per article, in order. ``workers=0`` means one per core."""
    n = workers or os.cpu_count() or 1
    if n == 1:
        yield from (_analyse_one(a) for a in articles)
        return
    with ProcessPoolExecutor(max_workers=n) as pool:
        yield from pool.map(_analyse_one, articles, chunksize=chunksize)
