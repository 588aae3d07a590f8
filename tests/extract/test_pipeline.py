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
