"""Structural support: a pair scoring between AGREE_SUPPORTED and AGREE agrees only when both sentences
hold one verb with the same two arguments (who and what) and no value conflicts (TRUTH A4, A13 stay
below it: one shared argument was tried and let in false agreements on BASIL dev)."""

from __future__ import annotations

from typing import Any

import pytest

from crosswire.align.claims import Claim, frames_of
from crosswire.align.match import structural_support, topic_frames, values_conflict
from crosswire.model import DateMention, Figure, Span
from crosswire.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_nlp()


def frames(nlp: Any, text: str) -> frozenset[tuple[str, str]]:
    return frames_of(nlp(text), Span(0, len(text), text))


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # TRUTH A4, 001 side: a compound object is one word ("cease fire" -> ceasefire)
        ("Russian leader Vladimir Putin rejected the cease fire.", {("reject", "ceasefire")}, set()),
        # TRUTH A4, 000 side: the passive agent ("by Russia") is an argument too
        (
            "The ceasefire proposed by Turkey was rejected by Russia.",
            {("reject", "ceasefire"), ("reject", "russia")},
            set(),
        ),
        # event synonyms map to one verb ("truce" is "ceasefire", "convened" is "meet")
        ("The presidents convened in Tehran and agreed a truce.", {("agreement", "ceasefire")}, set()),
        # TRUTH A3, 000 side: a participle's noun is its argument ("the ceasefire [proposed by Turkey]")
        ("The ceasefire proposed by Turkey collapsed.", {("propose", "ceasefire"), ("propose", "turkey")}, set()),
        # TRUTH A3, 001 side: a verb of asking is "propose" with what it asks for; whom it asks is left out
        (
            "Erdogan urged his counterparts to declare a truce.",
            {("propose", "ceasefire"), ("propose", "erdogan")},
            {("propose", "counterpart"), ("urge", "erdogan")},
        ),
        ("Rebels called for a truce.", {("propose", "ceasefire"), ("propose", "rebel")}, set()),
        # negative: "urge" with no infinitive or "for" stays "urge" (urging calm is not proposing)
        ("The envoy urged calm.", {("urge", "calm")}, {("propose", "calm")}),
        # relative clause: the noun fills the gap; "where" leaves none
        ("The truce that Turkey proposed collapsed.", {("propose", "ceasefire")}, set()),
        ("The city where fighting broke out was shelled.", set(), {("break", "city")}),
        # TRUTH A13: control gives subjectless clauses their subject; a state body with a demonym is its
        # state; an infinitive's act is not stated as done ("retake?")
        (
            "Syrian forces had a right to regain control.",
            {("retake?", "control"), ("retake?", "syria")},
            {("retake", "control"), ("retake?", "right")},
        ),
        (
            "Moscow is determined to see the Syrian government regain control.",
            {("retake?", "control"), ("retake?", "syria")},
            set(),
        ),
        # TRUTH U8: a done act is real; it must not share frames with the right to do it
        ("The Syrian government has retaken control.", {("retake", "control"), ("retake", "syria")}, set()),
        # do-support is real: "did not reject" states a (negated) act
        ("Iran did not reject the plan.", {("reject", "plan"), ("reject", "iran")}, set()),
        # object control: "asked the army to withdraw" -> the army withdraws
        ("Officials asked the army to withdraw.", {("withdraw?", "troop")}, {("withdraw?", "official")}),
        # negative: a reporting verb says who spoke to whom, not what was claimed (BASIL dev)
        ("Rose asked Rubio about Cuba.", set(), {("ask", "rubio"), ("ask", "rose")}),
        # negative: a pronoun argument says nothing
        ("He rejected it.", set(), {("reject", "it"), ("reject", "he")}),
        # negative: no verb, no frame
        ("A city of three million people.", set(), {("city", "people")}),
    ],
    ids=[
        "A4-001-compound",
        "A4-000-passive-agent",
        "synonyms",
        "A3-000-participle",
        "A3-001-urge-to",
        "call-for",
        "neg-urge-calm",
        "relative-gap",
        "neg-relative-where",
        "A13-001-right-to",
        "A13-000-see-regain",
        "U8-real",
        "do-support-real",
        "object-control",
        "neg-reporting-verb",
        "neg-pronouns",
        "neg-no-verb",
    ],
)
def test_match_frames_of_parse(
    nlp: Any, text: str, expected: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    got = frames(nlp, text)
    assert expected <= got
    assert not absent & got


def claim(frames: set[tuple[str, str]], *, negated: bool = False, figures: list[Figure] | None = None) -> Claim:
    return Claim(
        doc=0,
        article="a",
        index=0,
        span=Span(0, 0, ""),
        words=frozenset(),
        frames=frozenset(frames),
        negated=negated,
        figures=figures or [],
    )


VETO = {("veto", "bill"), ("veto", "governor")}


def fig(value: float) -> Figure:
    return Figure(text=str(value), start=0, end=1, value=value, counts="vote")


@pytest.mark.parametrize(
    ("a", "b", "supported"),
    [
        (claim(VETO), claim(VETO | {("say", "senator")}), True),  # who and what of one verb
        (claim({("reject", "ceasefire"), ("reject", "russia")}), claim({("reject", "ceasefire")}), False),  # A4: one
        (claim(VETO, negated=True), claim(VETO), False),  # vetoed vs did not veto
        (claim(VETO, figures=[fig(60)]), claim(VETO, figures=[fig(51)]), False),  # 60 votes vs 51 votes
        (claim({("veto", "bill"), ("sign", "governor")}), claim(VETO), False),  # two verbs, one argument each
    ],
    ids=["same-who-and-what", "neg-A4-one-argument", "neg-negation", "neg-figure-conflict", "neg-other-verb"],
)
def test_match_structural_support_table(a: Claim, b: Claim, supported: bool) -> None:
    assert structural_support(a, b) is supported


def test_match_structural_support_topic_frames_excluded() -> None:
    """A (verb, argument) pair in most sentences is the story's topic: it supports no single pair."""
    claims = [claim(VETO) for _ in range(5)] + [claim(set()) for _ in range(5)]
    topic = topic_frames(claims)
    assert topic == frozenset(VETO)
    assert not structural_support(claims[0], claims[1], topic)


def test_match_values_conflict_dates() -> None:
    a, b = claim(VETO), claim(VETO)
    a.dates = [DateMention(text="2016", start=0, end=4, value="2016", precision="year", kind="date")]
    b.dates = [DateMention(text="May 2017", start=0, end=8, value="2017-05", precision="month", kind="date")]
    assert values_conflict(a, b)
    b.dates = [DateMention(text="June 2016", start=0, end=9, value="2016-06", precision="month", kind="date")]
    assert not values_conflict(a, b)
