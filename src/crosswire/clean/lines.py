"""Lines of a text scrape with their input offsets, and the per-line features the cleaner scores.

A naive scrape (and the seeds) puts every visible block of a page on its own line, with blank
lines between blocks.  Features are language-light and page-relative: length, sentence
punctuation, stopword and capital ratios, link-like brackets, repetition and position.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .normalize import fold

# A CJK character counts as a word: those scripts write no spaces, and a Japanese sentence would
# otherwise be one "word" long (the Zyte set has Japanese and Chinese pages).
_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]|\w+(?:['\u2019]\w+)?")
_LINE = re.compile(r"[^\n]+")
_DIGIT = re.compile(r"\d")
_CAPITAL = re.compile(r"(?<![\w'\u2019])[A-Z\u00c0-\u00de]")  # a word starting with a capital (Latin script)
# English function words (the 60 most frequent in news prose): prose has ~40% of them, menus ~5%.
_STOP = (
    "a an the and or but of to in on at by for with from as is are was were be been being has have had it its "
    "this that these those he she they we you i his her their our your not no so if than then there which who "
    "whom what when where will would can could should may might said says also about into after over more"
)
# The most frequent function words of other languages common on news pages (es, pt, fr, de, it, nl):
# the Zyte pages include Portuguese, Spanish, French, German and Italian articles, which the English
# list scores as menus (stopword ratio ~0).  Words that are also English content words are left out.
_STOP_OTHER = (
    "el la los las un una unos del al que en y o por para con se su sus es lo como pero más este esta "
    "o os as um uma do da dos das no na nos nas em e ou por para com se seu sua que é não mais foi "
    "le la les un une des du de et ou en dans sur pour par avec ce cette qui que il elle ils est sont pas plus "
    "der das ein eine und oder in im mit von zu für auf ist sind nicht auch dem den des sich wird wurde "
    "il lo la gli le un una di da in con su per che è non più del della dei delle nel nella "
    "de het een en of in op met voor van te dat is zijn niet ook"
)
STOPWORDS = frozenset(_STOP.split()) | frozenset(_STOP_OTHER.split())
EXTEND_WORDS = (
    10  # dev F1 0.9256 at 6, 0.9259 at 10, 0.9223 at 15 and 20 (a headline rarely has 10 words, 25% stopwords)
)
FEATURES = (
    "bias",
    "log_words",
    "ends_sentence",
    "stop_ratio",
    "cap_ratio",
    "digit_ratio",
    "brackets",
    "pipe_or_bullet",
    "repeated",
    "position",
    "comma_rate",
    "short",
    "long",
    "one_word",
    "block_lines",
    "avg_word_len",
)


@dataclass(frozen=True)
class Line:
    """One non-blank line of the input: ``source[start:end] == text`` (outer whitespace trimmed)."""

    index: int
    start: int
    end: int
    text: str
    block: int  # lines separated only by a single newline share a block


def split_lines(source: str) -> list[Line]:
    """Units of the scrape with input offsets: its non-blank lines, or, for hard-wrapped text, its blocks."""
    lines = _raw_lines(source)
    return _merge_blocks(lines, source) if hard_wrapped(lines) else lines


WRAP_FULL = 0.6  # a wrapped line fills at least 60% of the width; a shorter one ends its paragraph
WRAP_MAX = 100  # a hard-wrapped text has no line over ~80 characters (72-80 is usual); scrapes have long lines


def hard_wrapped(lines: list[Line]) -> bool:
    """Paragraphs wrapped at a fixed width: no long line, most lines near the width, lines sharing blocks."""
    if len(lines) < 4 or max(len(ln.text) for ln in lines) > WRAP_MAX:
        return False
    near_width = sum(len(ln.text) >= 50 for ln in lines)
    shared = len(lines) - len({ln.block for ln in lines})
    return near_width >= len(lines) / 2 and shared >= len(lines) / 3


def _merge_blocks(lines: list[Line], source: str) -> list[Line]:
    """Join the lines of each block into one unit, except after a line well short of the wrap width
    (it ended a paragraph or was a one-line widget such as "Watch more!")."""
    width = max(len(ln.text) for ln in lines)
    merged: list[Line] = []
    prev: Line | None = None
    for ln in lines:
        full = prev is not None and len(prev.text) >= WRAP_FULL * width
        if merged and merged[-1].block == ln.block and full:
            last = merged[-1]
            merged[-1] = Line(last.index, last.start, ln.end, source[last.start : ln.end], last.block)
        else:
            merged.append(Line(len(merged), ln.start, ln.end, ln.text, ln.block))
        prev = ln
    return merged


def _raw_lines(source: str) -> list[Line]:
    """Non-blank lines with input offsets; a blank line starts a new block."""
    lines: list[Line] = []
    block, last_end = -1, -1
    for m in _LINE.finditer(source):
        raw = m.group()
        stripped = raw.strip()
        if not stripped:
            continue
        if last_end < 0 or source.count("\n", last_end, m.start()) > 1:  # a blank line between: new block
            block += 1
        start = m.start() + (len(raw) - len(raw.lstrip()))
        lines.append(Line(len(lines), start, start + len(stripped), stripped, block))
        last_end = m.end()
    return lines


@lru_cache(maxsize=8192)
def words(text: str) -> tuple[str, ...]:
    """Word tokens of a line (cached: the features, prompts and metadata rules all ask, ~6 times a line)."""
    return tuple(_WORD.findall(text))


@lru_cache(maxsize=8192)
def fold_line(text: str) -> str:
    return fold(text)


def features(lines: list[Line]) -> np.ndarray:
    """One row of ``FEATURES`` per line (float32)."""
    folded = [fold_line(ln.text) for ln in lines]
    counts = Counter(folded)
    blocks = Counter(ln.block for ln in lines)
    n = max(1, len(lines) - 1)
    rows = [
        _row(ln, f, counts[f] > 1, i / n, blocks[ln.block]) for i, (ln, f) in enumerate(zip(lines, folded, strict=True))
    ]
    return np.array(rows, dtype=np.float32).reshape(len(lines), len(FEATURES))


def _row(line: Line, folded: str, repeated: bool, position: float, block_lines: int) -> list[float]:
    ws = words(line.text)
    nw = max(1, len(ws))
    lower = [w.lower() for w in ws]
    text = line.text
    return [
        1.0,
        float(np.log1p(len(ws))),
        float(folded.rstrip("\"') \u300d").endswith((".", "!", "?", ":", "\u3002", "\uff01", "\uff1f"))),
        sum(map(STOPWORDS.__contains__, lower)) / nw,
        len(_CAPITAL.findall(text)) / nw,
        len(_DIGIT.findall(text)) / max(1, len(text)),
        float("[" in text or "]" in text or text.startswith(("<", ">")) or text.endswith((">", "\u203a", "\u00bb"))),
        float("|" in text or text.startswith(("\u2022", "*", "-", "\u00b7"))),
        float(repeated),
        position,
        text.count(",") / nw,
        float(len(ws) <= 4),
        float(len(ws) >= 25),
        float(len(ws) <= 1),
        float(min(block_lines, 10)) / 10,
        min(12.0, sum(len(w) for w in ws) / nw) / 12,
    ]


def prose_like(line: Line) -> bool:
    """A full sentence: 8+ words, a quarter of them function words, ending in sentence punctuation."""
    ws = words(line.text)
    if len(ws) < 8 or not line.text.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?")):
        return False
    return sum(w.lower() in STOPWORDS for w in ws) >= len(ws) / 4


def sentence_like(line: Line) -> bool:
    """Prose, or a long line with prose's share of function words (a paragraph missing its full stop)."""
    ws = words(line.text)
    return prose_like(line) or len(ws) >= EXTEND_WORDS and sum(w.lower() in STOPWORDS for w in ws) >= len(ws) / 4
