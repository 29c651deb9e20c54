"""Text scrapes (.txt, or a JSONL record's ``text``) into Articles.

Every non-blank input line ends up either in the body (as one paragraph, possibly without its
dateline prefix) or in ``Article.removed`` with a reason, so nothing is lost silently.
"""

from __future__ import annotations

import re

from ..clean import boilerplate, metadata
from ..clean.lines import Line, split_lines, words
from ..clean.outlets import SECTIONS
from ..errors import InputError
from ..model import Article, Removed
from .build import Found, assemble, finish, given_date

HEADER_EXTRA = 3  # metadata lines (byline, timestamp) may sit this many lines inside the main block
TITLE_WORDS = (3, 30)
SECTION_GAP = 3
_SITE_SUFFIX = re.compile(r"\s+\|\s+\S+(?:\s+\S+){0,3}$")  # "Headline | Site Name": a page <title> convention


def read_text(
    text: str,
    *,
    path: str = "<text>",
    id: str | None = None,
    published: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published_source: str = "user",
) -> Article:
    """Clean a text scrape into an Article (E101 when empty, E109 when nothing but page furniture is left).

    >>> a = read_text(open("report.txt").read(), path="report.txt", published="2018-09-07")  # doctest: +SKIP
    >>> a.title, a.outlet, a.published, a.published_source, len(a.paragraphs)  # doctest: +SKIP

    ``published`` fills the date when the text states none (source ``published_source``, "user" by
    default); a caller that vouches for its date (a JSONL record) passes another source and it wins.
    """
    lines = split_lines(text)
    if not lines:
        raise InputError("E101", path=path)
    keep, block, prob = boilerplate.body_mask(lines)
    found = Found()
    _given(found, title=title, outlet=outlet, url=url)
    given_date(found, published, published_source, path=path)
    reasons = _reasons(lines, keep, block, found)
    if url:
        found.set("published", metadata.date_from_url(url), "url")
    pieces, removed = _split(lines, keep, reasons, found)
    if not pieces:  # the model doubted every line (a page unlike its training): fall back to the main block
        keep = boilerplate.fallback_mask(lines, prob)
        reasons = {
            i: r for i, r in reasons.items() if r not in ("navigation", "footer", "other-boilerplate") or not keep[i]
        }
        pieces, removed = _split(lines, keep, reasons, found)
    if not pieces:
        raise InputError("E109", path=path, why=f"all {len(lines)} lines look like page furniture")
    article = assemble(pieces, text, path=path, id=id or path)
    article.removed = removed
    article.captions = [r for r in removed if r.reason == "caption"]
    article.url = url
    return finish(article, found, published=published, published_source=published_source, path=path)


def _given(found: Found, *, title: str | None, outlet: str | None, url: str | None) -> None:
    found.set("title", title, "given")
    found.set("outlet", outlet, "given")
    if url:
        found.set("outlet", metadata.outlet_from_domain(url), "url")


def _reasons(lines: list[Line], keep: list[bool], block: tuple[int, int], found: Found) -> dict[int, str]:
    """Removal reason per dropped line index; metadata is collected on the way."""
    reasons: dict[int, str] = {}
    first_body = next((i for i, k in enumerate(keep) if k), len(lines))
    for ln in lines:
        reason = _line_reason(ln, found, header=ln.index < first_body + HEADER_EXTRA)
        if reason:
            reasons[ln.index] = reason
    _captions(lines, reasons)
    _link_lists(lines, reasons)
    _bare_bylines(lines, reasons, found)
    _title(lines, keep, reasons, found, first_body)
    _sections(lines, reasons, found)
    for ln in lines:
        if not keep[ln.index] and ln.index not in reasons:
            reasons[ln.index] = boilerplate.default_reason(ln.index, block)
    return reasons


def _line_reason(ln: Line, found: Found, *, header: bool) -> str | None:
    text = " ".join(ln.text.split())  # a hard-wrapped unit has newlines inside; the patterns expect spaces
    outlet = metadata.tagline_outlet(text)
    if outlet:
        found.set("outlet", outlet, "tagline")
        return "masthead"
    names = metadata.contributors(text)
    if names:
        found.contributors.extend(n for n in names if n not in found.contributors)
        found.provenance.setdefault("contributors", "credit-line")
        return "contributors"
    bio = metadata.bio(text)
    if bio:
        _add_author(found, bio[0], "bio")
        found.set("outlet", bio[1], "bio")
        return "author-bio"
    return _header_reason(text, found) if header else _prompt(text, found)


def _header_reason(text: str, found: Found) -> str | None:
    """Byline and timestamp lines are looked for only near the top of the body."""
    authors = metadata.byline(text)
    dated = len(words(text)) <= 15 and metadata.has_date(text)
    date = metadata.parse_date(text) if dated and found.published is None else None
    if authors:
        found.authors.extend(a for a in authors if a not in found.authors)
        found.provenance.setdefault("authors", "byline")
    if date:
        found.set("published", date, "text")
    if authors:
        return "byline"
    return "timestamp" if dated else _prompt(text, found)


def _prompt(text: str, found: Found) -> str | None:
    reason = boilerplate.prompt_reason(text)
    if reason in ("subscription", "footer", "newsletter"):
        found.set("outlet", metadata.outlet_in(text), reason)
    return reason


def _captions(lines: list[Line], reasons: dict[int, str]) -> None:
    """A line after a video/photo widget in the same block, or one with a caption marker, is a caption."""
    for ln in lines:
        prev = lines[ln.index - 1] if ln.index else None
        after_widget = prev is not None and prev.block == ln.block and reasons.get(prev.index) == "video"
        if ln.index not in reasons and (after_widget or metadata.is_caption(ln.text)):
            reasons[ln.index] = "caption"


def _add_author(found: Found, name: str, source: str) -> None:
    if name not in found.authors:
        found.authors.append(name)
    found.provenance.setdefault("authors", source)


def _bare_bylines(lines: list[Line], reasons: dict[int, str], found: Found) -> None:
    """A line that is only a name, right next to the timestamp line, is the byline without "By"."""
    for i, reason in list(reasons.items()):
        if reason != "timestamp":
            continue
        for j in (i - 1, i + 1):
            name = metadata.bare_name(lines[j].text) if 0 <= j < len(lines) and j not in reasons else None
            if name:
                reasons[j] = "byline"
                _add_author(found, name, "byline")


def _link_lists(lines: list[Line], reasons: dict[int, str]) -> None:
    """Under a short "Related"/"Most read" header, the headline links that follow are related links
    too: lines that are not full sentences, or that share a block (single newlines) with the previous
    link, up to the next prose paragraph."""
    prev: Line | None = None  # the header or the last link, while in a list
    for ln in lines:
        reason = reasons.get(ln.index)
        if reason == "related" and len(words(ln.text)) <= 4:
            prev = ln
        elif prev is not None and reason is None:
            same_block = ln.block == prev.block and reasons.get(prev.index) == "related" and prev.index == ln.index - 1
            if same_block or not boilerplate.prose_like(ln):
                reasons[ln.index] = "related"
                prev = ln
            else:
                prev = None


def _headline_like(ln: Line) -> bool:
    n = len(words(ln.text))
    return TITLE_WORDS[0] <= n <= TITLE_WORDS[1] and not ln.text.rstrip("\"'\u201d\u2019").endswith(
        (".", ",", ";", ":")
    )


def _title(lines: list[Line], keep: list[bool], reasons: dict[int, str], found: Found, first_body: int) -> None:
    """The headline: a headline-like line above the body, preferring one the page's first line repeats."""
    head = [ln for ln in lines[:first_body] if ln.index not in reasons and _headline_like(ln)]
    if not head and first_body < len(lines) and first_body <= 2 and _headline_like(lines[first_body]):
        head = [lines[first_body]]
    if not head:
        return
    top = lines[0].text
    pick = next((ln for ln in head[1:] if ln.text in top), head[0])
    suffix = metadata.title_suffix_outlet(pick.text)
    if suffix:
        found.set("outlet", suffix[1], "title")
    title = " ".join((suffix[0] if suffix else _SITE_SUFFIX.sub("", pick.text)).split())
    found.set("title", title, "first-line" if pick.index == 0 else "headline")
    reasons[pick.index] = "title"
    if pick.index != 0 and lines[0].index not in reasons and pick.text in top:
        reasons[0] = "title"  # the page's <title> line repeating the headline


def _sections(lines: list[Line], reasons: dict[int, str], found: Found) -> None:
    """A known section label just above the headline (within 3 lines); labels further up are menu items."""
    title_at = next((i for i, r in reasons.items() if r == "title"), None)
    if title_at is None:
        return
    labels = [ln for ln in lines[:title_at] if ln.text.strip().lower() in SECTIONS and ln.index not in reasons]
    for ln in labels:
        near = ln is labels[-1] and title_at - ln.index <= SECTION_GAP
        reasons[ln.index] = "section" if near else "navigation"
        if near:
            found.set("section", ln.text.strip(), "text")


def _split(
    lines: list[Line], keep: list[bool], reasons: dict[int, str], found: Found
) -> tuple[list[tuple[int, int]], list[Removed]]:
    """Body pieces (input ranges) and removed records; the first body line loses its dateline."""
    pieces: list[tuple[int, int]] = []
    removed: list[Removed] = []
    for ln in lines:
        reason = reasons.get(ln.index)
        if reason is not None or not keep[ln.index]:
            removed.append(Removed(ln.text, reason or "other-boilerplate", ln.start, ln.end))
            continue
        start = ln.start
        if not pieces:
            dl = metadata.dateline(ln.text)
            if dl and dl[1] < len(ln.text):
                found.set("dateline", dl[0], "text")
                removed.append(Removed(ln.text[: dl[1]], "dateline", ln.start, ln.start + dl[1]))
                start += dl[1]
        pieces.append((start, ln.end))
    removed.sort(key=lambda r: r.start)
    return pieces, removed
