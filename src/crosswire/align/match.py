"""Scoring claim pairs, comparing quotes, and telling when figures or dates conflict.

Small pure functions over claims and model records; ``compare.py`` strings them together.

>>> quote_status("we consider it unacceptable", "we consider it unacceptable")
'verbatim'
>>> figures_agree(_fig(3e6, "some"), _fig(3.0e6, None))
True
"""

from __future__ import annotations

import difflib
import functools
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz

from ..clean.normalize import fold
from ..model import DateMention, Document, Figure, Quote, Span
from . import lexicon
from .claims import Claim, actor_names

# Same claim: best of the sentence and clause blended scores at or above this. On the seeds
# (static backend) 6 of the 8 pairs at or above 0.50 are true, and 3 of the next 10; on BASIL dev about 20 of
# 30 random pairs at or above it (docs/benchmarks/compare.md section 1).
AGREE = 0.50
# Below AGREE, a pair of related claims (RELATED and up) still agrees when the sentences have structural
# support: one verb with the same two arguments in both, stated alike (done, or not: "vetoed" vs "would
# veto"), and no conflicting figure, date or negation (``structural_support``). The blended score of a long
# sentence that backs another in one clause is low (TRUTH A3: 0.33), and the support is the evidence. On
# BASIL dev it gives 0.08 agreements per triplet, 5 of 5 read as true, and 1 in 59 pairs of reports of
# different stories (docs/benchmarks/compare.md section 1). One shared argument added 1.7, about 2 in 3 false.
AGREE_SUPPORTED = 0.30
# A (verb, argument) pair in more than this share of the claims compared is the story's topic, not
# support for one pair of claims.
TOPIC_SHARE = 0.10
# Arguments of one verb both sentences must share (who and what: (veto, governor) and (veto, bill)).
MIN_FRAME_ARGS = 2
# A clause of a matched sentence scoring below this against every clause of its match is reported
# on its own as only_in, when it has more than CLAUSE_ALONE content words.
RELATED_CLAUSE = 0.35
CLAUSE_ALONE = 2
# Related claims (same event, maybe different values): enough to compare their figures and dates.
RELATED = 0.30
# A figure or date conflict needs the two sentences aligned as one claim (the same group) and this close
# on the rest: on BASIL dev, value conflicts between pairs that merely agreed (0.50 and up, or a clause)
# were about 1 in 60 true ("from 2007 to 2014" against "since 2007", a 2016 run against a 2008 run).
# TRUTH C1 scores 0.66.
VALUE_CONFLICT = 0.60
# A quote this short ("judges", "deeply concerned", "without merit") is a phrase many people use: the same
# words with two speakers is no conflict over who said it (BASIL dev: 14 such speaker conflicts of 1-3
# words, none a real one). Words of the folded quote.
SPEAKER_CONFLICT_WORDS = 4
# Quote statuses, on folded text (rapidfuzz scores 0-100).
VERBATIM = 97.0  # one or two characters of punctuation or spacing may differ in a 60-character quote
ALTERED = 85.0  # a word or two changed in a sentence-long quote
VARIANT_CHARS = 0.50  # two translations of one statement share about half their characters (TRUTH C2: 0.60)
VARIANT_OPENING = 5  # ...or open with the same five words
# Claims shorter than this many content words are compared by Dice only ("Related:" is no claim).
MIN_WORDS = 4
# Approximators ("some", "about", "up to") widen a figure by this share before comparing.
APPROX = 0.10
_PUNCT = re.compile(r"[^\w\s]")
_TOKEN = re.compile(r"\w+(?:['\u2019]\w+)*")  # "Church's" is one word: a window never starts at "s"
# An altered quote keeps more than this share of the shorter quote's words, in order: "certainly" against
# "certainty", or "highly inappropriate" against "totally inappropriate", is another quote, not this one
# altered (BASIL dev: 14 of 41 "altered" quotes were of that kind before this rule).
KEPT_WORDS = 0.5
# Words of slack on each side when a fuzzy hit is re-fitted to whole words (``find_in_text``).
FIT_SLACK = 3
# Re-fitting raises a partial score by up to ~10 points ("large down payment" / "a down payment"); hits
# further below ``ALTERED`` are not re-fitted (a third of the aligner's quote time on 20 reports).
FIT_MARGIN = 10.0
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"})


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2.0 * len(a & b) / (len(a) + len(b))


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the shorter claim's content words found in the other (a short claim inside a long one)."""
    if len(a) < MIN_WORDS or len(b) < MIN_WORDS:
        return dice(a, b)
    return len(a & b) / min(len(a), len(b))


def pair_score(a: Claim, b: Claim, cosine: float) -> float:
    """Blend of the backend's cosine, the Dice share and the overlap of content words (equal weights);
    0 when the two sentences share no word but names, titles and reporting verbs (who spoke is no claim)."""
    if not (a.words & b.words) - a.proper - b.proper - _frame_words():
        return 0.0
    return (max(0.0, cosine) + dice(a.words, b.words) + overlap(a.words, b.words)) / 3.0


@functools.cache
def _frame_words() -> frozenset[str]:
    """Words of an attribution frame, as ``words_of`` gives them: titles, reporting verbs and the channel
    ("in a statement")."""
    from ..extract.gazetteer import PARTY_TITLES, TITLES
    from .claims import words_of

    return words_of(
        " ".join(
            TITLES
            | set(PARTY_TITLES)
            | lexicon.ATTRIBUTION_WORDS
            | lexicon.REPORTING_VERBS
            | lexicon.ATTRIBUTION_CHANNELS
        )
    )


def clause_score(a: Claim, b: Claim, va: np.ndarray, vb: np.ndarray) -> tuple[float, int, int]:
    """Best clause-to-clause score (same blend), over clause pairs that share a word that is not a name, a
    title or a reporting verb: "Kenyan President William Ruto stressed that" and "Kenyan President William
    Ruto urged ..." say who spoke, not the same thing (such a pair scored 0.72 on the seeds).

    Returns (score, clause of a, clause of b); (0, -1, -1) when no clause pair shares such a word.
    """
    if not len(va) or not len(vb):
        return 0.0, -1, -1
    sims = va @ vb.T
    names = a.proper | b.proper | _frame_words()
    best = (0.0, -1, -1)
    for x, wa in enumerate(a.clause_words):
        if a.clause_verbs and not a.clause_verbs[x]:
            continue
        for y, wb in enumerate(b.clause_words):
            if not (wa & wb) - names or (b.clause_verbs and not b.clause_verbs[y]):
                continue
            s = (max(0.0, float(sims[x, y])) + dice(wa, wb) + overlap(wa, wb)) / 3.0
            if s > best[0]:
                best = (s, x, y)
    return best


def negation_conflict(a: Claim, b: Claim) -> bool:
    """One sentence negates a verb the other states with the same two arguments (who and what, as in
    ``structural_support``): (sign, minister) and (sign, agreement) in both, "did not sign" in one only. A "not" elsewhere in the sentence ("not only", "without any commitment",
    "was not alone") is no reversal of the claim."""
    shared = Counter(v for v, _ in a.frames & b.frames)
    return any(shared[v] >= MIN_FRAME_ARGS for v in a.negated_verbs ^ b.negated_verbs)


def values_conflict(a: Claim, b: Claim) -> bool:
    """A figure of the same thing or a date that differs, or a negation in one only."""
    figs = any(
        same_thing(fa, fb) and not figures_agree(fa, fb)
        for fa in a.figures
        if comparable(fa)
        for fb in b.figures
        if comparable(fb)
    )
    return figs or a.negated != b.negated or any(dates_conflict(x, y) for x in a.dates for y in b.dates)


def topic_frames(claims: list[Claim], share: float = TOPIC_SHARE) -> frozenset[tuple[str, str]]:
    """(verb, argument) pairs in more than ``share`` of all claims compared (and in 3 or more): the
    story's topic ("reopen the government" in a shutdown story), not one claim's content."""
    df = Counter(f for c in claims for f in c.frames)
    return frozenset(f for f, n in df.items() if n > max(2, share * len(claims)))


def structural_support(a: Claim, b: Claim, topic: frozenset[tuple[str, str]] = frozenset()) -> bool:
    """Both sentences hold one verb with the same two arguments (who and what; (verb, argument) pairs
    of the parse, synonyms and demonyms mapped, the story's topic pairs left out), and no figure,
    date or negation conflicts.

    "The governor is expected to veto the bill" / "they hoped the governor would veto the bill" share
    (veto?, governor) and (veto?, bill); "the governor vetoed the bill" does not (its veto is stated as
    done: ``claims.UNREAL``). One shared pair is not enough: "the minister rejected the truce" and "the truce was
    rejected by the government" share only (reject, ceasefire), as do many unrelated BASIL sentences
    ("thank staff", "tell reporters").
    """
    shared = (a.frames & b.frames) - topic
    verbs = Counter(v for v, _ in shared)
    return any(n >= MIN_FRAME_ARGS for n in verbs.values()) and not values_conflict(a, b)


# --- quotes ------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)
def quote_key(text: str) -> str:
    """Folded quote text without punctuation or extra spaces, for character comparison."""
    return " ".join(_PUNCT.sub(" ", fold(text).replace("&", " and ")).split())


def kept_share(a: str, b: str) -> float:
    """Share of the shorter quote's words that the longer one keeps, in order (difflib on folded words).

    >>> round(kept_share("would end Medicare as we know it", "ending Medicare as we know it"), 2)
    0.83
    >>> kept_share("de-escalation zones", "de-escalation zone"), kept_share("certainly", "certainty")
    (1.0, 0.0)
    """
    wa, wb = quote_key(a).split(), quote_key(b).split()
    short, long_ = sorted((wa, wb), key=len)
    if not short:
        return 0.0
    sm = difflib.SequenceMatcher(a=short, b=long_, autojunk=False)
    kept = 0
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            kept += i2 - i1
        elif op == "replace":  # "zones" -> "zone" is the word inflected, still kept
            kept += sum(_inflected(x, y) for x, y in zip(short[i1:i2], long_[j1:j2], strict=False))
    return kept / len(short)


_INFLECTIONS = frozenset({"s", "es", "d", "ed", "ing", "ly"})


def _inflected(a: str, b: str) -> bool:
    """One word is the other with an inflection: "zone"/"zones", "substantial"/"substantially"."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and long_.startswith(short) and long_[len(short) :] in _INFLECTIONS


def quote_status(a: str, b: str) -> str:
    """verbatim | altered | other, for two quote texts (folded, punctuation ignored).

    Verbatim needs the same words (one inside the other), not only 97% of the characters:
    "zones" -> "zone" is one character in twenty but a changed word.
    """
    ka, kb = quote_key(a), quote_key(b)
    if not ka or not kb:
        return "other"
    short, long_ = sorted((ka, kb), key=len)
    if f" {short} " in f" {long_} " or _same_letters(short, long_):
        return "verbatim"
    score = max(fuzz.ratio(ka, kb), fuzz.partial_ratio(short, long_))
    if score >= ALTERED and kept_share(ka, kb) > KEPT_WORDS:
        return "altered"
    return "altered" if _words_left_out(a, b) else "other"


# A quote that keeps every word of the stretch of another it matches, in order, with some left out of its
# middle and no ellipsis to say so, is that quote cut: "The world strength, not apologies" of "The world needs
# American strength, not apologies" (ratio 81, under ``ALTERED``; injected drift on BASIL dev, eval/drift.py).
# It keeps at least this share of the stretch's words, and ``MIN_WORDS`` words. The stretch is the part of
# the longer quote between the first and the last word they share: a report often quotes part of a statement.
CUT_KEEPS = 0.6
# A quote of this many words or more that has every word of a stretch of another but one, in its place, is that
# quote with a word changed ("Leaving my taxpayer in the House" / "Leaving my service in the House": 80).
SWAP_WORDS = 5
_ELLIPSIS = re.compile(r"\.\.\.|\u2026")


def _words_left_out(a: str, b: str) -> bool:
    """The shorter quote is a stretch of the longer with words left out, or with one word changed.

    >>> _words_left_out("The world strength, not apologies.", "The world needs American strength, not apologies.")
    True
    >>> _words_left_out("The world ... strength, not apologies.", "The world needs American strength, not apologies.")
    False
    >>> _words_left_out("this is a want to have", "I think this is a debate we want to have, and we will win it")
    True
    >>> _words_left_out("Leaving my taxpayer in the House", "Leaving my service in the House, I am able to look back")
    True
    >>> _words_left_out("highly inappropriate", "totally inappropriate")
    False
    """
    (sa, wa), (_, wb) = sorted(((x, quote_key(x).split()) for x in (a, b)), key=lambda t: len(t[1]))
    if len(wa) < MIN_WORDS or _ELLIPSIS.search(sa):
        return False
    sm = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False)
    blocks = [m for m in sm.get_matching_blocks() if m.size]
    if not blocks:
        return False
    kept = sum(m.size for m in blocks)
    stretch = blocks[-1].b + blocks[-1].size - blocks[0].b  # the longer quote's words between the first and last shared
    inside = blocks[0].a == 0 and blocks[-1].a + blocks[-1].size == len(wa)  # the shorter's first and last words kept
    if kept == len(wa):
        return len(wa) >= CUT_KEEPS * stretch and stretch > len(wa)
    swap = kept == len(wa) - 1 and stretch == len(wa) and len(wa) >= SWAP_WORDS
    return inside and swap


def _same_letters(short: str, long_: str) -> bool:
    """The same words but for spaces and hyphens ("a non-starter" / "a nonstarter", "our work force" / "our
    workforce"): the short one, without spaces, inside the long one without spaces, starting and ending
    where words of the long one start and end ("zone" in "zones" does not)."""
    cs = short.replace(" ", "")
    starts, ends, n = set(), set(), 0
    for w in long_.split():
        starts.add(n)
        n += len(w)
        ends.add(n)
    cl = long_.replace(" ", "")
    at = cl.find(cs)
    while at >= 0:
        if at in starts and at + len(cs) in ends:
            return True
        at = cl.find(cs, at + 1)
    return False


def same_opening(a: str, b: str, n: int = VARIANT_OPENING) -> bool:
    wa, wb = quote_key(a).split(), quote_key(b).split()
    return len(wa) >= n and wa[:n] == wb[:n]


def char_similarity(a: str, b: str) -> float:
    return float(fuzz.ratio(quote_key(a), quote_key(b))) / 100.0


def word_diff(a: str, b: str) -> list[dict[str, str]]:
    """Word-level difference: [{"op": "replace", "a": "zones", "b": "zone"}, ...] (difflib)."""
    wa, wb = a.split(), b.split()
    sm = difflib.SequenceMatcher(a=[quote_key(w) for w in wa], b=[quote_key(w) for w in wb], autojunk=False)
    return [
        {"op": op, "a": " ".join(wa[i1:i2]), "b": " ".join(wb[j1:j2])}
        for op, i1, i2, j1, j2 in sm.get_opcodes()
        if op != "equal"
    ]


@dataclass
class TextHit:
    """Where a quote's words occur in another article's text (offsets into that text)."""

    score: float
    span: Span


def find_in_text(quote: str, text: str, folded: str | None = None) -> TextHit | None:
    """Best fuzzy occurrence of ``quote`` in ``text``, as whole words (fold is length-preserving, so
    offsets hold).

    rapidfuzz's partial alignment returns a window as long as the quote, which cuts words at both ends when
    the other report reworded it ("ongress would defend our constitutional authoritie"); the window is then
    re-fitted to whole words, trying a few words of slack at each end and keeping the best plain ratio.

    >>> find_in_text("defend our constitutional authorities", "Congress would defend our constitutional authorities in court").span.text
    'defend our constitutional authorities'
    """
    fq = fold(quote).strip(" \"'.,;:")
    if len(fq) < 3 or not text:
        return None
    ft = folded if folded is not None else fold(text)
    al = fuzz.partial_ratio_alignment(fq, ft)
    if al is None or al.dest_end <= al.dest_start:
        return None
    words = [m.span() for m in _TOKEN.finditer(ft, max(0, al.dest_start - 80), min(len(ft), al.dest_end + 80))]
    if not words:
        return None
    first = next((k for k, (_, e) in enumerate(words) if e > al.dest_start), 0)
    last = next((k for k in range(len(words) - 1, -1, -1) if words[k][0] < al.dest_end), len(words) - 1)
    exact = al.score == 100.0 and words[first][0] == al.dest_start and words[last][1] == al.dest_end
    if exact or al.score < ALTERED - FIT_MARGIN:  # whole words already, or too far off to become this quote
        start, end = words[first][0], words[last][1]
        return TextHit(float(al.score), Span(start, end, text[start:end]))
    best = (-1.0, 0, 0)
    for i in range(max(0, first - FIT_SLACK), min(len(words), first + FIT_SLACK + 1)):
        for j in range(max(i, last - FIT_SLACK), min(len(words), last + FIT_SLACK + 1)):
            start, end = words[i][0], words[j][1]
            score = fuzz.ratio(fq, ft[start:end])
            if score > best[0]:
                best = (score, start, end)
    score, start, end = best
    return TextHit(float(score), Span(start, end, text[start:end]))


def speaker_names(doc: Document, q: Quote) -> frozenset[str]:
    """Folded names of a quote's speaker (its actor's names when resolved)."""
    if q.speaker_actor:
        for actor in doc.actors:
            if actor.key == q.speaker_actor:
                return actor_names(actor)
    if q.speaker and fold(q.speaker) not in _PRONOUNS:
        s = fold(q.speaker)
        words = [w for w in s.replace(",", " ").split() if w not in ("jr", "jr.", "sr", "sr.", "ii", "iii")]
        return frozenset({s, words[-1]}) if words else frozenset()
    return frozenset()


@dataclass
class QuoteMatch:
    """How one quote of article A stands in article B."""

    status: str  # verbatim | altered | variant | absent
    score: float = 0.0
    evidence: Span | None = None
    other: int | None = None  # index of the matching quote in B
    diff: list[dict[str, str]] = field(default_factory=list)
    speaker_conflict: tuple[str, str] | None = None


def _best_quote(q: Quote, other: Document) -> tuple[int | None, float]:
    best, best_score = None, 0.0
    for k, q2 in enumerate(other.quotes):
        s = char_similarity(q.text, q2.text)
        if s > best_score:
            best, best_score = k, s
    return best, best_score


def _variant(q: Quote, qdoc: Document, other: Document, k: int | None, sim: float) -> bool:
    """Half the characters in common, and: the same speaker with the same opening (or 60% of the
    characters), or the same opening when a speaker is unknown. Two named, different speakers: no."""
    if k is None or sim < VARIANT_CHARS:
        return False
    q2 = other.quotes[k]
    mine, theirs = speaker_names(qdoc, q), speaker_names(other, q2)
    opening = same_opening(q.text, q2.text)
    if mine and theirs:
        return bool(mine & theirs) and (opening or sim >= VARIANT_CHARS + 0.1)
    return opening


def compare_quote(q: Quote, qdoc: Document, other: Document, folded: str | None = None) -> QuoteMatch:
    """verbatim / altered if the words occur in B; variant if B has the same speaker's statement reworded."""
    k, sim = _best_quote(q, other)
    if k is not None and (status := quote_status(q.text, other.quotes[k].text)) != "other":
        q2 = other.quotes[k]
        m = QuoteMatch(status, sim, Span(q2.start, q2.end, q2.text), k, word_diff(q.text, q2.text))
    elif (
        (hit := find_in_text(q.text, other.article.text, folded)) is not None
        and hit.score >= ALTERED
        and kept_share(q.text, hit.span.text) > KEPT_WORDS
        and (len(q.text.split()) > 1 or quote_key(q.text) == quote_key(hit.span.text))
    ):  # one quoted word "altered" in running text is another use of the word ("follow" / "followed",
        # "re-confirmed" / "confirmed")
        status = quote_status(q.text, hit.span.text)
        if status == "verbatim" and len(quote_key(hit.span.text)) < len(quote_key(q.text)):
            status = "altered"  # the text holds part of the quote only: not the quote verbatim
        m = QuoteMatch(status if status != "other" else "altered", hit.score / 100.0, hit.span)
        m.diff = word_diff(q.text, hit.span.text) if m.status == "altered" else []
    elif not q.scare and k is not None and _variant(q, qdoc, other, k, sim):
        q2 = other.quotes[k]
        return QuoteMatch("variant", sim, Span(q2.start, q2.end, q2.text), k, word_diff(q.text, q2.text))
    else:
        return QuoteMatch("absent", max(sim, hit.score / 100.0 if hit else 0.0), None)
    _check_speaker(m, q, qdoc, other)
    return m


def _check_speaker(m: QuoteMatch, q: Quote, qdoc: Document, other: Document) -> None:
    """Same words, different named speaker: a conflict over who said it."""
    if m.evidence is None:
        return
    for k, q2 in enumerate(other.quotes):
        if q2.start <= m.evidence.start < q2.end or m.evidence.start <= q2.start < m.evidence.end:
            m.other = k
            mine, theirs = speaker_names(qdoc, q), speaker_names(other, q2)
            words = min(len(quote_key(q.text).split()), len(quote_key(q2.text).split()))
            people = _person_or_unknown(qdoc, q) and _person_or_unknown(other, q2)
            if mine and theirs and not same_person(mine, theirs) and words >= SPEAKER_CONFLICT_WORDS and people:
                m.speaker_conflict = (q.speaker or "", q2.speaker or "")
            return


# Two spellings of one name ("Del Giudice" / "DelGiudice", "Ahmadinejad" / "Ahmadinezhad") score this or
# more (rapidfuzz ratio of the folded names without spaces, hyphens or dots).
SAME_NAME = 90.0


def same_person(a: frozenset[str], b: frozenset[str]) -> bool:
    """The two sets of folded names share one, or hold two spellings of one name.

    >>> same_person(frozenset({"vincent delgiudice"}), frozenset({"vincent del giudice"}))
    True
    >>> same_person(frozenset({"a.j. smith", "smith"}), frozenset({"a.j. butler", "butler"}))
    False
    """
    if a & b:
        return True
    squash = [(re.sub(r"[\s.\-']", "", x), re.sub(r"[\s.\-']", "", y)) for x in a for y in b]
    return any(len(x) > 3 and fuzz.ratio(x, y) >= SAME_NAME for x, y in squash)


def _person_or_unknown(doc: Document, q: Quote) -> bool:
    """The speaker is a person, or its kind is unknown. "The White House" against "Biden", "Twitter" against
    "Lauten": an institution, a group or a platform named as the speaker is no rival speaker (on BASIL dev
    they were the speaker extractor's misses or a spokesperson against an office, never a real conflict)."""
    kind = next((a.kind for a in doc.actors if q.speaker_actor and a.key == q.speaker_actor), None)
    if kind is None and q.speaker_span is not None:  # unresolved: the entity label at the speaker's words
        sp = q.speaker_span
        kind = next(
            (e.label for e in doc.entities if e.start <= sp.start < e.end or sp.start <= e.start < sp.end), None
        )
    return kind in (None, "PERSON")


# --- figures -----------------------------------------------------------------------------------


def _group(noun: str | None) -> frozenset[str] | None:
    if not noun:
        return None
    n = fold(noun)
    for g in lexicon.COUNT_SYNONYMS:
        if n in g:
            return g
    return frozenset({n, n.rstrip("s")})


def same_thing(a: Figure, b: Figure) -> bool:
    """Both figures count the same noun (or nouns of one synonym group)."""
    ga, gb = _group(a.counts), _group(b.counts)
    return ga is not None and gb is not None and bool(ga & gb)


def comparable(f: Figure) -> bool:
    return f.value is not None and not f.vague and not f.ordinal


_SCALED = re.compile(r"(\d[\d,]*(?:\.(\d+))?)\s*(?:million|billion|trillion)\b", re.IGNORECASE)


def rounding(f: Figure) -> float:
    """How far a figure written with a scale word may be from the exact amount: "$43 million" is said of
    $43,885,310 (cut) and of $42.6 million (rounded), so one unit of its last digit. Only for two digits or
    more: "2 trillion" is not "1 trillion" rounded.

    >>> rounding(Figure("43 million", 0, 10, 43e6)), rounding(Figure("3 billion", 0, 9, 3e9))
    (1000000.0, 0.0)
    """
    m = _SCALED.search(f.text)
    if m is None or f.value is None or len(m.group(1).replace(",", "").replace(".", "").lstrip("0")) < 2:
        return 0.0
    places = len(m.group(2) or "")
    mantissa = float(m.group(1).replace(",", ""))
    return f.value / mantissa * 10.0**-places if mantissa else 0.0


def _range(f: Figure) -> tuple[float, float]:
    v = f.value if f.value is not None else 0.0
    lo = f.low if f.low is not None else v
    hi = f.high if f.high is not None else v
    unit = rounding(f)
    lo, hi = lo - unit / 2, hi + unit
    if f.approximator:
        lo, hi = lo * (1 - APPROX), hi * (1 + APPROX)
    if f.low is not None and f.high is None and f.low == v:  # "more than 1 million": open above
        hi = float("inf")
    return lo, hi


def figures_agree(a: Figure, b: Figure) -> bool:
    """Ranges overlap (approximators widen by 10%; "more than" is open above)."""
    la, ha = _range(a)
    lb, hb = _range(b)
    return la <= hb and lb <= ha


# --- dates -------------------------------------------------------------------------------------


def comparable_date(x: DateMention) -> bool:
    return x.kind == "date" and bool(x.value) and not x.relative and x.precision in ("day", "month", "year")


# Words that join two dates into a span of time ("from 2007 to 2014", "1978-1995", "between 2003 and 2009")
# or open one ("since 2007"): a date inside a span is an end point, not the date of an event.
_SPAN_JOINS = frozenset({"to", "through", "thru", "until", "till", "and", "-", "\u2013", "\u2014"})
_SPAN_OPENERS = ("since", "from", "between", "through", "until", "till")


def span_dates(text: str, dates: list[DateMention]) -> set[int]:
    """Indices of ``dates`` that are the end points of a span of time in ``text`` (the article text).

    >>> t = "They earned $1 from 2007 to 2014 and paid since 2001, in 2015."
    >>> ds = [DateMention(y, t.index(y), t.index(y) + 4, y, "year") for y in ("2007", "2014", "2001", "2015")]
    >>> sorted(span_dates(t, ds))
    [0, 1, 2]
    """
    out = set()
    ordered = sorted(range(len(dates)), key=lambda k: dates[k].start)
    for x, y in zip(ordered, ordered[1:], strict=False):
        if fold(text[dates[x].end : dates[y].start]).strip() in _SPAN_JOINS:
            out |= {x, y}
    for k, d in enumerate(dates):
        if fold(text[max(0, d.start - 9) : d.start]).rstrip().endswith(_SPAN_OPENERS):
            out.add(k)
    return out


def dates_conflict(a: DateMention, b: DateMention) -> bool:
    """Different values at the coarser of the two precisions (2017-05 vs 2016: 2017 != 2016)."""
    if not (comparable_date(a) and comparable_date(b)) or a.value is None or b.value is None:
        return False
    n = min(len(a.value), len(b.value))
    return a.value[:n] != b.value[:n]


def _fig(value: float, approx: str | None) -> Figure:  # for the doctest
    return Figure(text="", start=0, end=0, value=value, approximator=approx, counts="civilian")
