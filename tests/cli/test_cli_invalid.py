"""Invalid input: exit 2, one line on stderr naming the field, and the database unchanged."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

Dump = Callable[[Path], dict[str, Any]]
FUTURE = (datetime.now(UTC) + timedelta(days=3)).isoformat(timespec="minutes")
CONTACT = ("contact", "add", "1", "--hat", "sales", "--channel", "phone")
TASK = ("task", "add", "--hat", "sales", "--title", "Send offer")

# (command line after --db, text the one error line must contain)
INVALID: list[tuple[tuple[str, ...], str]] = [
    # lead add
    (("lead", "add", "--name", "Cy", "--email", "not-an-email"), "--email"),
    (("lead", "add", "--name", "Cy", "--email", "cy@"), "--email"),
    (("lead", "add", "--name", "Cy", "--email", "cy@@example.com"), "--email"),
    (("lead", "add", "--name", "Cy", "--phone", "12345"), "--phone"),
    (("lead", "add", "--name", "Cy", "--phone", "call me maybe"), "--phone"),
    (("lead", "add", "--name", "Cy", "--value", "-5"), "--value"),
    (("lead", "add", "--name", "Cy", "--value", "-12.50"), "--value"),
    (("lead", "add", "--name", "Cy", "--value=-1,200.50"), "--value"),
    (("lead", "add", "--name", "Cy", "--value", "lots"), "--value"),
    (("lead", "add", "--name", ""), "--name"),
    (("lead", "add", "--name", "   "), "--name"),
    (("lead", "add", "--company", "No Name Inc"), "--name"),
    (("lead", "add", "--name", "Cy", "--stage", "bogus"), "--stage"),
    (("lead", "add", "--name", "Cy", "--stage", "won"), "--stage"),
    (("lead", "add", "--name", "Cy", "--follow-up", "2026-02-30"), "--follow-up"),
    # The bad field is named even when the fields before it are fine.
    (("lead", "add", "--name", "Cy", "--email", "cy@example.com", "--value", "-1"), "--value"),
    # lead list
    (("lead", "list", "--stage", "bogus"), "--stage"),
    (("lead", "list", "--format", "xml"), "--format"),
    # lead show
    (("lead", "show", "999"), "999"),
    (("lead", "show", "abc"), "id"),
    (("lead", "show", "0"), "id"),
    (("lead", "show", "1", "--format", "yaml"), "--format"),
    # lead stage
    (("lead", "stage", "1", "bogus"), "stage"),
    (("lead", "stage", "1", "Won"), "stage"),
    (("lead", "stage", "999", "mql"), "999"),
    (("lead", "stage", "abc", "mql"), "id"),
    # contact add
    (("contact", "add", "1", "--hat", "chef", "--channel", "phone"), "--hat"),
    (("contact", "add", "1", "--hat", "sales", "--channel", "pigeon"), "--channel"),
    (("contact", "add", "1", "--channel", "phone"), "--hat"),
    (("contact", "add", "1", "--hat", "sales"), "--channel"),
    ((*CONTACT, "--when", "2026-02-30T10:00"), "--when"),
    ((*CONTACT, "--when", "yesterday"), "--when"),
    ((*CONTACT, "--when", FUTURE), "--when"),
    ((*CONTACT, "--direction", "sideways"), "--direction"),
    ((*CONTACT, "--follow-up", "2026-02-30"), "--follow-up"),
    (("contact", "add", "999", "--hat", "sales", "--channel", "phone"), "999"),
    (("contact", "add", "abc", "--hat", "sales", "--channel", "phone"), "LEAD_ID"),
    # task add
    (("task", "add", "--hat", "chef", "--title", "Send offer"), "--hat"),
    (("task", "add", "--title", "Send offer"), "--hat"),
    (("task", "add", "--hat", "sales", "--title", ""), "--title"),
    (("task", "add", "--hat", "sales", "--title", "  "), "--title"),
    (("task", "add", "--hat", "sales"), "--title"),
    ((*TASK, "--due", "2026-02-30"), "--due"),
    ((*TASK, "--due", "2026-13-01"), "--due"),
    ((*TASK, "--due", "30/01/2026"), "--due"),
    ((*TASK, "--lead", "999"), "--lead"),
    ((*TASK, "--lead", "abc"), "--lead"),
    # task list
    (("task", "list", "--hat", "chef"), "--hat"),
    (("task", "list", "--format", "xml"), "--format"),
    # task done
    (("task", "done", "999"), "999"),
    (("task", "done", "0"), "id"),
    (("task", "done", "abc"), "id"),
]


@pytest.mark.parametrize(("args", "names"), INVALID, ids=[" ".join(a) for a, _ in INVALID])
def test_invalid_input_exits_2_with_one_line_and_writes_nothing(
    cli: Callable[..., Any], seeded: Path, dump: Dump, args: tuple[str, ...], names: str
) -> None:
    before = dump(seeded)

    result = cli(*args)

    assert result.code == 2
    assert result.out == ""
    assert len(result.err_lines) == 1, result.err
    assert names in result.err_lines[0]
    assert result.err_lines[0].startswith("funnelplanner")
    assert dump(seeded) == before


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("lead", "show", "999"), ("lead", "999")),
        (("lead", "stage", "999", "mql"), ("lead", "999")),
        (("contact", "add", "999", "--hat", "sales", "--channel", "phone"), ("lead", "999")),
        ((*TASK, "--lead", "999"), ("lead", "999")),
        (("task", "done", "999"), ("task", "999")),
    ],
)
def test_unknown_ids_say_what_was_not_found(
    cli: Callable[..., Any], seeded: Path, dump: Dump, args: tuple[str, ...], words: tuple[str, ...]
) -> None:
    result = cli(*args)
    assert result.code == 2
    for word in words:
        assert word in result.err.lower()


def test_error_message_names_the_bad_flag_not_another(
    cli: Callable[..., Any], seeded: Path
) -> None:
    result = cli("lead", "add", "--name", "Cy", "--email", "cy@example.com", "--phone", "12")
    assert result.code == 2
    assert "--phone" in result.err
    assert "--email" not in result.err


def test_the_dump_sees_a_valid_change(cli: Callable[..., Any], seeded: Path, dump: Dump) -> None:
    """The comparison above can fail: a valid command does change the dump."""
    before = dump(seeded)
    assert cli("lead", "stage", "2", "lead").code == 0
    assert dump(seeded) != before


@pytest.mark.parametrize(
    "args",
    [
        ("lead", "add", "--name", "Cy", "--email", "not-an-email"),
        ("task", "add", "--hat", "chef", "--title", "T"),
    ],
)
def test_invalid_input_does_not_create_a_new_database_file(
    cli: Callable[..., Any], tmp_path: Path, args: tuple[str, ...]
) -> None:
    fresh = tmp_path / "fresh.sqlite"
    result = cli(*args, db=fresh)
    assert result.code == 2
    assert not fresh.exists()
