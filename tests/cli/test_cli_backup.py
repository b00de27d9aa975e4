"""`backup` and `restore` on the command line: one line out, exit 0; one line naming the
file, exit 2, and the data untouched when the file cannot be restored."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.cli.conftest import Cli


def names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM leads ORDER BY name")]
    finally:
        connection.close()


def test_backup_prints_the_file_it_wrote(cli: Cli, seeded: Path) -> None:
    result = cli("backup")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert len(lines) == 1
    written = Path(lines[0])
    assert written.parent == seeded.parent / "backups" / seeded.stem
    assert written.name.endswith("-manual.sqlite")
    assert names(written) == ["Ann Archer", "Bob Baker"]


def test_backup_to_a_chosen_file(cli: Cli, seeded: Path, tmp_path: Path) -> None:
    target = tmp_path / "nightly.sqlite"
    result = cli("backup", "--to", str(target))
    assert (result.code, result.out) == (0, f"{target}\n"), result.err
    assert names(target) == ["Ann Archer", "Bob Baker"]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_backup_to_a_missing_folder_is_refused(cli: Cli, seeded: Path, tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "copy.sqlite"
    result = cli("backup", "--to", str(target))
    assert result.code == 2
    assert result.out == ""
    assert len(result.err_lines) == 1, result.err
    assert str(target) in result.err_lines[0]


def test_restore_puts_the_backup_back_and_keeps_the_current_data(
    cli: Cli, seeded: Path, tmp_path: Path
) -> None:
    saved = tmp_path / "saved.sqlite"
    assert cli("backup", "--to", str(saved)).code == 0
    assert cli("lead", "add", "--name", "Cleo Clark").code == 0

    result = cli("restore", str(saved))

    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert len(lines) == 1
    assert str(saved) in lines[0] and str(seeded) in lines[0]
    safety = Path(lines[0].rsplit(" ", 1)[1])
    assert "before-restore" in safety.name
    assert names(safety) == ["Ann Archer", "Bob Baker", "Cleo Clark"]
    assert names(seeded) == ["Ann Archer", "Bob Baker"]
    listed = cli("lead", "list", "--format", "json")
    assert [lead["name"] for lead in listed.json()] == ["Ann Archer", "Bob Baker"]


def _damaged(folder: Path, cli: Cli) -> Path:
    for number in range(40):
        assert cli("lead", "add", "--name", f"Lead {number}", "--notes", "x" * 400).code == 0
    path = folder / "damaged.sqlite"
    assert cli("backup", "--to", str(path)).code == 0
    data = bytearray(path.read_bytes())
    for offset in range(2 * 4096, min(len(data), 5 * 4096)):
        data[offset] = 0x33
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda folder, cli: folder / "missing.sqlite", "does not exist"),
        (_damaged, "damaged"),
    ],
    ids=["missing", "damaged"],
)
def test_restore_refuses_a_missing_or_damaged_file(
    cli: Cli,
    seeded: Path,
    tmp_path: Path,
    dump: Callable[[Path], dict[str, list[tuple[Any, ...]]]],
    make: Callable[[Path, Cli], Path],
    says: str,
) -> None:
    bad = make(tmp_path, cli)
    before = dump(seeded)

    result = cli("restore", str(bad))

    assert result.code == 2
    assert result.out == ""
    assert len(result.err_lines) == 1, result.err
    line = result.err_lines[0]
    assert line.startswith("funnelplanner: error: ")
    assert str(bad) in line and says in line
    assert dump(seeded) == before
