"""Parse the article text with spaCy once; later steps share the parse."""

from __future__ import annotations

from ..model import Document, Span
from ..nlp import load_nlp


def parse(doc: Document) -> Document:
    nlp = load_nlp()
    parsed = nlp(doc.article.text)
    doc.parsed = parsed
    doc.sentences = [Span(s.start_char, s.end_char, s.text) for s in parsed.sents if s.text.strip()]
    return doc
