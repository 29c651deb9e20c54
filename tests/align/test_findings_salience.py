"""salience(): which only_in passages the views show first, one weight at a time, with negatives."""

from __future__ import annotations

import pytest
from xwdocs import make_doc

from crosswire.align import findings
from crosswire.align.compare import compare_documents
from crosswire.align.findings import Context, salience
from crosswire.align.similarity import get_backend
from crosswire.model import Document, Span

# The other report shares no word with any sentence below: nothing is related, every sentence is only_in.
OTHER = make_doc("b", "The weather was mild.")
# Sentences after this filler start in the second half of their article.
FILLER = " ".join(f"Item {k} was listed in the ledger." for k in range(12))
MAYOR = "The mayor called the harvest a quiet triumph for the valley."
LONG = (
    "The mayor, who had promised the valley a better road, a new school and cheaper water before the vote, "
    "spoke for an hour to farmers gathered in the hall on the edge of town."
)


def score(doc: Document, sentence: str) -> float:
    ctx = Context.build([doc, OTHER], get_backend("lexical"))
    return next(salience(ctx, i) for i, c in enumerate(ctx.claims) if c.span.text == sentence)


def late(sentence: str, **marks: list[dict]) -> Document:
    """``sentence`` in the second half of an article (the early weight is off)."""
    return make_doc("a", f"{FILLER} {sentence}", **marks)


@pytest.mark.parametrize(
    ("marks", "weight"),
    [
        ({"quotes": [{"at": "a quiet triumph"}]}, findings.SALIENCE_QUOTE),
        ({"figures": [{"at": "a quiet triumph", "value": 1.0}]}, findings.SALIENCE_FIGURE),
        # negatives: a vague figure ("many") is no checkable fact; a date alone tells nothing apart
        ({"figures": [{"at": "a quiet triumph", "value": 1.0, "vague": True}]}, 0.0),
        ({"dates": [{"at": "a quiet triumph", "value": "2018-09-07", "precision": "day"}]}, 0.0),
    ],
)
def test_salience_weight_of_each_mark(marks: dict[str, list[dict]], weight: float) -> None:
    assert score(late(MAYOR, **marks), MAYOR) - score(late(MAYOR), MAYOR) == pytest.approx(weight)


def test_salience_long_sentence() -> None:
    assert len(LONG.split()) >= findings.LONG_WORDS
    short = " ".join(LONG.split()[: findings.LONG_WORDS - 1]) + "."
    assert score(late(LONG), LONG) - score(late(short), short) == pytest.approx(findings.SALIENCE_LONG)


def test_salience_early_in_the_article() -> None:
    first = make_doc("a", f"{MAYOR} {FILLER}")
    assert score(first, MAYOR) - score(late(MAYOR), MAYOR) == pytest.approx(findings.SALIENCE_EARLY)


def test_salience_related_sentence_elsewhere_is_less_new() -> None:
    other = make_doc("b", "The mayor called the harvest a triumph for the whole valley.")
    ctx = Context.build([late(MAYOR), other], get_backend("lexical"))
    i = next(i for i, c in enumerate(ctx.claims) if c.span.text == MAYOR)
    assert ctx.related.get(i)  # related (not the same claim) in the other report
    assert salience(ctx, i) < score(late(MAYOR), MAYOR)


def test_sentence_without_words_is_no_claim_and_no_finding() -> None:
    text = f"{MAYOR}\n\n\u201d\n\n{FILLER}"
    doc = make_doc("a", text)
    mark = text.index("\u201d")
    doc.sentences = [Span(0, len(MAYOR), MAYOR), Span(mark, mark + 1, "\u201d")]
    ctx = Context.build([doc, OTHER], get_backend("lexical"))
    assert [c.span.text for c in ctx.claims if c.doc == 0] == [MAYOR]
    found = compare_documents([doc, OTHER], similarity="lexical")
    assert not [f for f in found if f.span.text == "\u201d"]
    assert score(doc, MAYOR) > 0.0


def test_only_in_order_quoted_long_and_early_first() -> None:
    plain = "Bakers sold bread near the harbour."
    quoted = "Farmers said the harvest was “a quiet triumph” for the valley."
    doc = make_doc("a", f"{LONG} {quoted} {FILLER} {plain}", quotes=[{"at": "a quiet triumph"}])
    found = compare_documents([doc, OTHER], similarity="lexical")
    order = [f.span.text for f in found if f.kind == "only_in" and f.article == "a"]
    assert order.index(LONG) < order.index(quoted) < order.index(plain)
    assert order[:2] == [LONG, quoted]  # the filler items are neither long nor quoted


def test_only_in_partly_backed_names_the_clause_and_ranks_lower() -> None:
    """A sentence whose clause agrees with another report (a partial agreement) says which clause, and is
    shown after sentences nothing backs (its salience is lower by SALIENCE_BACKED)."""
    other = make_doc("b", "Schools in the valley reopened on Monday.")
    ctx = Context.build([late(MAYOR), other], get_backend("lexical"))
    i = next(i for i, c in enumerate(ctx.claims) if c.span.text == MAYOR)
    j = next(j for j, c in enumerate(ctx.claims) if c.doc == 1)
    alone = findings._only_in(ctx, [i])
    assert "partly_backed" not in alone.detail
    ctx.partners[i] = [j]  # as index_pairs records a pair at or above the agree level
    backed = findings._only_in(ctx, [i])
    assert backed.detail["partly_backed"] == [MAYOR]  # no matched clause recorded: the sentence itself
    assert backed.detail["salience"] == pytest.approx(alone.detail["salience"] - findings.SALIENCE_BACKED)
