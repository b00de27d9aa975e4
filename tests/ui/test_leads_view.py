"""The leads view: filter as you type, stage filter, open a lead, change its stage."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from funnelplanner.domain.models import ContactDraft, LeadDraft
from funnelplanner.domain.vocabulary import Channel, Hat, Stage
from funnelplanner.services import Services
from tests.ui.driving import child, in_modal_dialog, press_save, shown_text


def _seed(path: Path) -> None:
    services = Services.open(path, region="US")
    ada = services.leads.create(
        LeadDraft(name="Ada Lovelace", company="Engines", email="ada@e.com")
    )
    services.leads.create(LeadDraft(name="Grace Hopper", company="Navy", stage=Stage.SQL))
    services.leads.create(LeadDraft(name="Alan Turing", company="Bletchley", stage=Stage.MQL))
    services.contacts.log(ada.id, ContactDraft(hat=Hat.MARKETING, channel=Channel.NEWSLETTER))
    services.close()


def _names(table: QTableView) -> list[str]:
    model = table.model()
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_filter_narrows_as_the_user_types(qtbot: QtBot, open_window, db_path: Path) -> None:
    _seed(db_path)
    window = open_window(db_path)
    table = child(window, QTableView, "leadsTable")
    count = child(window, QLabel, "leadsCount")
    assert count.text() == "3 leads"
    filter_edit = child(window, QLineEdit, "leadsFilter")
    qtbot.keyClicks(filter_edit, "a")
    assert _names(table) == ["Ada Lovelace", "Alan Turing", "Grace Hopper"]
    qtbot.keyClicks(filter_edit, "n")
    assert _names(table) == ["Alan Turing"]
    assert count.text() == "1 lead match"
    filter_edit.clear()
    qtbot.keyClicks(filter_edit, "ENGINES ada")
    assert _names(table) == ["Ada Lovelace"]
    filter_edit.clear()
    stages = child(window, QComboBox, "leadsStageFilter")
    stages.setCurrentIndex(stages.findData("sql"))
    assert _names(table) == ["Grace Hopper"]


def test_clicking_a_header_sorts(qtbot: QtBot, open_window, db_path: Path) -> None:
    _seed(db_path)
    window = open_window(db_path)
    table = child(window, QTableView, "leadsTable")
    table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # contacts, most first
    assert _names(table)[0] == "Ada Lovelace"
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _names(table) == ["Grace Hopper", "Alan Turing", "Ada Lovelace"]


def test_double_click_opens_the_lead_with_its_log_and_history(
    qtbot: QtBot, open_window, db_path: Path
) -> None:
    _seed(db_path)
    window = open_window(db_path)
    table = child(window, QTableView, "leadsTable")
    index = table.model().index(0, 0)

    def look_and_move_to_sql(dialog: QDialog) -> None:
        assert dialog.objectName() == "leadDialog"
        assert "Lead · 1 contact ·" in shown_text(child(dialog, QLabel, "leadSummary"))
        contacts = child(dialog, QTableWidget, "leadContacts")
        assert contacts.rowCount() == 1
        assert contacts.item(0, 2).text() == "Newsletter"
        history = child(dialog, QTableWidget, "leadHistory")
        assert [history.item(r, 0).text() for r in range(history.rowCount())] == ["Lead"]
        stage = child(dialog, QComboBox, "leadStage")
        stage.setCurrentIndex(stage.findData("sql"))
        criteria = child(dialog, QGroupBox, "leadCriteria")
        assert criteria.isVisibleTo(dialog)
        boxes = criteria.findChildren(QCheckBox)
        assert [b.text() for b in boxes] == ["Budget", "Authority", "Need", "Timing"]
        for box in boxes:
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
        reason = child(dialog, QLineEdit, "leadStageReason")
        assert reason.isVisibleTo(dialog)
        qtbot.keyClicks(reason, "Budget confirmed")
        press_save(qtbot, dialog)
        assert not dialog.isVisible(), dialog.findChild(QLabel, "leadDuplicates").text()

    def open_it() -> None:
        # A person's double-click starts with a click: the view needs that press first.
        centre = table.visualRect(index).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)

    in_modal_dialog(qtbot, open_it, look_and_move_to_sql)
    assert table.model().data(table.model().index(0, 2)) == "SQL"
    history = window.services.leads.detail(window.services.leads.listing()[0].id).history
    assert [(h.stage, h.reason) for h in history] == [
        (Stage.LEAD, ""),
        (Stage.SQL, "Budget confirmed"),
    ]


def test_a_duplicate_is_pointed_out_before_saving(qtbot: QtBot, open_window, db_path: Path) -> None:
    _seed(db_path)
    window = open_window(db_path)

    def type_a_twin(dialog: QDialog) -> None:
        qtbot.keyClicks(child(dialog, QLineEdit, "leadName"), "A. Lovelace")
        qtbot.keyClicks(child(dialog, QLineEdit, "leadEmail"), "ADA@e.com")
        press_save(qtbot, dialog)
        warning = child(dialog, QLabel, "leadDuplicates")
        assert dialog.isVisible() and warning.isVisible()
        assert "Ada Lovelace" in warning.text()
        assert window.services.leads.count(window.leads_panel.model.query) == 3
        press_save(qtbot, dialog)  # the second Save means: yes, add it anyway
        assert not dialog.isVisible()

    in_modal_dialog(qtbot, window.action_new_lead.trigger, type_a_twin)
    assert child(window, QTableView, "leadsTable").model().rowCount() == 4


def test_every_field_error_is_shown_beside_its_field(
    qtbot: QtBot, open_window, db_path: Path
) -> None:
    window = open_window(db_path)

    def type_everything_wrong(dialog: QDialog) -> None:
        qtbot.keyClicks(child(dialog, QLineEdit, "leadPhone"), "12")
        qtbot.keyClicks(child(dialog, QLineEdit, "leadValue"), "-40")
        qtbot.keyClicks(child(dialog, QLineEdit, "leadWebsite"), "not a site")
        press_save(qtbot, dialog)
        for field, word in (
            ("leadName", "required"),
            ("leadPhone", "Phone"),
            ("leadValue", "negative"),
            ("leadWebsite", "Website"),
        ):
            label = child(dialog, QLabel, f"{field}Error")
            assert label.isVisible() and word in label.text(), field
        assert not child(dialog, QLabel, "leadEmailError").isVisible()
        dialog.reject()

    in_modal_dialog(qtbot, window.action_new_lead.trigger, type_everything_wrong)
    assert window.services.leads.count(window.leads_panel.model.query) == 0


def test_moving_to_sql_with_criteria_unmet_asks_and_records_an_override(
    qtbot: QtBot, open_window, db_path: Path, monkeypatch
) -> None:
    _seed(db_path)
    window = open_window(db_path)
    asked: list[str] = []

    def answer(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    alan = next(lead for lead in window.services.leads.listing() if lead.name == "Alan Turing")

    def move_without_budget(dialog: QDialog) -> None:
        stage = child(dialog, QComboBox, "leadStage")
        stage.setCurrentIndex(stage.findData("sql"))
        qtbot.mouseClick(child(dialog, QCheckBox, "leadCriterion2"), Qt.MouseButton.LeftButton)
        press_save(qtbot, dialog)
        assert not dialog.isVisible()

    in_modal_dialog(qtbot, lambda: window.open_lead(alan.id), move_without_budget)
    assert len(asked) == 1 and "Budget, Authority, Timing" in asked[0]
    detail = window.services.leads.detail(alan.id)
    assert detail.lead.stage is Stage.SQL
    assert detail.history[-1].override
    assert detail.criteria_met == {
        "Budget": False,
        "Authority": False,
        "Need": True,
        "Timing": False,
    }
