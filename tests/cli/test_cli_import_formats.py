"""Every sample export, end to end through the command line: read, mapped, imported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

SAMPLES = Path(__file__).parent.parent / "data" / "imports"

# file, origin reported, rows, a name and an email that must arrive
EXPECTED = [
    ("contacts_21.vcf", "vCard", 2, "Zoë Ångström", "zoe@angstrom.example"),
    ("contacts_30.vcf", "vCard", 2, "Bjørn Ødegård", "bjorn@fjord.example"),
    ("contacts_40.vcf", "vCard", 2, "山田 太郎", "lukasz.nowak@example.pl"),
    ("contacts_latin1.csv", "CSV", 4, "François Müller", "zoe@angstrom.example"),
    ("google_contacts.csv", "Google Contacts", 2, "Ines Moreau", "ines@moreau.example"),
    ("google_legacy_utf16.csv", "Google Contacts", 2, "Łukasz Nowak", "lukasz.nowak@example.pl"),
    ("google_shift_jis.csv", "Google Contacts", 3, "鈴木 一郎", "taro.yamada@example.jp"),
    ("hubspot_contacts.csv", "HubSpot", 6, "Zoë Ångström", "zoe@angstrom.example"),
    ("hubspot_de.csv", "HubSpot", 2, "Jürgen Weiß", "j.weiss@weiss-bau.example"),
    ("notes_multiline.csv", "CSV", 4, "Grace Liu", "zoe@angstrom.example"),
    ("outlook.csv", "Outlook", 2, "Bjørn Ødegård", "zoe@angstrom.example"),
    ("outlook_de.csv", "Outlook", 2, "Jürgen Weiß", "j.weiss@mueller-soehne.example"),
    ("outlook_fr.csv", "Outlook", 1, "Hélène Lefèvre", "helene@creme-brulee.example"),
    ("outlook_unicode.txt", "Outlook", 2, "Łukasz Nowak", "lukasz.nowak@example.pl"),
    ("pipedrive_deals.csv", "Pipedrive", 4, "Ines Moreau", "bjorn@fjord.example"),
    ("pipedrive_leads.csv", "Pipedrive", 1, "Omar Haddad", "omar@haddad.example"),
    ("pipedrive_persons.csv", "Pipedrive", 2, "Dana Whitfield", "bjorn@fjord.example"),
    ("salesforce_leads.csv", "Salesforce", 4, "Dana Whitfield", "dana@whitfield.example"),
    ("thunderbird.csv", "Thunderbird", 3, "Omar Haddad", "bjorn@fjord.example"),
    ("zoho_contacts.csv", "Zoho CRM", 1, "Grace Liu", "grace@liu.example"),
    ("zoho_leads.csv", "Zoho CRM", 3, "Dana Whitfield", "dana@whitfield.example"),
]


def test_every_sample_file_is_covered() -> None:
    samples = {p.name for p in SAMPLES.iterdir() if p.suffix in {".csv", ".txt", ".vcf"}}
    assert samples - {"broken.vcf"} == {name for name, *_ in EXPECTED}


@pytest.mark.parametrize(("name", "origin", "rows", "person", "email"), EXPECTED)
def test_each_sample_imports_through_the_command_line(
    cli: Any, name: str, origin: str, rows: int, person: str, email: str
) -> None:
    result = cli("import", str(SAMPLES / name))
    assert result.code == 0, result.err
    assert f"Read {name}: {origin}, {rows} rows" in result.out
    assert "Imported:" in result.out
    leads = cli("lead", "list", "--format", "json").json()
    assert person in {lead["name"] for lead in leads}
    assert email in {lead["email"] for lead in leads}
    assert 0 < len(leads) <= rows


def test_a_broken_vcard_is_refused_naming_the_card_and_nothing_is_written(
    cli: Any, db_path: Path
) -> None:
    result = cli("import", str(SAMPLES / "broken.vcf"))
    assert result.code == 2
    assert "broken.vcf" in result.err and "card 2" in result.err
    assert not db_path.exists()
