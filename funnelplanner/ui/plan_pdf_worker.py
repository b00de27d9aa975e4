"""Gathering the monthly plan, and saving it as PDF, off the GUI thread, with Cancel.

A plan with thousands of follow-ups takes seconds to gather and typeset; the window
keeps painting meanwhile. Only a PDF writer is drawn on here, which Qt allows outside
the GUI thread; the print preview gathers its plan and draws its charts here, then
lays out and paints the pages on the GUI thread, as Qt requires.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QPageLayout

from funnelplanner.domain.errors import FunnelPlannerError
from funnelplanner.domain.month import Month
from funnelplanner.reports.plan_data import gather_plan
from funnelplanner.reports.plan_pdf import PDF_DPI, page_frame, write_plan_pdf
from funnelplanner.reports.print_fonts import load_print_fonts
from funnelplanner.ui.translations import shown

if TYPE_CHECKING:
    from funnelplanner.services import Services


class _Cancelled(Exception):
    """Raised between pages to stop drawing; the half-written file is removed."""


class PlanPdfWorker(QThread):
    """Gathers ``month``'s plan, its charts drawn for pages of ``layout`` at ``dpi`` (a
    printer's; the PDF's by default), and writes it to ``path``; with no path, only
    gathers it.

    ``page_written(page, pages)`` reports each page drawn; exactly one of ``saved``
    (the page count), ``gathered`` (the PlanData, when there is no path), ``cancelled``
    or ``failed`` (a message, naming the file if there is one) ends it.
    """

    page_written = Signal(int, int)
    saved = Signal(int)
    gathered = Signal(object)  # PlanData
    cancelled = Signal()
    failed = Signal(str)

    def __init__(
        self,
        services: Services,
        month: Month,
        path: Path | None = None,
        layout: QPageLayout | None = None,
        dpi: int = PDF_DPI,
    ) -> None:
        super().__init__()
        self.month = month
        self.path = path
        self._dpi = dpi
        self._services = services
        self._layout = QPageLayout(layout) if layout is not None else QPageLayout()
        self._stop = threading.Event()
        # Registering fonts touches the application's font database: done here, on the
        # GUI thread, before the worker typesets anything.
        load_print_fonts()

    def cancel(self) -> None:
        self._stop.set()

    def was_cancelled(self) -> bool:
        return self._stop.is_set()

    def _page(self, page: int, pages: int) -> None:
        if self._stop.is_set():
            raise _Cancelled
        self.page_written.emit(page, pages)

    def run(self) -> None:
        try:
            frame = page_frame(self._layout, self._dpi)
            data = gather_plan(self._services, self.month, frame)
            if self._stop.is_set():
                raise _Cancelled
            if self.path is None:
                self.gathered.emit(data)
                return
            pages = write_plan_pdf(data, self.path, self._layout, self._page)
        except _Cancelled:
            self.cancelled.emit()
        except (FunnelPlannerError, OSError) as exc:
            self.failed.emit(shown(exc))
        except Exception as exc:  # shown to the owner, never a silent thread death
            if self.path is None:
                self.failed.emit(self.tr("Cannot gather the plan: {error}").format(error=exc))
                return
            self.failed.emit(
                self.tr("Cannot write {path}: {error}").format(path=self.path, error=exc)
            )
        else:
            self.saved.emit(pages)
