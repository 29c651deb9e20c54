"""stance: an event one report presents as certain and another as unclear (TRUTH C4), with its negatives."""

from __future__ import annotations

import pytest
from xwdocs import make_doc

from crosswire.align.compare import compare_documents
from crosswire.align.stance import stances_in
from crosswire.model import Document, Finding


def certainty(*docs: Document) -> list[Finding]:
    found = compare_documents(list(docs), similarity="lexical")
    by_id = {d.article.id: d.article.text for d in docs}
    out = [f for f in found if f.kind == "conflict" and f.detail.get("what") == "certainty"]
    for f in out:  # spans and evidence are the articles' own text
        assert by_id[f.article][f.span.start : f.span.end] == f.span.text
        assert all(by_id[e.article][e.start : e.end] == e.text for e in f.evidence)
    return out


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Government forces are on the verge of launching a large-scale offensive on the city.",
            [("certain", "on the verge of")],
        ),
        ("An attack on the port is imminent, officials said.", [("certain", "imminent")]),
        ("The battle for the city is inevitable.", [("certain", "inevitable")]),
        ("The army is poised to strike.", [("certain", "poised to")]),
        ("The offensive will begin next week.", [("certain", "will")]),
        ("Lawmakers are set to hold a vote on Tuesday.", [("certain", "set to")]),
        ("It was unclear Friday whether a military assault was imminent.", [("unclear", "unclear Friday whether")]),
        ("It is not yet clear if the rebels will launch an offensive.", [("unclear", "not yet clear if")]),
        ("Whether the vote will take place remains unclear.", [("unclear", "unclear")]),
        ("An offensive may or may not come.", [("unclear", "may or may not")]),
        # hedged, negated, conditional or inside the question: no certainty
        ("An offensive on the city may be imminent.", []),
        ("The army is not about to launch an attack.", []),
        ("If talks fail, the army will launch an offensive.", []),
        ("An attack is imminent if talks fail.", []),
        ("Russia will likely strike.", []),
        # no event, or the event is not what is in doubt
        ("It is unclear whether the meeting will produce results.", []),
        ("He avoided going to war.", []),
        ("The country will meet the deadline.", []),
        ("It was unclear whether the attack had killed anyone.", []),
        ("Prices are about to rise.", []),
    ],
)
def test_stance_certainty_table(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.level, s.cue.text) for s in stances_in(sentence)] == expected


CERTAIN = "Government forces are on the verge of launching a large-scale offensive on Idlib."
UNCLEAR = "It was unclear on Friday whether a military assault on Idlib was imminent."


def test_stance_certainty_conflict_between_reports() -> None:
    found = certainty(make_doc("a", CERTAIN + " Farmers sold apples."), make_doc("b", "The leaders met. " + UNCLEAR))
    assert len(found) == 1
    f = found[0]
    assert f.article == "a" and f.span.text == CERTAIN
    assert [e.text for e in f.evidence] == [UNCLEAR] and f.evidence[0].article == "b"
    assert f.detail["soft"] is True and f.detail["event"] == "military action"
    assert f.detail["values"] == {"a": "certain: on the verge of", "b": "unclear: unclear on Friday whether"}


def test_stance_certainty_names_from_sentences_before() -> None:
    """The sentences say "the city" and "a military assault": the sentence before names the place."""
    a = "Rebels hold Idlib, their last stronghold. Syrian forces are poised to launch an offensive on the city."
    b = "The leaders of Russia and Turkey discussed Idlib on Friday. It was unclear whether an assault was imminent."
    found = certainty(make_doc("a", a), make_doc("b", b))
    assert [f.span.text for f in found] == ["Syrian forces are poised to launch an offensive on the city."]


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # both unclear, both certain
        ("It is unclear whether an offensive on Idlib is imminent.", UNCLEAR),
        (CERTAIN, "An assault on Idlib is imminent, officials in Idlib said."),
        # different kinds of event
        (
            "Forces are poised to launch an offensive on Idlib.",
            "It is unclear whether a truce for Idlib will be signed.",
        ),
        # different places or actors named in the two clauses
        (
            "Troops are poised to launch an offensive on Aleppo.",
            "It is unclear whether an attack on Mosul is imminent.",
        ),
        (
            "The Senate will vote on the tax bill on Tuesday.",
            "It is unclear whether the House will vote on the tax bill.",
        ),
        # hedged or negated certainty
        ("An offensive on Idlib may be imminent.", UNCLEAR),
        ("Government forces are not about to launch an offensive on Idlib.", UNCLEAR),
        # nothing in common: no shared name and no related sentences
        ("Troops are poised to launch an offensive.", "It is unclear whether an attack is imminent."),
    ],
)
def test_stance_certainty_does_not_fire(text_a: str, text_b: str) -> None:
    assert not certainty(make_doc("a", text_a), make_doc("b", text_b))


@pytest.mark.parametrize(("cue", "fires"), [("are poised to", True), ("will", False)])
def test_stance_certainty_plain_future_needs_more_than_context(cue: str, fires: bool) -> None:
    """Idlib is named in both reports' sentences, but only the certain clause names it: enough for a
    strong cue, not for a plain "will"."""
    a = make_doc("a", f"Forces {cue} launch an offensive on Idlib soon, Syrian officials said.")
    b = make_doc("b", "Turkey warned Russia over Idlib. It was unclear whether an attack was imminent.")
    assert bool(certainty(a, b)) is fires


def test_stance_certainty_plain_future_with_the_same_actor() -> None:
    a = make_doc("a", "The Senate will vote on the tax bill on Tuesday.")
    b = make_doc("b", "It is unclear whether the Senate will vote on the bill before the recess.")
    found = certainty(a, b)
    assert len(found) == 1 and found[0].detail["values"]["a"] == "certain: will"


def test_stance_certainty_quoted_certainty_is_not_the_reports_framing() -> None:
    text = "\u201cAn assault on Idlib is imminent,\u201d a commander said."
    a = make_doc("a", text, quotes=[{"at": "\u201cAn assault on Idlib is imminent,\u201d", "speaker": "a commander"}])
    assert not certainty(a, make_doc("b", UNCLEAR))


def test_stance_certainty_one_finding_per_unclear_claim_and_report() -> None:
    a = make_doc("a", CERTAIN + " The Idlib offensive is inevitable.")
    c = make_doc("c", "Troops are about to begin an assault on Idlib.")
    found = certainty(a, make_doc("b", UNCLEAR), c)
    assert sorted(f.article for f in found) == ["a", "c"]  # one per other report, not one per certain claim
    assert all(f.evidence[0].text == UNCLEAR for f in found)
