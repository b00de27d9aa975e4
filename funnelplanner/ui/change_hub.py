"""One small hub that tells every view what changed, so each reloads itself."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeHub(QObject):
    """Emitted after a service call commits; views connect and refresh."""

    leads_changed = Signal()
    tasks_changed = Signal()
