"""Number vocabulary for figures: data only, no logic.

General English: number words, scale words, ordinals, approximators (hedges that make a number a bound
or an estimate), vague amounts ("thousands") and collective nouns that a number can measure
("a population of 3 million").  Nothing here comes from a particular article.
"""

from __future__ import annotations

# Cardinal number words and their values.
NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "dozen": 12, "a dozen": 12, "half a dozen": 6, "a hundred": 100, "a thousand": 1000,
    "a million": 1_000_000, "a billion": 1_000_000_000,
}  # fmt: skip

# Words that multiply the number before them ("3.5 million", "two hundred").
SCALE_WORDS: dict[str, int] = {
    "hundred": 100, "thousand": 1000, "million": 1_000_000, "mln": 1_000_000, "m": 1_000_000,
    "billion": 1_000_000_000, "bn": 1_000_000_000, "trillion": 1_000_000_000_000,
}  # fmt: skip

# Ordinal words and their values ("the third time").
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100,
}  # fmt: skip

# Approximators before a number, lowercased, longest first when matched.  The value says what the
# hedge does to the number: "about" = estimate, "lower" = the number is a lower bound,
# "upper" = an upper bound.
APPROXIMATORS: dict[str, str] = {
    "some": "about", "about": "about", "around": "about", "roughly": "about", "approximately": "about",
    "an estimated": "about", "estimated": "about", "nearly": "upper", "almost": "upper",
    "close to": "upper", "up to": "upper", "as many as": "upper", "no more than": "upper",
    "fewer than": "upper", "less than": "upper", "under": "upper", "at most": "upper",
    "more than": "lower", "over": "lower", "at least": "lower", "upwards of": "lower",
    "in excess of": "lower", "no fewer than": "lower", "no less than": "lower", "well over": "lower",
    "just over": "lower", "just under": "upper", "an approximate": "about", "approx.": "about",
}  # fmt: skip

# Words that may sit between two approximators or between an approximator and its number without
# ending the hedge ("approximately amounting up to 3 million" -> "approximately ... up to").
APPROXIMATOR_FILLERS: frozenset[str] = frozenset(
    "amounting amount amounts totalling totaling totals numbering number reaching reach".split()  # noqa: SIM905 (a word list reads better as prose)
)

# Vague amounts: plural scale words that name an order of magnitude but no number.  Convention
# (ours): the lower bound is two of the unit ("thousands" >= 2000, the smallest plural), the
# value is None so a vague amount never conflicts with an exact one.
VAGUE_AMOUNTS: dict[str, int] = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens of thousands": 20_000,
    "hundreds of thousands": 200_000, "millions": 2_000_000, "tens of millions": 20_000_000,
    "hundreds of millions": 200_000_000, "billions": 2_000_000_000, "tens of billions": 20_000_000_000,
    "hundreds of billions": 200_000_000_000,
}  # fmt: skip

# Nouns that a number measures rather than counts the thing itself: in "a population of 3 million"
# the figure counts the population.
COLLECTIVE_NOUNS: frozenset[str] = frozenset(
    """
    population total number crowd force army workforce toll death_toll tally count audience
    membership turnout budget sum fine fund debt deficit
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)

# Lemmas that, as the counted noun, make a number a duration or time, not a figure ("three weeks").
TIME_UNITS: frozenset[str] = frozenset(
    "second minute hour day night week weekend fortnight month year decade century millennium".split()  # noqa: SIM905 (a word list reads better as prose)
)
