"""The pages of a print preview, one under another, as a document viewer shows them.

The view knows only how many pages there are and their paper. It asks for the pages
that come into sight at the zoom shown (``pages_wanted``) and draws each picture as it
arrives (``show_page``); a page not painted yet is blank paper, and after a zoom the
pictures at the old zoom stand in, stretched, until the new ones come.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

GAP = 16  # between pages, and around them, in screen pixels
ZOOMS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
KEEP = 2  # pages kept painted beyond those in sight, so a step of scrolling shows them
PICTURE_BUDGET = 64 * 1024 * 1024  # bytes of pictures beyond those in sight


class Fit:
    WIDTH = "width"
    PAGE = "page"
    NONE = ""


class PageView(QAbstractScrollArea):
    """``pages_wanted(numbers, pixels per point, pixel ratio, last delivery seen)``."""

    pages_wanted = Signal(list, float, float, int)
    current_page_changed = Signal(int)
    zoom_changed = Signal(float)  # 1.0 is the paper's own size on this screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count = 0
        self._paper = QSizeF(595.0, 842.0)  # in points; A4 until told
        self._zoom = 1.0
        self._fit = Fit.WIDTH
        self._current = 0
        self._seen = 0  # the newest delivery received
        # Page number: (pixels per point it was painted at, the picture).
        self._images: dict[int, tuple[float, QImage]] = {}
        self._ask_timer = QTimer(self)
        self._ask_timer.setSingleShot(True)
        self._ask_timer.setInterval(0)
        self._ask_timer.timeout.connect(self._ask)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAutoFillBackground(False)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.horizontalScrollBar().valueChanged.connect(self._scrolled)

    # ---- what is shown

    def set_pages(self, count: int, paper_points: QSizeF) -> None:
        """A new document: ``count`` pages of ``paper_points``, none painted yet."""
        self._count = count
        self._paper = QSizeF(paper_points)
        self._images.clear()
        self._current = 0
        if self._fit:
            self._zoom = self._fitting_zoom()
        self._relayout()
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)
        self._scrolled()
        self.zoom_changed.emit(self._zoom)

    def show_page(self, number: int, pixels_per_point: float, delivery: int, image: QImage) -> None:
        """A page painted at ``pixels_per_point``; shown if it is still in sight."""
        self._seen = max(self._seen, delivery)
        if 1 <= number <= self._count and number in self._wanted_range():
            held = self._images.get(number)
            # A page at the zoom shown is not replaced by one at a zoom left behind.
            if held is None or not _same(held[0], self.pixels_per_point()):
                self._images[number] = (pixels_per_point, image)
                self.viewport().update()
        self._ask_soon()

    def page_count(self) -> int:
        return self._count

    def current_page(self) -> int:
        """The page at the middle of the view (0 with no pages)."""
        return self._current

    def painted_pages(self) -> list[int]:
        """Pages whose picture at the zoom shown has arrived."""
        ppp = self.pixels_per_point()
        return sorted(n for n, (at, _image) in self._images.items() if _same(at, ppp))

    def picture(self, number: int) -> QImage | None:
        """The picture of page ``number`` painted at the zoom shown, if it has arrived."""
        held = self._images.get(number)
        if held is None or not _same(held[0], self.pixels_per_point()):
            return None
        return held[1]

    def go_to_page(self, number: int) -> None:
        if 1 <= number <= self._count:
            self.verticalScrollBar().setValue(round(self._page_top(number)) - GAP)

    # ---- zoom

    def pixels_per_point(self) -> float:
        """Screen pixels per point of paper at the zoom shown."""
        return self._zoom * self.logicalDpiX() / 72.0

    def set_fit(self, fit: str) -> None:
        self._fit = fit
        if fit:
            current = self._current
            self._set_zoom(self._fitting_zoom())
            if fit == Fit.PAGE:
                self.go_to_page(current)  # the whole of it in sight

    def zoom_in(self) -> None:
        self._fit = Fit.NONE
        self._set_zoom(next((z for z in ZOOMS if z > self._zoom * 1.01), ZOOMS[-1]))

    def zoom_out(self) -> None:
        self._fit = Fit.NONE
        smaller = [z for z in ZOOMS if z < self._zoom * 0.99]
        self._set_zoom(smaller[-1] if smaller else ZOOMS[0])

    def _fitting_zoom(self) -> float:
        unit = self.logicalDpiX() / 72.0  # screen pixels per point at 100 %
        area = self.viewport().size()
        across = (area.width() - 2 * GAP) / (self._paper.width() * unit)
        if self._fit == Fit.PAGE:
            down = (area.height() - 2 * GAP) / (self._paper.height() * unit)
            across = min(across, down)
        return max(ZOOMS[0], min(ZOOMS[-1], across))

    def _set_zoom(self, zoom: float) -> None:
        if _same(zoom, self._zoom):
            return
        bar = self.verticalScrollBar()
        # The place at the middle of the view stays there; the top of the first page, when
        # that is what is shown, stays at the top.
        at_top = bar.value() == 0
        middle = (bar.value() + self.viewport().height() / 2) / max(1.0, self._total_height())
        self._zoom = zoom
        self._relayout()
        if not at_top:
            bar.setValue(round(middle * self._total_height() - self.viewport().height() / 2))
        self._scrolled()
        self.zoom_changed.emit(zoom)

    # ---- geometry, in screen pixels

    def _page_size(self) -> QSizeF:
        return self._paper * self.pixels_per_point()

    def _page_top(self, number: int) -> float:
        return GAP + (number - 1) * (self._page_size().height() + GAP)

    def _total_height(self) -> float:
        return GAP + self._count * (self._page_size().height() + GAP)

    def page_rect(self, number: int) -> QRectF:
        """Where page ``number`` is in the view, in the viewport's pixels."""
        size = self._page_size()
        width = self.viewport().width()
        total_width = size.width() + 2 * GAP
        left = (width - size.width()) / 2 if total_width <= width else GAP
        return QRectF(
            left - self.horizontalScrollBar().value(),
            self._page_top(number) - self.verticalScrollBar().value(),
            size.width(),
            size.height(),
        )

    def _relayout(self) -> None:
        area = self.viewport().size()
        size = self._page_size()
        vertical = self.verticalScrollBar()
        vertical.setRange(0, max(0, round(self._total_height()) - area.height()))
        vertical.setPageStep(area.height())
        vertical.setSingleStep(max(20, round(size.height() / 20)))
        horizontal = self.horizontalScrollBar()
        horizontal.setRange(0, max(0, round(size.width() + 2 * GAP) - area.width()))
        horizontal.setPageStep(area.width())
        horizontal.setSingleStep(20)
        self.viewport().update()

    def _in_sight(self) -> range:
        if self._count == 0:
            return range(0)
        step = self._page_size().height() + GAP
        top = self.verticalScrollBar().value()
        first = max(1, int((top - GAP) // step) + 1)
        last = min(self._count, int((top + self.viewport().height() - GAP) // step) + 1)
        return range(first, max(first, last) + 1)

    def _wanted_range(self) -> range:
        sight = self._in_sight()
        if not sight:
            return sight
        # Zoomed far in, a page is tens of MB: then its neighbours wait until in sight.
        size = self._page_size() * self.devicePixelRatioF()
        page_bytes = max(1.0, size.width() * size.height() * 4)
        beside = max(0, min(KEEP, int(PICTURE_BUDGET / page_bytes) - len(sight)))
        return range(max(1, sight.start - beside), min(self._count, sight.stop - 1 + beside) + 1)

    # ---- asking for pages

    def _scrolled(self) -> None:
        sight = self._in_sight()
        if sight:
            middle = self.verticalScrollBar().value() + self.viewport().height() / 2
            step = self._page_size().height() + GAP
            current = min(sight.stop - 1, max(sight.start, int(middle // step) + 1))
        else:
            current = 0
        if current != self._current:
            self._current = current
            self.current_page_changed.emit(current)
        self.viewport().update()
        self._ask_soon()

    def _ask_soon(self) -> None:
        self._ask_timer.start()

    def _ask(self) -> None:
        """Forget pages far out of sight; ask for those in sight first, then their
        neighbours, that have no picture at the zoom shown."""
        keep = self._wanted_range()
        for number in [n for n in self._images if n not in keep]:
            del self._images[number]
        ppp = self.pixels_per_point()
        sight = self._in_sight()
        order = [*sight, *(n for n in keep if n not in sight)]
        missing = [n for n in order if not _same(self._images.get(n, (0.0,))[0], ppp)]
        if missing:
            self.pages_wanted.emit(missing, ppp, self.devicePixelRatioF(), self._seen)

    # ---- Qt events

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(self.viewport().rect(), self.palette().dark())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        shadow = QColor(0, 0, 0, 60)
        for number in self._in_sight():
            rect = self.page_rect(number)
            painter.fillRect(rect.translated(QPointF(2.0, 3.0)), shadow)
            painter.fillRect(rect, Qt.GlobalColor.white)
            held = self._images.get(number)
            if held is not None:
                painter.drawImage(rect, held[1])
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self._set_zoom(self._fitting_zoom())
        self._relayout()
        self._scrolled()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Home:
            self.verticalScrollBar().setValue(0)
        elif event.key() == Qt.Key.Key_End:
            self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())
        else:
            super().keyPressEvent(event)


def _same(a: float, b: float) -> bool:
    return abs(a - b) < 1e-6
