"""Names given only in one report's captions (TRUTH O4: a person named in a photo caption only).

Captions are not compared as claims (a caption restates the story in a line), but who they name is a
fact: a caption that names someone no other report names, in its body or its captions, and that its
own body does not name either, is an ``only_in`` finding whose span is in the caption
(``CaptionSpan``: input offsets, ``where == "caption"``).
"""

from __future__ import annotations

from ..clean.normalize import fold
from ..model import CaptionSpan, Finding
from .findings import _FACT_LABELS, Context

NOTE = "named in this report's caption only"


def caption_findings(ctx: Context) -> list[Finding]:
    out = []
    for d, doc in enumerate(ctx.docs):
        others = [e for e in range(len(ctx.docs)) if e != d]
        seen: set[str] = set()
        for ent in doc.caption_entities:
            key = fold(ent.text).strip()
            if ent.label not in _FACT_LABELS or len(key) <= 2 or key in seen or key in ctx.folded[d]:
                continue
            seen.add(key)
            if any(key in ctx.folded[e] or key in ctx.folded_captions[e] for e in others):
                continue
            span = CaptionSpan(ent.start, ent.end, ent.text)
            out.append(Finding("only_in", doc.article.id, span, [], {"fact": "name", "note": NOTE}))
    return out
