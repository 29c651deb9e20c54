"""Value conflicts (and one agreement rule) on parsed reports: a figure, date or negation conflict needs the two sentences aligned
as one claim, the value to be the only one of its kind left on each side, and (negation) a verb negated in
one report only. Each negative row is the shape of a false conflict read on BASIL dev (compare.md 1c)."""

from __future__ import annotations

import pytest

from crosswire.align import match
from crosswire.align.compare import compare_documents
from crosswire.model import Article, Finding
from crosswire.pipeline import analyse

TAIL = " The storm hit the coast on a Monday night. Rescue teams worked through the night in the rain."


def conflicts(text_a: str, text_b: str) -> list[Finding]:
    docs = [analyse(Article(id=i, path=f"{i}.txt", text=t + TAIL)) for i, t in (("a", text_a), ("b", text_b))]
    return [f for f in compare_documents(docs) if f.kind == "conflict"]


@pytest.mark.parametrize(
    ("text_a", "text_b", "what"),
    [
        # the C1 shape: one date each, the same claim otherwise
        (
            "The town was declared a disaster zone by the governor in May 2017.",
            "The town was declared a disaster zone by the governor in 2016.",
            "date",
        ),
        # a span of time is no event date: "from 2007 to 2014" against "since 2007"
        (
            "The couple paid $44 million in federal taxes from 2007 to 2014, the returns show.",
            "The couple paid $43 million in federal taxes since 2007, the returns show.",
            None,
        ),
        # the same two dates in both: no cross pairing of 2006 with 2012
        (
            "He served as mayor in 2006 and ran for the Senate in 2012.",
            "He was mayor in 2006 and ran for the Senate in 2012.",
            None,
        ),
        # a date that describes a noun dates that thing, not the act: "the 2016 race" is no date of "the 2012 attack"
        (
            "The governor, a candidate in the 2016 race, has yet to answer the committee about the shooting.",
            "The governor, a witness of the 2012 shooting, has yet to answer the committee about the shooting.",
            None,
        ),
        # a page's time stamps are not dates of the story (ECB+ dev)
        ("Posted July 20, 2009.", "Posted July 13, 2009.", None),
        # a value given in both, once without a counted noun, is given alike (ECB+ dev)
        (
            "About 32 million people watched the show, compared with 55.3 million a decade ago.",
            "A total of 55.3 million people watched the show a decade ago.",
            None,
        ),
        # one figure each of the same thing: a conflict
        (
            "The floods in the northern province killed 12 people on Monday, officials said.",
            "The floods in the northern province killed 14 people on Monday, officials said.",
            "figure",
        ),
        # a percentage of different things: a tax rate is not a share of income
        (
            "The couple paid a tax rate of 35.7 percent and gave 10 percent of their income to charity.",
            "The couple paid a tax rate of 35.7 percent and a combined rate of 45.8 percent.",
            None,
        ),
        # "state senators" are not "senators"
        (
            "Two Republican senators called on the governor to veto the bill on Monday.",
            "Three Republican state senators called on the governor to veto the bill on Monday.",
            None,
        ),
        # negation of the shared verb: a reversal
        (
            "The minister did not sign the agreement in the capital on Friday.",
            "The minister signed the agreement in the capital on Friday.",
            "negation",
        ),
        # both negated
        (
            "The minister did not sign the agreement in the capital on Friday.",
            "The minister never signed the agreement in the capital on Friday.",
            None,
        ),
        # a "not" elsewhere: "not only" reverses nothing
        (
            "The senator opposes not only the new tax but also the old fee on imports.",
            "The senator opposes the new tax and the old fee on imports.",
            None,
        ),
        # money: the currency symbol is the unit, what it is paid from or in is the thing (BASIL drift)
        (
            "She was paid $84,000 from a public fund to settle a sexual harassment claim against the congressman.",
            "The congressman used $117,600 in taxpayer funds to settle a sexual harassment claim by his aide.",
            "figure",
        ),
        (
            "The campaign spent $750,000 in campaign funds on personal items for the family.",
            "The congressman spent $1,050,000 in campaign cash on personal items, prosecutors said.",
            "figure",
        ),
        # a hedge before the currency symbol widens the amount ("nearly $44 million" is $43,885,310)
        (
            "The couple paid nearly $44 million in federal taxes over eight years, the returns show.",
            "The couple paid $43,885,310 in federal taxes over eight years, the returns show.",
            None,
        ),
        # "$43 million" is said of $43,885,310: one unit of its last digit ...
        (
            "The couple paid $43 million in federal taxes over eight years, the returns show.",
            "The couple paid $43,885,310 in federal taxes over eight years, the returns show.",
            None,
        ),
        # ... but a one-digit amount is no rounding of another
        (
            "The couple paid $3 billion in federal taxes over eight years, the returns show.",
            "The couple paid $3.6 billion in federal taxes over eight years, the returns show.",
            "figure",
        ),
        # the date of a telling is not the date of what is told
        (
            "The Weekly reported on May 23, 2008, that the senator spoke about his service in the war.",
            "The senator spoke about his service in the war to a group gathered in Norwalk in March 2008.",
            None,
        ),
        # a figure of one year against a figure of a span of years: two figures
        (
            "Last year, the couple paid a federal tax rate of 35.7 percent, the returns show.",
            "From 2007 through 2014 the couple paid a federal tax rate of 31.55 percent, the returns show.",
            None,
        ),
    ],
    ids=[
        "C1-shape",
        "neg-date-span",
        "neg-same-dates",
        "neg-dates-of-other-nouns",
        "neg-time-stamps",
        "neg-value-given-alike",
        "figure",
        "neg-percent-of-other-things",
        "neg-state-senators",
        "negation",
        "neg-both-negated",
        "neg-not-only",
        "money-from-fund",
        "money-on-items",
        "neg-money-hedged",
        "neg-money-rounded",
        "money-one-digit",
        "neg-date-of-telling",
        "neg-year-against-span",
    ],
)
def test_compare_value_conflicts_table(text_a: str, text_b: str, what: str | None) -> None:
    found = conflicts(text_a, text_b)
    assert [f.detail["what"] for f in found] == ([what] if what else [])


def test_compare_attribution_frames_alone_do_not_agree() -> None:
    """Clauses that share only who spoke (names, a title, a reporting verb) are not the same claim (seeds:
    Erdogan's Q1 "agreed" at 0.72 with "Erdogan urged ... a truce" through "Turkish President ... Erdogan")."""
    ta = (
        "As reported by the Post, Turkish President Recep Tayyip Erdogan stressed that, the province is important "
        "for the future of the whole region and for our national security."
    )
    tb = "In a discussion broadcast live, Turkish President Recep Tayyip Erdogan urged his counterparts to declare a truce."
    docs = [analyse(Article(id=i, path=f"{i}.txt", text=t + TAIL)) for i, t in (("a", ta), ("b", tb))]
    agree = [f for f in compare_documents(docs) if f.kind == "agree" and "Erdogan" in f.span.text]
    assert not agree


def test_compare_sentences_sharing_only_who_spoke_do_not_agree() -> None:
    """Whole sentences too: "Mr. Calderon told CNBC." backs nothing another report says (BASIL dev)."""
    ta = "Mr. Calderon told CNBC."
    tb = "The tariff is going to be useless for the farmers of the region, Calderon told CNBC on Monday."
    docs = [analyse(Article(id=i, path=f"{i}.txt", text=t + TAIL)) for i, t in (("a", ta), ("b", tb))]
    assert not [f for f in compare_documents(docs) if f.kind == "agree" and "Calderon" in f.span.text]


@pytest.mark.parametrize(
    ("ta", "tb"),
    [
        # Clauses that name someone and state nothing (no verb) are not claims (BASIL, reports of different
        # stories: 0.97 through "Senate minority leader").
        (
            "For his part, Chuck Schumer, the Senate minority leader, called the proposal one-sided and ineffective.",
            "On Thursday, Senate Minority Leader Chuck Schumer argued against a career politician leading the agency.",
        ),
        # Where something was said is attribution, like the reporting verb ("in a statement").
        (
            "Today, his fellow citizens urged him to step aside from the race, Mr. Romney said in a statement.",
            "Washington politicians fail time and again to secure the southern border, Perry said in a statement.",
        ),
    ],
)
def test_compare_clauses_naming_who_or_where_said_do_not_agree(ta: str, tb: str) -> None:
    docs = [analyse(Article(id=i, path=f"{i}.txt", text=t + TAIL)) for i, t in (("a", ta), ("b", tb))]
    assert not [f for f in compare_documents(docs) if f.kind == "agree" and f.span.text.startswith(ta[:20])]


@pytest.fixture
def only_agreeing(monkeypatch: pytest.MonkeyPatch) -> None:
    """No pair is aligned as one claim: every value conflict found is from sentences that merely agree."""
    monkeypatch.setattr(match, "VALUE_CONFLICT", 1.01)


@pytest.mark.usefixtures("only_agreeing")
def test_compare_agreeing_sentences_with_different_dates_conflict_softly() -> None:
    found = conflicts(
        "The regional water authority completed the dam at Kilo in 2009, records show.",
        "The regional water authority completed the dam at Kilo in 2011, records show.",
    )
    assert [(f.detail["what"], f.detail.get("soft")) for f in found] == [("date", True)]
    assert found[0].detail["note"]


@pytest.mark.usefixtures("only_agreeing")
@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # two acts of one person (ECB+ dev): elected in 1995, president in 2002
        (
            "In 1995 the doctor was elected to the board of the medical association, the first black woman on it.",
            "In 2002 the doctor became president of the medical association, the first black woman in the post.",
        ),
        # the sentences agree on what was done, not on who did it, or where
        (
            "When the floods hit Mobile in 1998, Dr. Regina Benjamin made house calls to all her patients.",
            "When the floods hit Bayou La Batre in 2005, Dr. Anna Price made house calls to all her patients.",
        ),
        # two named doers of one act: two companies' announcements (ECB+ train)
        (
            "Mweb announced on 12 October 2011 that services through Seacom were running again.",
            "Seacom announced on 20 October 2011 that services were running again.",
        ),
        (  # the doer through a relative pronoun and through an apposition
            "Mweb, which announced on 12 October 2011 that services were running again, thanked its customers.",
            "The cable operator, Seacom, announced on 20 October 2011 that services were running again.",
        ),
    ],
    ids=["two-acts", "two-casts", "two-announcers", "two-announcers-relative-appositive"],
)
def test_compare_agreeing_sentences_need_one_act_one_cast_one_doer(text_a: str, text_b: str) -> None:
    assert not conflicts(text_a, text_b)
