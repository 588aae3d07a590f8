"""Words that bound a figure (SCHEMA.md "qualifier") and words that join two figures into a range.

Prefixes stand right before the figure (or its currency sign); longer phrases are tried first,
so "no more than" beats "more than". Calibrated on the dev set's gold and on the SCHEMA list.
"""

from __future__ import annotations

PREFIXES: dict[str, str] = {
    # at_least
    "at least": "at_least",
    "at the least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "not fewer than": "at_least",
    "a minimum of": "at_least",
    "minimum of": "at_least",
    "at a minimum": "at_least",
    "greater than or equal to": "at_least",
    "more than or equal to": "at_least",
    "at least or equal to": "at_least",
    "equal to or more than": "at_least",
    "equal to or greater than": "at_least",
    "higher or equal than": "at_least",
    # more_than
    "more than": "more_than",
    "just over": "more_than",
    "well over": "more_than",
    "slightly over": "more_than",
    "over": "more_than",
    "upwards of": "more_than",
    "upward of": "more_than",
    "in excess of": "more_than",
    "greater than": "more_than",
    "larger than": "more_than",
    "higher than": "more_than",
    "just above": "more_than",
    "above": "more_than",
    "exceeding": "more_than",
    "exceeds": "more_than",
    "exceed": "more_than",
    "exceeded": "more_than",
    "just more than": "more_than",
    "slightly more than": "more_than",
    "well above": "more_than",
    "north of": "more_than",
    "in excess": "more_than",
    # about
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "approx.": "about",
    "approx": "about",
    "circa": "about",
    "ca.": "about",
    "c.": "about",
    "some": "about",
    "nearly": "about",
    "almost": "about",
    "close to": "about",
    "closer to": "about",
    "nearer to": "about",
    "an estimated": "about",
    "the estimated": "about",
    "an approximate": "about",
    "approximate": "about",
    "give or take": "about",
    "on the order of": "about",
    "in the order of": "about",
    "in the region of": "about",
    "something like": "about",
    "somewhere around": "about",
    "roughly around": "about",
    "about some": "about",
    # up_to
    "up to": "up_to",
    "as many as": "up_to",
    "as much as": "up_to",
    "as high as": "up_to",
    "as large as": "up_to",
    "a maximum of": "up_to",
    "maximum of": "up_to",
    "a total of up to": "up_to",
    # at_most
    "at most": "at_most",
    "at the most": "at_most",
    "no more than": "at_most",
    "not more than": "at_most",
    "no greater than": "at_most",
    "not exceeding": "at_most",
    # A negated or limited "exceed" caps the figure: "pay rarely exceeded 100,000 rubles".
    "did not exceed": "at_most",
    "does not exceed": "at_most",
    "do not exceed": "at_most",
    "did not top": "at_most",
    "didn't exceed": "at_most",
    "doesn't exceed": "at_most",
    "don't exceed": "at_most",
    "never exceeded": "at_most",
    "never exceeds": "at_most",
    "never exceed": "at_most",
    "rarely exceeded": "at_most",
    "rarely exceeds": "at_most",
    "rarely exceed": "at_most",
    "seldom exceeded": "at_most",
    "seldom exceeds": "at_most",
    "will not exceed": "at_most",
    "would not exceed": "at_most",
    "cannot exceed": "at_most",
    "may not exceed": "at_most",
    "must not exceed": "at_most",
    "less than": "at_most",
    "fewer than": "at_most",
    "under": "at_most",
    "below": "at_most",
    "lower than": "at_most",
    "smaller than": "at_most",
    "less than or equal to": "at_most",
    "smaller or equal than": "at_most",
    "lower or equal than": "at_most",
    "less or equal than": "at_most",
    "just less than": "at_most",
    # "just" narrows the gap but keeps the bound (SCHEMA.md: "under" is at_most).
    "just under": "at_most",
    "just below": "at_most",
    "just shy of": "at_most",
    "slightly under": "at_most",
    "slightly below": "at_most",
    "slightly less than": "at_most",
    "slightly fewer than": "at_most",
    "just fewer than": "at_most",
    # exact, stated as such
    "equal to": "exact",
    "equals": "exact",
    "exactly": "exact",
    "precisely": "exact",
}

# Upper bounds that exclude the figure itself ("less than 10" is below 10, "at most 10" may be 10).
STRICT = frozenset(
    {
        "less than",
        "fewer than",
        "under",
        "below",
        "lower than",
        "smaller than",
        "<",
        "just less than",
        "just under",
        "just below",
        "just shy of",
        "slightly under",
        "slightly below",
        "slightly less than",
        "slightly fewer than",
        "just fewer than",
    }
)
# Prefixes that a suffix may override ("about 500 or more" is at_least).
WEAK = frozenset({"exact", "about"})

# Russian qualifiers, for the Russian-language sources reports quote.
PREFIXES.update(
    {
        "около": "about",
        "примерно": "about",
        "приблизительно": "about",
        "почти": "about",
        "порядка": "about",
        "более": "more_than",
        "свыше": "more_than",
        "больше": "more_than",
        "не менее": "at_least",
        "как минимум": "at_least",
        "минимум": "at_least",
        "до": "up_to",
        "не более": "at_most",
        "менее": "at_most",
        "меньше": "at_most",
        # "почти на 8%", "более чем на треть": the size of a change, bounded the same way.
        "почти на": "about",
        "примерно на": "about",
        "более чем на": "more_than",
        "более чем": "more_than",
        "превышает": "more_than",
        "превышают": "more_than",
        "превысило": "more_than",
        "превысила": "more_than",
        "превысил": "more_than",
        "превысили": "more_than",
        # "от 210 тыс. рублей" on its own is a floor; "от X до Y" is read as a range first.
        "от": "at_least",
    }
)

# Signs before the figure; unlike words they may touch a letter ("x>10").
SIGNS: dict[str, str] = {
    ">=": "at_least",
    "> =": "at_least",
    "≥": "at_least",
    ">": "more_than",
    "~": "about",
    "≈": "about",
    "<=": "at_most",
    "< =": "at_most",
    "≤": "at_most",
    "<": "at_most",
}

# Qualifiers after the figure ("5,000 or more", "10,000-plus").
SUFFIXES: dict[str, str] = {
    "or more": "at_least",
    "or more than": "at_least",
    "or greater than": "at_least",
    "and more": "at_least",
    "or greater": "at_least",
    "or above": "at_least",
    "and above": "at_least",
    "or higher": "at_least",
    "and over": "at_least",
    "or over": "at_least",
    "at least": "at_least",
    "or less": "at_most",
    "or fewer": "at_most",
    "or below": "at_most",
    "and below": "at_most",
    "or under": "at_most",
    "and under": "at_most",
    "at most": "at_most",
    "or equal": "or_equal",
    "or equal to": "or_equal",
    "plus": "more_than",
    "-plus": "more_than",
    "+": "more_than",
    "or so": "about",
    # "3,600,000 (estimated)": a key-figure entry marked as an estimate
    "(estimated)": "about",
    "(est.)": "about",
    "(approx.)": "about",
    "(approximately)": "about",
}

# Words after which a suffix ("plus", "and below") links to a second figure instead of bounding
# the first: "1 million rubles plus a further 500 thousand", "above a quarter and below a half".
# Number words and digits block as well (``extract/figures.py`` adds them).
SUFFIX_BLOCKERS = (
    "a further",
    "a farther",
    "another",
    "an additional",
    "an extra",
    "further",
    "additional",
    "extra",
    "a half",
    "a quarter",
    "a third",
    "a fifth",
    "a dozen",
    "a hundred",
    "a thousand",
    "a million",
    "a billion",
    "half",
)

# Qualifiers that only ever bound an amount: "more than 2000" is a count, "over 2023" a year.
NUMERIC_ONLY = frozenset(
    {
        "more than",
        "at least",
        "nearly",
        "almost",
        "approximately",
        "roughly",
        "some",
        "an estimated",
        "fewer than",
        "less than",
        "as many as",
        "as much as",
        "no fewer than",
        "upwards of",
        "in excess of",
        "just over",
        "well over",
        "just under",
        "close to",
    }
)

# Qualifiers under which a range becomes approx_range.
APPROXIMATE = frozenset({"about"})
# Approximating adjectives that make a range approximate from the head of its noun phrase:
# "an estimated monthly shortfall of 8,000 to 10,000".
APPROXIMATE_HEADS = ("an estimated", "the estimated", "an approximate", "the approximate")

# Words that open a range before its first figure.
RANGE_OPENERS = ("between", "from", "ranging from", "range of", "ranges from", "от")
# Words between the two figures of a range. "and" only counts after "between".
RANGE_LINKS = ("to", "through", "thru", "-", "–", "—", "~", "до")
BETWEEN_LINKS = ("and", "to", "-", "–")

# Verbs of change: "rose from 10 to 15 percent" gives two levels, not a range.
CHANGE_VERBS = (
    "rose", "risen", "rising", "rises", "rise",
    "increased", "increasing", "increases", "increase",
    "grew", "grown", "growing", "grows",
    "climbed", "jumped", "surged", "soared", "spiked", "doubled", "tripled",
    "fell", "fallen", "falling", "falls",
    "dropped", "dropping", "drops",
    "declined", "declining", "declines",
    "decreased", "decreasing", "decreases",
    "plunged", "plummeted", "slumped", "shrank", "shrunk",
    "raised", "raising", "raises", "raise", "lowered", "lowering", "lower", "reduce",
    "cut", "cuts", "cutting", "reduced", "reducing", "reduces",
    "changed", "went", "moved", "shifted", "expanded", "extended",
    "skyrocketed", "rocketed", "ballooned", "swelled", "leapt", "leaped", "spiralled", "spiraled",
    "dipped", "slid", "tumbled", "sank", "sunk", "crept", "edged", "hiked", "boosted", "upped",
    "rise", "jump", "drop", "fall", "decline", "growth", "hike", "cut", "reduction", "increase",
)  # fmt: skip
