"""Help → Keyboard shortcuts: every shortcut of the window, grouped by the menu it is in."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from funnelplanner.ui.naming import name


def shortcut_groups(menu_bar: QMenuBar) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(action, keys)]) for each menu that has an action with a shortcut."""
    groups = []
    for top in menu_bar.actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        rows = [
            (_plain(action.text()), _keys(action))
            for action in menu.actions()
            if isinstance(action, QAction) and action.shortcuts()
        ]
        if rows:
            groups.append((_plain(top.text()), rows))
    return groups


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def _keys(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(key.toString(native) for key in action.shortcuts())


class ShortcutsDialog(QDialog):
    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name(self, "shortcutsDialog", self.tr("Keyboard shortcuts"))
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        name(self.tree, "shortcutsList", self.tr("Keyboard shortcuts by menu"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)
        for title, rows in shortcut_groups(menu_bar):
            group = QTreeWidgetItem(self.tree, [title, ""])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            for action, keys in rows:
                QTreeWidgetItem(group, [action, keys])
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        extra = QTreeWidgetItem(self.tree, [self.tr("In the leads table"), ""])
        font = extra.font(0)
        font.setBold(True)
        extra.setFont(0, font)
        extra.setFirstColumnSpanned(True)
        QTreeWidgetItem(extra, [self.tr("Open the lead"), self.tr("Enter or double-click")])
        extra.setExpanded(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(520, 640)
