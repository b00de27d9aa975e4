"""A sample page of every kind of block, painted on the GUI thread before any worker paints.

PySide makes many of its Python enum types lazily, the first time a call's arguments are
checked against an overload that names them: QPainter.fillRect with a colour looks at
QGradient's five enums on the way. Making them is not safe while another thread converts
the arguments of the same calls: the window crashed in about one test run in ten when
the print preview's thread made QGradient's enums while the GUI thread painted its
view. Painted here first, every call the pages make has its types made on the GUI
thread, once per program.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPainter, QPdfWriter

from funnelplanner.reports.page_blocks import MUTED, RULE, Column, Typesetter, rule
from funnelplanner.reports.page_flow import Document, Frame, paginate, paint_pages
from funnelplanner.reports.page_image import page_image
from funnelplanner.reports.paper import Paper, page_frame, page_layout
from funnelplanner.reports.print_fonts import load_print_fonts, print_font
from funnelplanner.reports.printed_words import long_date, short_date, short_month

# A chart as the plan's are: shapes, a path and text, read by QtSvg's XML reader.
SAMPLE_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
    b' width="72pt" height="36pt" viewBox="0 0 72 36">'
    b'<defs><path id="g" d="M 0 0 L 4 0 L 4 4 z"/></defs>'
    b'<rect x="1" y="1" width="20" height="10" style="fill:#888888;stroke:#000000"/>'
    b'<path d="M 0 30 L 70 30" style="stroke:#000000;stroke-width:0.5"/>'
    b'<use xlink:href="#g" x="30" y="5"/>'
    b'<text x="40" y="20" style="font-size:6px">1,926</text>'
    b"</svg>"
)

_rehearsed = False


def rehearse_painting() -> None:
    """Register the print fonts, then lay out and paint the sample onto a PDF writer and
    onto a page picture, on this thread (the GUI thread, which the font database wants
    too); only the first call does anything."""
    global _rehearsed
    if _rehearsed:
        return
    load_print_fonts()
    _rehearsed = True
    layout = page_layout(Paper.A4)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)  # the pages go nowhere but memory
    writer = QPdfWriter(buffer)
    writer.setResolution(72)
    writer.setPageLayout(layout)
    # Dates as the pages write them (QLocale and QDate make QTimeZone's types).
    day = date(2000, 1, 31)
    for words in (short_date(day), long_date(day), short_month(day)):
        assert words
    document = _sample(writer, page_frame(layout, 72))
    page_image(document, 1, QPageLayout(layout), 0.25)
    paint_pages(writer, document)


def _sample(device: QPdfWriter, frame: Frame) -> Document:
    ts = Typesetter(device, frame)
    small = print_font(8.0)
    columns = [
        Column("", box=True),
        Column("Lead", 2.0),
        Column("Contacts", 1.0, Qt.AlignmentFlag.AlignRight),
    ]
    blocks = [
        ts.title("Sample", "a page of every kind"),
        ts.heading("Heading"),
        ts.heading("Sub-heading", level=2),
        ts.paragraph("Text that wraps at words."),
        ts.empty("Nothing to list."),
        *ts.facts([("Label", "Sentence")]),
        *ts.table(columns, [[False, "Ada", "1"], [True, "Grace", "2"], [False, "Lin", "3"]]),
        ts.note_lines(2),
        *ts.charts([lambda _width, _height: SAMPLE_SVG]),
    ]
    running = ts.text("Running head", small)

    def decorate(painter: QPainter, frame: Frame, number: int, total: int) -> None:
        # What plan_pdf's header and footer draw.
        painter.setPen(MUTED)
        running.draw(painter, 0.0, 0.0)
        rule(painter, 0.0, frame.width, ts.pt(12), RULE, ts.pt(0.5))
        painter.setFont(small)
        painter.drawText(
            QRectF(0.0, frame.height - ts.pt(10), frame.width, ts.pt(10)),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
            f"page {number} of {total}",
        )

    return Document(frame, paginate(blocks, frame.height), decorate)
