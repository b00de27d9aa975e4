"""Numbers on screen as the owner's locale writes them; with none set (LANG unset), as
US English does."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from funnelplanner.domain import business_settings
from funnelplanner.domain.planning_models import TodayPicture
from funnelplanner.domain.vocabulary import Hat
from funnelplanner.services import Services
from funnelplanner.ui.follow_up_notifier import FollowUpNotifier
from funnelplanner.ui.formatting import format_count, group_numbers_without_a_locale
from funnelplanner.ui.today_view import TodayFeed, TodayView


@pytest.fixture
def default_locale(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def _money() -> str:
    return business_settings.format_money(Decimal("33004.45"), "USD", QLocale().name())


def test_the_c_locale_becomes_us_english_for_numbers_and_money(default_locale: None) -> None:
    QLocale.setDefault(QLocale.c())
    assert (format_count(100_000), _money()) == ("100000", "$\xa033004.45")  # why it is done

    group_numbers_without_a_locale()

    assert QLocale().name() == "en_US"
    assert (format_count(100_000), _money()) == ("100,000", "$33,004.45")


def test_a_locale_the_owner_has_is_kept(default_locale: None) -> None:
    QLocale.setDefault(QLocale("de_DE"))

    group_numbers_without_a_locale()

    assert QLocale().name() == "de_DE"
    assert format_count(100_000) == "100.000"


def test_the_daily_announcement_groups_its_counts(default_locale: None, db_path: Path) -> None:
    """A large file has thousands due: "14,818 follow-ups due", not "14818"."""
    QLocale.setDefault(QLocale.c())
    group_numbers_without_a_locale()
    services = Services.open(db_path)
    try:
        notifier = FollowUpNotifier(services, lambda _title, _text: None)
        picture = TodayPicture(
            day=date(2026, 12, 7), follow_ups_total=14_818, sqls_waiting_total=1_519
        )

        said = notifier.check(picture)
    finally:
        services.close()

    assert said == (
        "14,818 follow-ups due and 1,519 new SQLs waiting for a contact. "
        "See the sales hat's Today list."
    )


def test_counts_on_screen_follow_the_owners_locale(
    qtbot: QtBot, default_locale: None, db_path: Path
) -> None:
    """A German desktop groups with points: "(14.818)", not Python's "(14,818)"."""
    QLocale.setDefault(QLocale("de_DE"))
    services = Services.open(db_path)
    try:
        view = TodayView(TodayFeed(services), Hat.SALES)
        qtbot.addWidget(view)
        view.show_picture(
            TodayPicture(day=date(2026, 12, 7), follow_ups_total=14_818, sqls_waiting_total=1_519)
        )
        tree = view.tree
        headers = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
        first = tree.topLevelItem(0)
        more = first.child(first.childCount() - 1).text(0).strip()
    finally:
        services.close()

    assert headers[:2] == [
        "Follow-ups due (14.818)",
        "New SQLs waiting for a first contact (1.519)",
    ]
    assert more == "… and 14.818 more"
