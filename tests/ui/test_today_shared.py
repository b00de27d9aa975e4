"""Both hats' Today lists and the status bar follow each change, from one picture."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView, QTreeWidget
from pytestqt.qtbot import QtBot

from funnelplanner.domain.models import TaskDraft
from funnelplanner.domain.vocabulary import Hat
from funnelplanner.services import Services
from funnelplanner.ui.main_window import MainWindow
from tests.ui.driving import child

Opener = Callable[[Path], MainWindow]


def _groups(window: MainWindow, hat: Hat) -> list[str]:
    tree = child(window, QTreeWidget, f"{hat.value}Today")
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_ticking_a_task_updates_both_todays_and_the_counts_once(
    open_window: Opener, db_path: Path, qtbot: QtBot, monkeypatch
) -> None:
    services = Services.open(db_path)
    today = services.planning.today()
    services.tasks.create(TaskDraft("Post the webinar invite", Hat.MARKETING, today))
    services.tasks.create(TaskDraft("Plan the spring campaign", Hat.MARKETING, None))
    services.tasks.create(TaskDraft("Call Ada back", Hat.SALES, today))
    services.close()
    window = open_window(db_path)
    status = child(window, QLabel, "statusSummary")
    assert status.text() == "Open tasks: marketing 2 · sales 1"
    assert "Marketing tasks due (1)" in _groups(window, Hat.MARKETING)
    assert "Sales tasks due (1)" in _groups(window, Hat.SALES)
    pictures: list[object] = []
    real = window.services.planning.today_picture
    monkeypatch.setattr(
        window.services.planning, "today_picture", lambda: pictures.append(1) or real()
    )

    window.switch_hat(Hat.SALES)
    table = child(window, QTableView, "salesTasks")
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)

    assert status.text() == "Open tasks: marketing 2 · sales 0"
    # Today follows on a worker, so the window is not held while it is worked out.
    qtbot.waitUntil(lambda: "Sales tasks due (0)" in _groups(window, Hat.SALES), timeout=5_000)
    assert "Marketing tasks due (1)" in _groups(window, Hat.MARKETING)
    assert len(pictures) == 1, "one Today picture for both hats"


def test_at_start_the_picture_is_worked_out_off_the_window_thread_and_never_replaces_a_newer(
    db_path: Path, qtbot: QtBot, monkeypatch
) -> None:
    """The window shows its leads without waiting for Today; a change made while the first
    picture is still being worked out asks for a newer one, which wins over the older."""
    import threading

    from funnelplanner.app import create_app
    from funnelplanner.services.planning import PlanningService

    services = Services.open(db_path)
    services.tasks.create(TaskDraft("Call Ada back", Hat.SALES, services.planning.today()))
    services.close()
    threads: list[str] = []
    release = threading.Event()
    original = PlanningService.today_picture

    def held(self: PlanningService):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        if len(threads) == 1:
            release.wait(5)  # the first picture is late
        return original(self)

    monkeypatch.setattr(PlanningService, "today_picture", held)
    _app, window = create_app(["--db", str(db_path)])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(threads))
    assert threads[0] != threading.main_thread().name
    assert window.today.picture is None  # shown, still working Today out
    # Meanwhile the owner ticks the task: a new picture is asked for, off the window too.
    (task,) = window.services.tasks.listing(Hat.SALES)
    window.services.tasks.set_done(task.id, True)
    window.hub.tasks_changed.emit()
    qtbot.waitUntil(lambda: window.today.picture is not None, timeout=5_000)
    assert all(name != threading.main_thread().name for name in threads)
    newer = window.today.picture
    assert newer is not None and "Sales tasks due (1)" not in _groups(window, Hat.SALES)
    release.set()
    window.today.wait()
    qtbot.wait(50)  # the late picture arrives through the event loop, and is dropped
    assert window.today.picture is newer
    assert "Sales tasks due (1)" not in _groups(window, Hat.SALES)
    window.close()
    window.services.close()


def test_a_today_picture_that_cannot_be_worked_out_is_said_in_the_status_bar(
    open_window: Opener, db_path: Path, qtbot: QtBot, monkeypatch
) -> None:
    window = open_window(db_path)

    def broken() -> None:
        raise OSError("disk I/O error")

    monkeypatch.setattr(window.services.planning, "today_picture", broken)
    window.hub.leads_changed.emit()

    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage()
            == "Today's lists could not be brought up to date: disk I/O error"
        ),
        timeout=5_000,
    )


def test_the_other_hats_tasks_are_read_when_switched_to_not_at_every_change(
    open_window: Opener, db_path: Path, qtbot: QtBot, monkeypatch
) -> None:
    window = open_window(db_path)
    window.switch_hat(Hat.MARKETING)
    read: list[Hat] = []
    real = window.services.tasks.listing
    monkeypatch.setattr(
        window.services.tasks,
        "listing",
        lambda hat, **kw: read.append(hat) or real(hat, **kw),
    )

    window.services.tasks.create(TaskDraft("Call Ada back", Hat.SALES, None))
    window.hub.tasks_changed.emit()
    assert read == [Hat.MARKETING]  # the sales list is not on screen

    window.switch_hat(Hat.SALES)

    assert read == [Hat.MARKETING, Hat.SALES]
    table = child(window, QTableView, "salesTasks")
    assert table.model().index(0, 1).data() == "Call Ada back"
