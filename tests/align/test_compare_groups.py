"""Batch mode: one report per JSONL line, bad lines reported with their code and line, the rest go on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from xwdocs import sentences

import crosswire.align.compare as cmp
from crosswire.errors import CompareError, CrosswireError, InputError
from crosswire.model import Article, Document
from crosswire.report.json import validate

A = "The presidents of Iran, Russia and Turkey failed to agree on a ceasefire at the summit in Tehran on Friday."
B = "At the summit in Tehran on Friday, the presidents of Russia, Iran and Turkey failed to agree on a ceasefire."


def _light(article: Article) -> Document:
    """Analyse without spaCy: sentences only (these tests are about the batch, not extraction)."""
    return Document(article=article, sentences=sentences(article.text))


@pytest.fixture()
def light(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cmp, "_analyse", _light)


def _line(obj: object) -> str:
    return json.dumps(obj)


GOOD = {"id": "g1", "articles": [{"id": "x", "text": A, "outlet": "Outlet X"}, {"id": "y", "text": B}]}


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("{not json", "E106"),
        (_line({"id": "g2"}), "E304"),  # no articles list
        (_line({"id": "g3", "articles": []}), "E304"),
        (_line({"id": "g4", "articles": ["just a string"]}), "E304"),
        (_line({"id": "g5", "articles": [{"id": "x", "title": "no body"}]}), "E107"),
        (_line({"id": "g6", "articles": [{"id": "x", "text": A}]}), "E305"),  # one article: nothing to compare
    ],
)
def test_compare_groups_bad_line_is_reported_and_the_rest_go_on(light: None, line: str, code: str) -> None:
    out = list(cmp.compare_groups([line, _line(GOOD)], similarity="lexical"))
    assert len(out) == 2
    assert isinstance(out[0], CrosswireError) and out[0].code == code
    assert out[0].line == 1
    assert isinstance(out[1], dict) and out[1]["id"] == "g1"


def test_compare_groups_reports_name_articles_by_given_ids(light: None) -> None:
    (view,) = cmp.compare_groups([_line(GOOD)], similarity="lexical")
    assert isinstance(view, dict)
    validate(view)
    assert [a["id"] for a in view["articles"]] == ["x", "y"]
    agree = [f for f in view["findings"] if f["kind"] == "agree"]
    assert agree and {agree[0]["article"], agree[0]["evidence"][0]["article"]} == {"x", "y"}


def test_compare_groups_reads_a_file_and_skips_blank_lines(light: None, tmp_path: Path) -> None:
    p = tmp_path / "groups.jsonl"
    p.write_text(_line(GOOD) + "\n\n" + "[1, 2]\n", encoding="utf-8")
    out = list(cmp.compare_groups(p, similarity="lexical"))
    assert isinstance(out[0], dict)
    assert isinstance(out[1], CompareError) and out[1].code == "E304" and out[1].line == 3 and out[1].path == str(p)


def test_compare_groups_missing_file_is_E001(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="E001"):
        list(cmp.compare_groups(tmp_path / "nope.jsonl"))


def test_compare_needs_two_articles(light: None) -> None:
    doc = _light(Article(id="a", path="a.txt", text=A))
    with pytest.raises(CompareError, match="E301"):
        cmp.compare([doc], similarity="lexical")


def test_compare_duplicate_ids_made_unique(light: None) -> None:
    docs = [_light(Article(id="same", path="a.txt", text=A)), _light(Article(id="same", path="b.txt", text=B))]
    report = cmp.compare(docs, similarity="lexical")
    assert [d.article.id for d in report.documents] == ["same", "same#2"]
