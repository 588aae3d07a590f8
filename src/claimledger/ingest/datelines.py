"""Rule data: a line that is nothing but a date, as reports put above their title.

Only whole lines match, so a date inside a sentence is never mistaken for a dateline.
"""

from __future__ import annotations

import re

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan", "января", "январь"),
            ("february", "feb", "февраля", "февраль"),
            ("march", "mar", "марта", "март"),
            ("april", "apr", "апреля", "апрель"),
            ("may", "мая", "май"),
            ("june", "jun", "июня", "июнь"),
            ("july", "jul", "июля", "июль"),
            ("august", "aug", "августа", "август"),
            ("september", "sep", "sept", "сентября", "сентябрь"),
            ("october", "oct", "октября", "октябрь"),
            ("november", "nov", "ноября", "ноябрь"),
            ("december", "dec", "декабря", "декабрь"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[^\W\d_]+)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})(?:\s*(?:г\.|года))?"
_WEEKDAY = r"(?:[^\W\d_]+,?\s+)?"
DATELINES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}",  # August 13, 2025
        rf"{_WEEKDAY}{_DAY}\s+{_MONTH}\s+{_YEAR}",  # 13 August 2025, 13 августа 2025 г.
        r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})",  # 2025-08-13
        r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})",  # 13.08.2025
    )
)
