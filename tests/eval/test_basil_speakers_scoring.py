"""BASIL speaker scorer: text building, name matching."""

from __future__ import annotations

import pytest

from crosswire.eval import basil_speakers as B


def test_basil_build_text_offsets() -> None:
    art = {"title": "Title here", "body-paragraphs": [["First one.", "Second one."], ["Third."]]}
    text, starts = B.build_text(art)
    assert text == "Title here\n\nFirst one. Second one.\n\nThird.\n\n"
    assert text[starts["p1"] : starts["p1"] + 6] == "Second"
    assert text[starts["p2"] :].startswith("Third.")


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [
        ("Donald Trump", "Trump", True),
        ("Donald Trump", "President Donald Trump", True),
        ("Barack Obama", "Michelle Obama", True),  # surname rule: documented limitation
        ("Donald Trump", "Hillary Clinton", False),
        ("Donald Trump", None, False),
    ],
)
def test_basil_same_person(gold: str, pred: str | None, ok: bool) -> None:
    assert B.same_person(gold, pred) is ok
