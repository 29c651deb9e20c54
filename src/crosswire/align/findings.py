"""From matched claims to findings: agree, conflict, quotes, credits, opinion, only_in.

``Context`` holds what every step shares (documents, claims, vectors, scored candidate pairs,
clusters of matched claims, quote matches); each ``*_findings`` function reads it and returns
findings.  Every finding has its span in its own article and evidence in each other article involved.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..clean.normalize import fold
from ..model import DateMention, Document, Evidence, Figure, Finding, Quote, Span
from . import lexicon, match
from .blocking import candidate_pairs
from .claims import Claim, build_claims, normalise_words, words_of

# Up to this many reports every quote is searched in every other report (a few ms each); beyond, only
# in the reports blocking links to the quote's sentence or that name its speaker.
SEARCH_ALL = 3


@dataclass
class Context:
    docs: list[Document]
    claims: list[Claim]
    scores: dict[tuple[int, int], float]
    clusters: list[list[int]]
    agree: float
    folded: list[str] = field(default_factory=list)
    folded_captions: list[str] = field(default_factory=list)  # each article's captions, folded (names count)
    quote_matches: dict[tuple[int, int, int], match.QuoteMatch] = field(default_factory=dict)
    parts: dict[tuple[int, int], tuple[Span, Span]] = field(default_factory=dict)  # the clauses that matched
    clause_vectors: list[np.ndarray] = field(default_factory=list)
    partners: dict[int, list[int]] = field(default_factory=dict)  # claims matched directly (score >= agree)
    related: dict[int, dict[int, tuple[float, int]]] = field(default_factory=dict)  # claim -> doc -> best related
    supported: set[tuple[int, int]] = field(default_factory=set)  # below agree, kept by structural support
    backend: Any = None  # the similarity backend, for pieces embedded after the build (sub-clauses)
    clause_matrix: np.ndarray | None = None  # every clause vector stacked (built on first use)
    clause_owner: np.ndarray | None = None  # the claim each row of clause_matrix belongs to
    told: dict[tuple[int, int, int], list[tuple[int, list[str]]]] | None = None  # paraphrase.told_indirectly
    undated: dict[tuple[int, int], frozenset[str]] = field(default_factory=dict)  # (doc, sentence) -> words

    def agrees(self, pair: tuple[int, int], s: float) -> bool:
        """The pair (i < j) scored ``s`` is the same claim: at or above agree, or structurally supported."""
        return s >= self.agree or pair in self.supported

    def index_pairs(self) -> None:
        """One pass over the scored pairs (never one pass per claim: that is quadratic)."""
        for (i, j), s in self.scores.items():
            for a, b in ((i, j), (j, i)):
                if self.agrees((i, j), s):
                    self.partners.setdefault(a, []).append(b)
                if s >= match.RELATED:
                    best = self.related.setdefault(a, {})
                    d = self.claims[b].doc
                    if s > best.get(d, (0.0, -1))[0]:
                        best[d] = (s, b)

    @classmethod
    def build(cls, docs: list[Document], backend: Any, *, agree: float = match.AGREE) -> Context:
        claims = [c for d, doc in enumerate(docs) for c in build_claims(doc, d)]
        vectors, clause_vectors = _embed(claims, backend)
        pairs = candidate_pairs(claims, vectors)
        scores, parts, supported = {}, {}, set()
        topic = match.topic_frames(claims)
        for i, j in pairs:
            s = match.pair_score(claims[i], claims[j], float(vectors[i] @ vectors[j]))
            cs, x, y = match.clause_score(claims[i], claims[j], clause_vectors[i], clause_vectors[j])
            scores[(i, j)] = max(s, cs)
            if cs > s:
                parts[(i, j)] = (claims[i].clauses[x], claims[j].clauses[y])
            if match.AGREE_SUPPORTED <= scores[(i, j)] < agree and match.structural_support(
                claims[i], claims[j], topic
            ):
                supported.add((i, j))
        clusters = _clusters(claims, scores, agree, supported)
        ctx = cls(docs, claims, scores, clusters, agree, [fold(d.article.text) for d in docs], supported=supported)
        ctx.parts = parts
        ctx.backend = backend
        ctx.folded_captions = [fold("\n".join(c.text for c in d.article.captions)) for d in docs]
        ctx.clause_vectors = clause_vectors
        ctx.index_pairs()
        ctx.quote_matches = _all_quote_matches(ctx)
        return ctx

    def cluster_of(self) -> dict[int, int]:
        return {i: n for n, members in enumerate(self.clusters) for i in members}


def _embed(claims: list[Claim], backend: Any) -> tuple[np.ndarray, list[np.ndarray]]:
    """Sentence vectors and, per claim, its clause vectors: one embed call for all of them."""
    if not claims:
        return np.zeros((0, 1), dtype=np.float32), []
    texts = [normalise_words(c.span.text) for c in claims]
    texts += [normalise_words(x.text) for c in claims for x in c.clauses]
    m = backend.embed(texts)
    out, at = [], len(claims)
    for c in claims:
        out.append(m[at : at + len(c.clauses)])
        at += len(c.clauses)
    return m[: len(claims)], out


def _clusters(
    claims: list[Claim], scores: dict[tuple[int, int], float], agree: float, supported: set[tuple[int, int]]
) -> list[list[int]]:
    """Greedy alignment: pairs scoring >= agree (or supported), best first, join two groups only when no
    article would then have two claims in one group.

    Plain union-find chains A~B~C~D into one group of 20 sentences for three reports (seen on BASIL);
    one claim per article keeps a group what a reader means by "the same claim in each report".
    """
    parent = list(range(len(claims)))
    docs: dict[int, set[int]] = {i: {c.doc} for i, c in enumerate(claims)}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (i, j), s in sorted(scores.items(), key=lambda kv: -kv[1]):
        if s < agree and (i, j) not in supported:
            continue
        ri, rj = root(i), root(j)
        if ri != rj and not docs[ri] & docs[rj]:
            parent[rj] = ri
            docs[ri] |= docs.pop(rj)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(claims)):
        groups[root(i)].append(i)
    return [sorted(g) for g in groups.values() if len(g) > 1]


def _ev(doc: Document, s: Span) -> Evidence:
    return Evidence(doc.article.id, s.start, s.end, s.text)


def _qspan(q: Quote) -> Span:
    return Span(q.start, q.end, q.text)


# --- agree / only_in / opinion -----------------------------------------------------------------


def _score(ctx: Context, i: int, j: int) -> float:
    return ctx.scores.get((min(i, j), max(i, j)), 0.0)


def _only_here(rep: Claim, others: list[Claim]) -> dict[str, list[str]]:
    """Facts of the claim that none of its matches carries (an extra actor, figure or date)."""
    names = {n for o in others for n in o.names}
    words = {w for o in others for w in o.words}
    extra_names = sorted(n for n in rep.names if n not in names and not set(n.split()) & words)
    figs = {f.value for o in others for f in o.figures}
    dates = {x.value for o in others for x in o.dates}
    out = {
        "names": extra_names,
        "figures": [f.text for f in rep.figures if f.value not in figs],
        "dates": [x.text for x in rep.dates if x.value not in dates],
    }
    return {k: v for k, v in out.items() if v}


SUPPORT_NOTE = "below the agree score, kept because both say who did what (one verb, same two arguments)"


def agree_findings(ctx: Context) -> list[Finding]:
    out = []
    for members in ctx.clusters:
        cl = [ctx.claims[i] for i in members]
        if all(c.is_quote for c in cl):
            continue  # quote findings cover these
        rep, others = cl[0], [c for c in cl[1:] if c.doc != cl[0].doc]
        arts = sorted({c.article for c in others})
        detail: dict[str, Any] = {
            "corroborated_by": len(arts),
            "articles": arts,
            "similarity": round(max(_score(ctx, members[0], j) for j in members[1:]), 3),
        }
        if part := next((ctx.parts[(members[0], j)] for j in members[1:] if (members[0], j) in ctx.parts), None):
            detail["matched_clauses"] = [part[0].text, part[1].text]
        if any((min(members[0], j), max(members[0], j)) in ctx.supported for j in members[1:]):
            detail["support"] = SUPPORT_NOTE
        if extra := _only_here(rep, others):
            detail["only_here"] = extra
        _flag_differences(ctx, rep, others, detail)
        out.append(Finding("agree", rep.article, rep.span, [_ev(ctx.docs[c.doc], c.span) for c in others], detail))
        unmatched = _unmatched_clauses(ctx, members)
        out += unmatched + _unmatched_parts(ctx, members, [(f.article, f.span) for f in unmatched])
        out += [f for i in members for f in _facts_only_here(ctx, i)]
    return out + partial_agree_findings(ctx) + shared_point_findings(ctx)


def _flag_differences(ctx: Context, rep: Claim, others: list[Claim], detail: dict[str, Any]) -> None:
    """An agreement whose sentences give one thing different values says so (``value_differences``)."""
    if differ := [d for o in others for d in value_differences(ctx, rep, o)]:
        detail["values_differ"] = differ
        detail["note"] = VALUES_DIFFER_NOTE


def partial_agree_findings(ctx: Context) -> list[Finding]:
    """Agreements of one clause with a sentence outside the claim's group.

    A group holds one sentence per report, but a long sentence often backs several sentences of
    another report ("the ceasefire proposed by Turkey was rejected by Russia, an ally of Damascus"
    agrees with "X urged a truce" and "Putin rejected it" and "Russia supports the government").
    Each pair at or above ``agree`` that the groups did not keep is reported on its matched clauses.
    """
    group = ctx.cluster_of()
    out = []
    for (i, j), s in ctx.scores.items():
        if not ctx.agrees((i, j), s) or (i in group and group.get(i) == group.get(j)):
            continue
        a, b = ctx.claims[i], ctx.claims[j]
        if a.is_quote and b.is_quote:
            continue  # quote findings cover these
        detail: dict[str, Any] = {"partial": True, "similarity": round(s, 3), "articles": [b.article]}
        if (i, j) in ctx.supported:
            detail["support"] = SUPPORT_NOTE
        if (i, j) in ctx.parts:  # the sentences are the spans (a clause alone can be a fragment); say which matched
            detail["matched_clauses"] = [x.text for x in ctx.parts[(i, j)]]
        _flag_differences(ctx, a, [b], detail)
        out.append(Finding("agree", a.article, a.span, [_ev(ctx.docs[b.doc], b.span)], detail))
    return out


POINT_NOTE = (
    "the sentences share one point, not the whole claim: both are about the same owner and speak of "
    "{point}, mentioned nowhere else in either report"
)


def _rare_in(ctx: Context, word: str, doc: int, counts: dict[int, dict[str, int]]) -> bool:
    if doc not in counts:
        tally: dict[str, int] = defaultdict(int)
        for c in ctx.claims:
            if c.doc == doc:
                for w in c.words:
                    tally[w] += 1
        counts[doc] = tally
    return counts[doc][word] == 1


def shared_point_findings(ctx: Context) -> list[Finding]:
    """Related sentences (``match.RELATED`` and up) below the agree level that are about one named owner and
    speak of one thing of it ("Chile's coast", "his power" of the senator who is the subject of both), a
    thing each report mentions in that sentence only: a partial agreement on that point, never on the
    whole sentence (``detail.partial``, ``detail.shared``, a note).

    Why so narrow: a shared owner's thing alone agreed wrongly in most of 122 related BASIL dev pairs
    ("Mueller's office", "Cohen's testimony": the story's topic). Kept: the thing is in one sentence of each
    report, the owner is what both sentences are about, and the thing plays the same part (subject or not).
    On BASIL dev that leaves 6 pairs, 4 read as sharing the point; none on test (compare.md 1i)."""
    counts: dict[int, dict[str, int]] = {}
    out = []
    for (i, j), s in sorted(ctx.scores.items()):
        a, b = ctx.claims[i], ctx.claims[j]
        if s < match.RELATED or ctx.agrees((i, j), s) or a.doc == b.doc or (a.is_quote and b.is_quote):
            continue
        keys = sorted(
            k
            for k in a.owned.keys() & b.owned.keys()
            if _rare_in(ctx, k[1], a.doc, counts) and _rare_in(ctx, k[1], b.doc, counts)
        )
        if not keys:
            continue
        shared = sorted({a.owned[k] for k in keys} | {b.owned[k] for k in keys})
        detail: dict[str, Any] = {
            "partial": True,
            "shared": shared,
            "similarity": round(s, 3),
            "articles": [b.article],
            "note": POINT_NOTE.format(point=" / ".join(shared)),
        }
        out.append(Finding("agree", a.article, a.span, [_ev(ctx.docs[b.doc], b.span)], detail))
        # One point told twice can still be dated apart ("his term ends in 2019" / "before his term ends in
        # 2018"): the soft date rule of merely agreeing sentences applies (one act, one doer).
        out += _date_pair(ctx, a, b, "soft")
    return out


_FACT_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"})


def _entities(doc: Document, s: Span) -> list[Span]:
    if doc.entities:
        return [
            Span(e.start, e.end, e.text) for e in doc.entities if e.label in _FACT_LABELS and s.start <= e.start < s.end
        ]
    if doc.parsed is None:
        return []
    return [
        Span(e.start_char, e.end_char, e.text)
        for e in doc.parsed.ents
        if e.label_ in _FACT_LABELS and s.start <= e.start_char < s.end
    ]


def _facts_only_here(ctx: Context, i: int) -> list[Finding]:
    """Names and figures of a matched sentence that no other report mentions anywhere (TRUTH U10, U17)."""
    c, doc = ctx.claims[i], ctx.docs[ctx.claims[i].doc]
    others = [d for d in range(len(ctx.docs)) if d != c.doc]
    values = {f.value for d in others for f in ctx.docs[d].figures if f.value is not None}
    out = []
    for e in _entities(doc, c.span):
        key = fold(e.text).strip()
        if len(key) > 2 and not any(key in ctx.folded[d] or key in ctx.folded_captions[d] for d in others):
            out.append(Finding("only_in", c.article, e, [], {"fact": "name", "note": "named in this report only"}))
    for f in c.figures:
        if match.comparable(f) and f.value not in values:
            out.append(
                Finding(
                    "only_in",
                    c.article,
                    Span(f.start, f.end, f.text),
                    [],
                    {"fact": "figure", "value": f.value, "counts": f.counts, "note": "figure in this report only"},
                )
            )
    return out


def _unmatched_clauses(ctx: Context, members: list[int]) -> list[Finding]:
    """Clauses of matched sentences that nothing in the other reports' matching sentences backs.

    "X met in Geneva, and Y rejected the truce" matched on its first clause says nothing about Y:
    that clause is a claim of its own, found in one report only.
    """
    out = []
    for i in members:
        c = ctx.claims[i]
        mates = [j for j in members if ctx.claims[j].doc != c.doc]
        if c.n_clauses < 2 or not mates:
            continue
        for x, clause in enumerate(c.clauses[: c.n_clauses]):
            if len(c.clause_words[x]) <= match.CLAUSE_ALONE:
                continue
            best = max(_clause_best(ctx, i, x, j) for j in mates)
            if best < match.RELATED_CLAUSE:
                ev = [_ev(ctx.docs[ctx.claims[j].doc], ctx.claims[j].span) for j in mates]
                note = "a part of a matched sentence that the other reports' matching sentences do not carry"
                out.append(
                    Finding("only_in", c.article, clause, ev, {"nearest_role": "the matching sentence", "note": note})
                )
    return out


# Dependents that carry a statement of their own inside one clause: "a zone [to be monitored by Turkish
# troops]", "the deal, [which expires in May]", "[after talks failed], ...". The regex clause cut in
# claims.py misses them (no comma or conjunction before them), so a sentence matched on its main
# statement would hide the detail only it gives (TRUTH O14).
_PART_DEPS = frozenset({"relcl", "acl", "advcl"})
# A part needs this many content words and may cover at most this share of its sentence's characters.
PART_WORDS, PART_SHARE = 3, 0.7


def _parts(ctx: Context, i: int) -> list[Span]:
    """Dependent clauses of claim ``i`` (spans of the article text) from the shared parse."""
    c, doc = ctx.claims[i], ctx.docs[ctx.claims[i].doc]
    if doc.parsed is None:
        return []
    sent = doc.parsed.char_span(c.span.start, c.span.end, alignment_mode="expand")
    if sent is None:
        return []
    text, out = doc.article.text, []
    for tok in sent:
        if tok.dep_ not in _PART_DEPS or not tok.pos_.startswith(("VERB", "AUX")):
            continue
        sub = list(tok.subtree)
        a, b = sub[0].idx, sub[-1].idx + len(sub[-1].text)
        a, b = max(a, c.span.start), min(b, c.span.end)
        piece = text[a:b].strip(' ,;:\u2014\u2013"\u201c\u201d.')
        if not piece:
            continue
        a = text.index(piece, a)
        if len(words_of(piece)) >= PART_WORDS and len(piece) <= PART_SHARE * len(c.span.text):
            out.append(Span(a, a + len(piece), piece))
    out.sort(key=lambda p: p.start - p.end)  # largest first: a part nested in a kept one is dropped
    kept: list[Span] = []
    for p in out:
        if not any(_within(p, k) for k in kept):
            kept.append(p)
    return sorted(kept, key=lambda p: p.start)


def _unmatched_parts(ctx: Context, members: list[int], reported: list[tuple[str, Span]]) -> list[Finding]:
    """Dependent clauses of matched sentences that nothing in the other reports backs.

    Scored like clauses (cosine, Dice, overlap) against every clause of every sentence of the other
    reports, not only the matching ones: the detail is "only in" this report when no report has it
    anywhere. A part inside a clause already reported, or inside a larger part, is not reported twice.
    """
    out = []
    for i in members:
        c = ctx.claims[i]
        if c.is_quote or ctx.backend is None:
            continue
        mates = [j for j in members if ctx.claims[j].doc != c.doc]
        parts = [p for p in _parts(ctx, i) if not any(a == c.article and _within(p, r) for a, r in reported)]
        if not mates or not parts:
            continue
        vecs = ctx.backend.embed([normalise_words(p.text) for p in parts])
        for p, v in zip(parts, vecs, strict=True):
            wa = words_of(p.text)
            best = max((_piece_best(ctx, v, wa, j) for j in _neighbours(ctx, v, c.doc)), default=0.0)
            if best < match.RELATED_CLAUSE:
                ev = [_ev(ctx.docs[ctx.claims[j].doc], ctx.claims[j].span) for j in mates]
                note = "a dependent clause of a matched sentence that no other report carries"
                detail = {"nearest_role": "the matching sentence", "note": note, "similarity": round(best, 3)}
                out.append(Finding("only_in", c.article, p, ev, detail))
    return out


# Sentences of the other reports a part is scored against: those holding its nearest clauses by cosine.
# Scoring every sentence made the aligner grow with the square of the claims (20 reports: 16 ms per
# 1,000 characters instead of 12); the blend needs a close cosine or many shared words, and shared words
# bring the cosine up with them.
PART_NEIGHBOURS = 16


def _neighbours(ctx: Context, v: np.ndarray, doc: int) -> set[int]:
    if ctx.clause_matrix is None or ctx.clause_owner is None:
        rows = [(i, x) for i, xs in enumerate(ctx.clause_vectors) for x in xs]
        ctx.clause_owner = np.array([i for i, _ in rows], dtype=np.int64)
        ctx.clause_matrix = np.vstack([x for _, x in rows]) if rows else np.zeros((0, len(v)), dtype=np.float32)
    owner, matrix = ctx.clause_owner, ctx.clause_matrix
    docs = np.array([ctx.claims[i].doc for i in owner], dtype=np.int64)
    sims = np.where(docs != doc, matrix @ v, -np.inf)
    top = np.argsort(-sims)[:PART_NEIGHBOURS]
    return {int(owner[k]) for k in top if np.isfinite(sims[k])}


def _within(p: Span, r: Span) -> bool:
    return p.start < r.end and r.start < p.end


def _piece_best(ctx: Context, v: np.ndarray, wa: frozenset[str], j: int) -> float:
    b = ctx.claims[j]
    sims = ctx.clause_vectors[j] @ v
    return max(
        (
            (max(0.0, float(sims[y])) + match.dice(wa, wb) + match.overlap(wa, wb)) / 3.0
            for y, wb in enumerate(b.clause_words)
        ),
        default=0.0,
    )


def _clause_best(ctx: Context, i: int, x: int, j: int) -> float:
    return _piece_best(ctx, ctx.clause_vectors[i][x], ctx.claims[i].clause_words[x], j)


def _nearest(ctx: Context, i: int) -> list[Evidence]:
    """The closest related claim in each other article (scored >= RELATED), shown for context."""
    best = ctx.related.get(i, {})
    return [_ev(ctx.docs[d], ctx.claims[j].span) for d, (_, j) in sorted(best.items())]


def only_in_findings(ctx: Context) -> list[Finding]:
    """Sentences no other report backs, adjacent ones of one paragraph merged, most salient first.

    A claim whose clause alone agrees elsewhere (a partial agreement) stays: its other clauses may be new.
    ``detail["salience"]`` ranks them for the views, which show the top few per article.
    """
    clustered = ctx.cluster_of()
    runs: list[list[int]] = []
    for i, c in enumerate(ctx.claims):
        if i in clustered or c.is_quote or c.opinion:
            continue
        if runs and _adjacent(ctx, runs[-1][-1], i):
            runs[-1].append(i)
        else:
            runs.append([i])
    out = [_only_in(ctx, run) for run in runs]
    return sorted(out, key=lambda f: -float(f.detail["salience"]))


def _paragraph(doc: Document, at: int) -> int:
    return next((k for k, p in enumerate(doc.article.paragraphs) if p.start <= at < p.end), -1)


def _adjacent(ctx: Context, i: int, j: int) -> bool:
    """Consecutive sentences of one article and one paragraph (a paragraph is one unit of an argument)."""
    a, b = ctx.claims[i], ctx.claims[j]
    if a.doc != b.doc or b.index != a.index + 1:
        return False
    doc = ctx.docs[a.doc]
    return _paragraph(doc, a.span.start) == _paragraph(doc, b.span.start) != -1


# Salience: which only_in passages the views show first (the top few per article, report/build.py).
# Measured on BASIL dev (60 triplets; 2,288 only_in sentences, 14.2% of them hold a gold
# informational-bias span: background, selective facts, partisan quotes an outlet adds to sway readers).
# A feature's rate over that base: quoted words 1.52, 30 words or more 1.38, in the first half of the
# article 1.19 (second half 0.84), nothing related in the other reports (nearest < 0.3) 1.16; a figure
# 0.84, a date 0.80, any name 0.95. The old weights (figure 3, date 2, names 1 each, new 2) showed gold
# spans at chance (lift 0.94 once junk sentences get 0); these round weights: lift 1.12 and 1.18 on the
# two halves of dev (weights tuned on one half gave 1.14 and 1.04 on the other).
# A figure keeps a small weight: it is the first fact an editor checks. Dates get none: 30% of only_in
# sentences carry one (mostly the day of the event, "on Tuesday"), so a date tells nothing apart.
SALIENCE_FIGURE = 1.0
# Quoted words (a phrase, not a whole quoted sentence: those are quote findings) are checkable too.
SALIENCE_QUOTE = 2.0
# A sentence of LONG_WORDS or more packs background and asides into the report's own account.
SALIENCE_LONG, LONG_WORDS = 3.0, 30
# What one outlet alone puts in the first half of its article is part of its angle (news runs most
# important first); EARLY is the share of the article's characters before the sentence starts.
SALIENCE_EARLY, EARLY = 3.0, 0.5
# A sentence nothing else resembles is newer (up to 2).
SALIENCE_NEW = 2.0
# A run that another report backs in part (a clause agrees: ``partly_backed``) is less new by this.
SALIENCE_BACKED = 2.0
# Each further sentence of a merged run adds this (a passage one report alone gives is its own angle).
SALIENCE_RUN = 0.5


def salience(ctx: Context, i: int) -> float:
    """How early the views show only_in claim ``i``: a transparent sum of the weights above."""
    c = ctx.claims[i]
    figures = sum(1 for f in c.figures if not f.vague)
    nearest = max((s for s, _ in ctx.related.get(i, {}).values()), default=0.0)
    at = c.span.start / max(1, len(ctx.docs[c.doc].article.text))
    return (
        SALIENCE_FIGURE * min(2, figures)
        + SALIENCE_QUOTE * bool(c.quotes)
        + SALIENCE_LONG * (len(c.span.text.split()) >= LONG_WORDS)
        + SALIENCE_EARLY * (at < EARLY)
        + SALIENCE_NEW * (1.0 - nearest)
    )


def _only_in(ctx: Context, run: list[int]) -> Finding:
    first, last = ctx.claims[run[0]], ctx.claims[run[-1]]
    text = ctx.docs[first.doc].article.text
    span = Span(first.span.start, last.span.end, text[first.span.start : last.span.end])
    evidence: list[Evidence] = []
    for i in run:
        evidence += [e for e in _nearest(ctx, i) if e not in evidence]
    backed = _partly_backed(ctx, run)
    rank = max(salience(ctx, i) for i in run) + SALIENCE_RUN * (len(run) - 1) - SALIENCE_BACKED * bool(backed)
    detail: dict[str, Any] = {
        "nearest_role": "related, not the same claim",
        "sentences": len(run),
        "salience": round(rank, 2),
    }
    if backed:
        detail["partly_backed"] = backed
    return Finding("only_in", first.article, span, evidence[:3], detail)


def _partly_backed(ctx: Context, run: list[int]) -> list[str]:
    """The clauses of an only_in run that another report backs (a partial agreement, listed with the
    agreements): the rest of the sentence is what is new, and a reader must not take the whole as unbacked."""
    out: list[str] = []
    for i in run:
        for j in ctx.partners.get(i, []):
            part = ctx.parts.get((min(i, j), max(i, j)))
            text = (part[0] if i < j else part[1]).text if part else ctx.claims[i].span.text
            if text not in out:
                out.append(text)
    return out


def opinion_findings(ctx: Context) -> list[Finding]:
    return [
        Finding("opinion", c.article, c.span, [], {"note": "analysis or opinion, no source named"})
        for c in ctx.claims
        if c.opinion
    ]


# --- conflicts ---------------------------------------------------------------------------------


def _conflict(ctx: Context, a: Claim, b: Claim, span_a: Span, span_b: Span, detail: dict[str, Any]) -> Finding:
    detail = {"values": {a.article: span_a.text, b.article: span_b.text}, **detail}
    return Finding("conflict", a.article, a.span, [_ev(ctx.docs[b.doc], b.span)], detail)


def _one_cast(a: Claim, b: Claim) -> bool:
    """Merely agreeing sentences are compared on dates only when they name someone in common, or one names
    no one: "When the floods hit Mobile in 1998, Dr. Regina Benjamin made house calls" and "When the floods
    hit Bayou La Batre in 2005, Dr. Anna Price made house calls" agree on what was done, not on who or where."""
    na, nb = (a.names or a.proper), (b.names or b.proper)
    return not (na and nb) or bool(na & nb)


def same_event(a: Claim, b: Claim) -> bool:
    """Two matched claims can disagree on a value only when they are about the same thing: they name
    something in common, or (names told apart by a tagger are unreliable) share a quarter of their
    other content words. "2,000 troops from Syria" and "7,000 troops from Afghanistan" do neither."""
    na, nb = (a.names or a.proper), (b.names or b.proper)
    if not (na and nb) or na & nb:
        return True
    shared = (a.words & b.words) - na - nb
    return len(shared) >= 2 and len(shared) >= 0.25 * min(len(a.words), len(b.words))


# Nouns a figure is measured in rather than a thing counted: "35.7 percent" of what? The thing is read from
# the parse (``_measured``): "a tax rate of 35.7 percent" -> rate, "10 percent of their income" -> income.
MONEY = frozenset({"dollar", "euro", "pound", "yen", "yuan", "rupee"})
UNIT_NOUNS = frozenset({"percent", "percentage", "point"}) | MONEY


def _token(doc: Document, at: Span | None) -> Any:
    if doc.parsed is None or at is None:
        return None
    span = doc.parsed.char_span(at.start, at.end, alignment_mode="expand")
    return span.root if span is not None else None


def _measured(doc: Document, f: Figure) -> tuple[frozenset[str], frozenset[str] | None]:
    """What a figure counts beyond its noun: the noun's compound modifiers ("state senators" is not
    "senators"), and for a unit ("percent") the thing measured (``UNIT_NOUNS``), or None when unclear
    (empty when the figure counts a thing, not a unit). Money may be measured by several things at
    once: "$750,000 in campaign funds on personal items" -> {fund, item, @spend}."""
    unit = (f.counts or "") in UNIT_NOUNS
    tok = _token(doc, f.counts_span or Span(f.start, f.end, f.text))
    if tok is None:  # no parse: the counted noun alone
        return frozenset(), None if unit else frozenset()
    # the number's own words ("3.6" of "3.6 billion") are the value, not a kind of thing
    kind = frozenset(c.lemma_.lower() for c in tok.children if c.dep_ == "compound" and not c.like_num)
    if not unit:
        return kind, frozenset()
    if tok.pos_ == "SYM":  # "$84,000": the symbol hangs on the number
        return kind, _money_things(_token(doc, Span(f.start, f.end, f.text)))
    for c in tok.children:  # "10 percent OF their income"
        if c.dep_ == "prep" and c.lower_ == "of":
            return kind, _one(next((p.lemma_.lower() for p in c.children if p.dep_ == "pobj"), None))
    head = tok.head
    if head.dep_ == "prep" and head.lower_ == "of" and head.head.pos_ == "NOUN":  # "a rate OF 35.7 percent"
        return kind, _one(head.head.lemma_.lower())
    if tok.dep_ in ("attr", "acomp") and head.lemma_ == "be":  # "the rate was 35.7 percent"
        return kind, _one(next((c.lemma_.lower() for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None))
    if f.counts in MONEY:  # "5 million dollars in campaign funds"
        return kind, _money_things(tok)
    return kind, None


def _one(thing: str | None) -> frozenset[str] | None:
    return None if thing is None else frozenset({thing})


_MONEY_PREPS = frozenset({"in", "of", "for", "from", "on", "to"})


def _money_things(tok: Any) -> frozenset[str] | None:
    """What an amount of money is: the objects of its prepositions and of its verb's ("paid $84,000 FROM a
    public fund", "$117,600 IN taxpayer funds"), and the verb itself ("@spend"), also when the verb is a
    relative clause on the amount ("the $5.7 billion he demanded"); None when none is read."""
    if tok is None:
        return None
    verbs = [c for c in tok.children if c.dep_ == "relcl"]
    if tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and tok.head.pos_ == "VERB":
        verbs.append(tok.head)
    things = set()
    for t in [tok, *verbs]:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in _MONEY_PREPS:
                things |= {_base(p.lemma_) for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"}
    things |= {"@" + v.lemma_.lower() for v in verbs}
    return frozenset(things) or None


def _base(lemma: str) -> str:
    """A noun made from a verb reads as the verb's noun: "$5.7 billion in funding" and "$5.7 billion in funds"
    (spaCy keeps "funding" as its own lemma) are one thing."""
    low = lemma.lower()
    return low[:-3] if low.endswith("ing") and len(low) > 6 else low


def _alone(xs: list[Any], ys: list[Any], same: Any, agree: Any) -> tuple[Any, Any] | None:
    """The one value of each side left when values given alike on both sides are set aside, if it is
    the only one left of its kind on each side: which value answers which is then clear. ``agree`` says
    whether two values are given alike (whatever they count: "32 million people, against 55.3 million a
    decade ago" gives 55.3 million too)."""
    left_x = [x for x in xs if not any(agree(x, y) for y in ys)]
    left_y = [y for y in ys if not any(agree(x, y) for x in xs)]
    pairs = [(x, y) for x in left_x for y in left_y if same(x, y)]
    if len(pairs) != 1:
        return None
    x, y = pairs[0]
    alone = sum(same(x, o) for o in left_x) == 1 and sum(same(o, y) for o in left_y) == 1
    return (x, y) if alone else None


def _figure_kinds(ctx: Context, a: Claim, b: Claim) -> tuple[list[Figure], list[Figure], Any]:
    """The comparable figures of each side and ``same``: whether two of them count one thing (the noun, its
    compound modifiers, and for a unit what it measures, ``_measured``)."""
    da, db = ctx.docs[a.doc], ctx.docs[b.doc]
    fa_all = [f for f in a.figures if match.comparable(f)]
    fb_all = [f for f in b.figures if match.comparable(f)]
    kinds = {id(f): _measured(da, f) for f in fa_all} | {id(f): _measured(db, f) for f in fb_all}

    def same(x: Figure, y: Figure) -> bool:
        (cx, mx), (cy, my) = kinds[id(x)], kinds[id(y)]
        if not match.same_thing(x, y) or cx != cy or mx is None or my is None:
            return False
        return bool(mx & my) if mx and my else mx == my

    return fa_all, fb_all, same


def _figure_diff(ctx: Context, a: Claim, b: Claim) -> tuple[Figure, Figure] | None:
    """The figure of each side, of one thing, that differ: the only one of its thing left on each side once
    figures given alike are set aside, in sentences about one thing (``same_event``) not dated apart."""
    fa_all, fb_all, same = _figure_kinds(ctx, a, b)
    if not (fa_all and fb_all) or not same_event(a, b) or _dated_apart(ctx, a, b):
        return None

    def alike(x: Figure, y: Figure) -> bool:  # the same value, of the same thing or of no named thing
        return match.figures_agree(x, y) and (same(x, y) or not (x.counts and y.counts))

    pair = _alone(fa_all, fb_all, same, alike)
    return pair if pair is not None and not match.figures_agree(*pair) else None


def _figure_pair(ctx: Context, a: Claim, b: Claim, matched: bool, level: str | None) -> list[Finding]:
    """Figures of the same thing in two related sentences: an agreement when they agree and the sentences
    are otherwise different (TRUTH A7); a conflict when ``_figure_diff`` finds the figure of each that differ
    and the sentences are aligned as one claim (``level`` hard).

    Figures of sentences that merely agree are no conflict. Tried twice as soft conflicts: in session 6 (one
    act, one doer, one cast) about 1 real in 4 on ECB+; in session 7 with a shared anchor (verb, the counted
    noun's preposition, what money is for), plain counts and one place, 3 of 3 real on BASIL dev and ECB+
    dev and train but 1 of 10 on ECB+ test (counts of different scope: "10 houses damaged in Takengon" /
    "about 1,500 houses" in its district, 40 killed at one school / "more than 600" in the offensive, 128GB /
    500GB of two models; compare.md 1h). Instead, whatever the level, an agreement of
    the two sentences says that the figures differ (``value_differences``)."""
    out: list[Finding] = []
    db = ctx.docs[b.doc]
    fa_all, fb_all, same = _figure_kinds(ctx, a, b)
    if not matched:
        for fa in fa_all:
            for fb in fb_all:
                if same(fa, fb) and match.figures_agree(fa, fb):  # agreeing figures in different sentences
                    det = {
                        "what": "figure",
                        "counts": [fa.counts, fb.counts],
                        "values": {a.article: fa.text, b.article: fb.text},
                        "corroborated_by": 1,
                        "articles": [b.article],
                    }
                    out.append(Finding("agree", a.article, a.span, [_ev(db, b.span)], det))
    if level == "hard" and (pair := _figure_diff(ctx, a, b)):
        fa, fb = pair
        sa, sb = Span(fa.start, fa.end, fa.text), Span(fb.start, fb.end, fb.text)
        det = {"what": "figure", "counts": [fa.counts, fb.counts], "numbers": [fa.value, fb.value]}
        out.append(_conflict(ctx, a, b, sa, sb, det))
    return out


SOFT_VALUE_NOTE = (
    "the sentences agree otherwise but were not aligned as one claim: check that both values are of one event"
)


def _act(doc: Document, at: DateMention) -> str | None:
    """The verb a date hangs on ("was elected in 1995" -> elect), or None. Two sentences that merely agree
    are compared on a date only when it dates one act in both: on ECB+ dev, "elected to the board in 1995"
    against "became president of the society in 2002" agree on who (a first black woman) but date two acts."""
    verb = _act_verb(doc, at)
    return str(verb.lemma_).lower() if verb is not None else None


def _act_verb(doc: Document, at: DateMention) -> Any:
    tok = _token(doc, Span(at.start, at.end, at.text))
    for _ in range(4):
        if tok is None or tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
            break
        tok = tok.head
    return tok if tok is not None and tok.pos_ in ("VERB", "AUX") else None


def _one_agent(da: Document, x: DateMention, db: Document, y: DateMention) -> bool:
    """The acts of two dates have no two different named doers: "Mweb announced on 12 October" and
    "Seacom announced on 20 October" are two companies' announcements (ECB+ train), "he announced" may be
    anyone's."""
    names = []
    for doc, at in ((da, x), (db, y)):
        verb = _act_verb(doc, at)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
        if subj is not None and verb.dep_ == "relcl" and subj.tag_ in ("WP", "WDT"):  # "Mweb, which announced"
            subj = verb.head
        if subj is not None and subj.pos_ != "PROPN":  # "Subsea cable operator, Seacom, announced"
            subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        names.append(str(subj.text).lower() if subj is not None and subj.pos_ == "PROPN" else None)
    return None in names or names[0] == names[1]


def _level(detail: dict[str, Any], level: str) -> dict[str, Any]:
    return detail if level == "hard" else {**detail, "soft": True, "note": SOFT_VALUE_NOTE}


def _dated_apart(ctx: Context, a: Claim, b: Claim) -> bool:
    """Figures of two times are two figures: one sentence gives a span of time and the other does not ("a
    tax rate of 35.7 percent last year" / "31.55 percent from 2007 through 2014"), or both are dated and no
    date of one agrees with a date of the other."""
    spans = [bool(match.span_dates(ctx.docs[c.doc].article.text, _valued(c))) for c in (a, b)]
    if spans[0] != spans[1]:
        return True
    xs = [x for x in a.dates if x.kind == "date" and x.value]
    ys = [y for y in b.dates if y.kind == "date" and y.value]
    return bool(xs and ys) and not any(not match.dates_conflict(x, y) for x in xs for y in ys)


def _undated_words(ctx: Context, c: Claim) -> frozenset[str]:
    """Content words of the sentence without its dates and time stamp words: "Posted July 20, 2009" has
    none, so a page's time stamps ("Updated: May 24, 2005, 3:23 PM ET") are not dates of the story.
    Kept per claim: every related pair asks (7 % of the aligner's time on 20 reports before)."""
    if (key := (c.doc, c.index)) in ctx.undated:
        return ctx.undated[key]
    ctx.undated[key] = _undated_words_of(ctx, c)
    return ctx.undated[key]


def _undated_words_of(ctx: Context, c: Claim) -> frozenset[str]:
    text = ctx.docs[c.doc].article.text
    cut, at = [], c.span.start
    for x in sorted(c.dates, key=lambda x: x.start):
        cut.append(text[at : x.start])
        at = max(at, x.end)
    cut.append(text[at : c.span.end])
    return frozenset(w for w in words_of(" ".join(cut)) if not w.isdigit()) - lexicon.STAMP_WORDS


def _valued(c: Claim) -> list[DateMention]:
    """Dates written with a number: "since the days that I served" opens no span of time, "1978 - 89" does."""
    return [x for x in c.dates if x.value or any(ch.isdigit() for ch in x.text)]


def _event_dates(ctx: Context, c: Claim) -> list[DateMention] | None:
    """Comparable dates of the claim, or None when it gives a span of time ("from 2007 to 2014", "since
    2007"): a sentence about a period is not compared date by date (2002 is inside 1996-2007)."""
    if match.span_dates(ctx.docs[c.doc].article.text, _valued(c)):
        return None
    return [x for x in c.dates if match.comparable_date(x)]


def _dated_noun(doc: Document, x: DateMention) -> str | None:
    """The noun a date modifies ("the 2016 presidential race", "Gore's 2000 ticket" -> race, ticket), "@tell"
    for the date of a verb of telling ("said on Monday"), or None when it stands in a phrase of its own
    ("approved ... in May 2017"). A prepositional phrase is not followed to a noun: where "in May 2017"
    hangs ("talks in May 2017" or "approved in May 2017") is the parser's guess."""
    tok = _token(doc, Span(x.start, x.end, x.text))
    if tok is None:
        return None
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ in ("npadvmod", "tmod") else None
    if verb is not None and verb.lemma_.lower() in lexicon.REPORTING_VERBS:
        return "@tell"  # "reported on May 23, 2008 that ...": the date of the telling, not of what is told
    if tok.dep_ not in ("compound", "nummod", "amod", "nmod", "poss"):
        return None
    return str(tok.head.lemma_).lower() if tok.head.pos_ in ("NOUN", "PROPN") else None


@dataclass
class DateDiff:
    """Two dates of one thing that differ; ``one_act``: they date one act, by one doer; ``noun``: the noun
    both date ("the 2012 attacks"), if any."""

    x: DateMention
    y: DateMention
    one_act: bool
    noun: str | None = None


def _date_diff(ctx: Context, a: Claim, b: Claim) -> DateDiff | None:
    """One date each left once shared dates are set aside, describing the same thing (one noun: "a 2016 run"
    is no date of "the 2012 attack"), that differ; and whether they date one act (a noun, or the same verb)."""
    if not same_event(a, b) or len(_undated_words(ctx, a) & _undated_words(ctx, b)) < 2:
        return None
    xs, ys = _event_dates(ctx, a), _event_dates(ctx, b)
    if xs is None or ys is None:
        return _span_diff(ctx, a, b)
    da, db = ctx.docs[a.doc], ctx.docs[b.doc]
    nouns = {id(x): _dated_noun(da, x) for x in xs} | {id(y): _dated_noun(db, y) for y in ys}
    pair = _alone(xs, ys, lambda x, y: nouns[id(x)] == nouns[id(y)], lambda x, y: not match.dates_conflict(x, y))
    if pair is None or not match.dates_conflict(*pair):
        return None
    x, y = pair
    noun = nouns[id(x)]
    one_act = noun is not None or _act(da, x) == _act(db, y) is not None
    return DateDiff(x, y, one_act and _one_agent(da, x, db, y), noun)


def _span_ends(ctx: Context, c: Claim) -> list[DateMention] | None:
    """The two ends, in order, of the one span of time a sentence gives ("from 2007 to 2014", beside other
    dates: "..., according to returns released Friday"), or None."""
    valued = sorted(_valued(c), key=lambda x: x.start)
    ends = [valued[k] for k in sorted(match.span_dates(ctx.docs[c.doc].article.text, valued))]
    return ends if len(ends) == 2 and all(match.comparable_date(x) for x in ends) else None


def _span_diff(ctx: Context, a: Claim, b: Claim) -> DateDiff | None:
    """Two spans of time that share one end and differ at the other ("from 2007 to 2014" / "from 2006 to
    2014"): the differing ends. Never one act for a soft conflict: the ends of a span date no act."""
    ea, eb = _span_ends(ctx, a), _span_ends(ctx, b)
    if ea is None or eb is None:
        return None
    differ = [(x, y) for x, y in zip(ea, eb, strict=True) if match.dates_conflict(x, y)]
    return DateDiff(*differ[0], one_act=False) if len(differ) == 1 else None


def _named_event(ctx: Context, a: Claim, b: Claim, diff: DateDiff) -> bool:
    """The differing dates date one named event ("the 2012 attacks"), told with one verb in both ("the
    committee investigating the 2012 attacks"), and neither report dates that noun with the other's year
    anywhere: then it is one event with two years. Without the verb, on BASIL dev and ECB+ train, all 4 were
    two events of one kind ("endorsing Clinton in the 2016 presidential campaign" / "Gore's running mate in the
    2000 presidential campaign"; "the 1991 movie had" / "celebrated in the 2006 HBO movie")."""
    da, db = ctx.docs[a.doc], ctx.docs[b.doc]
    if diff.noun in (None, "@tell") or not _act(da, diff.x) == _act(db, diff.y) is not None:
        return False
    for c, other in ((a, diff.y), (b, diff.x)):
        doc = ctx.docs[c.doc]
        if any(_dated_noun(doc, d) == diff.noun and not match.dates_conflict(d, other) for d in doc.dates):
            return False
    return True


def _date_pair(ctx: Context, a: Claim, b: Claim, level: str | None) -> list[Finding]:
    """A date conflict (``_date_diff``); between merely agreeing sentences (``level`` soft) only when the
    dates date one act (``_act``), by one doer; between merely related ones, only for a named event."""
    diff = _date_diff(ctx, a, b) if level else None
    if diff is None or level is None or (level == "soft" and not diff.one_act):
        return []
    if level == "related" and not (diff.one_act and _named_event(ctx, a, b, diff)):
        return []
    x, y = diff.x, diff.y
    det = {"what": "date", "dates": [x.value, y.value], "precision": [x.precision, y.precision]}
    return [_conflict(ctx, a, b, Span(x.start, x.end, x.text), Span(y.start, y.end, y.text), _level(det, level))]


VALUES_DIFFER_NOTE = "the sentences agree otherwise, but these values differ: check which report is right"


def value_differences(ctx: Context, a: Claim, b: Claim) -> list[dict[str, Any]]:
    """The figure and the date of one thing that two agreeing sentences give differently (``_figure_diff``,
    ``_date_diff``): an agreement between them must not read as plain agreement. On injected drift of BASIL
    dev, 13 of 30 changed figures and 9 of 28 changed dates were reported as plain agreement before.

    Looser flags (the one figure of one noun, or the one date, left on each side, whatever it measures or
    dates) were tried: they flagged 2 more changed figures and 4 more dates of the drift, and on BASIL dev and
    ECB+ dev 10 more agreements, none of one thing ("about $8 billion" in all / the "$5.7 billion" requested;
    the date a paper reported against the date of the event). Removed (compare.md 1h)."""
    out = []
    if fig := _figure_diff(ctx, a, b):
        out.append({"what": "figure", "values": {a.article: fig[0].text, b.article: fig[1].text}})
    if date := _date_diff(ctx, a, b):
        out.append({"what": "date", "values": {a.article: date.x.text, b.article: date.y.text}})
    return out


def _value_level(one_claim: bool, score: float, agreed: bool, one_cast: bool) -> str | None:
    """How two sentences' values are compared: ``hard`` (aligned as one claim, ``match.VALUE_CONFLICT`` or
    more), ``soft`` (they agree and name someone in common), ``related`` (``match.RELATED`` or more: only a
    named event's date, ``_named_event``), or not at all."""
    if one_claim and score >= match.VALUE_CONFLICT:
        return "hard"
    if not one_cast:
        return None
    return "soft" if agreed else "related" if score >= match.RELATED else None


def conflict_findings(ctx: Context) -> list[Finding]:
    """Figures, dates and negations that differ between two sentences aligned as one claim (same group,
    scoring ``match.VALUE_CONFLICT`` or more). Dates also when the sentences only agree (``Context.agrees``),
    and the date of a named event when they are only related (``_value_level``), as soft conflicts with a
    note: left out, the pair was reported as agreeing while its dates differ (on injected drift,
    ``eval/drift.py``, they find 3 and, session 7, 2 more of the 28 changed dates of BASIL dev). Figures of
    sentences that only agree are flagged on the agreement (``value_differences``). A negation needs 0.75
    and a verb negated in one only."""
    out: list[Finding] = []
    group = ctx.cluster_of()
    for (i, j), s in sorted(ctx.scores.items()):
        a, b = ctx.claims[i], ctx.claims[j]
        one_claim = i in group and group.get(i) == group.get(j)
        agreed = ctx.agrees((i, j), s)
        level = _value_level(one_claim, s, agreed, _one_cast(a, b))
        out += _figure_pair(ctx, a, b, agreed, level)
        out += _date_pair(ctx, a, b, level)
        negation = one_claim and s >= max(ctx.agree, 0.75) and match.negation_conflict(a, b)
        if negation and not (a.is_quote or b.is_quote):
            out.append(_conflict(ctx, a, b, a.span, b.span, {"what": "negation"}))
    return out


# --- quotes ------------------------------------------------------------------------------------


def _quote_claims(ctx: Context) -> dict[tuple[int, int], int]:
    """(doc, quote) -> the claim (sentence) the quote starts in."""
    at: dict[tuple[int, int], int] = {}
    for i, c in enumerate(ctx.claims):
        for k in c.quotes:
            at.setdefault((c.doc, k), i)
    return at


def _quote_docs(ctx: Context, d: int, k: int, claim: int | None) -> set[int]:
    """Articles worth searching for a quote: those with a claim scored against the quote's sentence,
    or naming its speaker.  Searching every article for every quote would cost N^2 text scans."""
    docs = set(ctx.related.get(claim, {})) if claim is not None else set()
    docs |= {ctx.claims[j].doc for j in ctx.partners.get(claim, [])} if claim is not None else set()
    names = match.speaker_names(ctx.docs[d], ctx.docs[d].quotes[k])
    surnames = {n for n in names if " " not in n and len(n) > 2}
    docs |= {e for e, text in enumerate(ctx.folded) if any(n in text for n in surnames)}
    docs.discard(d)
    return docs


def _all_quote_matches(ctx: Context) -> dict[tuple[int, int, int], match.QuoteMatch]:
    out = {}
    at = _quote_claims(ctx)
    for d, doc in enumerate(ctx.docs):
        for k, q in enumerate(doc.quotes):
            search = _quote_docs(ctx, d, k, at.get((d, k)))
            for e, other in enumerate(ctx.docs):
                if e != d:
                    # Scare quotes (one to three words) are searched only where blocking points: a short
                    # string found anywhere in a long unrelated article says nothing.
                    found = e in search or (not q.scare and len(ctx.docs) <= SEARCH_ALL)
                    out[(d, k, e)] = (
                        match.compare_quote(q, doc, other, ctx.folded[e]) if found else match.QuoteMatch("absent")
                    )
    return out


_RANK = {"verbatim": 0, "altered": 1, "variant": 2, "absent": 3}


def _quote_finding(ctx: Context, d: int, k: int) -> Finding:
    doc, q = ctx.docs[d], ctx.docs[d].quotes[k]
    ms = {e: ctx.quote_matches[(d, k, e)] for e in range(len(ctx.docs)) if e != d}
    best = min(ms.values(), key=lambda m: _RANK[m.status]).status
    evidence = [_ev(ctx.docs[e], m.evidence) for e, m in ms.items() if m.status == best and m.evidence]
    detail: dict[str, Any] = {
        "speaker": q.speaker,
        "scare": q.scare,
        "by_article": {ctx.docs[e].article.id: m.status for e, m in ms.items()},
        "similarity": round(max(m.score for m in ms.values()), 3),
    }
    if q.credited_to:
        detail["credited_to"] = q.credited_to
    if diff := next((m.diff for m in ms.values() if m.status == best and m.diff), None):
        detail["diff"] = diff
    if best == "absent":
        evidence = []  # nearest text shown only when it is a real match; absent rests on the whole article
    return Finding(f"quote_{best}", doc.article.id, _qspan(q), evidence, detail)


def quote_findings(ctx: Context) -> list[Finding]:
    out, seen = [], set()
    for d, doc in enumerate(ctx.docs):
        for k, q in enumerate(doc.quotes):
            if (d, k) in seen:
                continue
            f = _quote_finding(ctx, d, k)
            out.append(f)
            for e in range(len(ctx.docs)):
                m = ctx.quote_matches.get((d, k, e))
                if m is not None and m.other is not None and m.status != "absent" and _whole(ctx, e, m):
                    seen.add((e, m.other))  # the same quote seen from the other side: one finding
                if m is not None and m.speaker_conflict:
                    out.append(_speaker_conflict(ctx, d, q, e, m))
    return out


# A match stands for the other report's quote when it covers at least this share of it. A one-word quote
# ("hostage") found inside a sentence-long quote of the other report is not that quote seen from the other
# side: the long quote gets its own finding (BASIL dev: "not a compromise but more hostage taking", quoted
# in full by one report and as "hostage" by the other, had none, so its speaker was never compared).
SAME_QUOTE_SHARE = 0.5


def _whole(ctx: Context, e: int, m: match.QuoteMatch) -> bool:
    if m.other is None or m.evidence is None:
        return False
    q2 = ctx.docs[e].quotes[m.other]
    return m.evidence.end - m.evidence.start >= SAME_QUOTE_SHARE * (q2.end - q2.start)


def _speaker_conflict(ctx: Context, d: int, q: Quote, e: int, m: match.QuoteMatch) -> Finding:
    """Same words, two speakers. Hard only when both reports name the speaker at the quote; a speaker
    crosswire read from a pronoun, a title or an earlier sentence ("carried") may be its own mistake
    (BASIL dev: every speaker conflict with such a side was one), so that conflict is soft and says so."""
    a, b = ctx.docs[d], ctx.docs[e]
    speakers = m.speaker_conflict or ("", "")
    ev = [_ev(b, m.evidence)] if m.evidence else []
    detail: dict[str, Any] = {"what": "speaker", "values": {a.article.id: speakers[0], b.article.id: speakers[1]}}
    q2 = b.quotes[m.other] if m.other is not None else None
    hows = {q.speaker_how, q2.speaker_how if q2 is not None else None}
    if hows != {"named"} and hows != {None}:  # None: speakers given with the input (no extraction)
        detail["soft"] = True
        detail["note"] = "one speaker was inferred (pronoun, title or an earlier sentence): check who said it"
    return Finding("conflict", a.article.id, _qspan(q), ev, detail)


def all_findings(ctx: Context) -> list[Finding]:
    """Every finding, credits and conflicts first (the order the report shows them in)."""
    from .captions import caption_findings  # these modules build on this module's Context
    from .credits import credit_findings
    from .paraphrase import quote_paraphrase_findings
    from .stance import certainty_findings
    from .types import type_findings

    found = (
        credit_findings(ctx)
        + conflict_findings(ctx)
        + type_findings(ctx)
        + certainty_findings(ctx)
        + quote_findings(ctx)
        + agree_findings(ctx)
        + quote_paraphrase_findings(ctx)
        + opinion_findings(ctx)
        + only_in_findings(ctx)
        + caption_findings(ctx)
    )
    return found
