"""Hostile input on every command: huge text, control characters, impossible dates,
negative money. Each is refused naming its flag and writes nothing; SQL metacharacters
are ordinary text, stored and read back exactly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

Dump = Callable[[Path], dict[str, Any]]
TEN_MB = "x" * (10 * 1024 * 1024)
BELL = "Cy\x07"
CAMPAIGN = ("campaign", "add", "--name", "Fair", "--channel", "event")

REFUSED: list[tuple[tuple[str, ...], str]] = [
    (("lead", "add", "--name", "Cy", "--notes", TEN_MB), "--notes"),
    (("lead", "add", "--name", BELL), "--name"),
    (("lead", "add", "--name", "Cy", "--company", "Acme\x1b[31m"), "--company"),
    (("lead", "add", "--name", "Cy", "--source", "web\x00"), "--source"),
    (("lead", "add", "--name", "x" * 201), "--name"),
    (("lead", "add", "--name", "Cy", "--value", "1e9999"), "--value"),
    (("lead", "add", "--name", "Cy", "--value", "NaN"), "--value"),
    (("lead", "add", "--name", "Cy", "--follow-up", "2026-13-01"), "--follow-up"),
    (("lead", "stage", "1", "sql", "--reason", TEN_MB), "--reason"),
    (("contact", "add", "1", "--hat", "sales", "--channel", "phone", "--note", TEN_MB), "--note"),
    (
        ("contact", "add", "1", "--hat", "sales", "--channel", "phone", "--outcome", BELL),
        "--outcome",
    ),
    (("task", "add", "--hat", "sales", "--title", BELL), "--title"),
    (("task", "add", "--hat", "sales", "--title", "T", "--notes", TEN_MB), "--notes"),
    ((*CAMPAIGN, "--budget", "-5"), "--budget"),
    ((*CAMPAIGN, "--start", "2026-02-30"), "--start"),
    ((*CAMPAIGN, "--start", "2026-12-01", "--end", "2026-11-01"), "--end"),
    ((*CAMPAIGN, "--expected-leads", "-3"), "--expected-leads"),
    (("campaign", "add", "--name", BELL, "--channel", "event"), "--name"),
    (("target", "set", "2026-13", "--customers", "3"), "MONTH"),
    (("target", "set", "2026-11", "--customers", "-1"), "--customers"),
    (("target", "set", "2026-11", "--revenue", "-100", "--deal-value", "10"), "--revenue"),
    (("target", "set", "2026-11", "--customers", "3", "--rate", "lead-mql=0"), "--rate lead-mql"),
    (("target", "set", "2026-11", "--customers", "3", "--rate", "lead-mql=101"), "--rate lead-mql"),
    (("business", "name", BELL), "NAME"),
    (("plan", "2026-02-30", "--pdf", "x.pdf"), "MONTH"),
]


@pytest.mark.parametrize(("args", "flag"), REFUSED, ids=[" ".join(a)[:60] for a, _ in REFUSED])
def test_hostile_input_is_refused_naming_its_flag_and_writes_nothing(
    cli: Callable[..., Any], seeded: Path, dump: Dump, args: tuple[str, ...], flag: str
) -> None:
    before = dump(seeded)

    result = cli(*args)

    assert result.code == 2, result.out
    assert len(result.err_lines) == 1
    assert flag in result.err_lines[0]
    assert len(result.err_lines[0]) < 400, "the message never echoes 10 MB back"
    assert dump(seeded) == before


SQL_TEXT = "Robert'); DROP TABLE leads;-- % _ \" \\ ' OR 1=1"


def test_sql_metacharacters_are_plain_text_in_every_field(
    cli: Callable[..., Any], seeded: Path
) -> None:
    added = cli(
        "lead",
        "add",
        "--name",
        SQL_TEXT,
        "--company",
        SQL_TEXT,
        "--source",
        SQL_TEXT,
        "--notes",
        SQL_TEXT,
    )
    assert added.code == 0, added.err
    lead_id = added.out.strip()
    assert (
        cli(
            "contact",
            "add",
            lead_id,
            "--hat",
            "sales",
            "--channel",
            "phone",
            "--outcome",
            SQL_TEXT,
            "--note",
            SQL_TEXT,
        ).code
        == 0
    )
    assert cli("task", "add", "--hat", "sales", "--title", SQL_TEXT, "--notes", SQL_TEXT).code == 0
    assert cli(*CAMPAIGN[:3], SQL_TEXT, *CAMPAIGN[4:]).code == 0
    shown = cli("lead", "show", lead_id, "--format", "json").json()
    assert shown["name"] == shown["company"] == shown["source"] == shown["notes"] == SQL_TEXT
    assert shown["contacts"][0]["outcome"] == SQL_TEXT
    leads = cli("lead", "list", "--format", "json").json()
    assert len(leads) == 3, "no table was dropped, no row lost"
    titles = [t["title"] for t in cli("task", "list", "--format", "json").json()]
    assert SQL_TEXT in titles
