"""Print Plan… (Ctrl+P): the preview opens at once, shows the pages as they will print,
and prints them, while the window goes on running."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QDate, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from funnelplanner.domain.models import LeadDraft
from funnelplanner.reports import page_image, plan_charts, plan_data, plan_pdf
from funnelplanner.ui import page_view, plan_preview_renderer
from funnelplanner.ui.formatting import to_qdate
from funnelplanner.ui.main_window import MainWindow
from funnelplanner.ui.plan_preview import PlanPreviewDialog
from tests.ui.driving import child, in_modal_dialog
from tests.ui.printing import export_to, held_back, pdf_text, seed

Opener = Callable[[Path], MainWindow]


def _preview(qtbot: QtBot, window: MainWindow) -> PlanPreviewDialog:
    """Ctrl+P, as the owner presses it; the preview that opens."""
    # The offscreen platform gives no window back its activation when a dialog closes.
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.plan_printing.preview_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def _laid_out(qtbot: QtBot, dialog: PlanPreviewDialog) -> None:
    """Waits until the pages are shown and those in sight are painted."""
    view = dialog.view
    qtbot.waitUntil(lambda: dialog.is_laid_out() and view.isVisible(), timeout=30_000)
    qtbot.waitUntil(lambda: view.current_page() in view.painted_pages(), timeout=30_000)


def _click(qtbot: QtBot, dialog: QDialog, action_name: str) -> None:
    """Clicks the preview's toolbar button for the action."""
    toolbar = child(dialog, QToolBar, "previewToolbar")
    action = next(a for a in toolbar.actions() if a.objectName() == action_name)
    button = toolbar.widgetForAction(action)
    assert button is not None and button.isEnabled(), f"{action_name} cannot be clicked"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _text(dialog: QDialog, object_name: str) -> str:
    return child(dialog, QLabel, object_name).text().strip()


def _ink(image: QImage) -> int:
    """Pixels of a page picture darker than paper: text, rules and charts."""
    small = image.scaled(image.width() // 4, image.height() // 4)
    return sum(
        1
        for y in range(small.height())
        for x in range(small.width())
        if QColor(small.pixel(x, y)).lightness() < 160
    )


def _many_follow_ups(window: MainWindow, count: int = 90) -> None:
    """A month long enough for several pages of follow-ups."""
    month = window.services.planning.this_month()
    for number in range(count):
        window.services.leads.create(
            LeadDraft(f"Lead number {number:03}", company="Acme", next_follow_up=month.first_day)
        )


class _PrintTo:
    """Stands in for Qt's print dialog: the owner picks printing to ``target`` and OK."""

    def __init__(self, target: Path, orientation: QPageLayout.Orientation | None = None) -> None:
        self.target = target
        self.orientation = orientation
        self.shown = 0

    def __call__(self, printer: QPrinter, _parent: QWidget) -> _PrintTo:
        self.shown += 1
        printer.setOutputFileName(str(self.target))
        if self.orientation is not None:
            printer.setPageOrientation(self.orientation)
        return self

    def setObjectName(self, _name: str) -> None:
        pass

    def exec(self) -> int:
        return QDialog.DialogCode.Accepted.value


def test_the_preview_shows_the_month_and_its_pages(
    open_window: Opener, db_path: Path, qtbot: QtBot
) -> None:
    """Ctrl+P shows the plan's pages with ink on them, the month to print, and how many
    pages there are; another month is laid out in its place."""
    window = open_window(db_path)
    seed(window)
    dialog = _preview(qtbot, window)
    _laid_out(qtbot, dialog)
    this_month = window.services.planning.this_month()
    assert child(dialog, QDateEdit, "printMonth").text() == this_month.label
    pages = dialog.view.page_count()
    assert pages >= 2
    assert _text(dialog, "previewPageCount") == f"of {pages}"
    assert child(dialog, QSpinBox, "previewPage").value() == 1
    first = dialog.view.picture(1)
    assert first is not None and _ink(first) > 200
    # The paper's white margin: no ink in the top-left corner of the page.
    assert QColor(first.pixel(5, 5)).lightness() == 255

    child(dialog, QDateEdit, "printMonth").setDate(QDate(2031, 1, 1))
    _laid_out(qtbot, dialog)
    assert child(dialog, QDateEdit, "printMonth").text() == "January 2031"
    dialog.reject()
    assert window.plan_printing.preview_dialog is None
    qtbot.waitUntil(lambda: not window.plan_printing._renderers, timeout=10_000)


def test_the_preview_opens_on_the_month_chosen_on_the_plan_tab(
    open_window: Opener, db_path: Path, qtbot: QtBot
) -> None:
    window = open_window(db_path)
    view = window.show_tab(1)
    later = window.services.planning.this_month().shifted(2)
    view.show_month(later)  # type: ignore[attr-defined]
    seen: list[str] = []

    def look(dialog: QDialog) -> None:
        seen.append(child(dialog, QDateEdit, "printMonth").text())
        dialog.reject()

    in_modal_dialog(qtbot, window.action_print_plan.trigger, look, PlanPreviewDialog)
    assert seen == [later.label]


def test_the_preview_opens_at_once_and_lays_out_off_the_window(
    open_window: Opener, db_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the plan is gathered the preview is open and says so, Print cannot be
    clicked yet, and the window keeps running; then the pages show."""
    window = open_window(db_path)
    seed(window)
    release = held_back(monkeypatch)
    dialog = _preview(qtbot, window)
    status = child(dialog, QLabel, "previewStatus")
    qtbot.waitUntil(status.isVisible, timeout=5000)  # the window's loop runs meanwhile
    assert status.text() == (f"Laying out the {window.services.planning.this_month().label} plan…")
    assert child(dialog, QWidget, "previewBusy").isVisible()
    assert not dialog.action_print.isEnabled()
    assert not dialog.action_export.isEnabled()
    release.set()
    _laid_out(qtbot, dialog)
    assert not status.isVisible()
    assert dialog.action_print.isEnabled()
    dialog.reject()


def test_closing_the_preview_while_it_lays_out_ends_its_thread(
    open_window: Opener, db_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(db_path)
    seed(window)
    release = held_back(monkeypatch)
    dialog = _preview(qtbot, window)
    renderer = dialog.renderer
    assert release.started.wait(10)  # the plan is being gathered
    dialog.reject()
    assert window.plan_printing.preview_dialog is None
    assert renderer.isRunning()  # still gathering: it is not killed, it is let finish
    release.set()
    qtbot.waitUntil(lambda: not window.plan_printing._renderers, timeout=30_000)
    # A new preview opens afresh.
    again = _preview(qtbot, window)
    assert again is not dialog
    _laid_out(qtbot, again)
    again.reject()


def test_the_window_thread_neither_lays_out_nor_paints_a_page(
    open_window: Opener, db_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The charts, the layout and every page picture are made on the preview's thread,
    and only the pages in sight (and a few beside them) are painted."""
    window = open_window(db_path)
    seed(window)
    _many_follow_ups(window)
    where: dict[str, set[str]] = {"charts": set(), "layout": set(), "pages": set()}
    painted: list[int] = []
    real_svg, real_layout, real_image = (
        plan_charts.figure_svg,
        plan_pdf.lay_out_plan,
        page_image.page_image,
    )

    def figure_svg(*args: Any) -> bytes:
        where["charts"].add(threading.current_thread().name)
        return real_svg(*args)

    def lay_out_plan(*args: Any) -> Any:
        where["layout"].add(threading.current_thread().name)
        return real_layout(*args)

    def picture(document: Any, number: int, *args: Any) -> QImage:
        where["pages"].add(threading.current_thread().name)
        painted.append(number)
        return real_image(document, number, *args)

    monkeypatch.setattr(plan_charts, "figure_svg", figure_svg)
    monkeypatch.setattr(plan_pdf, "lay_out_plan", lay_out_plan)
    monkeypatch.setattr(plan_preview_renderer, "page_image", picture)
    dialog = _preview(qtbot, window)
    _laid_out(qtbot, dialog)
    pages = dialog.view.page_count()
    assert pages >= 4
    qtbot.waitUntil(lambda: len(set(painted)) >= 2, timeout=10_000)
    assert max(painted) < pages  # the last page is not painted while out of sight
    # End goes to the last page, which is painted then.
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: pages in dialog.view.painted_pages(), timeout=10_000)
    assert child(dialog, QSpinBox, "previewPage").value() == pages
    # Pages far out of sight are let go: memory stays that of a few pages.
    assert dialog.view.picture(1) is None
    assert len(dialog.view.painted_pages()) <= 1 + 2 * page_view.KEEP
    dialog.reject()
    assert where["charts"] and where["layout"] and where["pages"]
    assert "MainThread" not in where["charts"] | where["layout"] | where["pages"]


def test_the_page_box_and_zoom_move_the_view(
    open_window: Opener, db_path: Path, qtbot: QtBot
) -> None:
    window = open_window(db_path)
    seed(window)
    _many_follow_ups(window)
    dialog = _preview(qtbot, window)
    _laid_out(qtbot, dialog)
    view = dialog.view
    page_box = child(dialog, QSpinBox, "previewPage")
    page_box.setValue(3)
    qtbot.waitUntil(lambda: view.current_page() == 3 and 3 in view.painted_pages())

    fit_width = _text(dialog, "previewZoom")
    assert dialog.action_fit_width.isChecked()
    _click(qtbot, dialog, "actionPreviewZoomIn")
    zoomed = _text(dialog, "previewZoom")
    assert int(zoomed.rstrip(" %")) > int(fit_width.rstrip(" %"))
    assert not dialog.action_fit_width.isChecked()
    assert view.current_page() == 3  # the page in sight stays in sight
    qtbot.waitUntil(lambda: 3 in view.painted_pages(), timeout=10_000)
    bigger = view.picture(3)
    assert bigger is not None

    _click(qtbot, dialog, "actionPreviewFitPage")
    whole = int(_text(dialog, "previewZoom").rstrip(" %"))
    assert whole < int(fit_width.rstrip(" %"))
    qtbot.waitUntil(lambda: view.current_page() in view.painted_pages(), timeout=10_000)
    shown = view.picture(view.current_page())
    assert shown is not None and shown.width() < bigger.width()
    # The whole page is in sight: its foot is above the bottom of the view.
    assert view.page_rect(view.current_page()).bottom() <= view.viewport().height()

    # Zoomed all the way in, a page is some 50 MB: only those in sight are kept.
    while dialog.action_zoom_in.isEnabled() and _text(dialog, "previewZoom") != "400 %":
        _click(qtbot, dialog, "actionPreviewZoomIn")
    assert _text(dialog, "previewZoom") == "400 %"
    qtbot.waitUntil(lambda: view.current_page() in view.painted_pages(), timeout=10_000)
    in_sight = [
        n
        for n in range(1, view.page_count() + 1)
        if view.page_rect(n).intersects(QRectF(view.viewport().rect()))
    ]
    assert set(view.painted_pages()) <= set(in_sight)
    dialog.reject()


def test_printing_sends_the_pages_and_says_where(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Print… asks for the printer, prints the plan shown, closes the preview and says
    so in the status bar."""
    window = open_window(db_path)
    seed(window)
    target = tmp_path / "printed.pdf"
    asked = _PrintTo(target)
    monkeypatch.setattr("funnelplanner.ui.plan_preview.QPrintDialog", asked)
    dialog = _preview(qtbot, window)
    _laid_out(qtbot, dialog)
    pages = dialog.view.page_count()
    _click(qtbot, dialog, "actionPreviewPrint")
    qtbot.waitUntil(lambda: "Printed the" in window.statusBar().currentMessage(), timeout=30_000)
    assert asked.shown == 1
    assert str(target) in window.statusBar().currentMessage()
    assert f"({pages} pages)" in window.statusBar().currentMessage()
    text = pdf_text(target)
    assert "Zoë Ångström (Fjord AS)" in text
    assert "Write the newsletter" in text
    assert len(pypdf.PdfReader(target).pages) == pages  # as many as the preview showed
    assert window.plan_printing.preview_dialog is None


def test_the_month_chosen_in_the_preview_is_the_month_printed(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(db_path)
    seed(window)
    next_month = window.services.planning.this_month().shifted(1)
    window.services.leads.create(
        LeadDraft("Ola Nordmann", company="Bergen AS", next_follow_up=next_month.first_day)
    )
    target = tmp_path / "next.pdf"
    monkeypatch.setattr("funnelplanner.ui.plan_preview.QPrintDialog", _PrintTo(target))
    dialog = _preview(qtbot, window)
    _laid_out(qtbot, dialog)
    child(dialog, QDateEdit, "printMonth").setDate(to_qdate(next_month.first_day))
    assert not dialog.action_print.isEnabled()  # not until the month is laid out
    qtbot.waitUntil(dialog.action_print.isEnabled, timeout=30_000)
    _click(qtbot, dialog, "actionPreviewPrint")
    qtbot.waitUntil(lambda: "Printed the" in window.statusBar().currentMessage(), timeout=30_000)
    text = pdf_text(target)
    assert "Ola Nordmann (Bergen AS)" in text
    assert "Zoë Ångström" not in text


def test_cancelling_a_print_before_its_pages_go_sends_nothing(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Landscape chosen in the print dialog lays the plan out again for the printer;
    Cancel meanwhile sends nothing, and the preview stays open to print again."""
    window = open_window(db_path)
    seed(window)
    target = tmp_path / "cancelled.pdf"
    asked = _PrintTo(target, QPageLayout.Orientation.Landscape)
    monkeypatch.setattr("funnelplanner.ui.plan_preview.QPrintDialog", asked)
    dialog = _preview(qtbot, window)
    _laid_out(qtbot, dialog)
    release = threading.Event()
    real = plan_pdf.lay_out_plan

    def lay_out_plan(device: Any, plan: Any) -> Any:
        assert release.wait(30)  # the owner clicks Cancel while the pages are laid out
        return real(device, plan)

    monkeypatch.setattr(plan_pdf, "lay_out_plan", lay_out_plan)
    _click(qtbot, dialog, "actionPreviewPrint")
    progress = child(dialog, QProgressDialog, "planPrintProgress")
    qtbot.waitUntil(progress.isVisible, timeout=5000)
    assert "Printing the" in progress.labelText()
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=30_000)
    assert not target.exists()
    assert window.plan_printing.preview_dialog is dialog
    # The preview shows the paper chosen in the print dialog.
    _laid_out(qtbot, dialog)
    wide = dialog.view.picture(dialog.view.current_page())
    assert wide is not None and wide.width() > wide.height()
    assert dialog.action_landscape.isChecked()
    assert dialog.action_print.isEnabled()
    monkeypatch.setattr(plan_pdf, "lay_out_plan", real)
    _click(qtbot, dialog, "actionPreviewPrint")
    qtbot.waitUntil(lambda: "Printed the" in window.statusBar().currentMessage(), timeout=30_000)
    page = pypdf.PdfReader(target).pages[0].mediabox
    assert float(page.width) > float(page.height)  # the paper chosen in the print dialog


def test_a_plan_that_cannot_be_gathered_says_why_in_the_preview(
    open_window: Opener, db_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(db_path)

    def gather(*_args: Any) -> Any:
        raise OSError("The data file cannot be read")

    monkeypatch.setattr(plan_data, "gather_plan", gather)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(str(a)))
    dialog = _preview(qtbot, window)
    status = child(dialog, QLabel, "previewStatus")
    qtbot.waitUntil(lambda: "cannot be read" in status.text(), timeout=10_000)
    assert status.isVisible()
    assert not child(dialog, QWidget, "previewBusy").isVisible()
    assert not dialog.action_print.isEnabled()
    assert warnings == []  # said in the preview, not in another window
    dialog.reject()


def test_landscape_is_shown_and_remembered_for_the_next_export(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Landscape chosen in the preview lays the pages out wide, with their charts drawn
    again for them off the window, and is used again when exporting a PDF."""
    window = open_window(db_path)
    seed(window)
    drawn_on: list[str] = []
    real = plan_charts.figure_svg

    def figure_svg(*args: Any) -> bytes:
        drawn_on.append(threading.current_thread().name)
        return real(*args)

    monkeypatch.setattr(plan_charts, "figure_svg", figure_svg)
    dialog = _preview(qtbot, window)
    _laid_out(qtbot, dialog)
    portrait = dialog.view.picture(1)
    assert portrait is not None and portrait.height() > portrait.width()
    assert len(drawn_on) == 2
    _click(qtbot, dialog, "actionPreviewLandscape")
    qtbot.waitUntil(lambda: len(drawn_on) == 4, timeout=30_000)
    _laid_out(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.view.picture(1) is not None)
    landscape = dialog.view.picture(1)
    assert landscape is not None and landscape.width() > landscape.height()
    assert "MainThread" not in drawn_on
    dialog.reject()

    target = tmp_path / "wide.pdf"
    export_to(monkeypatch, target)
    window.action_export_plan.trigger()
    qtbot.waitUntil(lambda: "Saved the" in window.statusBar().currentMessage(), timeout=30_000)
    box = pypdf.PdfReader(target).pages[0].mediabox
    assert float(box.width) > float(box.height)


def test_export_pdf_from_the_preview_saves_the_month_shown(
    open_window: Opener,
    db_path: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(db_path)
    seed(window)
    target = tmp_path / "from-preview.pdf"
    export_to(monkeypatch, target)
    dialog = _preview(qtbot, window)
    _laid_out(qtbot, dialog)
    child(dialog, QDateEdit, "printMonth").setDate(QDate(2031, 1, 1))
    qtbot.waitUntil(dialog.action_export.isEnabled, timeout=30_000)
    _click(qtbot, dialog, "actionPreviewExportPdf")
    qtbot.waitUntil(lambda: "Saved the" in window.statusBar().currentMessage(), timeout=30_000)
    assert "January 2031" in pdf_text(target)
    dialog.reject()


def test_the_preview_closes_with_the_window(
    open_window: Opener, db_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(db_path)
    seed(window)
    release = held_back(monkeypatch)
    dialog = _preview(qtbot, window)
    renderer = dialog.renderer
    release.set()
    window.close()
    assert not renderer.isRunning()
    assert window.plan_printing.preview_dialog is None


def test_the_preview_shows_its_pages_on_screen(
    open_window: Opener, db_path: Path, qtbot: QtBot
) -> None:
    """What the owner sees: grey around white paper, with ink on it."""
    window = open_window(db_path)
    seed(window)
    dialog = _preview(qtbot, window)
    _laid_out(qtbot, dialog)
    view = dialog.view
    shot = view.viewport().grab().toImage()
    page = view.page_rect(1).toRect()
    beside = QPoint(max(1, page.left() // 2), page.center().y())
    assert QColor(shot.pixel(beside)).lightness() < 200  # the grey desk
    assert QColor(shot.pixel(page.left() + 4, page.top() + 4)).lightness() == 255  # paper
    inside = shot.copy(page.intersected(shot.rect()))
    assert _ink(inside) > 100
    dialog.reject()
