"""Which file the command line uses, files it must refuse untouched, and --version."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest

from funnelplanner.services.leads import LeadService
from funnelplanner.storage import database

Cli = Callable[..., Any]

# Reading and writing commands alike must refuse a file they cannot use.
COMMANDS = [
    ("lead", "list"),
    ("lead", "list", "--format", "json"),
    ("lead", "add", "--name", "Ann"),
    ("lead", "show", "1"),
    ("lead", "stage", "1", "mql"),
    ("contact", "add", "1", "--hat", "sales", "--channel", "phone"),
    ("task", "add", "--hat", "sales", "--title", "T"),
    ("task", "list"),
    ("task", "done", "1"),
]


def _not_a_database(folder: Path) -> Path:
    path = folder / "notes.sqlite"
    path.write_bytes(b"Shopping list\n- milk\n- eggs\n" * 50)
    return path


def _future_schema(folder: Path) -> Path:
    path = folder / "future.sqlite"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        connection.execute("INSERT INTO alembic_version VALUES ('9999_future')")
        connection.execute("CREATE TABLE leads (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO leads VALUES (1, 'From the future')")
    connection.close()
    return path


def _other_program(folder: Path) -> Path:
    path = folder / "recipes.sqlite"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
        connection.execute("INSERT INTO recipes VALUES (1, 'Soup')")
    connection.close()
    return path


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_not_a_database, ("not", "sqlite")),
        (_future_schema, ("newer", "9999_future")),
        (_other_program, ("another program",)),
    ],
    ids=["not-a-database", "future-schema", "other-program"],
)
@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_unusable_file_is_refused_and_left_untouched(
    cli: Cli,
    sha256: Callable[[Path], str],
    tmp_path: Path,
    make: Callable[[Path], Path],
    words: tuple[str, ...],
    args: tuple[str, ...],
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    path = make(folder)
    before = sha256(path)
    files_before = sorted(p.name for p in folder.iterdir())

    result = cli(*args, db=path)

    assert result.code == 2
    assert result.out == ""
    assert len(result.err_lines) == 1, result.err
    message = result.err_lines[0]
    assert str(path) in message
    for word in words:
        assert word in message.lower()
    assert sha256(path) == before
    assert sorted(p.name for p in folder.iterdir()) == files_before


def test_missing_folder_is_refused_and_not_created(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "folder" / "funnel.sqlite"
    result = cli("lead", "list", db=path)
    assert result.code == 2
    assert len(result.err_lines) == 1, result.err
    assert not (tmp_path / "no").exists()


# ---- FUNNELPLANNER_DB


def test_env_var_chooses_the_file_when_db_is_absent(
    cli: Cli,
    dump: Callable[[Path], dict[str, Any]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("FUNNELPLANNER_DB", str(chosen))

    added = cli("lead", "add", "--name", "Env Ann", db=None)

    assert (added.code, added.out) == (0, "1\n"), added.err
    assert chosen.is_file()
    assert [row[1] for row in dump(chosen)["leads"]] == ["Env Ann"]
    listed = cli("lead", "list", "--format", "json", db=None)
    assert [r["name"] for r in listed.json()] == ["Env Ann"]
    # Nothing went to the default location in the data folder.
    data_dir = Path(os.environ["FUNNELPLANNER_DATA_DIR"])
    assert not (data_dir / "funnelplanner.sqlite").exists()


def test_db_option_wins_over_the_env_var(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from_env = tmp_path / "from-env.sqlite"
    from_option = tmp_path / "from-option.sqlite"
    monkeypatch.setenv("FUNNELPLANNER_DB", str(from_env))

    assert cli("lead", "add", "--name", "Opt Ann", db=from_option).code == 0

    assert from_option.is_file()
    assert not from_env.exists()


def test_env_var_pointing_at_a_bad_file_is_refused_untouched(
    cli: Cli, sha256: Callable[[Path], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _future_schema(tmp_path)
    before = sha256(path)
    monkeypatch.setenv("FUNNELPLANNER_DB", str(path))
    result = cli("lead", "add", "--name", "Ann", db=None)
    assert result.code == 2
    assert "9999_future" in result.err
    assert sha256(path) == before


def test_without_db_or_env_the_default_data_folder_is_used(cli: Cli) -> None:
    assert cli("lead", "add", "--name", "Default Ann", db=None).code == 0
    data_dir = Path(os.environ["FUNNELPLANNER_DATA_DIR"])
    assert (data_dir / "funnelplanner.sqlite").is_file()


def test_a_database_made_by_the_cli_opens_again(cli: Cli, seeded: Path) -> None:
    """A valid file is not mistaken for a foreign one on the next run."""
    result = cli("lead", "list", "--format", "json")
    assert result.code == 0, result.err
    assert len(result.json()) == 2


# ---- --version


def test_version_option(cli: Cli) -> None:
    result = cli("--version", db=None)
    assert result.code == 0
    assert result.out.strip() == f"Funnel Planner {version('funnelplanner')}"


def test_version_in_a_real_process(tmp_path: Path) -> None:
    env = {**os.environ, "FUNNELPLANNER_DB": str(tmp_path / "unused.sqlite")}
    completed = subprocess.run(
        [sys.executable, "-m", "funnelplanner", "--version"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == f"Funnel Planner {version('funnelplanner')}"
    assert not (tmp_path / "unused.sqlite").exists()


def test_invalid_input_in_a_real_process_exits_2(tmp_path: Path) -> None:
    db = tmp_path / "funnel.sqlite"
    command = [sys.executable, "-m", "funnelplanner", "--db", str(db), "lead", "add"]
    completed = subprocess.run(
        [*command, "--name", "Ann", "--email", "nope"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 2
    assert completed.stdout == ""
    assert len(completed.stderr.strip().splitlines()) == 1
    assert "--email" in completed.stderr


def test_a_file_locked_under_a_command_is_named_in_one_line_and_left_as_it_was(
    cli: Cli,
    seeded: Path,
    dump: Callable[[Path], Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another program holds the file's write lock while a command writes: the command
    says so in one line naming the file, and nothing it began is kept."""
    before = dump(seeded)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)  # give up on the lock at once
    holder = sqlite3.connect(seeded, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        result = cli("lead", "add", "--name", "Locked Out", db=seeded)
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    assert result.code == 2
    assert result.out == ""
    assert len(result.err_lines) == 1, result.err
    assert str(seeded) in result.err_lines[0]
    assert "locked" in result.err_lines[0].lower() or "busy" in result.err_lines[0].lower()
    assert dump(seeded) == before


def _real_lock_error(path: Path) -> sqlite3.OperationalError:
    """The error SQLite itself gives a writer while another connection holds the lock."""
    holder = sqlite3.connect(path, isolation_level=None)
    writer = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        holder.execute("BEGIN IMMEDIATE")
        try:
            writer.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            return exc
        raise AssertionError("the second writer was let in")
    finally:
        writer.close()
        holder.execute("ROLLBACK")
        holder.close()


def test_a_file_error_the_storage_layer_let_through_is_one_line_naming_the_file(
    cli: Cli, seeded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last net under every command: an SQLite error about the file, raised where
    nothing turned it into a message yet, still ends as one line, not a traceback."""
    error = _real_lock_error(seeded)
    assert error.sqlite_errorcode == sqlite3.SQLITE_BUSY

    def locked(*_args: Any, **_kwargs: Any) -> None:
        raise error

    monkeypatch.setattr(LeadService, "create", locked)
    result = cli("lead", "add", "--name", "Locked Out", db=seeded)

    assert result.code == 2
    assert result.out == ""
    assert len(result.err_lines) == 1, result.err
    assert str(seeded) in result.err_lines[0]


def test_an_error_that_is_not_about_the_file_is_not_dressed_as_one(
    cli: Cli, seeded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise sqlite3.ProgrammingError("a bug, not the file")

    monkeypatch.setattr(LeadService, "create", broken)
    with pytest.raises(sqlite3.ProgrammingError):
        cli("lead", "add", "--name", "Bug", db=seeded)
