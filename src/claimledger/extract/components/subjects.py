"""What a figure counts or pays: a short noun phrase for each claim's ``subject``.

Read in this order, first hit wins: the noun phrase after the figure ("20,000 Central Asian
migrants to fight ..."), "of" + noun phrase ("73 per cent of the world's refugees" ->
"share of the world's refugees"), the noun the figure belongs to ("fines of up to ..."), the
thing a change verb moves ("raised fines ... to ..."), and the subject of the clause whose
object the figure is ("the share was 24 percent"). Pronouns and "the total", "such fines"
are resolved against earlier claims of the document. Plain token heuristics, no tagger.
Before these, ``subject_frames`` reads label lines, table cells, "of which", change figures
and predicative shares; when nothing is found the sentence's own subject is the fallback.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from claimledger.extract.components import subject_context as ctx
from claimledger.extract.components import subject_frames as fr
from claimledger.extract.components import subject_labels as lb
from claimledger.extract.components import subject_memory as mem
from claimledger.extract.components import subject_predicates as spr
from claimledger.extract.components import subject_reading as rd
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
    is_particle,
    is_time,
    join_text,
    join_toks,
    looks_verb,
    text_of,
    tokens,
)
from claimledger.extract.patterns import phrases as ph
from claimledger.extract.patterns import subject_frames as sf
from claimledger.extract.pipeline import Parse, component, replaced
from claimledger.model import Claim

_COMPARED = re.compile(
    r"\b(?:compared (?:with|to)|than|versus|vs\.?|against|up from|down from|from)\s*$"
)
_TIME_LEADS = ph.TIME_WORDS | {"this", "next", "last"}
_ELLIPSIS = re.compile(
    r"(?:,\s*|\s)(?:and|or|but|while|whereas|plus)"
    r"(?:\s+(?:to|at|by|for|a\s+further|another|an\s+additional|an\s+extra))?\s*$"
)
_RELATIVE_HEAD = re.compile(
    r"([A-Za-z][\w'’-]*)(,?)\s+(?:(?:that|which)\s+(?:[a-z]+ly\s+)?[a-z]+\s+"
    r"(?:from|between|at|to|around|about)?|which)\s*$"
)
_WITH_PLACE = re.compile(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+with\s*$")
_FRONT_PLACE = re.compile(r"\s*(?:In|Inside|Across)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s*,")
_INITIAL_NAME = re.compile(r"\s*([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+[a-z]")
_FIGURE_ANAPHOR = re.compile(r"\s*(?:The|This|That)\s+(figure|number|total|amount|sum)\b")


def subject_of(fig: Figure, memory: mem.Memory) -> tuple[str, str]:
    """The subject phrase of one figure and the name of the rule that produced it."""
    restated = spr.restated(fig, memory.sentence_subjects.get(fig.sentence, ""))
    if restated:
        return restated, "subject.restated"
    earlier = memory.sentence_subjects.get(fig.sentence, "")
    part = ctx.accounted_for(fig, memory.subjects[-1] if memory.subjects else "")
    if part:
        return part, "subject.accounted_for"
    for frame, rule in _CONTEXT_FRAMES:
        found = frame(fig, earlier)
        if found:
            return found, rule
    subject, rule = _framed(fig, memory) or _by_phrase(fig, memory)
    if not subject:
        subject = fr.grammatical_subject(fig)
        if subject and fig.kind == "money" and _governing_verb(fig) in ("cost", "costs"):
            subject = f"cost of {subject}"
        rule = "subject.sentence_subject"
    if not subject:
        said = fr.predicate(rd.right_tokens(fig))  # "€40 million would be needed" -> "needed"
        subject = join_text("amount" if fig.kind == "money" and said else "", said)
        rule = "subject.predicate"
    if fig.kind == "money" and subject:
        subject = fr.with_rate(subject, rd.right_tokens(fig))
    return (subject, rule) if subject else memory.same_kind(fig.sentence, fig.kind)


_CONTEXT_FRAMES = (
    (ctx.new_level, "subject.new_level"),
    (ctx.to_level, "subject.to_level"),
    (ctx.base_level, "subject.base_level"),
    (ctx.or_share, "subject.or_share"),
    (ctx.apposed_change, "subject.apposed_change"),
    (ctx.share_of_it, "subject.share_of_it"),
    (ctx.gapped, "subject.gapped"),
    (ctx.sanction, "subject.sanction"),
    (ctx.fronted_share, "subject.fronted_share"),
    (ctx.moved_by, "subject.moved_by"),
    (ctx.currency_move, "subject.currency_move"),
    (ctx.included, "subject.included"),
    (ctx.relative_agent, "subject.relative_agent"),
)


def _framed(fig: Figure, memory: mem.Memory) -> tuple[str, str] | None:
    """Label lines, "of which", "was fined", change figures, predicative percent."""
    label = lb.label_subject(fig)
    if label:
        return label, "subject.label"
    earlier = memory.sentence_subjects.get(fig.sentence, "")
    whole = fr.of_which(fig, earlier)
    if whole:
        prefix = ph.SHARE_PREFIX if fig.kind == "percent" else ""
        return join_text(prefix, whole, fr.predicate(rd.right_tokens(fig))), "subject.of_which"
    fine = fr.fined(fig) if fig.kind == "money" else ""
    if fine:
        return fine, "subject.fined"
    fronted = fr.fronted_whole(fig)
    if fronted:
        whole = mem.antecedent(fig, memory, person=True) if mem.is_anaphoric(fronted) else fronted
        rest = fr.predicate(rd.tail(fig))
        if not rest:
            whole = join_text(ph.SHARE_PREFIX, whole) if fig.kind == "percent" else whole
        return join_text(whole, rest), "subject.fronted_of"
    return _change(fig, earlier) or _predicative(fig, earlier)


def _change(fig: Figure, earlier: str) -> tuple[str, str] | None:
    word, by_verb = fr.change_before(fig)
    if not word and fr.comparative_near(fig):
        word, noun = fr.change_after(rd.tail(fig), fig.kind == "percent")
        if word and noun:
            return fr.change_phrase(word, noun), "subject.change"
    if not word:
        return None
    base = fr.grammatical_subject(fig) if by_verb else earlier or fr.grammatical_subject(fig)
    return fr.change_phrase(word, mem.head_of(base) if not by_verb else base), "subject.change"


def _predicative(fig: Figure, earlier: str) -> tuple[str, str] | None:
    """ "The plan is 38 per cent funded" -> "share of plan funded"."""
    if fig.kind != "percent":
        return None
    tail = rd.tail(fig)
    if not tail or not tail[0].is_word:
        return None
    if not tail[0].low.endswith("ed") or (len(tail) > 1 and tail[1].is_word):
        return None
    owner, _ = clause_subject(fig)
    base = owner if owner and owner.lower() not in PRONOUNS else earlier
    return join_text(ph.SHARE_PREFIX, mem.head_of(base), tail[0].text), "subject.predicative"


def _by_phrase(fig: Figure, memory: mem.Memory) -> tuple[str, str]:
    right = rd.right_tokens(fig)
    form, np, cont = rd.right_np(right)
    verb = _verb_before(fig)
    if fig.kind == "money":
        return _money_subject(fig, form, np, cont, memory)
    if fig.kind == "percent":
        return _percent_subject(fig, form, np, cont, memory, verb)
    return _count_subject(fig, form, np, cont, memory, verb)


def _verb_before(fig: Figure) -> str:
    """An "-ed" verb right before a count ("detained 80,000 ...")."""
    before = tokens(fig.text, max(0, fig.start - 40), fig.start)
    if before and before[-1].low in ph.PRESENT_PARTICIPLES:
        return ph.PRESENT_PARTICIPLES[before[-1].low]  # "operate 38 hubs" -> "operated"
    if before and before[-1].low == "reached":
        return "reached"  # "UNHCR reached 12,300 people": a count reached, not a level
    if before and before[-1].is_word and before[-1].low.endswith("ed"):
        word = before[-1].low
        if word not in _NOT_EVENT_VERBS and word not in ph.VERBS:
            return before[-1].text
    return ""


# Speech verbs say something about a figure; "registered 640 calls" describes the calls.
_NOT_EVENT_VERBS = frozenset(("estimated", "reported", "claimed", "stated", "noted", "said",
    "announced", "assessed", "calculated", "projected", "alleged", "added", "warned",
    "confirmed", "found"))  # fmt: skip


def _count_subject(
    fig: Figure, form: str, np: list[Tok], cont: list[Tok], memory: mem.Memory, verb: str
) -> tuple[str, str]:
    if form == "np" and spr.stands_as_verb(np, cont):
        head = spr.noun_only(mem.antecedent(fig, memory))
        return join_text(head, _tidy(text_of([*np, *cont]))), "subject.counted_verb"
    if form == "np":
        return _count_np(fig, np, cont, verb, memory), "subject.np_after"
    if form == "of":
        return join_text(text_of(np), _tidy(text_of(cont))), "subject.of_np"
    if form == "of-anaphor":
        owner, _ = clause_subject(fig)
        if owner and owner.lower() not in PRONOUNS and np and np[0].low == "total":
            return owner, "subject.clause"
        return join_text(mem.anaphor(fig, np, memory), text_of(cont)), "subject.of_anaphor"
    if form == "verb":
        return mem.antecedent_verb(fig, cont, memory), "subject.antecedent_verb"
    given = fr.recipients(fig, "", memory.sentence_subjects.get(fig.sentence, ""))
    if given:
        return given, "subject.recipients"
    owner = ctx.left_of_noun(fig)  # "a monthly intake of roughly 37,500"
    if owner:
        return mem.resolve_such(owner, memory), "subject.noun_of"
    held = _place_holder(fig, memory)
    if held:
        return held, "subject.place_antecedent"
    earlier = _elliptical(fig, memory)
    if earlier:
        return earlier, "subject.ellipsis"
    moved = ctx.changed_thing(fig, memory)
    if moved:
        return moved, "subject.change_verb"
    if _COMPARED.search(fig.text[max(0, fig.start - WINDOW) : fig.start]):
        return (memory.subjects[-1] if memory.subjects else ""), "subject.compared"
    with_place = _WITH_PLACE.search(fig.text[max(0, fig.start - WINDOW) : fig.start])
    if with_place:
        head = mem.antecedent(fig, memory)
        return join_text(head, f"in {with_place.group(1)}"), "subject.with_place"
    return _from_clause(fig, memory, "")


def _count_np(fig: Figure, np: list[Tok], cont: list[Tok], verb: str, memory: mem.Memory) -> str:
    words = text_of(np)
    if fig.text[: np[0].start].rstrip().lower().endswith("such"):
        earlier = mem.resolve_such(f"such {words}", memory, memory.previous.get(fig.sentence, ""))
        if not earlier.lower().startswith("such "):
            return join_text(mem.head(earlier), verb, _tidy(text_of(cont)))
    earlier = memory.sentence_subjects.get(fig.sentence, "")
    subset = fr.subset_predicate(fig, earlier) if not cont else ""
    if subset:
        return join_text(words, subset)
    left = ctx.left_of_noun(fig)
    frame = ph.FRAME_NOUNS.get(left.split()[-1].lower(), "") if left else ""
    if frame:
        return join_text(words, frame)
    if left and np[-1].low in ph.GENERIC_NOUNS:
        words = f"{left} of {words}"
    given = fr.recipients(fig, words, "") if len(np) == 1 else ""
    if given:
        return given
    if len(np) == 1 and not cont:
        said = spr.bare_predicate(fig)
        if said:
            return _with_place(fig, join_text(words, said))
        subject, _ = clause_subject(fig)
        if subject and subject.lower() not in PRONOUNS:
            link = "in" if is_place(subject) else "by" if verb else "of"
            return join_text(words, verb, link, subject)
        related = "" if verb else fr.with_clause(fig, words)
        if related:
            return related
    agent = _agent(fig) if verb else ""
    rest = _tidy(text_of(spr.cut_reported(cont)))
    if agent and rest.startswith("of "):  # "cases of detention documented by HRMMU"
        return _with_place(fig, join_text(words, rest, verb, agent))
    return _with_place(fig, join_text(words, verb, agent, rest))


def _agent(fig: Figure) -> str:
    """ "Mobile teams conducted 5,300 consultations" -> "by Mobile teams"."""
    subject, _ = clause_subject(fig)
    if not subject:  # "The centre runs 12 shelters": a verb outside the lists
        verb = fig.text[: fig.start].rstrip().rfind(" ")
        subject = ctx.np_before(fig.text, verb) if verb > 0 else ""
    subject = _FRONTED_TIME.sub("", subject)  # "In March , UNHCR and partners reached"
    if not subject or subject.lower() in PRONOUNS or is_place(subject):
        return ""
    return f"by {subject}"


_FRONTED_TIME = re.compile(r"^(?:In|On|By|During|Since|Last|This|Over)\b[^,]{0,30}\s*,\s*")


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
    fig: Figure, form: str, np: list[Tok], cont: list[Tok], memory: mem.Memory, verb: str
) -> tuple[str, str]:
    if form in ("of", "of-anaphor"):
        whole = (
            join_text(text_of(np), _tidy(text_of(cont)))
            if form == "of"
            else join_text(mem.anaphor(fig, np, memory), text_of(cont))
        )
        owner, _ = clause_subject(fig)
        prefix = f"{owner} " if owner and owner.lower() not in PRONOUNS else ""
        return f"{prefix}{ph.SHARE_PREFIX} {whole}".strip(), "subject.share_of"
    if form == "np":
        return join_toks(np, cont), "subject.np_after"
    left = ctx.left_of_noun(fig)
    if left:
        return mem.resolve_such(left, memory), "subject.noun_of"
    if form == "verb":
        return mem.antecedent_verb(fig, cont, memory), "subject.antecedent_verb"
    return _from_clause(fig, memory, "")


def _place_holder(fig: Figure, memory: mem.Memory) -> str:
    """ "Uganda hosts 1.6 million": the earlier figure's noun, in that place."""
    subject, _ = clause_subject(fig)
    head = mem.antecedent(fig, memory)
    if subject and head and is_place(subject):
        return f"{head} in {subject}"
    return ""


def _money_subject(
    fig: Figure, form: str, np: list[Tok], cont: list[Tok], memory: mem.Memory
) -> tuple[str, str]:
    tail = text_of(cont) if form in ("np", "bare") else ""
    pp = _trailing_pp(fig)
    left = ctx.left_of_noun(fig)
    if left:
        return join_text(mem.resolve_such(left, memory), pp), "subject.noun_of"
    moved = ctx.changed_thing(fig, memory)
    if moved:
        return join_text(moved, pp), "subject.change_verb"
    if form == "np" and np:
        return join_text(text_of(np), tail), "subject.np_after"
    relative = _relative_clause(fig)
    if relative:
        return relative, "subject.relative"
    earlier = _elliptical(fig, memory)
    if earlier:
        return join_text(fr.swap_pp(earlier, pp), pp), "subject.ellipsis"
    window = fig.text[max(0, fig.start - WINDOW) : fig.start]
    head = _RELATIVE_HEAD.search(window) if " that " in window or " which " in window else None
    if head and head.group(1).lower() not in DETS:
        offset = max(0, fig.start - WINDOW)
        # ", which": a non-restrictive clause after a whole noun phrase, mostly a subject
        whole = ctx.np_before(fig.text, offset + head.end(1)) if head.group(2) else ""
        whole = whole if 0 < len(whole.split()) <= ctx.MAX_LEFT_NOUN + 1 else head.group(1)
        return join_text(whole, pp), "subject.relative_head"
    verb = _governing_verb(fig)
    if verb.endswith("ing") and verb in sf.PAYMENT_NOUNS and fr.after_preposition(fig, verb):
        return join_text(sf.PAYMENT_NOUNS[verb], pp), "subject.payment"
    if verb in ph.TRANSACTION_VERBS:
        pp = join_text(sf.PAYMENT_NOUNS.get(verb, verb), pp)
    subject, rule = _from_clause(fig, memory, pp)
    if subject and verb in ("cost", "costs") and not subject.startswith("cost"):
        subject = f"cost of {subject}"
    return subject, rule


def _elliptical(fig: Figure, memory: mem.Memory) -> str:
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
    right = rd.right_tokens(fig)
    if len(right) > 2 and right[0].low in ("that", "which") and right[1].low in DETS:
        words = continuation(right, 1)
        while len(words) > 2 and words[-2].low in ph.TIME_WORDS and words[-1].low in ph.TIME_UNITS:
            words = words[:-2]
        return clean(text_of(words))
    return ""


def _trailing_pp(fig: Figure) -> str:
    """ "... rubles to anyone who brings a recruit", "... for companies that ...": the PP."""
    right = rd.right_tokens(fig)
    i = 0
    while i + 1 < len(right) and right[i].low in _TIME_LEADS and right[i + 1].low in ph.TIME_UNITS:
        i += 2
    if i < len(right) and right[i].low in ("to", "for", "on", "in"):
        cont = continuation(right, i + 1)
        if cont and not is_time(right[i + 1]):
            return text_of([right[i], *cont])
    return ""


def _from_clause(fig: Figure, memory: mem.Memory, pp: str) -> tuple[str, str]:
    subject, iobj = clause_subject(fig)
    if any(word in sf.SUBJECT_STOPS for word in subject.lower().split()):
        fallback = fr.grammatical_subject(fig)  # "economists say the decline ..."
        bare = " " not in fallback and fallback.endswith("ed")  # "office when summoned rises"
        subject = fallback if fallback and not bare else subject
    if subject and mem.is_anaphoric(subject):
        person = subject.split()[0].lower() in mem.PERSON_PRONOUNS
        subject = join_text(mem.antecedent(fig, memory, person) or subject, fr.pronoun_place(fig))
    elif subject:
        subject = fr.change_anaphor(fig, mem.resolve_such(subject, memory))
    if iobj:
        subject = join_text(subject if subject.lower() not in PRONOUNS else "", iobj)
    if not subject and pp:
        return pp.split(" ", 1)[-1], "subject.pp"
    if not subject:
        return _sentence_anaphor(fig, memory), "subject.sentence_anaphor"
    return join_text(subject, pp), "subject.clause"


def _sentence_anaphor(fig: Figure, memory: mem.Memory) -> str:
    """ "The figure is ... up from 75.9 million": the figure is about the earlier subject."""
    first = _FIGURE_ANAPHOR.match(fig.text)
    return memory.subjects[-1] if first and memory.subjects else ""


def assign_subjects(parse: Parse) -> tuple[Claim, ...]:
    memory = mem.Memory()
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
    for index, sentence in enumerate(parse.sentences[1:]):
        if sentence.start in spans:
            memory.previous[sentence.start] = parse.sentences[index].text
    paired = _respectively(parse, spans, numbers)
    for claim in parse.claims:
        fig = _figure(claim, spans[claim.sentence_start], numbers.get(claim.sentence_start, []))
        if fig.sentence not in memory.sentence_subjects:
            memory.people.append(fig)  # read for person nouns only when "they" needs one
        table = lb.table_subject(parse.document.text, claim.sentence_start, fig)
        subject, rule = (table, "subject.table") if table else subject_of(fig, memory)
        if claim.start in paired:
            subject, rule = paired[claim.start], "subject.respectively"
        memory.subjects.append(subject)
        if subject:
            memory.sentence_subjects[fig.sentence] = subject
            memory.kind_subjects[fig.sentence, fig.kind] = subject
        head = mem.head(subject)
        if head:
            memory.heads.append(head)
            memory.sentence_heads[fig.sentence] = head
        evidence = (*claim.evidence, ("subject", rule))
        out.append(updated(claim, subject=subject, evidence=evidence))
    return tuple(out)


def _respectively(
    parse: Parse, spans: dict[int, list[tuple[int, int]]], numbers: dict[int, list[tuple[int, int]]]
) -> dict[int, str]:
    """Subjects of "A, B and C ... X, Y and Z ..., respectively" figures, by claim start."""
    out: dict[int, str] = {}
    own = [c for c in parse.claims if c.converts is None and "respectively" in c.sentence]
    by_sentence: dict[int, list[Claim]] = {}
    for claim in own:
        by_sentence.setdefault(claim.sentence_start, []).append(claim)
    for base, claims in by_sentence.items():
        first = _figure(claims[0], spans[base], numbers.get(base, []))
        items = clause_subject(first)[0] or fr.grammatical_subject(first)
        figures = [(c.start - base, c.end - base, c.kind) for c in claims]
        paired = ctx.respectively(first.text, figures, items)
        out.update(zip([c.start for c in claims], paired, strict=False))
    return out


def _figure(claim: Claim, spans: list[tuple[int, int]], numbers: list[tuple[int, int]]) -> Figure:
    """The claim seen from its sentence: ``spans`` are the sentence's claim figures (a subject
    stops before them), ``numbers`` all its figures (blanked when reading a clause)."""
    base = claim.sentence_start
    inside = tuple([(s - base, e - base) for s, e in numbers if s != claim.start])
    stops = tuple([s - base for s, _ in spans if s >= claim.end])
    floor = fr.body_start(claim.sentence)
    return Figure(
        claim.sentence, claim.start - base, claim.end - base, claim.kind, stops, base, inside, floor
    )


@component("subjects", requires=("claims",), assigns=("claims.subject",))
def _subjects(parse: Parse) -> Parse:
    return replaced(parse, claims=assign_subjects(parse))


COMPONENT = _subjects
