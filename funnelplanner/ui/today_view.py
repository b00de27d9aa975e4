"""Today, for one hat: what is due, what is going cold, what is waiting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from funnelplanner.domain.planning_models import TodayPicture
from funnelplanner.domain.vocabulary import Hat
from funnelplanner.ui.background import LatestAnswer
from funnelplanner.ui.formatting import format_count, format_date
from funnelplanner.ui.naming import name
from funnelplanner.ui.vocabulary_labels import label

if TYPE_CHECKING:
    from funnelplanner.services import Services

LEAD_ID = Qt.ItemDataRole.UserRole


class TodayFeed(QObject):
    """The Today picture, worked out once per change and handed to every hat's view.

    Both hats show parts of the same picture; each working it out for itself doubled
    the queries behind every change (going cold alone reads every lead).
    """

    changed = Signal(object)  # the new TodayPicture
    failed = Signal(object)  # the exception that kept a new picture from being worked out

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.picture: TodayPicture | None = None
        # An older picture never replaces a newer one: see LatestAnswer.
        self._answers = LatestAnswer(self)
        self._answers.arrived.connect(self._arrived)
        self._answers.failed.connect(self.failed.emit)

    def refresh_in_background(self) -> None:
        """Work out the picture on a worker thread: at start, the window shows its leads
        without waiting for the queries over every lead (0.2 s and more at 100,000)."""
        if self._answers.busy:
            return  # the picture on its way is new enough
        self._answers.ask(self._services.planning.today_picture)

    def follow_change(self) -> None:
        """A change was saved: work the picture out again on a worker (0.2 s and more at
        100,000 leads, too long to hold the window after every save). A picture already
        on its way may predate the change, so it is dropped when it comes."""
        self._answers.ask(self._services.planning.today_picture)

    def _arrived(self, picture: TodayPicture) -> None:
        self.picture = picture
        self.changed.emit(picture)

    def wait(self) -> None:
        """Let a background picture finish (before the services close)."""
        self._answers.wait()


class TodayView(QWidget):
    """A grouped list; ``lead_requested`` carries the id of a lead the owner opens."""

    lead_requested = Signal(int)

    def __init__(self, feed: TodayFeed, hat: Hat) -> None:
        super().__init__()
        self.hat = hat
        self.tree = QTreeWidget()
        name(self.tree, f"{hat.value}Today", self.tr("{hat} today").format(hat=label(hat)))
        self.tree.setHeaderLabels([self.tr("Today"), self.tr("Detail")])
        self.tree.setColumnWidth(0, 200)
        self.tree.setRootIsDecorated(False)
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        feed.changed.connect(self.show_picture)
        if feed.picture is not None:
            self.show_picture(feed.picture)

    def show_picture(self, picture: TodayPicture) -> None:
        self.tree.clear()
        # Translated once a picture, not once a row.
        due = self.tr("due {date}")
        if self.hat is Hat.MARKETING:
            until, open_end = self.tr("{channel}, until {date}"), self.tr("open end")
            self._group(
                self.tr("Marketing tasks due"),
                [
                    (t.title, due.format(date=format_date(t.due)), None)
                    for t in picture.marketing_tasks
                ],
            )
            self._group(
                self.tr("Campaigns running"),
                [
                    (
                        c.name,
                        until.format(channel=label(c.channel), date=format_date(c.end) or open_end),
                        None,
                    )
                    for c in picture.campaigns_running
                ],
            )
        else:
            self._group(
                self.tr("Follow-ups due"),
                [
                    (lead.name, _due_text(lead.next_follow_up, picture.day), lead.id)
                    for lead in picture.follow_ups_due
                ],
                picture.follow_ups_total,
            )
            self._group(
                self.tr("New SQLs waiting for a first contact"),
                [
                    (lead.name, lead.company or label(lead.stage), lead.id)
                    for lead in picture.sqls_waiting
                ],
                picture.sqls_waiting_total,
            )
            silent = self.tr("{stage}: {days} days without contact (allowed {allowed})")
            self._group(
                self.tr("Going cold"),
                [
                    (
                        cold.lead.name,
                        silent.format(
                            stage=label(cold.lead.stage),
                            days=cold.days_silent,
                            allowed=cold.allowed,
                        ),
                        cold.lead.id,
                    )
                    for cold in picture.going_cold
                ],
                picture.going_cold_total,
            )
            self._group(
                self.tr("Sales tasks due"),
                [
                    (t.title, due.format(date=format_date(t.due)), t.lead_id)
                    for t in picture.sales_tasks
                ],
            )
        self.tree.expandAll()

    def _group(
        self, title: str, rows: list[tuple[str, str, int | None]], total: int | None = None
    ) -> None:
        total = max(total or 0, len(rows))
        group = QTreeWidgetItem([f"{title} ({format_count(total)})", ""])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(group)
        group.setFirstColumnSpanned(True)
        if not rows:
            empty = QTreeWidgetItem(["    " + self.tr("nothing"), ""])
            empty.setForeground(0, Qt.GlobalColor.gray)
            group.addChild(empty)
        for text, detail, lead_id in rows:
            item = QTreeWidgetItem([f"    {text}", detail])
            item.setData(0, LEAD_ID, lead_id)
            item.setToolTip(1, detail)
            group.addChild(item)
        if total > len(rows):
            more = QTreeWidgetItem(
                [
                    "    "
                    + self.tr("… and {count} more").format(count=format_count(total - len(rows))),
                    "",
                ]
            )
            more.setForeground(0, Qt.GlobalColor.gray)
            group.addChild(more)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        lead_id = item.data(0, LEAD_ID)
        if lead_id is not None:
            # After the click is handled, not inside it (a modal loop would steal the mouse).
            QTimer.singleShot(0, lambda: self.lead_requested.emit(int(lead_id)))


def _due_text(due: object, today: object) -> str:
    if due == today:
        return QCoreApplication.translate("TodayView", "due today")
    if due is None:
        return ""
    return QCoreApplication.translate("TodayView", "overdue since {date}").format(
        date=format_date(due)  # type: ignore[arg-type]
    )
