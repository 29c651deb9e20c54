"""Parse the article text with spaCy once; later steps share the parse.

spaCy's parser happily runs a sentence across a line break ("...9 percent\\nThe survey ..."), and a
headline with no final period glues onto the first paragraph.  News paragraphs never continue a
sentence over a newline, so a small component placed before the parser marks a sentence start
after every newline; the parser keeps boundaries that are already set.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Document, Span
from ..nlp import load_nlp

COMPONENT = "crosswire_line_breaks"


@Language.component(COMPONENT)
def line_breaks(sdoc: Doc) -> Doc:
    """Mark a sentence start on the first non-space token after any newline."""
    after_break = False
    for tok in sdoc:
        if tok.is_space:
            after_break = after_break or "\n" in tok.text
            continue
        if after_break and tok.i > 0:
            tok.is_sent_start = True
        after_break = "\n" in tok.whitespace_
    return sdoc


def nlp_with_breaks(name: str | None = None) -> Any:
    """The shared spaCy pipeline with the line-break component added once (idempotent)."""
    nlp = load_nlp(name)
    if COMPONENT not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(COMPONENT, before=before)
    return nlp


def parse(doc: Document) -> Document:
    """Run spaCy on ``doc.article.text``; fill ``doc.parsed`` and ``doc.sentences``."""
    parsed = nlp_with_breaks()(doc.article.text)
    doc.parsed = parsed
    doc.sentences = [_trimmed(s.start_char, s.end_char, doc.article.text) for s in parsed.sents if s.text.strip()]
    return doc


def _trimmed(start: int, end: int, text: str) -> Span:
    """A sentence span without leading or trailing whitespace (spaCy keeps "\\n" tokens inside)."""
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())
    end -= len(piece) - len(piece.rstrip())
    return Span(start, end, text[start:end])
