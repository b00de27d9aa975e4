"""Print Plan… and Export PDF… from the window, and the business name printed on top."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from funnelplanner.domain.models import LeadDraft, TaskDraft
from funnelplanner.domain.vocabulary import Hat
from funnelplanner.reports import plan_charts
from funnelplanner.ui import plan_printing
from funnelplanner.ui.formatting import to_qdate
from funnelplanner.ui.main_window import MainWindow
from tests.ui.driving import child, in_modal_dialog

Opener = Callable[[Path], MainWindow]


def _pdf_text(path: Path) -> str:
    # pypdf reads the gaps between Qt's positioned words as tabs; a reader sees spaces.
    pages = pypdf.PdfReader(path).pages
    return "\n".join(page.extract_text().replace("\t", " ") for page in pages)


def _seed(window: MainWindow) -> None:
    month = window.services.planning.this_month()
    window.services.leads.create(
        LeadDraft("Zoë Ångström", company="Fjord AS", next_follow_up=month.first_day)
    )
    window.services.tasks.create(TaskDraft("Write the newsletter", Hat.MARKETING, month.last_day))


def test_print_preview_opens_on_the_month_and_closes(
    open_window: Opener, db_path: Path, qtbot: QtBot
) -> None:
    """Ctrl+P shows the plan in a print preview, with the month to print on its toolbar."""
    window = open_window(db_path)
    _seed(window)
    seen: dict[str, Any] = {}

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, QPrintPreviewDialog)
        month_box = child(dialog, QDateEdit, "printMonth")
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        qtbot.waitUntil(lambda: preview.pageCount() > 0, timeout=5000)
        seen["month"] = month_box.text()
        seen["pages"] = preview.pageCount()
        # Another month redraws the preview from that month's data.
        month_box.setDate(QDate(2031, 1, 1))
        seen["other"] = month_box.text()
        dialog.reject()

    in_modal_dialog(
        qtbot,
        lambda: qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier),
        look,
        QPrintPreviewDialog,
    )
    this_month = window.services.planning.this_month()
    assert seen["month"] == this_month.label
    assert seen["pages"] >= 2
    assert seen["other"] == "January 2031"
    assert window.plan_printing.preview_dialog is None


def test_print_preview_prints_the_month_chosen_on_the_plan_tab(
    open_window: Opener, db_path: Path, qtbot: QtBot
) -> None:
    """The month picked on the Month plan tab is the month the preview opens on."""
    window = open_window(db_path)
    view = window.show_tab(1)
    later = window.services.planning.this_month().shifted(2)
    view.show_month(later)  # type: ignore[attr-defined]
    seen: list[str] = []

    def look(dialog: QDialog) -> None:
        seen.append(child(dialog, QDateEdit, "printMonth").text())
        dialog.reject()

    in_modal_dialog(qtbot, window.action_print_plan.trigger, look, QPrintPreviewDialog)
    assert seen == [later.label]


def test_export_pdf_writes_the_plan_where_the_owner_chose(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Ctrl+Shift+E asks for a file name and saves the plan there; the status bar says so."""
    window = open_window(db_path)
    _seed(window)
    window.services.settings.save_business_name("Ångström & Łukasz Consulting")
    target = tmp_path / "out" / "november"
    target.parent.mkdir()
    monkeypatch.setattr(
        "funnelplanner.ui.plan_printing.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), "PDF files (*.pdf)"),
    )
    qtbot.keyClick(
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    written = target.with_name("november.pdf")  # the extension is added when left off
    qtbot.waitUntil(lambda: "Saved the" in window.statusBar().currentMessage(), timeout=30_000)
    assert written.exists()
    text = _pdf_text(written)
    assert "Ångström & Łukasz Consulting" in text
    assert "Zoë Ångström (Fjord AS)" in text
    assert "Write the newsletter" in text
    assert "page 1 of" in text
    assert str(written) in window.statusBar().currentMessage()


def test_export_pdf_to_an_unwritable_place_says_so_and_writes_nothing(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A folder that cannot hold the file gives a message naming it; nothing is left behind."""
    window = open_window(db_path)
    blocker = tmp_path / "a-file.txt"
    blocker.write_text("not a folder")
    target = blocker / "plan.pdf"
    monkeypatch.setattr(
        "funnelplanner.ui.plan_printing.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), ""),
    )
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text)
    )
    window.action_export_plan.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert len(warnings) == 1 and str(target) in warnings[0]
    assert not target.exists()
    assert blocker.read_text() == "not a folder"


def _held_back(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Holds the export worker before it gathers the plan until the event is set, so a
    test sees the progress dialog and presses Cancel at a moment of its choosing."""
    from funnelplanner.ui import plan_pdf_worker

    release = threading.Event()
    real = plan_pdf_worker.gather_plan

    def gather(*args: Any) -> Any:
        assert release.wait(30)
        return real(*args)

    monkeypatch.setattr(plan_pdf_worker, "gather_plan", gather)
    return release


def _export_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(
        "funnelplanner.ui.plan_printing.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), ""),
    )


def test_export_runs_off_the_window_with_a_progress_dialog(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """While the plan is written the window keeps running and a progress dialog shows;
    once it is saved the dialog goes and the status bar names the file."""
    window = open_window(db_path)
    _seed(window)
    target = tmp_path / "plan.pdf"
    _export_to(monkeypatch, target)
    release = _held_back(monkeypatch)

    window.action_export_plan.trigger()
    progress = child(window, QProgressDialog, "planPdfProgress")
    qtbot.waitUntil(progress.isVisible, timeout=5000)  # the window's loop runs meanwhile
    assert "Gathering the" in progress.labelText()
    assert not target.exists()
    release.set()

    qtbot.waitUntil(lambda: "Saved the" in window.statusBar().currentMessage(), timeout=30_000)
    assert "Zoë Ångström (Fjord AS)" in _pdf_text(target)
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "planPdfProgress") is None)


def test_cancelling_an_export_writes_nothing(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(db_path)
    _seed(window)
    target = tmp_path / "plan.pdf"
    _export_to(monkeypatch, target)
    release = _held_back(monkeypatch)

    window.action_export_plan.trigger()
    progress = child(window, QProgressDialog, "planPdfProgress")
    qtbot.waitUntil(progress.isVisible, timeout=5000)
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()

    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=30_000)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in {".pdf", ".part"}) == []


def test_page_setup_is_remembered_for_the_next_export(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Landscape chosen in the preview's page setup is used again when exporting a PDF."""
    window = open_window(db_path)

    def turn(dialog: QDialog) -> None:
        assert isinstance(dialog, QPrintPreviewDialog)
        printer = dialog.printer()
        assert printer is not None
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog.reject()

    in_modal_dialog(qtbot, window.action_print_plan.trigger, turn, QPrintPreviewDialog)
    target = tmp_path / "wide.pdf"
    monkeypatch.setattr(
        "funnelplanner.ui.plan_printing.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), ""),
    )
    window.action_export_plan.trigger()
    qtbot.waitUntil(lambda: "Saved the" in window.statusBar().currentMessage(), timeout=30_000)
    box = pypdf.PdfReader(target).pages[0].mediabox
    assert float(box.width) > float(box.height)


def test_the_preview_gathers_its_plan_off_the_window_then_opens_on_it(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """While the plan is gathered the window keeps running and a progress dialog shows;
    the preview opens once the plan is there, and prints what was gathered."""
    window = open_window(db_path)
    _seed(window)
    release = _held_back(monkeypatch)

    window.action_print_plan.trigger()
    progress = child(window, QProgressDialog, "planPreviewProgress")
    qtbot.waitUntil(progress.isVisible, timeout=5000)  # the window's loop runs meanwhile
    assert "Gathering the" in progress.labelText()
    assert window.plan_printing.preview_dialog is None
    release.set()

    qtbot.waitUntil(lambda: window.plan_printing.preview_dialog is not None, timeout=30_000)
    dialog = window.plan_printing.preview_dialog
    assert dialog is not None
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() >= 2, timeout=5000)
    assert child(dialog, QDateEdit, "printMonth").text() == (
        window.services.planning.this_month().label
    )
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "planPreviewProgress") is None)
    # Printed from the preview to a PDF printer: the pages show the gathered plan.
    printer = dialog.printer()
    assert printer is not None
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    preview.print_()
    assert "Zoë Ångström (Fjord AS)" in _pdf_text(target)
    dialog.reject()
    assert window.plan_printing.preview_dialog is None


def test_cancelling_the_preview_while_its_plan_is_gathered_opens_none(
    open_window: Opener, db_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(db_path)
    _seed(window)
    release = _held_back(monkeypatch)
    opened: list[QPrintPreviewDialog] = []
    monkeypatch.setattr(
        "funnelplanner.ui.plan_printing.QPrintPreviewDialog.open",
        lambda dialog: opened.append(dialog),
    )

    window.action_print_plan.trigger()
    progress = child(window, QProgressDialog, "planPreviewProgress")
    qtbot.waitUntil(progress.isVisible, timeout=5000)
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()

    qtbot.waitUntil(lambda: window.plan_printing.preview_worker is None, timeout=30_000)
    # The progress dialog goes with the next turn of the event loop (deleteLater).
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "planPreviewProgress") is None)
    assert opened == []
    assert window.plan_printing.preview_dialog is None


def test_another_month_chosen_in_the_preview_is_gathered_and_shown(
    open_window: Opener, db_path: Path, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(db_path)
    _seed(window)
    next_month = window.services.planning.this_month().shifted(1)
    window.services.leads.create(
        LeadDraft("Ola Nordmann", company="Bergen AS", next_follow_up=next_month.first_day)
    )
    seen: dict[str, str] = {}

    def printed(dialog: QPrintPreviewDialog, name: str) -> str:
        printer = dialog.printer()
        assert printer is not None
        printer.setOutputFileName(str(tmp_path / f"{name}.pdf"))
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        preview.print_()
        return _pdf_text(tmp_path / f"{name}.pdf")

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, QPrintPreviewDialog)
        seen["first"] = printed(dialog, "first")
        child(dialog, QDateEdit, "printMonth").setDate(to_qdate(next_month.first_day))
        qtbot.waitUntil(lambda: window.plan_printing.preview_worker is None, timeout=30_000)
        seen["next"] = printed(dialog, "next")
        dialog.reject()

    in_modal_dialog(qtbot, window.action_print_plan.trigger, look, QPrintPreviewDialog)
    assert "Zoë Ångström (Fjord AS)" in seen["first"]
    assert "Ola Nordmann" not in seen["first"]
    assert "Ola Nordmann (Bergen AS)" in seen["next"]
    assert "Zoë Ångström" not in seen["next"]


def test_the_preview_has_its_charts_drawn_off_the_window(
    open_window: Opener, db_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drawing the charts is half of laying the plan out: the worker draws them for the
    preview's page, and the window only lays out the text and paints. A page set up
    anew in the preview has its charts drawn again, for that page."""
    window = open_window(db_path)
    _seed(window)
    drawn_on: list[str] = []
    real = plan_charts.figure_svg

    def figure_svg(*args: Any) -> bytes:
        drawn_on.append(threading.current_thread().name)
        return real(*args)

    monkeypatch.setattr(plan_charts, "figure_svg", figure_svg)
    seen: dict[str, list[str]] = {}

    def look(dialog: QDialog) -> None:
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        qtbot.waitUntil(lambda: preview.pageCount() >= 2, timeout=5000)
        seen["portrait"] = list(drawn_on)
        drawn_on.clear()
        preview.setLandscapeOrientation()
        qtbot.waitUntil(lambda: len(drawn_on) == 2, timeout=5000)
        seen["landscape"] = list(drawn_on)
        dialog.reject()

    in_modal_dialog(qtbot, window.action_print_plan.trigger, look, QPrintPreviewDialog)
    assert len(seen["portrait"]) == 2
    assert "MainThread" not in seen["portrait"]
    assert seen["landscape"] == ["MainThread", "MainThread"]


def test_the_pointer_shows_the_window_busy_while_the_preview_paints(
    open_window: Opener, db_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt paints the preview's pages on the GUI thread: the pointer says so meanwhile,
    and is itself again afterwards."""
    window = open_window(db_path)
    _seed(window)
    shapes: list[Qt.CursorShape | None] = []
    real = plan_printing.render_plan

    def render_plan(device: Any, data: Any) -> int:
        cursor = QGuiApplication.overrideCursor()
        shapes.append(None if cursor is None else cursor.shape())
        return real(device, data)

    monkeypatch.setattr(plan_printing, "render_plan", render_plan)

    def look(dialog: QDialog) -> None:
        preview = dialog.findChild(QPrintPreviewWidget)
        assert preview is not None
        qtbot.waitUntil(lambda: preview.pageCount() >= 2, timeout=5000)
        dialog.reject()

    in_modal_dialog(qtbot, window.action_print_plan.trigger, look, QPrintPreviewDialog)
    assert shapes and set(shapes) == {Qt.CursorShape.WaitCursor}
    assert QGuiApplication.overrideCursor() is None
