"""`contact add` and the `task` commands."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

Cli = Callable[..., Any]
CHANNELS = (
    "phone",
    "email",
    "text",
    "meeting",
    "video_call",
    "social",
    "event",
    "newsletter",
    "ad",
    "other",
)
TASK_KEYS = {"id", "hat", "title", "due", "done", "lead_id", "lead"}


def _show(cli: Cli, lead_id: int) -> dict[str, Any]:
    result = cli("lead", "show", str(lead_id), "--format", "json")
    assert result.code == 0, result.err
    return dict(result.json())


def _tasks(cli: Cli, *options: str) -> list[dict[str, Any]]:
    result = cli("task", "list", "--format", "json", *options)
    assert result.code == 0, result.err
    records = result.json()
    assert isinstance(records, list)
    return records


# ---- contact add


def test_contact_add_increments_the_contact_count(cli: Cli) -> None:
    cli("lead", "add", "--name", "Ann")
    assert _show(cli, 1)["contact_count"] == 0
    for expected in (1, 2, 3):
        result = cli("contact", "add", "1", "--hat", "sales", "--channel", "email")
        assert result.code == 0, result.err
        assert f"{expected} contacts" in result.out
        record = _show(cli, 1)
        assert record["contact_count"] == expected
        assert len(record["contacts"]) == expected
    assert record["last_contact"] is not None


def test_contact_add_counts_only_for_its_lead(cli: Cli, seeded: Path) -> None:
    before = _show(cli, 1)["contact_count"]
    assert cli("contact", "add", "2", "--hat", "marketing", "--channel", "ad").code == 0
    assert _show(cli, 1)["contact_count"] == before
    assert _show(cli, 2)["contact_count"] == 1


def test_contact_add_stores_when_outcome_and_note(cli: Cli) -> None:
    cli("lead", "add", "--name", "Ann")
    result = cli(
        "contact",
        "add",
        "1",
        "--hat",
        "marketing",
        "--channel",
        "meeting",
        "--when",
        "2026-01-15T14:30",
        "--outcome",
        "wants a quote",
        "--note",
        "met at the fair",
    )
    assert result.code == 0, result.err
    record = _show(cli, 1)
    (contact,) = record["contacts"]
    typed = datetime.fromisoformat("2026-01-15T14:30").astimezone()  # naive means local time
    assert datetime.fromisoformat(contact["at"]) == typed
    assert datetime.fromisoformat(record["last_contact"]) == typed
    assert (contact["hat"], contact["channel"]) == ("marketing", "meeting")
    assert (contact["outcome"], contact["note"]) == ("wants a quote", "met at the fair")


def test_contact_add_when_with_an_offset(cli: Cli) -> None:
    cli("lead", "add", "--name", "Ann")
    when = "2026-01-15T14:30:00+02:00"
    assert (
        cli("contact", "add", "1", "--hat", "sales", "--channel", "phone", "--when", when).code == 0
    )
    (contact,) = _show(cli, 1)["contacts"]
    assert datetime.fromisoformat(contact["at"]) == datetime.fromisoformat(when)


def test_contact_add_when_earlier_today_is_accepted(cli: Cli) -> None:
    cli("lead", "add", "--name", "Ann")
    when = (datetime.now(UTC) - timedelta(hours=1)).isoformat(timespec="seconds")
    result = cli("contact", "add", "1", "--hat", "sales", "--channel", "phone", "--when", when)
    assert result.code == 0, result.err


@pytest.mark.parametrize("hat", ["marketing", "sales"])
@pytest.mark.parametrize("channel", CHANNELS)
def test_contact_add_accepts_every_hat_and_channel(cli: Cli, hat: str, channel: str) -> None:
    cli("lead", "add", "--name", "Ann")
    result = cli("contact", "add", "1", "--hat", hat, "--channel", channel)
    assert result.code == 0, result.err
    (contact,) = _show(cli, 1)["contacts"]
    assert (contact["hat"], contact["channel"]) == (hat, channel)


# ---- task add / list / done


def test_task_add_prints_ids_and_lists_them(cli: Cli) -> None:
    first = cli("task", "add", "--hat", "marketing", "--title", "Write newsletter")
    second = cli("task", "add", "--hat", "sales", "--title", "Call back")
    assert (first.code, first.out, first.err) == (0, "1\n", "")
    assert (second.code, second.out) == (0, "2\n")
    tasks = _tasks(cli)
    assert {t["title"] for t in tasks} == {"Write newsletter", "Call back"}
    for task in tasks:
        assert set(task) >= TASK_KEYS
        assert task["done"] is False
        assert task["due"] is None
        assert task["lead_id"] is None


def test_task_add_with_due_and_lead(cli: Cli, seeded: Path) -> None:
    result = cli(
        "task",
        "add",
        "--hat",
        "sales",
        "--title",
        "Send offer",
        "--due",
        "2026-12-01",
        "--lead",
        "2",
    )
    assert (result.code, result.out) == (0, "2\n"), result.err
    (task,) = [t for t in _tasks(cli) if t["id"] == 2]
    assert task == {**task, "hat": "sales", "title": "Send offer", "due": "2026-12-01"}
    assert (task["lead_id"], task["lead"]) == (2, "Bob Baker")


def test_task_add_due_on_a_leap_day(cli: Cli) -> None:
    assert cli("task", "add", "--hat", "sales", "--title", "T", "--due", "2028-02-29").code == 0
    assert _tasks(cli)[0]["due"] == "2028-02-29"


def test_task_list_filtered_by_hat(cli: Cli) -> None:
    cli("task", "add", "--hat", "marketing", "--title", "Post on social")
    cli("task", "add", "--hat", "sales", "--title", "Call back")
    assert [t["title"] for t in _tasks(cli, "--hat", "marketing")] == ["Post on social"]
    assert [t["title"] for t in _tasks(cli, "--hat", "sales")] == ["Call back"]


def test_task_list_json_of_no_tasks_is_an_empty_array(cli: Cli) -> None:
    assert _tasks(cli) == []


def test_task_list_table_contains_the_task(cli: Cli, seeded: Path) -> None:
    result = cli("task", "list")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert "TITLE" in lines[0]
    assert any("Call Ann" in line and "Ann Archer" in line for line in lines[1:])
    filtered = cli("task", "list", "--hat", "marketing", "--format", "table")
    assert "Call Ann" not in filtered.out


def test_task_list_csv_parses(cli: Cli, seeded: Path) -> None:
    cli("task", "add", "--hat", "marketing", "--title", 'Flyer, "big" one', "--due", "2026-12-24")
    result = cli("task", "list", "--format", "csv")
    assert result.code == 0, result.err
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert len(rows) == 2
    by_title = {row["title"]: row for row in rows}
    assert by_title['Flyer, "big" one']["due"] == "2026-12-24"
    assert by_title['Flyer, "big" one']["hat"] == "marketing"
    assert by_title["Call Ann"]["lead"] == "Ann Archer"


def test_task_done_marks_it_done_and_is_repeatable(cli: Cli, seeded: Path) -> None:
    result = cli("task", "done", "1")
    assert result.code == 0, result.err
    assert "1" in result.out
    (task,) = _tasks(cli)
    assert task["done"] is True
    assert cli("task", "done", "1").code == 0
    assert _tasks(cli)[0]["done"] is True


def test_task_list_puts_open_tasks_first(cli: Cli) -> None:
    for title in ("first", "second", "third"):
        cli("task", "add", "--hat", "sales", "--title", title)
    cli("task", "done", "1")
    tasks = _tasks(cli)
    assert [t["title"] for t in tasks] == ["second", "third", "first"]
    assert [t["done"] for t in tasks] == [False, False, True]
