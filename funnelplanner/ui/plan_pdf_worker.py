"""Gathering the monthly plan, and saving it as PDF, off the GUI thread, with Cancel.

A plan with thousands of follow-ups takes seconds to gather and typeset; the window
keeps painting meanwhile. Only a PDF writer is drawn on here, which Qt allows outside
the GUI thread. (The print preview has a thread of its own: plan_preview_renderer.)
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread, Signal
from PySide6.QtGui import QPageLayout

from funnelplanner import startup_gc
from funnelplanner.domain.errors import FunnelPlannerError
from funnelplanner.domain.month import Month
from funnelplanner.reports.painting_rehearsal import rehearse_painting
from funnelplanner.reports.paper import PDF_DPI, page_frame
from funnelplanner.ui.translations import shown

if TYPE_CHECKING:
    from funnelplanner.services import Services


class _Cancelled(Exception):
    """Raised between pages to stop drawing; the half-written file is removed."""


class PlanPdfWorker(QThread):
    """Gathers ``month``'s plan, its charts drawn for pages of ``layout``, and writes it
    to ``path`` as PDF.

    ``page_written(page, pages)`` reports each page drawn; exactly one of ``saved``
    (the page count), ``cancelled`` or ``failed`` (a message naming the file) ends it.
    """

    page_written = Signal(int, int)
    saved = Signal(int)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(
        self,
        services: Services,
        month: Month,
        path: Path,
        layout: QPageLayout,
    ) -> None:
        super().__init__()
        self.month = month
        self.path = path
        self._services = services
        self._layout = QPageLayout(layout)
        self._stop = threading.Event()
        # Registering fonts touches the application's font database, and PySide makes
        # the types of painting calls on first use: both done here, on the GUI thread,
        # before the thread typesets or paints anything.
        rehearse_painting()

    def cancel(self) -> None:
        self._stop.set()

    def _page(self, page: int, pages: int) -> None:
        if self._stop.is_set():
            raise _Cancelled
        self.page_written.emit(page, pages)

    def run(self) -> None:
        # The plan's modules load matplotlib, half a second: imported here, on this
        # thread, so the window goes on painting meanwhile.
        with startup_gc.set_aside_if_loaded("matplotlib"):
            from funnelplanner.reports.plan_data import gather_plan
            from funnelplanner.reports.plan_pdf import write_plan_pdf

        try:
            frame = page_frame(self._layout, PDF_DPI)
            data = gather_plan(self._services, self.month, frame)
            if self._stop.is_set():
                raise _Cancelled
            pages = write_plan_pdf(data, self.path, self._layout, self._page)
        except _Cancelled:
            self.cancelled.emit()
        except (FunnelPlannerError, OSError) as exc:
            self.failed.emit(shown(exc))
        except Exception as exc:  # shown to the owner, never a silent thread death
            self.failed.emit(
                self.tr("Cannot write {path}: {error}").format(path=self.path, error=exc)
            )
        else:
            self.saved.emit(pages)
