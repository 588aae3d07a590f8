"""Turn the scored kinds of quantities (count, money, percent) into claims.

Context fields get neutral placeholders here; the subject, source, date, hedge and
conversion components fill them in. ``converts`` is remapped from quantity indexes to claim
indexes so that a conversion points at the claim it restates.
"""

from __future__ import annotations

from claimledger.extract.pipeline import Parse, component, copied, replaced
from claimledger.model import CLAIM_KINDS, Claim, Quantity, Sentence


def claims_from(parse: Parse) -> tuple[Claim, ...]:
    """One placeholder claim per count, money or percent quantity, in text order."""
    doc = parse.document
    kept = [i for i, q in enumerate(parse.quantities) if q.kind in CLAIM_KINDS]
    index = {q_index: c_index for c_index, q_index in enumerate(kept)}
    out = []
    for q_index in kept:
        quantity = parse.quantities[q_index]
        sentence = _sentence_of(parse.sentences, quantity)
        converts = index.get(quantity.converts) if quantity.converts is not None else None
        out.append(_claim(doc.id, doc.text, quantity, sentence, converts))
    return tuple(out)


def _sentence_of(sentences: tuple[Sentence, ...], quantity: Quantity) -> Sentence:
    if 0 <= quantity.sentence < len(sentences):
        found = sentences[quantity.sentence]
        if found.start <= quantity.start < found.end:
            return found
    for sentence in sentences:
        if sentence.start <= quantity.start < sentence.end:
            return sentence
    return Sentence(quantity.start, quantity.end, "")


def _claim(
    doc_id: str, text: str, quantity: Quantity, sentence: Sentence, converts: int | None
) -> Claim:
    """Built without ``Claim.__init__``, as ``updated`` does: a frozen dataclass sets each of
    its 18 fields through ``object.__setattr__``. Every field is set here."""
    claim = object.__new__(Claim)
    values = {
        "doc": doc_id,
        "kind": quantity.kind,
        "value": quantity.value,
        "qualifier": quantity.qualifier,
        "unit": quantity.unit,
        "subject": "",
        "source": None,
        "date": None,
        "hedge": "asserted",
        "quote": text[quantity.start : quantity.end],
        "start": quantity.start,
        "end": quantity.end,
        "sentence_start": sentence.start,
        "sentence_end": sentence.end,
        "sentence": sentence.text,
        "converts": converts,
        "rule": quantity.rule,
        "evidence": (("value", quantity.rule or "number"),),
    }
    object.__setattr__(claim, "__dict__", values)
    return claim


def updated(claim: Claim, **changes: object) -> Claim:
    """``dataclasses.replace`` for the context components, without re-running ``__init__``."""
    return copied(claim, changes)


@component("claims", requires=("sentences", "quantities"), assigns=("claims",))
def _claims(parse: Parse) -> Parse:
    return replaced(parse, claims=claims_from(parse))


COMPONENT = _claims
