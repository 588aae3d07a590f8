"""Human-readable renderings of figures, shared by the CLI table, briefs and the web app."""

from __future__ import annotations

from claimledger.model import Value

_QUALIFIER_WORDS = {
    "exact": "",
    "at_least": "≥ ",
    "more_than": "> ",
    "about": "~",
    "up_to": "≤ ",
    "at_most": "≤ ",
    "range": "",
    "approx_range": "~",
}


def format_number(number: float) -> str:
    if float(number).is_integer():
        return f"{int(number):,}"
    return f"{number:,.2f}".rstrip("0").rstrip(".")


def format_value(value: Value, qualifier: str, unit: str | None) -> str:
    """``("about", 3000, None)`` -> ``~3,000``; ranges as ``5,000–10,000 RUB``."""
    if isinstance(value, tuple):
        figure = f"{format_number(value[0])}–{format_number(value[1])}"
    else:
        figure = format_number(value)
    if unit == "percent":
        figure += " %"
    elif unit:
        figure += f" {unit}"
    return _QUALIFIER_WORDS.get(qualifier, "") + figure
