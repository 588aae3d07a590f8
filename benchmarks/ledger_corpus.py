"""A generated corpus of varied reports for the ledger benchmark (made on the fly, never stored).

Each document draws a dozen sentences from templates with varied figures, qualifiers,
sources, places, groups, currencies and dates, so that documents differ from one another
as real reports do (few shared word shingles) and every sentence holds one or two figures.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from claimledger.model import Document


def _split(names: str) -> tuple[str, ...]:
    return tuple(names.split("|"))


PLACES = _split(
    "Kharkiv|Zaporizhzhia|Kherson|Donetsk|Luhansk|Sumy|Odesa|Mykolaiv|Dnipro|Poltava|"
    "Chernihiv|Belgorod|Kursk|Rostov|Bryansk|Voronezh|Tashkent|Dushanbe|Bishkek|"
    "Almaty|Osh|Samarkand|Khujand|Astana|Tbilisi|Yerevan|Chisinau|Gomel|Mariupol|"
    "Melitopol|Berdiansk|Izium"
)
SOURCES = _split(
    "UNHCR|the IOM|the Ministry of Defence|the regional governor|Human Rights Watch|"
    "Amnesty International|Mediazona|Verstka|the ombudsman|the border service|"
    "local officials|the Red Cross|a ministry spokesperson|the World Food Programme|"
    "Memorial|the OSCE mission|a defence analyst|the city council|volunteers"
)
GROUPS = _split(
    "displaced people|migrant workers|conscripts|prisoners|refugees|returnees|"
    "civilians|children|families|volunteers|contract soldiers|students|"
    "asylum seekers|residents|foreign nationals|pensioners|detainees|evacuees"
)
CURRENCIES = (("rubles", "RUB"), ("dollars", "USD"), ("euros", "EUR"), ("hryvnias", "UAH"))
QUALIFIERS = _split("|about |more than |at least |nearly |up to |some |over ")
VERBS = _split("said|reported|estimated|claimed|stated|noted|announced|told reporters")
MONTHS = _split(
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
PUBLISHERS = _split(
    "Borderland Monitor|Steppe Review|Eastern Wire|Refugee Desk|"
    "Conflict Ledger Daily|Caucasus Dispatch|River Post|Open Frontier|"
    "Migrant Rights Bulletin|Field Notes"
)
TOPICS = _split("displacement|recruitment|evacuation|detention|aid|returns|wages")

TEMPLATES = (
    "{source} {verb} that {q}{n} {group} had left {place} since {month}.",
    "According to {source}, {q}{n} {group} were registered in {place} last {period}.",
    "In {place}, {q}{n} {group} received emergency shelter, {source} {verb}.",
    "{source} {verb} on {weekday} that recruiters offered {q}{money} to {group} from {place}.",
    "The bonus for signing a contract in {place} rose to {money}, {source} {verb}.",
    "About {pct}% of {group} in {place} said they intended to return, {source} {verb}.",
    "{source} estimates that between {n} and {n2} {group} remain in {place}.",
    "Officials in {place} counted {q}{n} {group} crossing the border in {month}.",
    "The appeal for {place} is only {pct} per cent funded, with {money} still missing.",
    "{source} {verb} that {q}{n} {group} were detained near {place} in {month}.",
    "A survey of {n} {group} in {place} found that {pct}% had lost their jobs.",
    "Shelling near {place} damaged {q}{n} houses and forced {group} to flee, {source} {verb}.",
    "{source} put the cost of repairs in {place} at {q}{money}.",
    "Nearly {pct} percent of the {group} interviewed in {place} reported pressure to enlist.",
    "The number of {group} in {place} doubled to {n} this {period}, {source} {verb}.",
    "Some {n} {group} are waiting for documents in {place}, according to {source}.",
    "Authorities in {place} promised {money} in compensation to {group}.",
    "{source} {verb} that as many as {n} {group} may have been sent to the front from {place}.",
    "Between {month} and {month2}, {q}{n} {group} passed through the camp outside {place}.",
    "Daily wages for {group} in {place} fell to {money}, {source} {verb}.",
    "The shelter in {place} has room for {n} {group}, but {n2} arrived last {period}.",
    "One in {ratio} {group} in {place} has a relative in the army, {source} {verb}.",
    "{source} {verb} {q}{n} complaints from {group} in {place} about unpaid wages.",
    "The {place} office handled {n} requests from {group} in the first half of {year}.",
)
FILLER = (
    "The situation remains tense.",
    "Further details were not immediately available.",
    "The claims could not be independently verified.",
    "Aid convoys were delayed again by checkpoints.",
    "Local volunteers continue to deliver food and medicine.",
    "Independent monitors have limited access to the area.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
PERIODS = ("week", "month", "year")


def _count(rng: random.Random) -> int:
    magnitude = rng.choice((2, 3, 3, 4, 4, 5, 6))
    return rng.randint(10 ** (magnitude - 1), 10**magnitude - 1)


def _number(value: int) -> str:
    if value >= 1_000_000 and value % 2:
        return f"{value / 1_000_000:.1f} million"
    return f"{value:,}"


def _money(rng: random.Random) -> str:
    word, code = rng.choice(CURRENCIES)
    amount = rng.randint(1, 999) * 1000
    return f"{amount:,} {word}" if rng.random() < 0.6 else f"{code} {amount:,}"


def _slots(rng: random.Random) -> dict[str, str]:
    low, high = sorted((_count(rng), _count(rng)))
    return {
        "source": rng.choice(SOURCES),
        "verb": rng.choice(VERBS),
        "q": rng.choice(QUALIFIERS),
        "n": _number(low),
        "n2": _number(high),
        "group": rng.choice(GROUPS),
        "place": rng.choice(PLACES),
        "month": rng.choice(MONTHS),
        "month2": rng.choice(MONTHS),
        "weekday": rng.choice(WEEKDAYS),
        "period": rng.choice(PERIODS),
        "money": _money(rng),
        "pct": str(rng.randint(2, 97)),
        "ratio": str(rng.randint(3, 9)),
        "year": str(rng.randint(2019, 2025)),
    }


def _sentence(rng: random.Random) -> str:
    text = rng.choice(TEMPLATES).format(**_slots(rng))
    return text[0].upper() + text[1:]


def make_document(index: int, rng: random.Random) -> Document:
    """One generated report: a title line, then three paragraphs of figures and filler."""
    place, topic = rng.choice(PLACES), rng.choice(TOPICS)
    title = f"{topic.capitalize()} in {place}: update {index}"
    paragraphs = []
    for _ in range(3):
        sentences = [_sentence(rng) for _ in range(rng.randint(3, 5))]
        if rng.random() < 0.5:
            sentences.append(rng.choice(FILLER))
        paragraphs.append(" ".join(sentences))
    published = date(2022, 1, 1) + timedelta(days=rng.randint(0, 1400))
    return Document(
        id=f"bench-{index:07d}",
        text=f"{title}\n\n" + "\n\n".join(paragraphs) + "\n",
        title=title,
        publisher=rng.choice(PUBLISHERS),
        published=published,
        url=f"https://bench.example.org/{index}",
        language="en",
    )


def documents(count: int, seed: int = 7) -> Iterator[Document]:
    rng = random.Random(seed)
    for index in range(count):
        yield make_document(index, rng)


def queries(count: int, seed: int = 11) -> Iterator[tuple[str, dict[str, object]]]:
    """Varied searches: a word, a place, a phrase or two words, sometimes with a filter."""
    rng = random.Random(seed)
    words = [g.split()[-1] for g in GROUPS] + list(TOPICS) + ["shelter", "wages", "border"]
    for _ in range(count):
        shape = rng.random()
        if shape < 0.3:
            query = rng.choice(PLACES)
        elif shape < 0.6:
            query = f"{rng.choice(words)} {rng.choice(PLACES)}"
        elif shape < 0.8:
            query = f'"{rng.choice(GROUPS)}"'
        else:
            query = rng.choice(words)
        filters: dict[str, object] = {}
        if rng.random() < 0.2:
            filters["publisher"] = rng.choice(PUBLISHERS)
        if rng.random() < 0.2:
            filters["kind"] = rng.choice(("count", "money", "percent"))
        yield query, filters
