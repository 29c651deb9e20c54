"""A quote in one report, told in indirect speech in another: "We don't want the square to turn into a
stampede," she said / "The mayor urged the organisers to avoid a stampede".

The two share too few words to score as one claim (0.24 on the seeds), and no verb with two arguments.
What ties them is who speaks and a word of what is said: the other report's sentence has the quote's
speaker as the subject of a verb of saying or asking, and the two share a content word that neither
report uses anywhere else (not a name, a title or a reporting word). Such a pair is reported as an
``agree`` finding on the quote, with ``detail.paraphrase`` saying what ties it; the quote itself stays
``quote_absent`` word for word in that report.

Written by hand: no offline paraphrase model ships through PyPI (docs/benchmarks/similarity.md), and the
rule is three checks on facts crosswire already has (speakers, the parse, words).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from ..clean.normalize import fold
from ..model import Document, Finding
from . import lexicon, match
from .claims import words_of
from .findings import Context, _ev, _qspan

_WORD = re.compile(r"[a-z][a-z'-]+")
# Verbs whose subject is the one speaking, in indirect speech ("urged", "warned", "said").
_SAYING = lexicon.REPORTING_VERBS | lexicon.ASK_VERBS


def _speakers(doc: Document) -> dict[int, list[tuple[frozenset[str], frozenset[str]]]]:
    """Sentence start -> (name words of a person saying or asking something, the words of what they say):
    "Lyon Mayor Anne Marie Martin urged the organisers to avoid a stampede" -> ({anne, marie, martin},
    {organisers, avoid, stampede, ...}). The name is the subject's own (its compounds), not an
    apposition ("Hope Hicks, a Trump aide"); what is said is the verb's words outside the subject. One pass."""
    out: dict[int, list[tuple[frozenset[str], frozenset[str]]]] = {}
    if doc.parsed is None:
        return {}
    starts = [s.start for s in doc.sentences]  # the claims' sentences (Token.sent re-reads the parse: slow)
    for tok in doc.parsed:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _SAYING:
            continue
        for subj in tok.children:
            if subj.dep_ != "nsubj" or subj.pos_ != "PROPN":
                continue
            name = [subj] + [c for c in subj.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
            inside = {t.i for t in subj.subtree}
            said = " ".join(t.text for t in tok.subtree if t.i not in inside)
            sent = starts[max(0, bisect.bisect_right(starts, tok.idx) - 1)] if starts else 0
            out.setdefault(sent, []).append((frozenset(fold(t.text) for t in name), _raw(said)))
    return out


def _raw(text: str) -> frozenset[str]:
    """Content words as written (folded, not mapped to synonyms: "stampede" stays apart from the
    "disaster" a report may use elsewhere), four letters or more, no stop word."""
    return frozenset(w for w in _WORD.findall(fold(text)) if len(w) >= 4 and w not in STOP_WORDS)


def told_indirectly(ctx: Context) -> dict[tuple[int, int, int], list[tuple[int, list[str]]]]:
    """(report d, quote k, report e) -> [(claim of e that tells the quote, the words tying them)], for
    quotes absent word for word from e. Computed once per comparison (``Context.told``); words are looked up
    in an index of what each report has people say, so the cost grows with the quotes, not quotes x claims."""
    if ctx.told is not None:
        return ctx.told
    stop = match._frame_words()
    raw = [_raw(c.span.text) for c in ctx.claims]
    by_doc: dict[int, list[int]] = {}
    for i, c in enumerate(ctx.claims):
        by_doc.setdefault(c.doc, []).append(i)
    df = [Counter(w for i in by_doc.get(d, []) for w in raw[i]) for d in range(len(ctx.docs))]
    said = [_said_index(ctx, by_doc.get(e, []), _speakers(doc), df[e]) for e, doc in enumerate(ctx.docs)]
    out: dict[tuple[int, int, int], list[tuple[int, list[str]]]] = {}
    for d, doc in enumerate(ctx.docs):
        for k, q in enumerate(doc.quotes):
            names = match.speaker_names(doc, q)
            own = [i for i in by_doc.get(d, []) if k in ctx.claims[i].quotes]
            if q.scare or not names or not own:
                continue
            last = {n.split()[-1] for n in names}
            inside = Counter(w for i in own for w in raw[i])
            proper = frozenset().union(*(ctx.claims[i].proper for i in own))
            words = {w for w in _raw(q.text) - proper if df[d][w] == inside[w] and not words_of(w) <= stop}
            for e in range(len(ctx.docs)):
                if e == d or ctx.quote_matches.get((d, k, e), match.QuoteMatch("absent")).status != "absent":
                    continue
                hits: dict[int, list[str]] = {}
                for w in sorted(words):
                    for j, who in said[e].get(w, ()):
                        if who & last and w not in hits.get(j, []):
                            hits.setdefault(j, []).append(w)
                if hits:
                    out[(d, k, e)] = sorted(hits.items())
    ctx.told = out
    return out


def _said_index(
    ctx: Context,
    claims: list[int],
    speakers: dict[int, list[tuple[frozenset[str], frozenset[str]]]],
    df: Counter[str],
) -> dict[str, list[tuple[int, frozenset[str]]]]:
    """Word -> [(claim, who says it)] for the words a named person says or asks in a sentence of one report
    that holds no quote, when the report uses the word in that sentence only."""
    index: dict[str, list[tuple[int, frozenset[str]]]] = {}
    for j in claims:
        c = ctx.claims[j]
        if c.quotes:
            continue
        for who, content in speakers.get(c.span.start, []):
            for w in content - c.proper:
                if df[w] == 1:
                    index.setdefault(w, []).append((j, who))
    return index


def quote_paraphrase_findings(ctx: Context) -> list[Finding]:
    out = []
    for (d, k, e), told in told_indirectly(ctx).items():
        q = ctx.docs[d].quotes[k]
        for j, shared in told:
            c = ctx.claims[j]
            detail: dict[str, Any] = {
                "corroborated_by": 1,
                "articles": [c.article],
                "paraphrase": {"speaker": q.speaker, "shared": shared},
                "note": "the quote told in indirect speech by the same speaker: check the wording",
            }
            out.append(Finding("agree", ctx.docs[d].article.id, _qspan(q), [_ev(ctx.docs[e], c.span)], detail))
    return out
