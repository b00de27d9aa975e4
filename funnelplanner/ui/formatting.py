"""How dates, times and money look on screen."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

DATE_FORMAT = "d MMM yyyy"
DATETIME_FORMAT = "d MMM yyyy, HH:mm"


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), DATE_FORMAT)


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone()
    return QLocale().toString(to_qdate(local.date()), DATE_FORMAT) + local.strftime(", %H:%M")


def format_money(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = QLocale().toString(float(value), "f", 2)
    return text[:-3] if value == value.to_integral_value() else text


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
