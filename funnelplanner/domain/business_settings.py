"""The business's own preferences, kept in its data file: name, currency, week start, paper.

Currency codes, their symbols and each region's usual currency and first weekday come from
the Unicode CLDR data that babel ships, so no list here goes stale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, about, message
from funnelplanner.domain.text_rules import clean_line

if TYPE_CHECKING:
    from babel import Locale

# babel is imported where it is used: it and its data cost some 50 ms, which commands that
# never show money or read these settings should not pay.

BUSINESS_NAME_LIMIT = 120
FALLBACK_CURRENCY = "USD"


class WeekStart(StrEnum):
    MONDAY = "monday"
    SUNDAY = "sunday"
    SATURDAY = "saturday"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def iso_weekday(self) -> int:
        """1 for Monday … 7 for Sunday, as date.isoweekday() and Qt.DayOfWeek count."""
        return {WeekStart.MONDAY: 1, WeekStart.SATURDAY: 6, WeekStart.SUNDAY: 7}[self]


class PaperSize(StrEnum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def label(self) -> str:
        return "A4" if self is PaperSize.A4 else "Letter"


# Where Letter is the everyday paper; everywhere else it is A4.
LETTER_REGIONS = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "PR", "SV"}
)


@cache
def currency_codes() -> tuple[str, ...]:
    """ISO 4217 codes of the currencies some country uses today as legal tender, sorted."""
    from babel.core import get_global

    territories = get_global("territory_currencies")
    return tuple(
        sorted(
            {
                code
                for spans in territories.values()
                for code, _start, end, tender in spans
                if end is None and tender
            }
        )
    )


def currency_name(code: str, locale: str = "en") -> str:
    from babel.numbers import get_currency_name

    return str(get_currency_name(code, locale=_babel_locale(locale)))


def default_currency(region: str) -> str:
    from babel.numbers import get_territory_currencies

    found = [c for c in get_territory_currencies(region.upper()) if c in currency_codes()]
    return found[0] if found else FALLBACK_CURRENCY


def default_week_start(region: str) -> WeekStart:
    """The first day of the week where the owner lives; Monday where it is another day."""
    from babel import Locale, UnknownLocaleError

    try:
        where = Locale.parse(f"und_{region.upper()}")
    except (UnknownLocaleError, ValueError):
        return WeekStart.MONDAY
    if where.territory != region.upper():
        return WeekStart.MONDAY  # an unknown region resolves to the USA's: use ISO's Monday
    first = where.first_week_day  # 0 is Monday
    return {6: WeekStart.SUNDAY, 5: WeekStart.SATURDAY}.get(first, WeekStart.MONDAY)


def default_paper(region: str) -> PaperSize:
    return PaperSize.LETTER if region.upper() in LETTER_REGIONS else PaperSize.A4


@dataclass(frozen=True)
class BusinessSettings:
    """Checked on creation: a ValidationError names every bad field."""

    name: str = ""
    currency: str = FALLBACK_CURRENCY
    week_start: WeekStart = WeekStart.MONDAY
    paper: PaperSize = PaperSize.A4

    def __post_init__(self) -> None:
        errors: dict[str, str] = {}
        name, problem = clean_line(self.name, limit=BUSINESS_NAME_LIMIT)
        if problem:
            errors["business name"] = about(QT_TRANSLATE_NOOP("Messages", "Business name"), problem)
        object.__setattr__(self, "name", name)
        code = self.currency.strip().upper()
        if code not in currency_codes():
            errors["currency"] = message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Currency: {code} is not an ISO 4217 code in use; choose one from the list",
                ),
                code=self.currency.strip() or message(QT_TRANSLATE_NOOP("Messages", "(empty)")),
            )
        object.__setattr__(self, "currency", code)
        if not isinstance(self.week_start, WeekStart):
            errors["week start"] = message(
                QT_TRANSLATE_NOOP("Messages", "Week start must be Monday, Sunday or Saturday")
            )
        if not isinstance(self.paper, PaperSize):
            errors["paper"] = message(QT_TRANSLATE_NOOP("Messages", "Paper must be A4 or Letter"))
        if errors:
            raise ValidationError(errors)


@cache
def regional_defaults(region: str) -> BusinessSettings:
    """What a new data file starts with where the owner lives."""
    return BusinessSettings(
        currency=default_currency(region),
        week_start=default_week_start(region),
        paper=default_paper(region),
    )


def stored_business(values: Any, name: Any, region: str) -> BusinessSettings:
    """The settings as stored (``values`` the JSON object of currency, week start and
    paper; ``name`` the business name): anything missing or unreadable (a hand-edited
    file) is the region's usual choice."""
    values = values if isinstance(values, dict) else {}
    # Found when first needed: the CLDR data costs some 30 ms to load, which commands
    # that never read these settings should not pay.
    defaults = regional_defaults(region)
    currency = values.get("currency")
    week = values.get("week_start")
    paper = values.get("paper")
    try:
        return BusinessSettings(
            name=name if isinstance(name, str) else "",
            currency=currency if currency in currency_codes() else defaults.currency,
            week_start=WeekStart(week) if week in set(WeekStart) else defaults.week_start,
            paper=PaperSize(paper) if paper in set(PaperSize) else defaults.paper,
        )
    except ValidationError:
        return defaults


@lru_cache(maxsize=4096)  # a table repaints the same amounts over and over
def format_money(value: Decimal, currency: str, locale: str = "en_US") -> str:
    """An amount with its currency as ``locale`` writes it; whole amounts without cents."""
    from babel.numbers import format_currency

    where = _babel_locale(locale)
    if value == value.to_integral_value():
        pattern = where.currency_formats["standard"].pattern.split(";")[0]
        whole = pattern.replace(".00", "").replace(".0", "")
        shown = format_currency(value, currency, whole, locale=where, currency_digits=False)
    else:
        shown = format_currency(value, currency, locale=where)
    # CLDR's currency spacing, which babel leaves out: "CHF 99", not "CHF99".
    shown = _LETTERS_THEN_DIGIT.sub("\\1\xa0\\2", str(shown))
    return _DIGIT_THEN_LETTERS.sub("\\1\xa0\\2", shown)


_LETTERS_THEN_DIGIT = re.compile(r"([A-Za-z]{2,}\.?)(\d)")
_DIGIT_THEN_LETTERS = re.compile(r"(\d)([A-Za-z]{2,})")


@cache
def _babel_locale(name: str) -> Locale:
    """A locale babel knows for a Qt/POSIX name such as "de_DE" or "C"; else English."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(name.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse("en_US")
