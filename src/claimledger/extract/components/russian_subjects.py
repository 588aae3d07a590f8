"""What a figure in a Russian sentence counts or pays: the ``subject`` read by plain rules.

In order: a gapped clause (", а в Татарстане — до 2,5 млн рублей" repeats the previous
figure's subject with the new place), a noun phrase before a verb of amounting ("выплата ...
составляет 1,2 млн рублей"), else the counted noun after the figure ("2,5 тыс. мигрантов")
with its relative or participle clause, and the clause around it: the verb and words that
govern the figure ("полиция задержала"), or the predicate when the figure opens the clause
("312 человек ... получили гражданство"). Not a pipeline component: ``russian.py`` calls it.
"""

from __future__ import annotations

import re
from functools import cache

from claimledger.extract.patterns import russian as ru
from claimledger.model import Claim

_GAP = re.compile(
    r"(?:,\s*|\s)(?:а|и|но)\s+(?P<pp>(?:в|во|для|на|у|среди|по)\s+[^,—–]+?)\s*[—–]\s*\S*\s*$",
    re.IGNORECASE,
)
_CLAUSE_CUT = re.compile(r"[,;:—–«»\"()]|(?<![\wё])(?:что|чтобы|а|но)(?![\wё])")
_ATTRIBUTION = re.compile(
    r"^\s*(?:[Пп]о|[Сс]огласно)\s+(?:данным|словам|оценкам|оценке|сведениям|информации|"
    r"подсчетам|подсчётам|расчетам|расчётам|мнению)\s+[^,]*,?\s*"
)
_TIME = re.compile(
    r"(?<![\wё])(?:(?:в|во|за|с|на)\s+)?(?:(?:(?:прошлом|этом|текущем|последн\w+)\s+)?"
    r"(?:году|месяце|неделе|месяц|неделю|год)|(?:19|20)\d\d(?:\s+(?:году|года|г\.))?|"
    r"начала\s+года|(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|"
    r"декабр)[еяь]|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?![\wё])",
    re.IGNORECASE,
)
_FRONTED_PP = re.compile(
    r"^(?P<pp>(?:[Вв]о?|[Нн]а)\s+[А-ЯЁ][\wё-]*(?:\s+(?:[А-ЯЁ][\wё-]*|области|крае|округе|"
    r"республике|районе))?)\s+"
)
# ", которых ...", ", задержанных ...", ", получивших ...": a clause that modifies the noun.
_RELATIVE = re.compile(r",\s*(?:котор|[а-яё]+(?:вш|нн|щ)(?:их|ие|ий|ая|ое|ых|им))", re.IGNORECASE)
_SHARE = "доля"
_DASH_PREDICATE = re.compile(r"[^—–.;]{0,30}?\s[—–]\s([^,.;]{1,60})")
# "2,5 тыс. мигрантов": the figure's span may end before the stop of its abbreviation.
_ABBREVIATION_DOT = re.compile(r"^\.(?=\s+[а-яё])")
_MAX_WORDS = 14


def subject_for(claim: Claim, previous: str) -> tuple[str, str]:
    """The subject of one Russian claim; ``previous`` is the subject of the figure before it
    in the same sentence."""
    start = claim.start - claim.sentence_start
    end = claim.end - claim.sentence_start
    # "Более 190 тыс. человек": the figure's span may end before its abbreviation's stop
    text = claim.sentence[:end] + _ABBREVIATION_DOT.sub("", claim.sentence[end:], count=1)
    gap = _GAP.search(text[:start])
    if gap and previous:
        return _swap_pp(previous, gap.group("pp")), "ru.subject.gapped"
    head = text[:start].rstrip()
    if head.endswith(("—", "–")) and not _after(_TIME.sub(" ", text[end:]).lstrip()):
        # "число обращений выросло почти вдвое — до 12 тысяч": the level of what changed
        return _tidy(_front_pp_last(_left_clause(head[:-1]))), "ru.subject.dash"
    left = _left_clause(text[:start])
    copula = _copula_rx().search(left)
    if copula:
        return _tidy(_front_pp_last(left[: copula.start()])), "ru.subject.copula"
    after = _after(text[end:])
    if claim.kind == "percent":
        dash = _DASH_PREDICATE.match(text, end)  # "почти половина из них — граждане Узбекистана"
        after = f"{after} {dash.group(1)}" if dash else after
        return _tidy(f"{_SHARE} {after}" if after else left), "ru.subject.share"
    if not left:  # "312 человек ... получили гражданство": the figure opens its clause
        return _tidy(_TIME.sub(" ", _predicate(text[end:]))), "ru.subject.predicate"
    if "," in after or len(after.split()) > 2:
        return _tidy(after), "ru.subject.noun"
    clause = _front_pp_last(left)
    return _tidy(f"{after} {clause[:1].lower()}{clause[1:]}"), "ru.subject.noun_clause"


@cache
def _copula_rx() -> re.Pattern[str]:
    verbs = "|".join(ru.COPULAS)
    return re.compile(rf"(?<![\wё])(?:{verbs})(?:\s+[\wё]+)?\s*$", re.IGNORECASE)


def _left_clause(before: str) -> str:
    """The figure's clause up to the figure, without attribution and dates."""
    cuts = list(_CLAUSE_CUT.finditer(before))
    clause = before[cuts[-1].end() :] if cuts else before
    clause = _ATTRIBUTION.sub("", clause)
    clause = _TIME.sub(" ", clause)
    words = [w for w in clause.split() if w.lower() not in ru.SUBJECT_NOISE or w[:1].isupper()]
    return " ".join(words)


def _after(rest: str) -> str:
    """The counted noun after the figure with its modifiers, up to a comma that does not
    open a relative or participle clause (", которых ...", ", задержанных ...")."""
    words: list[str] = []
    for match in _AFTER_TOKEN.finditer(rest):
        token = match.group()
        if token == ",":
            if not _RELATIVE.match(rest, match.start()):
                break
            words.append(",")
            continue
        if not token[:1].isalpha() or len(words) == _MAX_WORDS:
            break
        words.append(token)
    return " ".join(words)


_AFTER_TOKEN = re.compile(r"[\wё-]+|[^\w\s]", re.IGNORECASE)


def _predicate(rest: str) -> str:
    """The rest of the clause after the figure, up to the sentence end or an attribution
    (", сообщил зампред Совбеза ...")."""
    stop = re.search(r"[.;!?]", rest)
    rest = rest[: stop.start()] if stop else rest
    said = _said_after_rx().search(rest)
    return rest[: said.start()] if said else rest


@cache
def _said_after_rx() -> re.Pattern[str]:
    verbs = "|".join(form for forms in ru.VERBS.values() for form in forms)
    return re.compile(rf",\s*(?:—\s*)?(?:как\s+)?(?:{verbs})(?![\wё])", re.IGNORECASE)


def _front_pp_last(phrase: str) -> str:
    """ "В Подмосковье единовременная выплата" -> "единовременная выплата в Подмосковье"."""
    match = _FRONTED_PP.match(phrase)
    if not match:
        return phrase
    pp = match.group("pp")
    return f"{phrase[match.end() :]} {pp[0].lower()}{pp[1:]}"


def _swap_pp(previous: str, pp: str) -> str:
    """The previous subject with its trailing phrase of the same preposition replaced."""
    prep = pp.split()[0].lower()
    trailing = re.search(rf"\s+{prep}\s+[\wё-]+(?:\s+[\wё-]+)?\s*$", previous, re.IGNORECASE)
    base = previous[: trailing.start()] if trailing else previous
    return _tidy(f"{base} {pp}")


def _tidy(phrase: str) -> str:
    words = phrase.replace(" ,", ",").split()
    while words and (words[-1].lower() in ru.SUBJECT_NOISE or words[-1] in ",—–"):
        words.pop()
    return " ".join(words[:_MAX_WORDS]).strip(" ,")
