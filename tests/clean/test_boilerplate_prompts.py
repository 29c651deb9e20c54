"""Stock page phrases by removal reason (general lexicon, never seed lines), with negatives."""

from __future__ import annotations

import pytest

from crosswire.clean.boilerplate import prompt_reason, prose_like
from crosswire.clean.lines import split_lines

CASES = [
    ("Related: [Markets slide as oil prices climb]", "related"),
    ("Read more: How the vote was won", "related"),
    ("Sign up for our morning newsletter", "newsletter"),
    ("Subscribe now for unlimited access", "subscription"),
    ("Thanks for subscribing", "subscription"),
    ("Share this article", "share"),
    ("Watch more!", "video"),
    ("ADVERTISEMENT", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("© 2019 Example Media. All rights reserved.", "footer"),
    ("Menu", "navigation"),
    ("Comments", "comments"),
    ("We use cookies to improve your experience", "cookie"),
    # negatives: prose that merely mentions a phrase, or no phrase at all
    ("The council voted to share the cost of the new bridge with the county, officials said on Tuesday.", None),
    (
        "He said readers who subscribe to the paper have long complained about the delivery service in rural areas "
        "and that the company would now review its contracts with local distributors.",
        None,
    ),
    ("The search for the missing hikers resumed on Sunday morning after heavy rain.", None),
    ("Officials closed the road", None),
]


@pytest.mark.parametrize(("line", "reason"), CASES, ids=[c[0][:24] for c in CASES])
def test_boilerplate_prompt_reason(line: str, reason: str | None) -> None:
    assert prompt_reason(line) == reason


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The council voted on Tuesday to approve the budget for next year.", True),
        ("\u201cWe are very pleased with the result,\u201d the mayor said to reporters.", True),
        ("Council approves new city budget for next year", False),  # a headline: no final punctuation
        ("Home News Sport Business Culture Travel Weather Video.", False),  # no function words
    ],
)
def test_boilerplate_prose_like(line: str, expected: bool) -> None:
    assert prose_like(split_lines(line)[0]) is expected


def test_boilerplate_lines_offsets_and_blocks() -> None:
    src = "  One line\nsame block\n\n\nNew block  \n"
    lines = split_lines(src)
    assert [(ln.text, ln.block) for ln in lines] == [("One line", 0), ("same block", 0), ("New block", 1)]
    assert all(src[ln.start : ln.end] == ln.text for ln in lines)
