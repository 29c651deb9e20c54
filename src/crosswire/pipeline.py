"""Ordered extraction components with declared contracts (spaCy's ``Language.component`` idea).

Each component is a pure ``Document -> Document`` function, picklable, with no
global state, so a process pool or Spark only maps the same pipeline over
partitions.  ``requires``/``assigns`` are checked once when the pipeline is built.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .errors import ConfigError, CrosswireError, ExtractionError
from .model import Article, Document


@dataclass(frozen=True)
class Component:
    name: str
    func: Callable[[Document], Document]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


def default_components() -> list[Component]:
    # Imported here so that importing crosswire stays cheap (no spaCy until needed).
    from .extract import captions, credits, dates, entities, figures, parse, quotes

    return [
        Component("parse", parse.parse, (), ("parsed", "sentences")),
        Component("entities", entities.find_entities, ("parsed",), ("entities",)),
        Component("dates", dates.find_dates, ("parsed",), ("dates",)),
        Component("figures", figures.find_figures, ("parsed", "dates"), ("figures",)),
        Component("actors", entities.merge_actors, ("entities",), ("actors",)),
        Component("quotes", quotes.find_quotes, ("parsed", "actors"), ("quotes",)),
        Component("credits", credits.find_credits, ("parsed", "quotes"), ("credits",)),
        Component("captions", captions.find_caption_entities, (), ("caption_entities",)),
    ]


def check_contracts(components: Iterable[Component]) -> None:
    """Raise E203 when a component requires what no earlier component assigns."""
    have: set[str] = set()
    for c in components:
        missing = [r for r in c.requires if r not in have]
        if missing:
            raise ConfigError("E203", step=c.name, missing=", ".join(missing))
        have.update(c.assigns)


class Pipeline:
    """Runs the components over an article; ``pipe`` maps it over many."""

    def __init__(self, components: list[Component] | None = None) -> None:
        self.components = components if components is not None else default_components()
        check_contracts(self.components)

    def __call__(self, article: Article) -> Document:
        doc = Document(article=article)
        for c in self.components:
            t0 = time.perf_counter()
            try:
                doc = c.func(doc)
            except CrosswireError:
                raise
            except Exception as exc:  # a failing step is reported, never turned into a verdict
                raise ExtractionError("E202", step=c.name, article=article.id, why=repr(exc)) from exc
            doc.timings[c.name] = time.perf_counter() - t0
        return doc

    def pipe(self, articles: Iterable[Article]) -> Iterator[Document]:
        for article in articles:
            yield self(article)


def analyse(article: Article) -> Document:
    """Find sentences, actors, quotes, figures, dates and credits in one article."""
    return _default_pipeline()(article)


_PIPELINE: Pipeline | None = None


def _default_pipeline() -> Pipeline:
    global _PIPELINE  # one per process: components are stateless, the spaCy model is cached
    if _PIPELINE is None:
        _PIPELINE = Pipeline()
    return _PIPELINE
