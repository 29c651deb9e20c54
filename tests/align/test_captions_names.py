"""Names given only in a caption: an only_in finding whose span is in the caption (input offsets)."""

from __future__ import annotations

from xwdocs import make_doc

from crosswire.align.captions import NOTE
from crosswire.align.compare import compare_documents
from crosswire.model import CaptionSpan, Document, Entity, Finding, Removed

BODY_A = "The ministers met in Geneva on Monday to discuss the dam."
BODY_B = "Ministers met in Geneva on Monday for talks on the dam."
CAPTION = "Foreign Minister Amina Okafor arrives in Geneva."


def with_caption(doc: Document, caption: str, names: dict[str, str]) -> Document:
    """Put ``caption`` in the input after the body, as ingest keeps it: input offsets, not in the text."""
    start = len(doc.article.text) + 1
    doc.article.source = doc.article.text + "\n" + caption
    doc.article.captions = [Removed(caption, "caption", start, start + len(caption))]
    doc.caption_entities = [
        Entity(start + caption.index(n), start + caption.index(n) + len(n), n, label) for n, label in names.items()
    ]
    return doc


def caption_only(found: list[Finding]) -> list[Finding]:
    return [f for f in found if isinstance(f.span, CaptionSpan)]


def test_captions_names_only_in_caption_is_reported_with_input_offsets() -> None:
    a = with_caption(make_doc("a", BODY_A), CAPTION, {"Amina Okafor": "PERSON", "Geneva": "GPE"})
    found = caption_only(compare_documents([a, make_doc("b", BODY_B)], similarity="lexical"))
    assert [(f.kind, f.article, f.span.text, f.detail["note"]) for f in found] == [
        ("only_in", "a", "Amina Okafor", NOTE)
    ]
    span = found[0].span
    assert a.article.source[span.start : span.end] == "Amina Okafor" and span.where == "caption"


def test_captions_names_named_elsewhere_is_not_reported() -> None:
    # b names her in its body; c in its own caption; a's body names her too: none is "only here".
    a = with_caption(make_doc("a", BODY_A), CAPTION, {"Amina Okafor": "PERSON"})
    b = make_doc("b", BODY_B + " Amina Okafor spoke first.")
    assert not caption_only(compare_documents([a, b], similarity="lexical"))
    c = with_caption(make_doc("c", BODY_B), "Amina Okafor in Geneva.", {"Amina Okafor": "PERSON"})
    assert not caption_only(compare_documents([a, c], similarity="lexical"))
    own = with_caption(make_doc("a", BODY_A + " Amina Okafor led the talks."), CAPTION, {"Amina Okafor": "PERSON"})
    assert not caption_only(compare_documents([own, make_doc("b", BODY_B)], similarity="lexical"))
