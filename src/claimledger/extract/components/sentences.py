"""Split a document's body into sentences with exact character offsets.

Two regular-expression passes and no per-character loop: lines are grouped into blocks
(paragraphs, bullet items, headings), then each block is cut after sentence-final
punctuation (and any closing quote or footnote marker such as ``[1]``) when the next word
starts like a sentence and the word before the stop is not an abbreviation or an initial.
"""

from __future__ import annotations

import re

from claimledger.extract.patterns.segmentation import ABBREVIATIONS, BULLETS
from claimledger.extract.pipeline import Parse, component, replaced
from claimledger.model import Sentence

_LINE = re.compile(r"[^\n]+")
_BULLET = re.compile(r"[ \t]*(?:[" + re.escape(BULLETS) + r"]|\d{1,2}[.)])[ \t]+")
_END = re.compile(
    r"[.!?…]+[\"”’')\]*_]*(?:\[\d+(?:[-–,] ?\d+)*\])*(?=\s+[\"“‘«(\[*_]*[A-Z0-9•А-ЯЁ])"
)
_WORD_BEFORE = re.compile(r"([\w.'’-]+)[.!?…]*$")
_INITIAL = re.compile(r"[A-ZА-ЯЁ]|[A-ZА-ЯЁ]\.[A-ZА-ЯЁ]")
_EMPHASIS = re.compile(r"\*\*|__|\*|_")
# "BISHKEK - ", "KYIV, Oct 16 (Reuters) - ": a wire dateline before the first sentence.
_DATELINE = re.compile(
    r"(?:\([A-Z][\w .'’-]*\)|[A-Z][A-Z'’.-]+(?:[ /][A-Z][A-Z'’.-]+){0,3}"
    r"(?:,\s*[A-Z][A-Za-z.]*(?:\s+\d{1,2})?(?:,?\s+\d{4})?)?(?:\s*\([A-Z][\w .&-]*\))?)"
    r"\s+(?:-{1,2}|–|—)\s+(?=[\"“]?[A-Z])"
)
_MID_STOP = re.compile(r"[a-z\d%][.!?][\"”’)]?\s+[A-Z]")
_TERMINAL = '.!?…:;"”’)]'
# A line this short without closing punctuation is a heading, not a wrapped line.
_HEADING_CHARS = 70


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """The sentences of ``text[start:end]``, offsets into ``text``."""
    stop = len(text) if end is None else end
    out: list[Sentence] = []
    for block_start, block_end in _blocks(text, start, stop):
        out.extend(_split_block(text, block_start, block_end))
    return out


def _blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Paragraphs, bullet items and headings as ``(start, end)`` pairs."""
    blocks: list[tuple[int, int]] = []
    prev_end = -1
    for line in _LINE.finditer(text, start, end):
        s, e = _trim(text, line.start(), line.end())
        if s >= e:
            continue
        bullet = _BULLET.match(text, line.start(), e)
        if bullet:
            s = bullet.end()
        if blocks and not bullet and _continues(text, prev_end, line.start()):
            blocks[-1] = (blocks[-1][0], e)
        else:
            blocks.append((s, e))
        prev_end = e
    return blocks


def _continues(text: str, prev_end: int, line_start: int) -> bool:
    """Whether a line wraps the previous one (no blank line, previous not a heading)."""
    if prev_end < 0 or text.count("\n", prev_end, line_start) > 1:
        return False
    line_begin = text.rfind("\n", 0, prev_end) + 1
    previous = text[line_begin:prev_end]
    if previous[-1] in _TERMINAL:
        return False
    # A heading is short and holds no sentence end; a line that goes on in lower case wraps.
    nxt = text[line_start : line_start + 80].lstrip()
    if nxt[:1].islower() or _MID_STOP.search(previous):
        return True
    return len(previous.strip()) > _HEADING_CHARS


def _split_block(text: str, start: int, end: int) -> list[Sentence]:
    out: list[Sentence] = []
    dateline = _DATELINE.match(text, start, end)
    begin = dateline.end() if dateline else start
    for match in _END.finditer(text, start, end):
        if not _is_boundary(text, begin, match.start(), match.group()):
            continue
        out.append(_sentence(text, begin, match.end()))
        begin = match.end()
    if begin < end:
        out.append(_sentence(text, begin, end))
    return [s for s in out if s.text]


def _is_boundary(text: str, begin: int, stop: int, punct: str) -> bool:
    if punct[0] != ".":
        return True
    window = max(begin, stop - 40)
    # The word cannot hold a space: search only the last run of non-space characters (the
    # same leftmost match, without trying every position of the window).
    chunk = text[window : stop + 1].rsplit(None, 1)[-1]
    word = _WORD_BEFORE.search(text, stop + 1 - len(chunk), stop + 1)
    if word is None:
        return True
    token = word.group(1).rstrip(".")
    if _INITIAL.fullmatch(token):
        return False
    return token.lower() not in ABBREVIATIONS


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _sentence(text: str, start: int, end: int) -> Sentence:
    s, e = _trim(text, start, end)
    s, e = _unwrap_emphasis(text, s, e)
    return Sentence(s, e, text[s:e])


def _unwrap_emphasis(text: str, start: int, end: int) -> tuple[int, int]:
    """ "**Moscow.**": a sentence wholly in bold or italics, without its markers. Markers
    that close inside the sentence ("**6.9 million** refugees") stay: offsets never move
    past text that belongs to the sentence."""
    mark = _EMPHASIS.match(text, start, end)
    if mark is None or not text.startswith(mark.group(), end - len(mark.group())):
        return start, end
    inner = text[start + len(mark.group()) : end - len(mark.group())]
    if mark.group() in inner or end - start <= 2 * len(mark.group()):
        return start, end
    return _trim(text, start + len(mark.group()), end - len(mark.group()))


@component("sentences", requires=("document",), assigns=("sentences",))
def _sentences(parse: Parse) -> Parse:
    doc = parse.document
    return replaced(parse, sentences=tuple(split_sentences(doc.text, doc.body_start)))


COMPONENT = _sentences
