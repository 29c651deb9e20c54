"""The data crosswire passes between its steps.

One object moves through small named steps (see docs/architecture.md):

    read()  -> Article    clean text + metadata + offset map + what was removed
    analyse -> Document   Article + spans: sentences, entities, actors, quotes, figures, dates, credits
    compare -> Report     Documents + Findings

Every annotation offset is a character offset into ``Article.text`` and
``article.text[x.start:x.end] == x.text`` holds for every span-like record
(guarded by a property test).  ``Removed`` and caption offsets are offsets into
the *input* text (``Article.source``), so a user can see the source's own words.
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class Span:
    """A piece of ``Article.text``: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Removed:
    """A piece of the input dropped from the body, with the reason. Offsets are input offsets."""

    text: str
    reason: str
    start: int
    end: int


@dataclass
class OffsetMap:
    """Maps offsets of ``Article.text`` back to offsets of the input (``Article.source``).

    ``pieces`` are runs ``(text_start, input_start, length)`` copied verbatim from
    the input, sorted by ``text_start``.  Characters between pieces (paragraph
    separators we inserted) map to ``None``.
    """

    pieces: list[tuple[int, int, int]] = field(default_factory=list)

    def add(self, text_start: int, input_start: int, length: int) -> None:
        if length <= 0:
            return
        if self.pieces:
            ts, is_, ln = self.pieces[-1]
            if ts + ln == text_start and is_ + ln == input_start:  # merge contiguous runs
                self.pieces[-1] = (ts, is_, ln + length)
                return
        self.pieces.append((text_start, input_start, length))

    def to_input(self, pos: int) -> int | None:
        """Input offset of text offset ``pos`` (``None`` for inserted separators)."""
        i = bisect.bisect_right(self.pieces, (pos, float("inf"), 0)) - 1
        if i < 0:
            return None
        ts, is_, ln = self.pieces[i]
        if ts <= pos < ts + ln:
            return is_ + (pos - ts)
        return None

    def span_to_input(self, start: int, end: int) -> tuple[int, int] | None:
        """Input offsets of the text span ``[start, end)``, or ``None`` if it cannot be mapped."""
        a = self.to_input(start)
        b = self.to_input(end - 1) if end > start else a
        if a is None or b is None:
            return None
        return a, b + (1 if end > start else 0)


@dataclass
class Article:
    """One report, cleaned. Produced by :func:`crosswire.read`."""

    id: str
    path: str
    text: str
    paragraphs: list[Span] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)
    dateline: str | None = None
    section: str | None = None
    captions: list[Removed] = field(default_factory=list)
    url: str | None = None
    published: str | None = None  # ISO 8601, cut to its precision
    published_precision: str | None = None  # minute | day | month | year
    published_source: str | None = None  # text | html-meta | url | jsonl | user | ...
    provenance: dict[str, str] = field(default_factory=dict)  # field -> where it came from
    removed: list[Removed] = field(default_factory=list)
    offsets: OffsetMap = field(default_factory=OffsetMap)
    kind: str = "text"  # text | html | jsonl
    encoding: str | None = None
    source: str = ""  # the decoded input the offsets refer to (not serialised by default)

    def to_dict(self, *, with_source: bool = False) -> dict[str, Any]:
        d = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("offsets", "source")}
        d["paragraphs"] = [asdict(p) for p in self.paragraphs]
        d["removed"] = [asdict(r) for r in self.removed]
        d["captions"] = [asdict(c) for c in self.captions]
        d["offsets"] = [list(p) for p in self.offsets.pieces]
        if with_source:
            d["source"] = self.source
        return d


@dataclass(frozen=True)
class CaptionSpan(Span):
    """A piece of a caption: offsets into the *input* (``Article.source``), like ``Article.captions``.

    Captions are kept out of ``Article.text`` (they are not body paragraphs) but carry facts; a
    finding about a caption says so with ``where == "caption"``.
    """

    where: str = "caption"


@dataclass(frozen=True)
class Entity:
    """A named-entity mention (spaCy's label, possibly corrected)."""

    start: int
    end: int
    text: str
    label: str


@dataclass
class Actor:
    """A person, group or place with every mention of it in one article."""

    key: str  # stable within the article, e.g. "putin"
    name: str  # the fullest name seen
    kind: str  # PERSON | ORG | GPE | LOC | NORP
    mentions: list[Span] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)  # surface forms merged into this actor
    merged_by: list[str] = field(default_factory=list)  # how: title | acronym | translit | nominal | pronoun ...
    country: str | None = None  # for demonyms/capitals linked to a country (marked as a link)
    titles: list[str] = field(default_factory=list)  # "Russian President", "executive director"


@dataclass
class Quote:
    """A quoted span with its speaker. ``text`` excludes the quote marks."""

    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_span: Span | None = None
    speaker_how: str | None = None  # named | pronoun | nominal | carried | None
    speaker_actor: str | None = None  # Actor.key
    cue: str | None = None
    cue_span: Span | None = None
    credited_to: str | None = None  # outlet the quote is credited to (second-hand)
    scare: bool = False
    partial: bool = False  # a fragment inside a sentence of the author's
    sentence: Span | None = None


@dataclass
class Figure:
    """A number with what it counts."""

    text: str
    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    approximator: str | None = None
    vague: bool = False
    counts: str | None = None  # the noun counted, lemma form: "civilian", "child"
    counts_span: Span | None = None
    ordinal: bool = False


@dataclass
class DateMention:
    """A date expression resolved against the publication date."""

    text: str
    start: int
    end: int
    value: str | None  # ISO 8601 cut to precision: 2018-09-07, 2018-W36, 2017-05, 2016
    precision: str | None  # day | week | month | year | None
    kind: str = "date"  # date | duration | anaphoric | timestamp
    relative: bool = False


@dataclass
class Credit:
    """Content attributed to another outlet or source."""

    source: str | None
    kind: str  # outlet | organisation | person | document | unnamed | passive
    text: str  # the attribution phrase ("As reported by the Washington Post")
    start: int
    end: int
    covers: list[Span] = field(default_factory=list)  # sentences / quotes it covers
    quotes: list[int] = field(default_factory=list)  # indices into Document.quotes


@dataclass
class Document:
    """An Article with the facts found in it. Produced by :func:`crosswire.analyse`."""

    article: Article
    sentences: list[Span] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    caption_entities: list[Entity] = field(default_factory=list)  # offsets into the input, as captions
    parsed: Any = None  # the spaCy Doc; never serialised
    timings: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = self.article.to_dict()
        for name in ("sentences", "entities", "actors", "quotes", "figures", "dates", "credits"):
            d[name] = [asdict(x) for x in getattr(self, name)]
        return d


@dataclass(frozen=True)
class Evidence:
    """A passage of one article that a finding rests on."""

    article: str
    start: int
    end: int
    text: str


@dataclass
class Finding:
    """One result of a comparison, with the passages it rests on."""

    kind: str  # agree | conflict | quote_verbatim | quote_altered | quote_variant | quote_absent |
    #            credited_not_found | source_not_provided | unattributed | only_in | opinion
    article: str
    span: Span
    evidence: list[Evidence] = field(default_factory=list)
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class Report:
    """The result of :func:`crosswire.compare`."""

    documents: list[Document]
    findings: list[Finding]
    id: str | None = None
    errors: list[dict[str, Any]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    schema: str = "crosswire.report/1"
