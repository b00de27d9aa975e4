"""Messages shown beside the form field they are about."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from funnelplanner.ui.translations import translated

ERROR_STYLE = "color: #c0392b;"


class FieldErrors:
    """One hidden red label per field; ``show`` fills the ones named by a ValidationError."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def label_for(self, field: str, widget: QWidget) -> QLabel:
        """Make the error label for a field; its objectName is the widget's plus 'Error'."""
        label = QLabel()
        label.setObjectName(f"{widget.objectName()}Error")
        label.setAccessibleName(
            QCoreApplication.translate("FieldErrors", "{field} error").format(
                field=widget.accessibleName()
            )
        )
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self._labels[field] = label
        self._widgets[field] = widget
        return label

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def show(self, errors: dict[str, str]) -> list[str]:
        """Show each message beside its field; returns the messages no field took."""
        self.clear()
        unplaced: list[str] = []
        first: QWidget | None = None
        for field, message in errors.items():
            label = self._labels.get(field)
            if label is None:
                unplaced.append(translated(message))
                continue
            label.setText(translated(message))
            label.show()
            first = first or self._widgets[field]
        if first is not None:
            first.setFocus()
        return unplaced

    def text(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None else ""


def error_banner(object_name: str, accessible_name: str) -> QLabel:
    """A dialog's one error line, for a refusal no single field owns; hidden until used."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setAccessibleName(accessible_name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label
