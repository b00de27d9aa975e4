"""The progress dialog of a plan being exported or printed: shown only if the work takes
longer than a moment, window-modal over what started it, with Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget


def plan_progress(
    owner: QWidget, object_name: str, title: str, label: str, cancel: str
) -> QProgressDialog:
    progress = QProgressDialog(label, cancel, 0, 0, owner)  # busy until pages are counted
    progress.setObjectName(object_name)
    progress.setMinimumWidth(380)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setAutoReset(False)
    progress.setAutoClose(False)
    # Starts the minimum duration from now: without a first value the dialog keeps Qt's
    # default, and shows only after four seconds.
    progress.setValue(0)
    return progress
