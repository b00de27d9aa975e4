"""Object and accessible names: the stable contract automation and screen readers use."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


def name(widget: QWidget, object_name: str, accessible: str) -> None:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)


def name_action(action: QAction, object_name: str) -> None:
    # QAction has no accessible name of its own; its text is what assistive tools read.
    action.setObjectName(object_name)
