"""Subjects written as labels: key-figure lines ("IDPs: 3.7 million", "Share of IDP households
headed by a woman: 56%") and Markdown table cells (column header plus row label). Split out
of ``subject_frames``; ``subjects.py`` calls it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimledger.extract.components.phrase import Figure, clean
from claimledger.extract.patterns import phrases as ph
from claimledger.extract.patterns import subject_frames as sf

_MAX_LABEL = 96  # characters of a key-figure label with its markup
_GENERIC_HEADERS = frozenset(["value", "values", "figure", "figures", "number", "total", "count",
                              "amount", "estimate", "#", "n", "data"])  # fmt: skip


def expand(label: str) -> str:
    return sf.ACRONYMS.get(label.lower(), label)


_LABEL_MARKS = frozenset(":–—-")


def label_subject(fig: Figure) -> str:
    """ "IDPs: 3.7 million", "People in need – 12.7 million": the label is the subject."""
    if fig.start - fig.floor > _MAX_LABEL or fig.text.lstrip().startswith("|"):
        return ""
    if not _LABEL_MARKS.intersection(fig.text[fig.floor : fig.start]):
        return ""  # cheap exit: a label line ends with one of these marks
    match = sf.LABEL_LINE.fullmatch(fig.text, fig.floor, fig.start)
    if not match:
        return ""
    label = clean(match.group(1).replace("*", " "))
    words = label.lower().split()
    if not 0 < len(words) <= _MAX_LABEL_WORDS or any(_finite(w) for w in words):
        return ""  # "Officials said: 40,000 ..." introduces a statement, not a label
    if len(words) > _SHORT_LABEL_WORDS and not _LINE_END.match(fig.text, fig.end):
        return ""  # "Arrivals slowed in the first quarter: 8,900 refugees entered ..."
    return expand(label)


# A label of up to 12 words when the figure ends its line ("Share of IDP households headed
# by a woman: 56%"), of up to 6 when more text follows.
_MAX_LABEL_WORDS = 12
_SHORT_LABEL_WORDS = 6
_LINE_END = re.compile(r"\s*(?:\([^()]*\))?\s*[.;]?\s*$")


def _finite(word: str) -> bool:
    """A finite verb; participles ("People targeted", "Families hosted") make labels."""
    return word in sf.SUBJECT_STOPS or (word in ph.VERBS and not word.endswith("ed"))


def table_subject(doc: str, row_start: int, fig: Figure) -> str:
    """A Markdown table cell: column header plus row label ("Refugees recorded in Poland")."""
    if not fig.text.lstrip().startswith("|"):
        return ""
    cells = _cells(fig.text)
    column = fig.text.count("|", 0, fig.start) - 1
    if column <= 0 or column >= len(cells):
        return ""
    header = _header_cells(doc, row_start)
    head = header[column] if column < len(header) else ""
    head = clean(re.sub(r"\([^()]*\)", " ", head))
    row = clean(cells[0])
    if not row or row[0].isdigit():
        return head
    if not head or head.lower() in _GENERIC_HEADERS:
        return expand(row)
    return f"{head} in {row}"


def _cells(line: str) -> list[str]:
    return [cell.strip().replace("*", "") for cell in line.strip().strip("|").split("|")]


@lru_cache(maxsize=64)
def _header_cells(doc: str, row_start: int) -> tuple[str, ...]:
    """The first line of the block of table lines that ends with the row at ``row_start``."""
    line_start = doc.rfind("\n", 0, row_start) + 1
    header = ""
    while line_start > 0:
        prev = doc.rfind("\n", 0, line_start - 1) + 1
        line = doc[prev : line_start - 1]
        if not line.lstrip().startswith("|"):
            break
        if not sf.TABLE_SEPARATOR.fullmatch(line):
            header = line
        line_start = prev
    return tuple(_cells(header)) if header else ()
