"""A matplotlib figure shown inside Qt; matplotlib loads only when a chart is first shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from matplotlib.figure import Figure


class ChartCanvas(QWidget):
    """Holds one figure at a time; ``show_figure`` replaces it."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setMinimumHeight(260)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.figure: Figure | None = None

    def show_figure(self, figure: Figure) -> None:
        # Imported here: matplotlib's Qt backend costs ~0.4 s, not worth paying at start.
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.figure = figure
        self._layout.addWidget(FigureCanvasQTAgg(figure))  # type: ignore[no-untyped-call]
