"""Damaged, read-only, full and locked files: a clear message from every face, file kept.

Each case goes through the faces a person meets: the services (which the window and the
command line stand on), the command line (in-process, and a few as a real process), and
the window's start (``run_gui``, its message box recorded instead of shown). The message
names the file and says what to do; nothing crashes; the file keeps its bytes.

How the cases are made (what works depends on the machine, so each way skips itself
where it cannot work):

- read-only: a read-only bind mount and ``chattr +i`` where mounting and file attributes
  are allowed (root); ``chmod a-w`` where not (root writes through file modes);
- full disk: a small tmpfs filled to the brim where mounting is allowed (root); always
  also SQLite's own ceiling, ``PRAGMA max_page_count``, which fails a write that needs
  another page with the same SQLITE_FULL a full disk gives;
- locked: another process holding the file (an exclusive-mode connection, or a write
  transaction left open), with the busy timeout cut to 0.2 s; one real command line
  waits the real timeout, to show it gives up rather than hangs.

Files that are not SQLite, of another program or of a newer schema are refused by the
services and the command line in test_bad_files.py and test_cli_database_file.py; here
they only go through the window's start.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, closing, contextmanager, suppress
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import Engine, event

from funnelplanner import app
from funnelplanner.__main__ import main
from funnelplanner.domain.errors import DatabaseFileError
from funnelplanner.domain.models import ContactDraft, LeadDraft
from funnelplanner.domain.vocabulary import Channel, Hat
from funnelplanner.services import Services
from funnelplanner.storage import database

FIXTURES = Path(__file__).parent.parent / "fixtures"
REPO = Path(__file__).resolve().parents[2]
BIG_NOTES = "ß" * 20_000  # 40 kB: a lead that needs new pages, so a full file must refuse it

DAMAGED = ("is damaged", "restore a backup")
READ_ONLY = ("writ", "choose another")  # "read-only ... make it writable"
# Before an upgrade the backup meets the full disk first; its message words it its own way.
FULL = ("disk", "free some")
IN_USE = ("in use by another program", "close the other program")

Case = Callable[[Path, Path], AbstractContextManager[Path]]


# ---- files to spoil


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cleanly closed database of the current schema with some leads and contacts."""
    path = tmp_path_factory.mktemp("source") / "funnel.sqlite"
    services = Services.open(path)
    for number in range(40):
        lead = services.leads.create(LeadDraft(name=f"Zoë {number}", notes="Grüße " * 50))
        services.contacts.log(lead.id, ContactDraft(Hat.SALES, Channel.PHONE))
    services.close()
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(path: Path) -> list[str]:
    return [s for s in ("-wal", "-shm", "-journal") if Path(f"{path}{s}").exists()]


def rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in ("leads", "contacts", "stage_changes")
        }


def old_schema_file(folder: Path) -> Path:
    """The first schema's fixture as the app leaves a file: in WAL mode."""
    path = folder / "old.sqlite"
    shutil.copyfile(FIXTURES / "schema_0001.sqlite", path)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode = WAL")
    assert side_files(path) == []
    return path


@contextmanager
def truncated(folder: Path, source: Path) -> Iterator[Path]:
    path = folder / "truncated.sqlite"
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    yield path


@contextmanager
def zero_filled(folder: Path, source: Path) -> Iterator[Path]:
    # The contacts' pages zeroed: the schema and the leads still read (the window shows
    # them), the contacts are gone, and only the look at every page finds it. Chosen by
    # table, not by place in the file, so a new index elsewhere does not move the damage.
    path = folder / "zeroed.sqlite"
    with closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)) as db:
        pages = [n for (n,) in db.execute("SELECT pageno FROM dbstat WHERE name = 'contacts'")]
        size = db.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(source.read_bytes())
    for page in pages:
        data[(page - 1) * size : page * size] = bytes(size)
    path.write_bytes(bytes(data))
    yield path


def run(*command: str | Path) -> bool:
    return subprocess.run([str(c) for c in command], capture_output=True).returncode == 0


def can_mount() -> bool:
    return os.geteuid() == 0 and shutil.which("mount") is not None


@contextmanager
def mounted(target: Path, *mount_args: str | Path) -> Iterator[Path]:
    if not can_mount() or not run("mount", *mount_args, target):
        pytest.skip(f"cannot mount here (mount {' '.join(map(str, mount_args))})")
    try:
        yield target
    finally:
        gc.collect()  # a failed open's last references go, so the mount is not busy
        if not run("umount", target):
            run("umount", "-l", target)


@contextmanager
def read_only_mount(folder: Path, source: Path) -> Iterator[Path]:
    inner = folder / "inner"
    inner.mkdir()
    shutil.copyfile(source, inner / "funnel.sqlite")
    view = folder / "read-only view"
    view.mkdir()
    with mounted(view, "--bind", inner):
        if not run("mount", "-o", "remount,bind,ro", view):
            pytest.skip("cannot remount read-only here")
        yield view / "funnel.sqlite"


@contextmanager
def immutable(folder: Path, source: Path) -> Iterator[Path]:
    path = folder / "funnel.sqlite"
    shutil.copyfile(source, path)
    if shutil.which("chattr") is None or not run("chattr", "+i", path):
        pytest.skip("chattr +i does not work here (needs root and a file system with it)")
    try:
        yield path
    finally:
        run("chattr", "-i", path)


@contextmanager
def no_write_permission(folder: Path, source: Path) -> Iterator[Path]:
    if os.geteuid() == 0:
        pytest.skip("root writes through file modes; the mount and chattr cases stand in")
    path = folder / "funnel.sqlite"
    shutil.copyfile(source, path)
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        yield path
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)


def fill(folder: Path) -> None:
    """Write until the disk under ``folder`` has no room left."""
    handle = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        while True:
            os.write(handle, bytes(4096))
    except OSError:
        pass
    finally:
        os.close(handle)


@contextmanager
def small_disk(folder: Path) -> Iterator[Path]:
    disk = folder / "small disk"
    disk.mkdir()
    with mounted(disk, "-t", "tmpfs", "-o", "size=2m", "tmpfs"):
        yield disk


@contextmanager
def full_disk_with_an_old_file(folder: Path, source: Path) -> Iterator[Path]:
    # Opening must upgrade (write) it, and there is no room.
    with small_disk(folder) as disk:
        path = old_schema_file(disk)
        fill(disk)
        yield path


@contextmanager
def full_disk_with_a_current_file(folder: Path, source: Path) -> Iterator[Path]:
    # Nothing to upgrade, but even the shared-memory file beside it cannot grow.
    with small_disk(folder) as disk:
        path = disk / "funnel.sqlite"
        shutil.copyfile(source, path)
        fill(disk)
        yield path


@contextmanager
def page_ceiling(pages: int) -> Iterator[None]:
    """Every new connection may grow its file to ``pages`` pages and no further."""

    def limit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(Engine, "connect", limit)
    try:
        yield
    finally:
        event.remove(Engine, "connect", limit)


def page_count(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("PRAGMA page_count").fetchone()[0])


@contextmanager
def old_file_at_its_page_ceiling(folder: Path, source: Path) -> Iterator[Path]:
    path = old_schema_file(folder)
    with page_ceiling(page_count(path)):
        yield path


HOLD_EXCLUSIVELY = """
connection.execute("PRAGMA locking_mode = EXCLUSIVE")
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE leads SET notes = notes")
connection.execute("COMMIT")
"""
HOLD_A_WRITE = """
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE leads SET notes = notes")
"""


@contextmanager
def held(path: Path, how: str) -> Iterator[Path]:
    """Another program holds ``path`` (as ``how`` says) until the block ends."""
    script = (
        "import sqlite3, sys\n"
        f"connection = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        f"{how}\n"
        "print('holding', flush=True)\n"
        "sys.stdin.read()\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        yield path
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)


@contextmanager
def locked(folder: Path, source: Path) -> Iterator[Path]:
    path = folder / "funnel.sqlite"
    shutil.copyfile(source, path)
    with held(path, HOLD_EXCLUSIVELY):
        yield path


@pytest.fixture(autouse=True)
def _short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)


# ---- the faces


def through_services(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(DatabaseFileError) as caught:
        Services.open(path)
    return str(caught.value)


def through_the_command_line(path: Path, capsys: pytest.CaptureFixture[str], *command: str) -> str:
    capsys.readouterr()
    code = main(["--db", str(path), *(command or ("lead", "list"))])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    return one_error_line(err)


def one_error_line(err: str) -> str:
    """The message of the one error line; nothing else but warnings printed before it."""
    lines = [line for line in err.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("funnelplanner: error: ")]
    assert len(errors) == 1 and lines[-1] == errors[0], err
    return errors[0].removeprefix("funnelplanner: error: ")


class MessageBoxes:
    """Stands in for QMessageBox: records what the window's start would have shown."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def critical(self, _parent: object, title: str, text: str, *_rest: object) -> None:
        self.shown.append((title, text))


@pytest.fixture
def through_the_window(
    qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> Callable[[Path, pytest.CaptureFixture[str]], str]:
    boxes = MessageBoxes()
    monkeypatch.setattr(app, "QMessageBox", boxes)
    # Damage deep in the file is found by the page check, which runs while the window
    # shows: the window must then say so and close by itself, before the owner can save.
    windows: list[Any] = []
    real_create_app = app.create_app

    def noting_create_app(argv: Any) -> Any:
        made = real_create_app(argv)
        windows.append(made[1])
        return made

    monkeypatch.setattr(app, "create_app", noting_create_app)

    def attempt(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
        boxes.shown.clear()
        windows.clear()
        # A window left open would wait for the owner: after 10 s that is a failure.
        hang = QTimer()
        hang.setSingleShot(True)
        hang.timeout.connect(lambda: qapp.exit(99))
        hang.start(10_000)
        try:
            assert app.run_gui(["--db", str(path)]) == 2
        finally:
            hang.stop()
        for window in windows:
            assert not window.isVisible()
            window.services.close()
        ((title, text),) = boxes.shown
        assert "cannot open" in title
        return text

    return attempt


@pytest.fixture
def through_a_window_process() -> Callable[..., str]:
    """The window's start in a process of its own (see window_face.py), for damage the
    page check finds once the window shows: Qt's event loop then runs and ends, which in
    pytest's process would leave no later test's window able to become active."""

    def attempt(path: Path, _capsys: pytest.CaptureFixture[str], *options: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "tests.storage.window_face", str(path), *options],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=REPO,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout.strip().splitlines()[-1])
        assert (report["code"], report["left_open"]) == (2, 0), done.stderr
        ((title, text),) = report["shown"]
        assert "cannot open" in title
        return str(text)

    return attempt


FACES = ["services", "command line", "window"]


def attempt_through(
    face: str, request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str], case: Case
) -> Callable[[Path], str]:
    if face == "services":
        chosen = through_services
    elif face == "command line":
        chosen = through_the_command_line
    else:
        found_after_show = case is zero_filled  # the window shows, then closes
        chosen = request.getfixturevalue(
            "through_a_window_process" if found_after_show else "through_the_window"
        )
    return lambda path: chosen(path, capsys)


def says(message: str, path: Path, words: tuple[str, ...]) -> None:
    assert str(path) in message
    assert "\n" not in message
    for word in words:
        assert word in message.lower(), f"{word!r} not in {message!r}"


# ---- refused at open, by every face, with the file left as it was

REFUSED_AT_OPEN: dict[str, tuple[Case, tuple[str, ...]]] = {
    "truncated": (truncated, DAMAGED),
    "zero-filled in the middle": (zero_filled, DAMAGED),
    "read-only mount": (read_only_mount, READ_ONLY),
    "immutable (chattr +i)": (immutable, READ_ONLY),
    "no write permission": (no_write_permission, READ_ONLY),
    "full disk, upgrade due": (full_disk_with_an_old_file, FULL),
    "full disk, current schema": (full_disk_with_a_current_file, FULL),
    "page ceiling, upgrade due": (old_file_at_its_page_ceiling, FULL),
    "locked by another program": (locked, IN_USE),
}


@pytest.mark.parametrize(
    ("face", "case", "words"),
    [
        pytest.param(
            face,
            case,
            words,
            id=f"{face}-{name}",
            marks=[],
        )
        for name, (case, words) in REFUSED_AT_OPEN.items()
        for face in FACES
    ],
)
def test_a_file_that_cannot_be_used_is_refused_by_name_and_kept(
    tmp_path: Path,
    source: Path,
    request: pytest.FixtureRequest,
    capsys: pytest.CaptureFixture[str],
    face: str,
    case: Case,
    words: tuple[str, ...],
    figures: Counter[str],
) -> None:
    attempt = attempt_through(face, request, capsys, case)
    with case(tmp_path, source) as path:
        before = digest(path)
        untouched_beside = side_files(path) == []
        figures["bad inputs tried"] += 1
        says(attempt(path), path, words)
        assert digest(path) == before
        if untouched_beside and words != FULL:
            # Refused before SQLite opened it for writing: nothing was created beside it.
            assert side_files(path) == []


def test_a_new_file_on_a_full_disk_is_refused_and_not_left_half_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], figures: Counter[str]
) -> None:
    with small_disk(tmp_path) as disk:
        fill(disk)
        path = disk / "new.sqlite"
        says(through_services(path, capsys), path, FULL)
        # The command line leaves no trace of a file it could not make.
        path.unlink(missing_ok=True)
        says(through_the_command_line(path, capsys, "lead", "add", "--name", "Ann"), path, FULL)
        assert not path.exists()
    figures["bad inputs tried"] += 2


@pytest.mark.parametrize(
    "make",
    [
        lambda folder: folder / "contacts.sqlite",
        lambda folder: folder / "future.sqlite",
    ],
    ids=["not SQLite", "newer schema"],
)
def test_the_window_refuses_files_of_others_and_of_the_future(
    tmp_path, through_the_window, capsys, make, figures
):
    path = make(tmp_path)
    if path.name == "contacts.sqlite":
        path.write_text("name,email\nAnn,ann@example.com\n", encoding="utf-8")
        words: tuple[str, ...] = ("not an sqlite file", "choose another file")
    else:
        shutil.copyfile(FIXTURES / "schema_0004.sqlite", path)
        with closing(sqlite3.connect(path)) as connection, connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
        words = ("newer version", "9999_future", "update funnel planner")
    before = digest(path)
    says(through_the_window(path, capsys), path, words)
    assert digest(path) == before
    assert side_files(path) == []
    figures["bad inputs tried"] += 1


# ---- failing under a write, mid-session: the write is refused whole, the rest kept


@contextmanager
def full_disk_after_opening(folder: Path, source: Path) -> Iterator[Path]:
    with small_disk(folder) as disk:
        path = disk / "funnel.sqlite"
        shutil.copyfile(source, path)
        yield path


@contextmanager
def at_its_page_ceiling(folder: Path, source: Path) -> Iterator[Path]:
    path = folder / "funnel.sqlite"
    shutil.copyfile(source, path)
    with page_ceiling(page_count(path)):
        yield path


@contextmanager
def another_program_writing(folder: Path, source: Path) -> Iterator[Path]:
    path = folder / "funnel.sqlite"
    shutil.copyfile(source, path)
    with held(path, HOLD_A_WRITE):
        yield path


MID_SESSION: dict[str, tuple[Case, tuple[str, ...]]] = {
    "disk fills up": (full_disk_after_opening, FULL),
    "page ceiling reached": (at_its_page_ceiling, FULL),
    "another program writing": (another_program_writing, IN_USE),
}


@pytest.mark.parametrize(("case", "words"), MID_SESSION.values(), ids=MID_SESSION)
def test_a_write_the_file_cannot_take_fails_by_name_and_loses_nothing(
    tmp_path: Path, source: Path, case: Case, words: tuple[str, ...], figures: Counter[str]
) -> None:
    with case(tmp_path, source) as path:
        before = rows(path)
        services = Services.open(path)
        # The start backup is written in the background: the disk fills after it.
        services.database.settle()
        try:
            if words == FULL and path.parent.name == "small disk":
                fill(path.parent)
            # Reading goes on as before.
            assert len(services.leads.listing()) == len(before["leads"])
            with pytest.raises(DatabaseFileError) as caught:
                services.leads.create(LeadDraft(name="One too many", notes=BIG_NOTES))
            says(str(caught.value), path, words)
            with pytest.raises(DatabaseFileError):
                services.contacts.log(1, ContactDraft(Hat.SALES, Channel.EMAIL, note=BIG_NOTES))
        finally:
            services.close()
        with suppress(FileNotFoundError):
            (path.parent / "filler").unlink()
        assert rows(path) == before
    figures["bad inputs tried"] += 2


def test_once_space_is_freed_the_same_session_saves_again(
    tmp_path: Path, source: Path, figures: Counter[str]
) -> None:
    with full_disk_after_opening(tmp_path, source) as path:
        services = Services.open(path)
        # The start backup is written in the background: the disk fills after it.
        services.database.settle()
        try:
            fill(path.parent)
            with pytest.raises(DatabaseFileError):
                services.leads.create(LeadDraft(name="Too soon", notes=BIG_NOTES))
            (path.parent / "filler").unlink()
            saved = services.leads.create(LeadDraft(name="After the clear-out", notes=BIG_NOTES))
        finally:
            services.close()
        names = [row[1] for row in rows(path)["leads"]]
        assert "Too soon" not in names
        assert names[-1] == saved.name
    figures["bad inputs tried"] += 1


@pytest.mark.parametrize(("case", "words"), MID_SESSION.values(), ids=MID_SESSION)
def test_the_command_line_says_one_line_when_the_file_refuses_a_write(
    tmp_path: Path,
    source: Path,
    capsys: pytest.CaptureFixture[str],
    case: Case,
    words: tuple[str, ...],
    figures: Counter[str],
) -> None:
    with case(tmp_path, source) as path:
        before = rows(path)
        if words == FULL and path.parent.name == "small disk":
            fill(path.parent)
        command = ("lead", "add", "--name", "One too many", "--notes", BIG_NOTES)
        says(through_the_command_line(path, capsys, *command), path, words)
        with suppress(FileNotFoundError):
            (path.parent / "filler").unlink()
        assert rows(path) == before
    figures["bad inputs tried"] += 1


# ---- the real command line, as a process


def command_line(path: Path, *command: str) -> tuple[int, str, float]:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "funnelplanner", "--db", str(path), *command],
        capture_output=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.stdout == ""
    return done.returncode, one_error_line(done.stderr), time.monotonic() - started


REAL_PROCESS_CASES = ["zero-filled in the middle", "read-only mount", "no write permission"]


@pytest.mark.parametrize(
    ("case", "words"), [REFUSED_AT_OPEN[c] for c in REAL_PROCESS_CASES], ids=REAL_PROCESS_CASES
)
def test_the_real_command_line_refuses_by_name(tmp_path, source, case, words, figures):
    with case(tmp_path, source) as path:
        before = digest(path)
        code, message, _ = command_line(path, "lead", "list")
        assert code == 2
        says(message, path, words)
        assert digest(path) == before
    figures["bad inputs tried"] += 1


def test_the_real_command_line_gives_up_on_a_locked_file_after_the_busy_timeout(
    tmp_path, source, figures
):
    with locked(tmp_path, source) as path:
        code, message, seconds = command_line(path, "lead", "list")
    assert code == 2
    says(message, path, IN_USE)
    # It waited for the other program the whole busy timeout (5 s), then gave up.
    assert 5 <= seconds < 60
    figures["bad inputs tried"] += 1


# ---- the window shows while every page is still being looked at


def test_a_change_made_while_the_pages_are_checked_waits_for_the_verdict(
    tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    path = tmp_path / "sound.sqlite"
    shutil.copyfile(source, path)
    held = threading.Event()
    real_check = database.check_integrity

    def slow_check(checked: Path) -> None:
        held.wait(10)
        real_check(checked)

    monkeypatch.setattr(database, "check_integrity", slow_check)
    services = Services.open(path, check_later=True, start_backup=False)
    saved: list[str] = []
    writer = threading.Thread(
        target=lambda: saved.append(services.leads.create(LeadDraft("Ann")).name)
    )
    try:
        writer.start()
        writer.join(0.5)
        assert writer.is_alive() and saved == []  # the save waits for the page check
        held.set()
        writer.join(10)
        assert saved == ["Ann"]
    finally:
        held.set()
        services.close()


def test_a_file_the_page_check_finds_damaged_takes_no_change(
    tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Damage found by the background page check (the window is already showing): the
    first change is refused by name and the file stays byte for byte as it was."""
    path = tmp_path / "damaged-deep.sqlite"
    shutil.copyfile(source, path)
    before = path.read_bytes()

    def finds_damage(checked: Path) -> None:
        raise DatabaseFileError(f"{checked} is damaged (page 4711). Restore a backup.")

    monkeypatch.setattr(database, "check_integrity", finds_damage)
    services = Services.open(path, check_later=True, start_backup=False)
    try:
        with pytest.raises(DatabaseFileError, match="damaged"):
            services.leads.create(LeadDraft("Ann"))
        with pytest.raises(DatabaseFileError, match="damaged"):
            services.database.verify()
    finally:
        services.close()
    assert path.read_bytes() == before
    assert sqlite3.connect(path).execute(
        "SELECT count(*) FROM leads WHERE name = 'Ann'"
    ).fetchone() == (0,)


def test_a_page_check_over_before_the_window_runs_still_closes_it(
    tmp_path: Path,
    source: Path,
    through_a_window_process: Callable[..., str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A small file is looked at faster than the window is built: the damage it finds
    must still close the window (Qt ignores an exit asked for before its loop runs)."""
    with zero_filled(tmp_path, source) as path:
        before = digest(path)
        says(through_a_window_process(path, capsys, "--show-after-check"), path, DAMAGED)
        assert digest(path) == before
