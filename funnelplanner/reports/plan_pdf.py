"""The monthly plan onto paper: any printer, the print preview, or a PDF file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPainter, QPdfWriter

from funnelplanner import APP_NAME
from funnelplanner.reports.page_blocks import MUTED, RULE, SMALL_PT, Typesetter, rule
from funnelplanner.reports.page_flow import (
    Document,
    Frame,
    PageProgress,
    paginate,
    paint_pages,
)
from funnelplanner.reports.paper import PDF_DPI, page_frame
from funnelplanner.reports.plan_data import PlanData
from funnelplanner.reports.plan_document import plan_blocks, plan_title
from funnelplanner.reports.print_fonts import print_font
from funnelplanner.reports.printed_words import short_date
from funnelplanner.services.whole_file import replacing

HEADER_PT = 26.0
FOOTER_PT = 22.0


def render_plan(
    device: QPagedPaintDevice, data: PlanData, progress: PageProgress | None = None
) -> int:
    """Paint the plan onto the device with its current page layout; returns the pages.

    ``progress(page, pages)`` is told as each page is drawn; it may raise to stop.
    """
    document = lay_out_plan(device, data)
    paint_pages(device, document, progress)
    return document.page_count


def lay_out_plan(device: QPagedPaintDevice, data: PlanData) -> Document:
    """The plan cut into pages of the device's page layout, measured for the device."""
    frame = page_frame(device.pageLayout(), device.logicalDpiY())
    ts = Typesetter(device, frame)
    header, footer = ts.pt(HEADER_PT), ts.pt(FOOTER_PT)
    pages = paginate(
        plan_blocks(data, ts),
        frame.height - header - footer,
        first_height=frame.height - footer,
    )
    small = print_font(SMALL_PT)
    running = data.business_name or APP_NAME
    printed = ts.text(
        QCoreApplication.translate("PlanDocument", "Printed {day} by {app}").format(
            day=short_date(data.printed_on), app=APP_NAME
        ),
        small,
    )
    running_head = ts.text(f"{running} · {plan_title(data)}", small)
    page_of = QCoreApplication.translate("PlanDocument", "page {number} of {total}")

    def decorate(painter: QPainter, frame: Frame, number: int, total: int) -> None:
        painter.setPen(MUTED)
        if number > 1:
            running_head.draw(painter, 0.0, 0.0)
            rule(painter, 0.0, frame.width, running_head.height + ts.pt(3), RULE, ts.pt(0.5))
        top = frame.height - footer + ts.pt(8)
        rule(painter, 0.0, frame.width, top - ts.pt(3), RULE, ts.pt(0.5))
        painter.setPen(MUTED)
        painter.setFont(small)
        printed.draw(painter, 0.0, top)
        painter.drawText(
            QRectF(0.0, top, frame.width, footer),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
            page_of.format(number=number, total=total),
        )

    return Document(frame, pages, decorate, top=lambda n: 0.0 if n == 1 else header)


def write_plan_pdf(
    data: PlanData, path: Path, layout: QPageLayout, progress: PageProgress | None = None
) -> int:
    """Write the plan to ``path`` as PDF on paper of ``layout``; returns the page count.

    Runs on any thread (a PDF writer needs no screen); ``progress`` as for render_plan.

    The file appears whole or not at all: pages go to a temporary file beside it, which
    replaces the target only once it is complete. Like the data file, it is readable by
    the owner only: it lists every lead due a call.

    Raises:
        OSError naming the file when it cannot be written.
    """
    with replacing(path) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(layout)
        writer.setTitle(plan_title(data))
        writer.setCreator(APP_NAME)
        pages = render_plan(writer, data, progress)
        del writer  # closes the file
    return pages
