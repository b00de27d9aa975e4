"""`export leads --csv FILE` and `export tasks --ics FILE`: files for spreadsheets and calendars."""

from __future__ import annotations

import csv
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

Cli = Callable[..., Any]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _summaries(path: Path) -> list[str]:
    calendar = Calendar.from_ical(path.read_bytes())
    return sorted(str(todo["summary"]) for todo in calendar.walk("VTODO"))


def _left_behind(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.suffix in {".csv", ".ics", ".part"})


# ---- export leads


def test_export_leads_writes_the_csv_and_says_so(cli: Cli, seeded: Path, tmp_path: Path) -> None:
    target = tmp_path / "leads.csv"

    result = cli("export", "leads", "--csv", str(target))

    assert result.code == 0, result.err
    assert result.err == ""
    assert result.out == f"Wrote 2 leads to {target}\n"
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    rows = _rows(target)
    assert [r["Name"] for r in rows] == ["Ann Archer", "Bob Baker"]
    ann = rows[0]
    assert ann["Company"] == "Archer Ltd"
    assert ann["Email"] == "ann@example.com"
    # A phone starts with "+", which a spreadsheet reads as a formula.
    assert ann["Phone"] == "'+1 415-555-2671"
    assert (ann["Source"], ann["Value"], ann["Stage"]) == ("referral", "1200.00", "lead")
    assert ann["Contact count"] == "1"
    assert rows[1]["Stage"] == "prospect"
    assert _left_behind(tmp_path) == ["leads.csv"]


def test_export_leads_of_one_stage(cli: Cli, seeded: Path, tmp_path: Path) -> None:
    target = tmp_path / "prospects.csv"

    result = cli("export", "leads", "--csv", str(target), "--stage", "Prospect")

    assert result.code == 0, result.err
    assert result.out == f"Wrote 1 lead to {target}\n"
    assert [r["Name"] for r in _rows(target)] == ["Bob Baker"]


# ---- export tasks


def test_export_tasks_writes_the_calendar_and_says_so(
    cli: Cli, seeded: Path, tmp_path: Path
) -> None:
    assert cli("task", "add", "--hat", "marketing", "--title", "Newsletter").code == 0
    assert cli("task", "done", "1").code == 0
    assert cli("lead", "add", "--name", "Cy Cole", "--follow-up", "2026-12-01").code == 0
    target = tmp_path / "tasks.ics"

    result = cli("export", "tasks", "--ics", str(target))

    assert result.code == 0, result.err
    assert result.err == ""
    assert result.out == f"Wrote 3 to-dos to {target}\n"
    assert _summaries(target) == ["Call Ann", "Follow up: Cy Cole", "Newsletter"]
    calendar = Calendar.from_ical(target.read_bytes())
    statuses = {str(t["summary"]): str(t["status"]) for t in calendar.walk("VTODO")}
    assert statuses["Call Ann"] == "COMPLETED"
    assert statuses["Newsletter"] == "NEEDS-ACTION"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_export_tasks_of_one_hat(cli: Cli, seeded: Path, tmp_path: Path) -> None:
    """Follow-ups are sales work: in the sales hat's file, not in marketing's."""
    assert cli("task", "add", "--hat", "marketing", "--title", "Newsletter").code == 0
    assert cli("lead", "add", "--name", "Cy Cole", "--follow-up", "2026-12-01").code == 0
    sales, marketing = tmp_path / "sales.ics", tmp_path / "marketing.ics"

    for_sales = cli("export", "tasks", "--ics", str(sales), "--hat", "sales")
    for_marketing = cli("export", "tasks", "--ics", str(marketing), "--hat", "marketing")

    assert (for_sales.code, for_marketing.code) == (0, 0)
    assert for_marketing.out == f"Wrote 1 to-do to {marketing}\n"
    assert _summaries(sales) == ["Call Ann", "Follow up: Cy Cole"]
    assert _summaries(marketing) == ["Newsletter"]


def test_the_same_tasks_keep_their_uids_from_one_export_to_the_next(
    cli: Cli, seeded: Path, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"

    assert cli("export", "tasks", "--ics", str(first)).code == 0
    assert cli("export", "tasks", "--ics", str(second)).code == 0

    def uids(path: Path) -> list[str]:
        return [str(t["uid"]) for t in Calendar.from_ical(path.read_bytes()).walk("VTODO")]

    assert uids(first) == uids(second)
    assert len(uids(first)) == 1


# ---- refusals


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (("export", "leads", "--csv", "{dir}/missing/leads.csv"), "{dir}/missing/leads.csv"),
        (("export", "leads", "--csv", "{dir}"), "{dir}"),
        (("export", "leads", "--csv", "{dir}/afile.txt/leads.csv"), "{dir}/afile.txt/leads.csv"),
        (("export", "leads", "--csv", "{dir}/leads.csv", "--stage", "hot"), "--stage"),
        (("export", "leads"), "--csv"),
        (("export", "tasks", "--ics", "{dir}/missing/tasks.ics"), "{dir}/missing/tasks.ics"),
        (("export", "tasks", "--ics", "{dir}"), "{dir}"),
        (("export", "tasks", "--ics", "{dir}/afile.txt/tasks.ics"), "{dir}/afile.txt/tasks.ics"),
        (("export", "tasks", "--ics", "{dir}/tasks.ics", "--hat", "finance"), "--hat"),
        (("export", "tasks"), "--ics"),
        (("export",), "ACTION"),
    ],
    ids=[
        "csv-missing-folder",
        "csv-a-folder",
        "csv-under-a-file",
        "bad-stage",
        "no-csv",
        "ics-missing-folder",
        "ics-a-folder",
        "ics-under-a-file",
        "bad-hat",
        "no-ics",
        "no-action",
    ],
)
def test_a_refused_export_says_why_and_leaves_nothing(
    cli: Cli, tmp_path: Path, args: tuple[str, ...], names: str
) -> None:
    """One line on stderr naming the file or the flag, status 2, no export file, no
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


@pytest.mark.parametrize(
    "args",
    [
        ("export", "leads", "--csv", "{dir}/missing/leads.csv"),
        ("export", "tasks", "--ics", "{dir}/missing/tasks.ics"),
        ("export", "tasks", "--ics", "{dir}/tasks.ics", "--hat", "finance"),
    ],
    ids=["csv", "ics", "bad-hat"],
)
def test_a_refused_export_leaves_an_existing_database_as_it_was(
    cli: Cli, seeded: Path, tmp_path: Path, dump: Callable[[Path], Any], args: tuple[str, ...]
) -> None:
    before = dump(seeded)

    result = cli(*(arg.format(dir=tmp_path) for arg in args))

    assert result.code == 2
    assert dump(seeded) == before
    assert _left_behind(tmp_path) == []
