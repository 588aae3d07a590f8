"""The extraction pipeline: an ordered list of small components over a ``Parse``.

A component is a callable ``Parse -> Parse`` that declares which fields it reads
(``requires``) and which it sets (``assigns``). ``Pipeline`` checks, when it is built, that
every requirement is assigned by an earlier component, so a mis-ordered pipeline fails at
construction and not halfway through a batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from claimledger.model import Claim, Document, Quantity, Sentence

EXTRACTOR_NAME = "claimledger-rules"
EXTRACTOR_VERSION = "0.1.0"


@dataclass(frozen=True)
class Parse:
    """A document and what the components found in it so far."""

    document: Document
    sentences: tuple[Sentence, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    claims: tuple[Claim, ...] = ()
    # Named spans other than figures (sources, places, legal measures ...), by label.
    spans: tuple[tuple[str, int, int, str], ...] = field(default_factory=tuple)


def replaced(parse: Parse, **changes: object) -> Parse:
    """``dataclasses.replace`` for a Parse, as each component returns one."""
    return copied(parse, changes)


_Frozen = TypeVar("_Frozen")


def copied(instance: _Frozen, changes: dict[str, object]) -> _Frozen:
    """``dataclasses.replace`` for a frozen dataclass without ``__post_init__``, faster: a copy
    of the instance dict set on a new instance, without re-reading the field definitions and
    running ``__init__``. Components copy every claim and the parse once each, which made
    ``replace`` the largest single cost of the context layer."""
    fields = instance.__dict__
    if not fields.keys() >= changes.keys():
        unknown = sorted(changes.keys() - fields.keys())
        raise TypeError(f"{type(instance).__name__} has no field(s) {unknown}")
    values = fields.copy()
    values.update(changes)
    new = object.__new__(type(instance))
    object.__setattr__(new, "__dict__", values)
    return new


class Component(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, parse: Parse) -> Parse: ...


@dataclass(frozen=True)
class FunctionComponent:
    """Wraps a plain function as a component with its declared fields."""

    name: str
    func: Callable[[Parse], Parse]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, parse: Parse) -> Parse:
        return self.func(parse)


def component(
    name: str, requires: Sequence[str] = (), assigns: Sequence[str] = ()
) -> Callable[[Callable[[Parse], Parse]], FunctionComponent]:
    """Decorator: turn ``func(parse) -> parse`` into a declared component."""

    def wrap(func: Callable[[Parse], Parse]) -> FunctionComponent:
        return FunctionComponent(name, func, tuple(requires), tuple(assigns))

    return wrap


class PipelineError(ValueError):
    """A pipeline whose components' requirements are not met by earlier components."""


class Pipeline:
    def __init__(self, components: Iterable[Component]) -> None:
        self.components = tuple(components)
        _check_order(self.components)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.components)

    def __call__(self, document: Document) -> Parse:
        parse = Parse(document)
        for comp in self.components:
            parse = comp(parse)
        return parse


def _check_order(components: Sequence[Component]) -> None:
    available = {"document"}
    for comp in components:
        missing = [need for need in comp.requires if need not in available]
        if missing:
            raise PipelineError(f"component {comp.name!r} needs {missing} set by an earlier one")
        available.update(comp.assigns)
