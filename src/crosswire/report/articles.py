"""Plain-text view of one read article (``crosswire read --format text``)."""

from __future__ import annotations

from ..model import Article, Document


def _meta_lines(a: Article) -> list[str]:
    where = a.provenance

    def src(name: str) -> str:
        return f"  [{where[name]}]" if name in where else ""

    lines = [
        f"== {a.id}  ({a.path}, {a.kind}{', ' + a.encoding if a.encoding else ''})",
        f"title:        {a.title or '-'}{src('title')}",
        f"outlet:       {a.outlet or '-'}{src('outlet')}",
        f"authors:      {', '.join(a.authors) or '-'}{src('authors')}",
        f"contributors: {', '.join(a.contributors) or '-'}",
        f"published:    {a.published or '-'} ({a.published_precision or '-'}, from {a.published_source or 'nowhere'})",
        f"dateline:     {a.dateline or '-'}    section: {a.section or '-'}",
    ]
    lines += [f"caption:      {c.text}" for c in a.captions]
    lines.append(f"body:         {len(a.paragraphs)} paragraphs, {len(a.text.split())} words")
    lines += [f"removed:      [{r.reason}] {r.text[:90]}" for r in a.removed]
    return lines


def _fact_lines(d: Document) -> list[str]:
    lines = [
        f"actor:        {x.name} ({x.kind}, {len(x.mentions)} mentions"
        + (f"; merged {', '.join(x.variants)}" if len(x.variants) > 1 else "")
        + ")"
        for x in d.actors
    ]
    for q in d.quotes:
        who = "scare quote" if q.scare else f"{q.speaker or '?'} ({q.speaker_how or '-'}, cue {q.cue or '-'})"
        credit = f" credited to {q.credited_to}" if q.credited_to else ""
        lines.append(f"quote:        {who}{credit}: \u201c{q.text[:80]}\u201d")
    lines += [f"figure:       {f.text} = {f.value} {f.counts or ''}{' (vague)' if f.vague else ''}" for f in d.figures]
    lines += [f"date:         {x.text} -> {x.value} ({x.precision or x.kind})" for x in d.dates]
    lines += [f"credit:       {c.kind}: {c.source or '(none named)'}: {c.text}" for c in d.credits]
    return lines


def render_article_text(item: Article | Document) -> str:
    lines = _meta_lines(item.article) + _fact_lines(item) if isinstance(item, Document) else _meta_lines(item)
    return "\n".join(lines) + "\n\n"
