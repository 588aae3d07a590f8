"""Subject frames read from the clause around a figure rather than from its noun phrase.

- the noun a figure belongs to ("a sign-up bonus of up to ...") and the thing a change verb
  moves ("raises fines for ... to"), used by ``subjects.py``'s own readers;
- ``_CONTEXT_FRAMES`` in ``subjects.py``, tried first, in this order: the other level of a
  change ("from 10,000 to 30,000 rubles", "(previously up to 3,000 rubles)"), a level after a
  change (", to $3.2 billion"), a base level ("from 8.1% in February"), an amount restated as
  a share (", or 6.3% of GDP"), an apposed change (", a 25% increase on ..."), gapped list
  items ("; legal entities, up to 500,000 rubles"), sanctions ("X is punishable by a fine
  of ..." -> "fine for X"), a bare "the share" under a fronted group ("Among non-displaced
  households, the share was 17 per cent"), a verb that moves its object by the figure ("cut
  their bonuses by 20–50 per cent"), members of an "included" list and objects of who/which
  clauses;
- "A, B and C ... X, Y and Z ..., respectively" pairs.

Not a pipeline component.
"""

from __future__ import annotations

import re
from functools import cache

from claimledger.extract.components import subject_memory as mem
from claimledger.extract.components.phrase import (
    DETS,
    PRONOUNS,
    WINDOW,
    Figure,
    clause_subject,
    clean,
    has_change_verb,
    is_np_word,
    is_particle,
    join_text,
    text_of,
    tokens,
)
from claimledger.extract.components.subject_memory import head_of
from claimledger.extract.patterns import phrases as ph
from claimledger.extract.patterns import subject_frames as sf

_SANCTION = re.compile(
    r"\s+(?:(?:is|are|was|were|will\s+be|can\s+be|shall\s+be)\s+)?(?:now\s+|also\s+)?"
    r"(?:punishable|punished|penalised|penalized|sanctioned)\s+(?:by|with)\s+"
    r"(?:an?\s+)?(?:administrative\s+|criminal\s+)?(?P<noun>fines?|penalt(?:y|ies))\s+of\s+$"
    r"|\s+(?:face|faces|faced|risk|risks|risked|incur|incurs)\s+(?:an?\s+)?"
    r"(?:administrative\s+)?(?P<noun2>fines?|penalt(?:y|ies))\s+of\s+$"
)
# "from X to " (X a figure, with an optional conversion in parentheses) or "(previously "
_NEW_LEVEL = re.compile(
    r"\bfrom\s+(?:[A-Z$€£]{1,3}\s?)?\d[\d,.–-]*(?:\s+[a-z]+){0,2}(?:\s*\([^()]{0,40}\))?"
    r"\s+to\s+$"
    r"|\(\s*(?:previously|formerly|earlier|before|was|were|down\s+from|up\s+from)\s+$"
)
_GAPPED = re.compile(r";\s*(?:and\s+|for\s+)?(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}),\s+$")
_FRONTED_GROUP = re.compile(
    r"\s*(?P<lead>Among|For|In)\s+(?P<group>[^,]{3,60}),\s+the\s+(?:share|proportion|percentage)"
    r"\s+(?:was|is|stood|remained|reached|rose|fell)\b"
)
_NOUN_OF = re.compile(r"((?:[\w'’-]+\s+){1,5}?)of\s*$")
_CLAUSE_START = re.compile(r".*[;:]\s*", re.DOTALL)
# "Under new Article 18.8.1 of the CAO, individuals who ...": a fronted phrase before the offender
_FRONTED_PP = re.compile(
    r"\s*(?:Under|In|From|Since|After|As of|Starting|Beginning|With effect from)\b[^,]{0,80},\s*"
)
# "have quietly cut their bonuses by 20–50 per cent": a verb moves its object by the figure.
_MOVED_BY = re.compile(
    r"\b(?P<verb>cut|cuts|cutting|slash|slashed|reduce|reduced|reduces|lower|lowered|lowers|"
    r"raise|raised|raises|increase|increased|increases|boost|boosted|boosts|hike|hiked|hikes|"
    r"double|doubled|trim|trimmed)\s+"
    r"(?:(?:the|their|its|his|her|our)\s+)?(?P<thing>(?:[\w'’-]+\s+){1,6}?)by\s+$"
)
_DOWN_VERBS = ("cut", "slash", "reduc", "lower", "trim")
# "cash assistance may be cut by 40 per cent": the passive of the same
_MOVED_PASSIVE = re.compile(
    r"\b(?:be|been|is|are|was|were)\s+(?P<verb>cut|slashed|reduced|lowered|raised|increased|"
    r"boosted|hiked|doubled|trimmed)\s+by\s+$"
)
# "slowed to 7.4% in March from 8.1% in February", "compared with 6 per cent": a base level
_BASE_LEVEL = re.compile(
    r"\b(?:up\s+from|down\s+from|from|compared\s+(?:with|to)|versus|vs\.?)\s+$"
)
# "13.5 trillion rubles in 2025, or 6.3% of GDP": the same amount as a share of something
_OR_SHARE = re.compile(r",\s*(?:or|equal\s+to|equivalent\s+to|some)\s+$|\(\s*$")
_OF_WHOLE = re.compile(
    r"\s+of\s+(?:the\s+|total\s+|all\s+)?(?P<whole>[\w'’-]+(?:\s+[a-z][\w'’-]*)?)"
)
# "13.5 trillion rubles to defense in 2025, a 25% increase on the current year"
_APPOSED_CHANGE = re.compile(
    r"\s*(?P<noun>increase|rise|jump|growth|decline|drop|fall|cut|decrease|reduction)\b"
)
_UP_NOUNS = frozenset(["increase", "rise", "jump", "growth"])
# "the ruble weakened by around 11 percent": a currency's move, named by its noun
_CURRENCY_MOVE = re.compile(
    r"\b(?P<currency>ruble|rouble|dollar|euro|tenge|som|somoni|sum|hryvnia|lari|manat|dram|"
    r"lira|yuan|currency)\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?(?P<verb>weakened|strengthened|"
    r"depreciated|appreciated|devalued|lost|gained)\s+(?:by\s+)?$",
    re.IGNORECASE,
)
_MOVE_NOUNS = {
    "weakened": "weakening", "strengthened": "strengthening", "depreciated": "depreciation",
    "appreciated": "appreciation", "devalued": "devaluation", "lost": "weakening",
    "gained": "strengthening",
}  # fmt: skip
# "transfers fell 9.5% ..., to $3.2 billion": the new level after a change
_TO_LEVEL = re.compile(r",\s+to\s+$")
# "the Ukrainians coming home included soldiers, border guards and 11 civilians"
_INCLUDED = re.compile(
    r"(?:^|[,;:]\s+|\bthat\s+)(?:the\s+|these\s+|those\s+)?(?P<whole>[A-Za-z][\w'’-]*"
    r"(?:\s+[\w'’-]+){0,5}?)\s+(?:include|includes|included)\s+(?:[^.;:]{0,80}?(?:,|\band)\s+)?$"
)
# "A volunteer who has helped bring home 43 children": the figure is the object of a
# relative clause; the noun before "who"/"which" does what the clause says ("that" is too
# often a complementizer: "reported that courts handed down 5,517 sentences").
_RELATIVE_AGENT = re.compile(
    r"\b(?P<agent>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}),?\s+(?:who|which)\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:also\s+|already\s+)?(?P<vp>(?:[a-z]+\s+){1,3}?)$"
)
_SAID_LEAD = re.compile(
    r"^.*\b(?:said|says|say|stated|reported|added|noted|announced|confirmed)\s+(?:that\s+)?"
    r"(?:the\s+|these\s+|those\s+)?"
)
_COUNTED = re.compile(r"\s*(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\b")


def sanction(fig: Figure, earlier: str = "") -> str:
    """ "Failure to report ... is now punishable by a fine of up to 20,000 rubles" -> "fine
    for Failure to report ..."; "Officials who fail to ... face fines of" -> "fines for ..."."""
    if "fine" not in fig.text and "penalt" not in fig.text:
        return ""
    match = _SANCTION.search(fig.text, fig.floor, fig.start)
    if not match:
        return ""
    head = fig.text[fig.floor : match.start()]
    opening = _CLAUSE_START.match(head)
    offender = head[opening.end() :] if opening else head
    fronted = _FRONTED_PP.match(offender)
    offender = clean(offender[fronted.end() :] if fronted else offender)
    noun = match.group("noun") or match.group("noun2")
    return join_text(noun, "for", offender) if offender else ""


def new_level(fig: Figure, earlier: str) -> str:
    """ "rises from 10,000 rubles to 30,000 rubles", "(previously up to 3,000 rubles)": the
    other level of a change shares the subject of the figure before it."""
    if not earlier or not _NEW_LEVEL.search(fig.text, max(0, fig.start - 60), fig.start):
        return ""
    return earlier


def gapped(fig: Figure, earlier: str) -> str:
    """ "fines for officials of ...; legal entities, up to 500,000 rubles" -> "fines for
    legal entities": a list item that names a new group for the same kind of figure."""
    if " for " not in earlier or ";" not in fig.text:
        return ""
    match = _GAPPED.search(fig.text, max(0, fig.start - 60), fig.start)
    if not match:
        return ""
    return join_text(earlier.split(" for ", 1)[0], "for", match.group("np"))


def fronted_share(fig: Figure, earlier: str = "") -> str:
    """ "Among non-displaced households, the share was 17 per cent" -> "share among
    non-displaced households"."""
    match = _FRONTED_GROUP.match(fig.text, fig.floor)
    if not match or match.end() > fig.start:
        return ""
    return join_text("share", match.group("lead").lower(), match.group("group"))


def moved_by(fig: Figure, earlier: str = "") -> str:
    """ "cut their bonuses by 20–50 per cent" -> "cut in bonuses"; "raised pensions by
    5 per cent" -> "increase in pensions"; "cash assistance may be cut by 40 per cent"."""
    if fig.kind == "count" or " by" not in fig.text:
        return ""
    match = _MOVED_BY.search(fig.text, max(fig.floor, fig.start - 80), fig.start)
    passive = _MOVED_PASSIVE.search(fig.text, max(fig.floor, fig.start - 40), fig.start)
    if passive and (not match or match.start("thing") > passive.start()):
        thing = clause_subject(fig)[0]
        down = passive.group("verb").startswith(_DOWN_VERBS)
        return join_text("cut" if down else "increase", "in", thing) if thing else ""
    if not match:
        return ""
    thing = clean(match.group("thing"))
    if not thing or any(c.isdigit() for c in thing):
        return ""
    down = match.group("verb").startswith(_DOWN_VERBS)
    return join_text("cut" if down else "increase", "in", thing)


def included(fig: Figure, earlier: str = "") -> str:
    """ "the Ukrainians coming home included soldiers and 11 civilians" -> "civilians among
    Ukrainians coming home"."""
    if fig.kind != "count" or "includ" not in fig.text:
        return ""
    match = _INCLUDED.search(fig.text, max(fig.floor, fig.start - 160), fig.start)
    noun = _COUNTED.match(fig.text, fig.end)
    if not match or not noun:
        return ""
    whole = _SAID_LEAD.sub("", match.group("whole"))
    return join_text(noun.group("noun").split()[0], "among", whole)


def relative_agent(fig: Figure, earlier: str = "") -> str:
    """ "A volunteer who has helped bring home 43 children" -> "children helped bring home by
    volunteer"."""
    if fig.kind != "count" or (" who " not in fig.text and " which " not in fig.text):
        return ""
    match = _RELATIVE_AGENT.search(fig.text, max(fig.floor, fig.start - 80), fig.start)
    noun = _COUNTED.match(fig.text, fig.end)
    if not match or not noun:
        return ""
    vp = match.group("vp").split()
    agent = clean(match.group("agent"))
    if not agent or not vp or not _NOT_VERBS.isdisjoint(vp) or agent.lower() in _NOT_VERBS:
        return ""
    return join_text(noun.group("noun").split()[0], " ".join(vp), "by", agent)


_NOT_VERBS = frozenset(
    ["is", "are", "was", "were", "be", "been", "the", "a", "an", "of", "said", "her", "his"]
)


def left_of_noun(fig: Figure) -> str:
    """The noun a figure belongs to: "a sign-up bonus of up to ...", "fines of ..."."""
    prefix = fig.text[max(0, fig.start - WINDOW) : fig.start]
    if not prefix.rstrip().endswith(" of") or sf.LEVEL_FRAME.search(prefix):
        return ""
    match = _NOUN_OF.search(prefix)
    if not match:
        return ""
    words = match.group(1).split()
    kept: list[str] = []
    for word in reversed(words):
        low = word.lower()
        # Right before "of", "increases" or "costs" is a noun ("Rent increases of 30 percent").
        plural_noun = not kept and low in sf.PLURAL_NOUN_VERBS
        # "monthly pay of", "the cost of": a verb form after a modifier is the head noun
        plural_noun = plural_noun or (not kept and _modified_noun(words, low))
        if not plural_noun and (
            low in ph.FUNCTION_WORDS or low in ph.VERBS or low in ph.VERB_BASES
        ):
            break
        if not word[:1].isalpha() or len(kept) == MAX_LEFT_NOUN:
            break
        kept.insert(0, word)
    return " ".join(kept)


def _modified_noun(words: list[str], low: str) -> bool:
    before = words[-2].lower() if len(words) > 1 else ""
    return low in ("pay", "cost", "spend", "return") and (
        before in DETS or before.endswith(("ly", "al")) or before in ("average", "total")
    )


# "a sign-up bonus", "average monthly income": a noun with two modifiers at most.
MAX_LEFT_NOUN = 3


def to_level(fig: Figure, earlier: str = "") -> str:
    """ "transfers from Russia fell 9.5% year-on-year ..., to $3.2 billion" -> "transfers
    from Russia": the level a change reached is the changed quantity's."""
    if not earlier or not _TO_LEVEL.search(fig.text, max(0, fig.start - 8), fig.start):
        return ""
    return head_of(earlier)


_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_AFTER_LAST = re.compile(
    r"\s*(?:of\s+(?:the\s+|all\s+)?)?(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"\s*(?:,|\.|;|$|\s+(?:respectively|in|at|on)\b)"
)


def respectively(text: str, figures: list[tuple[int, int, str]], items: str) -> list[str]:
    """ "Russia, Belarus and Moldova accounted for 40 per cent, 20 per cent and 10 per cent of
    arrivals, respectively" -> "share of arrivals for Russia", ... ``figures`` are the
    sentence's own figures (start, end, kind) in order, ``items`` the clause subject before
    the first; [] when the list and the figures do not pair up."""
    names = [n for n in _LIST_SPLIT.split(items.replace(" ,", ",")) if n]
    if len(figures) < 2 or len(names) != len(figures):
        return []
    after = _AFTER_LAST.match(text, figures[-1][1])
    noun = after.group("np") if after and after.group("np") != "respectively" else ""
    out = []
    for (_, _, kind), name in zip(figures, names, strict=True):
        base = join_text("share of", noun) if kind == "percent" and noun else noun
        out.append(join_text(base, "for", name) if base else name)
    return out


def changed_thing(fig: Figure, memory: mem.Memory) -> str:
    """ "raises fines for breaking rules to up to 70,000": the thing whose level changes."""
    if not has_change_verb(fig.text):
        return ""
    offset = max(0, fig.start - 2 * WINDOW)
    before = fig.text[offset : fig.start]
    match = _changed_rx().search(before)
    if not match:
        return ""
    thing = match.group(1).strip()
    if thing.split()[0].lower() in ("to", "from", "by", "at") or not clean(thing):
        return ""
    if thing.split()[0].lower() in ("its", "their"):
        owner = np_before(fig.text, offset + match.start())
        if owner and owner.lower() not in PRONOUNS:
            thing = f"{owner}'s {thing.split(' ', 1)[-1]}"
    return clean(mem.resolve_such(thing, memory))


@cache
def _changed_rx() -> re.Pattern[str]:
    verbs = "|".join(sorted(ph.CHANGE_VERBS, key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs})\s+((?:[\w'’-]+\s+){{1,12}}?)(?:to\s+|at\s+|from\s+)?$")


def np_before(text: str, pos: int) -> str:
    """The noun phrase just before ``pos`` ("Samara Oblast reportedly increased")."""
    toks = tokens(text, max(0, pos - WINDOW), pos)
    i = len(toks) - 1
    while i >= 0 and is_particle(toks[i]):
        i -= 1
    end = i
    while i >= 0 and is_np_word(toks[i]):
        i -= 1
    return clean(text_of(toks[i + 1 : end + 1]))


def base_level(fig: Figure, earlier: str = "") -> str:
    """ "Inflation slowed to 7.4% in March from 8.1% in February": the base level is the same
    quantity's; "compared with 6 per cent" likewise."""
    if not earlier or not _BASE_LEVEL.search(fig.text, max(0, fig.start - 20), fig.start):
        return ""
    return head_of(earlier)


def or_share(fig: Figure, earlier: str = "") -> str:
    """ "defence spending will reach 13.5 trillion rubles, or 6.3% of GDP" -> "Russia's defence
    spending as share of GDP"."""
    if fig.kind != "percent" or not earlier:
        return ""
    if not _OR_SHARE.search(fig.text, max(0, fig.start - 20), fig.start):
        return ""
    whole = _OF_WHOLE.match(fig.text, fig.end)
    if not whole:
        return ""
    amount = " ".join(head_of(earlier).split(",")[0].split()[:_MAX_AMOUNT_WORDS])
    return join_text(amount, "as share of", whole.group("whole"))


_MAX_AMOUNT_WORDS = 7


def apposed_change(fig: Figure, earlier: str = "") -> str:
    """ "allocates 13.5 trillion rubles to defense, a 25% increase on the current year" ->
    "increase in <the amount's subject>"."""
    if fig.kind != "percent" or not earlier:
        return ""
    before = fig.text[max(0, fig.start - 6) : fig.start].lower()
    if not re.search(r",\s*(?:an?\s+)?$", before) and not fig.text[
        fig.start : fig.end
    ].lower().startswith(("a ", "an ")):
        return ""
    noun = _APPOSED_CHANGE.match(fig.text, fig.end)
    if not noun:
        return ""
    word = "increase" if noun.group("noun") in _UP_NOUNS else "decline"
    return join_text(word, "in", head_of(earlier))


def currency_move(fig: Figure, earlier: str = "") -> str:
    """ "the ruble weakened by around 11 percent against the US dollar" -> "weakening of ruble
    against the US dollar"."""
    if fig.kind != "percent":
        return ""
    match = _CURRENCY_MOVE.search(fig.text, max(fig.floor, fig.start - 60), fig.start)
    if not match:
        return ""
    against = _AGAINST.match(fig.text, fig.end)
    noun = _MOVE_NOUNS[match.group("verb").lower()]
    return join_text(noun, "of", match.group("currency"), against.group() if against else "")


_AGAINST = re.compile(r"\s+against\s+(?:the\s+)?(?:US\s+)?[A-Za-z]+")


_ACCOUNTED = re.compile(
    r"(?:^|[,;]\s*(?:while\s+|and\s+|whereas\s+)?|\bwhile\s+)(?P<part>[A-Za-z][^,;]{1,60}?)\s+"
    r"(?:accounted|account|accounts)\s+for\s+$"
)


def accounted_for(fig: Figure, total: str) -> str:
    """ "Conflict and violence accounted for 73.5 million of the total, while disasters
    accounted for 9.8 million" -> "people from Conflict and violence", "people from
    disasters": the head of the total before, by the part that accounts for the figure."""
    if not total or fig.kind == "percent" or "ccount" not in fig.text:
        return ""
    match = _ACCOUNTED.search(fig.text, max(fig.floor, fig.start - 80), fig.start)
    head = mem.head(total)
    if not match or not head:
        return ""
    return join_text(head, "from", match.group("part"))


_OF_IT = re.compile(
    r"\s*of\s+(?:it\b|(?:that|this)\b(?=\s*(?:[,.;)]|$|\s+(?:was|is|were|are|has|had|went|goes|"
    r"will|would|could|may)\b)))"
)
_VERB_PHRASE = re.compile(r"(?:\band|,)\s+(?P<vp>(?:[a-z]+\s+){1,3}?)$")


def share_of_it(fig: Figure, earlier: str = "") -> str:
    """ "earns around 80,000 rubles a month and sends home roughly half of it" -> "share of
    <the earnings> sends home": "it" is the amount named before in the sentence."""
    if fig.kind != "percent" or not earlier or not _OF_IT.match(fig.text, fig.end):
        return ""
    verb = _VERB_PHRASE.search(fig.text, max(0, fig.start - 40), fig.start)
    vp = verb.group("vp").strip() if verb else ""
    if vp.split()[:1] and vp.split()[0] in ("but", "and", "or", "yet", "while", "so"):
        vp = ""  # "..., but half of that was spent": no verb before the figure
    return join_text("share of", earlier, vp)
