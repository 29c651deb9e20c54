"""Date expressions, resolved against the article's publication date.

Finding: spaCy's DATE entities (from the shared parse) plus a few patterns spaCy sm misses (bare
weekdays, "Sept. 7", "since then").  Classifying: durations ("weeks of rhetoric", "years-long") and
anaphoric references ("since then") keep ``value=None``.  Resolving: relative expressions (today,
this week, a bare weekday) by hand against ``Article.published``; explicit strings ("May 2017",
"September 4th") with dateparser, whose output is checked (it turns "the 1990s" into a clock time
and a bare "Friday" into the Friday *before* a Friday base, dateparser issues #1092/#403).

Example::

    >>> from crosswire.extract.parse import parse
    >>> from crosswire.model import Article, Document
    >>> doc = find_dates(parse(Document(article=Article(id="a", path="a", text="He spoke Friday.",
    ...                                                  published="2018-09-07"))))
    >>> doc.dates[0].value, doc.dates[0].precision
    ('2018-09-07', 'day')
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from ..model import DateMention, Document
from .numbers import NUMBER_WORDS

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = r"(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# Patterns spaCy sm misses or cuts short; found on the text, then merged with its DATE entities.
_PATTERNS = re.compile(
    rf"\b(?:since then|(?:this|last|next) (?:week|month|year)|today|yesterday|tomorrow|tonight"
    rf"|(?:{'|'.join(w.capitalize() for w in WEEKDAYS)})(?:,? {_MONTHS} \d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"|{_MONTHS} \d{{1,2}}(?:st|nd|rd|th)?(?:, \d{{4}})?)\b",
    re.IGNORECASE,
)
_ANAPHORIC = re.compile(
    r"^(?:since then|then|that day|the same day|at the time|that week|that year|that same (?:day|week|month|year)"
    r"|the (?:same|next|following|previous) (?:day|week|month|year)"
    r"|(?:a|an|one|two|three|four|five|six|\d+|several|a few) (?:day|week|month|year)s? (?:later|earlier|after|before))$",
    re.I,
)  # relative to another event in the text, not to the publication date: left unresolved
_AGO = re.compile(r"^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (day|week|month|year)s? ago$", re.I)
_DURATION_WORDS = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries)"
# "weeks", "three years", "the past two weeks", "several months", "years-long": a length of time, not a date.
_DURATION = re.compile(
    rf"^(?:(?:the )?(?:past|last|next|first|coming|previous|recent|few|several|many|couple of|a|an|some|"
    rf"half|full|\d+|{'|'.join(NUMBER_WORDS)})[ -])*{_DURATION_WORDS}(?:-long| long| old)?$",
    re.I,
)
_RELATIVE_UNIT = re.compile(r"\b(this|last|next) (week|month|year)\b", re.I)
_YEAR = re.compile(r"^(?:the year )?((?:1[6-9]|20)\d\d)$")
_SHIFT = {"this": 0, "last": -1, "next": 1}


def find_dates(doc: Document) -> Document:
    """Fill ``doc.dates`` with every date expression in the text, in text order."""
    text = doc.article.text
    base = publication_date(doc.article.published)
    spans = _candidate_spans(doc.parsed, text)
    doc.dates = [_mention(text, s, e, base) for s, e in spans]
    return doc


def publication_date(published: str | None) -> dt.date | None:
    """The day a report was published, or None when it is not known to the day."""
    if not published or len(published) < 10:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _candidate_spans(sdoc: Any, text: str) -> list[tuple[int, int]]:
    """spaCy DATE entities and our patterns, overlaps merged (the longer one wins)."""
    found = [(e.start_char, e.end_char) for e in sdoc.ents if e.label_ == "DATE"] if sdoc is not None else []
    found += [(m.start(), m.end()) for m in _PATTERNS.finditer(text)]
    found += _duration_suffixes(text) + _span_end_years(text)
    merged: list[tuple[int, int]] = []
    for s, e in sorted(found, key=lambda x: (x[0], -x[1])):
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            continue
        merged.append((s, e))
    return [_trim(text, s, e) for s, e in merged]


# The year closing a span of years: spaCy sm tags "2006" of "from 2006 to 2014" and often not "2014" (of the
# years 2005-2008 before "to 2014", it missed three), so the span read as "since 2006".
_SPAN_END = re.compile(r"\b(?:1[6-9]|20)\d\d\s*(?:to|through|until|till|and|-|\u2013)\s*((?:1[6-9]|20)\d\d)\b")


def _span_end_years(text: str) -> list[tuple[int, int]]:
    return [(m.start(1), m.end(1)) for m in _SPAN_END.finditer(text)]


def _duration_suffixes(text: str) -> list[tuple[int, int]]:
    # spaCy tags only "years" in "years-long"; the suffix is part of the duration.
    return [(m.start(), m.end()) for m in re.finditer(rf"\b{_DURATION_WORDS}-long\b", text, re.I)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop spaces and trailing punctuation spaCy sometimes keeps inside an entity."""
    while end > start and text[end - 1] in " \u00a0\n,;:":
        end -= 1
    while start < end and text[start] in " \u00a0\n":
        start += 1
    return start, end


def _mention(text: str, start: int, end: int, base: dt.date | None) -> DateMention:
    raw = text[start:end]
    phrase = " ".join(raw.replace("\u00a0", " ").split())
    if _ANAPHORIC.match(phrase):
        return DateMention(raw, start, end, None, None, kind="anaphoric", relative=True)
    if _DURATION.match(phrase) and not _RELATIVE_UNIT.search(phrase):
        return DateMention(raw, start, end, None, None, kind="duration")
    value, precision, relative = resolve(phrase, base)
    return DateMention(raw, start, end, value, precision, kind="date", relative=relative)


def resolve(phrase: str, base: dt.date | None) -> tuple[str | None, str | None, bool]:
    """(ISO value cut to precision, precision, relative?) of one date phrase; value None if unknown."""
    low = phrase.lower()
    if _ANAPHORIC.match(phrase):
        return None, None, True  # "a year later": relative to another event, not to publication
    for rule in (_resolve_deictic, _resolve_unit, _resolve_weekday, _resolve_ago):
        hit = rule(low, base)
        if hit is not None:
            return hit
    year = _YEAR.match(low)
    if year:
        return year.group(1), "year", False
    return _resolve_explicit(phrase, base)


def _resolve_deictic(low: str, base: dt.date | None) -> tuple[str | None, str | None, bool] | None:
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
    word = next((w for w in offsets if re.search(rf"\b{w}\b", low)), None)
    if word is None:
        return None
    if base is None:
        return None, "day", True
    return (base + dt.timedelta(days=offsets[word])).isoformat(), "day", True


def _resolve_unit(low: str, base: dt.date | None) -> tuple[str | None, str | None, bool] | None:
    m = _RELATIVE_UNIT.search(low)
    if m is None:
        return None
    unit = m.group(2)
    if base is None:
        return None, unit, True
    shift = _SHIFT[m.group(1)]
    if unit == "week":
        y, w, _ = (base + dt.timedelta(weeks=shift)).isocalendar()
        return f"{y}-W{w:02d}", "week", True
    if unit == "month":
        months = base.year * 12 + base.month - 1 + shift
        return f"{months // 12}-{months % 12 + 1:02d}", "month", True
    return str(base.year + shift), "year", True


def _resolve_weekday(low: str, base: dt.date | None) -> tuple[str | None, str | None, bool] | None:
    """A bare weekday: the publication day itself if it is that weekday, else the most recent one before.

    News convention, written by hand because dateparser's PREFER_DATES_FROM="past" returns the
    previous week's Friday for "Friday" on a Friday base.  "next Friday" looks forward.
    """
    m = re.fullmatch(r"(?:(last|next|this|this past|on|late|early|later|earlier) )?(" + "|".join(WEEKDAYS) + r")", low)
    if m is None:
        return None
    if base is None:
        return None, "day", True
    delta = (base.weekday() - WEEKDAYS.index(m.group(2))) % 7
    day = base - dt.timedelta(days=delta)
    if m.group(1) == "next":
        day = base + dt.timedelta(days=(7 - delta) % 7 or 7)
    elif m.group(1) == "last" and delta == 0:
        day = base - dt.timedelta(days=7)
    return day.isoformat(), "day", True


def _resolve_ago(low: str, base: dt.date | None) -> tuple[str | None, str | None, bool] | None:
    """ "15 years ago" -> the publication year less 15, at the unit's precision (dateparser returns the
    publication year itself for it)."""
    m = _AGO.match(low)
    if m is None:
        return None
    unit = m.group(2).lower()
    if base is None:
        return None, unit, True
    n = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS.get(m.group(1).lower(), 1)
    if unit == "year":
        return str(base.year - n), "year", True
    if unit == "month":
        months = base.year * 12 + base.month - 1 - n
        return f"{months // 12}-{months % 12 + 1:02d}", "month", True
    day = base - dt.timedelta(days=n * (7 if unit == "week" else 1))
    if unit == "week":
        y, w, _ = day.isocalendar()
        return f"{y}-W{w:02d}", "week", True
    return day.isoformat(), "day", True


def _resolve_explicit(phrase: str, base: dt.date | None) -> tuple[str | None, str | None, bool]:
    """Explicit dates with dateparser; a missing year is taken from ``base`` (none -> unresolved)."""
    cleaned = re.sub(r"^(?:" + "|".join(WEEKDAYS) + r"),? (?=\w)", "", phrase, flags=re.I)
    has_year = re.search(r"\b\d{4}\b", cleaned) is not None
    if base is None and not has_year:
        return None, None, True
    parsed = _dateparser(cleaned, base.isoformat() if base else None)
    if parsed is None:
        return None, None, not has_year
    day, period = parsed
    if period not in ("day", "month", "year", "time") or (period == "time" and not re.search(r"\d:\d\d", cleaned)):
        return None, None, not has_year  # dateparser read a vague phrase ("the 1990s") as a clock time
    precision = "day" if period == "time" else period
    if base is not None and not has_year:
        day = _nearest_year(day, base)
    value = {"day": day.isoformat(), "month": f"{day.year}-{day.month:02d}", "year": str(day.year)}[precision]
    return value, precision, not has_year


def _nearest_year(day: dt.date, base: dt.date) -> dt.date:
    """A day-month without a year is the one nearest the publication date, before or after.

    News convention: "June 3" in a March story is the coming June 3 (a primary), "Dec. 25" in a January
    story the last one; dateparser's PREFER_DATES_FROM picks one direction for all.
    """
    options = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            options.append(day.replace(year=year))
        except ValueError:  # 29 February in a common year
            continue
    return min(options, key=lambda d: abs((d - base).days))


@functools.lru_cache(maxsize=4096)
def _dateparser(phrase: str, base_iso: str | None) -> tuple[dt.date, str] | None:
    # Cached: dateparser costs 1-6 ms a call, and a story repeats the same phrases across reports.
    parser = _parser(base_iso)
    data = parser.get_date_data(phrase)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), str(data.period)


@functools.lru_cache(maxsize=64)
def _parser(base_iso: str | None) -> Any:
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    if base_iso:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(base_iso)
    return DateDataParser(languages=["en"], settings=settings)
