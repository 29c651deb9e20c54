"""Possessions (``claims.possessions_of``) and the partial agreements they give (``findings.shared_point_findings``):
two related sentences about one named owner that speak of one thing of it, mentioned nowhere else in either
report (TRUTH A12 is of that shape). Each negative row is the shape of a false match read on BASIL dev
(compare.md 1i): the story's topic ("Mueller's office" everywhere), an owner the sentence is not about, the
thing in two parts of speech."""

from __future__ import annotations

from typing import Any

import pytest

from crosswire.align.claims import possessions_of
from crosswire.align.compare import compare_documents
from crosswire.model import Article, Finding, Span
from crosswire.nlp import load_nlp
from crosswire.pipeline import analyse


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_nlp()


def owned(nlp: Any, text: str) -> set[tuple[str, str, str]]:
    return set(possessions_of(nlp(text), Span(0, len(text), text)))


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a named owner's thing; the owner is the subject's owner
        ("Chile's aim has been to protect the coast.", {("chile", "aim", "subj")}, set()),
        # "its" goes to the named subject, not to the nearer common noun ("the storm")
        (
            "Chile fears that the storm would flood its coast.",
            {("chile", "coast", "other")},
            {("storm", "coast", "other")},
        ),
        # a capital stands for its country too (as in words_of)
        (
            "Santiago says the storm could flood its coast.",
            {("santiago", "coast", "other"), ("chile", "coast", "other")},
            set(),
        ),
        # "his" goes to the named person who is the subject
        ("Senator Warren said she would do everything in her power.", {("warren", "power", "other")}, set()),
        # negative: the owner is not what the sentence is about (its subject is someone else)
        ("Senator Paul offered his support for Ms. Warren's candidacy.", set(), {("warren", "candidacy", "other")}),
        # negative: no named subject for "its" to stand for
        ("The storm flooded its banks.", set(), set()),
        # negative: "my", "our" are the speaker's
        ("Warren said our plan would work.", set(), {("warren", "plan", "other")}),
    ],
)
def test_claims_possessions_table(
    nlp: Any, text: str, expected: set[tuple[str, str, str]], absent: set[tuple[str, str, str]]
) -> None:
    got = owned(nlp, text)
    assert expected <= got
    assert not absent & got
    if not expected:
        assert not {k for k in got if k[1] in {"banks", "bank", "plan"}}


TAIL = (
    " The ministry published its weekly bulletin on Monday. Fishermen were told to stay in port. Schools in the"
    " region remained open."
)


def points(text_a: str, text_b: str) -> list[Finding]:
    docs = [analyse(Article(id=i, path=f"{i}.txt", text=t + TAIL)) for i, t in (("a", text_a), ("b", text_b))]
    return [f for f in compare_documents(docs) if f.kind == "agree" and "shared" in f.detail]


def test_claims_shared_point_is_a_partial_agreement() -> None:
    found = points(
        "Chile stands to lose the most, as the storm would send a surge of seawater to its coast.",
        "Chile's aim has been to avoid a new, costly flood on its coast, officials in Valparaiso wrote.",
    )
    assert len(found) == 1
    f = found[0]
    assert f.detail["partial"] is True
    assert any("coast" in s for s in f.detail["shared"])
    assert "one point, not the whole claim" in f.detail["note"]
    assert f.span.text.startswith("Chile stands") and f.evidence[0].text.startswith("Chile's aim")


def test_claims_shared_point_needs_a_thing_mentioned_once() -> None:
    """The same owner's thing, said again elsewhere in a report, is the story's topic, not one point."""
    assert not points(
        "Chile stands to lose the most, as the storm would send a surge of seawater to its coast. The coast"
        " guard is ready.",
        "Chile's aim has been to avoid a new, costly flood on its coast, officials in Valparaiso wrote.",
    )
