"""Compiled patterns for ``clauses``: attribution verbs, clause breaks and speaker edges.

Built once, on first use, from the word lists in ``patterns/context.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimledger.extract.components.wordtrie import trie_pattern
from claimledger.extract.patterns import context as cx


@dataclass(frozen=True)
class CueRx:
    """The compiled patterns, one field per use (see ``clauses``)."""

    verb: re.Pattern[str]
    breaker: re.Pattern[str]
    left_edge: re.Pattern[str]
    according: re.Pattern[str]
    possessive: re.Pattern[str]
    data_from: re.Pattern[str]
    headline: re.Pattern[str]
    adverb: re.Pattern[str]
    told_object: re.Pattern[str]
    noun_that: re.Pattern[str]
    made_by: re.Pattern[str]
    data_lead: re.Pattern[str]
    time_tail: re.Pattern[str]
    noun_hint: re.Pattern[str]
    not_verb_before: re.Pattern[str]
    verb_object: re.Pattern[str]
    lead_in: re.Pattern[str]
    post_tail: re.Pattern[str]
    object_np: re.Pattern[str]
    trailing_verb: re.Pattern[str]
    trailing_speaker: re.Pattern[str]
    clause_after: re.Pattern[str]
    discourse: re.Pattern[str]
    inverted_speaker: re.Pattern[str]


def _alt(words: object) -> str:
    items = sorted(set(words), key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(re.escape(w) for w in items)


@cache
def cue_rx() -> CueRx:
    verbs = [v for forms in cx.ATTRIBUTION_VERBS.values() for v in forms]
    breakers = trie_pattern(cx.CLAUSE_BREAKERS)
    nouns = trie_pattern(cx.ESTIMATE_NOUNS | cx.REPORT_NOUNS | {"assessment"})
    adverbs = [w for k in ("claimed", "reported") for w in cx.HEDGE_WORDS[k] if w.endswith("ly")]
    name = r"[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|for|the|and|on|in|de|\([A-Z]+\)))*"
    whilst = rf"(?:while|whereas)\b(?=[^.;]{{0,80}}?\b(?:{trie_pattern(verbs)})\b)"
    return CueRx(
        # A verb glued to a hyphen is part of a compound noun ("write-offs"), and "write off"
        # cancels a debt: neither attributes anything.
        verb=re.compile(rf"(?<![\w-])(?:{trie_pattern(verbs)})\b(?![-‐]\w|\s+off\b)"),
        # ";" | ", and" (not "and that") | ",? but" ... | " - " | ",? while" with an attribution
        # of its own ("X said A, while B" keeps B with X otherwise). Written to begin with one
        # character class, so that the engine skips to the next ";", "," or space in C.
        breaker=re.compile(
            r"[;,\s](?:(?<=;)"
            rf"|(?<=,)(?:\s+and\s+(?!that\b)|\s(?:{breakers})\b(?!\s+(?:also|not)\b)|\s{whilst})"
            rf"|(?<=\s)(?:(?:{breakers})\b(?!\s+(?:also|not)\b)|-{{1,2}}\s|{whilst}))"
        ),
        left_edge=re.compile(
            r"(?:,(?=\s)|[;:(\[\"“”]|\s[–—-]\s|\b(?:that|which|who|whom|while|though|although"
            r"|but|because|when|where|whereas|if|as|than)\b)\s*"
        ),
        according=re.compile(r"\b[Aa]ccording to\s+([^,;:()]+?)\s*(?=[,;:()]|\.?$|\s+and\s)"),
        possessive=re.compile(
            rf"\b((?:the\s+)?{name})['’]s?\s+(?:[a-z-]+\s+){{0,2}}?({nouns})"
            r"\s+(?:that|shows?|showed|found|finds|suggests?|suggested|indicates?)\b"
        ),
        data_from=re.compile(
            rf"\b({nouns})\s+(?:from|by|of|published by|released by)\s+((?:the\s+)?{name})"
            r"\s+(?:shows?|showed|suggests?|suggested|indicates?|found|finds)\b"
        ),
        headline=re.compile(rf"^\s*({name})\s*:\s+(?=\S)"),
        adverb=re.compile(rf"\b(?:{trie_pattern(adverbs + [a.capitalize() for a in adverbs])})\b"),
        post_tail=re.compile(
            r"^(?:\s+(?:on|in|at|during|last|this|late|early|earlier|via|through|from)"
            r"(?:\s+[\w'’-]+){1,6}?|\s+\w+ly)*\s*(?:[,.;:!?)\]\"”]|$)"
        ),
        object_np=re.compile(r"^\s+(?:[A-Za-z][\w'’-]*\s+){0,3}?(?=that\b)|^\s+[A-Z][\w'’-]*"),
        told_object=re.compile(r"^\s+(?:the\s+|a\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"),
        noun_that=re.compile(r"\s+that\b"),
        made_by=re.compile(
            r"^(?:published|released|compiled|prepared|produced|issued|commissioned|conducted)"
            r"\s+by\s+(.+)$"
        ),
        data_lead=re.compile(
            r"^(?:(?:new|latest|official|survey|preliminary|recent)\s+)?"
            r"(?:(?:data|figures|statistics|estimates|numbers|records)\s+"
            r"(?:(?:published|released|compiled|provided)\s+by|from|by|of)"
            r"|(?:report|study|survey|analysis|investigation|poll|review|count)\s+(?:by|from))\s+",
            re.IGNORECASE,
        ),
        time_tail=re.compile(
            r"\s+(?:on|in|last|this|earlier)\s+(?:[A-Z][a-z]+day|week|month|year|\d{4}|"
            r"January|February|March|April|May|June|July|August|September|October|November|"
            r"December)\b.*$"
        ),
        noun_hint=re.compile(rf"\b(?:{nouns})\b"),
        not_verb_before=re.compile(
            r"\b(?:to|the|a|an|of|this|that|these|those|such|his|her|its|their|our|with|in|on|by"
            r"|for|from|about|over|no|any|new|latest|recent|annual|first|earlier)\s+$"
            r"|['’]s\s+$",
            re.IGNORECASE,
        ),
        verb_object=re.compile(
            r"\s+(?:that|to|about|around|some|nearly|almost|more|over|at least|up to|as many|"
            r"the|a|an|[$€£\d])",
        ),
        trailing_verb=re.compile(r"\s*(?:[.;!?]|$)"),
        # "..., partners estimate.": a short noun phrase after a comma, no preposition in it.
        trailing_speaker=re.compile(
            r",\s+(?:the\s+|some\s+|many\s+|most\s+)?(?!(?:and|but|or|which|who|while)\b)"
            r"(?:[\w'’-]+\s+){0,4}$"
        ),
        inverted_speaker=re.compile(r"\s+[\w'’ .-]+?\s*(?:[,.;!?)]|$)"),
        clause_after=re.compile(r"\s*(?:that\b|:|[\"“])"),
        discourse=re.compile(
            rf"^(?:{trie_pattern(sorted(cx.DISCOURSE_WORDS))})\b[\w\s]*$", re.IGNORECASE
        ),
        lead_in=re.compile(
            r"^(?:(?:in|during|on|by|at|since|for|after|before|until|last|this|earlier|later)"
            r"\s+(?:the\s+)?(?:(?:end|start|beginning|middle|first|second|half|quarter|of)\s+)*"
            r"(?:[A-Z][a-z]+\s+)?(?:\d{1,4}\b,?\s*)+"
            r"|(?:then|now|also|meanwhile|separately|yesterday|today|earlier|later|however"
            r"|additionally|moreover|furthermore|still|in addition|by contrast|in contrast"
            r"|elsewhere|overall|notably|similarly|likewise|finally|indeed),?\s+)",
            re.IGNORECASE,
        ),
    )


# Small patterns used inside the cue functions, compiled once rather than per call.
BE = re.compile(r"\b(?:is|are|was|were|been|be|being)\b")
THAT_TO = re.compile(r"\s+(?:that|to)\b")
THAT_AFTER = re.compile(r"\s+(?:on\s+\w+\s+\d*\s*|in\s+\w+\s+)?that\b")
CLOSES = re.compile(r"\s*(?:[,.;:!?)\]\"”]|$)")
THAT = re.compile(r"\bthat\b")
RIGHT_NP = re.compile(r"\s+((?:the\s+)?[\w'’ .-]+?)\s*(?:[,.;:!?)]|$)")
CLUTTER = re.compile(r"\[\d+\]|[\"“”]")
OF = re.compile(r"\s+of\s")
THAN_BEFORE = re.compile(r"\b(?:than|as)\s+(?:[a-z]+ly\s+)?$")
# "The man, who asked not to be named,": a relative clause that ends before the verb.
# Begins with the comma itself (checked by lookbehind after it): the scan skips ahead in C.
RELATIVE_TAIL = re.compile(r",(?<=[\w)],)\s+(?:who|whose)\b[^,;\"“”]*$")
# "UNHCR's latest round": the owner of a data product.
OWNER = re.compile(r"((?:the\s+)?[A-Z][\w.&-]*(?:\s+(?:[A-Z][\w.&-]*|of|for|on|and))*)['’]s?\s+\S")
# "who have ...", ", which has ...": a relative pronoun and the lower-case word after it.
# Begins with one class (a comma then spaces, or one space), so the scan skips ahead in C.
RELATIVE_START = re.compile(r"[,\s](?:(?<=,)\s+|(?<=\s))(who|which|that)\s+([a-z]+)\b")
ARTICLE = re.compile(r"^(?:A|An|a|an)\s+")
# ", and that ...": a second complement clause of the same verb.
SECOND_THAT = re.compile(r"\b(?:and|or|but)\s+that\b")
# A digit that is a figure, not part of an age ("a 29-year-old welder").
FIGURE_DIGIT = re.compile(r"\d(?![\d,.]*-year-old)")
# "urging states", "following reports": a verb in -ing before a noun-like attribution form.
GERUND_BEFORE = re.compile(
    r"(?<!the )(?<!\ba )(?<!its )(?<!their )"
    r"\b(?!(?:during|according|morning|evening|something|nothing)\b)[a-z]+ing\s+$"
)
# "we estimate", "they project": a subject pronoun makes a noun-like form a verb.
PRONOUN_BEFORE = re.compile(r"\b(?:we|they|I|you|he|she|it)\s+(?:[a-z]+ly\s+|also\s+|now\s+)?$")
# "wrote to us to add ...": the verb names contact with someone and no statement follows.
NO_CONTENT = re.compile(r"\s+to\s+(?:us|me|him|her|them)\b(?![^.;:\"“]*\bthat\b)(?![^.;]*[:\"“])")
# "Russia's children's rights commissioner": a title owned by a named country or body.
OWNER_TITLE = re.compile(r"[A-Z][\w.-]*['’]s\s+[a-z]")
# "officials put the toll at", "places it at": an attribution whose figure follows "at".
PUT_AT = re.compile(
    r"\b(?:put|puts|putting|place|places|placed|placing)\s+"
    r"(?:(?:it|them|the|this|that|its|their|his|her|[a-z]+)\s+){0,3}?at"
    r"(?=\s+(?:some|about|around|roughly|nearly|almost|approximately|more|over|least|up|"
    r"between|as|just|well|US|[$€£\d]))"
)

# "Interior Ministry data reviewed by iStories": the reader named after the data is no source.
HANDLED_BY = re.compile(
    r"\s+(?:reviewed|obtained|seen|analy[sz]ed|examined|verified|leaked|cited|quoted)\s+by\s+$"
)
# ", speaking on condition of anonymity because ..., said": an aside between speaker and verb.
ASIDE = re.compile(r"\s*(?:citing|according|quoting|speaking|writing|asking|declining)\b")
# A one-word "speaker" with these endings is an adverb ("Officially recorded ...").
ADVERB_ENDINGS = ("ally", "edly", "ively", "ately", "ously", "ently", "antly")
# ", and St. Petersburg": the last item of a list of names, not a new clause.
LIST_AND = re.compile(r",\s+and\s+$")
NAME_BEFORE = re.compile(r",\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")
NAME_AFTER = re.compile(r",\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:[,.;]|\s+[a-z])")
# "by iStories' calculation", "by the ministry's count", "by our estimate".
BY_RECKONING = re.compile(
    r"\b[Bb]y\s+(?P<who>our|(?:the\s+)?(?:[\w.&-]+\s+){0,3}?[\w.&-]+(?:['’]s|s['’]))\s+"
    r"(?:own\s+)?(?P<noun>calculations?|estimates?|reckoning|count|tally)\b"
)
POSSESSIVE_END = re.compile(r"['’]s?$")
# "Independent counts of confirmed dead by Mediazona and the BBC Russian Service ... reached":
# a report noun made by a named body.
_NAME = r"(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|for))*"
REPORT_BY = re.compile(
    r"\b(?P<noun>counts?|tally|tallies|estimates?|calculations?|projections?|data|figures)"
    rf"\s+(?:of\s+[^,;:()]{{0,60}}?\s+)?(?:compiled\s+|published\s+|released\s+)?by\s+"
    rf"(?P<who>{_NAME}(?:\s+and\s+{_NAME})?)"
)
LINK_TEXT = re.compile(r"\[([^\]\d][^\]]*)\]")
DIGIT = re.compile(r"\d[\d,.]*")
CLAUSE_END = re.compile(r",\s|;|\s[—–]\s")
# Weak verbs that state something even with a share of a group as their subject.
STATING_WEAK = re.compile(r"\b(?:cited|cites|cite|indicated|indicates|identified)$")
