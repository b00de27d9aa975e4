"""The print preview's own thread: gathers the plan, lays it out, paints the pages the
owner is looking at, and prints.

Qt's own preview records every page on the GUI thread before it shows the first: three
seconds with the window frozen for a plan of fifty pages. Here the GUI thread only asks
for pages and shows the pictures that come back, as document viewers do.

Everything that measures or draws text happens on this one thread, from laying the plan
out to painting its pages: laid-out text keeps the fonts of the thread that measured it.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QThread, Signal
from PySide6.QtGui import QImage, QPageLayout, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from funnelplanner import startup_gc
from funnelplanner.domain.errors import FunnelPlannerError
from funnelplanner.domain.month import Month
from funnelplanner.reports.page_flow import paint_pages
from funnelplanner.reports.page_image import page_image
from funnelplanner.reports.painting_rehearsal import rehearse_painting
from funnelplanner.reports.paper import page_frame
from funnelplanner.ui.translations import shown

if TYPE_CHECKING:
    from funnelplanner.reports.page_flow import Document
    from funnelplanner.reports.plan_data import PlanData
    from funnelplanner.services import Services


@dataclass(frozen=True)
class _LayOut:
    generation: int
    month: Month
    layout: QPageLayout
    dpi: int
    gather: bool  # False: the plan already gathered for this month, on other paper


@dataclass(frozen=True)
class _Print:
    printer: QPrinter


@dataclass(frozen=True)
class _Wanted:
    generation: int
    number: int
    pixels_per_point: float
    pixel_ratio: float


_WAKE = object()  # the pages wanted have changed
_STOP = object()


class _Cancelled(Exception):
    """Raised before the first page is printed when the owner has cancelled."""


class PreviewRenderer(QThread):
    """One per preview. Ask with ``lay_out``, ``want`` and ``print_on`` from the GUI
    thread; answers come as signals, each naming the generation (the month and paper)
    it belongs to, so an answer for a month no longer shown is ignored."""

    laid_out = Signal(int, int)  # generation, pages
    failed = Signal(int, str)  # generation, message
    # generation, page number, pixels per point, delivery number, the page
    page_painted = Signal(int, int, float, int, QImage)
    print_started = Signal(int)  # pages; from now on the print cannot be cancelled
    print_progress = Signal(int, int)  # page, pages
    printed = Signal(int)  # pages
    print_failed = Signal(str)
    print_cancelled = Signal()

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        self._jobs: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._generation = 0
        self._wanted: list[_Wanted] = []
        self._seen = 0  # the last delivery the GUI had when it last asked
        self._cancel_print = threading.Event()
        self._measures: object = None  # what measured the pages, kept while they are painted
        # Registering fonts touches the application's font database, and PySide makes
        # the types of painting calls on first use: both done here, on the GUI thread,
        # before the thread measures or paints anything.
        rehearse_painting()

    # ---- asked from the GUI thread

    def lay_out(self, month: Month, layout: QPageLayout, dpi: int, *, gather: bool = True) -> int:
        """Gather ``month``'s plan (unless ``gather`` is False and it is the plan laid out
        last) and cut it into pages of ``layout`` measured at ``dpi``; returns the
        generation its answers will carry."""
        with self._lock:
            self._generation += 1
            self._wanted = []
            generation = self._generation
        self._jobs.put(_LayOut(generation, month, QPageLayout(layout), dpi, gather))
        return generation

    def want(
        self,
        generation: int,
        numbers: Sequence[int],
        pixels_per_point: float,
        pixel_ratio: float,
        seen: int,
    ) -> None:
        """Paint these pages, in this order, instead of any asked for before.

        ``seen``: the last delivery number received. A page delivered after it is on its
        way already and is not painted again.
        """
        with self._lock:
            self._wanted = [
                _Wanted(generation, number, pixels_per_point, pixel_ratio) for number in numbers
            ]
            self._seen = seen
        self._jobs.put(_WAKE)

    def print_on(self, printer: QPrinter) -> None:
        """Print the plan laid out last on ``printer``, which the GUI thread leaves
        alone until ``printed``, ``print_failed`` or ``print_cancelled``."""
        self._cancel_print.clear()
        self._jobs.put(_Print(printer))

    def cancel_print(self) -> None:
        self._cancel_print.set()

    def stop(self) -> None:
        """Finish the job in hand (a print is cancelled), then end the thread."""
        with self._lock:
            self._generation += 1  # nothing asked before is wanted any more
            self._wanted = []
        self._cancel_print.set()
        self._jobs.put(_STOP)

    def _current(self, generation: int) -> bool:
        with self._lock:
            return generation == self._generation

    # ---- on the thread

    def run(self) -> None:
        # The plan's modules load matplotlib, half a second: imported here, on this
        # thread, so the window goes on painting meanwhile.
        with startup_gc.set_aside_if_loaded("matplotlib"):
            from funnelplanner.reports import plan_data

        plan: PlanData | None = None
        document: Document | None = None
        measured_at: _LayOut | None = None  # the request document was laid out for
        laid_out_as = 0  # the generation of document
        delivered: dict[_Wanted, int] = {}  # each page's last delivery number
        deliveries = 0
        while True:
            job = self._jobs.get()
            if job is _STOP:
                return
            if isinstance(job, _LayOut):
                if not self._current(job.generation):
                    continue  # another month or paper was asked for meanwhile
                # Whatever happens, the pages laid out before are not shown any more.
                document, laid_out_as = None, 0
                try:
                    if job.gather or plan is None or plan.month != job.month:
                        plan = None
                        plan = plan_data.gather_plan(
                            self._services, job.month, page_frame(job.layout, job.dpi)
                        )
                    document, self._measures = _measured(plan, job.layout, job.dpi)
                except (FunnelPlannerError, OSError) as exc:
                    self.failed.emit(job.generation, shown(exc))
                    continue
                except Exception as exc:  # shown to the owner, never a silent thread death
                    self.failed.emit(
                        job.generation,
                        self.tr("Cannot gather the plan: {error}").format(error=exc),
                    )
                    continue
                measured_at, laid_out_as = job, job.generation
                delivered.clear()
                self.laid_out.emit(job.generation, document.page_count)
            elif job is _WAKE:
                while document is not None and measured_at is not None:
                    wanted = self._next_wanted(laid_out_as, delivered)
                    if wanted is None:
                        break
                    image = page_image(
                        document,
                        wanted.number,
                        measured_at.layout,
                        wanted.pixels_per_point,
                        wanted.pixel_ratio,
                    )
                    deliveries += 1
                    delivered[wanted] = deliveries
                    self.page_painted.emit(
                        wanted.generation,
                        wanted.number,
                        wanted.pixels_per_point,
                        deliveries,
                        image,
                    )
            elif isinstance(job, _Print):
                if plan is None or document is None or measured_at is None:
                    self.print_failed.emit(self.tr("The plan has not been laid out yet."))
                else:
                    self._print(job.printer, plan, document, measured_at)

    def _next_wanted(self, laid_out_as: int, delivered: dict[_Wanted, int]) -> _Wanted | None:
        with self._lock:
            while self._wanted:
                wanted = self._wanted.pop(0)
                if wanted.generation == laid_out_as and delivered.get(wanted, 0) <= self._seen:
                    return wanted
        return None

    def _print(
        self, printer: QPrinter, plan: PlanData, document: Document, measured_at: _LayOut
    ) -> None:
        """Print ``document``, or the plan laid out anew when the print dialog chose
        other paper or another resolution."""
        from funnelplanner.reports import plan_pdf

        try:
            if printer.resolution() != measured_at.dpi or not printer.pageLayout().isEquivalentTo(
                measured_at.layout
            ):
                document = plan_pdf.lay_out_plan(printer, plan)
            # Until the first page is drawn nothing has reached the printer. After it,
            # no print engine Qt has on Linux can take pages back (QPrinter.abort does
            # nothing there): the pages go out whole, in well under a second per hundred.
            if self._cancel_print.is_set():
                raise _Cancelled
            self.print_started.emit(document.page_count)
            paint_pages(printer, document, self.print_progress.emit)
        except _Cancelled:
            self.print_cancelled.emit()
        except OSError as exc:
            self.print_failed.emit(str(exc))
        except Exception as exc:  # shown to the owner, never a silent thread death
            self.print_failed.emit(self.tr("Cannot print the plan: {error}").format(error=exc))
        else:
            self.printed.emit(document.page_count)


def _measured(plan: PlanData, layout: QPageLayout, dpi: int) -> tuple[Document, object]:
    """The plan laid out as a printer of ``layout`` at ``dpi`` will print it, and the
    device that measured it. A PDF writer that is never drawn on lends its measures:
    printers use the same engine."""
    from funnelplanner.reports import plan_pdf

    buffer = QBuffer()
    writer = QPdfWriter(buffer)
    writer.setResolution(dpi)
    writer.setPageLayout(layout)
    return plan_pdf.lay_out_plan(writer, plan), (buffer, writer)
