"""Context for figures in Russian-language sentences: source, hedge, date and subject.

The English components read English cue words; on a sentence written in Cyrillic they find
nothing (or noise). This component runs after them and, for each claim whose sentence is
mostly Cyrillic, reads Russian attribution ("по данным X", "X сообщил", ", сообщило ... X"),
hedging words ("может", "вероятно"), dates ("во вторник", "в марте 2024 года", "теперь")
and the subject (``russian_subjects``). Claims in other sentences pass through unchanged.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

from claimledger.extract.components import russian_subjects as rs
from claimledger.extract.components.claims import updated
from claimledger.extract.components.clauses import stronger
from claimledger.extract.patterns import russian as ru
from claimledger.extract.pipeline import Parse, component, replaced
from claimledger.model import Claim

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_SAID_IN = re.compile(
    r"(?:говорится|сообщается|отмечается|указывается|следует)\s+(?:из\s+|в\s+|на\s+)"
    r"([^,.;:()—–\d]+)",
    re.IGNORECASE,
)
# "выросла до 15 процентов": after a verb of change "до" names the new level, not a bound.
_CHANGED_TO = re.compile(
    r"(?:вырос\w*|вырастет|увеличил\w*|увеличит\w*|снизил\w*|снизит\w*|сократил\w*|"
    r"сократит\w*|повысил\w*|повысит\w*|понизил\w*|упал\w*|вырастут|достиг\w*)"
    # "выросла до 15": the verb just before; "сократилось на 14% ..., до 2,9 млн": the amount
    # of the change comes first and ", до" after a comma or dash names the new level.
    r"(?:(?:\s+[а-яё-]+|\s*[—–,]){0,4}\s+|[^.;!?]{0,80}?[,—–]\s*)$",
    re.IGNORECASE,
)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
_NAME_WORD = r"[\wё\"«»'’.-]+"
# "в ведомстве во вторник", "МВД накануне": times inside a speaker phrase
_SPEAKER_TIME = re.compile(
    r"\s*(?:\b(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
    r"|(?<![\wё])(?:вчера|сегодня|накануне|ранее)(?![\wё]))",
    re.IGNORECASE,
)
_SPEAKER_END = re.compile(r"[,.;:()—–!?\d]|\s-\s")


def is_russian(text: str) -> bool:
    """Whether a sentence is written mostly in Cyrillic."""
    if _CYRILLIC.search(text) is None:
        return False
    cyrillic = len(_CYRILLIC.findall(text))
    return cyrillic > 10 and cyrillic > 2 * len(_LATIN.findall(text))


class Attribution(NamedTuple):
    speaker: str | None
    hedge: str
    rule: str


@cache
def _prep_rx() -> re.Pattern[str]:
    nouns = "|".join(ru.PREP_NOUNS)
    return re.compile(
        rf"(?:^|(?<=[\s,(«]))(?:[Пп]о|[Сс]огласно)\s+(?:(?P<noun>{nouns})\s+)?"
        rf"(?P<who>[^,.;:()—–\d]+)",
    )


@cache
def _verb_rx() -> re.Pattern[str]:
    groups = [f"(?P<{h}>{'|'.join(forms)})" for h, forms in ru.VERBS.items()]
    return re.compile(rf"(?<![\wё])(?:{'|'.join(groups)})(?![\wё])", re.IGNORECASE)


@cache
def _hedge_word_rx() -> re.Pattern[str]:
    groups = [f"(?P<{h}>{'|'.join(map(re.escape, w))})" for h, w in ru.HEDGE_WORDS.items()]
    return re.compile(rf"(?<![\wё])(?:{'|'.join(groups)})(?![\wё])", re.IGNORECASE)


def attribution(text: str) -> Attribution | None:
    """The attribution that governs a Russian sentence, if any."""
    prep = _prep_rx().search(text)
    if prep and (prep.group("noun") or text[: prep.start()].strip() == ""):
        noun = prep.group("noun") or "данным"
        return Attribution(_clean_speaker(prep.group("who")), ru.PREP_NOUNS[noun], "prep")
    said_in = _SAID_IN.search(text)
    if said_in:  # "говорится в докладе", "сообщается на сайте ведомства"
        return Attribution(_clean_speaker(said_in.group(1)), "reported", "said_in")
    for verb in _verb_rx().finditer(text):
        hedge = verb.lastgroup or "reported"
        after = _inverted_speaker(text, verb)
        if after:
            return Attribution(after, hedge, "verb_after")
        before = _speaker_before(text, verb.start())
        if not any(c.isdigit() for c in before):  # "2,5 млн из них указали": no speaker
            return Attribution(before, hedge, "verb_before")
    return None


def _inverted_speaker(text: str, verb: re.Match[str]) -> str:
    """ ", сообщило во вторник ГУ МВД по региону.": the speaker follows the verb."""
    before = text[: verb.start()].rstrip()
    as_says = before.lower().endswith("как") and len(before) in (3, before.rfind(" ") + 4)
    if not as_says and (not before or before[-1] not in ",—–-"):
        return ""  # "Как сообщает X, ..." or "..., сообщило X": the speaker follows
    words = text[verb.end() :].split()
    i = 0
    while i < len(words) and words[i].lower().strip(",") in ru.TIME_ADVERBS:
        i += 1
    rest = " ".join(words[i:])
    end = _SPEAKER_END.search(rest)
    return _clean_speaker(rest[: end.start()] if end else rest)


def _speaker_before(text: str, pos: int) -> str:
    """ "Юрист центра Мария Соколова рассказала изданию": the words before the verb."""
    head = text[:pos]
    cut = max(head.rfind(","), head.rfind(";"), head.rfind("—"), head.rfind(":"))
    words = head[cut + 1 :].split()
    while words and words[0].lower() in ("как", "также", "а", "и", "но", "однако"):
        words = words[1:]
    return _clean_speaker(" ".join(words[-8:]))


def _clean_speaker(raw: str) -> str:
    raw = _SPEAKER_TIME.sub("", raw)
    words = [w for w in raw.split() if w.lower() not in ("также", "ранее", "уже")]
    if len(words) > 1 and words[0].lower() in ("в", "во", "на"):
        words = words[1:]  # "В Минобороны заявили": the ministry speaks
    return " ".join(words).replace("«", "").replace("»", "").strip(" \"'")


def hedge_words(text: str) -> str:
    """The most uncertain hedging word of a sentence ("может", "вероятно"), or ""."""
    best = ""
    for match in _hedge_word_rx().finditer(text):
        name = match.lastgroup or ""
        best = stronger(name, best) if best else name
    return best


class Speakers:
    """The speakers named so far in one document, for "ведомства", "по ее словам"."""

    def __init__(self) -> None:
        self.last: str | None = None

    def resolve(self, speaker: str | None) -> str | None:
        if not speaker:
            return None
        first = speaker.split()[0].lower()
        if first in ru.SPEAKER_PRONOUNS or (
            len(speaker.split()) == 1 and first in ru.ANAPHORIC_SPEAKERS
        ):
            return self.last
        if _is_author(speaker):
            return None
        self.last = speaker
        return speaker


def _is_author(speaker: str | None) -> bool:
    """ "мы подсчитали", "наши данные", "редакция": the author's own voice."""
    words = speaker.split() if speaker else []
    return bool(words) and words[0].lower() in _AUTHOR_WORDS


_AUTHOR_WORDS = frozenset(["мы", "наш", "наше", "наши", "нашим", "редакция", "редакции"])


# --- dates ---------------------------------------------------------------------------------

_YEAR = r"((?:19|20)\d\d)"
_START = re.compile(rf"\bс\s+(?:начала\s+\S+|{_YEAR}|[а-я]+\s+{_YEAR})", re.IGNORECASE)


@cache
def _date_rx() -> re.Pattern[str]:
    months = "|".join(ru.MONTHS)
    weekdays = "|".join(ru.WEEKDAYS)
    now = "|".join(ru.NOW_WORDS)
    return re.compile(
        rf"(?P<day>\b\d{{1,2}})\s+(?P<dmonth>{months})(?:\s+{_YEAR})?"
        rf"|\bв(?:о)?\s+(?P<weekday>{weekdays})\b"
        rf"|\bв\s+(?P<month>{months})(?:\s+(?P<myear>(?:19|20)\d\d))?"
        rf"|\b(?:в|за)\s+(?P<rel>прошлом|этом|текущем|позапрошлом)\s+году"
        rf"|(?P<year>(?<!\d)(?:19|20)\d\d)(?=\s+(?:год|г\.))"
        rf"|(?<![\wё])(?P<now>{now}|сегодня)(?![\wё])"
        rf"|(?<![\wё])(?P<yesterday>вчера|накануне)(?![\wё])",
        re.IGNORECASE,
    )


def russian_date(text: str, published: date | None) -> tuple[str | None, str]:
    """The first date a Russian sentence gives, resolved against the publication date."""
    starts = [m.span() for m in _START.finditer(text)]
    for match in _date_rx().finditer(text):
        if any(s <= match.start() < e for s, e in starts):
            continue  # "с начала года", "с 2022 года": the start of a count
        resolved = _resolve(match, published)
        if resolved:
            return resolved, f"ru.date.{match.lastgroup}"
    return None, "ru.date.none"


def _resolve(match: re.Match[str], pub: date | None) -> str | None:
    groups = match.groupdict()
    if groups["year"]:
        return groups["year"]
    if pub is None:
        return None
    if groups["day"]:
        month = ru.MONTHS[groups["dmonth"].lower()]
        year = int(match.group(3)) if match.group(3) else _year_of(month, pub)
        return f"{year:04d}-{month:02d}-{int(groups['day']):02d}"
    if groups["month"]:
        month = ru.MONTHS[groups["month"].lower()]
        year = int(groups["myear"]) if groups["myear"] else _year_of(month, pub)
        return f"{year:04d}-{month:02d}"
    return _relative(groups, pub)


def _relative(groups: dict[str, str | None], pub: date) -> str | None:
    if groups["weekday"]:
        back = (pub.weekday() - ru.WEEKDAYS[groups["weekday"].lower()]) % 7
        return (pub - timedelta(days=back)).isoformat()
    if groups["rel"]:
        shift = {"прошлом": 1, "позапрошлом": 2}.get(groups["rel"].lower(), 0)
        return str(pub.year - shift)
    if groups["yesterday"]:
        return (pub - timedelta(days=1)).isoformat()
    return pub.isoformat() if groups["now"] else None


def _year_of(month: int, pub: date) -> int:
    """The most recent such month not after publication."""
    return pub.year if month <= pub.month else pub.year - 1


# --- the component ---------------------------------------------------------------------------


def _context(
    claim: Claim, found: Attribution | None, source: str | None, published: date | None
) -> Claim:
    hedge = found.hedge if found and not _is_author(found.speaker) else "asserted"
    word = hedge_words(claim.sentence)
    if word:
        hedge = stronger(word, hedge)
    when, date_rule = russian_date(claim.sentence, published)
    changes: dict[str, object] = {}
    if claim.qualifier == "up_to" and _changed_to(claim):
        changes["qualifier"] = "exact"
    evidence = dict(claim.evidence)
    evidence.update(
        source=f"ru.source.{found.rule}" if found else "ru.source.none",
        hedge=f"ru.hedge.{hedge}",
        date=date_rule,
    )
    evidence_items = tuple(evidence.items())
    return updated(claim, source=source, hedge=hedge, date=when, evidence=evidence_items, **changes)


def _changed_to(claim: Claim) -> bool:
    start = claim.start - claim.sentence_start
    if not claim.sentence[start:].lower().startswith("до"):
        return False
    return _CHANGED_TO.search(claim.sentence, max(0, start - 140), start) is not None


def assign_russian(parse: Parse) -> tuple[Claim, ...]:
    by_sentence: dict[int, list[int]] = {}
    for index, claim in enumerate(parse.claims):
        by_sentence.setdefault(claim.sentence_start, []).append(index)
    out = list(parse.claims)
    speakers = Speakers()  # every Russian sentence names speakers, with figures or without
    for sentence in parse.sentences:
        if not is_russian(sentence.text):
            continue
        found = attribution(sentence.text)
        source = speakers.resolve(found.speaker) if found else None
        previous = ""
        for index in by_sentence.get(sentence.start, []):
            claim = _context(out[index], found, source, parse.document.published)
            previous, rule = rs.subject_for(claim, previous)
            evidence = (*[e for e in claim.evidence if e[0] != "subject"], ("subject", rule))
            out[index] = updated(claim, subject=previous, evidence=evidence)
    return tuple(out)


@component("russian", requires=("claims",), assigns=("claims.russian",))
def _russian(parse: Parse) -> Parse:
    return replaced(parse, claims=assign_russian(parse))


COMPONENT = _russian
