"""Figures: numbers with their value, bounds, approximator and the noun they count.

Numbers come from the shared spaCy parse (``like_num`` tokens, number words, ordinals, vague plurals
such as "thousands"); the counted noun from the dependency tree ("3 million civilians": million ->
nummod -> civilians; "thousands of children": thousands -> of -> children; "a population of 3 million":
the collective noun).  Dates, times, durations and numbers inside names are not figures: tokens inside
``doc.dates`` or a spaCy DATE/TIME entity are skipped, and so is a number counting a time unit
("three weeks").  Written by hand because no library links a number to its noun and hedge; spaCy
only labels CARDINAL spans (and puts "some 3 million" under QUANTITY).

Vague amounts: ``vague=True``, ``value=None`` and ``low`` = two of the unit ("thousands" -> 2000), so a
vague amount never conflicts with an exact one.  Bounds: "more than 1 million" -> low = value =
1,000,000; "up to 3 million" -> high = value.

Example::

    >>> from crosswire.extract.dates import find_dates
    >>> from crosswire.extract.parse import parse
    >>> from crosswire.model import Article, Document
    >>> doc = find_figures(find_dates(parse(Document(article=Article(id="a", path="a",
    ...     text="Some 3 million civilians live there.")))))
    >>> f = doc.figures[0]; f.value, f.approximator, f.counts
    (3000000.0, 'some', 'civilian')
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Document, Figure, Span
from .numbers import (
    APPROXIMATOR_FILLERS,
    APPROXIMATORS,
    COLLECTIVE_NOUNS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    SCALE_WORDS,
    TIME_UNITS,
    VAGUE_AMOUNTS,
)

_BLOCKING_ENTS = frozenset({"DATE", "TIME", "PERSON", "ORG", "PRODUCT", "LAW", "EVENT", "WORK_OF_ART", "FAC"})
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.I)
_YEAR = re.compile(r"^(?:1[6-9]|20)\d\d$")
_VAGUE_FIRST = frozenset(v.split()[0] for v in VAGUE_AMOUNTS)
_CANDIDATE_WORDS = frozenset(NUMBER_WORDS) | frozenset(ORDINAL_WORDS) | _VAGUE_FIRST
_MAX_APPROX_WORDS = 3  # longest approximator phrase ("in excess of")


def find_figures(doc: Document) -> Document:
    """Fill ``doc.figures`` with every quantity in the text, in text order."""
    sdoc = doc.parsed
    blocked = _blocked_chars(doc)
    figures: list[Figure] = []
    i, n = 0, len(sdoc)
    while i < n:
        tok = sdoc[i]
        # Cheap lexical test first: most tokens are words (~2 us each vs ~20 us for the full check).
        if not (tok.like_num or tok.lower_ in _CANDIDATE_WORDS or _ORDINAL_DIGITS.match(tok.text)):
            i += 1
            continue
        group = _number_group(sdoc, i, blocked)
        if group is None:
            i += 1
            continue
        fig = _figure(doc, sdoc, group)
        if fig is not None:
            figures.append(fig)
        i = group[1]
    doc.figures = figures
    return doc


def _blocked_chars(doc: Document) -> set[int]:
    """Token start offsets no figure may use: inside dates, times and names."""
    blocked: set[int] = set()
    for d in doc.dates:
        blocked.update(range(d.start, d.end))
    for e in doc.parsed.ents:
        if e.label_ in _BLOCKING_ENTS:
            blocked.update(t.idx for t in e)
    return blocked


def _is_number(tok: Any) -> bool:
    low = tok.lower_
    return bool(_DIGITS.match(low)) or low in NUMBER_WORDS or _is_number_word_compound(low)


def _is_number_word_compound(low: str) -> bool:
    parts = low.split("-")
    return len(parts) == 2 and all(p in NUMBER_WORDS for p in parts)  # "twenty-five"


def _number_group(sdoc: Any, i: int, blocked: set[int]) -> tuple[int, int, str] | None:
    """(start token, end token, kind) of a number starting at token ``i``; kind: number | ordinal | vague."""
    tok = sdoc[i]
    if tok.idx in blocked:
        return None
    low = tok.lower_
    vague = _vague_at(sdoc, i)
    if vague:
        return i, i + vague, "vague"
    if low in ORDINAL_WORDS or _ORDINAL_DIGITS.match(low):
        return (i, i + 1, "ordinal") if tok.head.pos_ == "NOUN" and tok.dep_ == "amod" else None
    if not _is_number(tok):
        return None
    j = last = i + 1
    if _word_hyphen_word(sdoc, i):
        j = last = i + 3  # spaCy splits "twenty-five" into three tokens
    elif j < len(sdoc) and sdoc[j].text in ("-", ":", "/"):
        return None  # "10:24", "4-3", "10-year-old", "9/11"
    while j < len(sdoc) and sdoc[j].idx not in blocked:
        if sdoc[j].lower_ in SCALE_WORDS or _is_number(sdoc[j]):
            last = j + 1
        elif not sdoc[j].is_space:  # NBSP inside "3\u00a0million" is its own token
            break
        j += 1
    return i, last, "number"


def _word_hyphen_word(sdoc: Any, i: int) -> bool:
    if i + 2 >= len(sdoc) or sdoc[i + 1].text != "-":
        return False
    return sdoc[i].lower_ in NUMBER_WORDS and sdoc[i + 2].lower_ in NUMBER_WORDS


def _vague_at(sdoc: Any, i: int) -> int:
    """Token length of a vague amount starting at ``i`` ("tens of thousands" = 3), else 0."""
    if sdoc[i].lower_ not in _VAGUE_FIRST:  # cheap test first: slicing a Doc costs ~30 us
        return 0
    for n in (3, 1):
        words = " ".join(t.lower_ for t in sdoc[i : i + n])
        if i + n <= len(sdoc) and words in VAGUE_AMOUNTS:
            return n
    return 0


def _figure(doc: Document, sdoc: Any, group: tuple[int, int, str]) -> Figure | None:
    start, end, kind = group
    tokens = [t for t in sdoc[start:end] if not t.is_space]
    value = _value(tokens, kind)
    if value is None or _is_year_or_pronoun(tokens, kind):
        return None
    noun = _counted_noun(sdoc[end - 1])
    if noun is not None and noun.lemma_.lower() in TIME_UNITS:
        return None  # "three weeks", "two years": durations, not figures
    approx, approx_start = _approximator(sdoc, start)
    first = approx_start if approx_start is not None else tokens[0].idx
    last = tokens[-1].idx + len(tokens[-1].text)
    text = doc.article.text
    fig = Figure(text=text[first:last], start=first, end=last, value=None if kind == "vague" else value)
    fig.vague, fig.ordinal, fig.approximator = kind == "vague", kind == "ordinal", approx
    if kind == "vague":
        fig.low = value
    _set_bounds(fig, approx, value)
    if noun is None:  # "$84,000", "£3 million": the parser hangs the symbol on the number
        noun = next((c for t in tokens for c in t.children if c.text in CURRENCY_SYMBOLS), None)
    if noun is not None:
        fig.counts = CURRENCY_SYMBOLS.get(noun.text) or ("percent" if noun.text == "%" else noun.lemma_.lower())
        fig.counts_span = Span(noun.idx, noun.idx + len(noun.text), noun.text)
    return fig


# A currency symbol counts its unit, as "dollars" would ("5 million dollars" -> dollar).
CURRENCY_SYMBOLS = {"$": "dollar", "US$": "dollar", "£": "pound", "€": "euro", "¥": "yen"}


def _is_year_or_pronoun(tokens: Any, kind: str) -> bool:
    if kind != "number" or len(tokens) != 1:
        return False
    tok = tokens[0]
    if _YEAR.match(tok.text) and tok.dep_ != "nummod":
        return True  # "in 2016" when spaCy did not tag it DATE
    return tok.lower_ == "one" and tok.dep_ != "nummod"  # "one of the most important steps"


def _value(tokens: Any, kind: str) -> float | None:
    if kind == "vague":
        return float(VAGUE_AMOUNTS[" ".join(t.lower_ for t in tokens)])
    if kind == "ordinal":
        low = tokens[0].lower_
        m = _ORDINAL_DIGITS.match(low)
        return float(m.group(1)) if m else float(ORDINAL_WORDS[low])
    total, current = 0.0, 0.0
    for tok in tokens:
        low = tok.lower_
        if low == "-":
            continue
        if low in SCALE_WORDS:
            current = (current or 1.0) * SCALE_WORDS[low]
            if SCALE_WORDS[low] >= 1000:
                total, current = total + current, 0.0
        else:
            current += _word_value(low)
    return total + current


def _word_value(low: str) -> float:
    if low in NUMBER_WORDS:
        return float(NUMBER_WORDS[low])
    if _is_number_word_compound(low):
        return float(sum(NUMBER_WORDS[p] for p in low.split("-")))
    return float(low.replace(",", ""))


def _counted_noun(tok: Any) -> Any | None:
    """The noun a number counts: its head ("four zones"), its "of" object ("thousands of children"), or
    the collective noun it measures ("a population of 3 million")."""
    if tok.dep_ in ("nummod", "amod", "quantmod", "compound") and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
            if pobj is not None:
                return pobj
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in COLLECTIVE_NOUNS:
        return head.head
    return None


def _approximator(sdoc: Any, start: int) -> tuple[str | None, int | None]:
    """Hedges before the number, e.g. ("approximately ... up to", offset of "approximately")."""
    found: list[tuple[str, int]] = []
    i = _skip_collective(sdoc, start)
    sent_start = max(0, start - 12)  # hedges sit within a few words of the number
    while i > sent_start:
        phrase = _approx_ending_at(sdoc, i, sent_start)
        if phrase is not None:
            found.insert(0, phrase)
            i = phrase[1]
            continue
        if found and sdoc[i - 1].lower_ in APPROXIMATOR_FILLERS:
            i -= 1
            continue
        break
    if not found:
        return None, None
    return " ... ".join(p for p, _ in found), sdoc[found[0][1]].idx


def _skip_collective(sdoc: Any, start: int) -> int:
    """Token index before "a population of" or a currency symbol, so its hedge is found ("up to a population
    of 3 million", "nearly $44 million")."""
    if start >= 3 and sdoc[start - 1].lower_ == "of" and sdoc[start - 2].lemma_.lower() in COLLECTIVE_NOUNS:
        return start - 3 if sdoc[start - 3].lower_ in ("a", "an", "the") else start - 2
    if start >= 1 and sdoc[start - 1].text in CURRENCY_SYMBOLS:  # "nearly $44 million"
        return start - 1
    return start


def _approx_ending_at(sdoc: Any, i: int, floor: int) -> tuple[str, int] | None:
    """The longest approximator phrase ending just before token ``i``: (phrase, its first token)."""
    for n in range(_MAX_APPROX_WORDS, 0, -1):
        if i - n < floor:
            continue
        words = " ".join(t.lower_ for t in sdoc[i - n : i])
        if words in APPROXIMATORS:
            return words, i - n
    return None


def _set_bounds(fig: Figure, approx: str | None, value: float | None) -> None:
    if approx is None or value is None or fig.vague:
        return
    kinds = {APPROXIMATORS[p] for p in approx.split(" ... ")}
    if "lower" in kinds:
        fig.low = value
    if "upper" in kinds:
        fig.high = value
