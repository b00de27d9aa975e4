"""`lead add`, `lead list`, `lead show` and `lead stage` as a script would use them."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

Cli = Callable[..., Any]
STAGES = ("prospect", "lead", "mql", "sql", "customer", "promoter", "lost")
SHOW_KEYS = {
    "id",
    "name",
    "company",
    "email",
    "phone",
    "source",
    "value",
    "stage",
    "contact_count",
    "last_contact",
    "next_follow_up",
    "stage_history",
}


def _show(cli: Cli, lead_id: int) -> dict[str, Any]:
    result = cli("lead", "show", str(lead_id), "--format", "json")
    assert result.code == 0, result.err
    record = result.json()
    assert isinstance(record, dict)
    return record


def test_lead_add_prints_the_new_ids_in_turn(cli: Cli) -> None:
    first = cli("lead", "add", "--name", "Ann")
    second = cli("lead", "add", "--name", "Bob")
    assert (first.code, first.out, first.err) == (0, "1\n", "")
    assert (second.code, second.out, second.err) == (0, "2\n", "")


def test_lead_add_stores_every_option(cli: Cli) -> None:
    result = cli(
        "lead",
        "add",
        "--name",
        "  Ann Archer ",
        "--company",
        "Archer Ltd",
        "--email",
        "Ann@Example.com",
        "--phone",
        "(415) 555-2671",
        "--source",
        "referral",
        "--value",
        "1,200.50",
        "--stage",
        "mql",
    )
    assert result.code == 0, result.err
    record = _show(cli, int(result.out))
    assert record["name"] == "Ann Archer"
    assert record["company"] == "Archer Ltd"
    assert record["email"].lower() == "ann@example.com"
    assert record["phone"] == "+1 415-555-2671"
    assert record["source"] == "referral"
    assert record["value"] == 1200.5
    assert record["stage"] == "mql"
    assert record["contact_count"] == 0
    assert record["last_contact"] is None


def test_lead_add_defaults(cli: Cli) -> None:
    record = _show(cli, int(cli("lead", "add", "--name", "Ann").out))
    assert record["stage"] == "lead"
    assert record["value"] is None
    assert record["email"] == record["phone"] == record["company"] == record["source"] == ""
    assert [h["stage"] for h in record["stage_history"]] == ["lead"]


@pytest.mark.parametrize("stage", STAGES)
def test_lead_add_accepts_every_stage(cli: Cli, stage: str) -> None:
    result = cli("lead", "add", "--name", "Ann", "--stage", stage)
    assert result.code == 0, result.err
    record = _show(cli, int(result.out))
    assert record["stage"] == stage
    assert [h["stage"] for h in record["stage_history"]] == [stage]


def test_lead_add_warns_about_a_duplicate_but_adds_it(cli: Cli) -> None:
    cli("lead", "add", "--name", "Ann", "--email", "ann@example.com")
    twin = cli("lead", "add", "--name", "Annie", "--email", "ANN@example.com")
    assert (twin.code, twin.out) == (0, "2\n")
    assert "warning" in twin.err
    assert "lead 1" in twin.err


def test_lead_add_follow_up(cli: Cli) -> None:
    result = cli("lead", "add", "--name", "Ann", "--follow-up", "2026-12-01")
    assert _show(cli, int(result.out))["next_follow_up"] == "2026-12-01"


# ---- show


def test_lead_show_json_is_one_object_with_the_contract_keys(cli: Cli, seeded: Path) -> None:
    record = _show(cli, 1)
    assert set(record) >= SHOW_KEYS
    assert record["id"] == 1
    assert record["name"] == "Ann Archer"
    assert record["value"] == 1200.0
    assert record["contact_count"] == 1
    assert isinstance(record["stage_history"], list)
    for change in record["stage_history"]:
        assert {"stage", "entered_at", "reason"} <= set(change)
        datetime.fromisoformat(change["entered_at"])
    datetime.fromisoformat(record["last_contact"])


def test_lead_show_text_names_the_lead(cli: Cli, seeded: Path) -> None:
    result = cli("lead", "show", "1")
    assert result.code == 0, result.err
    assert "Ann Archer" in result.out
    assert "Bob Baker" not in result.out
    assert "Stage history" in result.out


# ---- list


def test_lead_list_table_contains_the_leads(cli: Cli, seeded: Path) -> None:
    result = cli("lead", "list")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert "NAME" in lines[0]
    assert "STAGE" in lines[0]
    assert any("Ann Archer" in line and "lead" in line for line in lines[1:])
    assert any("Bob Baker" in line and "prospect" in line for line in lines[1:])


def test_lead_list_table_filtered_by_stage(cli: Cli, seeded: Path) -> None:
    result = cli("lead", "list", "--stage", "prospect", "--format", "table")
    assert result.code == 0, result.err
    assert "Bob Baker" in result.out
    assert "Ann Archer" not in result.out


def test_lead_list_json_is_an_array_of_objects(cli: Cli, seeded: Path) -> None:
    result = cli("lead", "list", "--format", "json")
    assert result.code == 0, result.err
    records = result.json()
    assert isinstance(records, list)
    assert [r["name"] for r in records] == ["Ann Archer", "Bob Baker"]
    for record in records:
        assert {"id", "name", "company", "email", "phone", "source", "value", "stage"} <= set(
            record
        )
        assert {"contact_count", "last_contact", "next_follow_up"} <= set(record)
    ann = records[0]
    assert (ann["id"], ann["stage"], ann["contact_count"], ann["value"]) == (1, "lead", 1, 1200.0)


@pytest.mark.parametrize(("stage", "names"), [("lead", ["Ann Archer"]), ("lost", [])])
def test_lead_list_json_filtered_by_stage(
    cli: Cli, seeded: Path, stage: str, names: list[str]
) -> None:
    result = cli("lead", "list", "--stage", stage, "--format", "json")
    assert result.code == 0, result.err
    assert [r["name"] for r in result.json()] == names


def test_lead_list_json_of_an_empty_database_is_an_empty_array(cli: Cli) -> None:
    result = cli("lead", "list", "--format", "json")
    assert (result.code, result.json()) == (0, [])


def test_lead_list_csv_parses(cli: Cli, seeded: Path) -> None:
    tricky = 'Smith, "Junior" & Sons'
    assert cli("lead", "add", "--name", "Cy", "--company", tricky).code == 0
    result = cli("lead", "list", "--format", "csv")
    assert result.code == 0, result.err
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert [row["name"] for row in rows] == ["Ann Archer", "Bob Baker", "Cy"]
    assert [int(row["id"]) for row in rows] == [1, 2, 3]
    assert rows[0]["stage"] == "lead"
    assert rows[0]["contact_count"] == "1"
    assert rows[2]["company"] == tricky
    assert rows[0]["email"] == "ann@example.com"


def test_lead_list_csv_filtered_by_stage(cli: Cli, seeded: Path) -> None:
    result = cli("lead", "list", "--stage", "prospect", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert [row["name"] for row in rows] == ["Bob Baker"]


def test_lead_list_csv_of_an_empty_database_has_a_header(cli: Cli) -> None:
    result = cli("lead", "list", "--format", "csv")
    assert result.code == 0, result.err
    reader = csv.DictReader(io.StringIO(result.out))
    assert list(reader) == []
    assert reader.fieldnames is not None
    assert {"id", "name", "stage"} <= set(reader.fieldnames)


# ---- stage


def test_lead_stage_moves_the_lead_and_grows_the_history_in_order(cli: Cli, seeded: Path) -> None:
    path = ["lead", "mql", "sql", "customer", "promoter"]
    for count, stage in enumerate(path, start=2):
        result = cli("lead", "stage", "2", stage)
        assert result.code == 0, result.err
        assert stage in result.out
        record = _show(cli, 2)
        assert record["stage"] == stage
        assert len(record["stage_history"]) == count
    history = _show(cli, 2)["stage_history"]
    assert [h["stage"] for h in history] == ["prospect", *path]
    times = [datetime.fromisoformat(h["entered_at"]) for h in history]
    assert times == sorted(times)


def test_lead_stage_to_the_same_stage_adds_no_history(cli: Cli, seeded: Path) -> None:
    before = _show(cli, 1)["stage_history"]
    result = cli("lead", "stage", "1", "lead")
    assert result.code == 0, result.err
    assert _show(cli, 1)["stage_history"] == before


def test_lead_stage_lost_keeps_the_reason(cli: Cli, seeded: Path) -> None:
    result = cli("lead", "stage", "1", "lost", "--reason", "chose a rival")
    assert result.code == 0, result.err
    record = _show(cli, 1)
    assert record["stage"] == "lost"
    assert record["stage_history"][-1] == {
        "stage": "lost",
        "entered_at": record["stage_history"][-1]["entered_at"],
        "reason": "chose a rival",
    }


def test_lead_stage_changes_only_that_lead(cli: Cli, seeded: Path) -> None:
    cli("lead", "stage", "1", "customer")
    assert _show(cli, 1)["stage"] == "customer"
    assert _show(cli, 2)["stage"] == "prospect"
