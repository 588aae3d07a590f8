from dataclasses import replace

import pytest

from claimledger.extract.pipeline import Parse, Pipeline, PipelineError, component
from claimledger.model import Document, Sentence


@component("whole", assigns=("sentences",))
def whole_text(parse: Parse) -> Parse:
    text = parse.document.text
    return replace(parse, sentences=(Sentence(0, len(text), text),))


@component("needs_quantities", requires=("quantities",), assigns=("claims",))
def needs_quantities(parse: Parse) -> Parse:
    return parse


def test_components_run_in_order_and_set_their_fields() -> None:
    parse = Pipeline([whole_text])(Document(id="d", text="Ten people left."))
    assert parse.sentences == (Sentence(0, 16, "Ten people left."),)
    assert parse.document.id == "d"


def test_missing_requirement_fails_at_construction() -> None:
    with pytest.raises(PipelineError, match="needs_quantities"):
        Pipeline([whole_text, needs_quantities])


def test_pipeline_reports_component_names() -> None:
    assert Pipeline([whole_text]).names == ("whole",)


def test_claims_pipeline_gives_the_default_claims_without_named_spans() -> None:
    from claimledger.extract import claims_pipeline, default_pipeline

    text = (
        "UNHCR said on Monday that some 40,000 people had fled Pokrovsk, "
        "and the ministry estimated that up to $2 million was needed."
    )
    doc = Document(id="d", text=text)
    full, lean = default_pipeline()(doc), claims_pipeline()(doc)
    assert "entities" not in claims_pipeline().names
    assert lean.claims == full.claims and full.claims
    assert full.spans and not lean.spans


def test_replaced_is_dataclasses_replace() -> None:
    from claimledger.extract.pipeline import replaced

    parse = Parse(Document(id="d", text="Ten people left."))
    sentences = (Sentence(0, 16, "Ten people left."),)
    assert replaced(parse, sentences=sentences) == replace(parse, sentences=sentences)
    assert parse.sentences == ()  # the original is untouched
    with pytest.raises(TypeError, match="no field"):
        replaced(parse, sentence=sentences)
