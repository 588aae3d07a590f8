"""Named, versioned, lazily loaded building blocks (extraction components, exporters ...).

A name maps to ``"module:attribute"``; nothing is imported until the name is asked for, so
importing claimledger stays cheap and a broken optional component cannot break the others.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_COMPONENTS = "claimledger.extract.components"

# kind -> versioned name -> "module:attribute"
BUILTINS: dict[str, dict[str, str]] = {
    "components": {
        "sentences.v1": f"{_COMPONENTS}.sentences:COMPONENT",
        "quantities.v1": f"{_COMPONENTS}.quantities:COMPONENT",
        "claims.v1": f"{_COMPONENTS}.claims:COMPONENT",
        "subjects.v1": f"{_COMPONENTS}.subjects:COMPONENT",
        "sources.v1": f"{_COMPONENTS}.sources:COMPONENT",
        "dates.v1": f"{_COMPONENTS}.dates:COMPONENT",
        "hedges.v1": f"{_COMPONENTS}.hedges:COMPONENT",
        "russian.v1": f"{_COMPONENTS}.russian:COMPONENT",
        "conversions.v1": f"{_COMPONENTS}.conversions:COMPONENT",
        "bases.v1": f"{_COMPONENTS}.bases:COMPONENT",
        "entities.v1": f"{_COMPONENTS}.entities:COMPONENT",
    },
}


class Registry:
    def __init__(self, entries: dict[str, dict[str, str]] | None = None) -> None:
        source = BUILTINS if entries is None else entries
        self._entries = {kind: dict(names) for kind, names in source.items()}

    def names(self, kind: str) -> list[str]:
        return sorted(self._entries.get(kind, {}))

    def register(self, kind: str, name: str, target: str) -> None:
        self._entries.setdefault(kind, {})[name] = target

    def get(self, kind: str, name: str) -> Any:
        try:
            target = self._entries[kind][name]
        except KeyError:
            raise KeyError(f"no {kind} named {name!r}; known: {self.names(kind)}") from None
        module_name, _, attribute = target.partition(":")
        return getattr(import_module(module_name), attribute)
