"""Currency ellipsis: a bare figure that takes the currency of a money figure before it.

"1.9 million rubles, while in Belgorod it is 3 million"; "1 million rubles plus a further 500
thousand"; "RUB 13.2 trillion ... In 2024 the same line stands at 10.8 trillion". Cues and
followers are data in ``extract/patterns/currencies.py``.
"""

from __future__ import annotations

from claimledger.extract.figures import Figure, patterns, token_after
from claimledger.extract.patterns import currencies


def last_money(figures: list[Figure]) -> Figure | None:
    """The last money figure that is not a conversion: what a later bare figure may refer to."""
    for fig in reversed(figures):
        if fig.kind == "money" and fig.converts is None:
            return fig
    return None


def carry_currency(text: str, figures: list[Figure], carried: Figure | None) -> None:
    """ "1.9 million rubles, while in Belgorod it is 3 million": the bare figure is money too."""
    money, gap_start = carried, 0
    for fig in figures:
        if fig.kind == "money" and fig.converts is None:
            money, gap_start = fig, fig.end
        elif money is not None and _elided(text, fig, money, gap_start):
            fig.kind, fig.unit, fig.name = "money", money.unit, money.name
            fig.rules.append("currency.ellipsis")
            money, gap_start = fig, fig.end


def _elided(text: str, fig: Figure, money: Figure, gap_start: int) -> bool:
    number = fig.last
    if fig.kind != "count" or number.scale == 1 or isinstance(money.value, tuple):
        return False
    value = fig.value[1] if isinstance(fig.value, tuple) else fig.value
    ratio = float(value) / float(money.value) if money.value else 0.0
    if not 1 / currencies.ELLIPSIS_RATIO <= ratio <= currencies.ELLIPSIS_RATIO:
        return False
    follower = token_after(text, fig.end)
    if follower.isalpha() and follower not in _FOLLOWERS:
        return False  # "3 million men": the word after it says what it counts
    return patterns().ellipsis_cue.search(text, gap_start, fig.core[0]) is not None


_FOLLOWERS = frozenset(currencies.ELLIPSIS_FOLLOWERS)
