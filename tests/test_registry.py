import pytest

from claimledger.registry import BUILTINS, Registry

# A snapshot of the registered names: renaming or removing one is a breaking change
# that must show up here (new names are added here on purpose).
EXPECTED_COMPONENTS = [
    "bases.v1",
    "claims.v1",
    "conversions.v1",
    "dates.v1",
    "entities.v1",
    "hedges.v1",
    "quantities.v1",
    "russian.v1",
    "sentences.v1",
    "sources.v1",
    "subjects.v1",
]


def test_registered_component_names_snapshot() -> None:
    assert Registry().names("components") == EXPECTED_COMPONENTS


def test_every_builtin_component_loads_and_declares_its_fields() -> None:
    registry = Registry()
    for name in registry.names("components"):
        comp = registry.get("components", name)
        assert callable(comp)
        assert comp.assigns, name


def test_unknown_name_lists_known_ones() -> None:
    with pytest.raises(KeyError, match="sentences.v1"):
        Registry().get("components", "nope.v9")


def test_register_does_not_touch_builtins() -> None:
    registry = Registry()
    registry.register("components", "custom.v1", "json:dumps")
    assert registry.get("components", "custom.v1").__name__ == "dumps"
    assert "custom.v1" not in BUILTINS["components"]
