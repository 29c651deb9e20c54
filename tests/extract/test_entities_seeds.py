"""Actors of the two seeds against TRUTH.md N1-N10, and general merging and labelling rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import PUBLISHED

from crosswire.extract.entities import find_entities, fold, match_actors, merge_actors, slug
from crosswire.extract.parse import parse
from crosswire.ingest import read
from crosswire.model import Actor, Article, Document


def _doc(article: Article) -> Document:
    return merge_actors(find_entities(parse(Document(article=article))))


def _text_doc(text: str) -> Document:
    return _doc(Article(id="t", path="t", text=text, published=PUBLISHED))


@pytest.fixture(scope="module")
def seeds(seed_paths: tuple[Path, Path]) -> dict[str, Document]:
    out = {}
    for key, path in zip(("000", "001"), seed_paths, strict=True):
        articles = read(path, published=PUBLISHED).articles
        assert articles, f"ingest read nothing from {path}"
        out[key] = _doc(articles[0])
    return out


def actor(doc: Document, variant: str) -> Actor:
    hits = [a for a in doc.actors if fold(variant) in {fold(v) for v in a.variants}]
    assert len(hits) == 1, f"{variant!r}: {[(a.name, a.variants) for a in doc.actors]}"
    return hits[0]


def test_entities_seed_N1_hts_variants_and_acronym(seeds: dict) -> None:
    a, b = actor(seeds["000"], "Hay’et Tahrir al-Sham"), actor(seeds["001"], "Hayat Tahrir al-Sham")
    assert a.kind == b.kind == "ORG"
    assert "HTS" in a.variants and "HTS" in b.variants
    assert "acronym" in a.merged_by and "acronym" in b.merged_by
    assert len(b.mentions) == 3  # "Hayat Tahrir al-Sham", "HTS", "elimination of HTS"
    assert match_actors(a, b) in ("translit", "acronym")


@pytest.mark.parametrize(
    ("item", "long_name", "short", "title_000", "title_001"),
    [
        ("N2", "Recep Tayyip Erdogan", "Erdogan", "Turkish President", "Turkish President"),
        ("N3", "Vladimir Putin", "Putin", "Russian President", "Russian leader"),
    ],
)
def test_entities_seed_person_titles_stripped(seeds: dict, item: str, long_name: str, short: str, title_000: str,
                                              title_001: str) -> None:  # fmt: skip
    a, b = actor(seeds["000"], long_name), actor(seeds["001"], long_name)
    assert actor(seeds["001"], short) is b, item
    assert b.variants == [long_name, short] and "surname" in b.merged_by
    assert title_000 in a.titles and title_001 in b.titles
    assert a.key == b.key == slug(long_name)
    assert match_actors(a, b) == "key"


@pytest.mark.parametrize(
    ("seed", "place", "country"),
    [("000", "Moscow", "Russia"), ("000", "Ankara", "Turkey"), ("000", "Damascus", "Syria"),
     ("000", "Tehran", "Iran"), ("001", "Tehran", "Iran"), ("001", "Ankara", "Turkey")],
)  # fmt: skip
def test_entities_seed_N4_metonyms_link_to_country(seeds: dict, seed: str, place: str, country: str) -> None:
    a = actor(seeds[seed], place)
    assert (a.kind, a.country) == ("GPE", country)
    assert a.variants == [place]  # linked, not merged: the place itself stays an actor
    assert match_actors(a, actor(seeds["000"], "Russia" if country == "Russia" else country)) is None


@pytest.mark.parametrize(("seed", "demonym", "country"), [("000", "Russian", "Russia"), ("001", "Turkish", "Turkey")])
def test_entities_seed_N4_demonyms_link_to_country(seeds: dict, seed: str, demonym: str, country: str) -> None:
    a = actor(seeds[seed], demonym)
    assert (a.kind, a.country) == ("NORP", country)


def test_entities_seed_N5_unicef_fund(seeds: dict) -> None:
    a = actor(seeds["001"], "UNICEF")
    mentions = {m.text for m in a.mentions}
    assert {"UNICEF", "United Nations Children’s Fund", "the Fund"} <= mentions
    assert a.name == "United Nations Children’s Fund" and a.kind == "ORG"
    assert "nominal" in a.merged_by


def test_entities_seed_N6_icg_the_group(seeds: dict) -> None:
    a = actor(seeds["001"], "International Crisis Group")
    assert [m.text for m in a.mentions] == ["International Crisis Group", "the group"]


@pytest.mark.parametrize("seed", ["000", "001"])
def test_entities_seed_N7_idlib_one_place(seeds: dict, seed: str) -> None:
    a = actor(seeds[seed], "Idlib")
    assert a.kind == "GPE"
    assert len(a.mentions) == seeds[seed].article.text.count("Idlib")  # spaCy's "Idlib" ORG tags corrected


@pytest.mark.parametrize(
    ("seed", "name"),
    [("000", "Nikki Haley"), ("000", "Mike Pompeo"), ("000", "Staffan de Mistura"), ("000", "Assad"),
     ("001", "Asli Aydintasbas"), ("001", "Henrietta Fore")],
)  # fmt: skip
def test_entities_seed_N9_people(seeds: dict, seed: str, name: str) -> None:
    assert actor(seeds[seed], name).kind == "PERSON"


@pytest.mark.parametrize("name", ["Trump", "Erin Cunningham", "Louisa Loveluck", "Amie Ferris-Rotman", "Cairo", "Beirut",
                                  "Afghanistan", "Gaza", "Libya", "Iraq", "Digital"])  # fmt: skip
def test_entities_seed_N9_N10_not_story_actors(seeds: dict, name: str) -> None:
    names = {fold(v) for d in seeds.values() for a in d.actors for v in a.variants}
    assert fold(name) not in names


@pytest.mark.parametrize("place", ["Astana", "Homs", "Eastern Ghouta", "Deraa", "Quneitra"])
def test_entities_seed_N10_places_not_people(seeds: dict, place: str) -> None:
    assert actor(seeds["000"], place).kind in ("GPE", "LOC")


def test_entities_seed_N10_brussels(seeds: dict) -> None:
    assert actor(seeds["001"], "Brussels").kind == "GPE"


@pytest.mark.parametrize("seed", ["000", "001"])
def test_entities_seed_spans_match_text(seeds: dict, seed: str) -> None:
    doc = seeds[seed]
    text = doc.article.text
    assert all(text[e.start : e.end] == e.text for e in doc.entities)
    assert all(text[m.start : m.end] == m.text for a in doc.actors for m in a.mentions)


def test_entities_seed_secretary_of_state_is_no_org(seeds: dict) -> None:
    assert "state" not in {fold(v) for a in seeds["000"].actors for v in a.variants}


# General rules: (id, text, variant, expected kind, expected variants or None to skip)
GENERAL = [
    ("dateline", "ISTANBUL —The talks failed on Friday.", "ISTANBUL", "GPE", None),
    ("honorific", "Mr. Johnson arrived. Later Johnson spoke.", "Johnson", "PERSON", ["Johnson"]),
    ("acronym-paren", "The North Atlantic Treaty Organization (NATO) met. NATO agreed.", "NATO", "ORG",
     ["North Atlantic Treaty Organization", "NATO"]),
    ("country-alias", "The United States objected. The US later agreed.", "US", "GPE", ["United States", "US"]),
    ("title-inside-entity", "Representative Bruce Braley spoke.", "Bruce Braley", "PERSON", ["Bruce Braley"]),
    ("N10-locative-place", "Rebels retreated to Homs after the strike.", "Homs", "GPE", ["Homs"]),
    ("surname-tagged-gpe", "Barack Obama won. Voters trusted in Obama.", "Obama", "PERSON", ["Barack Obama", "Obama"]),
    ("gazetteer-place-kept", "George Washington lived in Washington.", "Washington", "GPE", ["Washington"]),
    ("company-not-title", "General Motors said it would hire.", "General Motors", "ORG", ["General Motors"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "variant", "kind", "variants"), [c[1:] for c in GENERAL], ids=[c[0] for c in GENERAL])
def test_entities_general(text: str, variant: str, kind: str, variants: list[str] | None) -> None:
    a = actor(_text_doc(text), variant)
    assert a.kind == kind
    if variants is not None:
        assert a.variants == variants


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        ("Iran and Iraq signed the deal.", ("Iran", "Iraq")),
        ("John Smith met Jane Smith. Smith said no.", ("John Smith", "Jane Smith")),
        ("Moscow said Russia would act.", ("Moscow", "Russia")),
    ],
    ids=["close-spelling", "shared-surname", "capital-vs-country"],
)
def test_entities_general_not_merged(text: str, apart: tuple[str, str]) -> None:
    doc = _text_doc(text)
    assert actor(doc, apart[0]) is not actor(doc, apart[1])


def test_entities_general_ambiguous_surname_left_alone() -> None:
    doc = _text_doc("John Smith met Jane Smith. Smith said no.")
    assert not [a for a in doc.actors if a.variants == ["Smith"] and a.merged_by]
    assert all("surname" not in a.merged_by for a in doc.actors)


@pytest.mark.parametrize(
    ("name", "key"),
    [("Hay’et Tahrir al-Sham", "hayet-tahrir-al-sham"), ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
     ("United Nations Children’s Fund", "united-nations-childrens-fund")],
)  # fmt: skip
def test_entities_slug_is_stable(name: str, key: str) -> None:
    assert slug(name) == key


@pytest.mark.parametrize(
    ("text", "variant", "name", "country", "titles"),
    [
        ("WASHINGTON — The bill passed in Washington.", "WASHINGTON", "Washington", "United States", []),
        ("Sen. Chuck Grassley said it. President Barack Obama agreed.", "Chuck Grassley", "Chuck Grassley", None,
         ["Sen."]),
        ("Sen. Chuck Grassley said it. President Barack Obama agreed.", "Barack Obama", "Barack Obama", None,
         ["President"]),
    ],
    ids=["dateline-capital-country", "abbreviated-title", "title-after-sentence"],
)  # fmt: skip
def test_entities_general_names_titles_countries(text: str, variant: str, name: str, country: str | None,
                                                 titles: list[str]) -> None:  # fmt: skip
    a = actor(_text_doc(text), variant)
    assert (a.name, a.country, a.titles) == (name, country, titles)
