"""Print Plan… and Export PDF… in the window: the same pages the command line writes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDateEdit, QFileDialog, QLabel, QMessageBox, QToolBar, QWidget

from funnelplanner.domain.month import Month
from funnelplanner.reports.plan_data import gather_plan
from funnelplanner.reports.plan_pdf import Paper, page_layout, render_plan, write_plan_pdf
from funnelplanner.services import Services
from funnelplanner.ui.formatting import from_qdate, to_qdate
from funnelplanner.ui.naming import name
from funnelplanner.ui.settings_store import SettingsStore


class PlanPrinting(QObject):
    """Opens the print preview of a month's plan, and exports it as PDF."""

    def __init__(
        self,
        window: QWidget,
        services: Services,
        settings: SettingsStore,
        month: Callable[[], Month],
        tell: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._settings = settings
        self._month = month
        self._tell = tell
        self.preview_dialog: QPrintPreviewDialog | None = None

    def layout(self) -> QPageLayout:
        """The page last set up for the plan, else the business's paper (Settings)."""
        stored = self._settings.print_layout
        if stored is not None:
            return stored
        return page_layout(Paper(self._services.settings.business().paper.value))

    # ---- print preview

    def preview(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(self.layout())
        printer.setDocName(f"Plan {self._month()}")
        dialog = QPrintPreviewDialog(printer, self._window)
        name(dialog, "printPreviewDialog", "Print preview of the monthly plan")
        dialog.setWindowTitle("Print plan")
        month_box = self._month_picker(dialog)
        dialog.paintRequested.connect(
            lambda device: self._paint(device, Month.of(from_qdate(month_box.date())))
        )
        self.preview_dialog = dialog
        dialog.resize(1000, 800)
        try:
            dialog.exec()
        finally:
            self._settings.print_layout = printer.pageLayout()
            self.preview_dialog = None
            dialog.deleteLater()

    def _month_picker(self, dialog: QPrintPreviewDialog) -> QDateEdit:
        """A month chooser and Export PDF… on the preview's own toolbar."""
        toolbar = dialog.findChild(QToolBar)
        month_box = QDateEdit(to_qdate(self._month().first_day))
        name(month_box, "printMonth", "Month to print")
        month_box.setDisplayFormat("MMMM yyyy")
        month_box.setCalendarPopup(False)
        month_box.setCurrentSection(QDateEdit.Section.MonthSection)
        widget = dialog.findChild(QPrintPreviewWidget)

        def month_changed(_day: QDate) -> None:
            if widget is not None:
                widget.updatePreview()

        month_box.dateChanged.connect(month_changed)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addWidget(QLabel(" Month: "))
            toolbar.addWidget(month_box)
            export = toolbar.addAction("Export PDF…")
            export.setObjectName("actionPreviewExportPdf")
            export.triggered.connect(
                lambda: self.export_pdf(
                    Month.of(from_qdate(month_box.date())),
                    _printer_layout(dialog),
                    parent=dialog,
                )
            )
        return month_box

    def _paint(self, printer: QPrinter, month: Month) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            render_plan(printer, gather_plan(self._services, month))
        except OSError as exc:
            QMessageBox.warning(self._window, "Plan not printed", str(exc))
        finally:
            QGuiApplication.restoreOverrideCursor()

    # ---- PDF

    def export_pdf(
        self,
        month: Month | None = None,
        layout: QPageLayout | None = None,
        parent: QWidget | None = None,
    ) -> Path | None:
        """Ask where to save, then write the plan there; returns the file written."""
        month = month or self._month()
        owner = parent or self._window
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"plan-{month}.pdf")
        chosen, _filter = QFileDialog.getSaveFileName(
            owner, f"Export the {month.label} plan as PDF", suggested, "PDF files (*.pdf)"
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = write_plan_pdf(
                gather_plan(self._services, month), path, layout or self.layout()
            )
        except OSError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(
                owner,
                "Plan not saved",
                f"{exc}\n\nChoose another folder or file name and try again.",
            )
            return None
        QGuiApplication.restoreOverrideCursor()
        self._tell(f"Saved the {month.label} plan to {path} ({pages} pages)")
        return path


def _printer_layout(dialog: QPrintPreviewDialog) -> QPageLayout:
    printer = dialog.printer()
    assert printer is not None
    return printer.pageLayout()
