"""Names in an article's captions.

Ingest keeps captions out of ``Article.text`` (a caption is not a body paragraph, TRUTH K6) and in
``Article.captions`` with input offsets, but a caption carries facts: the people in a photo are often
named nowhere else.  This step finds the named entities of each caption with the same rules as the
body (``find_entities`` on the caption alone) and keeps them with *input* offsets, like the captions.

    >>> from crosswire.model import Article, Document, Removed
    >>> src = "Body.\\nMinister Amina Okafor arrives in Geneva.\\nMore body."
    >>> cap = Removed(text="Minister Amina Okafor arrives in Geneva.", reason="caption", start=6, end=46)
    >>> doc = find_caption_entities(Document(article=Article(id="a", path="a", text="Body. More body.",
    ...     source=src, captions=[cap])))
    >>> [(e.text, src[e.start:e.end] == e.text) for e in doc.caption_entities if e.label == "PERSON"]
    [('Amina Okafor', True)]
"""

from __future__ import annotations

from ..model import Article, Document, Entity
from .entities import find_entities
from .parse import parse


def find_caption_entities(doc: Document) -> Document:
    """Fill ``doc.caption_entities`` (offsets into ``Article.source``) from ``doc.article.captions``."""
    found: list[Entity] = []
    for k, cap in enumerate(doc.article.captions):
        if not cap.text.strip():
            continue
        sub = Article(id=f"{doc.article.id}#caption{k}", path=doc.article.path, text=cap.text)
        for e in find_entities(parse(Document(article=sub))).entities:
            found.append(Entity(cap.start + e.start, cap.start + e.end, e.text, e.label))
    doc.caption_entities = found
    return doc
