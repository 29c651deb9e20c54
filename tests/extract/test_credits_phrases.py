"""Credit phrasings on made-up sentences: outlets, organisations, unnamed, passive, and negatives."""

from __future__ import annotations

import pytest

from crosswire.extract.credits import find_credits, outlet_name
from crosswire.extract.parse import parse
from crosswire.extract.quotes import find_quotes
from crosswire.model import Article, Document


def credits_of(text: str) -> list[tuple[str | None, str]]:
    doc = find_credits(find_quotes(parse(Document(article=Article(id="t", path="t", text=text)))))
    for c in doc.credits:
        assert text[c.start : c.end] == c.text
    return [(c.source, c.kind) for c in doc.credits]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to Reuters, the talks collapsed on Monday.", [("Reuters", "outlet")]),
        ("As reported by The New York Times, the plan was dropped.", [("New York Times", "outlet")]),
        ("The minister resigned, the BBC reported.", [("BBC", "outlet")]),
        ("Analysts say the deal could fail.", [("Analysts", "unnamed")]),
        ("The mayor has been quoted saying the budget is fine.", [(None, "passive")]),
        ("The Red Cross said in a statement that aid was blocked.", [("Red Cross", "organisation")]),
        ("She told reporters that she would run again.", []),  # "told reporters": no credit
        ("He told CNN that he would run again.", [("CNN", "outlet")]),
        ("The weather was warm and the market was busy.", []),
        ("The senator was quoted by Politico as saying no.", [("Politico", "outlet")]),  # not passive: names X
        # A person named like an outlet speaks for himself: no credit to Fox News (BASIL dev, Vicente Fox).
        ("Vicente Fox spoke on Thursday. Mr. Fox said the wall was a mistake.", []),
        ("Vicente Fox spoke on Thursday. Fox said he would not pay for it.", []),
        ("The storm hit on Monday. According to Fox, the damage was large.", [("Fox", "outlet")]),
        # An outlet referred back to by its short name or as "the paper" is the outlet named before.
        (
            "The Washington Post broke the story. According to the Post, the deal failed.",
            [("Washington Post", "outlet")],
        ),
        ("The New York Times broke the story. The mayor told the paper he would stay.", [("New York Times", "outlet")]),
        ("According to the gossip site, the couple split.", [("the gossip site", "unnamed")]),
        # A spokesperson of a named principal, or with a name in apposition, is a named source: no credit left
        # to flag as unattributed. One with neither stays unnamed.
        ("A Microsoft spokesperson said the data was safe.", []),
        ("Her spokesman, Andrew Wilder, said that she would decide soon.", []),
        ("A spokesman said that she would decide soon.", [("A spokesman", "unnamed")]),
        ("A spokesman did not respond to a request for comment.", []),  # said nothing: no source
        # An editor who says something speaks for themself, not as the outlet's report.
        ("BuzzFeed Editor-in-Chief Ben Smith said it stands by its reporting.", []),
        # A writer named with the outlet they write for: the outlet's words.
        (
            "The Washington Post reporter Robert Costa writes of him today, \u201chis status as the favorite has "
            "vanished.\u201d",
            [("Washington Post", "outlet")],
        ),
        (
            "Maggie Haberman in the New York Times today explains why, \u201cMore than any other candidate, he "
            "is poised to run a race that sells his personality.\u201d",
            [("New York Times", "outlet")],
        ),
        ("A spokeswoman for Mr. Smith said that he would decide soon.", []),
        # Records that are a source in themselves; hearsay with no issuer stays unnamed; "citing" a reason is
        # no source.
        ("According to tax returns released Friday, they earned $10 million.", [("tax returns", "document")]),
        ("According to multiple reports, he will not run.", [("multiple reports", "unnamed")]),
        ("According to an FBI statement, the guns were bought legally.", [("FBI", "organisation")]),
        ("He resigned, citing his health.", []),
        # "X said in a statement": credited to X (a pronoun resolved where a quote names the speaker).
        (
            "The mayor of Lyon, Anne Martin, spoke. \u201cWe will rebuild,\u201d she said in a statement.",
            [("Anne Martin", "person")],
        ),
    ],
)
def test_credits_phrases_table(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert credits_of(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("the Washington Post", "Washington Post"),
        ("Al Jazeera", "Al Jazeera"),
        ("Reuters", "Reuters"),
        ("UNICEF", None),
        ("the Post", None),  # too vague on its own
        ("International Crisis Group", None),
    ],
)
def test_credits_outlet_names(name: str, expected: str | None) -> None:
    assert outlet_name(name) == expected


def test_credits_T2_outlet_credit_carries_to_same_speaker_in_paragraph() -> None:
    text = (
        "As reported by Reuters, Jane Roe, the mayor, said, “We will rebuild.” “It will take years,” she said.\n\n"
        "“Nothing is decided,” said John Doe."
    )
    doc = find_credits(find_quotes(parse(Document(article=Article(id="t", path="t", text=text)))))
    assert [q.credited_to for q in doc.quotes] == ["Reuters", "Reuters", None]
