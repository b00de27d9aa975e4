"""Work done on a worker thread: the answer to the latest question is the one shown."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from funnelplanner.ui.background import LatestAnswer


def test_an_older_answer_arriving_late_is_dropped(qtbot: QtBot) -> None:
    answers = LatestAnswer()
    shown: list[str] = []
    answers.arrived.connect(shown.append)
    release = threading.Event()

    def slow() -> str:
        release.wait(5)
        return "November"

    answers.ask(slow)
    answers.ask(lambda: "December")  # the owner clicked Next before November was ready
    qtbot.waitUntil(lambda: shown == ["December"], timeout=5_000)
    assert answers.busy is False
    release.set()
    answers.wait()
    qtbot.wait(50)  # November's answer is delivered, and dropped

    assert shown == ["December"]


def test_a_failure_is_handed_on_not_raised_on_the_worker(qtbot: QtBot) -> None:
    answers = LatestAnswer()
    failures: list[Exception] = []
    answers.failed.connect(failures.append)

    def broken() -> None:
        raise OSError("disk I/O error")

    with qtbot.waitSignal(answers.failed, timeout=5_000):
        answers.ask(broken)
    answers.wait()

    assert [str(f) for f in failures] == ["disk I/O error"]
    assert not answers.busy
