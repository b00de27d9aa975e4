"""The Help menu: the user guide, the shortcut list grouped by menu, and About."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QPushButton, QTextBrowser, QTreeWidget
from pytestqt.qtbot import QtBot

from funnelplanner import __version__
from funnelplanner.ui.main_window import MainWindow
from tests.ui.driving import child, in_modal_dialog

Opener = Callable[[Path], MainWindow]

GUIDE_SECTIONS = [
    "The two hats",
    "The funnel and stages",
    "Leads and contacts",
    "Tasks",
    "Targets and the month plan",
    "Printing",
    "Import and export",
    "Backups and undo",
]


def _help_menu(window: MainWindow) -> list[str]:
    menu = child(window.menuBar(), QMenu, "helpMenu")
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_help_menu_offers_guide_shortcuts_demo_removal_and_about(
    open_window: Opener, db_path: Path
) -> None:
    window = open_window(db_path)
    assert _help_menu(window) == [
        "User guide",
        "Keyboard shortcuts",
        "Remove demo data",
        "About Funnel Planner",
    ]
    assert not window.action_remove_demo.isEnabled()  # no demo in this file


def test_f1_opens_the_guide_offline_with_its_sections(
    qtbot: QtBot, open_window: Opener, db_path: Path
) -> None:
    window = open_window(db_path)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = child(window, QDialog, "guideWindow")
    qtbot.waitUntil(guide.isVisible)
    browser = child(guide, QTextBrowser, "guideText")
    document = browser.document()
    headings = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            headings.append(block.text())
        block = block.next()
    assert headings == GUIDE_SECTIONS
    assert browser.source().isLocalFile()
    assert not browser.openExternalLinks()
    shown = document.toPlainText()
    assert "Ctrl+P" in shown and "Help → Remove demo data" in shown
    # Every shortcut the guide names is one the window has.
    keys = {
        key.toString()
        for action in window.actions()
        for key in action.shortcuts()
        if not key.isEmpty()
    }
    for named in ("Ctrl+N", "Ctrl+L", "Ctrl+T", "Ctrl+D", "Ctrl+M", "Ctrl+I", "Ctrl+Shift+E"):
        assert named in shown and named in keys, named
    # A link in the contents jumps within the guide, and a second F1 reuses the window.
    browser.setSource(QUrl("#printing"))
    assert browser.source().fragment() == "printing"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(window.findChildren(QDialog, "guideWindow")) == 1
    guide.close()


def test_shortcuts_are_listed_by_menu(qtbot: QtBot, open_window: Opener, db_path: Path) -> None:
    window = open_window(db_path)
    seen: dict[str, dict[str, str]] = {}

    def read(dialog: QDialog) -> None:
        assert dialog.objectName() == "shortcutsDialog"
        tree = child(dialog, QTreeWidget, "shortcutsList")
        for i in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(i)
            seen[group.text(0)] = {
                group.child(j).text(0): group.child(j).text(1) for j in range(group.childCount())
            }
        dialog.accept()

    in_modal_dialog(
        qtbot,
        lambda: qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier),
        read,
    )
    assert list(seen) == [
        "File",
        "Edit",
        "Leads",
        "Tasks",
        "View",
        "Settings",
        "Help",
        "In the leads table",
    ]
    assert seen["Leads"]["New lead"] == "Ctrl+N"
    assert seen["File"]["Print plan"] == "Ctrl+P"
    assert seen["Edit"]["Redo"].startswith("Ctrl+Shift+Z")
    assert seen["View"]["Sales hat"] == "Ctrl+2"
    assert seen["Help"]["User guide"] == "F1"


def test_about_shows_version_license_and_the_data_file_with_its_folder(
    qtbot: QtBot, open_window: Opener, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(db_path)
    opened: list[QUrl] = []
    monkeypatch.setattr(
        "funnelplanner.ui.help_about.QDesktopServices.openUrl",
        lambda url: opened.append(url) or True,
    )
    seen: dict[str, str] = {}

    def look(dialog: QDialog) -> None:
        assert dialog.objectName() == "aboutDialog"
        seen["title"] = child(dialog, QLabel, "aboutTitle").text()
        seen["license"] = child(dialog, QLabel, "aboutLicense").text()
        seen["path"] = child(dialog, QLabel, "aboutDataFile").text()
        qtbot.mouseClick(child(dialog, QPushButton, "aboutOpenFolder"), Qt.MouseButton.LeftButton)
        dialog.reject()

    in_modal_dialog(qtbot, window.action_about.trigger, look)
    assert __version__ in seen["title"]
    assert seen["license"] == "License: MIT"
    assert seen["path"] == str(db_path)
    assert opened == [QUrl.fromLocalFile(str(db_path.parent))]
