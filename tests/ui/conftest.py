"""Helpers for driving the window the way a person does."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from funnelplanner.app import create_app
from funnelplanner.ui.main_window import MainWindow
from funnelplanner.ui.translations import install_translators
from funnelplanner.ui.welcome_dialog import WelcomeDialog


@pytest.fixture(autouse=True)
def _english(qapp: QApplication) -> None:
    """Every UI test starts in English, even after a test that switched the language,
    and writes numbers as US English does (what the app does with no locale set), so
    no test depends on whether one before it opened the window."""
    install_translators(qapp, QLocale("en_US"))
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture(autouse=True)
def _no_welcome_left_open(qapp: QApplication) -> Iterator[None]:
    """A new file's welcome opens from the event loop's next turn; one a test left
    pending (say, after switching to a new file) is closed, not opened over the next."""
    yield
    qapp.processEvents()
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, WelcomeDialog):
            widget.close()
            widget.deleteLater()
    qapp.processEvents()


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[Callable[[Path], MainWindow]]:
    """Opens the app on a file, as `funnelplanner --db FILE` would; closes it afterwards."""
    windows: list[MainWindow] = []

    def opener(path: Path) -> MainWindow:
        _app, window = create_app(["--db", str(path)])
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # The offscreen platform activates no window by itself; a person's window is
        # active, and window shortcuts only fire in an active window.
        window.windowHandle().requestActivate()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        # The Today lists are filled from a worker once the window shows.
        qtbot.waitUntil(lambda: window.today.picture is not None, timeout=10_000)
        windows.append(window)
        return window

    yield opener
    for window in windows:
        window.close()
        window.services.close()
