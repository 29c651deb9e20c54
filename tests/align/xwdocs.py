"""Small hand-built Documents for the aligner's tables (no spaCy, no extractors)."""

from __future__ import annotations

import re

from crosswire.model import Actor, Article, Credit, DateMention, Document, Figure, Quote, Span


def _at(text: str, part: str, after: int = 0) -> tuple[int, int]:
    i = text.index(part, after)
    return i, i + len(part)


def sentences(text: str) -> list[Span]:
    return [
        Span(m.start(), m.end(), m.group(0))
        for m in re.finditer(r"[^.!?]+[.!?]?[\u201d\"]?", text)
        if m.group(0).strip()
    ]


def make_doc(
    id: str,
    text: str,
    *,
    outlet: str | None = None,
    quotes: list[dict] | None = None,
    figures: list[dict] | None = None,
    dates: list[dict] | None = None,
    credits: list[dict] | None = None,
    actors: dict[str, list[str]] | None = None,
) -> Document:
    """Offsets are found by searching ``text``; each dict names the substring as ``at``."""
    sents = []
    for s in sentences(text):
        lead = len(s.text) - len(s.text.lstrip())
        sents.append(Span(s.start + lead, s.end, s.text.lstrip()))
    doc = Document(Article(id=id, path=f"{id}.txt", text=text, outlet=outlet), sentences=sents)
    for q in quotes or []:
        a, b = _at(text, q["at"])
        doc.quotes.append(
            Quote(
                text=q["at"],
                start=a,
                end=b,
                speaker=q.get("speaker"),
                speaker_actor=q.get("actor"),
                credited_to=q.get("credited_to"),
                scare=q.get("scare", False),
            )
        )
    for f in figures or []:
        a, b = _at(text, f["at"])
        doc.figures.append(
            Figure(
                text=f["at"],
                start=a,
                end=b,
                value=f["value"],
                low=f.get("low"),
                high=f.get("high"),
                approximator=f.get("approx"),
                counts=f.get("counts"),
                vague=f.get("vague", False),
            )
        )
    for x in dates or []:
        a, b = _at(text, x["at"])
        doc.dates.append(
            DateMention(
                text=x["at"],
                start=a,
                end=b,
                value=x["value"],
                precision=x["precision"],
                relative=x.get("relative", False),
            )
        )
    for c in credits or []:
        a, b = _at(text, c["at"])
        covers = [s for s in doc.sentences if s.start <= a < s.end]
        qs = [k for k, q in enumerate(doc.quotes) if any(s.start <= q.start < s.end for s in covers)]
        doc.credits.append(
            Credit(source=c.get("source"), kind=c["kind"], text=c["at"], start=a, end=b, covers=covers, quotes=qs)
        )
    for key, names in (actors or {}).items():
        mentions = [Span(*_at(text, n), n) for n in names if n in text]
        doc.actors.append(Actor(key=key, name=names[0], kind="PERSON", mentions=mentions, variants=names))
    return doc
