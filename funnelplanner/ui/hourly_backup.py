"""The hourly backup, made beside the window rather than in its way.

Copying the data file takes seconds when it is large (1.4 s at 100,000 leads); the
change just saved does not wait for it. One at a time: a change made while one copies
is looked at again with the next change, as any change within the hour is.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

from funnelplanner.domain.errors import FunnelPlannerError
from funnelplanner.ui.translations import shown

if TYPE_CHECKING:
    from funnelplanner.services.backups import BackupService

_log = logging.getLogger(__name__)


class HourlyBackup(QThread):
    """``BackupService.backup_if_due`` on a thread of its own; ``failed`` says why a due
    backup could not be written."""

    failed = Signal(str)

    def __init__(self, backups: BackupService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backups = backups
        self._stop = threading.Event()

    def run(self) -> None:
        try:
            self._backups.backup_if_due(stop=self._stop)
        except FunnelPlannerError as exc:
            self.failed.emit(shown(exc))
        except Exception as exc:  # said in the status bar, never a silent thread death
            _log.exception("the hourly backup failed")
            self.failed.emit(str(exc))

    def give_up(self) -> None:
        """Stop a copy under way (the window closing) and wait for the thread to end."""
        self._stop.set()
        self.wait()
