"""Certainty of a pending event: one report presents it as certain, another as unclear (TRUTH C4).

"Forces are on the verge of launching an offensive" against "It was unclear whether a military
assault was imminent" is a soft conflict of framing: both writers may be honest, but a reader of one
report is told as settled what the other calls open.

Per claim, ``stances`` finds assertions about an event still to happen, with their certainty:

- unclear: an uncertainty frame ("it was unclear [Friday] whether", "whether ... remains unclear",
  "may or may not") whose scope holds a pending event ("an assault was imminent", "would launch
  an offensive", "will vote");
- certain: a certainty cue ("on the verge of", "poised to", "will", "imminent", "inevitable") bound
  to an event ("... launching an offensive", "an attack is imminent"), not hedged ("may be imminent",
  "not about to"), not conditional ("if ... will") and not inside an uncertainty frame.

An event is bound to a cue by a small grammar over words, not a parse (hand-built documents have
none, and the rule is the same either way): a verb of doing an event and the event noun after it
("launch ... offensive", at most 4 words on), a predicate of happening and the event noun before it
("assault was imminent", at most 5 words back), or a modal and an event verb ("will vote").
Cues and event words are data in ``extract/lexicons.py``.

``certainty_findings`` pairs each unclear stance with the best certain stance about the same kind of
event in each other report, and emits one soft ``conflict`` (``detail["what"] == "certainty"``).

>>> [(s.level, s.kind) for s in stances_in("It is unclear whether an attack is imminent.")]
[('unclear', 'military action')]
>>> [(s.level, s.cue.text) for s in stances_in("Troops are poised to launch an offensive.")]
[('certain', 'poised to')]
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from typing import Any

from ..clean.normalize import fold
from ..extract import lexicons as lx
from ..extract.dates import WEEKDAYS
from ..model import Document, Finding, Span
from . import match
from .claims import Claim, words_of
from .findings import Context, _ev

# Words, contractions split off ("won't" -> "won", "not"; "they'll" -> "they", "will"), and punctuation.
_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*|'[a-z]+|[^\sa-z0-9]")
_CONTRACTIONS = {"'t": "not", "'ll": "will"}
# Punctuation that ends a clause for the event grammar; a comma ends it too except inside an
# uncertainty scope ("unclear whether the offensive, long expected, would begin").
_BREAKS = frozenset(';:()-.!?"')
# Words that open a clause of their own: a cue after them in the clause is not the writer's assertion.
_CONDITIONAL = frozenset({"if", "unless", "whether"})
# Adverbs a cue may have before its verb ("will soon launch", "is set to finally begin").
_ADVERBS = frozenset({"soon", "also", "now", "then", "still", "ever", "again", "finally", "quickly", "shortly"})
# How far an event may be from its verb of doing (after it) or its predicate of happening (before it):
# "launching a large-scale offensive" is 2 words on, "Battle of Mosul inevitable" 3 back.
AFTER, BEFORE = 4, 5
# A clause ending an uncertainty scope: ", but an attack is imminent" is the writer's own assertion.
_SCOPE_ENDS = frozenset({"but", "while", "although", "though"})
# Days and months are written with a capital but name no actor or place: "will vote Tuesday" and
# "whether the Senate will vote" must not clash on them.
_CALENDAR = words_of(" ".join(WEEKDAYS + tuple(calendar.month_name[1:])))
NOTE = "one report presents it as certain, the other as unclear"


@dataclass(frozen=True)
class Tok:
    text: str  # folded
    start: int  # offsets in the article text
    end: int
    cap: bool = False  # written with a capital


@dataclass(frozen=True)
class Stance:
    """An event still to happen, with how one sentence frames it. ``cue`` and ``event`` are article spans."""

    level: str  # certain | unclear
    kind: str  # a key of lexicons.EVENT_KINDS
    cue: Span
    event: Span
    names: frozenset[str]  # capitalised words of the clause (who or where the event is about)
    weak: bool = False  # a plain future ("will"): see lexicons.CERTAIN_WEAK


@functools.cache
def _phrases(entries: tuple[str, ...] | frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> phrases as word tuples, longest first (so "not yet clear" wins over "not clear")."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted((tuple(e.split()) for e in entries), key=len, reverse=True):
        out.setdefault(p[0], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def _kinds() -> tuple[dict[str, str], dict[str, str]]:
    """Event noun -> kind and event verb -> kind."""
    nouns = {w: k for k, (ns, _) in lx.EVENT_KINDS.items() for w in ns}
    verbs = {w: k for k, (_, vs) in lx.EVENT_KINDS.items() for w in vs}
    return nouns, verbs


def tokens(text: str, offset: int = 0) -> list[Tok]:
    """Folded word and punctuation tokens of ``text``, with offsets shifted by ``offset``."""
    out = []
    for m in _TOKEN.finditer(fold(text)):
        word = _CONTRACTIONS.get(m.group(0), m.group(0))
        out.append(Tok(word, offset + m.start(), offset + m.end(), text[m.start()].isupper()))
    return out


def _at(toks: list[Tok], k: int, entries: tuple[str, ...] | frozenset[str]) -> int:
    """Length in tokens of the longest phrase of ``entries`` starting at token ``k`` (0: none)."""
    for p in _phrases(entries).get(toks[k].text, ()):
        if tuple(t.text for t in toks[k : k + len(p)]) == p:
            return len(p)
    return 0


def _span(text: str, a: Tok, b: Tok) -> Span:
    return Span(a.start, b.end, text[a.start : b.end])


# --- binding an event to a cue -----------------------------------------------------------------


def _noun_after(toks: list[Tok], k: int, limit: int = AFTER) -> int | None:
    """Index of the first event noun in the ``limit`` words from ``k``, within the clause."""
    nouns = _kinds()[0]
    for j in range(k, min(len(toks), k + limit)):
        if toks[j].text in _BREAKS or toks[j].text == ",":
            return None
        if toks[j].text in nouns:
            return j
    return None


def _noun_before(toks: list[Tok], k: int, limit: int = BEFORE) -> int | None:
    """Index of the nearest event noun in the ``limit`` words before ``k``, within the clause."""
    nouns = _kinds()[0]
    for j in range(k - 1, max(-1, k - 1 - limit), -1):
        if toks[j].text in _BREAKS or toks[j].text == ",":
            return None
        if toks[j].text in nouns:
            return j
    return None


def _skip_adverbs(toks: list[Tok], k: int) -> int:
    while k < len(toks) and (toks[k].text in _ADVERBS or (toks[k].text.endswith("ly") and toks[k].text != "likely")):
        k += 1
    return k


def _bound(toks: list[Tok], k: int, before: int) -> int | None:
    """The event a predicate starting at token ``k`` is about: a verb of doing and its noun, a verb
    naming the event, or a predicate of happening and the noun before (searched back from ``before``)."""
    if k >= len(toks):
        return None
    if (n := _at(toks, k, lx.LAUNCH_VERBS)) and (j := _noun_after(toks, k + n)) is not None:
        return j
    if toks[k].text in _kinds()[1] and not _other_sense(toks, k):
        return k
    if _at(toks, k, lx.HAPPEN_PREDICATES):
        return _noun_before(toks, before)
    return None


def _other_sense(toks: list[Tok], k: int) -> bool:
    """An event verb used in its other sense ("meet the deadline"): see lexicons.EVENT_SENSE_BEFORE."""
    if (allowed := lx.EVENT_SENSE_BEFORE.get(toks[k].text)) is None or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return not (nxt.text in allowed or nxt.cap or nxt.text in _BREAKS or nxt.text == ",")


def _kind(tok: Tok) -> str:
    nouns, verbs = _kinds()
    return nouns.get(tok.text) or verbs[tok.text]


# --- unclear -----------------------------------------------------------------------------------


def _scope_end(toks: list[Tok], k: int) -> int:
    for j in range(k, len(toks)):
        if toks[j].text in _BREAKS or (toks[j].text in _SCOPE_ENDS and j > 0 and toks[j - 1].text == ","):
            return j
    return len(toks)


def _pending_at(toks: list[Tok], k: int, a: int) -> int | None:
    """The event bound to something still to happen at token ``k`` of a scope starting at ``a``:
    "[assault was] imminent", "launch [an offensive]", "will [vote]"."""
    if _at(toks, k, lx.HAPPEN_PREDICATES):
        j = _noun_before(toks, k)
        return j if j is not None and j >= a else None
    if _at(toks, k, lx.LAUNCH_VERBS):
        return _bound(toks, k, k)
    pending = k > a and toks[k - 1].text in lx.PENDING_MARKERS
    return k if pending and toks[k].text in _kinds()[1] and not _other_sense(toks, k) else None


def _pending_events(toks: list[Tok], a: int, b: int) -> list[int]:
    """Event tokens in toks[a:b] bound to something still to happen."""
    return [j for k in range(a, b) if (j := _pending_at(toks, k, a)) is not None]


def _frames(toks: list[Tok]) -> list[tuple[int, int, int, int]]:
    """(cue start, cue end, scope start, scope end) token indices of each uncertainty frame."""
    out = []
    for k in range(len(toks)):
        if n := _at(toks, k, lx.UNCERTAIN_FRAMES):
            w = _whether_after(toks, k + n)
            if w is not None:
                out.append((k, w + 1, w + 1, _scope_end(toks, w + 1)))
            elif k > 1 and (w := _whether_before(toks, k)) is not None:  # "whether ... remains unclear"
                out.append((k, k + n, w, k))
        elif n := _at(toks, k, lx.UNCERTAIN_INLINE):
            start = max((j + 1 for j in range(k) if toks[j].text in _BREAKS or toks[j].text == ","), default=0)
            out.append((k, k + n, start, _scope_end(toks, k + n)))
    return out


def _whether_after(toks: list[Tok], k: int) -> int | None:
    """The "whether" (or "if") of a frame: "unclear Friday whether", "not clear, however, whether"."""
    for j in range(k, min(len(toks), k + 5)):
        if toks[j].text in ("whether", "if"):
            return j
        if toks[j].text in _BREAKS:
            return None
    return None


def _whether_before(toks: list[Tok], k: int) -> int | None:
    """A "whether" opening the clause that ends in an uncertainty frame at ``k``."""
    for j in range(k - 1, -1, -1):
        if toks[j].text in _BREAKS:
            return None
        if toks[j].text == "whether":
            return j
    return None


def _unclear(text: str, toks: list[Tok], frames: list[tuple[int, int, int, int]]) -> list[Stance]:
    out = []
    for c0, c1, s0, s1 in frames:
        for j in _pending_events(toks, s0, s1):
            cue = _span(text, toks[c0], toks[c1 - 1])
            out.append(
                Stance("unclear", _kind(toks[j]), cue, _span(text, toks[j], toks[j]), _names(text, toks, s0, s1))
            )
    return out


# --- certain -----------------------------------------------------------------------------------


def _clause(toks: list[Tok], k: int) -> tuple[int, int]:
    """The clause around token ``k``: between the nearest commas or breaks."""
    a = k
    while a > 0 and toks[a - 1].text not in _BREAKS and toks[a - 1].text != ",":
        a -= 1
    b = k
    while b < len(toks) and toks[b].text not in _BREAKS and toks[b].text != ",":
        b += 1
    return a, b


def _hedged(toks: list[Tok], k: int, n: int) -> bool:
    """A cue at toks[k:k+n] with a hedge or negation just before or after, or in a conditional clause."""
    near = {t.text for t in toks[max(0, k - 3) : k]} | {t.text for t in toks[k + n : k + n + 1]}
    if near & lx.CERTAINTY_HEDGES:  # "may be imminent", "will not", "imminent if talks fail"
        return True
    a, b = _clause(toks, k)
    if any(t.text in lx.CERTAINTY_NEGATIONS for t in toks[a:k]):  # "there is no chance he will resign"
        return True
    j = k - 1
    while j >= 0 and toks[j].text not in _BREAKS:  # "If talks fail, forces will attack": across commas
        if toks[j].text in _CONDITIONAL:
            return True
        j -= 1
    # "will vote if the election is close": a condition later in the clause takes the certainty away too.
    return any(t.text in ("if", "unless") for t in toks[k + n : b])


def _certain_at(toks: list[Tok], k: int) -> tuple[int, int] | None:
    """(cue length, event token) for a certainty cue at token ``k`` bound to an event, else None."""
    if n := _at(toks, k, lx.CERTAIN_BEFORE):
        v = _skip_adverbs(toks, k + n)
        # Only "on the verge of" and "on the brink of" take the event noun itself ("on the brink of war");
        # "going to war" says where someone goes, not that a war will happen.
        if toks[k + n - 1].text == "of" and v < len(toks) and toks[v].text in _kinds()[0]:
            return n, v
        j = _bound(toks, v, k)
        return (n, j) if j is not None else None
    if toks[k].text in lx.CERTAIN_ADJECTIVES:
        j = _noun_after(toks, k + 1, limit=2)
        j = j if j is not None else _noun_before(toks, k)
        return (1, j) if j is not None else None
    return None


def _certain(text: str, toks: list[Tok], scopes: list[tuple[int, int]]) -> list[Stance]:
    out = []
    for k in range(len(toks)):
        if any(a <= k < b for a, b in scopes) or (hit := _certain_at(toks, k)) is None:
            continue
        n, j = hit
        if _hedged(toks, k, n):
            continue
        a, b = _clause(toks, k)
        cue = _span(text, toks[k], toks[k + n - 1])
        weak = " ".join(t.text for t in toks[k : k + n]) in lx.CERTAIN_WEAK
        event = _span(text, toks[j], toks[j])
        out.append(Stance("certain", _kind(toks[j]), cue, event, _names(text, toks, a, b), weak))
    return out


# --- per claim -----------------------------------------------------------------------------------


def _names(text: str, toks: list[Tok], a: int, b: int) -> frozenset[str]:
    """Content words written with a capital in toks[a:b] (a sentence's first word is not counted)."""
    caps = [text[t.start : t.end] for t in toks[max(1, a) : b] if t.cap]
    return words_of(" ".join(caps)) - _CALENDAR


def _in_quotes(doc: Document, c: Claim) -> list[tuple[int, int]]:
    """Direct quotes in the claim: what a source says is not the report's own framing."""
    return [(q.start, q.end) for k in c.quotes if not (q := doc.quotes[k]).scare]


def stances_in(text: str, start: int = 0, article_text: str | None = None) -> list[Stance]:
    """Stances of one sentence; ``start`` is its offset in ``article_text`` (defaults to ``text`` itself)."""
    full = article_text if article_text is not None else text
    toks = tokens(text, start)
    frames = _frames(toks)
    unclear = _unclear(full, toks, frames)
    scopes = [(min(c0, s0), max(c1, s1)) for c0, c1, s0, s1 in frames]
    # A cue inside an uncertainty frame ("whether an assault was imminent") is what is in doubt.
    certain = _certain(full, toks, scopes)
    out: dict[tuple[str, str], Stance] = {}
    for s in unclear + [s for s in certain if s.kind not in {u.kind for u in unclear}]:
        out.setdefault((s.level, s.kind), s)  # one stance per level and kind of event: the first
    return list(out.values())


def stances(doc: Document, c: Claim) -> list[Stance]:
    quoted = _in_quotes(doc, c)
    found = stances_in(c.span.text, c.span.start, doc.article.text)
    return [s for s in found if not any(a <= s.cue.start < b for a, b in quoted)]


# --- pairing -------------------------------------------------------------------------------------

# Claims before a claim whose names count as its context: "the city", "the three leaders" name
# what the sentence or two before named.
CONTEXT = 2


def _context_names(ctx: Context, i: int) -> frozenset[str]:
    """Names and capitalised words of claim ``i`` and the CONTEXT claims before it in its article."""
    c = ctx.claims[i]
    near = [ctx.claims[j] for j in range(max(0, i - CONTEXT), i + 1) if ctx.claims[j].doc == c.doc]
    return frozenset().union(*(x.names | x.proper for x in near)) - _CALENDAR


def _link(ctx: Context, i: int, u: Stance, j: int, c: Stance) -> tuple[bool, int, float] | None:
    """How surely claims i (unclear) and j (certain) are about one event; None when not at all.

    The same kind of event, no clash of names in the two clauses ("the Senate will vote" is not
    "whether the House will vote"), and either a related score or a name shared in context ("the
    city" and "the three leaders" are named a sentence or two before). A plain "will" needs more: a
    name shared by the two clauses themselves, or a related score.
    """
    if u.kind != c.kind or (u.names and c.names and not u.names & c.names):
        return None
    score = ctx.scores.get((min(i, j), max(i, j)), 0.0)
    shared = (u.names & c.names) if c.weak else (_context_names(ctx, i) & _context_names(ctx, j))
    if score < match.RELATED and not shared:
        return None
    return score >= match.RELATED, len(shared), score


def _finding(ctx: Context, j: int, c: Stance, i: int, u: Stance, score: float) -> Finding:
    a, b = ctx.claims[j], ctx.claims[i]
    detail: dict[str, Any] = {
        "what": "certainty",
        "soft": True,
        "event": c.kind,
        "values": {a.article: f"certain: {c.cue.text}", b.article: f"unclear: {u.cue.text}"},
        "events": [c.event.text, u.event.text],
        "similarity": round(score, 3),
        "note": NOTE,
    }
    return Finding("conflict", a.article, a.span, [_ev(ctx.docs[b.doc], b.span)], detail)


def certainty_findings(ctx: Context) -> list[Finding]:
    """One soft conflict per unclear claim and other report: its best certain claim about the same event."""
    found = [(i, s) for i, cl in enumerate(ctx.claims) for s in stances(ctx.docs[cl.doc], cl)]
    certain = [(j, s) for j, s in found if s.level == "certain"]
    out, seen = [], set()
    for i, u in found:
        if u.level != "unclear":
            continue
        best: dict[int, tuple[tuple[bool, int, float], int, Stance]] = {}
        for j, c in certain:
            d = ctx.claims[j].doc
            if d == ctx.claims[i].doc or (key := _link(ctx, i, u, j, c)) is None:
                continue
            if d not in best or key > best[d][0]:
                best[d] = (key, j, c)
        for key, j, c in best.values():
            if (i, j) not in seen:
                seen.add((i, j))
                out.append(_finding(ctx, j, c, i, u, key[2]))
    return out
