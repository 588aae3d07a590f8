"""Word lists for reading numbers, and the contexts that make a number something other than a claim.

Plain data only: ``claimledger.extract.numbers`` and ``components/quantities.py`` compile and
apply them. Lists are lower case; matching is case-insensitive.
"""

from __future__ import annotations

UNITS: dict[str, int] = {
    "zero": 0,
    "nought": 0,
    "naught": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}

TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

# Multipliers spelled out. "hundred" is kept apart because it multiplies within a group.
SCALES: dict[str, float] = {
    "thousand": 1e3,
    "lakh": 1e5,
    "million": 1e6,
    "crore": 1e7,
    "billion": 1e9,
    "trillion": 1e12,
    # Russian: reports quote Russian sources, and some are written in Russian.
    "тысяча": 1e3,
    "тысячи": 1e3,
    "тысяч": 1e3,
    "миллион": 1e6,
    "миллиона": 1e6,
    "миллионов": 1e6,
    "миллиард": 1e9,
    "миллиарда": 1e9,
    "миллиардов": 1e9,
    "триллион": 1e12,
    "триллиона": 1e12,
    "триллионов": 1e12,
}

# Abbreviated multipliers, glued to digits ("100bn", "$2.5m", "10k") or after a space.
SCALE_SUFFIXES: dict[str, float] = {
    "k": 1e3,
    "m": 1e6,
    "mm": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "t": 1e12,
    "tn": 1e12,
    "tln": 1e12,
    "trn": 1e12,
    # Russian abbreviations, common in the Russian-language sources reports quote.
    "тыс": 1e3,
    "млн": 1e6,
    "млрд": 1e9,
    "трлн": 1e12,
}
# Only these may stand after a space: "5 m" is more often metres than millions.
SPACED_SCALE_SUFFIXES = (
    "mn",
    "mln",
    "bn",
    "bln",
    "tn",
    "tln",
    "trn",
    "k",
    "тыс",
    "млн",
    "млрд",
    "трлн",
)

DOZEN_WORDS = ("dozen", "dozs", "dzs")

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "thousandth": 1000,
    "millionth": 1_000_000,
    "billionth": 1_000_000_000,
    "trillionth": 1_000_000_000_000,
}

# Denominators that are not ordinals ("a half", "three quarters").
DENOMINATORS: dict[str, int] = {
    "half": 2,
    "halves": 2,
    "quarter": 4,
    "quarters": 4,
    # Russian: "примерно половина" (about half), "более трети" (over a third).
    "половина": 2,
    "половины": 2,
    "половину": 2,
    "треть": 3,
    "трети": 3,
    "четверть": 4,
    "четверти": 4,
}
# Russian words before "половина"/"четверть" that make it a part of a year ("первая половина").
RUSSIAN_PERIOD_WORDS = (
    "первая", "первой", "первую", "вторая", "второй", "вторую", "третья", "третьей",
    "третью", "четвертая", "четвертой", "четвертую", "последняя", "последней", "последнюю",
)  # fmt: skip

# Single-character fractions ("½"); their values come from the Unicode database.
VULGAR_FRACTIONS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒"

# "3/4" is a fraction; "68/262" is a reference. Fractions in reports stop at sixteenths.
MAX_SLASH_DENOMINATOR = 16

# Words before "3/5" that make it a month/day date, not a fraction.
DATE_LEADS = ("on", "since", "until", "till", "by", "as of", "dated", "from")

NEGATIVE_WORDS = ("minus", "negative")

# Vague amounts: they are numbers of a sort but carry no value ("dozens", "hundreds of").
VAGUE_WORDS = ("dozens", "hundreds", "thousands", "millions", "billions", "tens")

PERCENT_WORDS = ("percent", "per cent", "percents", "percentage", "pct", "%")
RUSSIAN_PERCENT_WORDS = ("процентов", "процента", "процент", "проц.")
# "percentage points" measure a change in a share; they are still read as percent.
PERCENT_POINT_WORDS = ("percentage points", "percentage point", "points", "pp", "p.p.")

# Separators that link a numerator and a denominator into a share: "one in five".
SHARE_LINKS = ("in", "in every", "out of", "out of every", "of every", "over")
# "over" joins a share only after "one" ("one over three"); "5 over 10 years" is not a share.
SHARE_LINKS_AFTER_ONE = ("over",)

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)

# Years are 4-digit integers in this window (calibrated on reports 1900-2030; wider for history).
YEAR_MIN = 1800
YEAR_MAX = 2100

TIME_UNITS = (
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "fortnight",
    "fortnights",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
    "yr",
    "yrs",
    "hr",
    "hrs",
    "лет",
    "год",
    "года",
    "годам",
    "дней",
    "дня",
    "день",
    "месяцев",
    "месяца",
    "месяц",
    "недель",
    "недели",
    "часов",
)

# Words before a number that make it a legal reference (kind "law_number": "Article 328").
LAW_PREFIXES = (
    "article",
    "articles",
    "art.",
    "section",
    "sections",
    "sec.",
    "§",
    "part",
    "paragraph",
    "para.",
    "clause",
    "chapter",
    "resolution",
    "decree",
    "order",
    "law",
    "bill",
    "act",
    "directive",
    "regulation",
    "protocol",
    "convention",
    "annex",
    "статья",
    "статьи",
    "статьей",
    "закон",
    "указ",
    "постановление",
)

# Words before a number that make it a reference, not an amount ("No. 260-FZ", "page 12"):
# the legal prefixes above plus pages, units, routes and the like. Words that often stand
# before an amount too ("at one point 300 ...", "in this case 40 ...") are left out on purpose.
IDENTIFIER_PREFIXES = (
    "doi:",
    "doi",
    "isbn",
    "issn",
    "no.",
    "no",
    "nos.",
    "#",
    "item",
    "page",
    "pages",
    "p.",
    "pp.",
    "vol.",
    "volume",
    "issue",
    "brigade",
    "regiment",
    "division",
    "battalion",
    "corps",
    "district",
    "route",
    "highway",
    "flight",
    "platform",
    "version",
    "category",
    "phase",
    "stage",
    "round",
    "appendix",
    "table",
    "figure",
    "fig.",
    "footnote",
    "note",
    "ref.",
    "kilometre",
    "kilometer",
    "km",
    *LAW_PREFIXES,
)

# Suffixes glued to a number that make it a legal reference ("260-FZ", "№ 5-ФКЗ").
IDENTIFIER_SUFFIXES = ("fz", "фз", "fkz", "фкз", "kz", "r", "rp", "u", "у", "ukaz")

AGE_PREFIXES = (
    "aged",
    "ages",
    "age",
    "age of",
    "ages of",
    "the age of",
    "the ages of",
    "between the ages of",
    "at the age of",
    "under the age of",
    "over the age of",
    "older than",
    "younger than",
)
# People described by an age bound: "children under 14", "men over 60".
AGE_NOUNS = (
    "children",
    "child",
    "minors",
    "boys",
    "girls",
    "men",
    "women",
    "youths",
    "teenagers",
    "adults",
    "persons",
    "people",
    "those",
    "anyone",
    "citizens",
    "conscripts",
    "pensioners",
    "kids",
)
# Bounds between an age prefix and the age: "aged over 60", "aged between 18 and 30".
AGE_PREFIX_BOUNDS = (
    "between",
    "from",
    "over",
    "under",
    "above",
    "below",
    "at least",
    "more than",
    "less than",
    "up to",
    "older than",
    "younger than",
)
AGE_BOUNDS = ("under", "over", "below", "above", "older than", "younger than", "aged under")

# "said Oleksandr, 34, who fled": a small number between commas after a name is an age when
# one of these words follows it.
AGE_APPOSITION_FOLLOWERS = (
    "who", "a", "an", "the", "said", "says", "told", "tells", "from", "was", "is", "had", "has",
    "recalled", "explained", "added", "remembers", "recalls", "lives", "works", "fled",
)  # fmt: skip
# Pronouns after "one of" that make "one" a count of a group already named ("One of them").
ONE_OF_GROUP = ("them", "those", "these", "us", "whom")

AGE_SUFFIXES = ("year-old", "year-olds", "years old", "years of age", "-year-old", "-year-olds")

# A small written-out number after a preposition and a definite determiner points back at
# things already named ("in the three oblasts", "across all four regions"), as does one after
# "all" anywhere ("all three men were freed"): not a new claim.
BACK_REFERENCE_PREPOSITIONS = (
    "in", "of", "across", "from", "among", "between", "for", "to", "at", "on", "throughout",
    "within", "into", "by", "with", "over", "under", "around", "outside", "inside", "beyond",
)  # fmt: skip
BACK_REFERENCE_DETERMINERS = ("the", "these", "those", "all", "all the", "all of the")
BACK_REFERENCE_MAX = 10

# "within 10 working days": words between a number and its time unit.
TIME_UNIT_ADJECTIVES = ("working", "business", "calendar", "consecutive", "full")

# A lone "one" after these is no count ("every one of them", "no one").
NOT_COUNTED_BEFORE_ONE = frozenset(["every", "each", "no", "any", "some"])

# Units of measure: a number followed by one is a measurement, not a count of people or money.
MEASURE_UNITS = (
    "km²",
    "km2",
    "m²",
    "sq km",
    "sq. km",
    "km",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "miles",
    "mile",
    "metres",
    "meters",
    "metre",
    "meter",
    "m2",
    "sq",
    "square",
    "hectares",
    "hectare",
    "ha",
    "acres",
    "kg",
    "kilograms",
    "kilogrammes",
    "tonnes",
    "tons",
    "tonne",
    "ton",
    "grams",
    "g",
    "litres",
    "liters",
    "mm",
    "cm",
    "degrees",
    "°c",
    "°f",
    "°",
    "mph",
    "km/h",
    "kmh",
    "gb",
    "mb",
    "mw",
    "kw",
    "gw",
    "kwh",
    "barrels",
    "bpd",
)

# A list marker is a small number at the start of a line followed by one of these ("1. ", "2) ").
LIST_MARKER_MAX = 50

# Words after a number that make it a multiplier or a score, not a count.
RATIO_SUFFIXES = ("times", "fold", "-fold", "x")

# Words after "first/second ..." that make "half"/"quarter" a part of a year, not a share.
PERIOD_PARTS = ("half", "quarter")

# Nouns that follow a year-like number and show it is a count after all ("2000 people").
# Kept small on purpose: most 4-digit numbers between 1800 and 2100 in reports are years.
COUNT_AFTER_YEARLIKE = (
    "people",
    "persons",
    "migrants",
    "refugees",
    "soldiers",
    "troops",
    "children",
    "men",
    "women",
    "workers",
    "residents",
    "civilians",
    "families",
    "households",
    "cases",
    "deaths",
    "casualties",
    "prisoners",
    "detainees",
    "recruits",
    "servicemen",
    "personnel",
    "fighters",
    "citizens",
    "individuals",
    "applications",
    "arrests",
)
