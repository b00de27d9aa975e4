"""Print Plan… and Export PDF… in the window: the same pages the command line writes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QDate, QObject, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QToolBar,
    QWidget,
)

from funnelplanner.domain.month import Month
from funnelplanner.reports.plan_data import PlanData
from funnelplanner.reports.plan_pdf import Paper, page_layout, render_plan
from funnelplanner.ui.formatting import format_month, from_qdate, to_qdate
from funnelplanner.ui.naming import name
from funnelplanner.ui.plan_pdf_worker import PlanPdfWorker
from funnelplanner.ui.settings_store import SettingsStore

if TYPE_CHECKING:
    from funnelplanner.services import Services


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
        self.export_worker: PlanPdfWorker | None = None
        # The newest plan gathered for the preview; older ones (another month chosen
        # meanwhile) may still be finishing, and are waited for as the window closes.
        self.preview_worker: PlanPdfWorker | None = None
        self._gathering: set[PlanPdfWorker] = set()

    def layout(self) -> QPageLayout:
        """The page last set up for the plan, else the business's paper (Settings)."""
        stored = self._settings.print_layout
        if stored is not None:
            return stored
        return page_layout(Paper(self._services.settings.business().paper.value))

    # ---- print preview

    def preview(self) -> PlanPdfWorker | None:
        """Gather the month's plan and draw its charts off the GUI thread (with progress
        and Cancel), then open the print preview on it; returns the worker gathering it."""
        if self.preview_worker is not None or self.preview_dialog is not None:
            return None  # one at a time: the first is still being gathered or shown
        month = self._month()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(self.layout())
        printer.setDocName(f"Plan {month}")
        return self._gather(
            month, printer, self._window, lambda plan: self._open_preview(printer, month, plan)
        )

    def _gather(
        self,
        month: Month,
        printer: QPrinter,
        owner: QWidget,
        then: Callable[[PlanData], None],
    ) -> PlanPdfWorker:
        """Gather ``month``'s plan on the export's worker, its charts drawn for
        ``printer``'s page as it is now, then hand it to ``then``."""
        worker = PlanPdfWorker(
            self._services, month, layout=printer.pageLayout(), dpi=printer.resolution()
        )
        progress = self._progress(month, owner, self.tr("Print plan"))
        progress.setObjectName("planPreviewProgress")

        def gathered(plan: PlanData) -> None:
            if not worker.was_cancelled():  # Cancel may be clicked as the plan arrives
                then(plan)

        def failed(message: str) -> None:
            if not worker.was_cancelled():
                QMessageBox.warning(owner, self.tr("Plan not printed"), message)

        def finished() -> None:
            if shiboken6.isValid(progress):  # gone with a preview closed meanwhile
                progress.reset()
                progress.deleteLater()
            worker.deleteLater()
            self._gathering.discard(worker)
            if self.preview_worker is worker:
                self.preview_worker = None

        worker.gathered.connect(gathered)
        worker.failed.connect(failed)
        worker.finished.connect(finished)
        progress.canceled.connect(worker.cancel)
        self.preview_worker = worker
        self._gathering.add(worker)
        worker.start()
        return worker

    def _open_preview(self, printer: QPrinter, month: Month, plan: PlanData) -> None:
        dialog = QPrintPreviewDialog(printer, self._window)
        name(dialog, "printPreviewDialog", self.tr("Print preview of the monthly plan"))
        dialog.setWindowTitle(self.tr("Print plan"))
        # The plan drawn; another month chosen in the preview is gathered into it.
        shown = [plan]
        self._month_picker(dialog, printer, month, shown)
        dialog.paintRequested.connect(lambda device: self._paint(device, shown[0]))
        self.preview_dialog = dialog

        def closed(_result: int) -> None:
            if self.preview_worker is not None:
                self.preview_worker.cancel()  # a month still being gathered is not shown
            self._settings.print_layout = printer.pageLayout()
            self.preview_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.resize(1000, 800)
        dialog.open()

    def _month_picker(
        self,
        dialog: QPrintPreviewDialog,
        printer: QPrinter,
        month: Month,
        shown: list[PlanData],
    ) -> QDateEdit:
        """A month chooser and Export PDF… on the preview's own toolbar."""
        toolbar = dialog.findChild(QToolBar)
        month_box = QDateEdit(to_qdate(month.first_day))
        name(month_box, "printMonth", self.tr("Month to print"))
        month_box.setDisplayFormat("MMMM yyyy")
        month_box.setCalendarPopup(False)
        month_box.setCurrentSection(QDateEdit.Section.MonthSection)
        widget = dialog.findChild(QPrintPreviewWidget)

        def arrived(plan: PlanData) -> None:
            if self.preview_dialog is dialog and Month.of(from_qdate(month_box.date())) == (
                plan.month
            ):
                shown[0] = plan
                if widget is not None:
                    widget.updatePreview()

        def month_changed(_day: QDate) -> None:
            if self.preview_worker is not None:
                self.preview_worker.cancel()  # the month before: no longer wanted
            self._gather(Month.of(from_qdate(month_box.date())), printer, dialog, arrived)

        month_box.dateChanged.connect(month_changed)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addWidget(QLabel(self.tr(" Month: ")))
            toolbar.addWidget(month_box)
            export = toolbar.addAction(self.tr("Export PDF…"))
            export.setObjectName("actionPreviewExportPdf")
            export.triggered.connect(
                lambda: self.export_pdf(
                    Month.of(from_qdate(month_box.date())),
                    _printer_layout(dialog),
                    parent=dialog,
                )
            )
        return month_box

    def _paint(self, printer: QPrinter, plan: PlanData) -> None:
        # Qt paints a preview or a printout on the GUI thread, all pages at once: half a
        # second for a plan of 70 pages. The pointer says the window is busy meanwhile.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        problem = ""
        try:
            # Charts for a page set up anew in the preview are drawn here, and kept.
            render_plan(printer, plan)
        except OSError as exc:
            problem = str(exc)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if problem:
            QMessageBox.warning(self._window, self.tr("Plan not printed"), problem)

    # ---- PDF

    def export_pdf(
        self,
        month: Month | None = None,
        layout: QPageLayout | None = None,
        parent: QWidget | None = None,
    ) -> PlanPdfWorker | None:
        """Ask where to save, then write the plan there off the GUI thread, with a
        progress dialog; returns the worker writing it (None when nothing was chosen)."""
        if self.export_worker is not None:
            return None  # one at a time: the first is still being written
        month = month or self._month()
        owner = parent or self._window
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"plan-{month}.pdf")
        chosen, _filter = QFileDialog.getSaveFileName(
            owner,
            self.tr("Export the {month} plan as PDF").format(month=format_month(month)),
            suggested,
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        worker = PlanPdfWorker(self._services, month, path, layout or self.layout())
        progress = self._progress(month, owner, self.tr("Export plan as PDF"))
        progress.setObjectName("planPdfProgress")

        def page_written(page: int, pages: int) -> None:
            progress.setMaximum(pages)
            progress.setValue(page)
            progress.setLabelText(
                self.tr("Writing page {page} of {pages}…").format(page=page, pages=pages)
            )

        def saved(pages: int) -> None:
            self._tell(
                self.tr("Saved the {month} plan to {path} ({pages} pages)").format(
                    month=format_month(month), path=path, pages=pages
                )
            )

        def failed(message: str) -> None:
            QMessageBox.warning(
                owner,
                self.tr("Plan not saved"),
                message + "\n\n" + self.tr("Choose another folder or file name and try again."),
            )

        def finished() -> None:
            progress.reset()
            progress.deleteLater()
            worker.deleteLater()
            self.export_worker = None

        worker.page_written.connect(page_written)
        worker.saved.connect(saved)
        worker.failed.connect(failed)
        worker.cancelled.connect(
            lambda: self._tell(self.tr("Export cancelled: no file was written."))
        )
        worker.finished.connect(finished)
        progress.canceled.connect(worker.cancel)
        self.export_worker = worker
        worker.start()
        return worker

    def _progress(self, month: Month, owner: QWidget, title: str) -> QProgressDialog:
        """Shown if gathering (and writing) takes longer than a moment; Cancel stops it."""
        progress = QProgressDialog(
            self.tr("Gathering the {month} plan…").format(month=format_month(month)),
            self.tr("Cancel"),
            0,
            0,  # busy until the pages are counted
            owner,
        )
        progress.setMinimumWidth(380)
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        # Starts the minimum duration from now: without a first value the dialog keeps
        # Qt's default, and shows only after four seconds.
        progress.setValue(0)
        return progress

    def wait_for_export(self, milliseconds: int = 60_000) -> None:
        """Block until a PDF being written, or a plan being gathered, is done (when the
        window closes)."""
        for worker in list(self._gathering):
            worker.cancel()  # a preview not open yet is not wanted any more
            worker.wait(milliseconds)
        if self.export_worker is not None:
            self.export_worker.wait(milliseconds)


def _printer_layout(dialog: QPrintPreviewDialog) -> QPageLayout:
    printer = dialog.printer()
    assert printer is not None
    return printer.pageLayout()
