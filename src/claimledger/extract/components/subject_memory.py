"""What the subject rules remember across a document: earlier subjects and their head nouns,
for "the total", "such fines", "of them", "a quarter were aged over 60". Not a pipeline
component: ``subjects.py`` calls it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from claimledger.extract.components import subject_frames as fr
from claimledger.extract.components.phrase import PRONOUNS, Figure, Tok, join_text, text_of
from claimledger.extract.patterns import phrases as ph
from claimledger.extract.patterns import subject_frames as sf

_SUCH = re.compile(r"(?:such|these|those|the same)\s+([\w'’-]+)", re.IGNORECASE)
_CHANGE_LEAD = re.compile(r"(?:" + "|".join(sorted(sf.CHANGE_NOUNS)) + r")\s+in\s+", re.IGNORECASE)


@dataclass
class Memory:
    """Subjects found so far in the document, for "the total", "such fines", "of them"."""

    subjects: list[str] = field(default_factory=list)
    heads: list[str] = field(default_factory=list)
    sentence_heads: dict[int, str] = field(default_factory=dict)
    sentence_subjects: dict[int, str] = field(default_factory=dict)
    # The latest subject per sentence and kind, for a figure that names nothing itself.
    kind_subjects: dict[tuple[int, str], str] = field(default_factory=dict)
    # Person nouns named in sentences with figures ("Respondents reported ..."), latest last.
    people: list[Figure] = field(default_factory=list)
    # The text of the sentence before each claim sentence (by start offset), for "of them".
    previous: dict[int, str] = field(default_factory=dict)

    def same_kind(self, sentence: int, kind: str) -> tuple[str, str]:
        """ "down 8% on the first quarter (233 010)", "followed by Venezuelans (17 830)": a
        figure that names nothing restates or extends the latest one of its kind."""
        return self.kind_subjects.get((sentence, kind), ""), "subject.same_kind"


def head_of(subject: str) -> str:
    """An earlier subject as the quantity a change applies to, without its own change word."""
    lead = _CHANGE_LEAD.match(subject)
    return subject[lead.end() :] if lead else subject


def is_anaphoric(phrase: str) -> bool:
    words = phrase.lower().split()
    return bool(words) and (
        words[0] in PRONOUNS or (len(words) <= 2 and words[-1] in ph.ANAPHORIC_NOUNS)
    )


def resolve_such(phrase: str, memory: Memory, previous: str = "") -> str:
    """ "such fines" -> the earlier subject about fines, when there is one, else the noun
    with its adjectives in the sentence before ("... strip naturalized citizens of ...")."""
    match = _SUCH.match(phrase)
    if not match:
        return phrase
    head = match.group(1).lower().rstrip("s")
    for earlier in reversed(memory.subjects):
        words = earlier.lower().split()
        if head in words or f"{head}s" in words:
            return earlier
    return _modified_before(previous, head) or phrase


def _modified_before(previous: str, head: str) -> str:
    """ "naturalized citizens" in the sentence before, for "such citizens": the noun with the
    adjectives right before it; "" when it has none there (the bare noun says nothing new)."""
    if len(head) < 3 or head not in previous.lower():
        return ""
    found = re.search(rf"((?:[\w-]+\s+){{1,2}})({re.escape(head)}s?)\b", previous, re.I)
    if not found:
        return ""
    words: list[str] = []
    for word in reversed(found.group(1).split()):
        if word.lower() in ph.FUNCTION_WORDS or not (word[0].isupper() or word.endswith(_ADJ)):
            break
        words.insert(0, word)
    return " ".join([*words, found.group(2)]) if words else ""


_ADJ = ("ed", "al", "an", "ese", "ish", "ic", "ive", "ary", "ous", "ign")


def antecedent_verb(fig: Figure, cont: list[Tok], memory: Memory) -> str:
    """ "a quarter were aged over 60", "70 per cent said they ...": the earlier head and what
    the clause says of it; saying is done by people."""
    person = bool(cont) and cont[0].low in sf.SUBJECT_STOPS
    return join_text(antecedent(fig, memory, person), fr.tidy(text_of(cont)))


def anaphor(fig: Figure, np: list[Tok], memory: Memory) -> str:
    if np and np[0].low in ("total", "amount", "sum", "figure", "number") and memory.subjects:
        return memory.subjects[-1]
    return antecedent(fig, memory, person=bool(np) and np[0].low in PERSON_PRONOUNS)


PERSON_PRONOUNS = frozenset(["them", "they", "these", "those", "whom"])
_COUNTING_NOUNS = frozenset(["number", "numbers", "total", "count", "tally"])


def antecedent(fig: Figure, memory: Memory, person: bool = False) -> str:
    """The head an elliptical figure refers to; "of them" prefers people over places."""
    if fig.sentence in memory.sentence_heads:
        return memory.sentence_heads[fig.sentence]
    if person:
        before = memory.previous.get(fig.sentence, "")
        # Only a sentence without figures: otherwise its figure's noun (in ``heads``) is nearer.
        topic = "" if any(c.isdigit() for c in before) else fr.opening_people(before)
        if topic:
            return topic  # "Mobilized men are another group. ... 13,900 of them"
        for head in reversed(memory.heads[-_PERSON_LOOKBACK:]):
            if fr.is_person(head):
                return head
        for earlier in reversed(memory.people[-_PERSON_LOOKBACK:]):
            named = fr.people_before(earlier)
            if named:
                return named[-1]
    return memory.heads[-1] if memory.heads else ""


# "IOM interviewed 4,800 respondents in 11 countries. ... 62 per cent of them": a few heads back.
_PERSON_LOOKBACK = 4


@lru_cache(maxsize=256)  # a pure function of the text; subjects repeat within a document
def head(subject: str) -> str:
    words = head_of(subject).split()
    if subject.startswith(ph.SHARE_PREFIX + " "):
        words = words[2:]
    if len(words) > 2 and words[0].lower() in _COUNTING_NOUNS and words[1].lower() == "of":
        words = words[2:]  # "number of forcibly displaced people": the people are the head
    kept = []
    for word in words:
        if word.lower() in ph.FUNCTION_WORDS or word.lower() in ph.VERBS:
            break
        kept.append(word)
    return " ".join(kept[:4])
