"""Word lists for Russian-language sentences: attribution, hedging, dates and subject frames.

The English context layer reads English cue words only; a sentence written in Cyrillic is read
with these lists instead (``extract/components/russian.py``). Verb forms are given as stems
with their endings so that one alternation covers gender, number and tense ("сообщил",
"сообщила", "сообщили", "сообщает"). Plain data; the component compiles it.
"""

from __future__ import annotations

# Reporting verbs by the hedge they signal (SCHEMA.md precedence), as regex alternatives.
# fmt: off
VERBS: dict[str, tuple[str, ...]] = {
    "claimed": (
        r"утвержда(?:ет|ют|л[аио]?)", r"заверя(?:ет|ют|л[аио]?)", r"настаива(?:ет|ют|л[аио]?)",
    ),
    "estimated": (
        r"оценива(?:ет|ют|л[аио]?)", r"оценил[аио]?", r"подсчита(?:ли|ла|ло|л)",
        r"посчита(?:ли|ла|ло|л)", r"рассчита(?:ли|ла|ло|л)", r"полага(?:ет|ют|л[аио]?)",
        r"прогнозиру(?:ет|ют)", r"прогнозирова(?:ли|ла|ло|л)",
    ),
    "reported": (
        r"сообщ(?:ил[аио]?|ает|ают|ается|алось)", r"заяв(?:ил[аио]?|ляет|ляют)",
        r"рассказ(?:ал[аио]?|ывает|ывают)", r"отмет(?:ил[аио]?)", r"отмеча(?:ет|ют)",
        r"подчеркн(?:ул[аио]?)", r"подчеркива(?:ет|ют)", r"уточн(?:ил[аио]?|яет|яют)",
        r"сказал[аио]?", r"говор(?:ит|ят|ил[аио]?)", r"пи(?:шет|шут)", r"написал[аио]?",
        r"переда(?:ет|ёт|ют)", r"указ(?:ал[аио]?|ывает|ывают)", r"добавил[аио]?",
        r"призна(?:л[аио]?|ет|ют)", r"объяв(?:ил[аио]?|ляет|ляют)", r"подтверд(?:ил[аио]?)",
        r"подтвержда(?:ет|ют)", r"выясни(?:ли|ла|ло|л)", r"подсчитал[аио]? журналисты",
        r"насчита(?:ли|ла|ло|л)", r"зафиксирова(?:ли|ла|ло|л)", r"установи(?:ли|ла|ло|л)",
        r"приводит данные", r"привод(?:ят|ит)",
    ),
}
# fmt: on

# "По данным X", "по словам X", "согласно данным X": the noun names the hedge, X the source.
# fmt: off
PREP_NOUNS: dict[str, str] = {
    "данным": "reported", "словам": "reported", "сведениям": "reported",
    "информации": "reported", "сообщению": "reported", "заявлению": "reported",
    "подсчетам": "estimated", "подсчётам": "estimated", "оценкам": "estimated",
    "оценке": "estimated", "расчетам": "estimated", "расчётам": "estimated",
    "прогнозу": "estimated", "прогнозам": "estimated", "мнению": "estimated",
}
# fmt: on

# Hedging words that are not reporting verbs.
# fmt: off
HEDGE_WORDS: dict[str, tuple[str, ...]] = {
    "possible": (
        "может", "могут", "мог", "могла", "могло", "могли", "возможно", "не исключено",
        "предположительно",
    ),
    "likely": ("вероятно", "скорее всего", "по всей видимости", "видимо", "очевидно"),
    "claimed": ("якобы", "будто бы"),
    "estimated": ("ориентировочно", "по оценкам", "по оценке"),
    "reported": ("как сообщается", "по имеющимся данным", "сообщается"),
}
# fmt: on

# Generic nouns standing for a speaker named earlier ("ведомства" -> the ministry named before).
# fmt: off
ANAPHORIC_SPEAKERS = frozenset(
    [
        "ведомство", "ведомства", "министерство", "министерства", "агентство", "агентства",
        "организация", "организации", "служба", "службы", "управление", "управления",
        "центр", "центра", "министр", "министра",
    ]
)
# Pronouns for a speaker named earlier ("по ее словам", "он сообщил").
SPEAKER_PRONOUNS = frozenset(
    ["он", "она", "они", "его", "ее", "её", "их", "ему", "ей", "им", "оно"]
)
# fmt: on

# Words between a reporting verb and an inverted speaker ("сообщило во вторник ГУ МВД").
# fmt: off
TIME_ADVERBS = frozenset(
    [
        "вчера", "сегодня", "ранее", "накануне", "позже", "также", "тоже", "в", "во",
        "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье",
        "журналистам", "изданию", "агентству", "репортерам", "корреспонденту",
    ]
)
# fmt: on

# Weekdays in the accusative after "в"/"во", Monday = 0.
# fmt: off
WEEKDAYS: dict[str, int] = {
    "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5,
    "воскресенье": 6,
}
# Month names in the prepositional ("в марте") and genitive ("20 марта", "марта 2024 года").
MONTHS: dict[str, int] = {
    "январе": 1, "января": 1, "феврале": 2, "февраля": 2, "марте": 3, "марта": 3,
    "апреле": 4, "апреля": 4, "мае": 5, "мая": 5, "июне": 6, "июня": 6, "июле": 7,
    "июля": 7, "августе": 8, "августа": 8, "сентябре": 9, "сентября": 9, "октябре": 10,
    "октября": 10, "ноябре": 11, "ноября": 11, "декабре": 12, "декабря": 12,
}
# fmt: on
# Words meaning "now": the publication date.
NOW_WORDS = ("теперь", "сейчас", "в настоящее время", "на данный момент", "на сегодняшний день")

# Verbs of being/amounting before a figure ("выплата составляет 1,2 млн рублей"): the
# noun phrase before them is what the figure measures.
# fmt: off
COPULAS = (
    r"составля(?:ет|ют|л[аио]?)", r"состав(?:ил[аио]?|ит|ят)", r"достига(?:ет|ют|л[аио]?)",
    r"достиг(?:ла|ло|ли)?", r"превыша(?:ет|ют|л[аио]?)", r"превысил[аио]?", r"равн[аоы]?",
    r"выросл[аио]?", r"вырос", r"увеличил(?:ась|ось|ись|ся)", r"снизил(?:ась|ось|ись|ся)",
    r"сократил(?:ась|ось|ись|ся)", r"насчитыва(?:ет|ют)", r"будет", r"был[аио]?",
    r"стоит", r"стоят", r"обходится", r"обошл(?:ась|ось|ись)",
)
# fmt: on
# Words dropped from a subject noun phrase: adverbs of time and degree.
# fmt: off
SUBJECT_NOISE = frozenset(
    [
        "теперь", "сейчас", "уже", "ещё", "еще", "также", "тоже", "всего", "лишь", "только",
        "почти", "около", "примерно", "более", "менее", "свыше", "порядка", "до", "не",
        "как", "минимум", "ранее", "обычно",
    ]
)
# fmt: on
