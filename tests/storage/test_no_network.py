"""Privacy: the app makes no network connection, from the command line or the window.

Python's sockets are barred (every attempt is recorded and refused), and afterwards the
process must hold no internet socket either, which catches one opened below Python, by
Qt say. Here rather than under tests/ui: it is a promise about the owner's data.
"""

from __future__ import annotations

import errno
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from funnelplanner.__main__ import main


def inet_sockets() -> set[str]:
    """This process's open TCP and UDP sockets (inode numbers), from /proc."""
    tables = [Path(f"/proc/self/net/{name}") for name in ("tcp", "tcp6", "udp", "udp6")]
    if not all(table.exists() for table in tables):
        pytest.skip("no /proc/self/net here to list the process's sockets")
    inet = {line.split()[9] for table in tables for line in table.read_text().splitlines()[1:]}
    mine = set()
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = fd.readlink().name
        except OSError:
            continue  # closed meanwhile
        if target.startswith("socket:["):
            mine.add(target.removeprefix("socket:[").removesuffix("]"))
    return mine & inet


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Bar Python's sockets; yield the list of attempts, checked empty by each test."""
    tried: list[str] = []

    def barred(name: str):  # type: ignore[no-untyped-def]
        def refuse(*args: object, **kwargs: object) -> None:
            tried.append(f"{name}{args}")
            raise OSError(errno.ENETUNREACH, f"the test bars the network ({name})")

        return refuse

    for name in ("socket", "create_connection", "create_server", "getaddrinfo"):
        monkeypatch.setattr(socket, name, barred(name))
    monkeypatch.setattr(socket, "gethostbyname", barred("gethostbyname"))
    before = inet_sockets()
    yield tried
    assert inet_sockets() - before == set()


def test_commands_make_no_connection(attempts, db_path: Path, tmp_path: Path) -> None:
    commands = [
        [
            "lead",
            "add",
            "--name",
            "Zoë",
            "--email",
            "zoe@example.com",
            "--phone",
            "+1 650 253 0000",
        ],
        ["contact", "add", "1", "--hat", "sales", "--channel", "email"],
        ["task", "add", "--hat", "marketing", "--title", "Newsletter"],
        ["lead", "list", "--format", "json"],
        ["target", "set", "2026-11", "--customers", "2"],
        ["export", "leads", "--csv", str(tmp_path / "leads.csv")],
        ["target", "show", "2026-11"],
    ]
    for command in commands:
        assert main(["--db", str(db_path), *command]) == 0, command
    assert attempts == []


def test_the_window_starts_without_a_connection(attempts, db_path: Path, qtbot) -> None:
    from funnelplanner.app import create_app

    _app, window = create_app(["--db", str(db_path)])
    qtbot.addWidget(window)
    try:
        window.show()
        window.start_notifications()
        qtbot.waitExposed(window)
        qtbot.wait(200)  # let queued start-up work run
    finally:
        window.close()
        window.services.close()
    assert attempts == []
