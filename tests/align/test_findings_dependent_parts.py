"""A dependent clause of a matched sentence that no other report carries is its own only_in (TRUTH O14)."""

from __future__ import annotations

import pytest

from crosswire.align.compare import compare_documents
from crosswire.model import Article, Document, Finding
from crosswire.pipeline import analyse

A = "The city council approved the new transport budget on Monday after a long debate. Buses will run later."
B = "The city council on Monday approved the new transport budget to be reviewed by an independent auditor."
AUDITOR = "to be reviewed by an independent auditor"


def doc(id: str, text: str) -> Document:
    return analyse(Article(id=id, path=f"{id}.txt", text=text))


def parts(found: list[Finding]) -> list[Finding]:
    return [f for f in found if f.kind == "only_in" and "dependent clause" in str(f.detail.get("note"))]


@pytest.mark.parametrize("similarity", ["static", "lexical"])
def test_dependent_part_only_in_one_report(similarity: str) -> None:
    found = compare_documents([doc("a", A), doc("b", B)], similarity=similarity)
    assert any(f.kind == "agree" for f in found)  # the sentences match on the budget
    got = parts(found)
    assert [(f.article, f.span.text) for f in got] == [("b", AUDITOR)]
    assert got[0].evidence and got[0].evidence[0].article == "a"


def test_dependent_part_carried_elsewhere_is_not_reported() -> None:
    a = A + " An independent auditor will review the budget."
    assert not parts(compare_documents([doc("a", a), doc("b", B)], similarity="static"))
