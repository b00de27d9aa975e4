"""Tells the owner, once a day, that follow-ups are due: at start and while the app runs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from funnelplanner.domain.planning_models import TodayPicture

if TYPE_CHECKING:
    from funnelplanner.services import Services

CHECK_EVERY_MS = 15 * 60 * 1000  # a quarter of an hour: catches the day changing soon enough


class FollowUpNotifier(QObject):
    """Calls ``notify(title, text)`` at most once per day when follow-ups are due."""

    def __init__(
        self,
        services: Services,
        notify: Callable[[str, str], None],
        parent: QObject | None = None,
        refresh: Callable[[], None] | None = None,
    ) -> None:
        """``refresh``: asks for a new Today picture, which arrives at ``check`` (the
        window's shared one, worked out off the GUI thread); without it the notifier
        works the picture out itself."""
        super().__init__(parent)
        self._services = services
        self._notify = notify
        self._refresh = refresh
        self.last_day: date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(refresh if refresh is not None else self.check)

    def start(self, picture: TodayPicture | None = None) -> None:
        if self._refresh is None or picture is not None:
            self.check(picture)
        self.timer.start()

    def check(self, picture: TodayPicture | None = None) -> str | None:
        """Notify if today has follow-ups and today was not notified yet; returns the text."""
        if picture is None:
            picture = self._services.planning.today_picture()
        if picture.day == self.last_day:
            return None
        # The totals: the lists hold only the first TODAY_LIMIT of each.
        due = max(picture.follow_ups_total, len(picture.follow_ups_due))
        waiting = max(picture.sqls_waiting_total, len(picture.sqls_waiting))
        if due == 0 and waiting == 0:
            return None
        self.last_day = picture.day
        parts = []
        if due:
            parts.append(self.tr("%Ln follow-up(s) due", "", due))
        if waiting:
            parts.append(self.tr("%Ln new SQL(s) waiting for a contact", "", waiting))
        what = (
            self.tr("{first} and {second}").format(first=parts[0], second=parts[1])
            if len(parts) == 2
            else parts[0]
        )
        text = self.tr("{what}. See the sales hat's Today list.").format(what=what)
        self._notify(self.tr("Funnel Planner: follow-ups due"), text)
        return text
