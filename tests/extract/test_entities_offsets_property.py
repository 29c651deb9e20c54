"""Property: every entity, actor mention, date and figure span is a slice of the article text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.extract.dates import find_dates
from crosswire.extract.entities import find_entities, merge_actors
from crosswire.extract.figures import find_figures
from crosswire.extract.parse import parse
from crosswire.model import Article, Document

PIECES = [
    "Russian President Vladimir Putin said on Friday that", "some 3\u00a0million civilians", "the group said",
    "The International Crisis Group (ICG) warned", "Putin’s aides", "more than 1 million children", "in May 2017",
    "Hay’et Tahrir al-Sham, or HTS,", "thousands of refugees", "this week", "ISTANBUL —", "10:24 AM", "“quoted”",
    "Homs; Eastern Ghouta; Deraa and Quneitra", "years-long", "the third time", "\n\n", ".", ",", "Twenty-five",
]  # fmt: skip


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=12), st.sampled_from(["2018-09-07", None]))
def test_entities_dates_figures_spans_slice_text(pieces: list[str], published: str | None) -> None:
    text = " ".join(pieces)
    doc = parse(Document(article=Article(id="p", path="p", text=text, published=published)))
    doc = merge_actors(find_figures(find_dates(find_entities(doc))))
    spans: list[tuple[int, int, str]] = [(e.start, e.end, e.text) for e in doc.entities]
    spans += [(d.start, d.end, d.text) for d in doc.dates] + [(f.start, f.end, f.text) for f in doc.figures]
    spans += [(m.start, m.end, m.text) for a in doc.actors for m in a.mentions]
    spans += [(f.counts_span.start, f.counts_span.end, f.counts_span.text) for f in doc.figures if f.counts_span]
    assert all(text[start:end] == piece for start, end, piece in spans)
