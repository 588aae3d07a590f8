"""The analyst query grammar: parsed once into a small AST, compiled per database.

Grammar (Google-like, forgiving: no input ever reaches the database unparsed)::

    refugees Kharkiv          both words (AND)
    "forced recruitment"      a phrase
    deport*                   a prefix
    Russia OR Belarus         either; OR binds adjacent terms, so ``a b OR c`` = a AND (b OR c)
    -rumour                   exclusion
    COVID-19, 12.5            several tokens written together are a phrase

Words are split into tokens exactly as SQLite's FTS5 ``unicode61 remove_diacritics 2``
tokenizer does (runs of letters and digits, lower-cased, Latin diacritics removed), and
PostgreSQL is fed the same Python tokens, so both databases match the same sentences.
Highlighting is done here too, so snippets are identical on both.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

_TOKEN = re.compile(r"[^\W_]+")
_LEXEME = re.compile(r'-?"([^"]*)"?\*?|\S+')
# FTS5's unicode61 folds diacritics of Latin letters only (Cyrillic й and ё stay as they are).
_LATIN_RANGES = ((0x00C0, 0x024F), (0x1E00, 0x1EFF))
# PostgreSQL tsvector limits: positions above 16383 collapse, lexemes over 2 KB are refused.
_MAX_POSITION = 16383
_MAX_TOKEN_CHARS = 500
# BM25's usual constants; a typical report sentence has about 25 words.
_K1 = 1.2
_B = 0.75
_TYPICAL_TOKENS = 25
SNIPPET_CHARS = 240
_SNIPPET_LEAD = 60
ELLIPSIS = "…"


def fold(token: str) -> str:
    """Lower-case and strip Latin diacritics, as FTS5's unicode61 tokenizer does."""
    lowered = token.lower()
    return lowered if lowered.isascii() else lowered.translate(_latin_folds())


@cache
def _latin_folds() -> dict[int, str]:
    """Accented Latin letter -> its base letter (built on first use, then kept)."""
    table: dict[int, str] = {}
    for low, high in _LATIN_RANGES:
        for code in range(low, high + 1):
            base = unicodedata.normalize("NFD", chr(code))[0]
            if base != chr(code):
                table[code] = base
    return table


def tokens(text: str) -> list[str]:
    """The indexed words of ``text``."""
    if text.isascii():
        return _TOKEN.findall(text.lower())
    return [fold(token) for token in _TOKEN.findall(text)]


def tsvector_literal(text: str, tags: str = "") -> str:
    """A PostgreSQL tsvector literal with the same tokens and positions FTS5 indexes, and the
    sentence's filter tags (see filter_tags)."""
    parts = [
        f"'{tok}':{min(pos, _MAX_POSITION)}"
        for pos, tok in enumerate(tokens(text), start=1)
        if len(tok) <= _MAX_TOKEN_CHARS
    ]
    if tags:
        parts.append(tag_lexemes(tags))
    return " ".join(parts)


def filter_tags(publisher_id: int | None, kinds: Iterable[str]) -> str:
    """The filter words indexed beside a sentence's text: its document's publisher and the
    kinds of the claims it holds, so that the full-text index applies those filters itself
    (read one match at a time afterwards, a selective filter read every match of the words).

    Words of letters and digits only (kinds hex-encoded), so FTS5 indexes each as one token.
    """
    words = [] if publisher_id is None else [publisher_tag(publisher_id)]
    words += sorted({kind_tag(kind) for kind in kinds})
    return " ".join(words)


def publisher_tag(publisher_id: int) -> str:
    return f"p{publisher_id}"


def kind_tag(kind: str) -> str:
    return "k" + kind.encode().hex()


def tag_lexemes(tags: str) -> str:
    """The tags as tsvector lexemes, without positions. Their leading ``#`` is a character no
    query token has, so a user's word or prefix never matches a tag."""
    return " ".join(f"'#{tag}'" for tag in tags.split())


@dataclass(frozen=True)
class Term:
    """One word or phrase; ``prefix`` marks its last token as a prefix."""

    words: tuple[str, ...]
    prefix: bool = False

    def count(self, folded: list[str]) -> int:
        """How often the term occurs in a tokenized sentence."""
        return sum(1 for i in range(len(folded)) if self.matches_at(folded, i))

    def matches_at(self, folded: list[str], i: int) -> bool:
        """Whether the term's words occur at token position ``i``."""
        n = len(self.words)
        if i + n > len(folded) or folded[i : i + n - 1] != list(self.words[:-1]):
            return False
        last = folded[i + n - 1]
        return last.startswith(self.words[-1]) if self.prefix else last == self.words[-1]


@dataclass(frozen=True)
class Clause:
    """Terms joined by OR; a negated clause excludes sentences that match it."""

    terms: tuple[Term, ...]
    negated: bool = False


@dataclass(frozen=True)
class Query:
    clauses: tuple[Clause, ...]

    @property
    def positive(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if not c.negated)

    @property
    def negative(self) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if c.negated)

    @property
    def searchable(self) -> bool:
        """A query needs something to match: exclusions alone select nothing."""
        return bool(self.positive)


def parse_query(text: str) -> Query:
    """Parse an analyst query; never raises: unknown syntax is read as words."""
    clauses: list[Clause] = []
    pending_or = False
    for match in _LEXEME.finditer(text):
        lexeme = match.group()
        if lexeme == "OR":
            pending_or = bool(clauses) and not clauses[-1].negated
            continue
        clause = _clause(lexeme, match.group(1))
        if clause is None:
            continue
        if pending_or and not clause.negated:
            clauses[-1] = Clause(clauses[-1].terms + clause.terms)
        else:
            clauses.append(clause)
        pending_or = False
    return Query(tuple(clauses))


def _clause(lexeme: str, quoted: str | None) -> Clause | None:
    negated = lexeme.startswith("-") and len(lexeme) > 1
    body = quoted if quoted is not None else lexeme.lstrip("-")
    words = tuple(tokens(body))
    if not words:
        return None
    prefix = lexeme.endswith("*") and (quoted is None or lexeme.endswith('"*'))
    return Clause((Term(words, prefix),), negated)


def to_fts5(query: Query, tags: Sequence[str] = ()) -> str:
    """An FTS5 MATCH expression; every token is quoted, so no user text is FTS5 syntax.

    The query's words are looked for in the ``text`` column only, and each of ``tags`` (see
    filter_tags) must be in the ``tags`` column.
    """
    text = " AND ".join(_fts5_clause(c) for c in query.positive)
    for clause in query.negative:
        text += f" NOT {_fts5_clause(clause)}"
    return " AND ".join([f"{{text}} : ({text})", *(f'{{tags}} : "{tag}"' for tag in tags)])


def _fts5_clause(clause: Clause) -> str:
    return "(" + " OR ".join(_fts5_term(t) for t in clause.terms) + ")"


def _fts5_term(term: Term) -> str:
    return '"' + " ".join(term.words) + '"' + ("*" if term.prefix else "")


def to_tsquery(query: Query, tags: Sequence[str] = ()) -> str:
    """A PostgreSQL tsquery literal (cast with ``::tsquery``, never parsed by to_tsquery);
    each of ``tags`` must be among the sentence's lexemes too (see tag_lexemes)."""
    parts = [_ts_clause(c) for c in query.positive]
    parts += [f"!{_ts_clause(c)}" for c in query.negative]
    parts += [f"'#{tag}'" for tag in tags]
    return " & ".join(parts)


def _ts_clause(clause: Clause) -> str:
    return "(" + " | ".join(_ts_term(t) for t in clause.terms) + ")"


def _ts_term(term: Term) -> str:
    lexemes = [f"'{w}'" for w in term.words]
    if term.prefix:
        lexemes[-1] += ":*"
    return "(" + " <-> ".join(lexemes) + ")"


def rank(text: str, query: Query) -> float:
    """BM25 without the corpus statistics: term frequency, saturated, against sentence length.

    Every term weighs the same (no inverse document frequency: that needs counts over the
    whole index, which is what made the databases' own ranking slow), so a sentence with
    more of the query's terms, more often, in fewer words, ranks higher.
    """
    folded = tokens(text)
    norm = _K1 * (1 - _B + _B * len(folded) / _TYPICAL_TOKENS)
    score = 0.0
    for clause in query.positive:
        for term in clause.terms:
            frequency = term.count(folded)
            score += frequency * (_K1 + 1) / (frequency + norm)
    return round(score, 6)


def highlight(text: str, query: Query, marks: tuple[str, str] = ("[", "]")) -> str:
    """``text`` with every occurrence of a positive term wrapped in ``marks``."""
    out: list[str] = []
    last = 0
    for start, end in _matched_spans(text, query):
        out += [text[last:start], marks[0], text[start:end], marks[1]]
        last = end
    out.append(text[last:])
    return "".join(out)


def _matched_spans(text: str, query: Query) -> list[tuple[int, int]]:
    found = list(_TOKEN.finditer(text))
    folded = [fold(m.group()) for m in found]
    terms = [t for c in query.positive for t in c.terms]
    spans: list[tuple[int, int]] = []
    for i in range(len(found)):
        for term in terms:
            if term.matches_at(folded, i):
                spans.append((found[i].start(), found[i + len(term.words) - 1].end()))
    return _merge(sorted(spans), text)


def _merge(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Join overlapping spans, and spans split by one punctuation mark ("12.5" from 12, 5)."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        gap = text[merged[-1][1] : start] if merged else "x"
        if merged and (start <= merged[-1][1] or (len(gap) == 1 and not gap.isspace())):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet(text: str, query: Query, marks: tuple[str, str] = ("[", "]")) -> str:
    """The highlighted sentence, cut to about SNIPPET_CHARS around its first match."""
    marked = highlight(" ".join(text.split()), query, marks)
    if len(marked) <= SNIPPET_CHARS:
        return marked
    first = max(marked.find(marks[0]), 0)
    start = max(0, first - _SNIPPET_LEAD)
    start = marked.rfind(" ", 0, start) + 1 if start else 0
    end = min(len(marked), start + SNIPPET_CHARS)
    end = marked.find(" ", end) if marked.find(" ", end) != -1 else len(marked)
    head = ELLIPSIS if start else ""
    tail = ELLIPSIS if end < len(marked) else ""
    return f"{head}{marked[start:end]}{tail}"
