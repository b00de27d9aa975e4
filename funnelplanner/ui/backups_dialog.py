"""File → Backups…: the backups of the open file, backing up now, and restoring one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from funnelplanner.domain.errors import FunnelPlannerError
from funnelplanner.ui.change_hub import ChangeHub
from funnelplanner.ui.formatting import format_count, format_datetime
from funnelplanner.ui.long_task import run_long_task
from funnelplanner.ui.naming import name
from funnelplanner.ui.translations import QT_TRANSLATE_NOOP, shown, translated

if TYPE_CHECKING:
    from funnelplanner.services import Services
    from funnelplanner.services.backups import BackupInfo

COLUMNS = (
    QT_TRANSLATE_NOOP("BackupsDialog", "Taken"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Leads"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Size"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Reason"),
)
REASONS = {
    "start": QT_TRANSLATE_NOOP("BackupsDialog", "When the app started"),
    "before-upgrade": QT_TRANSLATE_NOOP("BackupsDialog", "Before an upgrade"),
    "hourly": QT_TRANSLATE_NOOP("BackupsDialog", "While you worked"),
    "manual": QT_TRANSLATE_NOOP("BackupsDialog", "Backed up by you"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsDialog", "Before a restore"),
}
DAMAGED = QColor("#b3261e")


class BackupsDialog(QDialog):
    """Lists the backups newest first; restoring one tells every view to reload."""

    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.restored = False  # set once a backup has been put back
        self._services = services
        self._hub = hub
        self._shown: list[BackupInfo] = []
        name(self, "backupsDialog", self.tr("Backups"))
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 420)

        intro = QLabel(
            self.tr(
                "Copies of {file}, made when the app starts, at most hourly while "
                "you work, and before an upgrade or a restore. The 10 newest and one a day for "
                "the last 30 days are kept."
            ).format(file=services.path.name)
        )
        intro.setObjectName("backupsIntro")
        intro.setWordWrap(True)

        self.table = QTableWidget(0, len(COLUMNS))
        name(self.table, "backupsTable", self.tr("Backups, newest first"))
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_enabled)

        self.backup_button = QPushButton(self.tr("Back up now"))
        name(self.backup_button, "backupNow", self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        name(self.restore_button, "backupRestore", self.tr("Restore the selected backup"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(self.tr("Open folder"))
        name(self.folder_button, "backupOpenFolder", self.tr("Open the backups folder"))
        self.folder_button.clicked.connect(self.open_folder)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.status = QLabel()
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self._shown = self._services.backups.listing()
        self.table.setRowCount(len(self._shown))
        locale = QLocale()
        for row, info in enumerate(self._shown):
            leads = self.tr("damaged") if info.damaged else format_count(info.leads or 0)
            cells = (
                format_datetime(info.taken_at),
                leads,
                locale.formattedDataSize(info.size),
                self.tr(REASONS[info.reason]) if info.reason in REASONS else info.reason,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if info.damaged:
                    item.setForeground(QBrush(DAMAGED))
                    item.setToolTip(f"{info.path.name}: {translated(info.problem)}")
                else:
                    item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        if not self._shown:
            self.status.setText(self.tr("No backups yet."))
        self._update_enabled()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._shown[rows[0].row()] if rows else None

    def _update_enabled(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and not chosen.damaged)

    def back_up_now(self) -> None:
        # Over a second at 100,000 leads: copied beside the window, which keeps painting.
        outcome = run_long_task(
            self,
            self.tr("Back up now"),
            self.tr("Backing up {file}…").format(file=self._services.path.name),
            lambda _progress: self._services.backups.backup_now(),
            cancellable=False,
        )
        if outcome.value is None:
            QMessageBox.warning(self, self.tr("No backup made"), outcome.problem or "")
            return
        self.reload()
        self.status.setText(self.tr("Backed up to {file}.").format(file=outcome.value.name))

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        taken = format_datetime(chosen.taken_at)
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace your data with the backup taken {taken} ({leads} leads)?\n\n"
                "Your data as it is now is kept as a backup first."
            ).format(taken=taken, leads=format_count(chosen.leads or 0)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # Over ten seconds at 100,000 leads (the current data is backed up first), and
        # one transaction: not stopped half-way, so the dialog has no Cancel.
        outcome = run_long_task(
            self,
            self.tr("Restore backup"),
            self.tr("Restoring the backup taken {taken}…").format(taken=taken),
            lambda _progress: self._services.backups.restore(chosen.path),
            cancellable=False,
        )
        safety = outcome.value
        if safety is None:
            QMessageBox.warning(self, self.tr("Nothing restored"), outcome.problem or "")
            return
        self.restored = True
        # Every view reloads from the restored data.
        self._hub.leads_changed.emit()
        self._hub.tasks_changed.emit()
        self.reload()
        self.status.setText(
            self.tr(
                "Restored the backup taken {taken}. Your data as it was is kept in {file}."
            ).format(taken=taken, file=safety.name)
        )

    def open_folder(self) -> None:
        try:
            folder = self._services.backups.prepared_folder()
        except FunnelPlannerError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the backups folder"), shown(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
