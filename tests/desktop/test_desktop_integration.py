"""`make install-desktop` / `uninstall-desktop`: the menu entry and icon for the current user.

The script takes the program to start, so these tests need no bundle: a stand-in program
in a folder whose name has a space, installed into a temporary XDG_DATA_HOME.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "tools" / "desktop_integration.sh"
RESOURCES = REPO / "resources"


def _integrate(*args: str, data: Path | None, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}
    if data is not None:
        env["XDG_DATA_HOME"] = str(data)
    return subprocess.run(
        ["sh", str(SCRIPT), *args], env=env, capture_output=True, text=True, check=False
    )


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


@pytest.fixture
def program(tmp_path: Path) -> Path:
    folder = tmp_path / "Funnel Planner build"
    folder.mkdir()
    program = folder / "funnelplanner"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    return program


def test_install_puts_a_valid_entry_starting_the_program_and_both_icons(
    program: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"

    result = _integrate("install", str(program), data=data, home=tmp_path)

    assert result.returncode == 0, result.stderr
    entry = data / "applications" / "funnelplanner.desktop"
    fields = _entry(entry)
    assert fields["Exec"] == f'"{program}"'  # quoted: the folder's name has a space
    assert fields["TryExec"] == str(program)
    assert fields["Icon"] == "funnelplanner"
    assert fields["Name"] == "Funnel Planner"
    hicolor = data / "icons" / "hicolor"
    svg = hicolor / "scalable" / "apps" / "funnelplanner.svg"
    png = hicolor / "256x256" / "apps" / "funnelplanner.png"
    assert svg.read_bytes() == (RESOURCES / "funnelplanner.svg").read_bytes()
    assert png.read_bytes() == (RESOURCES / "funnelplanner.png").read_bytes()
    validator = shutil.which("desktop-file-validate")
    assert validator, "desktop-file-validate is missing: `make setup` installs desktop-file-utils"
    validated = subprocess.run([validator, str(entry)], capture_output=True, text=True)
    assert (validated.returncode, validated.stdout) == (0, ""), validated.stdout


def test_install_twice_then_uninstall_leaves_only_what_was_there(
    program: Path, tmp_path: Path
) -> None:
    """Another application's entry and an existing icon cache stay; ours go, with every
    folder install made."""
    data = tmp_path / "data"
    other = data / "applications" / "other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n")
    before = _files(data)

    assert _integrate("install", str(program), data=data, home=tmp_path).returncode == 0
    assert _integrate("install", str(program), data=data, home=tmp_path).returncode == 0
    result = _integrate("uninstall", data=data, home=tmp_path)

    assert result.returncode == 0, result.stderr
    after = [name for name in _files(data) if name != "applications/mimeinfo.cache"]
    assert after == before
    assert other.read_text().startswith("[Desktop Entry]")


def test_uninstall_in_a_fresh_data_folder_leaves_nothing(program: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    assert _integrate("install", str(program), data=data, home=tmp_path).returncode == 0
    assert _files(data) != []

    assert _integrate("uninstall", data=data, home=tmp_path).returncode == 0

    assert _files(data) == []


def test_without_xdg_data_home_it_uses_local_share(program: Path, tmp_path: Path) -> None:
    result = _integrate("install", str(program), data=None, home=tmp_path)

    assert result.returncode == 0, result.stderr
    assert (tmp_path / ".local/share/applications/funnelplanner.desktop").is_file()
    assert _integrate("uninstall", data=None, home=tmp_path).returncode == 0
    assert not (tmp_path / ".local/share/applications/funnelplanner.desktop").exists()


@pytest.mark.parametrize("problem", ["missing", "not executable"])
def test_a_program_that_cannot_start_is_refused_and_nothing_written(
    problem: str, program: Path, tmp_path: Path
) -> None:
    if problem == "missing":
        program.unlink()
    else:
        program.chmod(0o644)
    data = tmp_path / "data"

    result = _integrate("install", str(program), data=data, home=tmp_path)

    assert result.returncode == 2
    assert str(program) in result.stderr
    assert "make bundle" in result.stderr
    assert not data.exists()
