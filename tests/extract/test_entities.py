"""Named spans: speakers, places and legal measures, with offsets into the document."""

from __future__ import annotations

from claimledger.extract.components.entities import (
    find_entities,
    is_place,
    law_spans,
    place_spans,
)
from claimledger.extract.components.sentences import split_sentences


def test_places_from_the_gazetteer_and_region_pattern() -> None:
    text = "Buses left Kharkiv for Tver Oblast and Krasnodar Krai, then crossed into Georgia."
    found = [span[3] for span in place_spans(text)]
    assert found == ["Kharkiv", "Tver Oblast", "Krasnodar Krai", "Georgia"]
    assert is_place("Tajikistan") and is_place("Kursk Oblast") and not is_place("Tuesday")


def test_legal_measures() -> None:
    text = "Federal Law No. 521-FZ and Article 328 of the Criminal Code amended the new decree."
    found = [span[3] for span in law_spans(text)]
    assert "Federal Law No. 521-FZ" in found
    assert any(f.startswith("Article 328") for f in found)
    assert "the new decree" in found


def test_entity_offsets_point_into_the_document_text() -> None:
    text = "Intro line.\n\nThe Norwegian Refugee Council said 900 people reached Bishkek."
    spans = find_entities(tuple(split_sentences(text)))
    for label, start, end, surface in spans:
        assert text[start:end] == surface
        assert label in {"ORG", "PERSON", "OUTLET", "GROUP", "PLACE", "LAW"}
    labels = {(label, surface) for label, _, _, surface in spans}
    assert ("ORG", "The Norwegian Refugee Council") in labels or (
        "ORG",
        "Norwegian Refugee Council",
    ) in labels
    assert ("PLACE", "Bishkek") in labels
