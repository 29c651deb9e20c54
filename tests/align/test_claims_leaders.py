"""A state's leader stands for the state in (verb, argument) frames: "Putin rejected" ~ "Russia rejected"."""

from __future__ import annotations

from crosswire.align.claims import build_claims, leaders_of
from crosswire.model import Article, Document
from crosswire.pipeline import analyse


def doc(text: str) -> Document:
    return analyse(Article(id="a", path="a.txt", text=text))


def test_claims_leaders_title_with_demonym_maps_name_to_country() -> None:
    d = doc("Russian President Vladimir Putin rejected the truce on Friday.")
    assert leaders_of(d).get("putin") == "russia"
    frames = build_claims(d, 0)[0].frames
    assert ("reject", "putin") in frames and ("reject", "russia") in frames


def test_claims_leaders_not_for_ministers_or_untitled_people() -> None:
    d = doc("Russian ambassador Ivan Petrov rejected the truce. Maria Lopez also rejected it.")
    assert leaders_of(d) == {}
    assert not any(arg == "russia" for c in build_claims(d, 0) for _, arg in c.frames)


def test_claims_frames_conjuncts_quantifiers_and_from_objects() -> None:
    d = doc("Turkey sought to separate some of the moderate fighters from the hardline militants.")
    frames = build_claims(d, 0)[0].frames
    # "fighters" maps to the rebel group; Turkey is who separates (control); "to separate" is not a done act
    assert {("separate?", "rebel"), ("separate?", "militant"), ("separate?", "turkey")} <= frames
    d = doc("The truce was rejected by Russia and Iran.")
    assert {("reject", "russia"), ("reject", "iran")} <= build_claims(d, 0)[0].frames
