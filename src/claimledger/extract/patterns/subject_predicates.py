"""Word lists for the predicate a bare counted noun takes ("spoke to 31 people" -> "people
spoken to"): irregular participles, nouns that name an event done to the counted things,
and verbs that introduce an infinitive ("plans to conscript")."""

from __future__ import annotations

# Past tense -> past participle for common irregular verbs; base forms map too, for
# infinitives ("to hold 200 detainees" -> "detainees to be held").
# fmt: off
IRREGULAR = {
    "spoke": "spoken", "speak": "spoken", "took": "taken", "take": "taken", "wrote": "written",
    "write": "written", "gave": "given", "give": "given", "saw": "seen", "see": "seen",
    "met": "met", "meet": "met", "sent": "sent", "send": "sent", "found": "found",
    "find": "found", "held": "held", "hold": "held", "brought": "brought", "bring": "brought",
    "caught": "caught", "catch": "caught", "drew": "drawn", "draw": "drawn", "led": "led",
    "lead": "led", "sold": "sold", "sell": "sold", "paid": "paid", "pay": "paid",
    "told": "told", "tell": "told", "lost": "lost", "lose": "lost", "chose": "chosen",
    "choose": "chosen", "kept": "kept", "keep": "kept", "bought": "bought", "buy": "bought",
    "shot": "shot", "shoot": "shot", "struck": "struck", "strike": "struck", "beat": "beaten",
    "flew": "flown", "fly": "flown", "drove": "driven", "drive": "driven", "hid": "hidden",
    "hide": "hidden", "won": "won", "win": "won", "threw": "thrown", "throw": "thrown",
    "freed": "freed", "free": "freed", "got": "got", "get": "got", "sought": "sought",
    "seek": "sought", "taught": "taught", "teach": "taught", "fed": "fed", "feed": "fed",
    "built": "built", "build": "built", "swore": "sworn", "forgave": "forgiven",
}
# fmt: on

# Verbs whose "to" introduces the verb that governs the figure ("aims to conscript").
# fmt: off
INTENT_VERBS = frozenset([
    "plan", "plans", "planned", "planning", "aim", "aims", "aimed", "aiming", "intend",
    "intends", "intended", "seek", "seeks", "sought", "want", "wants", "wanted", "hope",
    "hopes", "hoped", "expect", "expects", "expected", "need", "needs", "needed", "order",
    "ordered", "orders", "decided", "set", "going", "able", "unable", "agreed", "promised",
    "pledged", "vowed", "tried", "trying", "attempted", "prepared", "ready",
])
# fmt: on

# "the deaths of 2,300 pilots": what happened to the counted things.
# fmt: off
EVENT_NOUNS = {
    "deaths": "killed", "death": "killed", "killing": "killed", "killings": "killed",
    "bodies": "killed", "detention": "detained", "arrest": "arrested", "arrests": "arrested",
    "deportation": "deported", "deportations": "deported", "evacuation": "evacuated",
    "release": "released", "return": "returned", "transfer": "transferred",
    "transfers": "transferred", "recruitment": "recruited", "conscription": "conscripted",
    "mobilization": "mobilized", "mobilisation": "mobilised", "displacement": "displaced",
    "expulsion": "expelled", "abduction": "abducted", "abductions": "abducted",
}
# fmt: on

# Prepositions kept after the participle ("people spoken to", "families met with"), and the
# verbs that take them; after other verbs "to" marks a result or recipient ("led to").
KEPT_PREPOSITIONS = frozenset(["to", "with"])
# fmt: off
PREPOSITION_VERBS = frozenset([
    "spoke", "speak", "talked", "talk", "wrote", "write", "met", "meet", "listened",
    "reached", "appealed", "consulted", "worked", "interviewed", "surveyed",
])
# fmt: on

# The verb names the counting, not an event ("estimated 4,000 people"): no predicate.
# fmt: off
REPORTING = frozenset([
    "estimated", "reported", "claimed", "counted", "recorded", "stated", "noted", "said",
    "announced", "assessed", "calculated", "projected", "alleged", "registered",
    "documented", "added", "warned", "identified", "verified", "confirmed", "found",
    "included", "includes", "include", "involved", "totalled", "totaled", "numbered",
    "reached", "exceeded", "surpassed", "topped", "had", "has", "have", "were", "was",
])
# fmt: on

# Past tenses that stand alone after a count ("some 7,300 left", "only three replied").
INTRANSITIVE_PAST = frozenset(["left", "fled", "went", "came", "stayed", "ran", "fell", "rose"])

# Reporting verbs that open a "that" clause after the counted noun.
# fmt: off
SAYING = frozenset([
    "said", "say", "says", "told", "tell", "tells", "reported", "report", "reports",
    "claimed", "claim", "claims", "stated", "state", "states", "believe", "believed",
    "believes", "argued", "argue", "argues", "noted", "note", "notes", "added", "confirmed",
    "insisted", "complained", "explained", "recalled",
])
# fmt: on
