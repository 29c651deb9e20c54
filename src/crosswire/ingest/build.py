"""Assemble an Article from kept pieces of the input, and resolve the publication date."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from ..errors import InputError
from ..model import Article, OffsetMap, Span

PRECISIONS = {4: "year", 7: "month", 10: "day", 16: "minute", 19: "second"}


@dataclass
class Found:
    """Metadata collected while cleaning, each value with where it came from."""

    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)
    dateline: str | None = None
    section: str | None = None
    published: tuple[str, str] | None = None  # (iso, precision)
    provenance: dict[str, str] = field(default_factory=dict)

    def set(self, name: str, value: object, source: str) -> None:
        """Set a field once: the first source found wins (callers try sources best first)."""
        if value and not getattr(self, name):
            setattr(self, name, value)
            self.provenance[name] = source


def assemble(pieces: list[tuple[int, int]], source: str, *, path: str, id: str) -> Article:
    """Body text from input ranges ``[(start, end)]``, one paragraph each, joined by a blank line."""
    offsets = OffsetMap()
    paragraphs: list[Span] = []
    parts: list[str] = []
    pos = 0
    for start, end in pieces:
        if parts:
            pos += 2  # the "\n\n" separator, mapped to no input character
        text = source[start:end]
        offsets.add(pos, start, len(text))
        paragraphs.append(Span(pos, pos + len(text), text))
        parts.append(text)
        pos += len(text)
    return Article(id=id, path=path, text="\n\n".join(parts), paragraphs=paragraphs, offsets=offsets, source=source)


def precision_of(iso: str) -> str:
    return PRECISIONS.get(len(iso), "minute" if "T" in iso else "day")


def check_date(value: str, *, path: str, line: int | None = None, field_name: str = "published") -> tuple[str, str]:
    """``(iso, precision)`` of an ISO 8601 date given by a user or a record; E111 if it is not one."""
    value = value.strip()
    try:
        if len(value) in (4, 7):
            datetime.strptime(value, "%Y" if len(value) == 4 else "%Y-%m")
            return value, precision_of(value)
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError("E111", path=path, line=line, field=field_name, value=value, why=str(exc)) from exc
    if len(value) <= 10:
        return parsed.strftime("%Y-%m-%d"), "day"
    return parsed.strftime("%Y-%m-%dT%H:%M"), "minute"


def given_date(found: Found, published: str | None, source: str, *, path: str) -> None:
    """A date the caller vouches for (a JSONL record's own field) wins over dates found in the text;
    a user's ``--published`` (source "user") only fills the gap, in :func:`finish`."""
    if published and source != "user":
        found.set("published", check_date(published, path=path), source)


def finish(article: Article, found: Found, *, published: str | None, published_source: str, path: str) -> Article:
    """Copy the found metadata onto the article; a date in the input wins, the given one fills the gap."""
    for name in ("title", "outlet", "dateline", "section"):
        setattr(article, name, getattr(found, name))
    article.authors = list(dict.fromkeys(found.authors))
    article.contributors = list(dict.fromkeys(found.contributors))
    if found.published is None and published:
        found.published = check_date(published, path=path)
        found.provenance["published"] = published_source
    if found.published is not None:
        article.published, article.published_precision = found.published
        article.published_source = found.provenance.get("published")
    article.provenance = dict(found.provenance)
    return article
