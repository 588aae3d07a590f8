from claimledger.model import Claim, Document, interval_of


def make_claim(**overrides: object) -> Claim:
    fields: dict[str, object] = dict(
        doc="d",
        kind="money",
        value=(5000.0, 10000.0),
        qualifier="range",
        unit="RUB",
        subject="bribes",
        source="Activists",
        date=None,
        hedge="reported",
        quote="5,000 to 10,000 rubles",
        start=10,
        end=32,
        sentence_start=0,
        sentence_end=40,
        sentence="Bribes rose from 5,000 to 10,000 rubles.",
    )
    fields.update(overrides)
    return Claim(**fields)  # type: ignore[arg-type]


def test_record_has_schema_fields_and_plain_numbers() -> None:
    record = make_claim().record()
    for key in (
        "doc",
        "kind",
        "value",
        "qualifier",
        "unit",
        "subject",
        "source",
        "date",
        "hedge",
        "quote",
    ):
        assert key in record
    assert record["value"] == [5000.0, 10000.0]
    assert make_claim(value=3000.0, qualifier="exact").record()["value"] == 3000
    assert isinstance(make_claim(value=3000.0, qualifier="exact").record()["value"], int)


def test_intervals_follow_qualifiers() -> None:
    assert interval_of(100.0, "exact") == (100.0, 100.0)
    assert interval_of(100.0, "at_least") == (100.0, None)
    assert interval_of(100.0, "up_to") == (0.0, 100.0)
    low, high = interval_of(100.0, "about")
    assert low < 100.0 < high  # type: ignore[operator]
    assert interval_of((5.0, 7.0), "range") == (5.0, 7.0)


def test_document_body_starts_after_front_matter() -> None:
    doc = Document(id="x", text="---\ntitle: T\n---\nBody.", body_start=17)
    assert doc.body == "Body."
