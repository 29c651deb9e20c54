"""Credits to other outlets: provided and found, provided and not found, not provided, unattributed.

A credit names an outlet ("As reported by the Washington Post"). When an input article is that
outlet's report, each quote or sentence the credit covers must be found in it; if not, the finding
says *not found in this version* (it may come from another piece or an update), never "fabricated".
An outlet that is not among the inputs gives ``source_not_provided``; a passive or unnamed source
("has been quoted", "analysts say") gives ``unattributed``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rapidfuzz import fuzz

from ..clean.normalize import fold
from ..model import Credit, Document, Evidence, Finding, Span
from . import match
from .findings import Context, _ev, _qspan
from .paraphrase import told_indirectly

# An outlet named in a credit is "among the inputs" when its folded name matches an article's
# outlet at this token-set ratio ("Washington Post" vs "The Washington Post" scores 100).
OUTLET_MATCH = 90.0
_CREDIT_NONE = ("unnamed", "passive")
# A credited sentence is found in the credited report at this score (or with structural support). An
# agreement at ``match.AGREE`` (0.50) is enough to say two reports carry the same claim, not to say that the
# credited report says what it is credited with: on BASIL dev (docs/benchmarks/compare.md 1e), the three
# credited sentences "found" at 0.53-0.64 were not in the credited report, the seven at 0.70 or more were.
# Below it, the finding is credited_not_found with the nearest passage shown (soft).
CREDIT_FOUND = 0.65

# --- credits -----------------------------------------------------------------------------------


def _outlet_key(name: str) -> str:
    f = fold(name).strip()
    return f[4:] if f.startswith("the ") else f


def outlet_doc(ctx: Context, source: str) -> int | None:
    """Index of the input article published by ``source``, if any."""
    key = _outlet_key(source)
    for d, doc in enumerate(ctx.docs):
        if doc.article.outlet and fuzz.token_set_ratio(key, _outlet_key(doc.article.outlet)) >= OUTLET_MATCH:
            return d
    return None


def _covered_quotes(doc: Document, c: Credit) -> list[int]:
    """The credit's own quotes, and quotes credited to the same source that lie inside what it covers."""
    ks = set(c.quotes)
    for k, q in enumerate(doc.quotes):
        inside = any(v.start <= q.start and q.end <= v.end for v in c.covers)
        if inside and q.credited_to and c.source and _outlet_key(q.credited_to) == _outlet_key(c.source):
            ks.add(k)
    return sorted(ks)


def _speaker_quotes(ctx: Context, d: int, k: int, e: int) -> list[Evidence]:
    """Quotes of the same speaker in article ``e``: what the credited report does quote them saying."""
    names = match.speaker_names(ctx.docs[d], ctx.docs[d].quotes[k])
    other = ctx.docs[e]
    return [_ev(other, _qspan(q)) for q in other.quotes if names and names & match.speaker_names(other, q)]


def _credit_claims(ctx: Context, d: int, ci: int) -> list[int]:
    return [i for i, c in enumerate(ctx.claims) if c.doc == d and ci in c.credits and not c.is_quote]


def _credit_span(ctx: Context, d: int, c: Credit) -> Span:
    for i in _credit_claims(ctx, d, ctx.docs[d].credits.index(c)):
        return ctx.claims[i].span
    return Span(c.start, c.end, c.text)


def _not_provided(ctx: Context, d: int, ci: int, c: Credit) -> list[Finding]:
    """Credited to an outlet that is not among the inputs; evidence: what the other reports carry."""
    doc, out = ctx.docs[d], []
    detail = {"credited_to": c.source, "phrase": c.text, "note": "the credited source is not among the inputs"}
    clustered = ctx.cluster_of()
    for i in _credit_claims(ctx, d, ci):
        ev = [_ev(ctx.docs[ctx.claims[j].doc], ctx.claims[j].span) for j in _mates(ctx, clustered, i)]
        out.append(Finding("source_not_provided", doc.article.id, ctx.claims[i].span, ev, dict(detail)))
    for k in _covered_quotes(doc, c):
        ms = [
            (e, m)
            for (dd, kk, e), m in ctx.quote_matches.items()
            if (dd, kk) == (d, k) and m.evidence and m.status != "absent"
        ]
        ev = [_ev(ctx.docs[e], m.evidence) for e, m in ms if m.evidence]
        out.append(Finding("source_not_provided", doc.article.id, _qspan(doc.quotes[k]), ev, dict(detail)))
    if not out:
        out.append(Finding("source_not_provided", doc.article.id, Span(c.start, c.end, c.text), [], detail))
    return out


def _mates(ctx: Context, clustered: dict[int, int], i: int) -> list[int]:
    if i not in clustered:
        return []
    return [j for j in ctx.clusters[clustered[i]] if ctx.claims[j].doc != ctx.claims[i].doc]


def checked_items(ctx: Context, d: int, ci: int, e: int) -> list[tuple[str, int, bool]]:
    """What credit ``ci`` of article ``d`` is checked on in input ``e``: ("quote", k, found) for each quote
    it covers, ("sentence", i, found) for each credited sentence that holds no quote (``i`` a claim)."""
    doc = ctx.docs[d]
    c = doc.credits[ci]
    items = [("quote", k, ctx.quote_matches[(d, k, e)].status != "absent") for k in _covered_quotes(doc, c)]
    return items + [
        ("sentence", i, _found_in(ctx, i, e)) for i in _credit_claims(ctx, d, ci) if not ctx.claims[i].quotes
    ]


def _check_provided(ctx: Context, d: int, ci: int, c: Credit, e: int) -> list[Finding]:
    """Credited to input ``e``: each covered quote or sentence must be found there."""
    doc, other, out = ctx.docs[d], ctx.docs[e], []
    detail = {
        "credited_to": c.source,
        "provided_as": other.article.id,
        "phrase": c.text,
        "note": "not found in this version of the credited report (it may come from another piece or version)",
    }
    for what, k, found in checked_items(ctx, d, ci, e):
        if found:
            continue
        if what == "sentence":
            out.append(_claim_not_found(ctx, k, e, detail))
            continue
        m = ctx.quote_matches[(d, k, e)]
        told = told_indirectly(ctx).get((d, k, e), [])
        ev = [_ev(other, ctx.claims[j].span) for j, _ in told] + _speaker_quotes(ctx, d, k, e)
        extra = {"told_indirectly": True} if told else {}  # not word for word; the report tells it in its words
        out.append(
            Finding(
                "credited_not_found",
                doc.article.id,
                _qspan(doc.quotes[k]),
                ev,
                {**detail, "nearest_similarity": round(m.score, 3), **extra},
            )
        )
    return out


def _found_in(ctx: Context, i: int, e: int) -> bool:
    """Claim ``i`` is in report ``e``: matched directly at ``CREDIT_FOUND`` or with structural support."""
    for j in ctx.partners.get(i, []):
        pair = (min(i, j), max(i, j))
        if ctx.claims[j].doc == e and (ctx.scores.get(pair, 0.0) >= CREDIT_FOUND or pair in ctx.supported):
            return True
    return False


def _claim_not_found(ctx: Context, i: int, e: int, detail: Mapping[str, Any]) -> Finding:
    """A credited sentence with no same claim in the credited report. When that report has a related
    passage (score >= ``match.RELATED``) it is the evidence, and the finding is ``soft``: the passage may
    say the same in other words, and a reader should look (BASIL dev: "took to Facebook to rebuke her
    sister's remarks" against "Posting on Facebook ..., Mary Cheney ... wrote", 0.74)."""
    claim, out = ctx.claims[i], dict(detail)
    near = ctx.related.get(i, {}).get(e)
    ev = []
    if near is not None:
        score, j = near
        ev = [_ev(ctx.docs[e], ctx.claims[j].span)]
        out["nearest_similarity"] = round(score, 3)
        out["soft"] = True
        out["note"] = (
            "not found in this version of the credited report as the same claim; the passage shown is the "
            "nearest there and may say it in other words"
        )
    return Finding("credited_not_found", ctx.docs[claim.doc].article.id, claim.span, ev, out)


def credit_findings(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    for d, doc in enumerate(ctx.docs):
        for ci, c in enumerate(doc.credits):
            if not c.source or c.kind in _CREDIT_NONE:
                out.append(
                    Finding(
                        "unattributed",
                        doc.article.id,
                        _credit_span(ctx, d, c),
                        [],
                        {"phrase": c.text, "note": "quoted second-hand, no source named"},
                    )
                )
                continue
            if c.kind != "outlet":  # a person or body, even one named like an input's outlet ("Mr. Fox")
                continue
            e = outlet_doc(ctx, c.source)
            if e is None:
                out += _not_provided(ctx, d, ci, c)
            elif e != d:
                out += _check_provided(ctx, d, ci, c, e)
    return out
