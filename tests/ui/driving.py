"""Driving modal dialogs and finding named widgets, as a person (or a screen reader) would."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

W = TypeVar("W", bound=QWidget)


def in_modal_dialog(
    qtbot: QtBot,
    open_it: Callable[[], object],
    act: Callable[[QDialog], None],
    kind: type[QDialog] = QDialog,
) -> None:
    """Opens a modal dialog with ``open_it`` and runs ``act`` on it while it is shown.

    ``kind``: the dialog waited for, when another (a progress dialog, say) may show first.

    ``act`` must finish the dialog (Save or Cancel); if it fails, the dialog is
    rejected so the test reports the failure instead of hanging.
    """
    failure: list[BaseException] = []
    drove: list[bool] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, drive)
            return
        try:
            act(dialog)
        except BaseException as exc:
            failure.append(exc)
            dialog.reject()
        finally:
            drove.append(True)

    QTimer.singleShot(0, drive)
    open_it()
    # A dialog opened from a click is opened once that click's handling has finished.
    qtbot.waitUntil(lambda: bool(drove), timeout=5000)
    if failure:
        raise failure[0]


def child(parent: QWidget, kind: type[W], object_name: str) -> W:
    found = parent.findChild(kind, object_name)
    assert found is not None, f"no {kind.__name__} named {object_name}"
    return found


def press_save(qtbot: QtBot, dialog: QDialog) -> None:
    """Click the dialog's OK button (labelled Save or Log contact)."""
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def shown_text(label: QLabel) -> str:
    """What a person reads on a label, rich text markup removed."""
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


def plan_figures_shown(qtbot: QtBot, view: QWidget) -> None:
    """Waits, as the owner does, until the Month plan's busy bar has gone: its figures are
    worked out on a worker thread."""
    bar = view.findChild(QWidget, "planBusyBar")
    assert bar is not None, "no busy bar on the Month plan"
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=15_000)
