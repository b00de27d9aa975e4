"""The one-folder bundle starts, migrates a new database, prints a plan and exits cleanly."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import time
import tomllib
from pathlib import Path

import pypdf
import pytest

from funnelplanner.storage.revisions import head_revision
from tests.bundle.conftest import REPO, Run

pytestmark = pytest.mark.bundle


def _text(pdf: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(pdf).pages)


def _fonts(pdf: Path) -> set[str]:
    names: set[str] = set()
    for page in pypdf.PdfReader(pdf).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        names.update(str(font.get_object()["/BaseFont"]) for font in fonts.values())
    return names


def _stored_revision(database: Path) -> list[tuple[str]]:
    connection = sqlite3.connect(database)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchall()
    finally:
        connection.close()


def test_version_names_the_release_in_pyproject(run_bundle: Run) -> None:
    """The bundle says the release pyproject.toml names."""
    version = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]

    result = run_bundle("--version")

    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.strip() == f"Funnel Planner {version}"


def test_plan_on_a_new_database_migrates_it_and_writes_the_pdf(
    run_bundle: Run, tmp_path: Path
) -> None:
    """Alembic finds its scripts inside the bundle; Qt prints offscreen with no display."""
    database, pdf = tmp_path / "new.sqlite", tmp_path / "out.pdf"

    result = run_bundle("--db", str(database), "plan", "2026-11", "--pdf", str(pdf))

    assert (result.returncode, result.stderr) == (0, "")
    pages = int(re.fullmatch(rf"Wrote {pdf} \((\d+) pages?, a4\)", result.stdout.strip())[1])
    assert _stored_revision(database) == [(head_revision(),)]
    assert len(pypdf.PdfReader(pdf).pages) == pages
    text = _text(pdf)
    assert "November 2026: the plan" in text
    assert f"page 1 of {pages}" in text
    for section in ["Targets and the agreement", "Marketing hat", "Sales hat", "Charts"]:
        assert section in text


def test_printed_names_use_the_shipped_fonts(run_bundle: Run, tmp_path: Path) -> None:
    """Names in Latin and Japanese print in the fonts from resources/fonts."""
    database, pdf = tmp_path / "names.sqlite", tmp_path / "names.pdf"
    follow_up = ["--follow-up", "2026-11-20"]  # due in the month: listed on the plan
    for name in ["Zoë Ångström", "山田太郎"]:
        added = run_bundle("--db", str(database), "lead", "add", "--name", name, *follow_up)
        assert added.returncode == 0, added.stderr

    result = run_bundle("--db", str(database), "plan", "2026-11", "--pdf", str(pdf))

    assert (result.returncode, result.stderr) == (0, "")
    assert "Zoë Ångström" in _text(pdf)
    assert "山田太郎" in _text(pdf)
    fonts = " ".join(_fonts(pdf))
    assert "NotoSans" in fonts
    assert "DroidSansFallback" in fonts


def test_every_qt_plugin_finds_its_libraries(bundle_program: Path) -> None:
    """The spec leaves plugins and libraries out; what stays must load. xcb (real screens)
    and offscreen (printing from the command line) are there."""
    internal = bundle_program.parent / "_internal"
    plugins = sorted((internal / "PySide6" / "Qt" / "plugins").rglob("*.so"))
    names = {plugin.name for plugin in plugins}
    assert {"libqxcb.so", "libqoffscreen.so", "libqsvgicon.so", "libqsvg.so"} <= names
    # The bootloader puts _internal first on the library path; ldd is told the same.
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    for plugin in plugins:
        ldd = subprocess.run(["ldd", str(plugin)], env=env, capture_output=True, text=True)
        assert "not found" not in ldd.stdout, f"{plugin.name}:\n{ldd.stdout}"


def test_migration_scripts_ship_as_source_files(bundle_program: Path) -> None:
    """Alembic reads them from disk; bytecode inside the archive is not enough."""
    shipped = bundle_program.parent / "_internal" / "funnelplanner" / "storage" / "migrations"
    source = REPO / "funnelplanner" / "storage" / "migrations"
    expected = sorted(p.relative_to(source) for p in source.rglob("*.py"))
    assert sorted(p.relative_to(shipped) for p in shipped.rglob("*.py")) == expected
    assert (shipped / "script.py.mako").is_file()


def test_the_window_opens_on_an_x_server(bundle_program: Path, tmp_path: Path) -> None:
    """The xcb platform plugin and its libraries work on a real X server (Xvfb): the main
    window appears, titled with the new file, and Qt reports no problem."""
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert xvfb.stdout is not None
        display = f":{xvfb.stdout.readline().strip()}"
        home = tmp_path / "home"
        home.mkdir()
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "DISPLAY": display}
        app = subprocess.Popen(
            [str(bundle_program), "--db", str(tmp_path / "window.sqlite")],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            windows = _wait_for_window(env, app, "Funnel Planner — window.sqlite")
        finally:
            app.terminate()
            _out, errors = app.communicate(timeout=60)
        assert "Funnel Planner — window.sqlite" in windows, errors or windows
        assert errors == ""
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=60)


def _wait_for_window(env: dict[str, str], app: subprocess.Popen[str], title: str) -> str:
    """The X server's window tree once it holds the title (or when the app has quit, or
    after two minutes, for the caller's assertion to report)."""
    deadline = time.monotonic() + 120
    tree = ""
    while time.monotonic() < deadline and app.poll() is None:
        tree = subprocess.run(
            ["xwininfo", "-root", "-tree"], env=env, capture_output=True, text=True
        ).stdout
        if title in tree:
            break
        time.sleep(0.5)
    return tree


def test_translations_ship_with_qts_own_for_the_same_languages(bundle_program: Path) -> None:
    internal = bundle_program.parent / "_internal"
    ours = {p.name for p in internal.rglob("funnelplanner_*.qm")}
    assert ours == {p.name for p in (REPO / "resources" / "translations").glob("*.qm")}
    languages = {name.removeprefix("funnelplanner_").removesuffix(".qm") for name in ours}
    qt_own = {p.name for p in internal.rglob("qt*_*.qm")}
    # Standard buttons and dialogs in the same languages; no catalogue the app never loads.
    assert {f"qtbase_{lang}.qm" for lang in languages - {"en"}} <= qt_own
    assert all(name.startswith("qtbase_") for name in qt_own)


def test_a_long_import_is_checked_in_worker_processes_of_the_bundle(
    run_bundle: Run, tmp_path: Path
) -> None:
    """A file long enough for worker processes: they start from the bundled program
    (freeze_support) and check every row as the program itself would."""
    from funnelplanner.services.row_checking import PARALLEL_FROM

    rows = PARALLEL_FROM + 500
    source, database = tmp_path / "long.csv", tmp_path / "long.sqlite"
    lines = ["Name,Email,Phone"]
    # Every tenth phone cannot be read in the region (DE): it goes into the notes.
    lines += [
        f"Person {n},p{n}@example.com,{'+1 211 555 0199' if n % 10 == 0 else f'+49 30 {n:07d}'}"
        for n in range(rows)
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = run_bundle("--db", str(database), "import", str(source))

    assert (result.returncode, result.stderr) == (0, "")
    assert f"Imported: {rows:,} created" in result.stdout
    connection = sqlite3.connect(database)
    try:
        noted = connection.execute(
            "SELECT count(*) FROM leads WHERE phone = '' AND notes LIKE '%+1 211 555 0199%'"
        ).fetchone()
        total = connection.execute("SELECT count(*) FROM leads").fetchone()
    finally:
        connection.close()
    assert (total, noted) == ((rows,), (rows // 10,))
