"""How dates, times and money look on screen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDateTimeEdit

from funnelplanner.domain import business_settings
from funnelplanner.domain.business_settings import WeekStart
from funnelplanner.domain.month import Month
from funnelplanner.ui.translations import QT_TRANSLATE_NOOP

# Translated, as each language writes its dates ("21. Nov. 2026" in German).
DATE_FORMAT = QT_TRANSLATE_NOOP("Formatting", "d MMM yyyy")
DATETIME_FORMAT = QT_TRANSLATE_NOOP("Formatting", "d MMM yyyy, HH:mm")


@dataclass
class _Display:
    currency: str = business_settings.FALLBACK_CURRENCY
    week_start: WeekStart = WeekStart.MONDAY
    date_format: str = DATE_FORMAT
    datetime_format: str = DATETIME_FORMAT


# Like QLocale.setDefault, one per process: the window sets it from the open data file's
# settings, so every view, table model and dialog shows money and weeks the same way
# without each being handed the settings.
_display = _Display()


def group_numbers_without_a_locale() -> None:
    """With no locale set (LANG unset: Qt's "C"), Qt and babel write numbers bare, as in
    "100000 leads" and "$ 33004.45"; show them as US English writes them instead, as the
    app's texts already are."""
    if QLocale().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def use_business_settings(currency: str, week_start: WeekStart) -> None:
    """Show money in ``currency`` and start calendar weeks on ``week_start`` from now on."""
    _display.currency = currency
    _display.week_start = week_start


def shown_currency() -> str:
    return _display.currency


def use_translated_formats() -> None:
    """Take the date formats of the language just installed (once, not once a date)."""
    _display.date_format = QCoreApplication.translate("Formatting", DATE_FORMAT)
    _display.datetime_format = QCoreApplication.translate("Formatting", DATETIME_FORMAT)


def date_format() -> str:
    """The display format of a date field in the screen's language."""
    return _display.date_format


def datetime_format() -> str:
    """The display format of a date-and-time field in the screen's language."""
    return _display.datetime_format


def calendar_popup(edit: QDateTimeEdit) -> None:
    """Give a date (or date-time) field its calendar, weeks starting on the business's day."""
    edit.setCalendarPopup(True)
    calendar = edit.calendarWidget()
    if calendar is not None:
        calendar.setFirstDayOfWeek(Qt.DayOfWeek(_display.week_start.iso_weekday))


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), _display.date_format)


# Around a table cell's text: the item's margins, with room to spare for any style's.
CELL_PADDING = 16


def date_column_width(metrics: QFontMetrics) -> int:
    """Room for any date in the screen's format: the widest month's 28th.

    Cheaper than sizing a column to its contents, which asks every role of every row.
    """
    year = date.today().year
    widest = max(metrics.horizontalAdvance(format_date(date(year, m, 28))) for m in range(1, 13))
    return widest + CELL_PADDING


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(to_qdatetime(value), _display.datetime_format)


def format_month(month: Month) -> str:
    """ "November 2026", with the month named in the screen's locale."""
    return QLocale().toString(to_qdate(month.first_day), "MMMM yyyy")


def format_count(value: int) -> str:
    """A count as the screen's locale writes it, like tr()'s %Ln: "12,345" or "12.345"."""
    return QLocale().toString(value)


def format_money(value: Decimal | None) -> str:
    """The amount in the business's currency as the screen's locale writes it: "€1,250"."""
    if value is None:
        return ""
    return business_settings.format_money(value, _display.currency, QLocale().name())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdatetime(value: datetime) -> QDateTime:
    local = value.astimezone()
    return QDateTime(
        to_qdate(local.date()),
        QTime(local.hour, local.minute, local.second),
        QTimeZone.systemTimeZone(),
    )


def from_qdatetime(value: QDateTime) -> datetime:
    """A QDateTime as shown on screen (local time), as an aware Python datetime."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second()).astimezone()
