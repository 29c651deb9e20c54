"""Quote comparison on folded text: verbatim, altered (with a word diff), variant, absent."""

from __future__ import annotations

import pytest
from xwdocs import make_doc

from crosswire.align.match import compare_quote, find_in_text, quote_status, same_opening, word_diff
from crosswire.model import Actor

Q3 = (
    "We consider it unacceptable when, under the pretext of protecting the civilian population, they want to "
    "withdraw terrorists from being under attack, as well as inflicting damage on Syrian government troops,"
)
W2 = (
    "We consider it unacceptable when the protection of the civilian population is used as a pretext for "
    "letting terrorists avoid a strike,"
)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("We must be careful.", "we must be careful", "verbatim"),  # case and punctuation folded
        ("\u201cWe\u00a0must be careful,\u201d", '"We must be careful,"', "verbatim"),  # NBSP and curly quotes (K20)
        ("There are many civilians in Idlib.", "There are many civilians in Idlib", "verbatim"),
        (
            "We don't want the city to turn into a bloodbath",
            "We do not want the city to turn into a bloodbath",
            "altered",
        ),
        ("de-escalation zones", "de-escalation zone", "altered"),  # Q9 vs W4
        (Q3, W2, "other"),  # a variant is not an alteration: too many words differ
        ("dire consequences", "soft solution to this crisis", "other"),
        ("a non-starter.", "a nonstarter", "verbatim"),  # a hyphen inside a word is spelling
        ("as well as our work force,", "as well as our workforce.", "verbatim"),
        ("in Arkansas\u2014and we owe it", "in Arkansas \u2014 and we owe it", "verbatim"),
        ("Comey and others", "Comey & others", "verbatim"),
        ("certainly", "certainty", "other"),  # another word, not this one altered
        ("highly inappropriate", "totally inappropriate", "other"),  # half the words changed
        ("Is that picture you?", "I didn't send that picture out", "other"),
        ("", "anything", "other"),
        # words left out of the middle, no ellipsis to say so (BASIL drift: ratio 81, under ALTERED)
        ("The world strength, not apologies.", "The world needs American strength, not apologies.", "altered"),
        ("The world … strength, not apologies.", "The world needs American strength, not apologies.", "other"),
        ("farmer from Iowa", "a farmer from Iowa who never went to law school", "verbatim"),  # a fragment is no cut
        # a cut or a changed word in the stretch of a long quote that a report quotes in part (BASIL drift)
        ("this is a want to have", "I think this is a debate we want to have, and we will win it", "altered"),
        ("Leaving my taxpayer in the House", "Leaving my service in the House, I am able to look back", "altered"),
        ("we will raise taxes", "we will cut taxes", "other"),  # four words: a phrase, not a quote with a word changed
    ],
)
def test_match_quote_status_table(a: str, b: str, expected: str) -> None:
    assert quote_status(a, b) == expected


@pytest.mark.parametrize(
    ("quote", "text", "expected"),
    [
        # The other report reworded around the quote: the evidence is whole words, not a window cut mid-word.
        (
            "Congress will defend our constitutional authorities.",
            'Pelosi said Congress would "defend our constitutional authorities in the Congress."',
            'Congress would "defend our constitutional authorities',
        ),
        (
            "we will win in the Supreme Court",
            "and we\u2019ll win at the Supreme Court -- just",
            "we\u2019ll win at the Supreme Court",
        ),
        ("no daylight", "There won't be any daylight there at all.", "any daylight"),
        (
            "the Compendium of the Social Doctrine",
            "in the Church\u2019s Compendium of the Social Doctrine \u2014",
            "Compendium of the Social Doctrine",
        ),
    ],
)
def test_match_find_in_text_gives_whole_words(quote: str, text: str, expected: str) -> None:
    hit = find_in_text(quote, text)
    assert hit is not None
    assert hit.span.text == expected
    assert text[hit.span.start : hit.span.end] == expected


def test_match_quote_seed_Q3_W2_same_opening() -> None:
    assert same_opening(Q3, W2)
    assert not same_opening("We consider it fine", W2)  # fewer than five words


def test_match_quote_word_diff_shows_the_change() -> None:
    assert word_diff("one of four zones", "one of three zones") == [{"op": "replace", "a": "four", "b": "three"}]
    assert word_diff("same words", "same words") == []


def _docs(q_a: str, speaker_a: str | None, text_b: str, q_b: str | None, speaker_b: str | None):
    a = make_doc("a", f"He said \u201c{q_a}\u201d today.", quotes=[{"at": q_a, "speaker": speaker_a}])
    quotes_b = [{"at": q_b, "speaker": speaker_b}] if q_b else []
    return a, make_doc("b", text_b, quotes=quotes_b)


@pytest.mark.parametrize(
    ("q_a", "speaker_a", "text_b", "q_b", "speaker_b", "status"),
    [
        (
            "We must be careful",
            "Erdogan",
            "Erdogan said: \u201cWe must be careful.\u201d",
            "We must be careful.",
            "Erdogan",
            "verbatim",
        ),
        (
            "We must be very careful",
            "Erdogan",
            "Erdogan said: \u201cWe must be careful.\u201d",
            "We must be careful.",
            "Erdogan",
            "altered",
        ),
        (Q3, "Vladimir Putin", f"\u201c{W2}\u201d Putin said.", W2, "Putin", "variant"),  # TRUTH C2 / A9
        (
            Q3,
            "Vladimir Putin",
            f"\u201c{W2}\u201d Rouhani said.",
            W2,
            "Rouhani",
            "absent",
        ),  # another speaker: no variant
        ("Idlib is important for our security", "Erdogan", "Erdogan urged a truce.", None, None, "absent"),
        # One quoted word against the same word inflected in running text: another use of it, not an
        # alteration. The same quoted word in the text is verbatim.
        ("follow", "Smith", "The council followed the plan.", None, None, "absent"),
        ("follow", "Smith", "The council will follow the plan.", None, None, "verbatim"),
        ("re-confirmed", "Smith", "The site confirmed its story.", None, None, "absent"),
        (
            "would end Medicare as we know it",
            "Smith",
            "He accused them of ending Medicare as we know it.",
            None,
            None,
            "altered",
        ),
    ],
)
def test_match_compare_quote_statuses(q_a, speaker_a, text_b, q_b, speaker_b, status) -> None:
    a, b = _docs(q_a, speaker_a, text_b, q_b, speaker_b)
    m = compare_quote(a.quotes[0], a, b)
    assert m.status == status
    if status != "absent":
        assert m.evidence is not None and b.article.text[m.evidence.start : m.evidence.end] == m.evidence.text


@pytest.mark.parametrize(
    ("quote", "kind_b", "conflict"),
    [
        ("We must be careful about this", "PERSON", True),
        ("deeply concerned", "PERSON", False),  # three words or fewer: a phrase anyone uses (BASIL dev)
        ("We must be careful about this", "ORG", False),  # an office or platform is no rival speaker
    ],
    ids=["person", "neg-short-phrase", "neg-organisation"],
)
def test_match_speaker_conflict_needs_a_real_quote_and_two_people(quote: str, kind_b: str, conflict: bool) -> None:
    a, b = _docs(quote, "Erdogan", f"Rouhani said: \u201c{quote}.\u201d", f"{quote}.", "Rouhani")
    b.actors = [Actor(key="rouhani", name="Rouhani", kind=kind_b)]
    b.quotes[0].speaker_actor = "rouhani"
    m = compare_quote(a.quotes[0], a, b)
    assert m.status == "verbatim" and bool(m.speaker_conflict) is conflict


def test_match_compare_quote_speaker_conflict() -> None:
    a, b = _docs(
        "We must be careful",
        "Erdogan",
        "Rouhani said: \u201cWe must be careful.\u201d",
        "We must be careful.",
        "Rouhani",
    )
    m = compare_quote(a.quotes[0], a, b)
    assert m.status == "verbatim" and m.speaker_conflict == ("Erdogan", "Rouhani")
