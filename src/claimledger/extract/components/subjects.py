"""What a figure counts or pays: a short noun phrase for each claim's ``subject``.

Read in this order, first hit wins: the noun phrase after the figure ("20,000 Central Asian
migrants to fight ..."), "of" + noun phrase ("73 per cent of the world's refugees" ->
"share of the world's refugees"), the noun the figure belongs to ("fines of up to ..."), the
thing a change verb moves ("raised fines ... to ..."), and the subject of the clause whose
object the figure is ("the share was 24 percent"). Pronouns and "the total", "such fines"
are resolved against earlier claims of the document. Plain token heuristics, no tagger.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache, lru_cache

from claimledger.extract.components import subject_frames as fr
from claimledger.extract.components.claims import updated
from claimledger.extract.components.entities import is_place
from claimledger.extract.components.phrase import (
    DETS,
    PRONOUNS,
    WINDOW,
    Figure,
    Tok,
    clause_subject,
    clean,
    continuation,
    is_np_word,
    is_particle,
    is_time,
    join_text,
    join_toks,
    looks_verb,
    noun_phrase,
    text_of,
    tokens,
)
from claimledger.extract.patterns import phrases as ph
from claimledger.extract.patterns import subject_frames as sf
from claimledger.extract.pipeline import Parse, component
from claimledger.model import Claim

# Words (with inner apostrophes and hyphens), figures ("80,000", "12%") and single marks.
_SKIP_AFTER_FIGURE = re.compile(r"(?:\s*(?:\([^()]*\)|\[\d+\]))+")
# fmt: off
_COMPARED = re.compile(
    r"\b(?:compared (?:with|to)|than|versus|vs\.?|against|up from|down from|from)\s*$"
)
_NUMBER_WORD = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|every|each|dozen|hundred|thousand)\b"
)
_TIME_LEADS = ph.TIME_WORDS | {"this", "next", "last"}
_ELLIPSIS = re.compile(
    r"(?:,\s*|\s)(?:and|or|but|while|whereas|plus)"
    r"(?:\s+(?:to|at|by|for|a\s+further|another|an\s+additional|an\s+extra))?\s*$"
)
_RELATIVE_HEAD = re.compile(
    r"([A-Za-z][\w'’-]*)\s+(?:that|which)\s+[a-z]+\s+(?:from|between|at|to|around|about)?\s*$"
)
_OF_LEAD = re.compile(r"\s*of\s+(?:(?:the|these|those|all|its|their|her|his|our)\s+)?")
_NOUN_OF = re.compile(r"((?:[\w'’-]+\s+){1,5}?)of\s*$")
_WITH_PLACE = re.compile(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+with\s*$")
_FRONT_PLACE = re.compile(r"\s*(?:In|Inside|Across)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s*,")
_INITIAL_NAME = re.compile(r"\s*([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+[a-z]")
_FIGURE_ANAPHOR = re.compile(r"\s*(?:The|This|That)\s+(figure|number|total|amount|sum)\b")
_SUCH = re.compile(r"(?:such|these|those|the same)\s+([\w'’-]+)", re.IGNORECASE)
_CHANGE_LEAD = re.compile(
    r"(?:" + "|".join(sorted(sf.CHANGE_NOUNS)) + r")\s+in\s+", re.IGNORECASE
)
@dataclass
class Memory:
    """Subjects found so far in the document, for "the total", "such fines", "of them"."""

    subjects: list[str] = field(default_factory=list)
    heads: list[str] = field(default_factory=list)
    sentence_heads: dict[int, str] = field(default_factory=dict)
    sentence_subjects: dict[int, str] = field(default_factory=dict)
    # Person nouns named in sentences with figures ("Respondents reported ..."), latest last.
    people: list[str] = field(default_factory=list)


def subject_of(fig: Figure, memory: Memory) -> tuple[str, str]:
    """The subject phrase of one figure and the name of the rule that produced it."""
    subject, rule = _framed(fig, memory) or _by_phrase(fig, memory)
    if not subject:
        subject = fr.grammatical_subject(fig)
        if subject and fig.kind == "money" and _governing_verb(fig) in ("cost", "costs"):
            subject = f"cost of {subject}"
        rule = "subject.sentence_subject"
    if fig.kind == "money" and subject:
        subject = fr.with_rate(subject, _right_tokens(fig))
    return subject, rule


def _framed(fig: Figure, memory: Memory) -> tuple[str, str] | None:
    """Label lines, "of which", "was fined", change figures, predicative percent."""
    label = fr.label_subject(fig)
    if label:
        return label, "subject.label"
    earlier = memory.sentence_subjects.get(fig.sentence, "")
    whole = fr.of_which(fig, earlier)
    if whole:
        prefix = ph.SHARE_PREFIX if fig.kind == "percent" else ""
        return join_text(prefix, whole, fr.predicate(_right_tokens(fig))), "subject.of_which"
    fine = fr.fined(fig) if fig.kind == "money" else ""
    if fine:
        return fine, "subject.fined"
    fronted = fr.fronted_whole(fig)
    if fronted:
        whole = _antecedent(fig, memory, person=True) if _is_anaphoric(fronted) else fronted
        rest = fr.predicate(_tail(fig))
        if not rest:
            whole = join_text(ph.SHARE_PREFIX, whole) if fig.kind == "percent" else whole
        return join_text(whole, rest), "subject.fronted_of"
    return _change(fig, earlier) or _predicative(fig, earlier)


def _change(fig: Figure, earlier: str) -> tuple[str, str] | None:
    word, by_verb = fr.change_before(fig)
    if not word:
        word, noun = fr.change_after(_tail(fig), fig.kind == "percent")
        if word and noun:
            return fr.change_phrase(word, noun), "subject.change"
    if not word:
        return None
    base = fr.grammatical_subject(fig) if by_verb else earlier or fr.grammatical_subject(fig)
    return fr.change_phrase(word, _head_of(base) if not by_verb else base), "subject.change"


def _head_of(subject: str) -> str:
    """An earlier subject as the quantity a change applies to, without its own change word."""
    lead = _CHANGE_LEAD.match(subject)
    return subject[lead.end() :] if lead else subject


def _predicative(fig: Figure, earlier: str) -> tuple[str, str] | None:
    """ "The plan is 38 per cent funded" -> "share of plan funded"."""
    tail = _tail(fig)
    if fig.kind != "percent" or not tail or not tail[0].is_word:
        return None
    if not tail[0].low.endswith("ed") or (len(tail) > 1 and tail[1].is_word):
        return None
    owner, _ = clause_subject(fig)
    base = owner if owner and owner.lower() not in PRONOUNS else earlier
    return join_text(ph.SHARE_PREFIX, _head_of(base), tail[0].text), "subject.predicative"


_NUMBER_END = frozenset(["percent", "cent", "%", "half", "third", "thirds", "quarter", "fifth"])


@lru_cache(maxsize=64)
def _tail(fig: Figure) -> list[Tok]:
    """The words after the figure's number, inside its span ("38 per cent funded") or after."""
    span = tokens(fig.text, fig.start, fig.end)
    last = -1
    for k, tok in enumerate(span):
        if tok.text[:1].isdigit() or tok.low in _NUMBER_END:
            last = k
    inner = span[last + 1 :] if last >= 0 else []
    return [*inner, *_right_tokens(fig)]


def _by_phrase(fig: Figure, memory: Memory) -> tuple[str, str]:
    right = _right_tokens(fig)
    form, np, cont = _right_np(right)
    verb = _verb_before(fig)
    if fig.kind == "money":
        return _money_subject(fig, form, np, cont, memory)
    if fig.kind == "percent":
        return _percent_subject(fig, form, np, cont, memory, verb)
    return _count_subject(fig, form, np, cont, memory, verb)


@lru_cache(maxsize=64)
def _right_tokens(fig: Figure) -> list[Tok]:
    own_of = fig.text.rfind(" of ", fig.start, fig.end)
    counted = own_of >= 0 and _counted_after_of(fig, own_of)
    pos = own_of + 1 if counted else fig.end
    if own_of >= 0 and not counted and fig.kind == "count":
        pos = _partitive_noun(fig, pos)
    skipped = _SKIP_AFTER_FIGURE.match(fig.text, pos)
    if skipped:
        pos = skipped.end()
    # A figure right after "of (the)" belongs to the phrase ("two-thirds of the 850 families").
    lead = _OF_LEAD.match(fig.text, pos)
    near = lead.end() if lead else pos
    limit = min([s for s in fig.stops if s > near] + [len(fig.text), pos + 3 * WINDOW])
    return tokens(fig.text, pos, limit)


def _partitive_noun(fig: Figure, pos: int) -> int:
    """ "150 of its 1,800 workers": the span ends on the counted noun; read from there."""
    span = tokens(fig.text, fig.start, fig.end)
    if len(span) > 2 and span[-1].is_word and span[-2].text[:1].isdigit():
        return span[-1].start
    return pos


def _counted_after_of(fig: Figure, own_of: int) -> bool:
    """ "less than a quarter of that amount": the span's own "of" names what is counted,
    unless a number follows it ("upwards of 80,000", "two out of every five")."""
    after = fig.text[own_of : fig.end]
    return not any(c.isdigit() for c in after) and not _NUMBER_WORD.search(after)


def _right_np(toks: list[Tok]) -> tuple[str, list[Tok], list[Tok]]:
    """How the text goes on after the figure: ``np``, ``of``, ``verb`` or ``bare``."""
    i = 1 if toks and toks[0].low in ph.SKIP_AFTER else 0
    while i < len(toks) and toks[i].low in ("such", "these", "those", "the"):
        i += 1
    if i >= len(toks) or not toks[i].is_word:
        return "bare", [], []
    first = toks[i].low
    if first == "of":
        return _of_np(toks, i + 1)
    if first in ph.TIME_WORDS and i + 1 < len(toks) and toks[i + 1].low in ph.TIME_UNITS:
        return "bare", [], []
    if first in ph.COMPARATIVES:
        return "bare", [], []
    np, j = noun_phrase(toks, i)
    if np:
        return "np", np, continuation(toks, j)
    if first in ph.VERBS or first.endswith("ed"):
        return "verb", [], continuation(toks, i)
    return "bare", [], []


def _of_np(toks: list[Tok], i: int) -> tuple[str, list[Tok], list[Tok]]:
    j = i
    while j < len(toks) and (toks[j].low in DETS or toks[j].text[:1].isdigit()):
        j += 1
    if j < len(toks) and toks[j].low in ("them", "it", "which", "those", "these", "whom"):
        return "of-anaphor", [toks[j]], continuation(toks, j + 1)
    np, k = noun_phrase(toks, j)
    if len(np) == 1 and np[0].low in ph.ANAPHORIC_NOUNS:
        return "of-anaphor", np, continuation(toks, k)
    return ("of", np, continuation(toks, k)) if np else ("bare", [], [])


def _verb_before(fig: Figure) -> str:
    """An "-ed" verb right before a count ("detained 80,000 ...")."""
    before = tokens(fig.text, max(0, fig.start - 40), fig.start)
    if before and before[-1].is_word and before[-1].low.endswith("ed"):
        word = before[-1].low
        if word not in _NOT_EVENT_VERBS and word not in ph.VERBS:
            return before[-1].text
    return ""


# fmt: off
_NOT_EVENT_VERBS = frozenset(
    [
        "estimated", "reported", "claimed", "counted", "recorded", "stated", "noted", "said",
        "announced", "assessed", "calculated", "projected", "alleged", "registered",
        "documented", "added", "warned", "identified", "verified", "confirmed", "found",
    ]
)
# fmt: on


def _count_subject(
    fig: Figure, form: str, np: list[Tok], cont: list[Tok], memory: Memory, verb: str
) -> tuple[str, str]:
    if form == "np":
        return _count_np(fig, np, cont, verb, memory), "subject.np_after"
    if form == "of":
        return join_text(text_of(np), _tidy(text_of(cont))), "subject.of_np"
    if form == "of-anaphor":
        owner, _ = clause_subject(fig)
        if owner and owner.lower() not in PRONOUNS and np and np[0].low == "total":
            return owner, "subject.clause"
        return join_text(_anaphor(fig, np, memory), text_of(cont)), "subject.of_anaphor"
    if form == "verb":
        return _antecedent_verb(fig, cont, memory), "subject.antecedent_verb"
    held = _place_holder(fig, memory)
    if held:
        return held, "subject.place_antecedent"
    earlier = _elliptical(fig, memory)
    if earlier:
        return earlier, "subject.ellipsis"
    moved = _changed_thing(fig, memory)
    if moved:
        return moved, "subject.change_verb"
    if _COMPARED.search(fig.text[max(0, fig.start - WINDOW) : fig.start]):
        return (memory.subjects[-1] if memory.subjects else ""), "subject.compared"
    with_place = _WITH_PLACE.search(fig.text[max(0, fig.start - WINDOW) : fig.start])
    if with_place:
        head = _antecedent(fig, memory)
        return join_text(head, f"in {with_place.group(1)}"), "subject.with_place"
    return _from_clause(fig, memory, "")


def _count_np(fig: Figure, np: list[Tok], cont: list[Tok], verb: str, memory: Memory) -> str:
    words = text_of(np)
    if fig.text[: np[0].start].rstrip().lower().endswith("such"):
        earlier = _resolve_such(f"such {words}", memory)
        if not earlier.lower().startswith("such "):
            return join_text(_head(earlier), verb, _tidy(text_of(cont)))
    left = _left_of_noun(fig)
    frame = ph.FRAME_NOUNS.get(left.split()[-1].lower(), "") if left else ""
    if frame:
        return join_text(words, frame)
    if left and np[-1].low in ph.GENERIC_NOUNS:
        words = f"{left} of {words}"
    if len(np) == 1 and not cont:
        subject, _ = clause_subject(fig)
        if subject and subject.lower() not in PRONOUNS:
            link = "in" if is_place(subject) else "by" if verb else "of"
            return join_text(words, verb, link, subject)
        related = "" if verb else fr.with_clause(fig, words)
        if related:
            return related
    agent = _agent(fig) if verb else ""
    phrase = join_text(words, verb, agent, _tidy(text_of(cont)))
    return _with_place(fig, phrase)


def _agent(fig: Figure) -> str:
    """ "Mobile teams conducted 5,300 consultations" -> "by Mobile teams"."""
    subject, _ = clause_subject(fig)
    if not subject or subject.lower() in PRONOUNS or is_place(subject):
        return ""
    return f"by {subject}"


_tidy = fr.tidy


def _with_place(fig: Figure, phrase: str) -> str:
    """ "Sudan had 11.6 million displaced" / "In Gaza, 2 million ...": keep the place."""
    subject, _ = clause_subject(fig)
    front = _FRONT_PLACE.match(fig.text)
    initial = _INITIAL_NAME.match(fig.text)
    place = front.group(1) if front else subject or (initial.group(1) if initial else "")
    if place and is_place(place) and place.lower() not in phrase.lower():
        return f"{phrase} in {place}"
    return phrase


def _percent_subject(
    fig: Figure, form: str, np: list[Tok], cont: list[Tok], memory: Memory, verb: str
) -> tuple[str, str]:
    if form in ("of", "of-anaphor"):
        whole = (
            join_toks(np, cont)
            if form == "of"
            else join_text(_anaphor(fig, np, memory), text_of(cont))
        )
        owner, _ = clause_subject(fig)
        prefix = f"{owner} " if owner and owner.lower() not in PRONOUNS else ""
        return f"{prefix}{ph.SHARE_PREFIX} {whole}".strip(), "subject.share_of"
    if form == "np":
        return join_toks(np, cont), "subject.np_after"
    left = _left_of_noun(fig)
    if left:
        return _resolve_such(left, memory), "subject.noun_of"
    if form == "verb":
        return _antecedent_verb(fig, cont, memory), "subject.antecedent_verb"
    return _from_clause(fig, memory, "")


def _place_holder(fig: Figure, memory: Memory) -> str:
    """ "Uganda hosts 1.6 million": the earlier figure's noun, in that place."""
    subject, _ = clause_subject(fig)
    head = _antecedent(fig, memory)
    if subject and head and is_place(subject):
        return f"{head} in {subject}"
    return ""


def _money_subject(
    fig: Figure, form: str, np: list[Tok], cont: list[Tok], memory: Memory
) -> tuple[str, str]:
    tail = text_of(cont) if form in ("np", "bare") else ""
    pp = _trailing_pp(fig)
    left = _left_of_noun(fig)
    if left:
        return join_text(_resolve_such(left, memory), pp), "subject.noun_of"
    moved = _changed_thing(fig, memory)
    if moved:
        return join_text(moved, pp), "subject.change_verb"
    if form == "np" and np:
        return join_text(text_of(np), tail), "subject.np_after"
    relative = _relative_clause(fig)
    if relative:
        return relative, "subject.relative"
    earlier = _elliptical(fig, memory)
    if earlier:
        return join_text(_swap_pp(earlier, pp), pp), "subject.ellipsis"
    window = fig.text[max(0, fig.start - WINDOW) : fig.start]
    head = _RELATIVE_HEAD.search(window) if " that " in window or " which " in window else None
    if head and head.group(1).lower() not in DETS:
        return join_text(head.group(1), pp), "subject.relative_head"
    verb = _governing_verb(fig)
    if verb.endswith("ing") and verb in sf.PAYMENT_NOUNS and fr.after_preposition(fig, verb):
        return join_text(sf.PAYMENT_NOUNS[verb], pp), "subject.payment"
    if verb in ph.TRANSACTION_VERBS:
        pp = join_text(sf.PAYMENT_NOUNS.get(verb, verb), pp)
    subject, rule = _from_clause(fig, memory, pp)
    if subject and verb in ("cost", "costs") and not subject.startswith("cost"):
        subject = f"cost of {subject}"
    return subject, rule


def _swap_pp(earlier: str, pp: str) -> str:
    """ "... 1 million rubles for companies and ... 50,000 for officials": the second figure's
    "for" phrase replaces the first one's instead of adding to it."""
    lead = pp.split(" ", 1)[0].lower() if pp else ""
    cut = earlier.rfind(f" {lead} ") if lead in ("for", "to", "in", "on") else -1
    return earlier[:cut] if cut > 0 else earlier


def _elliptical(fig: Figure, memory: Memory) -> str:
    """ "fined up to 500,000 rubles, and up to 1 million rubles in Moscow": the figure after
    "and" shares the subject of the figure before it in the sentence."""
    if not _ELLIPSIS.search(fig.text[max(0, fig.start - 24) : fig.start]):
        return ""
    return memory.sentence_subjects.get(fig.sentence, "")


def _governing_verb(fig: Figure) -> str:
    """The verb right before a figure, particles skipped ("spent ... on", "paid")."""
    toks = tokens(fig.text, max(0, fig.start - WINDOW), fig.start)
    i = len(toks) - 1
    while i >= 0 and is_particle(toks[i]):
        i -= 1
    if i >= 0 and (toks[i].low in ph.TRANSACTION_VERBS or looks_verb(toks[i], True)):
        return toks[i].low
    return ""


def _relative_clause(fig: Figure) -> str:
    """ "the 195,000 rubles that a soldier on contract receives": who gets or pays it."""
    right = _right_tokens(fig)
    if len(right) > 2 and right[0].low in ("that", "which") and right[1].low in DETS:
        words = continuation(right, 1)
        while len(words) > 2 and words[-2].low in ph.TIME_WORDS and words[-1].low in ph.TIME_UNITS:
            words = words[:-2]
        return clean(text_of(words))
    return ""


def _trailing_pp(fig: Figure) -> str:
    """ "... rubles to anyone who brings a recruit", "... for companies that ...": the PP."""
    right = _right_tokens(fig)
    i = 0
    while i + 1 < len(right) and right[i].low in _TIME_LEADS and right[i + 1].low in ph.TIME_UNITS:
        i += 2
    if i < len(right) and right[i].low in ("to", "for", "on", "in"):
        cont = continuation(right, i + 1)
        if cont and not is_time(right[i + 1]):
            return text_of([right[i], *cont])
    return ""


def _left_of_noun(fig: Figure) -> str:
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
        if not plural_noun and (
            low in ph.FUNCTION_WORDS or low in ph.VERBS or low in ph.VERB_BASES
        ):
            break
        if not word[:1].isalpha() or len(kept) == _MAX_LEFT_NOUN:
            break
        kept.insert(0, word)
    return " ".join(kept)


# "a sign-up bonus", "average monthly income": a noun with two modifiers at most.
_MAX_LEFT_NOUN = 3


def _changed_thing(fig: Figure, memory: Memory) -> str:
    """ "raises fines for breaking rules to up to 70,000": the thing whose level changes."""
    offset = max(0, fig.start - 2 * WINDOW)
    before = fig.text[offset : fig.start]
    match = _changed_rx().search(before)
    if not match:
        return ""
    thing = match.group(1).strip()
    if thing.split()[0].lower() in ("to", "from", "by", "at") or not clean(thing):
        return ""
    if thing.split()[0].lower() in ("its", "their"):
        owner = _np_before(fig.text, offset + match.start())
        if owner and owner.lower() not in PRONOUNS:
            thing = f"{owner} {thing.split(' ', 1)[-1]}"
    return clean(_resolve_such(thing, memory))


@cache
def _changed_rx() -> re.Pattern[str]:
    verbs = "|".join(sorted(ph.CHANGE_VERBS, key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs})\s+((?:[\w'’-]+\s+){{1,10}}?)(?:to\s+|at\s+)?$")


def _np_before(text: str, pos: int) -> str:
    """The noun phrase just before ``pos`` ("Samara Oblast reportedly increased")."""
    toks = tokens(text, max(0, pos - WINDOW), pos)
    i = len(toks) - 1
    while i >= 0 and is_particle(toks[i]):
        i -= 1
    end = i
    while i >= 0 and is_np_word(toks[i]):
        i -= 1
    return clean(text_of(toks[i + 1 : end + 1]))


def _from_clause(fig: Figure, memory: Memory, pp: str) -> tuple[str, str]:
    subject, iobj = clause_subject(fig)
    if any(word in sf.SUBJECT_STOPS for word in subject.lower().split()):
        subject = fr.grammatical_subject(fig) or subject  # "economists say the decline ..."
    if subject and _is_anaphoric(subject):
        person = subject.split()[0].lower() in _PERSON_PRONOUNS
        subject = join_text(_antecedent(fig, memory, person) or subject, fr.pronoun_place(fig))
    elif subject:
        subject = fr.change_anaphor(fig, _resolve_such(subject, memory))
    if iobj:
        subject = join_text(subject if subject.lower() not in PRONOUNS else "", iobj)
    if not subject and pp:
        return pp.split(" ", 1)[-1], "subject.pp"
    if not subject:
        return _sentence_anaphor(fig, memory), "subject.sentence_anaphor"
    return join_text(subject, pp), "subject.clause"


def _sentence_anaphor(fig: Figure, memory: Memory) -> str:
    """ "The figure is ... up from 75.9 million": the figure is about the earlier subject."""
    first = _FIGURE_ANAPHOR.match(fig.text)
    return memory.subjects[-1] if first and memory.subjects else ""


def _is_anaphoric(phrase: str) -> bool:
    words = phrase.lower().split()
    return bool(words) and (
        words[0] in PRONOUNS or (len(words) <= 2 and words[-1] in ph.ANAPHORIC_NOUNS)
    )


def _resolve_such(phrase: str, memory: Memory) -> str:
    """ "such fines" -> the earlier subject about fines, when there is one."""
    match = _SUCH.match(phrase)
    if not match:
        return phrase
    head = match.group(1).lower().rstrip("s")
    for earlier in reversed(memory.subjects):
        words = earlier.lower().split()
        if head in words or f"{head}s" in words:
            return earlier
    return phrase


def _antecedent_verb(fig: Figure, cont: list[Tok], memory: Memory) -> str:
    """ "a quarter were aged over 60", "70 per cent said they ...": the earlier head and what
    the clause says of it; saying is done by people."""
    person = bool(cont) and cont[0].low in sf.SUBJECT_STOPS
    return join_text(_antecedent(fig, memory, person), _tidy(text_of(cont)))


def _anaphor(fig: Figure, np: list[Tok], memory: Memory) -> str:
    if np and np[0].low in ("total", "amount", "sum", "figure", "number") and memory.subjects:
        return memory.subjects[-1]
    return _antecedent(fig, memory, person=bool(np) and np[0].low in _PERSON_PRONOUNS)


_PERSON_PRONOUNS = frozenset(["them", "they", "these", "those", "whom"])
_COUNTING_NOUNS = frozenset(["number", "numbers", "total", "count", "tally"])


def _antecedent(fig: Figure, memory: Memory, person: bool = False) -> str:
    """The head an elliptical figure refers to; "of them" prefers people over places."""
    if fig.sentence in memory.sentence_heads:
        return memory.sentence_heads[fig.sentence]
    if person:
        for head in reversed(memory.heads[-_PERSON_LOOKBACK:]):
            if fr.is_person(head):
                return head
        if memory.people:
            return memory.people[-1]
    return memory.heads[-1] if memory.heads else ""


# "IOM interviewed 4,800 respondents in 11 countries. ... 62 per cent of them": a few heads back.
_PERSON_LOOKBACK = 4


def _head(subject: str) -> str:
    words = _head_of(subject).split()
    if subject.startswith(ph.SHARE_PREFIX + " "):
        words = words[2:]
    if len(words) > 2 and words[0].lower() in _COUNTING_NOUNS and words[1].lower() == "of":
        words = words[2:]  # "number of forcibly displaced people": the people are the head
    kept = []
    for word in words:
        if word.lower() in ph.FUNCTION_WORDS or word.lower() in ph.VERBS:
            break
        kept.append(word)
    return " ".join(kept[:4])


def assign_subjects(parse: Parse) -> tuple[Claim, ...]:
    memory = Memory()
    out = []
    spans: dict[int, list[tuple[int, int]]] = {}
    for claim in parse.claims:
        spans.setdefault(claim.sentence_start, []).append((claim.start, claim.end))
    numbers: dict[int, list[tuple[int, int]]] = {}
    starts = [sentence.start for sentence in parse.sentences]
    for quantity in parse.quantities:
        index = bisect_right(starts, quantity.start) - 1
        if index >= 0:
            numbers.setdefault(starts[index], []).append((quantity.start, quantity.end))
    for claim in parse.claims:
        fig = _figure(claim, spans[claim.sentence_start], numbers.get(claim.sentence_start, []))
        if fig.sentence not in memory.sentence_subjects:
            memory.people.extend(fr.people_before(fig))
        table = fr.table_subject(parse.document.text, claim.sentence_start, fig)
        subject, rule = (table, "subject.table") if table else subject_of(fig, memory)
        memory.subjects.append(subject)
        if subject:
            memory.sentence_subjects[fig.sentence] = subject
        head = _head(subject)
        if head:
            memory.heads.append(head)
            memory.sentence_heads[fig.sentence] = head
        evidence = (*claim.evidence, ("subject", rule))
        out.append(updated(claim, subject=subject, evidence=evidence))
    return tuple(out)


def _figure(claim: Claim, spans: list[tuple[int, int]], numbers: list[tuple[int, int]]) -> Figure:
    """The claim seen from its sentence: ``spans`` are the sentence's claim figures (a subject
    stops before them), ``numbers`` all its figures (blanked when reading a clause)."""
    base = claim.sentence_start
    inside = tuple((s - base, e - base) for s, e in numbers if s != claim.start)
    stops = tuple(s - base for s, _ in spans if s >= claim.end)
    floor = fr.body_start(claim.sentence)
    return Figure(
        claim.sentence, claim.start - base, claim.end - base, claim.kind, stops, base, inside, floor
    )


@component("subjects", requires=("claims",), assigns=("claims.subject",))
def _subjects(parse: Parse) -> Parse:
    return dataclasses.replace(parse, claims=assign_subjects(parse))


COMPONENT = _subjects
