"""Print Plan… and Export PDF… in the window: the same pages the command line writes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from funnelplanner.domain.month import Month
from funnelplanner.reports.paper import Paper, page_layout
from funnelplanner.ui.formatting import format_month
from funnelplanner.ui.plan_pdf_worker import PlanPdfWorker
from funnelplanner.ui.plan_preview import PlanPreviewDialog
from funnelplanner.ui.plan_preview_renderer import PreviewRenderer
from funnelplanner.ui.plan_progress import plan_progress
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
        self.preview_dialog: PlanPreviewDialog | None = None
        self.export_worker: PlanPdfWorker | None = None
        self._renderers: set[PreviewRenderer] = set()

    def layout(self) -> QPageLayout:
        """The page last set up for the plan, else the business's paper (Settings)."""
        stored = self._settings.print_layout
        if stored is not None:
            return stored
        return page_layout(Paper(self._services.settings.business().paper.value))

    # ---- print preview

    def preview(self) -> PlanPreviewDialog:
        """Open the print preview on the month (or bring the open one to the front)."""
        if self.preview_dialog is not None:
            self.preview_dialog.raise_()
            self.preview_dialog.activateWindow()
            return self.preview_dialog
        month = self._month()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(self.layout())
        printer.setDocName(f"Plan {month}")
        dialog = PlanPreviewDialog(self._services, printer, month, self._window)
        renderer = dialog.renderer
        # Kept until its thread has ended, which may be a moment after the dialog is gone.
        self._renderers.add(renderer)

        def ended() -> None:
            self._renderers.discard(renderer)
            renderer.deleteLater()

        renderer.finished.connect(ended)
        dialog.export_asked.connect(
            lambda month, layout: self.export_pdf(month, layout, parent=dialog)
        )
        dialog.told.connect(self._tell)

        def closed(_result: int) -> None:
            self._settings.print_layout = printer.pageLayout()
            self.preview_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(closed)
        self.preview_dialog = dialog
        dialog.open()
        return dialog

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
        progress = plan_progress(
            owner,
            "planPdfProgress",
            self.tr("Export plan as PDF"),
            self.tr("Gathering the {month} plan…").format(month=format_month(month)),
            self.tr("Cancel"),
        )

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

    def wait_for_export(self, milliseconds: int = 60_000) -> None:
        """Block until a PDF being written, or a preview's thread, is done (when the
        window closes)."""
        if self.preview_dialog is not None:
            self.preview_dialog.reject()
        for renderer in list(self._renderers):
            renderer.stop()
            renderer.wait(milliseconds)
        if self.export_worker is not None:
            self.export_worker.wait(milliseconds)
