"""The paper the plan prints on, and its writable area: light enough for the GUI thread
to import (no charts, no typesetting)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize

from funnelplanner.reports.page_flow import Frame

# Coordinates of the PDF, per inch. Text and charts are vectors whatever this is; higher
# only makes the hatching of bar charts heavier in the file.
PDF_DPI = 600
MARGIN_MM = 15.0


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def page_size(self) -> QPageSize:
        return QPageSize(
            QPageSize.PageSizeId.A4 if self is Paper.A4 else QPageSize.PageSizeId.Letter
        )


def page_layout(paper: Paper, landscape: bool = False) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(paper.page_size, orientation, margins, QPageLayout.Unit.Millimeter)


def page_frame(layout: QPageLayout, dpi: int) -> Frame:
    """The writable area of pages of this layout, in pixels at ``dpi``."""
    paint = layout.paintRectPixels(dpi)
    return Frame(float(paint.width()), float(paint.height()), float(dpi))
