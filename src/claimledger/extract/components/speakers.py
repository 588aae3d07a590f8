"""Speaker names: tidy them, tell persons from organisations, resolve "she" and "the agency".

Not a pipeline component; ``sources`` and ``entities`` use it. ``SpeakerMemory`` keeps, per
document, the last named speakers by type, so that "it added" or "the ministry said" can be
resolved to the name it stands for earlier in the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from claimledger.extract.patterns import context as cx
from claimledger.extract.patterns.places import COUNTRIES

_CAP = r"[A-Z][\w.'’-]*"
_NAME_HEADS = cx.PERSON_TITLES | cx.OUTLET_WORDS | cx.TYPE_NOUNS
_POSSESSIVE = re.compile(r"['’]s\b")
_NAME_AFTER_TYPE = re.compile(rf"\b([a-z]+)\s+((?:{_CAP})(?:\s+{_CAP}){{0,3}})$")
_AT_ORG = re.compile(
    rf"^(?:researchers|experts|analysts|scholars|staff|investigators)\s+(?:at|from|with|of)\s+"
    rf"(?:the\s+)?({_CAP}(?:\s+(?:{_CAP}|of|for|the|and|on))*)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def tidy_name(phrase: str) -> str:
    """ "Belgorod Oblast Governor Vyacheslav Gladkov" -> "Vyacheslav Gladkov";
    "Russian opposition outlet Verstka" -> "Verstka"; other phrases are kept."""
    words = phrase.split()
    for i in range(len(words) - 2, -1, -1):
        head = words[i].lower().strip(",")
        # "outlet Verstka" but not "BBC News Russian" or "Radio Free Europe": a type noun
        # before a name is written in lower case; a title may be capitalised.
        if head in _NAME_HEADS and (head in cx.PERSON_TITLES or words[i].islower()):
            tail = words[i + 1 :]
            # A person's title needs a full name after it ("General Staff" is not a person).
            least = 2 if head in cx.PERSON_TITLES and head not in cx.OUTLET_WORDS else 1
            if least <= len(tail) <= 4 and all(re.fullmatch(_CAP, w) for w in tail):
                return " ".join(tail)
            break
    at_org = _AT_ORG.match(phrase)
    if at_org:
        return at_org.group(1)
    return phrase


@lru_cache(maxsize=1024)
def speaker_type(phrase: str) -> str | None:
    """PERSON, ORG, OUTLET or GROUP (a plural common noun such as "officials")."""
    words = phrase.split()
    if not words:
        return None
    low = [w.lower().strip(",.") for w in words]
    last = low[-1]
    if last in cx.PRONOUNS or set(low) <= cx.GENERIC_SPEAKER_WORDS:
        return None
    if set(low) & cx.OUTLET_WORDS:
        return "OUTLET"
    if last in cx.PERSON_TITLES or set(low[:-1]) & cx.PERSON_TITLES and _is_name(words[-2:]):
        return "PERSON"
    if _is_person_description(words, low):
        return "PERSON"
    plural = last.endswith("s") and not last.endswith(("ss", "'s", "’s"))
    if plural and (words[-1].islower() or (len(words) == 1 and words[0][1:].islower())):
        return "GROUP"
    if set(low) & cx.ORG_WORDS or any(w.isupper() and len(w) > 1 for w in words):
        return "ORG"
    # "Anna Hakobyan" is a person; "Russia Behind Bars" names a project after a country.
    if _is_name(words) and 2 <= len(words) <= 3 and not set(words) & COUNTRIES:
        return "PERSON"
    return "ORG" if words[0][:1].isupper() else "GROUP"


def _is_person_description(words: list[str], low: list[str]) -> bool:
    """ "source close to the office", "29-year-old welder from Tver", "head of a plant"."""
    if any(_AGE.fullmatch(w) for w in low):
        return True
    at = _head_index(low)
    head = low[at]
    if not words[at].islower() and not (at > 0 and head in cx.PERSON_TITLES):
        return False  # a proper name ("The Insider", "Levada Center"), not "IOM Chief of ..."
    if head in cx.PERSON_NOUNS or head in cx.PERSON_TITLES:
        return True
    # Agent nouns ("welder", "activist") name a person unless they name an institution.
    institution = cx.ORG_WORDS | cx.OUTLET_WORDS | cx.ANAPHORIC_NOUNS
    return head.endswith(("er", "ist")) and head not in institution


_AGE = re.compile(r"\d+-year-old")


def _head_index(low: list[str]) -> int:
    """ "source close to the office", "head of a plant": the word before the modifier."""
    for i, word in enumerate(low[1:], 1):
        if word in _POSTMODIFIERS:
            return i - 1
    return len(low) - 1


# Words that start what follows a descriptive speaker's head noun.
_POSTMODIFIERS = frozenset({"of", "from", "in", "at", "close", "with", "for", "who", "near"})


def guess_gender(name: str) -> str | None:
    """ "F", "M" or None, from titles, gendered nouns and Slavic surname endings."""
    low = [w.strip(",.").lower() for w in name.split()]
    if set(low) & cx.FEMALE_WORDS:
        return "F"
    if set(low) & cx.MALE_WORDS:
        return "M"
    if len(low) < 2 or not _is_name(name.split()[-1:]):
        return None
    if low[-1].endswith(cx.FEMALE_SURNAME_ENDINGS):
        return "F"
    return "M" if low[-1].endswith(cx.MALE_SURNAME_ENDINGS) else None


def _is_name(words: list[str]) -> bool:
    return all(re.fullmatch(r"[A-Z][a-z][\w'’-]*", w) for w in words)


@dataclass
class SpeakerMemory:
    """The speakers named so far in one document, most recent last."""

    named: list[tuple[str, str]] = field(default_factory=list)
    # The document text and publisher, for "the bank" named earlier but never quoted.
    text: str = ""
    publisher: str | None = None
    floor: int = 0
    upto: int = 0
    paragraph: int = 0
    paragraphs: list[int] = field(default_factory=list)
    sentence: int = 0
    sentences: list[int] = field(default_factory=list)

    def remember(self, name: str, kind: str) -> None:
        self.named.append((name, kind))
        self.paragraphs.append(self.paragraph)
        self.sentences.append(self.sentence)

    def move_to(self, start: int) -> None:
        """Move to the sentence at ``start``; a blank line starts a new paragraph."""
        if "\n\n" in self.text[self.upto : start]:
            self.paragraph += 1
        self.upto = max(self.upto, start)
        self.sentence += 1

    def resolve(self, phrase: str) -> str | None:
        """The name a pronoun, "the agency" or a bare surname stands for; None for none."""
        low = phrase.lower()
        if low in ("he", "she", "him", "her"):
            return self._person("F" if low in ("she", "her") else "M")
        if low == "it":
            return self._last(("ORG", "OUTLET"))
        if low in ("they", "them"):
            return self._last(("GROUP",)) or self._last(("ORG", "OUTLET"))
        words = low.split()
        bare = strip_article(phrase)
        if words[0] == "the" and words[-1] in cx.ANAPHORIC_NOUNS and _generic_lead(words[1:]):
            return self._definite(words[-1]) or bare
        if low in cx.STAFF_NOUNS:
            return self._just_named() or bare
        if re.fullmatch(_CAP, phrase):
            return self._surname(phrase) or phrase
        return bare

    def _just_named(self) -> str | None:
        """ "Yale's lab has identified ... Researchers said": the organisation named as a
        speaker in the sentence before (or this one) speaks through its staff."""
        if not self.named or self.sentences[-1] < self.sentence - 1:
            return None
        name, kind = self.named[-1]
        return name if kind == "ORG" and self.paragraphs[-1] == self.paragraph else None

    def _definite(self, head: str) -> str | None:
        """ "the bank": a speaker or a name with that head, the publisher if it is one, or the
        last organisation of this paragraph whose name has no other type noun."""
        found = self._matching(head) or named_before(self.text, self.floor, self.upto, head)
        if found:
            return found
        if self.publisher and head in self.publisher.lower():
            return publisher_name(self.publisher)
        for (name, kind), para in zip(reversed(self.named), reversed(self.paragraphs), strict=True):
            if kind in ("ORG", "OUTLET") and para == self.paragraph:
                other = set(name.lower().split()) & cx.ANAPHORIC_NOUNS
                return None if other - {head} else name
        return None

    def _last(self, kinds: tuple[str, ...]) -> str | None:
        for name, kind in reversed(self.named):
            if kind in kinds:
                return name
        return None

    def last_group(self) -> str | None:
        """The latest plural common-noun speaker ("respondents", "officials")."""
        return self._last(("GROUP",))

    def _person(self, gender: str) -> str | None:
        """The latest person whose name does not clash with the pronoun's gender."""
        for name, kind in reversed(self.named):
            if kind == "PERSON" and guess_gender(name) in (None, gender):
                return name
        return self._last(("PERSON",)) or self._first_name()

    def _first_name(self) -> str | None:
        """ "Jean-Paul said ... he said": witnesses are often named by a first name alone,
        which reads as an organisation; a lone capitalised word will do for "he"/"she"."""
        for name, _ in reversed(self.named):
            if re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", name) and name not in COUNTRIES:
                return name
        return None

    def _matching(self, noun: str) -> str | None:
        for name, _ in reversed(self.named):
            if noun in name.lower() and name.lower() != noun:
                return name
        return None

    def _surname(self, word: str) -> str | None:
        for name, kind in reversed(self.named):
            if kind == "PERSON" and name.split()[-1] == word and name != word:
                return name
        return None


def named_before(text: str, floor: int, upto: int, head: str) -> str | None:
    """The last proper name in ``floor:upto`` whose head is ``head``: "Kazakhstan's national
    bank", "the National Bank", "the Ministry of Labour" for "the bank" / "the ministry".
    A name in apposition ("UNHCR, the UN Refugee Agency,") gives the name it describes."""
    if head not in text.lower():
        return None
    found = None
    for match in _name_rx(head).finditer(text, floor, upto):
        name = strip_article(match.group().strip())
        if re.search(r"[A-Z]", name):
            owner = _APPOSED.search(text, max(floor, match.start() - 60), match.start())
            acronym = _ACRONYM_AFTER.match(text, match.end())
            found = owner.group(1) if owner else name
            if acronym and not owner:
                found = f"{found} ({acronym.group(1)})"  # the short form the text goes on with
    return found


def publisher_name(publisher: str) -> str:
    """ "International Organization for Migration (IOM), DTM" -> the name with its acronym."""
    name = strip_article(re.split(r"[,(]", publisher)[0].strip())
    acronym = _ACRONYM_AFTER.match(publisher, publisher.find(name) + len(name))
    return f"{name} ({acronym.group(1)})" if acronym else name


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")


_APPOSED = re.compile(r"\b([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}),\s+(?:the\s+)?$")


@lru_cache(maxsize=64)
def _name_rx(head: str) -> re.Pattern[str]:
    cap = r"[A-Z][\w.&'’-]*"
    return re.compile(
        rf"(?<![\w'’])(?:(?!(?:The|A|An|This|That|In|On|At|By|For|From)\b){cap}\s+)+"
        rf"(?:[a-z]+\s+)?(?i:{head})\b"
        rf"|\b(?i:{head})\s+(?:of|for)\s+(?:the\s+)?{cap}(?:\s+(?:{cap}|of|for|and)\b)*"
    )


def _generic_lead(words: list[str]) -> bool:
    """ "agency", "UN agency", "centre's" but not "Russian opposition outlet"."""
    return len(words) <= 2 and all(w in ("this", "that", "un", "same") for w in words[:-1])


def is_author(speaker: str | None, verb: str, publisher: str | None) -> bool:
    """The author speaking in its own voice: "we found", "our count", or the publisher naming
    itself as the actor of a finding ("ISW has observed ..."), not of a speech act."""
    if not speaker:
        return False
    words = speaker.lower().split()
    if words[0] in cx.AUTHOR_WORDS:
        return True
    return verb in cx.SELF_FINDING_VERBS and names_publisher(speaker, publisher)


@lru_cache(maxsize=256)
def names_publisher(phrase: str, publisher: str | None) -> bool:
    """ "ISW" or "the Institute" for "Institute for the Study of War"; "UNHCR" for "UNHCR,
    the UN Refugee Agency"."""
    if not publisher:
        return False
    name = strip_article(re.split(r"[,(]", publisher)[0].strip())
    bare = display_name(phrase).strip()
    if not name or not bare:
        return False
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return bare.lower() == name.lower() or (len(initials) > 1 and bare == initials)


def strip_article(phrase: str) -> str:
    return phrase[4:] if phrase[:4] in ("the ", "The ") else phrase


def display_name(name: str) -> str:
    """The source as printed: no article, no possessive "'s" that the scorer splits off."""
    name = strip_article(name)
    return _POSSESSIVE.sub("", name) if "s" in name else name
