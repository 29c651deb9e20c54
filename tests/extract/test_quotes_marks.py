"""Finding quote marks: curly, straight, single, unclosed, multi-paragraph; apostrophes are not quotes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.extract.quotes import find_regions


def quoted(text: str) -> list[str]:
    return [text[r.start : r.end] for r in find_regions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “yes, indeed,” and left.", ["yes, indeed,"]),
        ('She said "no way" today.', ["no way"]),
        ("A ‘humanitarian catastrophe’ in the north.", ["humanitarian catastrophe"]),  # Q8: single curly marks
        ("the rebels’ last stronghold and the ‘zone’ there", ["zone"]),  # K20: possessive is not a mark
        ("Hay’et Tahrir al-Sham isn’t here.", []),  # K20: apostrophes inside words
        ("It isn't 'fair' at all.", ["fair"]),
        ("Rock 'n' roll and 'em and the '90s.", []),  # elisions
        (
            "“Unclosed quote runs to the end of its paragraph\n\nNext paragraph.",
            ["Unclosed quote runs to the end of its paragraph"],
        ),
        (
            "“First paragraph of a speech.\n\n“Second paragraph,” he said.",
            ["First paragraph of a speech.", "Second paragraph,"],
        ),
        ("“A” “B” “C”", ["A", "B", "C"]),
        ('Odd "one here and "two" there.', ["one here and", "two"]),  # odd straight marks: the rest survives
        ("He said “it’s ‘fine’ now” later.", ["it’s ‘fine’ now"]),  # nested single marks stay inside
        ("No quotes at all.", []),
        ("“”", []),
    ],
)
def test_quotes_marks_regions(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_quotes_marks_K20_000_counts(seed_paths: tuple) -> None:
    text = seed_paths[0].read_text(encoding="utf-8")
    got = quoted(text)
    assert len(got) == 10  # 9 curly pairs + 1 single-mark scare quote (Q1-Q10)
    assert "humanitarian catastrophe" in got


@given(st.text(alphabet="ab .,\n“”‘’\"'", max_size=80))
@settings(max_examples=300, deadline=None)
def test_quotes_marks_never_crash_and_stay_inside(text: str) -> None:
    for r in find_regions(text):
        assert 0 <= r.open_at < r.start <= r.end <= len(text)
        assert text[r.start : r.end].strip()
