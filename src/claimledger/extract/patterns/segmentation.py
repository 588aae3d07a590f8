"""Word lists for sentence segmentation.

A full stop after one of these words (compared in lower case, without the stop) does not end
a sentence. Calibrated on news, think-tank and agency prose about displacement and recruitment:
titles, month and unit abbreviations, legal references and Latin shorthands.
"""

from __future__ import annotations

# fmt: off
ABBREVIATIONS = frozenset(
    [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "cpl", "adm",
        "gov", "sen", "rep", "rev", "st", "jr", "sr", "messrs", "hon", "no", "nos", "art",
        "arts", "para", "paras", "sec", "secs", "ch", "vol", "vols", "pp", "p", "fig", "figs",
        "ed", "eds", "op", "cit", "cf", "ibid", "e.g", "i.e", "vs", "viz", "approx", "est",
        "ca", "c", "incl", "excl", "max", "min", "avg", "dept", "govt", "univ", "corp", "inc",
        "ltd", "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "u.s", "u.k", "u.n", "e.u", "u.s.a", "u.s.s.r", "d.c", "a.m", "p.m", "mln", "bln", "bn",
        "mn", "tn", "thou", "pct", "km", "sq", "ft", "kg",
        # Russian: "в 2024 г.", "2,5 тыс.", "т. е.", "др.", "ул.", "им." (a capital may follow)
        "г", "гг", "тыс", "млн", "млрд", "трлн", "руб", "т", "е", "т.е", "т.д", "т.п", "др",
        "ул", "им", "см", "ст", "ч", "п", "пп", "коп", "чел", "обл", "респ",
    ]
)
# fmt: on

# Characters that open a bullet or list item at the start of a line.
BULLETS = "•·▪◦‣●○■□–—*-"
