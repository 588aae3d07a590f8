"""Currencies: every surface form maps to an ISO 4217 code and a display name.

The display names follow Recognizers-Text's English unit names ("Dollar", "Euro", "Pound"), so
the conformance runner can compare them; the ledger itself only stores the ISO code. A bare
``$`` is read as US dollars, as in the reports this tool reads (calibrated on the dev set, where
every ``$`` figure is a USD conversion).
"""

from __future__ import annotations

Currency = tuple[str, str]  # (ISO 4217 code, display name)

# Symbols: matched without word boundaries, before or after the number ("$63", "100 ₽").
SYMBOLS: dict[str, Currency] = {
    "us$": ("USD", "United States dollar"),
    "u.s.$": ("USD", "United States dollar"),
    "u.s $": ("USD", "United States dollar"),
    "usd$": ("USD", "United States dollar"),
    "c$": ("CAD", "Canadian dollar"),
    "c $": ("CAD", "Canadian dollar"),
    "cad$": ("CAD", "Canadian dollar"),
    "a$": ("AUD", "Australian dollar"),
    "aud$": ("AUD", "Australian dollar"),
    "$": ("USD", "Dollar"),
    "€": ("EUR", "Euro"),
    "£": ("GBP", "Pound"),
    "₽": ("RUB", "Russian ruble"),
    "₴": ("UAH", "Ukrainian hryvnia"),
    "₸": ("KZT", "Kazakhstani tenge"),
    "¥": ("JPY", "Japanese yen"),
    "₹": ("INR", "Indian rupee"),
    "₺": ("TRY", "Turkish lira"),
    "₾": ("GEL", "Georgian lari"),
    "₡": ("CRC", "Costa Rican colón"),
    "₭": ("LAK", "Lao kip"),
    "ரூ": ("LKR", "Sri Lankan rupee"),
    "₼": ("AZN", "Azerbaijani manat"),
    "֏": ("AMD", "Armenian dram"),
    "₩": ("KRW", "South Korean won"),
    "₿": ("BTC", "Bitcoin"),
}

# ISO codes and abbreviations: whole words, before or after the number, glued or spaced
# ("USD 5m", "USD115", "115USD", "5,000 руб").
CODES: dict[str, Currency] = {
    "usd": ("USD", "United States dollar"),
    "eur": ("EUR", "Euro"),
    "gbp": ("GBP", "British pound"),
    "rub": ("RUB", "Russian ruble"),
    "rur": ("RUB", "Russian ruble"),
    "руб": ("RUB", "Russian ruble"),
    "руб.": ("RUB", "Russian ruble"),
    "rbl": ("RUB", "Russian ruble"),
    "rbs": ("RUB", "Russian ruble"),
    "rbls": ("RUB", "Russian ruble"),
    "uah": ("UAH", "Ukrainian hryvnia"),
    "грн": ("UAH", "Ukrainian hryvnia"),
    "kzt": ("KZT", "Kazakhstani tenge"),
    "uzs": ("UZS", "Uzbekistani som"),
    "tjs": ("TJS", "Tajikistani somoni"),
    "kgs": ("KGS", "Kyrgyzstani som"),
    "byn": ("BYN", "Belarusian ruble"),
    "azn": ("AZN", "Azerbaijani manat"),
    "amd": ("AMD", "Armenian dram"),
    "gel": ("GEL", "Georgian lari"),
    "mdl": ("MDL", "Moldovan leu"),
    "try": ("TRY", "Turkish lira"),
    "cny": ("CNY", "Chinese yuan"),
    "rmb": ("CNY", "Chinese yuan"),
    "jpy": ("JPY", "Japanese yen"),
    "chf": ("CHF", "Swiss franc"),
    "cad": ("CAD", "Canadian dollar"),
    "aud": ("AUD", "Australian dollar"),
    "inr": ("INR", "Indian rupee"),
    "pln": ("PLN", "Polish zloty"),
    "sek": ("SEK", "Swedish krona"),
    "nok": ("NOK", "Norwegian krone"),
    "btc": ("BTC", "Bitcoin"),
    "rs": ("INR", "Rupee"),
    "rs.": ("INR", "Rupee"),
}

# Codes prefixed by M for millions, as in finance tables ("30 MUSD").
MILLION_CODE_PREFIX = "m"

# Currency words: whole words, mostly after the number ("3 million rubles"), sometimes before it
# ("dollar 22.5 million"). Longer forms are tried first, so "us dollars" beats "dollars".
WORDS: dict[str, Currency] = {
    "us dollars": ("USD", "United States dollar"),
    "us dollar": ("USD", "United States dollar"),
    "u.s. dollars": ("USD", "United States dollar"),
    "u.s. dollar": ("USD", "United States dollar"),
    "american dollars": ("USD", "United States dollar"),
    "canadian dollars": ("CAD", "Canadian dollar"),
    "canadian dollar": ("CAD", "Canadian dollar"),
    "australian dollars": ("AUD", "Australian dollar"),
    "australian dollar": ("AUD", "Australian dollar"),
    "dollars": ("USD", "Dollar"),
    "dollar": ("USD", "Dollar"),
    "euros": ("EUR", "Euro"),
    "euro": ("EUR", "Euro"),
    "british pounds": ("GBP", "British pound"),
    "pounds sterling": ("GBP", "British pound"),
    "pound sterling": ("GBP", "British pound"),
    "sterling": ("GBP", "British pound"),
    "pounds": ("GBP", "Pound"),
    "pound": ("GBP", "Pound"),
    "rubles": ("RUB", "Russian ruble"),
    "ruble": ("RUB", "Russian ruble"),
    "roubles": ("RUB", "Russian ruble"),
    "rouble": ("RUB", "Russian ruble"),
    "russian rubles": ("RUB", "Russian ruble"),
    "russian roubles": ("RUB", "Russian ruble"),
    "рублей": ("RUB", "Russian ruble"),
    "рубля": ("RUB", "Russian ruble"),
    "рубль": ("RUB", "Russian ruble"),
    "belarusian rubles": ("BYN", "Belarusian ruble"),
    "belarusian roubles": ("BYN", "Belarusian ruble"),
    "hryvnias": ("UAH", "Ukrainian hryvnia"),
    "hryvnia": ("UAH", "Ukrainian hryvnia"),
    "hryvnas": ("UAH", "Ukrainian hryvnia"),
    "hryvna": ("UAH", "Ukrainian hryvnia"),
    "hryvnya": ("UAH", "Ukrainian hryvnia"),
    "hryvnyas": ("UAH", "Ukrainian hryvnia"),
    "гривен": ("UAH", "Ukrainian hryvnia"),
    "tenge": ("KZT", "Kazakhstani tenge"),
    "тенге": ("KZT", "Kazakhstani tenge"),
    "uzbek soums": ("UZS", "Uzbekistani som"),
    "uzbek sums": ("UZS", "Uzbekistani som"),
    "soums": ("UZS", "Uzbekistani som"),
    "soum": ("UZS", "Uzbekistani som"),
    "sums": ("UZS", "Uzbekistani som"),
    "сумов": ("UZS", "Uzbekistani som"),
    "somoni": ("TJS", "Tajikistani somoni"),
    "somonis": ("TJS", "Tajikistani somoni"),
    "сомони": ("TJS", "Tajikistani somoni"),
    "kyrgyz soms": ("KGS", "Kyrgyzstani som"),
    "kyrgyz som": ("KGS", "Kyrgyzstani som"),
    "soms": ("KGS", "Kyrgyzstani som"),
    "som": ("KGS", "Kyrgyzstani som"),
    "сомов": ("KGS", "Kyrgyzstani som"),
    "manats": ("AZN", "Azerbaijani manat"),
    "manat": ("AZN", "Azerbaijani manat"),
    "drams": ("AMD", "Armenian dram"),
    "lari": ("GEL", "Georgian lari"),
    "lei": ("MDL", "Moldovan leu"),
    "zlotys": ("PLN", "Polish zloty"),
    "zloty": ("PLN", "Polish zloty"),
    "turkish lira": ("TRY", "Turkish lira"),
    "turkish liras": ("TRY", "Turkish lira"),
    "lira": ("TRY", "Turkish lira"),
    "chinese yuan": ("CNY", "Chinese yuan"),
    "yuan": ("CNY", "Chinese yuan"),
    "renminbi": ("CNY", "Chinese yuan"),
    "kuai": ("CNY", "Chinese yuan"),
    "japanese yen": ("JPY", "Japanese yen"),
    "yen": ("JPY", "Japanese yen"),
    "swiss francs": ("CHF", "Swiss franc"),
    "swiss franc": ("CHF", "Swiss franc"),
    "francs": ("FRF", "Franc"),
    "franc": ("FRF", "Franc"),
    "finnish markka": ("FIM", "Finnish markka"),
    "markka": ("FIM", "Finnish markka"),
    "dutch guilders": ("NLG", "Netherlands guilder"),
    "guilders": ("NLG", "Netherlands guilder"),
    "pesetas": ("ESP", "Peseta"),
    "peseta": ("ESP", "Peseta"),
    "nepalese rupees": ("NPR", "Nepalese rupee"),
    "nepali rupees": ("NPR", "Nepalese rupee"),
    "pakistani rupees": ("PKR", "Pakistani rupee"),
    "sri lankan rupees": ("LKR", "Sri Lankan rupee"),
    "indian rupees": ("INR", "Indian rupee"),
    "naira": ("NGN", "Nigerian naira"),
    "nairas": ("NGN", "Nigerian naira"),
    "cedis": ("GHS", "Ghanaian cedi"),
    "cedi": ("GHS", "Ghanaian cedi"),
    "kenyan shillings": ("KES", "Kenyan shilling"),
    "ugandan shillings": ("UGX", "Ugandan shilling"),
    "birr": ("ETB", "Ethiopian birr"),
    "egyptian pounds": ("EGP", "Egyptian pound"),
    "taka": ("BDT", "Bangladeshi taka"),
    "rand": ("ZAR", "South African rand"),
    "cuban pesos": ("CUP", "Cuban peso"),
    "afghanis": ("AFN", "Afghan afghani"),
    "afghani": ("AFN", "Afghan afghani"),
    "rials": ("IRR", "Iranian rial"),
    "lakh rupees": ("INR", "Rupee"),
    "rupees": ("INR", "Rupee"),
    "rupee": ("INR", "Rupee"),
    "bitcoins": ("BTC", "Bitcoin"),
    "bitcoin": ("BTC", "Bitcoin"),
}

# Minor units: the figure is in hundredths of the main unit.
MINOR_UNITS: dict[str, tuple[str, str, float]] = {
    "cents": ("USD", "Cent", 0.01),
    "cent": ("USD", "Cent", 0.01),
    "pence": ("GBP", "Pence", 0.01),
    "penny": ("GBP", "Penny", 0.01),
    "kopecks": ("RUB", "Kopek", 0.01),
    "kopeks": ("RUB", "Kopek", 0.01),
    "kopeck": ("RUB", "Kopek", 0.01),
    "sen": ("JPY", "Sen", 0.01),
}

# Words that may come before the number ("dollar 22.5 million"); most only follow it.
WORDS_BEFORE = ("dollar", "dollars", "euro", "euros", "sen")

# Abbreviations read only before a number: "Hr 2.2 trillion" is hryvnias, "24 hr" is hours.
PREFIX_ONLY: dict[str, Currency] = {
    "hr": ("UAH", "Ukrainian hryvnia"),
    "hrn": ("UAH", "Ukrainian hryvnia"),
    "hrv": ("UAH", "Ukrainian hryvnia"),
    "tk": ("BDT", "Bangladeshi taka"),
}

# Currency ellipsis: a bare scaled figure ("it is 3 million") after a money figure takes its
# currency when one of these cues links the two: "1.9 million rubles, while in Belgorod it is
# 3 million", "1 million rubles plus a further 500 thousand", "the same line stands at 10.8
# trillion". The cue stands between the two figures, or before the bare one in its sentence
# when the money figure ended the previous sentence.
ELLIPSIS_CUES = (
    "while", "whereas", "plus", "further", "another", "additional", "extra", "same",
    "compared", "versus", "vs", "against", "up from", "down from", "from", "than", "it is",
    "it was", "it stood", "it stands", "it rose", "it fell", "stands at", "stood at",
    "that figure", "the figure", "this figure", "the amount", "the sum", "the total",
)  # fmt: skip
# Words that may follow the bare figure; any other word is what it counts ("3 million men").
ELLIPSIS_FOLLOWERS = (
    "a", "an", "the", "to", "for", "in", "on", "at", "by", "from", "with", "and", "or", "but",
    "while", "whereas", "than", "this", "that", "last", "next", "per", "each", "every", "now",
    "then", "before", "after", "earlier", "later", "ago", "respectively", "instead", "only",
    "year", "years", "month", "months", "annually", "monthly", "since", "until", "under",
)  # fmt: skip
# The bare figure is within this factor of the money figure, either way.
ELLIPSIS_RATIO = 1000.0
