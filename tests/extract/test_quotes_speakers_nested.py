"""Speaker rules added for PolNeAR/BASIL (issue 3): a pronoun bound by the clause above, possessives,
titles and nicknames in quote marks, participles, title nominals ("the governor"), "to retort" mis-tagged.

Made-up paragraphs, each with a negative; the seed checklist (W*, Q*) still lives in test_quotes_seeds.py.
"""

from __future__ import annotations

import pytest

from crosswire.extract.parse import parse
from crosswire.extract.quotes import _title_like, _titled_person, find_quotes
from crosswire.model import Article, Document, Quote


def quotes_of(text: str) -> list[Quote]:
    doc = find_quotes(parse(Document(article=Article(id="t", path="t", text=text))))
    for q in doc.quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker_span is not None:
            assert text[q.speaker_span.start : q.speaker_span.end] == q.speaker_span.text
    return doc.quotes


def first(text: str) -> tuple[str | None, str | None, bool]:
    q = quotes_of(text)[0]
    return q.speaker, (q.speaker_span.text if q.speaker_span else None), q.scare


@pytest.mark.parametrize(
    ("text", "speaker", "span"),
    [
        # the pronoun of "what she calls" is bound by the clause above: its subject is the source
        (
            "Maria Lopez says she appreciated the support through what she calls a “war of words.”",
            "Maria Lopez",
            "Maria Lopez",
        ),
        (
            "Jan Novak bemoaned the unrest and said he thought that drugs were a “very big factor” there.",
            "Jan Novak",
            "Jan Novak",
        ),
        # negative: a pronoun with no clause above keeps its own mention (resolved to the name)
        ("Maria Lopez spoke first. “We will win,” she said.", "Maria Lopez", "she"),
        # negative: a clause joined by "but" with its own subject is not bound by the first clause
        ("Jan Novak said the plan had failed, but he said that it was “not the end.”", "Jan Novak", "he"),
    ],
)
def test_quotes_nested_pronoun_bound_by_outer_subject(text: str, speaker: str, span: str) -> None:
    assert first(text)[:2] == (speaker, span)


@pytest.mark.parametrize(
    ("text", "not_speaker", "speaker"),
    [
        ("“We will win,” Maria Lopez's former campaign strategist said on Monday.", "Maria Lopez", None),
        # negative: a statement or claim of someone's is that person's words
        ("Maria Lopez's statement called the plan “dead on arrival.”", None, "Maria Lopez"),
    ],
)
def test_quotes_nested_possessive_is_not_the_speaker(text: str, not_speaker: str | None, speaker: str | None) -> None:
    got = first(text)[0]
    if not_speaker is not None:
        assert got != not_speaker
    if speaker is not None:
        assert got == speaker


@pytest.mark.parametrize(
    ("text", "scare"),
    [
        ("Jan Novak told MSNBC's “Morning Joe” that the plan had failed.", True),
        ("On this week's episode of “The Late Show,” Jan Novak said the plan had failed.", True),
        ('The state delegate Marcia "Cia" Price shouted to the crowd.', True),  # a nickname
        # negatives: a naming verb makes a capitalised quote somebody's words; lower-case words are no title
        ("Jan Novak branded it the “Job Killer Act” on Monday.", False),
        ("Jan Novak said the plan was “a total failure” on Monday.", False),
    ],
)
def test_quotes_nested_titles_are_not_speech(text: str, scare: bool) -> None:
    assert first(text)[2] is scare


@pytest.mark.parametrize(
    ("q", "title"),
    [
        ("Fox News Sunday,", True),
        ("Keepin' It Real", True),
        ("The Steve Harvey Morning Show", True),
        ("a total failure", False),
        ("Fear. I am truly afraid that he will win and that nobody will stop him in time.", False),
        ("", False),
    ],
)
def test_quotes_nested_title_like(q: str, title: bool) -> None:
    assert _title_like(q) is title


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ad uses footage of Maria Lopez asking, “Why are we not ahead?”", "Maria Lopez"),
        ("Rick Moreno toured the border on Monday. “We will secure it,” the governor said.", "Rick Moreno"),
        ("Biden was quick to retort: “That is just a bunch of malarkey.”", "Biden"),
        # negatives: a spokesman is somebody else; a bare title with nobody named before stays unnamed
        ("Rick Moreno toured the border on Monday. “We will secure it,” the spokesman said.", None),
        ("“We will secure it,” the governor said.", None),
    ],
)
def test_quotes_nested_participles_titles_infinitives(text: str, speaker: str | None) -> None:
    assert first(text)[0] == speaker


def test_quotes_nested_surname_gender_does_not_block_full_name() -> None:
    text = "Mrs. Lopez arrived first. Daniel Lopez spoke later. “We will win,” he said."
    assert first(text)[0] == "Daniel Lopez"


@pytest.mark.parametrize(
    ("text", "ent", "label"),
    [
        ("President Trump spoke.", (10, 15, "ORG"), "PERSON"),
        ("Sen. Smith spoke.", (5, 10, "GPE"), "PERSON"),
        ("The Acme Corp spoke.", (4, 13, "ORG"), "ORG"),  # two words: a real organisation name
        ("Yesterday Acme spoke.", (10, 14, "ORG"), "ORG"),  # no title before it
    ],
)
def test_quotes_nested_titled_one_word_name_is_a_person(text: str, ent: tuple[int, int, str], label: str) -> None:
    assert _titled_person(text, ent)[2] == label


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "he said" refers to the main subject of the sentences before, not the subject of a clause inside them
        ('Jan Novak said Tom Berger "wasted no time."\n\n"She was the architect of a disaster," he said.', "Jan Novak"),
        (
            "Vicente Fox spoke on Monday. Fox, however, is not worried that Juan Perez will win. “He cannot win,” he said.",
            "Vicente Fox",
        ),
        # negative: with no main-clause subject that fits, the nearest subject of the right kind still wins
        ("Maria Lopez spoke first. “We will win,” she said.", "Maria Lopez"),
    ],
)
def test_quotes_nested_pronoun_prefers_main_clause_subject(text: str, speaker: str) -> None:
    assert [q.speaker for q in quotes_of(text) if not q.scare][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The plan, Jan Novak said, is "a total failure."', "Jan Novak"),  # a parenthetical "X said"
        ('Schiff called on the administration to "really call out Russia on this" soon.', "Schiff"),
        # negative: "called on Monday" is no speech verb; the partial quote stays unattributed
        ('The mayor called on Monday and the plan was "a total failure" in the end.', None),
    ],
)
def test_quotes_nested_parenthetical_and_call_on(text: str, speaker: str | None) -> None:
    assert first(text)[0] == speaker
