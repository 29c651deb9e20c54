"""Which lines of a text scrape are article body, and why each other line was dropped.

Three steps, each general (judged on pages it has never seen):

1. :func:`crosswire.clean.model.score_lines` gives each line a body probability from its features
   and its neighbourhood (a learnt jusText).
2. The main block is the run of lines with the largest sum of ``(p - 0.35) * log(1 + words)``
   (Kadane): body is inside it (p >= 0.3), or anywhere with p >= 0.9.  On the Zyte dev pages this
   lifts shingle F1 from 0.892 (threshold alone) to 0.903.
3. Short lines with stock page phrases (``outlets.PROMPTS``: "Related:", "Sign up", "Watch more",
   subscription prompts) are dropped with that reason whatever the model says.
"""

from __future__ import annotations

import re

import numpy as np

from .lines import EXTEND_WORDS, Line, prose_like, sentence_like, words
from .model import score_lines
from .prompts import prompt_reason

__all__ = ["body_mask", "default_reason", "fallback_mask", "main_block", "prompt_reason", "prose_like"]

MAIN_THRESHOLD = 0.35  # dev F1 0.903 at 0.3-0.35; 0.5 gives 0.884 (loses short paragraphs)
INSIDE_MIN = 0.3
OUTSIDE_MIN = 0.9


def main_block(p: np.ndarray, nwords: np.ndarray) -> tuple[int, int]:
    """``(first, last)`` line index of the maximum-sum run of ``(p - MAIN_THRESHOLD) * log1p(words)``."""
    values = (p - MAIN_THRESHOLD) * np.log1p(nwords)
    best, cur, start, first, last = -np.inf, 0.0, 0, 0, -1
    for i, v in enumerate(values.tolist()):
        cur, start = (v, i) if cur <= 0 else (cur + v, start)
        if cur > best:
            best, first, last = cur, start, i
    return first, last


def body_mask(lines: list[Line]) -> tuple[list[bool], tuple[int, int], np.ndarray]:
    """Per line: kept as body by the model and the main block (prompts not yet applied)."""
    p = score_lines(lines)
    nwords = np.array([len(words(ln.text)) for ln in lines], dtype=float)
    first, last = main_block(p, nwords) if len(lines) else (0, -1)
    first, last = _extend(lines, first, last)
    cut = _cut_at_comments(lines, first, last)
    last = min(last, cut)
    keep = [
        (first <= i <= last and (p[i] >= INSIDE_MIN or sentence_like(lines[i]))) or (p[i] >= OUTSIDE_MIN and i <= cut)
        for i in range(len(lines))
    ]
    return keep, (first, last), p


def _extend(lines: list[Line], first: int, last: int) -> tuple[int, int]:
    """Grow the main block over prose right next to it: the model, trained on whole pages, doubts
    the last paragraph of a short clean input (p 0.32 for a 4-line text)."""
    while last + 1 < len(lines) and last >= 0 and sentence_like(lines[last + 1]):
        last += 1
    while first > 0 and last >= 0 and sentence_like(lines[first - 1]):
        first -= 1
    return first, last


# A comment section opens: "12 Comments", "Leave a Reply", "jdoe says:".  Readers' comments are
# prose too, so the model alone runs on into them (one Zyte dev page: precision 0.13).
_COMMENTS = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments)\b|^(?:leave a (?:reply|comment)|"
    r"post a comment|add a comment|join the (?:discussion|conversation)|show comments|view comments)|"
    r"^\S.{0,40}\s(?:says|said|wrote):$",
    re.I,
)


def _cut_at_comments(lines: list[Line], first: int, last: int) -> int:
    for i in range(first + 1, last + 1):
        if len(lines[i].text) < 60 and _COMMENTS.search(lines[i].text):
            return i - 1
    return len(lines)


def fallback_mask(lines: list[Line], p: np.ndarray) -> list[bool]:
    """When the model kept nothing: the run of sentence-like lines around the likeliest one
    (a page unlike the training pages, e.g. a language with few known function words)."""
    candidates = [i for i, ln in enumerate(lines) if prose_like(ln)]
    candidates = candidates or [i for i, ln in enumerate(lines) if len(words(ln.text)) >= EXTEND_WORDS]
    if not candidates:
        return [False] * len(lines)
    anchor = max(candidates, key=lambda i: p[i])
    first, last = _extend(lines, anchor, anchor)
    return [first <= i <= last for i in range(len(lines))]


def default_reason(index: int, block: tuple[int, int]) -> str:
    """Why a line the model dropped was dropped, by where it lies."""
    if index < block[0]:
        return "navigation"
    if index > block[1]:
        return "footer"
    return "other-boilerplate"
