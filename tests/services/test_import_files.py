"""read_table: other CRMs' CSV exports and vCards, whatever their encoding, as plain tables."""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from funnelplanner.domain.import_mapping import (
    VCARD_HEADERS,
    MappedRow,
    Table,
    guess_mapping,
    map_rows,
)
from funnelplanner.domain.vocabulary import Stage
from funnelplanner.services import import_files
from funnelplanner.services.import_files import MAX_IMPORT_BYTES, ImportFileError, read_table

FIXTURES = Path(__file__).parent.parent / "data" / "imports"


def read(name: str) -> Table:
    return read_table(FIXTURES / name)


def mapped(table: Table) -> list[MappedRow]:
    return map_rows(table, guess_mapping(table.headers))


def column(rows: list[MappedRow], attribute: str) -> list[object]:
    return [getattr(row.draft, attribute) for row in rows]


def local(*args: int) -> datetime:
    return datetime(*args).astimezone()


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ---- one export per origin


def test_hubspot_contacts():
    table = read("hubspot_contacts.csv")
    assert (table.origin, table.encoding, table.delimiter) == ("HubSpot", "utf-8", ",")
    assert len(table.headers) == 15
    rows = mapped(table)
    assert column(rows, "name") == [
        "Zoë Ångström",
        "Łukasz Nowak",
        "Dana Whitfield",
        "Omar Haddad",
        "Grace Liu",
        "Ines Moreau",
    ]
    assert column(rows, "company")[:3] == [
        "Ångström Design AB",
        "Nowak & Syn, Sp. z o.o.",
        "Whitfield Bakery",
    ]
    # The mobile number wins over the main one.
    assert column(rows, "phone")[:3] == ["+46 70 555 12 34", "+48 601 234 567", "(415) 555-0134"]
    assert column(rows, "stage") == [
        Stage.MQL,
        Stage.CUSTOMER,
        Stage.SQL,
        Stage.PROSPECT,
        Stage.LEAD,  # "Partner": unknown
        Stage.LEAD,  # "Other": no stage
    ]
    assert column(rows, "source")[0] == "Organic Search"
    assert [r.created for r in rows][:2] == [local(2024, 3, 5, 14, 22), local(2023, 11, 20, 8, 5)]
    assert [r.contact_count for r in rows] == [3, 12, 0, None, None, 1]
    assert [r.last_contact for r in rows][:3] == [
        local(2024, 4, 2, 9, 15),
        local(2024, 5, 17, 16, 40),
        None,
    ]
    assert rows[4].problems == [
        "Stage 'Partner' is unknown; imported as Lead",
        "Created date '31/31/2020' is not a date",
        "Times contacted 'two' is not a whole number",
    ]
    assert [r.problems for r in rows if r.row_number != 5] == [[]] * 5


def test_hubspot_in_german():
    table = read("hubspot_de.csv")
    assert (table.origin, table.encoding, table.delimiter) == ("HubSpot", "utf-8", ",")
    assert table.headers[0] == "Datensatz-ID"  # the BOM is not part of the first header
    rows = mapped(table)
    assert column(rows, "name") == ["Jürgen Weiß", "Zoë Ångström"]
    assert column(rows, "stage") == [Stage.CUSTOMER, Stage.MQL]
    assert [r.created for r in rows] == [local(2024, 3, 5, 14, 22), local(2024, 2, 1)]
    assert [r.contact_count for r in rows] == [4, None]
    assert rows[0].last_contact == local(2024, 4, 12, 10, 0)


def test_pipedrive_persons():
    table = read("pipedrive_persons.csv")
    assert (table.origin, table.delimiter) == ("Pipedrive", ",")
    rows = mapped(table)
    assert column(rows, "name") == ["Bjørn Ødegård", "Dana Whitfield"]
    assert column(rows, "email") == ["bjorn@fjord.example", "dana.home@example.com"]
    assert column(rows, "phone") == ["+47 912 55 567", "(415) 555-0134"]
    assert column(rows, "company") == ["Fjord Consulting AS", "Whitfield Bakery"]
    assert [r.contact_count for r in rows] == [7, 0]
    assert [r.last_contact for r in rows] == [local(2024, 5, 2), None]
    assert rows[0].created == local(2024, 3, 5, 14, 22, 10)


def test_pipedrive_deals():
    rows = mapped(read("pipedrive_deals.csv"))
    assert column(rows, "name") == ["Bjørn Ødegård", "Dana Whitfield", "Grace Liu", "Ines Moreau"]
    assert column(rows, "stage") == [Stage.CUSTOMER, Stage.LOST, Stage.SQL, Stage.LEAD]
    assert column(rows, "value") == ["12500", "800", "4200.50", ""]
    assert column(rows, "company") == [
        "Fjord Consulting AS",
        "Whitfield Bakery",
        "Liu & Partners",
        "",
    ]
    assert [r.contact_count for r in rows] == [9, 3, 2, None]
    assert [r.problems for r in rows] == [[], [], [], []]


def test_pipedrive_leads():
    [row] = mapped(read("pipedrive_leads.csv"))
    assert (row.draft.name, row.draft.company, row.draft.value, row.draft.source) == (
        "Omar Haddad",
        "Haddad Imports",
        "1500",
        "Web forms",
    )
    assert row.created == local(2024, 6, 1, 7, 30)


def test_salesforce_leads():
    table = read("salesforce_leads.csv")
    assert (table.origin, table.encoding, table.delimiter) == ("Salesforce", "utf-8", ",")
    rows = mapped(table)
    assert column(rows, "name") == ["Dana Whitfield", "Omar Haddad", "Grace Liu", "Ines Moreau"]
    assert column(rows, "stage") == [Stage.LEAD, Stage.LEAD, Stage.SQL, Stage.LOST]
    assert column(rows, "phone")[0] == "(415) 555-0188"  # MobilePhone over Phone
    assert column(rows, "notes")[0] == "Asked about wholesale prices.\nWants a call back."
    assert column(rows, "source")[:2] == ["Web", "Trade Show"]
    assert [r.created for r in rows][:2] == [
        datetime(2024, 3, 5, 14, 22, tzinfo=UTC),
        datetime(2024, 4, 1, 8, 0, tzinfo=UTC),
    ]


def test_zoho_leads():
    table = read("zoho_leads.csv")
    assert table.origin == "Zoho CRM"
    assert "Lead Owner.id" not in [table.headers[i] for i in guess_mapping(table.headers)]
    rows = mapped(table)
    assert column(rows, "name") == ["Dana Whitfield", "Omar Haddad", "Spam"]
    assert column(rows, "stage") == [Stage.LEAD, Stage.MQL, Stage.LOST]
    assert column(rows, "notes")[0] == "Downloaded the price list"
    assert rows[0].created == local(2024, 3, 5, 14, 22, 10)
    assert rows[0].last_contact == local(2024, 3, 6, 9, 58)


def test_zoho_contacts_take_the_account_name_not_its_id():
    table = read("zoho_contacts.csv")
    assert table.origin == "Zoho CRM"
    [row] = mapped(table)
    assert row.draft.company == "Liu & Partners"
    assert row.created == local(2024, 3, 5, 14, 22)
    assert row.last_contact == local(2024, 4, 30, 9, 5)


def test_google_contacts():
    table = read("google_contacts.csv")
    assert (table.origin, table.encoding) == ("Google Contacts", "utf-8")
    rows = mapped(table)
    assert column(rows, "name") == ["Ines Moreau", "Grace Liu"]
    # Ines: Phone 1 is Home, Phone 2 Mobile. Grace: Phone 1 is a fax.
    assert column(rows, "phone") == ["+33 6 55 55 98 76", "+1 206-555-0199"]
    assert column(rows, "email") == ["ines@moreau.example", "grace.home@example.com"]
    assert column(rows, "website") == ["https://moreau.example", ""]


def test_google_legacy_export_in_utf16():
    table = read("google_legacy_utf16.csv")
    assert (table.origin, table.encoding, table.delimiter) == ("Google Contacts", "utf-16", ",")
    rows = mapped(table)
    assert column(rows, "name") == ["Łukasz Nowak", "Zoë Ångström"]
    assert column(rows, "company") == ["Nowak & Syn, Sp. z o.o.", "Ångström Design AB"]
    assert column(rows, "notes")[1] == "Prefers email.\nSpeaks Swedish and English."


def test_shift_jis_from_japanese_excel():
    table = read("google_shift_jis.csv")
    assert (table.origin, table.encoding) == ("Google Contacts", "shift_jis")
    rows = mapped(table)
    assert column(rows, "name") == ["山田 太郎", "佐藤 花子", "鈴木 一郎"]
    assert column(rows, "company")[0] == "㈱サンプル商事"
    assert column(rows, "notes")[0] == "展示会で名刺交換。見積もりを希望。"


def test_outlook_with_92_columns_in_windows_1252():
    table = read("outlook.csv")
    assert (table.origin, table.encoding, table.delimiter) == ("Outlook", "cp1252", ",")
    assert len(table.headers) == 92
    rows = mapped(table)
    assert column(rows, "name") == ["Zoë Ångström", "Bjørn Ødegård"]
    assert column(rows, "phone") == ["+46 70 555 12 34", "+47 22 55 12 34"]
    # Bjørn is an Exchange contact: the first "address" is an X.500 path.
    assert column(rows, "email") == ["zoe@angstrom.example", "bjorn@fjord.example"]
    assert column(rows, "notes")[0] == "Wants a quote for the spring campaign, “soon”."
    assert column(rows, "website") == ["angstrom.example", ""]


def test_outlook_unicode_text_is_utf16_and_tab_separated():
    table = read("outlook_unicode.txt")
    assert (table.origin, table.encoding, table.delimiter) == ("Outlook", "utf-16", "\t")
    assert len(table.headers) == 92
    rows = mapped(table)
    assert column(rows, "name") == ["Łukasz Nowak", "Zoë Ångström"]
    assert column(rows, "company")[0] == "Nowak & Syn, Sp. z o.o."
    assert column(rows, "phone") == ["+48 22 555 56 78", "+46 70 555 12 34"]


def test_outlook_in_german_is_semicolon_separated_windows_1252():
    table = read("outlook_de.csv")
    assert (table.origin, table.encoding, table.delimiter) == ("Outlook", "cp1252", ";")
    rows = mapped(table)
    assert column(rows, "name") == ["Jürgen Weiß", "Zoë Ångström"]
    assert column(rows, "company") == ["Müller & Söhne GmbH", "Ångström Design AB"]
    assert column(rows, "phone") == ["+49 221 555123", "+46 70 555 12 34"]
    assert column(rows, "notes")[0] == "„Wichtig“: Rückruf erbeten; Angebot über 5.000 €"


def test_outlook_in_french():
    table = read("outlook_fr.csv")
    assert (table.origin, table.encoding, table.delimiter) == ("Outlook", "utf-8", ";")
    [row] = mapped(table)
    assert (row.draft.name, row.draft.company, row.draft.phone, row.draft.email) == (
        "Hélène Lefèvre",
        "Crème & Brûlée SARL",
        "+33 6 55 55 34 56",
        "helene@creme-brulee.example",
    )


def test_thunderbird_with_its_trailing_commas():
    table = read("thunderbird.csv")
    assert table.origin == "Thunderbird"
    assert table.ragged_rows == []  # every line ends with the same extra comma
    rows = mapped(table)
    assert column(rows, "name") == [
        "Bjørn Ødegård",
        "newsletter-reply@example.org",
        "Omar Haddad",
    ]
    assert column(rows, "phone") == ["+47 22 55 12 34", "", "+1 312 555 0147"]
    assert column(rows, "website")[0] == "https://fjord.example"


def test_latin1_reads_as_its_western_family():
    table = read("contacts_latin1.csv")
    assert table.encoding in ("cp1252", "latin-1")
    rows = mapped(table)
    assert column(rows, "name") == [
        "Zoë Ångström",
        "Bjørn Ødegård",
        "Hélène Lefèvre",
        "François Müller",
    ]
    assert column(rows, "company")[3] == "Château Öl GmbH"


def test_quoted_line_breaks_tabs_quotes_blank_and_ragged_rows():
    table = read("notes_multiline.csv")
    assert (table.origin, table.delimiter) == ("CSV", ",")
    assert table.rows == [
        [
            "Zoë Ångström",
            "zoe@angstrom.example",
            "+46 70 555 12 34",
            "First line\r\nsecond line, with a comma; and a semicolon\n"
            'third line with a tab:\there and "quotes"',
        ],
        ["Dana Whitfield", "dana@whitfield.example", "", ""],
        ["Omar Haddad", "omar@haddad.example", "+1 312 555 0147", "Note"],
        ["Grace Liu", "grace@liu.example", "", ""],
    ]
    # Dana has too few fields, Omar one too many; Grace's extra field is empty.
    assert table.ragged_rows == [2, 3]


# ---- encodings

PEOPLE = (
    "Name;Company;Notes\r\nZoë Ångström;Ångström Design AB;Møte\r\nBjørn Ødegård;Fjord;Größe\r\n"
)


@pytest.mark.parametrize(
    ("codec", "bom", "family"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
        ("utf-16-le", b"", "utf-16"),  # no BOM: told by the zero bytes
        ("utf-16-be", b"", "utf-16"),
        ("cp1252", b"", "cp1252"),
        ("latin-1", b"", "cp1252"),  # the same bytes for these names
    ],
)
def test_each_encoding_reads_the_same_names(tmp_path, codec, bom, family):
    path = write(tmp_path, "people.csv", bom + PEOPLE.encode(codec))
    table = read_table(path)
    assert table.encoding == family
    assert table.headers == ["Name", "Company", "Notes"]
    assert [row[0] for row in table.rows] == ["Zoë Ångström", "Bjørn Ødegård"]
    assert table.rows[1][2] == "Größe"


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16"])
def test_names_outside_windows_1252_survive_unicode_encodings(tmp_path, codec):
    path = write(tmp_path, "p.csv", "Name,Email\nŁukasz Żółkiewski,l@x.example\n".encode(codec))
    assert read_table(path).rows == [["Łukasz Żółkiewski", "l@x.example"]]


# ---- delimiters


@pytest.mark.parametrize(
    ("text", "delimiter", "rows"),
    [
        (
            'Name;Notes\nAnn;"a, b, c, d"\nBob;"e, f"\n',
            ";",
            [["Ann", "a, b, c, d"], ["Bob", "e, f"]],
        ),
        ("Name;Notes\nAnn;a, b, c, d\nBob;e, f\n", ";", [["Ann", "a, b, c, d"], ["Bob", "e, f"]]),
        ('Name,Notes\nAnn,"x; y; z"\nBob,"1;2"\n', ",", [["Ann", "x; y; z"], ["Bob", "1;2"]]),
        ("Name\tNotes\nAnn\ta, b; c\n", "\t", [["Ann", "a, b; c"]]),
        # csv.Sniffer says comma here; the header says semicolon.
        (
            'Name;Notes\nAnn;call back,"urgent",thanks\n',
            ";",
            [["Ann", 'call back,"urgent",thanks']],
        ),
        ("sep=;\nName;Notes\nAnn;a,b\n", ";", [["Ann", "a,b"]]),
        ("Name\nAnn, Smith\nBob\n", ",", [["Ann"], ["Bob"]]),
        ("\n\nName,Email\nAnn,a@x.example\n", ",", [["Ann", "a@x.example"]]),
    ],
    ids=[
        "semicolon-quoted",
        "semicolon-bare",
        "comma",
        "tab",
        "sniffer-fooled",
        "sep-line",
        "one-column",
        "blank-first",
    ],
)
def test_delimiter_is_found(tmp_path, text, delimiter, rows):
    table = read_table(write(tmp_path, "d.csv", text.encode()))
    assert table.delimiter == delimiter
    if rows == [["Ann"], ["Bob"]]:  # one column: the comma in "Ann, Smith" splits a surplus
        assert table.rows == rows and table.ragged_rows == [1]
    else:
        assert table.rows == rows


# ---- vCards


def test_vcard_21():
    table = read("contacts_21.vcf")
    assert (table.origin, table.encoding, table.delimiter) == ("vCard", "utf-8", "")
    assert table.headers == list(VCARD_HEADERS)
    zoe, dana = table.rows
    assert zoe == [
        "Zoë Ångström",
        "Zoë",
        "Ångström",
        "Ångström Design AB",
        "zoe@angstrom.example",  # EMAIL;PREF over the first one
        "+46 70 555 12 34",  # CELL over HOME and a WORK fax
        "https://angstrom.example",
        # quoted-printable with a soft line break; CRLF as one line break
        "Mötte på mässan, vill ha offert\nRing tillbaka i maj; ta med prover",
    ]
    assert dana == [
        "Dana Whitfield",
        "Dana",
        "Whitfield",
        "Whitfield Bakery, Inc.",  # a comma in 2.1 is just a comma
        "dana@whitfield.example",  # item1.EMAIL: a grouped property
        "(415) 555-0134",
        "",
        "Prefers calls after 3pm, never on Mondays. The exporter folded this long line.",
    ]
    assert not any("/9j/" in cell or "Kunder" in cell for row in table.rows for cell in row)


def test_vcard_30():
    table = read("contacts_30.vcf")
    bjorn, grace = table.rows
    assert bjorn == [
        "Bjørn Ødegård",
        "Bjørn",
        "Ødegård",
        "Fjord Consulting AS",
        "bjorn@fjord.example",  # item1.EMAIL;type=pref
        "+47 912 55 567",
        "https://fjord.example",
        "Met at the Nordic SaaS Summit, wants a proposal by Q3.\nBudget approved.",
    ]
    assert grace[:6] == [
        "Grace Liu",
        "Grace",
        "Liu",
        "Liu & Partners",
        "grace@liu.example",
        "+1 206-555-0199",
    ]


def test_vcard_40():
    table = read("contacts_40.vcf")
    lukasz, taro = table.rows
    assert lukasz == [
        "Łukasz Nowak",
        "Łukasz",
        "Nowak",
        "Nowak & Syn, Sp. z o.o.",
        "lukasz.nowak@example.pl",  # PREF=1
        "+48-601-234-567",  # TYPE="voice,cell", without its tel: scheme
        "https://nowak.example.pl",
        "Decyzja w październiku",
    ]
    rows = mapped(table)
    assert column(rows, "name") == ["Łukasz Nowak", "山田 太郎"]
    assert taro[5] == "03-5555-6789"


def test_vcard_without_fn_takes_the_name_from_n(tmp_path):
    text = "BEGIN:VCARD\nVERSION:2.1\nN:Haddad;Omar\nEMAIL:omar@haddad.example\nEND:VCARD\n"
    [row] = mapped(read_table(write(tmp_path, "n.vcf", text.encode())))
    assert (row.draft.name, row.draft.email, row.problems) == (
        "Omar Haddad",
        "omar@haddad.example",
        [],
    )


def test_unindented_photo_data_in_a_21_card_is_skipped(tmp_path):
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ann\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n"
        "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDAoKCwsLDhIODg0NDh0V\r\n"
        "FhEYIx8lJCIfIiEmKzcvJik0KSEiMEExNDk7Pj4+JS5ESUM8SDc9Pjv/2wBDAQoLCw4NDhwQ==\r\n"
        "\r\nEMAIL:ann@example.com\r\nEND:VCARD\r\n"
    )
    [row] = read_table(write(tmp_path, "photo.vcf", text.encode())).rows
    assert (row[0], row[4]) == ("Ann", "ann@example.com")


def test_empty_cards_and_text_between_cards_are_skipped(tmp_path):
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n"
        "some text between cards\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nEND:VCARD\n"
    )
    table = read_table(write(tmp_path, "e.vcf", text.encode()))
    assert [row[0] for row in table.rows] == ["Ann"]


def test_a_malformed_card_stops_the_file_naming_the_card(tmp_path):
    with pytest.raises(ImportFileError) as raised:
        read("broken.vcf")
    message = str(raised.value)
    assert "broken.vcf" in message
    assert "card 2" in message
    assert "line 9" in message


def test_a_card_cut_short_is_refused(tmp_path):
    text = "BEGIN:VCARD\nFN:Ann\nEND:VCARD\nBEGIN:VCARD\nFN:Bob\n"
    with pytest.raises(ImportFileError, match=r"cut\.vcf: card 2 has no END:VCARD"):
        read_table(write(tmp_path, "cut.vcf", text.encode()))


def test_an_end_without_a_begin_is_refused(tmp_path):
    text = "BEGIN:VCARD\nFN:Ann\nEND:VCARD\nFN:Bob\nEND:VCARD\n"
    with pytest.raises(ImportFileError, match="never begun"):
        read_table(write(tmp_path, "end.vcf", text.encode()))


def test_vcard_or_csv_is_decided_by_the_content(tmp_path):
    vcard = (FIXTURES / "contacts_30.vcf").read_bytes()
    assert read_table(write(tmp_path, "contacts.csv", vcard)).origin == "vCard"
    csv_text = b"Name,Email\nAnn,ann@example.com\n"
    assert read_table(write(tmp_path, "contacts.vcf", csv_text)).origin == "CSV"


def test_vcard_in_utf16_and_windows_1252(tmp_path):
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ångström\r\nORG:Müller\r\nEND:VCARD\r\n"
    utf16 = read_table(write(tmp_path, "a.vcf", codecs.BOM_UTF16_LE + text.encode("utf-16-le")))
    assert utf16.rows[0][0] == "Zoë Ångström"
    ansi = read_table(write(tmp_path, "b.vcf", (text * 3).encode("cp1252")))
    assert ansi.rows[0][:4] == ["Zoë Ångström", "", "", "Müller"]


# ---- files that cannot be read


def refused(path: Path, *words: str) -> str:
    with pytest.raises(ImportFileError) as raised:
        read_table(path)
    message = str(raised.value)
    assert path.name in message
    for word in words:
        assert word in message
    return message


def test_a_missing_file(tmp_path):
    refused(tmp_path / "nothing.csv", "does not exist")


def test_a_folder(tmp_path):
    folder = tmp_path / "exports.csv"
    folder.mkdir()
    refused(folder, "is a folder")


@pytest.mark.parametrize(
    "data",
    [b"", b"\n\r\n  \n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, b",,,\n,,,\n", b"\x1a"],
    ids=["zero-bytes", "blank-lines", "utf8-bom", "utf16-bom", "empty-fields", "dos-eof"],
)
def test_an_empty_file(tmp_path, data):
    refused(write(tmp_path, "empty.csv", data), "is empty")


def test_headers_without_rows(tmp_path):
    refused(write(tmp_path, "headers.csv", b"Name,Email\r\n\r\n"), "no rows")


def test_a_file_bigger_than_the_limit(tmp_path, monkeypatch):
    assert MAX_IMPORT_BYTES == 200 * 1024 * 1024
    monkeypatch.setattr(import_files, "MAX_IMPORT_BYTES", 1024)
    path = write(tmp_path, "huge.csv", b"Name\n" + b"Ann\n" * 1000)
    refused(path, "too big")


def test_images_archives_and_other_binaries(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    refused(write(tmp_path, "photo.csv", png), "not a CSV or vCard file", "PNG")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    refused(write(tmp_path, "leads.xlsx", buffer.getvalue()), "not a CSV or vCard file", "Excel")
    refused(write(tmp_path, "noise.csv", bytes(range(256)) * 8), "not a CSV or vCard file")
    controls = bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 50
    refused(write(tmp_path, "controls.csv", controls), "not a CSV or vCard file")


def test_broken_utf16(tmp_path):
    # A BOM and then an odd number of bytes: no UTF-16 text ends like that.
    data = codecs.BOM_UTF16_LE + "Name\nAnn\n".encode("utf-16-le") + b"A"
    refused(write(tmp_path, "cut.csv", data), "could not be decoded")


def test_a_quote_that_never_closes(tmp_path):
    text = b'Name,Notes\nAnn,"fine"\nBob,"this note never ends\nCy,x\nDee,y\n'
    refused(write(tmp_path, "open.csv", text), "line 3", "never ends")
    refused(write(tmp_path, "sep.csv", b"sep=,\n" + text), "line 4", "never ends")


def test_a_field_too_long_for_the_csv_reader(tmp_path):
    text = b'Name,Notes\nAnn,"' + b"x" * 200_000 + b'"\n'
    refused(write(tmp_path, "long.csv", text), "could not be read as CSV")


FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FAST
@given(st.binary(max_size=300))
def test_any_bytes_give_a_table_or_an_import_file_error(tmp_path, data):
    path = write(tmp_path, "any.csv", data)
    try:
        table = read_table(path)
    except ImportFileError as exc:
        assert "any.csv" in str(exc)
        return
    assert all(len(row) == len(table.headers) for row in table.rows)


# ---- CSV round trips

# Header words as exports write them: letters, digits, spaces and a few signs.
header_text = (
    st.text(
        alphabet=st.sampled_from(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -_./()"
        ),
        min_size=1,
        max_size=12,
    )
    .map(str.strip)
    .filter(bool)
)
SPECIAL = [",", ";", "\t", '"', "\n", "\r\n", " ", "''"]
UNICODE = "AaZzéèüöäßøåÅØÆçñ€“”–0123456789 @.+-ŁłŻżЖж山田太郎😀\u00a0"
ENCODINGS = {
    # name: (codec, BOM, alphabet, reported family)
    "utf-8": ("utf-8", b"", UNICODE, "utf-8"),
    "utf-8-sig": ("utf-8", codecs.BOM_UTF8, UNICODE, "utf-8"),
    "utf-16-le": ("utf-16-le", codecs.BOM_UTF16_LE, UNICODE, "utf-16"),
    "utf-16-be": ("utf-16-be", codecs.BOM_UTF16_BE, UNICODE, "utf-16"),
}
# Windows-1252, Latin-1 and Shift_JIS are not here: on a few random characters no detector
# can tell them from their neighbours (is b"\xe9" é, é or й?). The fixtures and
# test_each_encoding_reads_the_same_names cover them with real names.


@st.composite
def csv_files(draw):
    name = draw(st.sampled_from(sorted(ENCODINGS)))
    codec, bom, alphabet, family = ENCODINGS[name]
    cell = st.lists(st.sampled_from(list(alphabet)) | st.sampled_from(SPECIAL), max_size=8).map(
        "".join
    )
    headers = draw(st.lists(header_text, min_size=2, max_size=5, unique_by=str.casefold))
    rows = draw(
        st.lists(
            st.lists(cell, min_size=len(headers), max_size=len(headers)).filter(
                lambda cells: any(c.strip() for c in cells)
            ),
            min_size=1,
            max_size=5,
        )
    )
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows([headers, *rows])
    return bom + out.getvalue().encode(codec), headers, rows, delimiter, family


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(csv_files())
def test_csv_round_trip(tmp_path, written):
    data, headers, rows, delimiter, family = written
    table = read_table(write(tmp_path, "round.csv", data))
    assert table.headers == headers
    assert table.rows == rows
    assert table.delimiter == delimiter
    assert table.ragged_rows == []
    assert table.encoding == family
