"""Values that drift between two agreeing sentences: the agreement says so (``values_differ``); spans of time
are compared end by end; amounts of money are of one thing through a relative clause or a noun of a verb; a
named event's year is compared between related sentences (session 7, compare.md 1h). Negative rows are the
shapes of false conflicts read on BASIL dev and ECB+ dev/train."""

from __future__ import annotations

import pytest

from crosswire.align import match
from crosswire.align.compare import compare_documents
from crosswire.model import Article, Finding
from crosswire.pipeline import analyse

TAIL = " The storm hit the coast on a Monday night. Rescue teams worked through the night in the rain."


def findings(text_a: str, text_b: str) -> list[Finding]:
    docs = [analyse(Article(id=i, path=f"{i}.txt", text=t + TAIL)) for i, t in (("a", text_a), ("b", text_b))]
    return compare_documents(docs)


def conflicts(text_a: str, text_b: str) -> list[Finding]:
    return [f for f in findings(text_a, text_b) if f.kind == "conflict"]


@pytest.fixture
def only_agreeing(monkeypatch: pytest.MonkeyPatch) -> None:
    """No pair is aligned as one claim: every value conflict found is from sentences that merely agree."""
    monkeypatch.setattr(match, "VALUE_CONFLICT", 1.01)


@pytest.mark.usefixtures("only_agreeing")
@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # one act (kill), one doer, plain counts
        (
            "The floods in the northern province killed 12 people on Monday, officials said.",
            "The floods in the northern province killed 14 people on Monday, officials said.",
        ),
        # the noun's own preposition ties the counts when the verbs differ (send / sign)
        (
            "All 42 members of the party caucus are sending the letter to the leader of the chamber.",
            "The letter to the leader of the chamber was signed by the 59 members of the party caucus.",
        ),
    ],
    ids=["one-act", "noun-anchor"],
)
def test_compare_agreeing_sentences_figures_flagged_not_conflicts(text_a: str, text_b: str) -> None:
    """Soft figure conflicts were 1 real in 10 on ECB+ test (compare.md 1h): the agreement says it instead."""
    found = findings(text_a, text_b)
    assert not [f for f in found if f.kind == "conflict"]
    differ = [d["what"] for f in found if f.kind == "agree" for d in f.detail.get("values_differ", [])]
    assert differ == ["figure"]


@pytest.mark.usefixtures("only_agreeing")
@pytest.mark.parametrize(
    ("text_a", "text_b", "what"),
    [
        # a part of a count (his first 17 passes of 28): no conflict, but the agreement says the figures differ
        (
            "The quarterback completed his first 17 passes in the game against the Chargers.",
            "The quarterback completed 28 passes in the game against the Chargers.",
            "figure",
        ),
        # two dates of two acts: no soft conflict, the agreement says the dates differ
        (
            "In 1995 the doctor was elected to the board of the medical association, the first black woman on it.",
            "In 2002 the doctor became president of the medical association, the first black woman in the post.",
            "date",
        ),
        # the same values: plain agreement
        (
            "The quarterback completed 28 passes in the game against the Chargers.",
            "The quarterback completed 28 passes in the game against the Chargers on Sunday.",
            None,
        ),
    ],
    ids=["figure-part", "date-two-acts", "neg-same-values"],
)
def test_compare_agreement_says_values_differ(text_a: str, text_b: str, what: str | None) -> None:
    agree = [f for f in findings(text_a, text_b) if f.kind == "agree" and f.span.text.startswith(text_a[:12])]
    assert agree
    differ = [d["what"] for f in agree for d in f.detail.get("values_differ", [])]
    assert differ == ([what] if what else [])
    assert all(f.detail.get("note") for f in agree if "values_differ" in f.detail)


@pytest.mark.parametrize(
    ("text_a", "text_b", "what"),
    [
        # two spans of time with one end alike: the other end differs
        (
            "The couple earned $141 million from 2007 to 2014, according to tax returns released on Friday.",
            "The couple earned $141 million from 2006 to 2014, according to tax returns released on Friday.",
            "date",
        ),
        (
            "The couple earned $141 million from 2007 to 2014, according to tax returns released on Friday.",
            "The couple earned $141 million from 2007 to 2014, according to tax returns released on Friday morning.",
            None,
        ),
        # both ends differ: which answers which is not clear
        (
            "The couple earned $141 million from 2007 to 2014, according to tax returns released on Friday.",
            "The couple earned $141 million from 2001 to 2008, according to tax returns released on Friday.",
            None,
        ),
        # the amount of a relative clause ("the $5.7 billion he demanded"), a noun of a verb ("funding")
        (
            "Congress refused the $5.7 billion the president demanded for the border wall this winter.",
            "Congress refused the $8.0 billion the president demanded for the border wall this winter.",
            "figure",
        ),
        (
            "The president asked Congress for $5.7 billion in funding for the wall along the border.",
            "The president asked Congress for $8.0 billion in funds for the wall along the border.",
            "figure",
        ),
        # amounts of two things: lost in the shutdown against asked for the wall
        (
            "The economy lost $6 billion during the shutdown over the wall along the border, analysts said.",
            "The president asked for $5.7 billion in funding for the wall along the border, analysts said.",
            None,
        ),
    ],
    ids=[
        "span-start",
        "neg-same-span",
        "neg-both-ends",
        "money-relative-clause",
        "money-funding-funds",
        "neg-two-amounts",
    ],
)
def test_compare_value_conflicts_of_one_thing(text_a: str, text_b: str, what: str | None) -> None:
    """Spans of time compared end by end; amounts of money of one thing (what they are for, read through a
    relative clause or a verb's noun). ``what`` is the one conflict expected, None for none."""
    found = [f.detail["what"] for f in conflicts(text_a, text_b)]
    assert found == ([what] if what else [])


@pytest.mark.parametrize(
    ("text_a", "text_b", "conflict"),
    [
        # one named event with two years, in sentences that are only related
        (
            "The lawyers answered a request from the House committee investigating the 2012 attacks in Libya.",
            "The account was found by the House committee investigating the deadly 2011 attacks in Benghazi, Libya.",
            True,
        ),
        # the report names both years of that noun: two events
        (
            "The lawyers answered a request from the House committee investigating the 2012 attacks in Libya. "
            "The 2011 attacks had been smaller.",
            "The account was found by the House committee investigating the deadly 2011 attacks in Benghazi, Libya.",
            False,
        ),
        # two nouns dated: no one event
        (
            "The lawyers answered a request from the House committee investigating the 2012 attacks in Libya.",
            "The account was found by the House committee investigating the disputed 2011 election in Libya.",
            False,
        ),
        # the date of an act, not of a named event: related sentences are not compared
        (
            "The House committee began investigating the attacks in Libya in 2012, the lawyers said.",
            "The House committee began investigating the deadly attacks in Benghazi in 2011, the account shows.",
            False,
        ),
    ],
    ids=["named-event", "neg-both-years", "neg-two-nouns", "neg-act-date"],
)
def test_compare_related_sentences_named_event_years(text_a: str, text_b: str, conflict: bool) -> None:
    docs = [analyse(Article(id=i, path=f"{i}.txt", text=t + TAIL)) for i, t in (("a", text_a), ("b", text_b))]
    found = [f for f in compare_documents(docs, agree=1.01) if f.kind == "conflict"]  # nothing agrees
    assert [(f.detail["what"], f.detail.get("soft")) for f in found] == ([("date", True)] if conflict else [])
