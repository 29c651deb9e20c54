"""types.py: a place one report calls a city and another a province is a soft conflict; its negatives."""

from __future__ import annotations

import pytest

import crosswire
from crosswire.align.types import typings
from crosswire.model import Article, Finding
from crosswire.pipeline import analyse


def _article(id: str, text: str) -> Article:
    return Article(id=id, path=f"{id}.txt", text=text)


def type_conflicts(*texts: str) -> list[Finding]:
    report = crosswire.compare([_article(chr(ord("a") + k), t) for k, t in enumerate(texts)], similarity="lexical")
    by_id = {d.article.id: d.article.text for d in report.documents}
    found = [f for f in report.findings if f.kind == "conflict" and f.detail.get("what") == "type"]
    for f in found:  # span and evidence are each report's own words
        assert by_id[f.article][f.span.start : f.span.end] == f.span.text
        assert all(by_id[e.article][e.start : e.end] == e.text for e in f.evidence)
    return found


CITY = "Government forces shelled Zarand, a city in the south, on Monday. Residents of Zarand fled north."
PROVINCE = "Government forces shelled Zarand province on Monday, and residents of Zarand fled north."


def test_types_city_against_province_is_one_soft_conflict() -> None:
    (f,) = type_conflicts(CITY, PROVINCE)
    assert (f.article, f.span.text) == ("a", "Zarand, a city")
    assert [(e.article, e.text) for e in f.evidence] == [("b", "Zarand province")]
    assert f.detail["what"] == "type" and f.detail["soft"] is True and f.detail["name"] == "Zarand"
    assert f.detail["values"] == {"a": "city", "b": "province"}
    assert f.detail["kinds"] == {"a": ["settlement"], "b": ["region"]}
    assert "wrong" not in f.detail["note"] and "Zarand" in f.detail["note"]


def test_types_one_finding_per_name_per_pair_of_reports() -> None:
    again = CITY + " The city of Zarand was quiet by night."
    found = type_conflicts(again, PROVINCE, "Officials said shelling hit the province of Zarand on Monday.")
    assert sorted((f.article, f.evidence[0].article) for f in found) == [("a", "b"), ("a", "c")]


def test_types_spelling_variants_are_one_name() -> None:
    """Names are compared through the actors: "Hormouzgan" is "Hormozgan" transliterated."""
    (f,) = type_conflicts(
        "Government forces shelled Hormozgan, a city in the south, on Monday.",
        "Government forces shelled Hormouzgan province on Monday.",
    )
    assert (f.span.text, f.evidence[0].text) == ("Hormozgan, a city", "Hormouzgan province")


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # the same kind of place, said in different words
        (CITY, "Government forces shelled the northern town of Zarand on Monday."),
        # a report that names both the city and the province knows them apart
        (CITY + " Fighting spread across Zarand province.", PROVINCE),
        # a country is never re-typed ("Georgia, a state" is another Georgia)
        ("Troops entered Georgia, a country in the Caucasus.", "Troops entered Georgia, a state in the south."),
        # "Kansas City" is a name, not a typing of Kansas
        ("Storms hit Kansas City on Monday.", "Storms hit the state of Kansas on Monday."),
        # "a Somerset town" is a town somewhere in Somerset
        ("A fire destroyed a shop in a Somerset town.", "A fire destroyed a shop in Somerset county."),
    ],
    ids=["synonym", "both-in-one-report", "country", "name-with-city", "indefinite"],
)
def test_types_no_conflict(text_a: str, text_b: str) -> None:
    assert type_conflicts(text_a, text_b) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels hold Idlib, a city in the north.", [("Idlib", "city", "Idlib, a city")]),
        ("Rebels hold Idlib province.", [("Idlib", "province", "Idlib province")]),
        ("Rebels hold the northern province of Idlib.", [("Idlib", "province", "the northern province of Idlib")]),
        (
            "Fighting reached the Syrian capital, Damascus, on Monday.",
            [("Damascus", "capital", "the Syrian capital, Damascus")],
        ),
        ("Zarand is a town in the south.", [("Zarand", "town", "Zarand is a town")]),
        ("Zarand is not a town.", []),  # negated
        ("Aleppo is the largest city of Syria.", [("Aleppo", "city", "Aleppo is the largest city")]),  # Syria: none
        ("Troops left the capital of Syria.", []),  # "the capital of" is part of a country
        ("He grew up in Troy, Michigan, a suburb of Detroit.", []),  # the suburb is Troy, not Michigan
        ("The Islamic State claimed the attack.", []),  # a capitalised noun inside a name
        ("Crowds gathered in the Buckhead neighborhood of Atlanta.", []),  # which is the neighbourhood is unclear
    ],
)
def test_types_typings_table(text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = analyse(_article("a", text))
    assert [(x.name, x.word, x.phrase.text) for x in typings(doc)] == expected
