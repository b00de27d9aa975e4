"""The window's undo stack: every change the services record becomes an Edit menu entry."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from funnelplanner.ui.translations import shown, translated

if TYPE_CHECKING:
    from funnelplanner.services import Services
    from funnelplanner.services.history import Change


class ChangeCommand(QUndoCommand):
    """One recorded change. It has already happened when pushed, so the first redo (which
    QUndoStack.push calls) does nothing; later ones put the "after" state back."""

    def __init__(self, services: Services, change: Change, done: Callable[[], None]) -> None:
        super().__init__(translated(change.text))
        self._services = services
        self._change = change
        self._done = done
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._services.history.redo(self._change)
        self._done()

    def undo(self) -> None:
        self._services.history.undo(self._change)
        self._done()


class UndoHistory(QUndoStack):
    """Listens to the services and keeps the window's undo and redo in step with them."""

    def __init__(self, services: Services, window: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(window)
        self.setObjectName("undoStack")
        self.setUndoLimit(200)
        self._services = services
        self._window = window
        self._refresh = refresh
        services.history.listen(self._recorded)

    def _recorded(self, change: Change) -> None:
        self.push(ChangeCommand(self._services, change, self._refresh))

    def undo(self) -> None:
        self._safely(
            super().undo,
            self.tr("Cannot undo"),
            self.tr("This change could not be undone: {error}\n\nThe data is as it was before."),
        )

    def redo(self) -> None:
        self._safely(
            super().redo,
            self.tr("Cannot redo"),
            self.tr("This change could not be redone: {error}\n\nThe data is as it was before."),
        )

    def _safely(self, step: Callable[[], None], title: str, message: str) -> None:
        """A step that cannot be made (the file changed under us) says so and leaves the
        data as it was: each step is one transaction."""
        try:
            step()
        except Exception as exc:  # whatever failed, the owner must hear of it
            QMessageBox.warning(self._window, title, message.format(error=shown(exc)))
            self.clear()
            self._refresh()
