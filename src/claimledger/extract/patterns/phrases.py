"""Word lists for finding what a figure counts (the ``subject`` of a claim).

Without a tagger, a noun phrase is read as a run of words that are none of the function words
below; a verb is recognised from the short lists here or from an "-ed" ending. Calibrated on
English reports about displacement, migration and recruitment.
"""

from __future__ import annotations

# fmt: off
FUNCTION_WORDS = frozenset(
    [
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
        "my", "your", "such", "all", "both", "each", "every", "of", "in", "on", "at", "to",
        "along", "near", "toward", "towards", "amid", "amidst", "despite", "beyond", "upon",
        "throughout", "alongside", "versus",
        "for", "from", "by", "with", "into", "onto", "over", "under", "about", "around",
        "among", "between", "through", "during", "within", "without", "against", "across",
        "after", "before", "since", "until", "than", "as", "per", "via", "like", "and", "or",
        "but", "nor", "so", "yet", "if", "while", "whereas", "although", "though", "because",
        "whether", "when", "where", "who", "whom", "whose", "which", "what", "how", "why", "is",
        "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does",
        "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "not", "no", "never", "also", "only", "just", "still", "already", "now", "then",
        "there", "here", "it", "he", "she", "they", "we", "i", "you", "them", "him", "us", "me",
        "plus", "minus",
    ]
)
# fmt: on

# Verbs and auxiliaries that end a noun phrase read left to right. Base forms that are also
# common nouns ("pay", "total", "return", "increase") are left out on purpose.
# fmt: off
VERBS = frozenset(
    [
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does",
        "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "earns", "earned", "pays", "paid", "cost", "costs", "receives", "received", "spends",
        "spent", "sends", "sent", "holds", "held", "hosts", "hosted", "accounted", "stands",
        "stood", "reaches", "reached", "reach", "exceed", "numbered",
        "totalled", "totaled", "equals", "equalled", "equaled",
        "amounted", "remains", "remained", "makes", "made", "gets", "got", "brings", "brought",
        "yielded", "allocates", "allocated", "raises", "raised", "offers", "offered", "employs",
        "employed", "rose", "rises", "fell", "falls", "grew", "grows", "dropped", "drops",
        "declined", "declines", "climbed", "jumped", "increased", "increases", "decreased",
        "doubled", "tripled", "came", "comes", "went", "goes", "led", "signed", "faced",
        "lived", "fled", "joined", "returned", "crossed", "entered", "worked", "says", "said",
        "knew", "thought", "wanted", "lost", "loses", "kept", "took", "takes", "gave", "gives",
        "exceeds", "exceeded", "surpassed", "surpasses", "topped", "remain",
        "told", "tell", "tells", "say", "intends", "wants", "hopes", "seems", "appears",
        "tends", "refuses", "decides", "tries",
    ]
)
# fmt: on

# Base forms left out of VERBS because they double as nouns; they still end a noun read
# leftwards from "of" ("offences face fines of ...").
# fmt: off
VERB_BASES = frozenset(
    ["face", "pay", "get", "receive", "offer", "earn", "cost", "charge", "need", "risk"]
)
# fmt: on

# A figure followed by one of these has no noun of its own ("10 million each year").
# fmt: off
TIME_WORDS = frozenset([
        "a", "each", "every", "per", "annually", "monthly", "daily", "weekly", "yearly",
    ])
# fmt: on
# fmt: off
TIME_UNITS = frozenset([
        "day", "days", "week", "weeks", "month", "months", "year", "years", "next", "last",
        "previous",
    ])
# fmt: on

# Words that lead into a date ("in early 2025", "the second quarter of"); a subject that
# would end on one of them is cut back.
# fmt: off
TIME_MODIFIERS = frozenset(
    [
        "early", "late", "mid", "end", "start", "beginning", "middle", "first", "second",
        "third", "fourth", "half", "quarter",
    ]
)
# fmt: on

# Comparatives after a figure: the figure is a difference, not a count of a noun.
# fmt: off
COMPARATIVES = frozenset([
        "more", "less", "fewer", "higher", "lower", "greater", "larger", "smaller", "than",
    ])
# fmt: on

# Words after a figure that add nothing to what it counts.
SKIP_AFTER = frozenset(["more", "additional", "extra", "other", "further"])

# The noun after a figure is generic: prefer the noun the figure belongs to ("resource of
# 25 million people") or add the clause's subject ("forces suffered 3,000 casualties").
# fmt: off
GENERIC_NOUNS = frozenset(
    [
        "people", "persons", "individuals", "casualties", "deaths", "victims", "cases", "times",
        "units", "items",
    ]
)
# fmt: on

# "of the total", "of that amount": the figure is part of an earlier figure.
# fmt: off
ANAPHORIC_NOUNS = frozenset(
    [
        "total", "amount", "figure", "sum", "number", "numbers", "figures", "it", "them",
        "which", "those", "this", "that",
    ]
)
# fmt: on

# Words that end the continuation of a subject after its noun phrase.
# fmt: off
CONTINUATION_STOPS = frozenset(
    [
        "and", "but", "while", "whereas", "though", "although", "because", "since", "according",
        "as", "than", "compared", "making", "bringing", "including", "amid", "despite",
        "whereby", "unlike", "nor", "yet", "however", "when", "last", "next", "previous",
        "ago", "earlier", "yesterday", "today",
    ]
)
# fmt: on

# Verbs that say who pays or gets money; kept in a money subject ("the city spent ... on").
# fmt: off
TRANSACTION_VERBS = frozenset(
    [
        "spent", "spends", "spend", "paid", "pays", "pay", "received", "receives", "earned",
        "earns", "allocated", "allocates", "pledged", "pledges", "donated", "donates",
        "provided", "provides", "transferred", "transfers", "collected", "collects",
        "invested", "invests", "owes", "owed", "charged", "charges", "offered", "offers",
        "contributed", "contributes", "requires", "required", "require",
    ]
)
# fmt: on

# Verbs that take a figure as the new level of something ("raised fines to 70,000 rubles").
# fmt: off
CHANGE_VERBS = frozenset(
    [
        "increased", "increase", "increases", "increasing", "raised", "raise", "raises",
        "raising", "brought", "bring", "brings", "bringing", "cut", "cuts", "cutting",
        "reduced", "reduce", "reduces", "reducing", "lowered", "lower", "lowers", "lifted",
        "lift", "lifts", "set", "sets", "capped", "cap", "caps", "hiked", "hike", "hikes",
        "boosted", "boost", "boosts", "doubled", "tripled", "pushed", "push", "pushes",
    ]
)
# fmt: on

# Frame nouns before "of": "a survey of 1,200 migrants" -> "migrants surveyed".
FRAME_NOUNS = {
    "survey": "surveyed", "poll": "polled", "sample": "sampled", "study": "studied",
    "census": "counted", "interviews": "interviewed", "records": "recorded",
    "registry": "registered", "register": "registered", "database": "recorded",
}  # fmt: skip

# Share words that make a percent subject read "share of ...".
SHARE_PREFIX = "share of"

# Particles and prepositions between a verb and its figure ("stood at", "brought in").
# fmt: off
VERB_PARTICLES = frozenset(
    [
        "at", "to", "for", "by", "in", "of", "up", "down", "out", "from", "closer", "close",
        "nearer", "around", "about", "some",
    ]
)
# fmt: on

# Present-tense verbs that hold, run or serve what a count names, with their participle:
# "UNHCR and partners operate 38 hubs" -> "hubs operated by UNHCR and partners".
# fmt: off
PRESENT_PARTICIPLES: dict[str, str] = {
    "host": "hosted", "hosts": "hosted", "operate": "operated", "operates": "operated",
    "run": "run", "runs": "run", "manage": "managed", "manages": "managed",
    "house": "housed", "houses": "housed", "shelter": "sheltered", "shelters": "sheltered",
    "employ": "employed", "employs": "employed", "support": "supported",
    "supports": "supported", "assist": "assisted", "assists": "assisted", "serve": "served",
    "serves": "served", "detain": "detained", "detains": "detained", "recruit": "recruited",
    "recruits": "recruited", "train": "trained", "trains": "trained", "deport": "deported",
    "deports": "deported", "register": "registered", "registers": "registered",
}
# fmt: on
