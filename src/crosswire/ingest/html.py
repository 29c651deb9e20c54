"""HTML pages into Articles: trafilatura finds the article, htmldate the date; we clean what they leave.

trafilatura (``favor_precision``: Zyte benchmark F1 0.959 vs 0.953 by default, 2.3.1, all 181
pages) gives the body as lines and the page metadata.  Its lines then go through the same prompt,
caption, bio and contributor rules as text scrapes (not the line model: trafilatura already chose
the main block).

Offsets: ``source`` is the decoded HTML.  Each body paragraph is located in it word by word
(``str.find`` from a moving cursor), so words written verbatim in the HTML map back exactly; words
with entities or tags inside them (``&amp;``, ``<em>``) map to ``None``.  On the Zyte pages about
97% of body characters map (see docs/benchmarks/ingest.md).
"""

from __future__ import annotations

import re
from typing import Any

from ..clean import boilerplate, metadata
from ..clean.boilerplate import prose_like
from ..clean.lines import split_lines, words
from ..errors import InputError
from ..model import Article, OffsetMap, Removed, Span
from .build import Found, finish, given_date

_WORD_RUN = re.compile(r"\w+")
TIMESTAMP_WORDS = 10  # "Updated at 1:23 p.m.", "5:45 AM PST 11/19/2019 by Jane Doe"
# Only a labelled short timestamp: any short paragraph with a time cost recall (dev F1 0.9780 -> 0.9766).
_STAMP = re.compile(r"(?:first |last )?(?:updated|published|posted|modified)\b", re.I)
# htmldate, called by trafilatura: the original publication date (not the last update), with its time;
# one call instead of a second find_date (2-5 ms a page).
DATE_PARAMS = {"outputformat": "%Y-%m-%dT%H:%M:%S", "original_date": True, "extensive_search": False}
MIN_BODY_WORDS = 10  # fewer words is a menu or an error page, not an article (the smallest Zyte gold body has 60+)
SEARCH_WINDOW = 5000  # characters of HTML searched past the cursor for the next word (markup between words)


def read_html(
    html: str,
    *,
    path: str = "<html>",
    id: str | None = None,
    published: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published_source: str = "user",
) -> Article:
    """Extract the article of an HTML page (E105 when there is none)."""
    doc = _extract(html, url=url, path=path)
    found = Found()
    found.set("title", title, "given")
    found.set("outlet", outlet, "given")
    given_date(found, published, published_source, path=path)
    _page_metadata(doc, html, found, url=url)
    paras = [p.strip() for p in (doc.get("text") or "").split("\n") if p.strip()]
    body, removed = _clean(paras, found)
    n_words = sum(len(_WORD_RUN.findall(p)) for p in body)
    if n_words < MIN_BODY_WORDS:
        raise InputError("E105", path=path, why=f"only {n_words} words of text outside page furniture")
    article = _assemble(body, html, path=path, id=id or path)
    article.removed = [_place(r, html) for r in removed]
    article.kind, article.url = "html", url or doc.get("url")
    article.captions = [r for r in removed if r.reason == "caption"]
    return finish(article, found, published=published, published_source=published_source, path=path)


def _extract(html: str, *, url: str | None, path: str) -> dict[str, Any]:
    import trafilatura  # imported lazily: 0.3 s, only for HTML inputs

    if not html.strip():
        raise InputError("E101", path=path)
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            favor_precision=True,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=DATE_PARAMS,
        )
    except Exception as exc:  # lxml/trafilatura failures on broken pages become a coded error
        raise InputError("E105", path=path, why=f"the HTML could not be parsed: {exc!r}") from exc
    data = doc.as_dict() if doc is not None and not isinstance(doc, dict) else doc
    if not data or not (data.get("text") or "").strip():
        raise InputError("E105", path=path, why="trafilatura found no main text")
    return data


def _page_metadata(doc: dict[str, Any], html: str, found: Found, *, url: str | None) -> None:
    found.set("title", doc.get("title"), "html-meta")
    authors = [a.strip() for a in re.split(r";|\band\b", doc.get("author") or "") if a.strip()]
    if authors:
        found.authors.extend(authors)
        found.provenance["authors"] = "html-meta"
    page_url = url or doc.get("url") or ""
    found.set("outlet", metadata.outlet_from_domain(page_url) if page_url else None, "url")
    found.set("outlet", doc.get("sitename"), "html-meta")
    cats = doc.get("categories") or []
    found.set("section", cats[0] if isinstance(cats, list) and cats else None, "html-meta")
    found.set("published", _html_date(doc.get("date")), "html-meta")


def _html_date(value: str | None) -> tuple[str, str] | None:
    """htmldate's answer (run inside trafilatura with ``DATE_PARAMS``): minute precision when it found a time."""
    if not value or len(value) < 10:
        return None
    if len(value) < 19 or value.endswith("T00:00:00"):  # htmldate writes midnight when the page gives no time
        return value[:10], "day"
    return value[:16], "minute"


def _clean(paras: list[str], found: Found) -> tuple[list[str], list[Removed]]:
    """Drop prompts, bios, contributor credits, captions, timestamps and link lists trafilatura left in
    (offsets -1: located later by :func:`_place`)."""
    body: list[str] = []
    removed: list[Removed] = []
    in_list = False  # inside a "Related"/"More:" list: headline links until the next full sentence
    for para in paras:
        reason = _para_reason(para, found, first=not body)
        if reason is None and in_list and not prose_like(split_lines(para)[0]):
            reason = "related"
        in_list = reason == "related" and (in_list or len(words(para)) <= 4)
        if reason:
            removed.append(Removed(para, reason, -1, -1))
        elif not body and (dl := metadata.dateline(para)) and dl[1] < len(para):
            # the contract strips datelines (TRUTH K7); the Zyte gold keeps them: dev F1 0.9782 -> 0.9777
            found.set("dateline", dl[0], "text")
            removed.append(Removed(para[: dl[1]], "dateline", -1, -1))
            body.append(para[dl[1] :])
        else:
            body.append(para)
    return body, removed


def _para_reason(para: str, found: Found, *, first: bool) -> str | None:
    if found.title and first and para.strip() == found.title.strip():
        return "title"
    if not any(c.isalnum() for c in para):  # a table rule "|---|---|" or a lone bullet
        return "other-boilerplate"
    if len(words(para)) <= TIMESTAMP_WORDS and _STAMP.match(para) and metadata.has_time_or_date(para):
        return "timestamp"
    authors = metadata.byline(para)
    if authors:
        found.authors.extend(a for a in authors if a not in found.authors)
        found.provenance.setdefault("authors", "byline")
        return "byline"
    names = metadata.contributors(para)
    if names:
        found.contributors.extend(names)
        found.provenance.setdefault("contributors", "credit-line")
        return "contributors"
    bio = metadata.bio(para)
    if bio:
        found.set("outlet", bio[1], "bio")
        return "author-bio"
    if metadata.is_caption(para):
        return "caption"
    return boilerplate.prompt_reason(para)


def _place(r: Removed, html: str) -> Removed:
    """HTML offsets of a removed paragraph: exact when it is verbatim in the HTML, else the HTML from its
    first word to its last (tags and entities inside); (-1, -1) when even its words are not there."""
    at = html.find(r.text)
    if at >= 0:
        return Removed(r.text, r.reason, at, at + len(r.text))
    toks = _WORD_RUN.findall(r.text)
    start = html.find(toks[0]) if toks else -1
    last = html.find(toks[-1], start + len(toks[0])) if start >= 0 and len(toks) > 1 else start
    if start < 0 or last < 0 or last - start > SEARCH_WINDOW:
        return r
    return Removed(r.text, r.reason, start, last + len(toks[-1]))


def _assemble(body: list[str], html: str, *, path: str, id: str) -> Article:
    offsets = OffsetMap()
    paragraphs: list[Span] = []
    pos, cursor = 0, 0
    for para in body:
        if paragraphs:
            pos += 2
        cursor = _locate(para, html, pos, cursor, offsets)
        paragraphs.append(Span(pos, pos + len(para), para))
        pos += len(para)
    return Article(id=id, path=path, text="\n\n".join(body), paragraphs=paragraphs, offsets=offsets, source=html)


def _locate(para: str, html: str, text_pos: int, cursor: int, offsets: OffsetMap) -> int:
    """Map each word of ``para`` to its next verbatim occurrence in ``html``; returns the new cursor.

    The characters before, between and after mapped words (an opening quote, ", ", a closing ".")
    map too when the HTML has exactly them there.
    """
    gap_start: int | None = 0  # where the unmapped characters before the next word begin (None: lost)
    for m in _WORD_RUN.finditer(para):
        word = m.group()
        at = html.find(word, cursor, cursor + SEARCH_WINDOW)
        if at < 0 and len(word) >= 5:  # lost track (a long run of markup): re-sync on a distinctive word
            at = html.find(word, cursor)
        if at < 0:
            gap_start = None
            continue
        if gap_start is not None:
            gap = para[gap_start : m.start()]
            if gap and html[at - len(gap) : at] == gap:
                offsets.add(text_pos + gap_start, at - len(gap), len(gap))
        offsets.add(text_pos + m.start(), at, len(word))
        cursor, gap_start = at + len(word), m.end()
    tail = para[gap_start:] if gap_start else ""
    if tail and html[cursor : cursor + len(tail)] == tail:
        offsets.add(text_pos + len(para) - len(tail), cursor, len(tail))
        cursor += len(tail)
    return cursor
