"""Word lists and patterns for the subject frames: label lines, tables, change figures, the
sentence's own subject as a fallback. Applied by ``components/subject_frames.py``.
"""

from __future__ import annotations

import re

# Where the sentence proper begins. A bullet or numbered item; a bold run-in head without
# digits ("**Appeal.**", "**Moscow:**"); a dateline in capitals or with a date/agency
# ("GENEVA - ", "Moscow, Oct 16 (Reuters) - ").
BULLET = re.compile(r"\s*(?:[-*•·]|\d{1,2}[.)])\s+(?=\S)")
RUN_IN_HEAD = re.compile(r"\s*(?:\*\*|__)[^\d*_]{1,60}?(?:[.:](?:\*\*|__)|(?:\*\*|__)[.:])\s*")
DATELINE = re.compile(
    r"\s*(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
    r"|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}(?=,\s*[A-Z][a-z]{2,8}\.?\s+\d|\s*\())"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s*\([^()]{2,40}\))?"
    r"\s*(?:-{1,2}|–|—)\s+(?=\S)"
)

# "IDPs: 3.7 million", "- Returnees – 4.4 million", "| Poland | 995,000 |" (text before the figure).
LABEL_LINE = re.compile(
    r"\s*([A-Za-z][^:|\d]{0,84}?)\s*(?:\*\*|__)?\s*(?::|–|—|\s-)\s*(?:\*\*|__)?\s*$"
)
TABLE_SEPARATOR = re.compile(r"\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")

# Acronyms a report expects its readers to know; a subject that is only one is written out.
ACRONYMS = {
    "idps": "internally displaced people",
    "idp": "internally displaced people",
    "pwd": "people with disabilities",
    "pwds": "people with disabilities",
    "uasc": "unaccompanied and separated children",
}

# Nouns and words that make a figure a change, and the noun the subject then uses.
# fmt: off
CHANGE_NOUNS = frozenset(
    [
        "increase", "decrease", "rise", "fall", "drop", "decline", "reduction", "growth",
        "jump", "gain", "loss", "cut", "surge", "slump", "contraction", "shortfall",
    ]
)
UP_WORDS = frozenset(
    [
        "up", "more", "higher", "greater", "larger", "rise", "rose", "risen", "rises", "grow",
        "grew", "grown", "grows", "increase", "increased", "increases", "climb", "climbed",
        "jump", "jumped", "gain", "gained", "surge", "surged",
    ]
)
DOWN_WORDS = frozenset(
    [
        "down", "fewer", "less", "lower", "smaller", "fall", "fell", "fallen", "falls",
        "decline", "declined", "declines", "drop", "dropped", "drops", "shrink", "shrank",
        "shrunk", "shrinks", "decrease", "decreased", "decreases", "slip", "slipped",
        "slide", "slid", "sink", "sank", "plunge", "plunged", "contract", "contracted",
    ]
)
# fmt: on
CHANGE_VERBS = (UP_WORDS | DOWN_WORDS) - {
    "up",
    "down",
    "more",
    "fewer",
    "less",
    "higher",
    "lower",
    "greater",
    "larger",
    "smaller",
}  # fmt: skip

# "hit a record low of 2.3%", "peaked at", "a total of": the figure is the level of the subject.
LEVEL_FRAME = re.compile(
    r"\b(?:an?|the)\s+(?:(?:new|record|all-time|historic|multi-year)\s+)*"
    r"(?:high|low|peak|total|level|maximum|minimum|record)\s+(?:of\s+)?$"
    r"|\b(?:an?\s+)?record\s+$",
    re.IGNORECASE,
)

# Verbs whose subject is the payer or earner: the money subject names the payment instead.
PAYMENT_NOUNS = {
    "pays": "payment", "paid": "payment", "pay": "payment", "spent": "spending",
    "spends": "spending", "spend": "spending", "earned": "earnings", "earns": "earnings",
    "allocated": "allocation", "allocates": "allocation", "pledged": "pledge",
    "pledges": "pledge", "donated": "donation", "donates": "donation",
    "invested": "investment", "invests": "investment", "transferred": "transfer",
    "transfers": "transfer", "charged": "charge", "charges": "charge", "owes": "debt",
    "owed": "debt", "seeks": "appeal", "sought": "appeal", "requested": "request",
    "requests": "request", "cost": "cost", "costs": "cost", "donating": "donation",
    "paying": "payment", "spending": "spending", "transferring": "transfer",
    "investing": "investment", "pledging": "pledge", "contributed": "contribution",
    "contributes": "contribution", "requires": "requirement", "required": "requirement",
    "require": "requirement",
}  # fmt: skip

# Words that end a subject read leftwards from its verb, besides the listed verbs.
# fmt: off
SUBJECT_STOPS = frozenset(
    [
        "say", "says", "said", "tell", "tells", "told", "report", "reports", "reported",
        "estimate", "estimates", "estimated", "expect", "expects", "expected", "believe",
        "believes", "believed", "think", "thinks", "predict", "predicts", "predicted",
        "forecast", "forecasts", "project", "projects", "warn", "warns", "warned", "note",
        "notes", "noted", "claim", "claims", "claimed", "argue", "argues", "argued", "show",
        "shows", "showed", "found", "finds", "suggest", "suggests", "suggested", "added",
        "according", "that", "which", "who", "whom", "where", "when", "while", "whereas",
        "because", "if", "although", "though", "but", "so",
    ]
)
# fmt: on

# Auxiliaries, modals and raising verbs between a subject and its main verb
# ("are projected to fall to", "is set to decline by", "could widen to").
# fmt: off
VERB_GROUP = frozenset(
    [
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
        "would", "shall", "should", "can", "could", "may", "might", "must", "to", "set",
        "due", "expected", "projected", "forecast", "predicted", "likely", "unlikely",
        "going", "about", "poised", "not", "also", "now", "still", "already", "then",
        "further", "again", "nonetheless", "however", "meanwhile", "currently", "thus",
    ]
)
# fmt: on

# Sentence adverbs that are not part of a subject ("Remittances nonetheless rose").
# fmt: off
DISCOURSE = frozenset(
    [
        "nonetheless", "nevertheless", "however", "meanwhile", "separately", "additionally",
        "moreover", "still", "also", "currently", "now", "thus", "therefore", "overall",
        "together", "combined", "alone",
    ]
)
# fmt: on

# Nouns for people: "62 per cent of them" means people, not the places named since.
PERSON_SUFFIXES = ("ers", "ants", "ents", "ees", "ists", "ians", "ans", "ors", "ives")
# fmt: off
PERSON_NOUNS = frozenset(
    [
        "people", "persons", "men", "women", "children", "families", "households", "idps",
        "refugees", "migrants", "citizens", "residents", "civilians", "recruits", "soldiers",
        "conscripts", "prisoners", "detainees", "respondents", "adults", "minors", "youths",
        "returnees", "asylum-seekers", "seekers", "nationals", "individuals", "victims",
        "staff", "personnel", "troops", "volunteers", "mercenaries", "foreigners", "boys",
        "girls", "parents", "patients", "students", "applicants", "clients", "relatives",
        "evacuees", "deportees", "ukrainians", "russians", "uzbeks", "tajiks", "kyrgyz",
    ]
)
# fmt: on

# A trailing time or duration phrase is no part of what is counted ("for three days",
# "in the weeks before he fled", "so far", "this year").
TIME_TAIL = re.compile(
    r"(?:^|\s+)(?:(?:for|over|during|within)\s+(?:(?:the|a|an|about|some|more|than|at|least|nearly)\s+)*"
    r"(?:\w+\s+)?(?:days?|weeks?|months?|years?|hours?|decades?)\b.*"
    r"|in\s+the\s+(?:(?:first|last|past|next|following)\s+)?(?:\w+\s+)?(?:days?|weeks?|months?|years?)\b.*"
    r"|in\s+(?:the\s+)?(?:first|second|third|fourth|last|past|next|coming)\s+"
    r"(?:\w+\s+)?(?:half|quarter|days?|weeks?|months?|years?|decade)\b.*"
    r"|so\s+far|to\s+date|this\s+(?:year|month|week)|last\s+(?:year|month|week))$",
    re.IGNORECASE,
)
# "61 per cent said they were considering leaving": what was said is the subject, not the saying.
REPORTED_CONTENT = re.compile(
    r"\b(?:said|say|says|told|tell|tells|reported|report|reports)\b"
    r"(?:\s+(?:the\s+|their\s+|its\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*){0,3})??"
    r"\s+(?:that\s+)?(?:they|he|she|it|we)\s+(?:(?:had|have|has|were|are|was|would|will|themselves|been)\s+)*",
)
# "have been detained" -> "detained": auxiliaries inside a continuation add nothing.
AUX_BEFORE_PARTICIPLE = re.compile(
    r"\b(?:have|has|had|are|is|were|was)\s+(?:(?:been|being|now|since|also|not)\s+)*(?=\w+(?:ed|en|wn|ne)\b)",
    re.IGNORECASE,
)

# Verb forms that are plural nouns right before "of" ("rent increases of up to 30 percent").
# fmt: off
PLURAL_NOUN_VERBS = frozenset(
    [
        "increases", "decreases", "rises", "falls", "drops", "declines", "costs", "pays",
        "holds", "flows", "transfers", "returns", "arrivals", "outflows", "inflows", "exports",
        "imports", "sales", "payments", "claims",
    ]
)
# fmt: on

# Nouns naming a difference between two levels ("the gap could widen to 3.1 million").
GAP_NOUNS = frozenset(["gap", "shortage", "deficit", "surplus", "difference", "shortfall"])

# Words that open an introductory phrase ending in a comma ("Since the attack, ...").
# fmt: off
INTRO_WORDS = frozenset(
    [
        "since", "after", "before", "despite", "following", "amid", "according", "as",
        "by", "in", "during", "over", "under", "unlike", "like", "with", "without", "last",
        "this", "earlier", "meanwhile", "however", "separately", "still", "yet",
    ]
)
# fmt: on

# "a month", "per year", "monthly" after a payment: the adjective the subject takes.
RATES = {
    "month": "monthly", "monthly": "monthly", "year": "annual", "annually": "annual",
    "yearly": "annual", "week": "weekly", "weekly": "weekly", "day": "daily", "daily": "daily",
}  # fmt: skip

# "partners delivered food assistance to 2.1 million people": the people received it.
RECIPIENT_VERBS = r"(?:delivered|provided|distributed|gave|given|brought|extended|offered)"
