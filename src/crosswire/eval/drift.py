"""Injected drift: does crosswire see a figure, a date, a quote or a speaker changed in the retelling?

No gold marks real conflicts between reports outside the seeds, so their recall cannot be read from data
(docs/benchmarks/compare.md, section 1c). This suite measures it the way fact-checking benchmarks do
(FactCC, Kryscinski et al. 2020): take real reports of one story, find a value two of them give alike,
change it in one, and see whether the comparison reports the change.

Data: the BASIL triplets (``basil_findings``: same splits, dev to tune, test scored once per change).
For each ordered pair of reports (A, B) of a triplet, sites are chosen from A's and B's own extractions,
independently of the aligner:

- ``figure``: a figure in a sentence of B with the same value, and the same counted noun, as a figure in a
  sentence of A, the two sentences sharing at least ``SHARED_WORDS`` common nouns, verbs or adjectives. B's
  number is changed (``drift_number``: x1.4, or +3 under 10; number words to others).
- ``date``: the same for a comparable date (day, month or year, not relative). B's year goes back one, or
  its day forward two, or its month forward one (``drift_date``).
- ``quote_word``: a quote of B (``QUOTE_WORDS`` words or more) that A has word for word. One content word
  of B's copy, the one nearest its middle, becomes another word of B of the same part of speech.
- ``quote_cut``: the same quote with two words from its middle left out.
- ``speaker``: the same quote, both reports naming the same speaker at it. B's speaker becomes another
  person B names.

Each case is B edited once, re-analysed, and compared with A. It is **found** when a finding of the
expected kind (``conflict`` with ``what`` figure / date / speaker; ``quote_altered`` for the quotes)
links the edited passage of B and the site in A (a span on one, evidence on the other). A site where the
unchanged pair already has such a finding is left out and counted (``already``). ``agree_kept`` counts
cases where an ``agree`` still links the two sentences after the change without a conflict and without
saying that their values differ: a reader would be told they agree. ``flagged``: no conflict, but an
``agree`` linking them says which values differ (``detail["values_differ"]``).

Conditioned on extraction (both values were read): this is the recall of the comparison, not of the
extractors. The drift is synthetic; the texts and their alignment are real.

    python -m crosswire.eval.drift [--split dev|test|all] [--limit N] [--show]
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import permutations
from typing import Any

from ..clean.normalize import fold
from ..model import Article, Document, Finding, Span
from .common import EvalResult, data_path

KINDS = ("figure", "date", "quote_word", "quote_cut", "speaker")
SHARED_WORDS = 3  # common nouns, verbs, adjectives two sentences share to be read as one fact
QUOTE_WORDS = 6  # shorter quotes are too often a phrase many people use
PER_TRIPLET = 2  # cases of each kind per triplet: a handful of long triplets must not dominate

_EXPECTED = {
    "figure": ("conflict", "figure"),
    "date": ("conflict", "date"),
    "quote_word": ("quote_altered", None),
    "quote_cut": ("quote_altered", None),
    "speaker": ("conflict", "speaker"),
}


@dataclass
class Case:
    """One edit of report B (``article_b`` -> ``edited``), where the finding should land in each."""

    kind: str
    triplet: str
    article_a: str
    article_b: str
    site_a: Span  # the sentence (or quote) of A giving the same value
    site_b: Span  # the sentence (or quote) of B where the finding should land, before the edit
    edited_b: Span  # the same place in the edited text
    before: str
    after: str
    edited: Article | None = None


# --- the edits ---------------------------------------------------------------------------------

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
_NUMBER_WORDS = {w: _WORDS[(i + 3) % len(_WORDS)] for i, w in enumerate(_WORDS)}
_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTH = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b")
_DAY = re.compile(r"(?<![\d,.])\b([1-9]|[12]\d|3[01])\b(?![\d,.])")


def drift_number(text: str) -> str | None:
    """``text`` with its number changed enough that no approximator covers it; None when it has none.

    >>> drift_number("3,500 people"), drift_number("2.5 million"), drift_number("three children")
    ('4,900 people', '3.5 million', 'six children')
    """
    m = _NUMBER.search(text)
    if m is None:
        low = text.lower()
        word = next((w for w in _NUMBER_WORDS if re.search(rf"\b{w}\b", low)), None)
        if word is None:
            return None
        return re.sub(rf"\b{word}\b", _NUMBER_WORDS[word], text, count=1, flags=re.IGNORECASE)
    raw = m.group(0).rstrip(",.")
    digits = raw.replace(",", "")
    value = float(digits)
    if "." in digits:
        places = len(digits.split(".")[1])
        new = f"{value * 1.4:.{places}f}"
    else:
        n = int(value)
        new_n = n + 3 if n < 10 else round(n * 1.4)
        new = f"{new_n:,}" if "," in raw else str(new_n)
    return text[: m.start()] + new + text[m.start() + len(raw) :]


def drift_date(text: str) -> str | None:
    """``text`` with its year one back, else its day two on, else its month one on; None when none is found.

    >>> drift_date("May 2017"), drift_date("Sept. 7"), drift_date("in March")
    ('May 2016', 'Sept. 9', 'in April')
    """
    if m := _YEAR.search(text):
        return text[: m.start()] + str(int(m.group(0)) - 1) + text[m.end() :]
    if (m := _DAY.search(text)) and int(m.group(1)) <= 26:
        return text[: m.start()] + str(int(m.group(1)) + 2) + text[m.end() :]
    if m := _MONTH.search(text):
        nxt = _MONTHS[(_MONTHS.index(m.group(1)) + 1) % 12]
        return text[: m.start()] + nxt + text[m.end() :]
    return None


def edit_article(article: Article, start: int, end: int, new: str) -> Article:
    """The article with ``text[start:end]`` replaced by ``new``; paragraph spans after it move with it.

    >>> a = Article(id="b", path="b", text="One 30 two.", paragraphs=[Span(0, 11, "One 30 two.")])
    >>> b = edit_article(a, 4, 6, "42")
    >>> b.text, b.paragraphs[0].text
    ('One 42 two.', 'One 42 two.')
    """
    text = article.text[:start] + new + article.text[end:]
    delta = len(new) - (end - start)

    def move(s: Span) -> Span:
        a = s.start if s.start <= start else s.start + delta
        b = s.end + delta if s.end >= end else s.end
        return Span(a, b, text[a:b])

    return replace(article, id=article.id, text=text, paragraphs=[move(p) for p in article.paragraphs])


# --- the sites ---------------------------------------------------------------------------------


def _lemmas(doc: Document, s: Span) -> frozenset[str]:
    """Common nouns, verbs and adjectives of a sentence (lemmas; names, numbers and stop words left out)."""
    span = doc.parsed.char_span(s.start, s.end, alignment_mode="expand") if doc.parsed is not None else None
    keep = ("NOUN", "VERB", "ADJ")
    return frozenset(t.lemma_.lower() for t in span or [] if t.pos_ in keep and t.is_alpha and not t.is_stop)


def _sentence(doc: Document, at: int) -> Span | None:
    return next((s for s in doc.sentences if s.start <= at < s.end), None)


def _one_fact(a: Document, sa: Span, b: Document, sb: Span) -> bool:
    """Two sentences read as one fact: ``SHARED_WORDS`` common nouns, verbs or adjectives in common (names
    alone do not make one fact: "Obama's 2008 campaign" and "the seat Obama vacated in 2008")."""
    return len(_lemmas(a, sa) & _lemmas(b, sb)) >= SHARED_WORDS


def figure_sites(a: Document, b: Document) -> Iterator[tuple[Span, Span, str, Span]]:
    """(site in A, figure span in B, its drifted text, B's sentence): the same value of the same thing in one
    fact. Every site function yields these four."""
    from ..align.match import comparable

    for fb in b.figures:
        sb = _sentence(b, fb.start)
        if sb is None or not comparable(fb) or fb.approximator or fb.low is not None or fb.high is not None:
            continue  # "at least five" against "at least eight" need not conflict
        if fb.value is not None and 1800 <= fb.value <= 2100 and "," not in fb.text:
            continue  # a year read as a number
        for fa in a.figures:
            sa = _sentence(a, fa.start)
            if sa and comparable(fa) and fa.value == fb.value and fa.counts == fb.counts and _one_fact(a, sa, b, sb):
                new = drift_number(fb.text)
                if new and new != fb.text:
                    yield sa, Span(fb.start, fb.end, fb.text), new, sb
                break


def date_sites(a: Document, b: Document) -> Iterator[tuple[Span, Span, str, Span]]:
    from ..align.match import comparable_date

    for xb in b.dates:
        sb = _sentence(b, xb.start)
        if sb is None or not comparable_date(xb):
            continue
        for xa in a.dates:
            sa = _sentence(a, xa.start)
            if sa and comparable_date(xa) and xa.value == xb.value and _one_fact(a, sa, b, sb):
                new = drift_date(xb.text)
                if new and new != xb.text:
                    yield sa, Span(xb.start, xb.end, xb.text), new, sb
                break


def _shared_quotes(a: Document, b: Document) -> Iterator[tuple[int, int]]:
    """(quote of A, quote of B) with B's words found in A's, word for word (folded)."""
    keys = [" ".join(fold(q.text).lower().split()) for q in a.quotes]
    for k, qb in enumerate(b.quotes):
        if qb.scare or len(qb.text.split()) < QUOTE_WORDS:
            continue
        key = " ".join(fold(qb.text).lower().split())
        ka = next((i for i, x in enumerate(keys) if key in x and not a.quotes[i].scare), None)
        if ka is not None:
            yield ka, k


def _content_tokens(b: Document, q: Span) -> list[Any]:
    if b.parsed is None:
        return []
    span = b.parsed.char_span(q.start, q.end, alignment_mode="contract")
    toks = [t for t in span or [] if t.is_alpha and t.is_lower and len(t) >= 4 and t.pos_ in ("NOUN", "VERB", "ADJ")]
    mid = (q.start + q.end) / 2
    return sorted(toks, key=lambda t: abs(t.idx - mid))


def quote_word_sites(a: Document, b: Document) -> Iterator[tuple[Span, Span, str, Span]]:
    """One content word of a shared quote replaced by another word of B with the same tag."""
    for ka, kb in _shared_quotes(a, b):
        qa, qb = a.quotes[ka], b.quotes[kb]
        inside = set(fold(qb.text).lower().split())
        for tok in _content_tokens(b, Span(qb.start, qb.end, qb.text))[:1]:
            other = next(
                (
                    t
                    for t in b.parsed
                    if t.tag_ == tok.tag_
                    and t.is_alpha
                    and t.is_lower
                    and len(t) >= 4
                    and t.lemma_ != tok.lemma_
                    and t.lower_ not in inside
                    and not (qb.start <= t.idx < qb.end)
                ),
                None,
            )
            if other is not None:
                at = Span(tok.idx, tok.idx + len(tok), tok.text)
                yield Span(qa.start, qa.end, qa.text), at, other.text, Span(qb.start, qb.end, qb.text)


def quote_cut_sites(a: Document, b: Document) -> Iterator[tuple[Span, Span, str, Span]]:
    """Two words from the middle of a shared quote left out."""
    for ka, kb in _shared_quotes(a, b):
        qa, qb = a.quotes[ka], b.quotes[kb]
        words = list(re.finditer(r"\S+", qb.text))
        mid = len(words) // 2
        x, y = words[mid - 1], words[mid]
        start, end = qb.start + x.start(), qb.start + words[mid + 1].start()
        if not (x.group(0).isalpha() and y.group(0).isalpha()):
            continue  # a cut across punctuation would also change the sentence around it
        cut = Span(start, end, b.article.text[start:end])
        yield Span(qa.start, qa.end, qa.text), cut, "", Span(qb.start, qb.end, qb.text)


def speaker_sites(a: Document, b: Document) -> Iterator[tuple[Span, Span, str, Span]]:
    """A shared quote both reports give to one named speaker; B's speaker becomes another person of B."""
    for ka, kb in _shared_quotes(a, b):
        qa, qb = a.quotes[ka], b.quotes[kb]
        if qa.speaker_how != "named" or qb.speaker_how != "named" or qb.speaker_span is None:
            continue
        if not (qa.speaker and qb.speaker and qa.speaker.split()[-1] == qb.speaker.split()[-1]):
            continue
        last = qb.speaker.split()[-1]
        other = next(
            (
                x.name
                for x in b.actors
                if x.kind == "PERSON" and len(x.name.split()) >= 2 and last not in x.name and x.name not in qb.text
            ),
            None,
        )
        if other is not None:
            s = qb.speaker_span
            yield Span(qa.start, qa.end, qa.text), Span(s.start, s.end, s.text), other, Span(qb.start, qb.end, qb.text)


SITES = {
    "figure": figure_sites,
    "date": date_sites,
    "quote_word": quote_word_sites,
    "quote_cut": quote_cut_sites,
    "speaker": speaker_sites,
}


def _moved(s: Span, at: Span, new: str) -> Span:
    """Where span ``s`` of B is once ``at`` is replaced by ``new``."""
    delta = len(new) - (at.end - at.start)
    start = s.start if s.start <= at.start else s.start + delta
    end = s.end + delta if s.end >= at.end else s.end
    return Span(start, end, s.text)


def cases(triplet: str, docs: list[Document]) -> list[Case]:
    """Up to ``PER_TRIPLET`` cases of each kind, one per edited sentence, over the ordered pairs of reports."""
    out: list[Case] = []
    for kind, sites in SITES.items():
        seen: set[tuple[str, int]] = set()
        found: list[Case] = []
        for a, b in permutations(docs, 2):
            for site_a, at, new, site_b in sites(a, b):
                key = (b.article.id, site_b.start)
                if key in seen or len(found) >= PER_TRIPLET:
                    continue
                seen.add(key)
                edited = edit_article(b.article, at.start, at.end, new)
                moved = _moved(site_b, at, new)
                found.append(
                    Case(kind, triplet, a.article.id, b.article.id, site_a, site_b, moved, at.text, new, edited)
                )
        out += found
    return out


# --- scoring -----------------------------------------------------------------------------------


def _overlap(s: Span | Any, start: int, end: int) -> bool:
    return bool(s.start < end and start < s.end)


def _linked(f: Finding, case: Case, a_sent: Span, b_sent: Span) -> bool:
    ends = {case.article_a: a_sent, case.article_b: b_sent}
    if f.article not in ends or not _overlap(f.span, ends[f.article].start, ends[f.article].end):
        return False
    other = case.article_b if f.article == case.article_a else case.article_a
    return any(e.article == other and _overlap(e, ends[other].start, ends[other].end) for e in f.evidence)


def expected(f: Finding, kind: str) -> bool:
    """The finding a case calls for; a figure or date changed inside a quote given by both reports is
    reported as the quote altered, which shows the two values."""
    fkind, what = _EXPECTED[kind]
    if kind in ("figure", "date") and f.kind == "quote_altered":
        return True
    return f.kind == fkind and (what is None or f.detail.get("what") == what)


def judge(case: Case, a: Document, findings: list[Finding], *, edited: bool = True) -> dict[str, bool]:
    """Whether ``findings`` (of A against B, edited or not) report the case, and whether an agreement links it."""
    a_site = case.site_a if case.kind not in ("figure", "date") else (_sentence(a, case.site_a.start) or case.site_a)
    hit = [f for f in findings if _linked(f, case, a_site, case.edited_b if edited else case.site_b)]
    found = any(expected(f, case.kind) for f in hit)
    agrees = [f for f in hit if f.kind == "agree"]
    flagged = not found and any("values_differ" in f.detail for f in agrees)
    return {
        "found": found,
        "variant": not found and any(f.kind == "quote_variant" for f in hit),
        "flagged": flagged,
        "agree_kept": not found and not flagged and bool(agrees),
    }


def run(*, split: str = "dev", limit: int | None = None, similarity: str = "static", show: bool = False) -> EvalResult:
    from ..align.compare import compare_documents
    from ..pipeline import analyse
    from .basil_findings import load_article, triplets

    t0 = time.perf_counter()
    root = data_path("drift", "data", "basil")
    counts: Counter[str] = Counter()
    rows: list[dict[str, Any]] = []
    before: dict[tuple[str, str], list[Finding]] = {}
    for tid, paths in triplets(root, split)[:limit]:
        docs = [analyse(load_article(p)[0]) for p in paths]
        by_id = {d.article.id: d for d in docs}
        for case in cases(tid, docs):
            a, b = by_id[case.article_a], by_id[case.article_b]
            key = (a.article.id, b.article.id)
            if key not in before:
                before[key] = compare_documents([a, b], similarity=similarity)
            counts[f"{case.kind}_cases"] += 1
            # the unchanged pair, judged at the same places (offsets before the edit point are unchanged)
            if judge(case, a, before[key], edited=False)["found"]:
                counts[f"{case.kind}_already"] += 1
                continue
            assert case.edited is not None
            b2 = analyse(case.edited)
            verdict = judge(case, a, compare_documents([a, b2], similarity=similarity))
            counts[f"{case.kind}_scored"] += 1
            counts.update({f"{case.kind}_{k}": int(v) for k, v in verdict.items()})
            rows.append(
                {
                    "kind": case.kind,
                    "triplet": tid,
                    "a": case.article_a,
                    "b": case.article_b,
                    "site_a": case.site_a.text[:160],
                    "before": case.before,
                    "after": case.after,
                    **verdict,
                }
            )
    metrics: dict[str, float] = {}
    for kind in KINDS:
        scored = counts[f"{kind}_scored"]
        metrics[f"{kind}_cases"] = float(counts[f"{kind}_cases"])
        metrics[f"{kind}_already"] = float(counts[f"{kind}_already"])
        metrics[f"{kind}_recall"] = counts[f"{kind}_found"] / scored if scored else 0.0
        metrics[f"{kind}_agree_kept"] = counts[f"{kind}_agree_kept"] / scored if scored else 0.0
        metrics[f"{kind}_flagged"] = counts[f"{kind}_flagged"] / scored if scored else 0.0
    scored_all = sum(counts[f"{k}_scored"] for k in KINDS)
    metrics["recall"] = sum(counts[f"{k}_found"] for k in KINDS) / max(1, scored_all)
    metrics["scored"] = float(scored_all)
    notes = [f"backend: {similarity}", "drift is synthetic (one value changed in one report); texts are BASIL's"]
    result = EvalResult("drift", split, metrics, [], notes, seconds=time.perf_counter() - t0)
    if show:
        result.rows = rows
    return result


def main(argv: list[str] | None = None) -> int:
    import argparse

    p = argparse.ArgumentParser(prog="python -m crosswire.eval.drift")
    p.add_argument("--split", default="dev", choices=("dev", "test", "all"))
    p.add_argument("--limit", type=int)
    p.add_argument("--similarity", default="static")
    p.add_argument("--show", action="store_true", help="print every case with its verdict (JSON lines)")
    a = p.parse_args(argv)
    r = run(split=a.split, limit=a.limit, similarity=a.similarity, show=a.show)
    for row in r.rows:
        print(json.dumps(row, ensure_ascii=False))
    print(json.dumps({"suite": r.suite, "split": r.split, "metrics": r.metrics, "seconds": r.seconds}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
