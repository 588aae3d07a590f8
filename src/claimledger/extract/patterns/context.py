"""Word lists for the context layer: attribution, hedging, clause structure and speakers.

Calibrated on English reports about displacement and military recruitment (news wires,
agency releases, think-tank assessments, NGO briefs). Every list is plain data; the
components in ``extract/components`` compile and apply them.
"""

from __future__ import annotations

# Attribution verbs by the hedge they signal (SCHEMA.md precedence). Forms are listed in full
# so that matching stays a single alternation, without a stemmer.
# fmt: off
ATTRIBUTION_VERBS: dict[str, list[str]] = {
    "claimed": [
        "claim", "claims", "claimed", "claiming", "allege", "alleges", "alleged", "alleging",
        "assert", "asserts", "asserted", "asserting", "purport", "purports", "purported",
        "insist", "insists", "insisted", "boast", "boasts", "boasted",
    ],
    "estimated": [
        "estimate", "estimates", "estimated", "estimating", "assess", "assesses", "assessed",
        "calculate", "calculates", "calculated", "calculating", "believe", "believes",
        "believed", "project", "projects", "projected", "forecast", "forecasts", "forecasted",
        "reckon", "reckons", "reckoned", "expect", "expects", "expected", "predict", "predicts",
        "predicted", "anticipate", "anticipates", "anticipated", "thought",
    ],
    "reported": [
        "say", "says", "said", "saying", "state", "states", "stated", "stating", "tell",
        "tells", "told", "telling", "note", "notes", "noted", "noting", "announce", "announces",
        "announced", "announcing", "report", "reports", "reported", "reporting", "add", "adds",
        "added", "warn", "warns", "warned", "cautioned", "stress", "stresses", "stressed",
        "confirm", "confirms", "confirmed", "count", "counts", "counted", "find", "finds",
        "found", "show", "shows", "showed", "shown", "write", "writes", "wrote", "explain",
        "explains", "explained", "acknowledge", "acknowledged", "reveal", "reveals", "revealed",
        "indicate", "indicates", "indicated", "record", "records", "recorded", "registered",
        "documented", "tallied", "identified", "declare", "declares", "declared", "document",
        "documents", "observe", "observes", "observed", "cite", "cites", "cited",
        "suggest", "suggests",
        "suggested", "complain", "complains", "complained", "argue", "argues", "argued",
        "testified", "recalled", "recounted", "admitted", "admits", "conceded", "concedes",
        "disclosed", "discloses", "specified", "emphasised", "emphasized", "emphasises",
        "emphasizes", "highlighted", "highlights", "mentioned", "remarked", "reiterated",
        "posted", "tweeted", "verify", "verifies", "verified",
    ],
}
# fmt: on

# Verb forms that only attribute when followed by "that" or preceded by a named speaker or a
# report noun; after a plain noun ("the number recorded in 2018") they describe an event.
# fmt: off
WEAK_VERBS = frozenset(
    [
        "record", "records", "recorded", "registered", "documented", "tallied", "identified",
        "count", "document", "documents", "observe", "observes", "observed", "cite", "cites",
        "cited",
        "counts", "counted", "find", "finds", "found", "show", "shows", "showed", "shown",
        "indicate", "indicates", "indicated", "recalled", "admitted", "admits", "highlighted",
        "highlights", "mentioned", "posted", "disclosed", "discloses", "specified",
        "verify", "verifies", "verified",
    ]
)
# fmt: on

# Forms that are also nouns ("World Bank estimates", "the report"): read as verbs only when
# followed by "that", "to", a figure or a determiner.
# fmt: off
NOUN_LIKE_VERBS = frozenset(
    [
        "report", "reports", "estimate", "estimates", "claim", "claims", "count", "counts",
        "note", "notes", "state", "states", "record", "records", "project", "projects",
        "forecast", "forecasts", "find", "finds", "show", "shows", "document", "documents",
        "expected", "predicted", "anticipated",
    ]
)
# fmt: on

# Noun forms that, before "that", hedge what follows without naming a speaker ("the claim that
# 2,000 soldiers ...", "denied reports that ...").
CLAIM_NOUNS = frozenset(["claim", "claims", "report", "reports", "estimate", "estimates"])

# Participles that continue the previous speaker ("..., the minister said, noting that ...").
# fmt: off
CONTINUING = frozenset([
        "noting", "adding", "saying", "stating", "telling", "warning", "stressing", "citing",
    ])
# fmt: on

# Nouns that report figures ("X's assessment that", "according to estimates by").
# fmt: off
ESTIMATE_NOUNS = frozenset(
    [
        "estimate", "estimates", "estimation", "assessment", "assessments", "calculation",
        "calculations", "projection", "projections", "forecast", "forecasts", "modelling",
        "modeling",
    ]
)
# fmt: on
# fmt: off
REPORT_NOUNS = frozenset(
    [
        "report", "reports", "data", "figures", "statistics", "count", "tally", "survey",
        "poll", "study", "analysis", "review", "census", "records", "findings",
    ]
)
# fmt: on

# Adjectives that go with report nouns and are dropped with them ("UNHCR's latest figures").
DATA_ADJECTIVES = frozenset(
    ["latest", "new", "recent", "official", "preliminary", "own", "updated", "annual", "monthly"]
)

# Hedging words that are not attribution verbs, by class.
HEDGE_WORDS: dict[str, tuple[str, ...]] = {
    "possible": (
        "may",
        "might",
        "could",
        "possibly",
        "perhaps",
        "potentially",
        "conceivably",
        "plausible",
        "plausibly",
        "it is possible",
        "cannot be ruled out",
        "can't be ruled out",
        "cannot be excluded",
        "unlikely",
        "highly unlikely",
        "even chance",
        "realistic possibility",
        "remote chance",
    ),
    "likely": (
        "likely",
        "probably",
        "almost certainly",
        "most likely",
        "very likely",
        "presumably",
        "probable",
        "highly probable",
        "almost certain",
    ),
    "claimed": ("allegedly", "purportedly", "supposedly", "reputedly"),
    "estimated": ("estimated", "estimates suggest", "an estimated", "roughly estimated"),
    "reported": ("reportedly", "according to", "data show", "figures show", "cited by"),
}

# Words that end the scope of a preceding "X said that ..." and start a new clause.
# "while" and "whereas" break only before an attribution of their own (``clause_rx``).
CLAUSE_BREAKERS = ("though", "although", "but", "however", "yet")

# Generic nouns for an earlier named speaker ("the agency said" -> UNHCR).
# fmt: off
ANAPHORIC_NOUNS = frozenset(
    [
        "agency", "ministry", "outlet", "group", "report", "organisation", "organization",
        "centre", "center", "institute", "office", "committee", "service", "government", "bank",
        "council", "newspaper", "paper", "channel", "website", "portal", "watchdog", "monitor",
        "body", "department", "authority", "authorities", "commission", "mission", "survey",
        "study",
    ]
)
# fmt: on

# Words that mark a speaker as an organisation / outlet / person.
# fmt: off
ORG_WORDS = frozenset(
    [
        "ministry", "agency", "committee", "centre", "center", "institute", "institution",
        "office", "service", "bank", "council", "government", "guard", "guards", "commission",
        "mission", "court", "duma", "parliament", "assembly", "organisation", "organization",
        "union", "fund", "programme", "program", "unhcr", "un", "iom", "unicef", "idmc", "who",
        "ohchr", "icrc", "red", "cross", "police", "army", "military", "intelligence", "gur",
        "fsb", "mvd", "mod", "department", "authority", "authorities", "administration", "lab",
        "laboratory", "university", "foundation", "network", "coalition", "group",
        "association", "portal", "watchdog", "monitor", "project", "initiative", "kremlin",
        "secretariat", "directorate", "bureau", "inspectorate", "prosecutor's", "prosecutors",
        "watch", "rights", "international", "relief", "aid", "amnesty", "crisis", "alliance",
        "federation", "partnership", "board", "tribunal", "endowment", "trust", "society",
    ]
)
# fmt: on
# fmt: off
OUTLET_WORDS = frozenset(
    [
        "outlet", "newspaper", "paper", "daily", "weekly", "magazine", "channel", "website",
        "site", "broadcaster", "agency's", "news", "wire", "radio", "tv", "television", "media",
        "publication", "blog", "telegram",
    ]
)
# fmt: on
# fmt: off
PERSON_TITLES = frozenset(
    [
        "head", "chief", "minister", "deputy", "president", "prime", "governor", "mayor",
        "commissioner", "ombudsman", "ombudswoman", "spokesperson", "spokesman", "spokeswoman",
        "secretary", "director", "chairman", "chairwoman", "chairperson", "chair", "speaker",
        "senator", "lawmaker", "deputy", "general", "colonel", "lieutenant", "commander",
        "officer", "adviser", "advisor", "envoy", "ambassador", "representative", "lawyer",
        "attorney", "prosecutor", "judge", "researcher", "analyst", "expert", "economist",
        "activist", "official", "milblogger", "blogger", "journalist", "correspondent",
        "reporter", "author", "founder", "coordinator", "manager", "leader", "member",
        "professor", "doctor", "mr", "mrs", "ms", "dr",
    ]
)
# fmt: on

# Adverbs and auxiliaries between a speaker and the attribution verb ("has also said").
# fmt: off
SKIPPED_BEFORE_VERB = frozenset(
    [
        "also", "previously", "separately", "recently", "now", "then", "further", "has", "have",
        "had", "will", "would", "did", "does", "do", "again", "already", "first", "earlier",
        "later", "since", "once", "not", "never", "is", "are", "was", "were", "been", "be",
        "being", "still", "even",
    ]
)
# fmt: on

# Type nouns that can stand before a name ("the rights group OVD-Info" -> "OVD-Info").
# fmt: off
TYPE_NOUNS = frozenset(
    [
        "group", "organisation", "organization", "ngo", "charity", "watchdog", "monitor",
        "initiative", "project", "network", "movement", "coalition", "foundation", "platform",
        "service", "portal",
    ]
)
# fmt: on

# Words that cannot head a speaker's name: pronouns are resolved, these are dropped.
# fmt: off
PRONOUNS = frozenset([
        "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "which",
        "who",
    ])
# fmt: on

# Speaker phrases made only of these words are not a source ("various estimates suggest").
# fmt: off
GENERIC_SPEAKER_WORDS = frozenset(
    [
        "various", "some", "several", "many", "other", "others", "recent", "new", "previous",
        "earlier", "the", "a", "an", "these", "those", "such", "estimates", "estimate",
        "reports", "report", "figures", "data", "calculations", "numbers", "sources", "source",
        "accounts", "claims",
    ]
)
# fmt: on

# Headings that look like "Name: text" but are not attributions.
# fmt: off
NOT_SPEAKERS = frozenset(
    [
        "note", "notes", "update", "updates", "source", "sources", "key", "takeaways",
        "takeaway", "editor", "summary", "background", "correction", "photo", "video", "read",
        "more", "see", "also", "related", "context", "table", "figure", "chart", "map",
        "warning", "disclaimer",
        # Section and sector labels that open a bullet of a situation report
        # ("- Cash: 18,000 people received ..."); humanitarian clusters among them.
        "highlights", "overview", "situation", "response", "funding", "needs", "access",
        "protection", "shelter", "health", "cash", "education", "wash", "nutrition",
        "logistics", "food", "livelihoods", "coordination", "displacement", "evacuation",
        "evacuations", "casualties", "methodology", "outlook", "recommendations", "findings",
    ]
)
# fmt: on

# Words that are never part of a speaker's noun phrase; a phrase stops at them.
# fmt: off
DETERMINERS = frozenset([
        "the", "a", "an", "one", "this", "that", "these", "those", "its", "their", "his", "her",
        "our", "such",
    ])
# fmt: on

# Verbs that attribute only with a clause after them ("added that ...", "..., she added.");
# with a noun object they describe an event ("plants added 5,000 jobs").
# "verified" likewise: "X verified that N were killed" is X's report, "X verified the
# deportation of N children" an act whose figure may come from another source.
CLAUSE_ONLY_VERBS = frozenset(["add", "adds", "added", "adding", "verify", "verifies", "verified"])

# Sentence adverbs and connectives that open a sentence but never name a speaker
# ("Separately, a rights group claimed ...").
# fmt: off
DISCOURSE_WORDS = frozenset(
    [
        "separately", "meanwhile", "however", "additionally", "moreover", "furthermore",
        "still", "also", "instead", "overall", "notably", "similarly", "likewise", "finally",
        "nonetheless", "nevertheless", "indeed", "elsewhere", "earlier", "later", "previously",
        "today", "yesterday", "then", "now", "thus", "therefore", "besides", "in", "on", "at",
        "by", "for", "from", "with", "after", "before", "during", "since", "until", "as",
        "under", "over", "across", "among", "within", "last", "this", "next", "according",
    ]
)
# fmt: on

# Singular nouns that make a descriptive speaker a person ("a source close to the office",
# "a 29-year-old construction worker from Osh"): such a speaker is a pronoun's antecedent.
# fmt: off
PERSON_NOUNS = frozenset(
    [
        "source", "worker", "man", "woman", "mother", "father", "wife", "husband", "son",
        "daughter", "brother", "sister", "resident", "soldier", "volunteer", "migrant",
        "refugee", "recruit", "conscript", "veteran", "serviceman", "servicewoman", "witness",
        "survivor", "detainee", "prisoner", "inmate", "student", "teacher", "nurse", "driver",
        "farmer", "employee", "engineer", "owner", "interviewee", "respondent", "relative",
        "friend", "neighbour", "neighbor", "victim", "mobilised", "mobilized", "citizen",
        "national", "villager", "local", "parent", "widow", "person", "entrepreneur",
        "businessman", "businesswoman", "trader", "contractor", "medic", "paramedic",
    ]
)
# fmt: on

# Words that tell a person's gender, so "she" does not resolve to a man.
FEMALE_WORDS = frozenset(
    ["she", "her", "mrs", "ms", "miss", "woman", "mother", "wife", "daughter", "sister",
     "spokeswoman", "chairwoman", "ombudswoman", "businesswoman", "servicewoman", "widow",
     "girl", "grandmother", "madam"]
)  # fmt: skip
MALE_WORDS = frozenset(
    ["he", "him", "his", "mr", "man", "father", "husband", "son", "brother", "spokesman",
     "chairman", "businessman", "serviceman", "boy", "grandfather", "sir"]
)  # fmt: skip
# Surname endings that mark gender in Slavic and Central Asian names (Karimova / Karimov).
FEMALE_SURNAME_ENDINGS = ("ova", "eva", "aya", "ska", "skaya")
MALE_SURNAME_ENDINGS = ("ov", "ev", "sky", "skiy", "skii", "iy")

# Words right after "who"/"which" that make it a subject relative clause ("who have seen",
# "which has mediated"): the speaker is the noun before the pronoun.
# fmt: off
RELATIVE_VERB_WORDS = frozenset(
    [
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could",
        "may", "might", "must", "should", "does", "do", "did", "also", "still", "now",
        "often", "regularly", "previously", "recently", "helps", "works", "runs", "leads",
        "tracks", "monitors", "oversees", "represents", "manages", "heads", "fled", "left",
        "went", "saw", "spent", "took", "led", "ran", "won", "lost", "met", "knows", "knew",
    ]
)
# fmt: on

# First-person words: the author speaking in its own voice ("we found", "our count").
AUTHOR_WORDS = frozenset(["we", "us", "i", "me", "our", "my", "ours"])

# Verbs of the author's own research: with the publisher as subject ("ISW has observed",
# "the Lab identified") the text states its finding; "UNHCR counts/said" still reports it.
# fmt: off
SELF_FINDING_VERBS = frozenset(
    [
        "observe", "observes", "observed", "identified", "confirm", "confirms", "confirmed",
        "documented", "find", "finds", "found", "calculation", "calculations", "reckoning",
    ]
)
# fmt: on

# Plural staff nouns that speak for the organisation named just before ("researchers said").
STAFF_NOUNS = frozenset(
    ["researchers", "investigators", "analysts", "statisticians", "monitors", "its researchers"]
)
