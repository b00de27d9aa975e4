"""The printed plan's and the charts' words, dates and fixed terms in the installed language.

With no translator installed (the command line) everything reads as it always has, in
English; the window installs one, and the plan it prints speaks the window's language.

Qt is imported where it is used: the charts, which use these words, load no Qt until
they draw (a chart module is plain matplotlib).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from funnelplanner.domain.messages import Message
from funnelplanner.domain.month import Month
from funnelplanner.domain.pace import Pace, PaceKind
from funnelplanner.domain.planning_models import CampaignChannel
from funnelplanner.domain.vocabulary import Hat, Stage

if TYPE_CHECKING:
    from PySide6.QtCore import QDate, QLocale


def locale() -> QLocale:
    """The locale of the installed translation (English without one), for month and day
    names: a German system running the English command line still prints English."""
    from PySide6.QtCore import QLocale

    return QLocale(_locale_name())


def _locale_name() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("PlanDocument", "en_US", "locale of month and day names")


def month_name(month: Month) -> str:
    """ "November 2026", the month named in the installed language."""
    return locale().toString(_qdate(month.first_day), "MMMM yyyy")


def short_date(day: date | None) -> str:
    """ "21 Nov 2026", in the format the window shows dates in."""
    from PySide6.QtCore import QCoreApplication

    if day is None:
        return ""
    # The window's own format ("Formatting" context), so screen and paper agree.
    return _short_date(day, _locale_name(), QCoreApplication.translate("Formatting", "d MMM yyyy"))


@lru_cache(maxsize=4096)
def _short_date(day: date, locale_name: str, pattern: str) -> str:
    # A plan prints the same few dozen dates thousands of times (follow-ups, last
    # contacts); making a QLocale and formatting each anew was a tenth of its typesetting.
    from PySide6.QtCore import QLocale

    return QLocale(locale_name).toString(_qdate(day), pattern)


def long_date(day: date) -> str:
    """ "Saturday 21 November 2026"."""
    from PySide6.QtCore import QCoreApplication

    return locale().toString(
        _qdate(day), QCoreApplication.translate("PlanDocument", "dddd d MMMM yyyy")
    )


def short_month(day: date) -> str:
    """ "Nov", for a chart's month ticks."""
    return locale().toString(_qdate(day), "MMM")


def plural(text: str, count: int) -> str:
    """``text`` translated with ``count`` as Qt plurals are ("{count} day(s)"); with no
    catalogue installed, the English form Qt left unresolved is resolved here."""
    return text.replace("(s)", "" if count == 1 else "s")


def stage(member: Stage) -> str:
    """A stage's name as the window shows it (the window's "Stage" translations)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Stage", member.label)


def stage_plural(member: Stage) -> str:
    """ "SQLs", "customers" as the window shows them."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("StagePlural", member.plural)


def campaign_channel(member: CampaignChannel) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CampaignChannel", member.label)


def hat_title(hat: Hat) -> str:
    """ "Sales hat", in the window's "Hat" translations."""
    from PySide6.QtCore import QCoreApplication

    if hat is Hat.MARKETING:
        return QCoreApplication.translate("Hat", "Marketing hat")
    return QCoreApplication.translate("Hat", "Sales hat")


def pace_words(found: Pace) -> str:
    """How a hat's pace reads, in the Month plan tab's words."""
    from PySide6.QtCore import QCoreApplication

    if found.kind is PaceKind.MISSED:
        return QCoreApplication.translate("MonthPlanView", "missed by {count}").format(
            count=f"{found.amount:,}"
        )
    if found.kind is PaceKind.BEHIND:
        return QCoreApplication.translate(
            "MonthPlanView", "behind pace (about {count} by today)"
        ).format(count=found.amount)
    return {
        PaceKind.NOTHING_OWED: QCoreApplication.translate("MonthPlanView", "nothing owed"),
        PaceKind.NOT_STARTED: QCoreApplication.translate("MonthPlanView", "not started"),
        PaceKind.MET: QCoreApplication.translate("MonthPlanView", "met"),
        PaceKind.AHEAD: QCoreApplication.translate("MonthPlanView", "ahead of pace"),
    }[found.kind]


def _qdate(day: date) -> QDate:
    from PySide6.QtCore import QDate

    return QDate(day.year, day.month, day.day)


def translated(text: str) -> str:
    """``text`` in the installed language when the core built it as a ``Message`` (its
    parts too), as the window's own ``translated`` does; any other text as it is."""
    from PySide6.QtCore import QCoreApplication

    if not isinstance(text, Message):
        return text
    values = {
        key: translated(value) if isinstance(value, str) else value
        for key, value in text.values.items()
    }
    template = QCoreApplication.translate(text.context, text.template)
    return template.format(**values) if values else template


def translate(context: str, text: str) -> str:
    """``text`` from the installed catalogue's ``context``; lupdate finds the literals
    passed to any function of this name."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)
