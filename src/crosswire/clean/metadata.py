"""Metadata found in the lines of a scrape: title, timestamp, byline, dateline, contributors,
author bio, captions and the outlet (from a tagline, a bio, a prompt or a copyright line).

Patterns are general news-page conventions (``By <name>``, ``<PLACE> —``, ``... contributed to this
report``, ``<Name> is a <role> for <outlet>``); date strings found are normalised with dateparser.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from .lines import fold_line
from .normalize import fold
from .outlets import ALIASES, OUTLETS, ROLES

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}(?=\b|T)|\d{{1,2}}/\d{{1,2}}/\d{{4}})"
)
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+\d{{4}}\b")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?!\d)", re.I)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$|\b)")
_NAME = r"[A-Z][\w'\u2019.-]+(?:\s+(?:[A-Z][\w'\u2019.-]+|de|van|von|bin|al-\w+|da|di|la|le)){0,3}"
_BYLINE = re.compile(r"^(?:By|BY|Written by|Words by|Story by)\s+(.+)$")
_DATELINE = re.compile(
    r"^((?:[A-Z][A-Z.'\u2019-]+)(?:[ ][A-Z][A-Z.'\u2019-]+){0,3}(?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?)"
    r"(\s*\([A-Za-z.&/ -]{1,30}\))?\s*[\u2014\u2013-]{1,2}\s*"
)
_WIRE_DATELINE = re.compile(r"^(\((?:AP|Reuters|AFP|Bloomberg|UPI|dpa|CNN)\))\s*[\u2014\u2013-]{1,2}\s*")
_CONTRIB = re.compile(
    r"(?:contributed (?:to )?(?:this |the )?(?:report|reporting|story|article)|contributed\.$|(?:additional )?reporting by"
    r"|editing by|writing by|compiled by)",
    re.I,
)
_BIO = re.compile(
    rf"^({_NAME}) (?:is|was|has been|serves as) (?:a|an|the)\b[^.]{{0,120}}?\b(?:{'|'.join(ROLES)})s?\b", re.U
)
_CAPTION_START = re.compile(
    r"^(?:(?:Image|Photo|Picture|Video|Media)\s+)?(?:caption|credit|source|copyright)\s*[:,]|"
    r"^(?:Above|Photo|Image|Caption|Pictured|Picture|Video|Top|Left|Right|Graphic)\s*:",
    re.I,
)
_CAPTION_CREDIT = re.compile(r"\((?:Photo|Image|Picture|Credit|Video)[^)]*\)\s*$|(?:Photograph|Photo|Image):\s*\S+.*$")


def has_date(text: str) -> bool:
    """A cheap regex check before the (8 ms) dateparser call."""
    return bool(_DATE.search(text) or _MONTH_YEAR.search(text))


def has_time_or_date(text: str) -> bool:
    return bool(_TIME.search(text)) or has_date(text)


def parse_date(text: str) -> tuple[str, str] | None:
    """``(iso, precision)`` of the first full date in ``text`` (with its time, if any), via dateparser."""
    m = _DATE.search(text)
    if m is None:
        return _month_year(text)
    t = _TIME.search(text)
    parsed = _fast_parse(m.group(), t.group() if t else None) or _dateparse(m.group() + (" " + t.group() if t else ""))
    if parsed is None:
        return None
    if t:
        return parsed.strftime("%Y-%m-%dT%H:%M"), "minute"
    return parsed.strftime("%Y-%m-%d"), "day"


def _month_year(text: str) -> tuple[str, str] | None:
    m = _MONTH_YEAR.search(text)
    parsed = _dateparse(m.group()) if m else None
    return (parsed.strftime("%Y-%m"), "month") if parsed else None


# Fast path: the few layouts most pages print, read with strptime (~10 us) before dateparser (4-8 ms a
# call on this machine, most of a page's cleaning time).  Anything else still goes to dateparser.
_FAST_DATE = ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d", "%m/%d/%Y")
_FAST_TIME = ("%I:%M %p", "%H:%M", "%H.%M")
_MERIDIEM = re.compile(r"\s*([AP])\.?\s?M\.?")
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b|,|(?<=[A-Za-z])\.")


def _fast_parse(date: str, time: str | None) -> datetime | None:
    date = " ".join(_ORDINAL.sub("", date).replace("Sept ", "Sep ").split())
    time = " ".join(_MERIDIEM.sub(r" \1M", time.upper()).split()) if time else None
    for dfmt in _FAST_DATE:
        for tfmt in _FAST_TIME if time else ("",):
            try:
                return datetime.strptime(f"{date} {time}" if time else date, f"{dfmt} {tfmt}".strip())
            except ValueError:
                continue
    return None


@lru_cache(maxsize=1024)
def _dateparse(text: str) -> datetime | None:
    import dateparser  # imported lazily: ~150 ms, and only needed when a page shows a date

    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    return dateparser.parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]


def date_from_url(url: str) -> tuple[str, str] | None:
    """``/2018/09/07/`` in a URL: a day-precision date."""
    m = _URL_DATE.search(url)
    if m is None:
        return None
    try:
        return datetime(int(m[1]), int(m[2]), int(m[3])).strftime("%Y-%m-%d"), "day"
    except ValueError:
        return None


def byline(text: str) -> list[str]:
    """Author names of a ``By ...`` line (``By A, B and C``), else []."""
    m = _BYLINE.match(text)
    if m is None or len(text.split()) > 14:
        return []
    rest = _DATE.split(m.group(1))[0]
    rest = re.split(r"\s+[|\u2022\u00b7]\s+|\s+(?:for|of|in)\s+|\s*\|", rest)[0]
    return [n.strip(" ,.") for n in re.split(r",\s*|\s+and\s+|\s*&\s*", rest) if re.match(_NAME + "$", n.strip(" ,."))]


_BARE_NAME = re.compile(r"^[A-Z][a-z'\u2019-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'\u2019-]+|de|van|von|da|di|al-\w+)){1,3}$")


def bare_name(text: str) -> str | None:
    """A line that is only a person's name ("Mark Owens"): 2-4 capitalised words, not a known outlet."""
    text = text.strip()
    if not _BARE_NAME.match(text) or outlet_in(text) is not None:
        return None
    return text


def dateline(text: str) -> tuple[str, int] | None:
    """``(place, prefix length)`` of a dateline opening a paragraph (``ISTANBUL \u2014``), else None."""
    m = _WIRE_DATELINE.match(text)
    if m:
        return m.group(1).strip("()"), m.end()
    m = _DATELINE.match(text)
    if m is None or len(m.group(1)) < 2 or not any(c.isalpha() for c in m.group(1)):
        return None
    place = m.group(1).split(",")[0]
    return " ".join(w.capitalize() for w in place.split()), m.end()


def contributors(text: str) -> list[str] | None:
    """Names in a contributor credit (``A in Beirut and B contributed to this report.``), else None."""
    if not _CONTRIB.search(text) or len(text.split()) > 40:
        return None
    names = re.findall(r"(?<![\w-])([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})", text)
    places = set(re.findall(r"\b(?:in|from)\s+([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*)", text))
    skip = ("Additional", "Reporting", "Editing", "Writing")
    return [n for n in names if n not in places and not n.startswith(skip) and outlet_in(n) is None]


def bio(text: str) -> tuple[str, str | None] | None:
    """``(author, outlet)`` from a reporter's bio line, else None."""
    m = _BIO.match(text)
    if m is None or len(text.split()) > 80:
        return None
    return m.group(1), outlet_in(text)


def is_caption(text: str) -> bool:
    return bool(_CAPTION_START.match(text) or _CAPTION_CREDIT.search(text))


@lru_cache(maxsize=1)
def _outlet_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    names = {name: name for name, _, _ in OUTLETS}
    names.update(ALIASES)
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])"), names


def outlet_in(text: str) -> str | None:
    """The canonical name of the first known outlet named in ``text`` (case-sensitive), else None."""
    pattern, names = _outlet_pattern()
    m = pattern.search(text)
    return names[m.group()] if m else None


@lru_cache(maxsize=1)
def _taglines() -> dict[str, str]:
    return {fold(t).strip(" .!"): name for name, _, tags in OUTLETS for t in tags}


def tagline_outlet(text: str) -> str | None:
    """The outlet whose masthead slogan is exactly this line, else None."""
    return _taglines().get(fold_line(text).strip(" .!"))


def outlet_from_domain(url: str) -> str | None:
    host = re.sub(r"^[a-z]+://", "", url.lower()).split("/")[0]
    for name, domains, _ in OUTLETS:
        if any(host == d or host.endswith("." + d) for d in domains):
            return name
    return None


def title_suffix_outlet(text: str) -> tuple[str, str] | None:
    """``Headline | Outlet`` or ``Headline - Outlet``: (headline, outlet) when the suffix is a known outlet."""
    parts = re.split(r"\s+[|\u2013\u2014-]\s+", text)
    if len(parts) < 2:
        return None
    outlet = outlet_in(parts[-1])
    return (" - ".join(parts[:-1]), outlet) if outlet else None
