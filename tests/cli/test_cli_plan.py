"""`plan MONTH --pdf FILE` and `business name`: the printed plan from the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest

import funnelplanner
from funnelplanner.domain.models import LeadDraft
from funnelplanner.services import Services

Cli = Callable[..., Any]

A4 = (595, 842)
LETTER = (612, 792)
SECTIONS = ["Targets and the agreement", "Marketing hat", "Sales hat", "Charts"]


@pytest.fixture(autouse=True)
def _widgets_app(qapp: Any) -> None:
    """`plan` starts a QGuiApplication when none exists; the window tests later in the
    same run need a QApplication, so one exists before any command prints."""


def _text(path: Path) -> str:
    pages = pypdf.PdfReader(path).pages
    return " ".join(" ".join(page.extract_text().split()) for page in pages)


def _sizes(path: Path) -> set[tuple[int, int]]:
    return {
        (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
        for page in pypdf.PdfReader(path).pages
    }


def _left_behind(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.suffix in {".pdf", ".part"})


# ---- plan --pdf


def test_plan_writes_the_pdf_and_says_so(cli: Cli, tmp_path: Path) -> None:
    """The command names the file it wrote, its pages and paper, and the PDF holds
    every section, for the month asked for."""
    assert cli("lead", "add", "--name", "Zoë Ångström", "--follow-up", "2026-11-20").code == 0
    assert cli("target", "set", "2026-11", "--customers", "4").code == 0
    target = tmp_path / "november.pdf"

    result = cli("plan", "2026-11", "--pdf", str(target))

    assert result.code == 0, result.err
    assert result.err == ""
    pages = len(pypdf.PdfReader(target).pages)
    plural = "page" if pages == 1 else "pages"
    assert result.out == f"Wrote {target} ({pages} {plural}, letter)\n"
    text = _text(target)
    places = [text.index(section) for section in SECTIONS]
    assert places == sorted(places)
    assert "November 2026: the plan" in text
    assert "Zoë Ångström" in text
    assert "Marketing owes 32 MQLs from 80 leads" in text
    assert _left_behind(tmp_path) == ["november.pdf"]


def test_the_paper_is_letter_in_the_us_unless_a4_is_asked_for(cli: Cli, tmp_path: Path) -> None:
    """Tests run as a US user: Letter by default; --paper a4 gives A4, --landscape turns it."""
    default = tmp_path / "default.pdf"
    a4 = tmp_path / "a4.pdf"
    sideways = tmp_path / "sideways.pdf"

    assert cli("plan", "2026-11", "--pdf", str(default)).code == 0
    result = cli("plan", "2026-11", "--pdf", str(a4), "--paper", "a4")
    assert cli("plan", "2026-11", "--pdf", str(sideways), "--landscape").code == 0

    assert result.code == 0, result.err
    assert result.out.endswith(", a4)\n")
    assert _sizes(default) == {LETTER}
    assert _sizes(a4) == {A4}
    assert _sizes(sideways) == {(792, 612)}


def test_plan_replaces_an_older_file(cli: Cli, tmp_path: Path) -> None:
    """Printing again over last week's plan replaces it with a whole new PDF."""
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"last week's plan")

    result = cli("plan", "2026-11", "--pdf", str(target))

    assert result.code == 0, result.err
    assert target.read_bytes().startswith(b"%PDF-")
    assert "Targets and the agreement" in _text(target)


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (("plan", "2026-13", "--pdf", "{dir}/plan.pdf"), "MONTH"),
        (("plan", "2026-11", "--pdf", "{dir}"), "is a folder"),
        (("plan", "2026-11", "--pdf", "{dir}/missing/plan.pdf"), "{dir}/missing/plan.pdf"),
        (("plan", "2026-11", "--pdf", "{dir}/afile.txt/plan.pdf"), "{dir}/afile.txt/plan.pdf"),
        (("plan", "2026-11"), "--pdf"),
        (("plan", "2026-11", "--pdf", "{dir}/plan.pdf", "--paper", "a3"), "--paper"),
        (("plan", "--pdf", "{dir}/plan.pdf"), "MONTH"),
    ],
    ids=[
        "bad-month",
        "folder",
        "missing-folder",
        "under-a-file",
        "no-pdf",
        "bad-paper",
        "no-month",
    ],
)
def test_a_refused_plan_says_why_and_leaves_nothing(
    cli: Cli, tmp_path: Path, args: tuple[str, ...], names: str
) -> None:
    """A mistake gets one line on stderr naming what to fix, status 2, no PDF and no
    half-written file, and not even the database file the command would have made."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "afile.txt").write_text("not a folder")
    fresh = tmp_path / "fresh.sqlite"

    result = cli(*(arg.format(dir=out) for arg in args), db=fresh)

    assert result.code == 2
    assert result.out == ""
    assert len(result.err_lines) == 1, result.err
    assert result.err_lines[0].startswith("funnelplanner")
    assert names.format(dir=out) in result.err_lines[0]
    assert "Traceback" not in result.err
    assert _left_behind(tmp_path) == []
    assert not fresh.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_refused_plan_leaves_an_existing_database_as_it_was(
    cli: Cli, db_path: Path, tmp_path: Path, dump: Callable[[Path], Any]
) -> None:
    """A plan that cannot be written changes nothing in the data already there."""
    assert cli("lead", "add", "--name", "Ann Archer", "--follow-up", "2026-11-03").code == 0
    before = dump(db_path)

    result = cli("plan", "2026-11", "--pdf", str(tmp_path / "missing" / "plan.pdf"))

    assert result.code == 2
    assert "does not exist" in result.err
    assert db_path.exists()
    assert dump(db_path) == before


# ---- business name


def test_business_name_is_saved_shown_and_printed(cli: Cli, tmp_path: Path) -> None:
    """The name set once shows when asked and heads the printed plan."""
    assert cli("business", "name").out == "(not set)\n"

    saved = cli("business", "name", "  Acme Ltd  ")
    shown = cli("business", "name")
    printed = cli("plan", "2026-11", "--pdf", str(tmp_path / "plan.pdf"))

    assert (saved.code, saved.out) == (0, "Acme Ltd\n")
    assert (shown.code, shown.out) == (0, "Acme Ltd\n")
    assert printed.code == 0, printed.err
    assert "Acme Ltd · printed" in _text(tmp_path / "plan.pdf")


def test_business_name_with_a_control_character_is_refused(cli: Cli, tmp_path: Path) -> None:
    """A name with a control character in it is refused naming NAME, and the one saved
    before stays; on a new database no file is left behind."""
    assert cli("business", "name", "Acme Ltd").code == 0

    result = cli("business", "name", "Acme\x07Ltd")
    fresh = tmp_path / "fresh.sqlite"
    on_new = cli("business", "name", "Bell\x07", db=fresh)

    assert result.code == 2
    assert len(result.err_lines) == 1, result.err
    assert result.err_lines[0].startswith("funnelplanner: error: NAME:")
    assert "control character" in result.err
    assert cli("business", "name").out == "Acme Ltd\n"
    assert on_new.code == 2
    assert not fresh.exists()


def test_business_name_can_be_cleared(cli: Cli) -> None:
    """An empty name clears it; the plan then falls back to its own heading."""
    assert cli("business", "name", "Acme Ltd").code == 0

    cleared = cli("business", "name", "")

    assert (cleared.code, cleared.out) == (0, "(cleared)\n")
    assert cli("business", "name").out == "(not set)\n"


# ---- a real process with no display


def _run_headless(db_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m funnelplanner --db DB ARGS` with no display and no Qt settings at all."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    for display in ("DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(display, None)
    root = Path(funnelplanner.__file__).resolve().parent.parent
    return subprocess.run(
        [sys.executable, "-m", "funnelplanner", "--db", str(db_path), *args],
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_plan_works_headless_without_being_told(db_path: Path, tmp_path: Path) -> None:
    """Run as a user would from a terminal or cron with no display and no Qt settings:
    the command still writes the plan."""
    target = tmp_path / "plan.pdf"

    result = _run_headless(db_path, "plan", "2026-11", "--pdf", str(target))

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Wrote {target} (")
    assert target.read_bytes().startswith(b"%PDF-")
    reader = pypdf.PdfReader(target)
    assert len(reader.pages) >= 1
    assert "Targets and the agreement" in _text(target)


def test_plan_of_a_busy_month_exits_cleanly(db_path: Path, tmp_path: Path) -> None:
    """200 follow-ups in the month: the command writes every one of them, exits 0 and
    leaves no temporary file, so a script or cron job sees that it worked. (With
    PySide6 6.12.0 on Python 3.11 it aborted with status 134: PYSIDE-3474.)"""
    services = Services.open(db_path, region="US")
    try:
        for number in range(200):
            services.leads.create(
                LeadDraft(f"Caller {number:03d}", next_follow_up=date(2026, 11, 1 + number % 30))
            )
    finally:
        services.close()
    target = tmp_path / "plan.pdf"

    result = _run_headless(db_path, "plan", "2026-11", "--pdf", str(target))

    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stderr == ""
    text = _text(target)
    assert all(text.count(f"Caller {number:03d}") == 1 for number in range(200))
    assert _left_behind(tmp_path) == ["plan.pdf"]


def test_plan_prints_every_script_on_a_machine_with_no_fonts(db_path: Path, tmp_path: Path) -> None:
    """With no system font at all (an empty fontconfig), the plan is still set in the
    shipped fonts: names in Latin, Greek, Cyrillic, Chinese, Japanese and Korean come
    out as real text, and no other font is embedded."""
    names = ["Zoë Łukasz-Ødegård", "Αλέξης Παππάς", "Иван Петров", "山田 太郎", "김철수"]
    services = Services.open(db_path, region="US")
    try:
        for name in names:
            services.leads.create(LeadDraft(name, next_follow_up=date(2026, 11, 20)))
    finally:
        services.close()
    empty = tmp_path / "fonts.conf"
    empty.write_text('<?xml version="1.0"?>\n<fontconfig></fontconfig>\n', encoding="utf-8")
    target = tmp_path / "plan.pdf"
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env["FONTCONFIG_FILE"] = str(empty)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "funnelplanner",
            "--db",
            str(db_path),
            "plan",
            "2026-11",
            "--pdf",
            str(target),
        ],
        env=env,
        cwd=Path(funnelplanner.__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr[-2000:]
    text = _text(target)
    for name in names:
        assert name in text
    fonts = set()
    for page in pypdf.PdfReader(target).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    assert fonts <= {
        "NotoSans-Regular",
        "NotoSans-Bold",
        "DroidSansFallback",
        "NanumSquareR",
        "NanumSquare",
    }, fonts
    assert {"NotoSans-Regular", "DroidSansFallback"} <= fonts
