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
    spans = [_trimmed(s.start_char, s.end_char, doc.article.text) for s in parsed.sents if s.text.strip()]
    doc.sentences = _join_strays(spans, doc.article.text)
    return doc


def _join_strays(spans: list[Span], text: str) -> list[Span]:
    """A "sentence" with no letter or digit (a closing quote mark or dash spaCy cut off, 162 on BASIL dev)
    joins the sentence before it when nothing but spaces on one line separates them.

    >>> t = 'He said: "We will win." \u201d Then he left.'
    >>> [s.text for s in _join_strays([Span(0, 23, t[:23]), Span(24, 25, t[24:25]), Span(26, 40, t[26:40])], t)]
    ['He said: "We will win." \u201d', 'Then he left.']
    """
    out: list[Span] = []
    for s in spans:
        gap = text[out[-1].end : s.start] if out else "\n"
        if out and not any(ch.isalnum() for ch in s.text) and "\n" not in gap:
            out[-1] = Span(out[-1].start, s.end, text[out[-1].start : s.end])
        else:
            out.append(s)
    return out


def _trimmed(start: int, end: int, text: str) -> Span:
    """A sentence span without leading or trailing whitespace (spaCy keeps "\\n" tokens inside)."""
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())
    end -= len(piece) - len(piece.rstrip())
    return Span(start, end, text[start:end])
