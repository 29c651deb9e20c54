"""Sentence boundaries: every line break ends a sentence; spans are trimmed and match the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.extract.parse import COMPONENT, nlp_with_breaks, parse
from crosswire.model import Article, Document


def sentences(text: str) -> list[str]:
    doc = parse(Document(article=Article(id="t", path="t", text=text)))
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text and s.text == s.text.strip()
    return [s.text for s in doc.sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Headline Without A Period\n\nThe body starts here.",
            ["A Headline Without A Period", "The body starts here."],
        ),
        ("Leads by 11 points\nThe survey was run Friday.", ["Leads by 11 points", "The survey was run Friday."]),
        ("One sentence. Another one.", ["One sentence.", "Another one."]),
        ("No break inside this line at all", ["No break inside this line at all"]),
    ],
)
def test_parse_sentences_break_at_newlines(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_parse_component_added_once() -> None:
    nlp_with_breaks()
    nlp = nlp_with_breaks()
    assert nlp.pipe_names.count(COMPONENT) == 1
    assert nlp.pipe_names.index(COMPONENT) < nlp.pipe_names.index("parser")


def test_parse_seed_K8_related_line_glues_onto_nothing(seed_paths: tuple[Path, Path]) -> None:
    got = sentences(seed_paths[1].read_text(encoding="utf-8"))
    assert all("\n" not in s for s in got)  # no sentence runs over a line break
    assert not any("Related" in s and "designated" in s for s in got)
