"""Credits in the seeds: TRUTH.md T1-T6 (and the credits behind Q1-Q3, Q6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.extract.credits import find_credits
from crosswire.extract.parse import parse
from crosswire.extract.quotes import find_quotes
from crosswire.ingest import read
from crosswire.model import Credit, Document


def analyse(path: Path) -> Document:
    doc = parse(Document(article=read(str(path)).articles[0]))
    try:  # engineer C's entity and actor steps, when present
        from crosswire.extract import entities  # type: ignore[attr-defined]

        doc = entities.merge_actors(entities.find_entities(doc))
    except ImportError:
        pass
    return find_credits(find_quotes(doc))


@pytest.fixture(scope="module")
def docs(seed_paths: tuple[Path, Path]) -> tuple[Document, Document]:
    return analyse(seed_paths[0]), analyse(seed_paths[1])


def credit_with(doc: Document, phrase: str) -> Credit:
    hits = [c for c in doc.credits if phrase in c.text]
    assert len(hits) == 1, f"{phrase!r}: {[c.text for c in doc.credits]}"
    return hits[0]


def quote_texts(doc: Document, c: Credit) -> list[str]:
    return [doc.quotes[i].text[:12] for i in c.quotes]


# item, phrase in the credit text, source, kind, first words of the quotes it covers
SEED_000 = [
    ("T1", "According to the coverage by Al Jazeera", "Al Jazeera", "outlet", []),
    ("T2", "As reported by the Washington Post", "Washington Post", "outlet", ["Idlib isn’t ", "Any attack o"]),
    ("T3", "Al Jazeera reported", "Al Jazeera", "outlet", ["We consider "]),
    ("T4", "has been quoted", None, "passive", ["We share the"]),
]
SEED_001 = [
    ("T6-analysts", "analysts say", "analysts", "unnamed", []),
    ("T6-it-says", "it says", "Russia", "organisation", []),
    ("T6-unicef", "In a statement", "UNICEF", "organisation", ["put the live"]),
    ("T6-icg", "said in a report", "International Crisis Group", "organisation", ["Turkey’s aim"]),
    ("T6-ecfr", "wrote", "Asli Aydintasbas", "person", ["will not hav"]),
]


@pytest.mark.parametrize(("item", "phrase", "source", "kind", "covers"), SEED_000, ids=[r[0] for r in SEED_000])
def test_credits_seed_000(
    docs: tuple[Document, Document], item: str, phrase: str, source: str | None, kind: str, covers: list[str]
) -> None:
    c = credit_with(docs[0], phrase)
    assert (c.source, c.kind) == (source, kind)
    assert [t[:12] for t in quote_texts(docs[0], c)] == covers
    assert docs[0].article.text[c.start : c.end] == c.text
    assert c.covers, "a credit covers at least its sentence"


@pytest.mark.parametrize(("item", "phrase", "source", "kind", "covers"), SEED_001, ids=[r[0] for r in SEED_001])
def test_credits_seed_001_T6(
    docs: tuple[Document, Document], item: str, phrase: str, source: str | None, kind: str, covers: list[str]
) -> None:
    c = credit_with(docs[1], phrase)
    assert (c.source, c.kind) == (source, kind)
    assert [t[:12] for t in quote_texts(docs[1], c)] == covers


def test_credits_seed_T5_T6_001_credits_no_other_outlet(docs: tuple[Document, Document]) -> None:
    assert [c.source for c in docs[1].credits if c.kind == "outlet"] == []
    assert all(q.credited_to is None for q in docs[1].quotes)


def test_credits_seed_T3_speaker_stays_putin(docs: tuple[Document, Document]) -> None:
    q = next(q for q in docs[0].quotes if q.text.startswith("We consider"))
    assert q.speaker is not None and "Putin" in q.speaker and q.credited_to == "Al Jazeera"


def test_credits_seed_T4_Q6_unattributed(docs: tuple[Document, Document]) -> None:
    q = next(q for q in docs[0].quotes if q.text.startswith("We share"))
    assert q.credited_to is None
    assert any(c.kind == "passive" and c.source is None for c in docs[0].credits)
