"""Planning the month through the window: targets, what each hat owes, actuals, Today."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from funnelplanner.domain.models import LeadDraft
from funnelplanner.domain.vocabulary import Hat, Stage
from funnelplanner.services import Services
from funnelplanner.services.planning import TODAY_LIMIT
from funnelplanner.ui.follow_up_notifier import FollowUpNotifier
from funnelplanner.ui.month_plan_view import MonthPlanView
from tests.ui.driving import child, plan_figures_shown, shown_text


def _needed(view: MonthPlanView, row: int, column: int = 0) -> str:
    item = child(view, QTableWidget, "funnelTable").item(row, column)
    return item.text()


def _type_number(qtbot: QtBot, spin: QSpinBox | QDoubleSpinBox, text: str) -> None:
    spin.selectAll()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    spin.interpretText()


def test_owner_sets_a_target_and_sees_what_each_hat_owes(
    qtbot: QtBot, open_window, db_path: Path
) -> None:
    window = open_window(db_path)
    view = window.show_tab(1)
    plan_figures_shown(qtbot, view)
    assert isinstance(view, MonthPlanView)
    _type_number(qtbot, child(view, QSpinBox, "targetCustomers"), "5")
    _type_number(qtbot, child(view, QDoubleSpinBox, "rateSqlCustomer"), "25")
    _type_number(qtbot, child(view, QDoubleSpinBox, "rateMqlSql"), "50")
    qtbot.mouseClick(child(view, QPushButton, "saveTargets"), Qt.MouseButton.LeftButton)
    plan_figures_shown(qtbot, view)

    # Rows: prospect, lead, MQL, SQL, customer.
    assert _needed(view, 4) == "5"
    assert _needed(view, 3) == "20"
    assert _needed(view, 2) == "40"
    table = child(view, QTableWidget, "funnelTable")
    assert "25 %" in table.item(3, 0).toolTip()
    agreement = shown_text(child(view, QLabel, "agreementText"))
    assert "Marketing owes 40 MQLs" in agreement
    assert "Sales owes 5 customers from the 20 SQLs" in agreement
    month = window.services.planning.this_month()
    assert window.services.planning.target(month).customers == 5

    # Actuals move as leads move through the funnel.
    lead = window.services.leads.create(LeadDraft(name="Ada", stage=Stage.MQL))
    window.hub.leads_changed.emit()
    plan_figures_shown(qtbot, view)
    assert _needed(view, 2, column=1) == "1"
    window.services.leads.change_stage(lead.id, Stage.CUSTOMER)
    window.hub.leads_changed.emit()
    plan_figures_shown(qtbot, view)
    assert _needed(view, 4, column=1) == "1"
    assert "1 so far" in shown_text(child(view, QLabel, "agreementText"))
    breaches = child(view, QListWidget, "breachesList")
    assert breaches.count() == 1
    assert view.funnel_canvas.figure is not None, "the chart is drawn once the tab shows"


def test_the_plans_figures_are_worked_out_while_the_window_stays_responsive(
    qtbot: QtBot, open_window, db_path: Path
) -> None:
    window = open_window(db_path)
    view = window.show_tab(1)
    busy = child(view, QLabel, "planBusy")

    # Straight after the click the tab is there, saying what it is working out.
    assert child(view, QWidget, "planBusyBar").isVisible()
    assert busy.text() == f"Working out {view.month_label.text()}…"
    plan_figures_shown(qtbot, view)
    assert not busy.isVisible()
    assert view.funnel_canvas.figure is not None and view.contacts_canvas.figure is not None


def test_fill_rates_works_the_last_three_months_out_off_the_window(
    qtbot: QtBot, open_window, db_path: Path
) -> None:
    window = open_window(db_path)
    view = window.show_tab(1)
    plan_figures_shown(qtbot, view)
    lead = window.services.leads.create(LeadDraft(name="Ada", stage=Stage.LEAD))
    window.services.leads.change_stage(lead.id, Stage.MQL)
    expected = window.services.planning.rates_from_actuals(view.month)
    note = child(view, QLabel, "targetNote")
    button = child(view, QPushButton, "fillRates")

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert not button.isEnabled() and note.text() == "Working out the last 3 months' rates…"
    qtbot.waitUntil(lambda: note.text().startswith("Rates filled"), timeout=10_000)
    assert button.isEnabled()
    shown = {step: spin.value() for step, spin in view.rate_edits.items()}
    assert shown == {step: float(expected[step]) for step in view.rate_edits}


def test_a_zero_rate_is_refused_beside_its_field(qtbot: QtBot, open_window, db_path: Path) -> None:
    window = open_window(db_path)
    view = window.show_tab(1)
    plan_figures_shown(qtbot, view)
    _type_number(qtbot, child(view, QDoubleSpinBox, "rateLeadMql"), "0")
    qtbot.mouseClick(child(view, QPushButton, "saveTargets"), Qt.MouseButton.LeftButton)
    error = child(view, QLabel, "rateLeadMqlError")
    assert error.isVisible() and "above 0" in error.text()
    assert not window.services.planning.target(view.month).stored


def test_sales_today_lists_follow_ups_and_waiting_sqls(
    qtbot: QtBot, open_window, db_path: Path
) -> None:
    services = Services.open(db_path)
    today = services.planning.today()
    services.leads.create(LeadDraft(name="Ada", next_follow_up=today - timedelta(days=2)))
    services.leads.create(LeadDraft(name="Grace", stage=Stage.SQL))
    services.close()
    window = open_window(db_path)
    window.switch_hat(Hat.SALES)
    tree = child(window, QTreeWidget, "salesToday")
    groups = {
        tree.topLevelItem(i).text(0): [
            tree.topLevelItem(i).child(j).text(0).strip()
            for j in range(tree.topLevelItem(i).childCount())
        ]
        for i in range(tree.topLevelItemCount())
    }
    assert groups["Follow-ups due (1)"] == ["Ada"]
    assert groups["New SQLs waiting for a first contact (1)"] == ["Grace"]


def test_follow_ups_are_announced_once_a_day(qtbot: QtBot, db_path: Path) -> None:
    services = Services.open(db_path)
    try:
        shown: list[str] = []
        notifier = FollowUpNotifier(services, lambda _title, text: shown.append(text))
        assert notifier.check() is None, "nothing due, nothing said"
        today = services.planning.today()
        services.leads.create(LeadDraft(name="Ada", next_follow_up=today))
        assert notifier.check() == "1 follow-up due. See the sales hat's Today list."
        assert notifier.check() is None, "once a day"
        assert shown == ["1 follow-up due. See the sales hat's Today list."]
    finally:
        services.close()


def test_the_announcement_counts_every_follow_up_not_only_those_listed(
    qtbot: QtBot, db_path: Path
) -> None:
    services = Services.open(db_path)
    try:
        today = services.planning.today()
        for number in range(TODAY_LIMIT + 5):
            services.leads.create(LeadDraft(name=f"Lead {number}", next_follow_up=today))
        notifier = FollowUpNotifier(services, lambda _title, _text: None)

        said = notifier.check()

        assert said is not None and said.startswith(f"{TODAY_LIMIT + 5} follow-ups due")
    finally:
        services.close()


def test_insight_shows_contacts_to_close_and_under_worked_leads(
    qtbot: QtBot, open_window, db_path: Path
) -> None:
    from funnelplanner.domain.models import ContactDraft
    from funnelplanner.domain.vocabulary import Channel

    services = Services.open(db_path)
    for name, contacts in (("Won A", 4), ("Won B", 6)):
        lead = services.leads.create(LeadDraft(name=name, source="Referral"))
        for _ in range(contacts):
            services.contacts.log(lead.id, ContactDraft(hat=Hat.SALES, channel=Channel.PHONE))
        services.leads.change_stage(lead.id, Stage.CUSTOMER)
    services.leads.create(LeadDraft(name="Quiet SQL", stage=Stage.SQL))
    services.close()
    window = open_window(db_path)
    view = window.show_tab(1)
    plan_figures_shown(qtbot, view)
    assert "Median contacts to close: 5" in child(view, QLabel, "insightSummary").text()
    table = child(view, QTableWidget, "insightTable")
    assert [table.item(0, c).text() for c in range(3)] == ["Source: Referral", "2", "5"]
    under = child(view, QListWidget, "underWorkedList")
    assert under.item(0).text() == "Quiet SQL (SQL): 0 contacts"


def test_insight_counts_of_thousands_are_grouped_as_the_locale_writes_them(
    qtbot: QtBot, open_window, db_path: Path
) -> None:
    from decimal import Decimal

    from funnelplanner.domain.insight import MedianRow
    from funnelplanner.services.planning import ContactInsight

    view = open_window(db_path).show_tab(1)
    plan_figures_shown(qtbot, view)
    # Years of sales: thousands of customers (the tests write numbers as US English does).
    view._fill_insight(
        ContactInsight(
            median=Decimal(3),
            customers=10_019,
            won_contacts=[],
            by_source=[MedianRow("webinar", 1_898, Decimal(2))],
            by_campaign=[],
            under_worked=[],
            over_worked=[],
        )
    )
    assert "(over 10,019 customers won)" in child(view, QLabel, "insightSummary").text()
    table = child(view, QTableWidget, "insightTable")
    assert table.item(0, 1).text() == "1,898"


def test_a_long_under_worked_list_names_the_first_fifty_and_counts_the_rest(
    qtbot: QtBot, open_window, db_path: Path
) -> None:
    from funnelplanner.domain.models import ContactDraft
    from funnelplanner.domain.vocabulary import Channel

    services = Services.open(db_path)
    lead = services.leads.create(LeadDraft(name="Won", source="Referral"))
    for _ in range(3):
        services.contacts.log(lead.id, ContactDraft(hat=Hat.SALES, channel=Channel.PHONE))
    services.leads.change_stage(lead.id, Stage.CUSTOMER)
    for number in range(53):
        services.leads.create(LeadDraft(name=f"Quiet MQL {number:02}", stage=Stage.MQL))
    services.close()
    window = open_window(db_path)
    view = window.show_tab(1)
    plan_figures_shown(qtbot, view)
    under = child(view, QListWidget, "underWorkedList")
    shown = [under.item(row).text() for row in range(under.count())]
    assert len(shown) == 51
    assert shown[0] == "Quiet MQL 52 (MQL): 0 contacts"  # the newest of the least worked
    assert shown[-1] == "… and 3 more"
    assert child(view, QListWidget, "overWorkedList").item(0).text() == "None"
