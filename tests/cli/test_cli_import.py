"""`import FILE`: other CRMs' exports and vCards as leads, from the command line.

Every test looks at what was stored (``lead list``/``lead show``), not only at the exit
status and the report.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from funnelplanner.storage import lead_bulk

Cli = Callable[..., Any]
FIXTURES = Path(__file__).parent.parent / "data" / "imports"
HUBSPOT = FIXTURES / "hubspot_contacts.csv"

HUBSPOT_COLUMNS = (
    "Columns: First Name → First name, Last Name → Last name, Email → Email, "
    "Phone Number → Phone, Mobile Phone Number → Phone, Company Name → Company, "
    "Website URL → Website, Lifecycle Stage → Stage, Original Source → Source, "
    "Create Date → Created date, Number of times contacted → Times contacted, "
    "Last Contacted → Last contacted"
)
# What the HubSpot fixture holds, as stored: name -> (email, phone, company, stage, source).
HUBSPOT_LEADS = {
    "Zoë Ångström": (
        "zoe@angstrom.example",
        "+46 70 555 12 34",  # the mobile number wins over the office one
        "Ångström Design AB",
        "mql",  # Marketing Qualified Lead
        "Organic Search",
    ),
    "Łukasz Nowak": (
        "lukasz.nowak@example.pl",
        "+48 601 234 567",
        "Nowak & Syn, Sp. z o.o.",
        "customer",
        "Referrals",
    ),
    "Dana Whitfield": (
        "dana@whitfield.example",
        "+1 415-555-0134",
        "Whitfield Bakery",
        "sql",  # Sales Qualified Lead
        "Paid Search",
    ),
    "Omar Haddad": ("omar@haddad.example", "", "", "prospect", "Email Marketing"),  # Subscriber
    "Grace Liu": ("grace@liu.example", "", "Liu & Partners", "lead", "Offline Sources"),
    "Ines Moreau": ("ines@moreau.example", "", "", "lead", "Direct Traffic"),  # "Other"
}
HUBSPOT_PROBLEMS = [
    "Problems:",
    "  row 5: Stage 'Partner' is unknown; imported as Lead",
    "  row 5: Created date '31/31/2020' is not a date",
    "  row 5: Times contacted 'two' is not a whole number",
]


def _on(db: Path | None) -> dict[str, Path]:
    """The cli fixture's own database, or another one."""
    return {} if db is None else {"db": db}


def _leads(cli: Cli, db: Path | None = None) -> list[dict[str, Any]]:
    result = cli("lead", "list", "--format", "json", **_on(db))
    assert result.code == 0, result.err
    records = result.json()
    assert isinstance(records, list)
    return records


def _by_name(cli: Cli, db: Path | None = None) -> dict[str, dict[str, Any]]:
    records = _leads(cli, db)
    names = [r["name"] for r in records]
    assert len(set(names)) == len(names), names
    return {r["name"]: r for r in records}


def _show(cli: Cli, lead_id: int, db: Path | None = None) -> dict[str, Any]:
    result = cli("lead", "show", str(lead_id), "--format", "json", **_on(db))
    assert result.code == 0, result.err
    record = result.json()
    assert isinstance(record, dict)
    return record


def _csv(folder: Path, name: str, *lines: str) -> Path:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _hubspot_summary(record: dict[str, Any]) -> tuple[str, str, str, str, str]:
    return (
        record["email"],
        record["phone"],
        record["company"],
        record["stage"],
        record["source"],
    )


def _refused(result: Any, *names: str) -> None:
    """Status 2, nothing on stdout, one line on stderr in the usual form naming each."""
    assert result.code == 2, (result.out, result.err)
    assert result.out == ""
    assert len(result.err_lines) == 1, result.err
    line = result.err_lines[0]
    assert line.startswith("funnelplanner: error: "), line
    assert "Traceback" not in result.err
    for name in names:
        assert name in line, line


def _database_files(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(name))


# ---- a whole export


def test_importing_a_hubspot_export_reports_and_stores_every_lead(cli: Cli) -> None:
    result = cli("import", str(HUBSPOT))

    assert result.code == 0, result.err
    assert result.err == ""
    assert result.out.splitlines() == [
        "Read hubspot_contacts.csv: HubSpot, 6 rows (utf-8, comma-separated)",
        HUBSPOT_COLUMNS,
        "Will create 6, update 0, skip 0",
        *HUBSPOT_PROBLEMS,
        "Imported: 6 created, 0 updated, 0 skipped.",
    ]
    leads = _by_name(cli)
    assert {name: _hubspot_summary(r) for name, r in leads.items()} == HUBSPOT_LEADS
    zoe = leads["Zoë Ångström"]
    assert zoe["website"] == "https://angstrom.example"
    # The other CRM's creation date keeps the lead's age.
    assert zoe["created_at"].startswith("2024-03-05T14:22:00")
    assert zoe["campaign_id"] is None
    history = _show(cli, zoe["id"])["stage_history"]
    assert [(h["stage"], h["reason"]) for h in history] == [("mql", "Imported from HubSpot")]


def test_a_dry_run_reports_the_same_and_writes_nothing(cli: Cli) -> None:
    dry = cli("import", str(HUBSPOT), "--dry-run")

    assert dry.code == 0, dry.err
    assert dry.err == ""
    lines = dry.out.splitlines()
    assert lines[-1] == "Dry run: nothing was written."
    assert "Imported" not in dry.out
    assert lines[:3] == [
        "Read hubspot_contacts.csv: HubSpot, 6 rows (utf-8, comma-separated)",
        HUBSPOT_COLUMNS,
        "Will create 6, update 0, skip 0",
    ]
    assert _leads(cli) == []

    real = cli("import", str(HUBSPOT))

    assert real.code == 0, real.err
    assert real.out.splitlines()[:-1] == lines[:-1]
    assert real.out.splitlines()[-1] == "Imported: 6 created, 0 updated, 0 skipped."
    assert sorted(r["name"] for r in _leads(cli)) == sorted(HUBSPOT_LEADS)


def test_a_vcard_file_imports(cli: Cli) -> None:
    result = cli("import", str(FIXTURES / "contacts_30.vcf"))

    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "Read contacts_30.vcf: vCard, 2 rows (utf-8)",
        "Columns: Full name → Name, First name → First name, Last name → Last name, "
        "Company → Company, Email → Email, Phone → Phone, Website → Website, Notes → Notes",
        "Will create 2, update 0, skip 0",
        "Imported: 2 created, 0 updated, 0 skipped.",
    ]
    leads = _by_name(cli)
    assert sorted(leads) == ["Bjørn Ødegård", "Grace Liu"]
    bjorn, grace = leads["Bjørn Ødegård"], leads["Grace Liu"]
    assert bjorn["company"] == "Fjord Consulting AS"
    assert bjorn["email"] == "bjorn@fjord.example"  # the preferred address
    assert bjorn["phone"].startswith("+47 9")  # the mobile number, not the home one
    assert bjorn["website"] == "https://fjord.example"
    # An escaped comma and newline, and a folded line, read back as written.
    assert bjorn["notes"] == (
        "Met at the Nordic SaaS Summit, wants a proposal by Q3.\nBudget approved."
    )
    assert (grace["company"], grace["email"], grace["phone"]) == (
        "Liu & Partners",
        "grace@liu.example",
        "+1 206-555-0199",
    )
    assert {r["stage"] for r in leads.values()} == {"lead"}


# ---- --map


@pytest.mark.parametrize(
    "column", ["Referrer", "referrer", "4"], ids=["header", "header-any-case", "number"]
)
def test_map_takes_a_field_from_a_column_by_header_or_number(
    cli: Cli, tmp_path: Path, column: str
) -> None:
    path = _csv(
        tmp_path,
        "people.csv",
        "Name,Email,Company,Referrer",
        "Ann Archer,ann@example.com,Archer Ltd,Trade fair",
        "Bob Baker,bob@example.com,Baker Co,Newsletter",
    )

    result = cli("import", str(path), "--map", f"source={column}")

    assert result.code == 0, result.err
    assert result.out.splitlines()[1] == (
        "Columns: Name → Name, Email → Email, Company → Company, Referrer → Source"
    )
    leads = _by_name(cli)
    assert {n: (r["source"], r["company"]) for n, r in leads.items()} == {
        "Ann Archer": ("Trade fair", "Archer Ltd"),
        "Bob Baker": ("Newsletter", "Baker Co"),
    }


def test_map_overrides_the_guess(cli: Cli) -> None:
    """HubSpot's "Lead Status" is not the source; told so, the guessed "Original Source"
    column gives way, and a column taken from another field leaves that field."""
    result = cli(
        "import", str(HUBSPOT), "--map", "source=Lead Status", "--map", "company=8"
    )  # column 8: "Website URL"

    assert result.code == 0, result.err
    columns = result.out.splitlines()[1]
    assert "Lead Status → Source" in columns
    assert "Original Source" not in columns
    assert "Company Name" not in columns
    assert "Website URL → Company" in columns
    assert "Website" not in columns.replace("Website URL", "")
    leads = _by_name(cli)
    assert (leads["Zoë Ångström"]["source"], leads["Zoë Ångström"]["company"]) == (
        "Open",
        "angstrom.example",
    )
    assert leads["Zoë Ångström"]["website"] == ""
    assert (leads["Dana Whitfield"]["source"], leads["Dana Whitfield"]["company"]) == (
        "In Progress",
        "",
    )
    assert leads["Grace Liu"]["source"] == ""


@pytest.mark.parametrize(
    ("mapping", "names"),
    [
        (("--map", "colour=Email"), ("--map", "'colour' is not a field")),
        (("--map", "source=Referrer"), ("--map", "no column 'Referrer'")),
        (("--map", "source=0"), ("--map", "'0'")),
        (("--map", "source=99"), ("--map", "'99'")),
        (("--map", "email=Email", "--map", "phone=Fax"), ("--map", "'Fax'")),
    ],
    ids=["unknown-field", "unknown-header", "column-0", "column-too-far", "second-map"],
)
def test_a_bad_map_is_refused_and_writes_nothing(
    cli: Cli, tmp_path: Path, mapping: tuple[str, ...], names: tuple[str, ...]
) -> None:
    fresh = tmp_path / "fresh.sqlite"

    result = cli("import", str(HUBSPOT), *mapping, db=fresh)

    _refused(result, *names)
    assert _database_files(tmp_path, "fresh.sqlite") == []


def test_a_mapping_without_a_name_is_refused(cli: Cli, tmp_path: Path) -> None:
    path = _csv(tmp_path, "nameless.csv", "Email,Company", "ann@example.com,Archer Ltd")
    fresh = tmp_path / "fresh.sqlite"

    result = cli("import", str(path), db=fresh)

    _refused(result, "--map", "Name")
    assert _database_files(tmp_path, "fresh.sqlite") == []


def test_map_without_an_equals_sign_is_refused(cli: Cli, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.sqlite"

    result = cli("import", str(FIXTURES / "thunderbird.csv"), "--map", "source", db=fresh)

    _refused(result, "--map", "source")
    assert _database_files(tmp_path, "fresh.sqlite") == []


def test_a_remembered_mapping_keeps_every_column_of_a_respelt_export(
    cli: Cli, tmp_path: Path
) -> None:
    first = _csv(
        tmp_path, "first.csv", "Name,Email,Company", "Ann Archer,ann@example.com,Archer Ltd"
    )
    second = _csv(tmp_path, "second.csv", "Name,EMAIL,Company", "Cy Cole,cy@example.com,Cole Inc")
    assert cli("import", str(first)).code == 0

    result = cli("import", str(second))

    assert result.code == 0, result.err
    assert "EMAIL → Email" in result.out
    assert _by_name(cli)["Cy Cole"]["email"] == "cy@example.com"


# ---- --stage


def test_stage_is_used_for_rows_that_give_none(cli: Cli, tmp_path: Path) -> None:
    given = _csv(
        tmp_path,
        "staged.csv",
        "Name,Email,Stage",
        "Ann Archer,ann@example.com,",
        "Bob Baker,bob@example.com,customer",
        "Cy Cole,cy@example.com,Other",
    )
    none = _csv(tmp_path, "plain.csv", "Name,Email", "Dee Dunn,dee@example.com")

    first = cli("import", str(given), "--stage", "mql")
    second = cli("import", str(none), "--stage", "MQL")

    assert (first.code, second.code) == (0, 0), first.err + second.err
    leads = _by_name(cli)
    assert {n: r["stage"] for n, r in leads.items()} == {
        "Ann Archer": "mql",
        "Bob Baker": "customer",
        "Cy Cole": "mql",
        "Dee Dunn": "mql",
    }
    history = _show(cli, leads["Ann Archer"]["id"])["stage_history"]
    assert [h["stage"] for h in history] == ["mql"]


def test_an_invalid_stage_is_refused_and_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.sqlite"

    result = cli("import", str(HUBSPOT), "--stage", "hot", db=fresh)

    _refused(result, "--stage", "'hot'")
    assert _database_files(tmp_path, "fresh.sqlite") == []


# ---- --campaign


def test_campaign_attributes_every_lead(cli: Cli) -> None:
    assert cli("campaign", "add", "--name", "Other One", "--channel", "ads").out == "1\n"
    added = cli("campaign", "add", "--name", "Spring Fair", "--channel", "event")
    assert (added.code, added.out) == (0, "2\n"), added.err

    result = cli("import", str(HUBSPOT), "--campaign", "spring fair")

    assert result.code == 0, result.err
    leads = _leads(cli)
    assert len(leads) == 6
    assert {r["campaign_id"] for r in leads} == {2}
    assert _show(cli, leads[0]["id"])["campaign"] == "Spring Fair"
    campaigns = cli("campaign", "list", "--format", "json").json()
    assert {c["name"]: c["leads"] for c in campaigns} == {"Other One": 0, "Spring Fair": 6}


def test_an_unknown_campaign_is_refused_and_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    assert cli("campaign", "add", "--name", "Spring Fair", "--channel", "event").code == 0

    result = cli("import", str(HUBSPOT), "--campaign", "Autumn Fair")

    _refused(result, "--campaign", "Autumn Fair")
    assert _leads(cli) == []
    fresh = tmp_path / "fresh.sqlite"
    again = cli("import", str(HUBSPOT), "--campaign", "Autumn Fair", db=fresh)
    _refused(again, "--campaign")
    assert _database_files(tmp_path, "fresh.sqlite") == []


# ---- duplicates


def _people(folder: Path, name: str, ann_company: str) -> Path:
    return _csv(
        folder,
        name,
        "Name,Email,Company",
        f"Ann Archer,ann@example.com,{ann_company}",
        "Bob Baker,BOB@example.com,Baker Co",
    )


def test_a_second_import_skips_the_duplicates_by_default(cli: Cli, tmp_path: Path) -> None:
    path = _people(tmp_path, "people.csv", "Archer Ltd")
    assert cli("import", str(path)).code == 0
    before = _leads(cli)
    assert len(before) == 2

    result = cli("import", str(path))

    assert result.code == 0, result.err
    assert result.out.splitlines()[2:] == [
        "Will create 0, update 0, skip 2",
        "  2 duplicate (same email)",
        "Duplicates (skip; choose with --duplicates skip|update|add):",
        "  row 1: Ann Archer matches Ann Archer (lead #1): same email",
        "  row 2: Bob Baker matches Bob Baker (lead #2): same email",
        "Imported: 0 created, 0 updated, 2 skipped.",
    ]
    assert _leads(cli) == before


def test_duplicates_update_changes_the_stored_leads(cli: Cli, tmp_path: Path) -> None:
    assert cli("import", str(_people(tmp_path, "first.csv", "Archer Ltd"))).code == 0
    before = _by_name(cli)

    result = cli(
        "import", str(_people(tmp_path, "second.csv", "Archer Group")), "--duplicates", "update"
    )

    assert result.code == 0, result.err
    assert "Will create 0, update 2, skip 0" in result.out
    assert "Duplicates (update; " in result.out
    assert result.out.splitlines()[-1] == "Imported: 0 created, 2 updated, 0 skipped."
    after = _by_name(cli)
    assert sorted(after) == ["Ann Archer", "Bob Baker"]
    assert after["Ann Archer"]["id"] == before["Ann Archer"]["id"]
    assert after["Ann Archer"]["company"] == "Archer Group"
    assert after["Bob Baker"]["company"] == "Baker Co"


def test_duplicates_add_adds_copies(cli: Cli, tmp_path: Path) -> None:
    path = _people(tmp_path, "people.csv", "Archer Ltd")
    assert cli("import", str(path)).code == 0

    result = cli("import", str(path), "--duplicates", "add")

    assert result.code == 0, result.err
    assert "Will create 2, update 0, skip 0" in result.out
    assert result.out.splitlines()[-1] == "Imported: 2 created, 0 updated, 0 skipped."
    leads = _leads(cli)
    assert sorted(r["name"] for r in leads) == [
        "Ann Archer",
        "Ann Archer",
        "Bob Baker",
        "Bob Baker",
    ]
    assert sorted(r["id"] for r in leads) == [1, 2, 3, 4]


def test_an_unknown_duplicates_choice_is_refused(cli: Cli, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.sqlite"

    result = cli("import", str(HUBSPOT), "--duplicates", "merge", db=fresh)

    assert result.code == 2
    assert len(result.err_lines) == 1, result.err
    assert "--duplicates" in result.err_lines[0]
    assert _database_files(tmp_path, "fresh.sqlite") == []


# ---- problems in rows


def test_rows_with_problems_are_listed_and_skipped(cli: Cli, tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "mixed.csv",
        "Name,Email,Stage,Value",
        "Ann Archer,ann@example.com,,100",
        "Bad Mail,not-an-email,customer,",
        ",nobody@example.com,,",
        "Cy Cole,cy@example.com,customer,abc",
        "Dee Dunn,dee@example.com,warm,",
    )

    result = cli("import", str(path))

    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[2:4] == [
        "Will create 2, update 0, skip 3",
        "  3 cannot be imported (see the problems)",
    ]
    problems = lines[lines.index("Problems:") + 1 : -1]
    assert len(problems) == 4, problems
    assert problems[0].startswith("  row 2: Email")
    assert problems[1] == "  row 3: Name is empty"
    assert problems[2].startswith("  row 4: Value")
    assert problems[3] == "  row 5: Stage 'warm' is unknown; imported as Lead"
    assert lines[-1] == "Imported: 2 created, 0 updated, 3 skipped."
    leads = _by_name(cli)
    assert {n: (r["email"], r["stage"], r["value"]) for n, r in leads.items()} == {
        "Ann Archer": ("ann@example.com", "lead", 100.0),
        "Dee Dunn": ("dee@example.com", "lead", None),
    }


# ---- files that cannot be read


def _write_bad(folder: Path, kind: str) -> Path:
    if kind == "missing":
        return folder / "missing.csv"
    if kind == "folder":
        path = folder / "exports"
        path.mkdir()
        return path
    path = folder / {"empty": "empty.csv", "blank": "blank.csv", "png": "photo.png"}.get(
        kind, f"{kind}.csv"
    )
    content = {
        "empty": b"",
        "blank": b" \r\n\r\n  \n",
        "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08",
        "binary": bytes(range(256)) * 8,
        "headers-only": b"Name,Email\r\n",
    }[kind]
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("kind", "says"),
    [
        ("missing", "does not exist"),
        ("folder", "is a folder"),
        ("empty", "is empty"),
        ("blank", "is empty"),
        ("png", "PNG"),
        ("binary", "not a CSV or vCard file"),
        ("headers-only", "no rows"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_and_leaves_no_database(
    cli: Cli, tmp_path: Path, kind: str, says: str
) -> None:
    files = tmp_path / "files"
    files.mkdir()
    path = _write_bad(files, kind)
    fresh = tmp_path / "fresh.sqlite"

    result = cli("import", str(path), db=fresh)

    _refused(result, str(path), says)
    assert not fresh.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["files"]


def test_a_broken_vcard_is_refused_naming_the_file_and_the_card(cli: Cli, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.sqlite"
    path = FIXTURES / "broken.vcf"

    result = cli("import", str(path), db=fresh)

    _refused(result, str(path), "card 2")
    assert _database_files(tmp_path, "fresh.sqlite") == []


@pytest.mark.parametrize(
    "args",
    [
        ("import", "{dir}/missing.csv"),
        ("import", "{dir}"),
        ("import", str(HUBSPOT), "--map", "colour=Email"),
        ("import", str(HUBSPOT), "--stage", "hot"),
        ("import", str(HUBSPOT), "--campaign", "Autumn Fair"),
    ],
    ids=["missing", "folder", "bad-map", "bad-stage", "bad-campaign"],
)
def test_a_refused_import_leaves_an_existing_database_as_it_was(
    cli: Cli,
    seeded: Path,
    tmp_path: Path,
    dump: Callable[[Path], Any],
    args: tuple[str, ...],
) -> None:
    before = dump(seeded)

    result = cli(*(arg.format(dir=tmp_path) for arg in args))

    assert result.code == 2
    assert len(result.err_lines) == 1, result.err
    assert dump(seeded) == before


# ---- all or nothing


def test_a_failure_while_writing_leaves_the_database_as_it_was(
    cli: Cli, db_path: Path, dump: Callable[[Path], Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("lead", "add", "--name", "Ann Archer", "--email", "ann@example.com").code == 0
    before = dump(db_path)
    calls: list[int] = []

    def broken(*args: Any, **kwargs: Any) -> None:
        calls.append(1)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(lead_bulk, "insert_stage_changes", broken)

    try:
        result = cli("import", str(HUBSPOT))
    except sqlite3.OperationalError:
        pass  # the error escapes the command; what matters is what was stored
    else:
        assert result.code != 0, result.out
    monkeypatch.undo()

    assert calls, "the import never reached the write that fails"
    assert dump(db_path) == before  # no lead, no stage change, no remembered mapping
    assert [r["name"] for r in _leads(cli)] == ["Ann Archer"]
    # The same import, nothing failing, still goes through in full.
    assert cli("import", str(HUBSPOT)).code == 0
    assert len(_leads(cli)) == 7


# ---- a round trip: export leads, import them elsewhere


ROUND_TRIP_FIELDS = (
    "name",
    "company",
    "email",
    "phone",
    "website",
    "source",
    "stage",
    "value",
    "notes",
    "next_follow_up",
    "created_at",
)


def test_exported_leads_import_into_a_new_database_as_they_were(
    cli: Cli, db_path: Path, tmp_path: Path
) -> None:
    assert cli("campaign", "add", "--name", "Spring Fair", "--channel", "event").out == "1\n"
    adds = [
        (
            "--name",
            "Åsa Märklin-Øberg",
            "--company",
            "Łódź & Søn, A/S",
            "--email",
            "asa@example.se",
            "--phone",
            "+46 70 555 12 34",
            "--website",
            "https://example.se",
            "--source",
            "trade fair",
            "--value",
            "1234.50",
            "--notes",
            'Met at the fair, "very keen".\nCall back, after 3pm; bring samples',
            "--stage",
            "sql",
            "--follow-up",
            "2026-12-01",
            "--campaign",
            "1",
        ),
        (
            "--name",
            "山田 日本",
            "--company",
            "日本デザイン株式会社",
            "--email",
            "taro@example.jp",
            "--phone",
            "+81 3-5555-6789",
            "--source=-referral",
            "--value",
            "99.99",
            "--notes",
            "=1+2, not a formula\r\nsecond line",
            "--stage",
            "customer",
        ),
        ("--name", "Łukasz Nowak", "--company", "@home", "--stage", "lost"),
    ]
    for number, args in enumerate(adds, start=1):
        added = cli("lead", "add", *args)
        assert (added.code, added.out) == (0, f"{number}\n"), added.err
    exported = tmp_path / "leads.csv"
    assert cli("export", "leads", "--csv", str(exported)).code == 0

    copy = tmp_path / "copy.sqlite"
    # Another campaign first: the copy's "Spring Fair" has another id; the name links it.
    assert cli("campaign", "add", "--name", "Autumn", "--channel", "ads", db=copy).out == "1\n"
    assert cli("campaign", "add", "--name", "Spring Fair", "--channel", "event", db=copy).out == (
        "2\n"
    )
    result = cli("import", str(exported), db=copy)

    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == (
        "Read leads.csv: Funnel Planner, 3 rows (utf-8, comma-separated)"
    )
    assert "Problems:" not in result.out
    assert result.out.splitlines()[-1] == "Imported: 3 created, 0 updated, 0 skipped."
    original, imported = _by_name(cli), _by_name(cli, copy)
    assert sorted(imported) == sorted(original)
    for name, record in original.items():
        again = imported[name]
        for key in ROUND_TRIP_FIELDS:
            assert again[key] == record[key], (name, key)
        assert _show(cli, again["id"], copy)["campaign"] == _show(cli, record["id"])["campaign"]
    asa = imported["Åsa Märklin-Øberg"]
    assert (asa["value"], asa["next_follow_up"], asa["campaign_id"]) == (1234.5, "2026-12-01", 2)
    assert _show(cli, asa["id"], copy)["campaign"] == "Spring Fair"
    assert imported["山田 日本"]["campaign_id"] is None
    assert imported["山田 日本"]["phone"].startswith("+81")
    assert imported["山田 日本"]["source"] == "-referral"
    assert imported["Łukasz Nowak"]["company"] == "@home"
