"""Words for dates and times, used to date claims against the publication date (SCHEMA.md).

Month names are matched capitalised only, so the modal verb "may" is never read as a month;
a bare month also needs a time preposition before it ("in May", "since May", "last May").
"""

from __future__ import annotations

MONTHS = {
    "January": 1, "Jan": 1, "February": 2, "Feb": 2, "March": 3, "Mar": 3, "April": 4,
    "Apr": 4, "May": 5, "June": 6, "Jun": 6, "July": 7, "Jul": 7, "August": 8, "Aug": 8,
    "September": 9, "Sept": 9, "Sep": 9, "October": 10, "Oct": 10, "November": 11, "Nov": 11,
    "December": 12, "Dec": 12,
}  # fmt: skip

WEEKDAYS = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5,
    "Sunday": 6,
}  # fmt: skip

# Prepositions and time words that may introduce a bare month ("in May", "last March").
# fmt: off
MONTH_LEADS = [
        "in", "on", "since", "by", "until", "till", "from", "of", "to", "through", "during",
        "early", "late", "mid", "last", "this", "next", "between", "and", "before", "after",
        "throughout",
    ]
# fmt: on

# Words meaning "at the time of writing": they resolve to the statement or publication date.
NOW_WORDS = ("now", "currently", "today", "at present", "at the moment", "as of now", "presently")

# Relative years and months, as offsets from the publication date.
RELATIVE_YEARS = {"last year": -1, "this year": 0, "next year": 1, "a year ago": -1,
                  "the previous year": -1, "the past year": -1, "a year earlier": -1,
                  "a year before": -1}  # fmt: skip
RELATIVE_MONTHS = {"last month": -1, "this month": 0, "next month": 1}
RELATIVE_DAYS = {"yesterday": -1, "today": 0}

# A date right after one of these marks the start of a count, not the time it refers to.
START_MARKERS = ("since", "from", "starting", "beginning")

# Earliest and latest years read as dates; outside this range a four-digit number is a count.
YEAR_RANGE = (1900, 2099)

# Parts of a year: the quarter or half, its first month, for "in the first quarter" without
# a year (it means the publication year, or the year before if that part has not begun).
YEAR_PARTS = {"quarter": 3, "half": 6}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
# Written-out month counts in "the first three months of the year".
# fmt: off
COUNT_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               "eleven", "\\d{1,2}"]
# fmt: on

# Words before "from/than YEAR" that make the year the base of a comparison, not the time of
# the figure ("down 18 per cent from 2023", "higher than in 2022").
COMPARISON_CHANGE_WORDS = frozenset(
    ["up", "down", "rise", "rose", "risen", "fall", "fell", "fallen", "increase", "increased",
     "decrease", "decreased", "decline", "declined", "drop", "dropped", "growth", "grew",
     "more", "fewer", "less", "higher", "lower", "compared", "jump", "jumped", "climbed",
     "slid", "slumped", "surged", "gain", "gained", "change", "changed", "per", "cent",
     "percent"]
)  # fmt: skip
