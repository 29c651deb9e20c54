"""Stock page phrases ("Related:", "Sign up", "Watch more", subscription prompts) by removal reason.

The phrases are data (``outlets.PROMPTS``); this module only matches them, in one regex pass per line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lines import fold_line, words
from .normalize import fold
from .outlets import PROMPTS

PROMPT_MAX_WORDS = 20  # a prompt is short; longer lines that mention "subscribe" are prose
SINGLE_WORD_REASONS = ("navigation", "comments")  # only whole short lines ("Menu", "Comments")


@lru_cache(maxsize=2)
def _prompts(short: bool) -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every phrase, longest first, so "continue reading the main story" (advertisement)
    wins over "continue reading" (subscription) at the same place."""
    reasons = {
        fold(phrase): reason
        for reason, phrases in PROMPTS.items()
        if short or reason not in SINGLE_WORD_REASONS
        for phrase in phrases
    }
    alts = "|".join(re.escape(p) for p in sorted(reasons, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)"), reasons


def prompt_reason(text: str) -> str | None:
    """The removal reason of a stock page phrase in a short line, else None."""
    n = len(words(text))
    if n > PROMPT_MAX_WORDS or n == 0:
        return None
    pattern, reasons = _prompts(n <= 4)
    m = pattern.search(fold_line(text))
    return reasons[m.group()] if m else None
