"""Other CRMs' columns read as leads: recognising headers, stages, and each row as a draft."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from funnelplanner.domain.import_mapping import (
    ALIASES,
    STAGE_WORDS,
    VCARD_HEADERS,
    LeadField,
    Mapping,
    Table,
    compact,
    detect_origin,
    guess_mapping,
    header_key,
    map_rows,
    parse_date,
    stage_from_text,
)
from funnelplanner.domain.vocabulary import Stage
from tests.data.imports.make_imports import (
    GOOGLE_HEADERS,
    GOOGLE_LEGACY_HEADERS,
    OUTLOOK_HEADERS,
)

F = LeadField
FAST = settings(max_examples=60, deadline=None)


def named(headers: list[str], mapping: Mapping) -> dict[str, LeadField]:
    """A mapping by header text, for assertions a person can read."""
    return {headers[i]: field for i, field in mapping.items()}


def table(headers: list[str], *rows: list[str]) -> Table:
    return Table(list(headers), [list(r) for r in rows], "CSV", "utf-8", ",", [])


def one(headers: list[str], row: list[str], default: Stage = Stage.LEAD):
    [mapped] = map_rows(table(headers, row), guess_mapping(headers), default)
    return mapped


def local(*args: int) -> datetime:
    return datetime(*args).astimezone()


# ---- fields


def test_every_field_has_words_for_the_mapping_screen():
    assert {f: f.label for f in LeadField} == {
        F.NAME: "Name",
        F.FIRST_NAME: "First name",
        F.LAST_NAME: "Last name",
        F.COMPANY: "Company",
        F.EMAIL: "Email",
        F.PHONE: "Phone",
        F.WEBSITE: "Website",
        F.SOURCE: "Source",
        F.STAGE: "Stage",
        F.VALUE: "Value",
        F.NOTES: "Notes",
        F.CREATED: "Created date",
        F.CONTACT_COUNT: "Times contacted",
        F.LAST_CONTACT: "Last contacted",
        F.NEXT_FOLLOW_UP: "Next follow-up",
        F.CAMPAIGN: "Campaign",
    }


def test_every_field_can_be_recognised_from_some_header():
    assert {field for field, _rank in ALIASES.values()} == set(LeadField)


# ---- header sets people bring

HUBSPOT = [
    "Record ID",
    "First Name",
    "Last Name",
    "Email",
    "Phone Number",
    "Mobile Phone Number",
    "Company Name",
    "Website URL",
    "Lifecycle Stage",
    "Lead Status",
    "Original Source",
    "Create Date",
    "Number of times contacted",
    "Last Contacted",
    "Last Activity Date",
    "Associated Company",
    "Contact owner",
]
HUBSPOT_DE = [
    "Datensatz-ID",
    "Vorname",
    "Nachname",
    "E-Mail",
    "Telefonnummer",
    "Mobiltelefonnummer",
    "Firmenname",
    "Lebenszyklusphase",
    "Ursprüngliche Quelle",
    "Erstellungsdatum",
    "Anzahl der Kontaktaufnahmen",
    "Zuletzt kontaktiert",
]
PIPEDRIVE_PERSONS = [
    "Person - ID",
    "Person - Name",
    "Person - Label",
    "Person - Organization",
    "Person - Email - Work",
    "Person - Email - Home",
    "Person - Phone - Work",
    "Person - Phone - Mobile",
    "Person - Owner",
    "Person - Person created",
    "Person - Done activities",
    "Person - Last activity date",
]
PIPEDRIVE_DEALS = [
    "Deal - ID",
    "Deal - Title",
    "Deal - Value",
    "Deal - Currency",
    "Deal - Weighted value",
    "Deal - Organization",
    "Deal - Contact person",
    "Deal - Stage",
    "Deal - Status",
    "Deal - Deal created",
    "Deal - Done activities",
    "Deal - Last activity date",
    "Person - Name",
    "Person - Email",
    "Person - Phone",
    "Organization - Name",
]
PIPEDRIVE_LEADS = ["Lead - Title", "Lead - Value", "Lead - Source", "Lead - Lead created"]
SALESFORCE = [
    "Id",
    "FirstName",
    "LastName",
    "Company",
    "Title",
    "Email",
    "Phone",
    "MobilePhone",
    "Website",
    "LeadSource",
    "Status",
    "Description",
    "CreatedDate",
    "LastActivityDate",
    "IsConverted",
    "OwnerId",
    "Budget__c",
]
ZOHO_LEADS = [
    "Record Id",
    "Lead Owner.id",
    "Lead Owner",
    "Company",
    "First Name",
    "Last Name",
    "Email",
    "Phone",
    "Mobile",
    "Lead Source",
    "Lead Status",
    "Description",
    "Created Time",
    "Modified Time",
    "Last Activity Time",
]
ZOHO_CONTACTS = [
    "Record Id",
    "Contact Owner.id",
    "Contact Owner",
    "First Name",
    "Last Name",
    "Account Name.id",
    "Account Name",
    "Email",
    "Secondary Email",
    "Created Time",
]
OUTLOOK_DE = [
    "Anrede",
    "Vorname",
    "Weitere Vornamen",
    "Nachname",
    "Firma",
    "Position",
    "Fax geschäftlich",
    "Telefon geschäftlich",
    "Telefon privat",
    "Mobiltelefon",
    "E-Mail-Adresse",
    "E-Mail-Typ",
    "E-Mail: Angezeigter Name",
    "E-Mail 2: Adresse",
    "Kategorien",
    "Notizen",
    "Webseite",
]
OUTLOOK_FR = [
    "Titre",
    "Prénom",
    "Deuxième prénom",
    "Nom",
    "Société",
    "Fonction",
    "Télécopie (bureau)",
    "Tél. bureau",
    "Tél. domicile",
    "Tél. mobile",
    "Adresse de messagerie",
    "Type de messagerie",
    "Adresse de messagerie 2",
    "Notes",
    "Page Web",
]
THUNDERBIRD = [
    "First Name",
    "Last Name",
    "Display Name",
    "Nickname",
    "Primary Email",
    "Secondary Email",
    "Screen Name",
    "Work Phone",
    "Home Phone",
    "Fax Number",
    "Pager Number",
    "Mobile Number",
    "Job Title",
    "Organization",
    "Web Page 1",
    "Web Page 2",
    "Notes",
    "",
]

EXPECTED: list[tuple[str, list[str], dict[str, LeadField]]] = [
    (
        "HubSpot",
        HUBSPOT,
        {
            "First Name": F.FIRST_NAME,
            "Last Name": F.LAST_NAME,
            "Email": F.EMAIL,
            "Phone Number": F.PHONE,
            "Mobile Phone Number": F.PHONE,
            "Company Name": F.COMPANY,
            "Website URL": F.WEBSITE,
            "Lifecycle Stage": F.STAGE,  # Lead Status only when there is no lifecycle stage
            "Original Source": F.SOURCE,
            "Create Date": F.CREATED,
            "Number of times contacted": F.CONTACT_COUNT,
            "Last Contacted": F.LAST_CONTACT,  # beats the broader Last Activity Date
        },
    ),
    (
        "HubSpot",
        HUBSPOT_DE,
        {
            "Vorname": F.FIRST_NAME,
            "Nachname": F.LAST_NAME,
            "E-Mail": F.EMAIL,
            "Telefonnummer": F.PHONE,
            "Mobiltelefonnummer": F.PHONE,
            "Firmenname": F.COMPANY,
            "Lebenszyklusphase": F.STAGE,
            "Ursprüngliche Quelle": F.SOURCE,
            "Erstellungsdatum": F.CREATED,
            "Anzahl der Kontaktaufnahmen": F.CONTACT_COUNT,
            "Zuletzt kontaktiert": F.LAST_CONTACT,
        },
    ),
    (
        "Pipedrive",
        PIPEDRIVE_PERSONS,
        {
            "Person - Name": F.NAME,
            "Person - Organization": F.COMPANY,
            "Person - Email - Work": F.EMAIL,
            "Person - Email - Home": F.EMAIL,
            "Person - Phone - Work": F.PHONE,
            "Person - Phone - Mobile": F.PHONE,
            "Person - Person created": F.CREATED,
            "Person - Done activities": F.CONTACT_COUNT,
            "Person - Last activity date": F.LAST_CONTACT,
        },
    ),
    (
        "Pipedrive",
        PIPEDRIVE_DEALS,
        {
            "Deal - Value": F.VALUE,
            "Deal - Stage": F.STAGE,
            "Deal - Status": F.STAGE,
            "Deal - Deal created": F.CREATED,
            "Deal - Done activities": F.CONTACT_COUNT,
            "Deal - Last activity date": F.LAST_CONTACT,
            "Person - Name": F.NAME,  # the person, not the deal's title
            "Person - Email": F.EMAIL,
            "Person - Phone": F.PHONE,
            "Organization - Name": F.COMPANY,
        },
    ),
    (
        "Pipedrive",
        PIPEDRIVE_LEADS,
        {
            "Lead - Title": F.NAME,  # no person column: the title is all there is
            "Lead - Value": F.VALUE,
            "Lead - Source": F.SOURCE,
            "Lead - Lead created": F.CREATED,
        },
    ),
    (
        "Salesforce",
        SALESFORCE,
        {
            "FirstName": F.FIRST_NAME,
            "LastName": F.LAST_NAME,
            "Company": F.COMPANY,
            "Email": F.EMAIL,
            "Phone": F.PHONE,
            "MobilePhone": F.PHONE,
            "Website": F.WEBSITE,
            "LeadSource": F.SOURCE,
            "Status": F.STAGE,
            "Description": F.NOTES,
            "CreatedDate": F.CREATED,
            "LastActivityDate": F.LAST_CONTACT,
        },
    ),
    (
        "Zoho CRM",
        ZOHO_LEADS,
        {
            "Company": F.COMPANY,
            "First Name": F.FIRST_NAME,
            "Last Name": F.LAST_NAME,
            "Email": F.EMAIL,
            "Phone": F.PHONE,
            "Mobile": F.PHONE,
            "Lead Source": F.SOURCE,
            "Lead Status": F.STAGE,
            "Description": F.NOTES,
            "Created Time": F.CREATED,
            "Last Activity Time": F.LAST_CONTACT,
        },
    ),
    (
        "Zoho CRM",
        ZOHO_CONTACTS,
        {
            "First Name": F.FIRST_NAME,
            "Last Name": F.LAST_NAME,
            "Account Name": F.COMPANY,  # and never "Account Name.id"
            "Email": F.EMAIL,
            "Secondary Email": F.EMAIL,
            "Created Time": F.CREATED,
        },
    ),
    (
        "Google Contacts",
        GOOGLE_HEADERS,
        {
            "First Name": F.FIRST_NAME,
            "Last Name": F.LAST_NAME,
            "Organization Name": F.COMPANY,
            "Notes": F.NOTES,
            "E-mail 1 - Value": F.EMAIL,
            "E-mail 2 - Value": F.EMAIL,
            "Phone 1 - Value": F.PHONE,
            "Phone 2 - Value": F.PHONE,
            "Website 1 - Value": F.WEBSITE,
        },
    ),
    (
        "Google Contacts",
        GOOGLE_LEGACY_HEADERS,
        {
            "Name": F.NAME,
            "Given Name": F.FIRST_NAME,
            "Family Name": F.LAST_NAME,
            "Notes": F.NOTES,
            "E-mail 1 - Value": F.EMAIL,
            "E-mail 2 - Value": F.EMAIL,
            "Phone 1 - Value": F.PHONE,
            "Phone 2 - Value": F.PHONE,
            "Organization 1 - Name": F.COMPANY,
            "Website 1 - Value": F.WEBSITE,
        },
    ),
    (
        "Outlook",
        OUTLOOK_HEADERS,
        {
            "First Name": F.FIRST_NAME,
            "Last Name": F.LAST_NAME,
            "Company": F.COMPANY,
            "Business Phone": F.PHONE,
            "Business Phone 2": F.PHONE,
            "Car Phone": F.PHONE,
            "Company Main Phone": F.PHONE,
            "Home Phone": F.PHONE,
            "Home Phone 2": F.PHONE,
            "Mobile Phone": F.PHONE,
            "Other Phone": F.PHONE,
            "Primary Phone": F.PHONE,
            "E-mail Address": F.EMAIL,
            "E-mail 2 Address": F.EMAIL,
            "E-mail 3 Address": F.EMAIL,
            "Notes": F.NOTES,
            "Web Page": F.WEBSITE,
        },
    ),
    (
        "Outlook",
        OUTLOOK_DE,
        {
            "Vorname": F.FIRST_NAME,
            "Nachname": F.LAST_NAME,
            "Firma": F.COMPANY,
            "Telefon geschäftlich": F.PHONE,
            "Telefon privat": F.PHONE,
            "Mobiltelefon": F.PHONE,
            "E-Mail-Adresse": F.EMAIL,
            "E-Mail 2: Adresse": F.EMAIL,
            "Notizen": F.NOTES,
            "Webseite": F.WEBSITE,
        },
    ),
    (
        "Outlook",
        OUTLOOK_FR,
        {
            "Prénom": F.FIRST_NAME,
            "Nom": F.LAST_NAME,
            "Société": F.COMPANY,
            "Tél. bureau": F.PHONE,
            "Tél. domicile": F.PHONE,
            "Tél. mobile": F.PHONE,
            "Adresse de messagerie": F.EMAIL,
            "Adresse de messagerie 2": F.EMAIL,
            "Notes": F.NOTES,
            "Page Web": F.WEBSITE,
        },
    ),
    (
        "Thunderbird",
        THUNDERBIRD,
        {
            "First Name": F.FIRST_NAME,
            "Last Name": F.LAST_NAME,
            "Display Name": F.NAME,
            "Primary Email": F.EMAIL,
            "Secondary Email": F.EMAIL,
            "Work Phone": F.PHONE,
            "Home Phone": F.PHONE,
            "Mobile Number": F.PHONE,
            "Organization": F.COMPANY,
            "Web Page 1": F.WEBSITE,
            "Notes": F.NOTES,
        },
    ),
    (
        "vCard",
        list(VCARD_HEADERS),
        {
            "Full name": F.NAME,
            "First name": F.FIRST_NAME,
            "Last name": F.LAST_NAME,
            "Company": F.COMPANY,
            "Email": F.EMAIL,
            "Phone": F.PHONE,
            "Website": F.WEBSITE,
            "Notes": F.NOTES,
        },
    ),
]
IDS = [f"{origin}-{headers[1] or headers[0]}" for origin, headers, _ in EXPECTED]


@pytest.mark.parametrize(("origin", "headers", "expected"), EXPECTED, ids=IDS)
def test_guess_mapping_recognises_each_export(origin, headers, expected):
    assert named(headers, guess_mapping(headers)) == expected


@pytest.mark.parametrize(("origin", "headers", "expected"), EXPECTED, ids=IDS)
def test_detect_origin_names_the_exporter(origin, headers, expected):
    assert detect_origin(headers) == origin


def test_outlook_export_has_92_columns():
    assert len(OUTLOOK_HEADERS) == 92


@pytest.mark.parametrize(
    "header",
    [
        "Account Name.id",  # Zoho's lookup id
        "Lead Owner.id",
        "Record ID",
        "E-mail Type",  # Outlook: "SMTP" or "EX"
        "E-mail Display Name",
        "Phone 1 - Type",  # Google: the kind of the number, not the number
        "Phone 1 - Label",
        "E-mail 1 - Label",
        "Title",  # Outlook: Mr./Ms.
        "Job Title",
        "Business Fax",
        "Pager",
        "Assistant's Phone",
        "Deal - Weighted value",
        "Deal - Currency",
        "Email Domain",
        "Categories",
        "",
        "   ",
    ],
)
def test_columns_that_are_not_a_lead_field_map_to_nothing(header):
    assert guess_mapping([header]) == {}


def test_header_matching_ignores_case_accents_spacing_and_punctuation():
    headers = ["  FIRST_NAME ", "last-name", "E-MAIL ADDRESS", "societe", "Tel. Mobile"]
    assert list(guess_mapping(headers).values()) == [
        F.FIRST_NAME,
        F.LAST_NAME,
        F.EMAIL,
        F.COMPANY,
        F.PHONE,
    ]


def test_a_field_that_takes_one_column_takes_the_best_ranked_then_leftmost():
    headers = ["Associated Company", "Company Name", "Organization"]
    assert named(headers, guess_mapping(headers)) == {"Company Name": F.COMPANY}


def test_unknown_headers_are_plain_csv():
    assert guess_mapping(["Foo", "Bar"]) == {}
    assert detect_origin(["Foo", "Bar"]) == "CSV"
    assert detect_origin(["Name", "Email", "Phone"]) == "CSV"


def test_header_key_is_the_same_for_the_same_columns_in_any_order_or_spelling():
    assert header_key(["First Name", "E-mail", "Notes"]) == header_key(
        ["notes", "first_name", "EMAIL", ""]
    )
    assert header_key(["First Name", "Email"]) != header_key(["First Name", "Email", "Phone"])
    assert header_key(HUBSPOT) != header_key(HUBSPOT_DE)


# ---- stages

STAGE_CASES = [
    # HubSpot lifecycle stages, internal values and labels
    ("subscriber", Stage.PROSPECT),
    ("lead", Stage.LEAD),
    ("marketingqualifiedlead", Stage.MQL),
    ("Marketing Qualified Lead", Stage.MQL),
    ("salesqualifiedlead", Stage.SQL),
    ("Sales Qualified Lead", Stage.SQL),
    ("opportunity", Stage.SQL),
    ("customer", Stage.CUSTOMER),
    ("evangelist", Stage.PROMOTER),
    ("Kunde", Stage.CUSTOMER),
    # Salesforce lead Status
    ("Open - Not Contacted", Stage.LEAD),
    ("Working - Contacted", Stage.LEAD),
    ("Closed - Converted", Stage.SQL),
    ("Closed - Not Converted", Stage.LOST),
    # Zoho Lead Status
    ("Attempted to Contact", Stage.LEAD),
    ("Contact in Future", Stage.LEAD),
    ("Contacted", Stage.LEAD),
    ("Junk Lead", Stage.LOST),
    ("Lost Lead", Stage.LOST),
    ("Not Contacted", Stage.LEAD),
    ("Pre-Qualified", Stage.MQL),
    ("Not Qualified", Stage.LOST),
    # Pipedrive deal status and default stages
    ("won", Stage.CUSTOMER),
    ("lost", Stage.LOST),
    ("open", Stage.LEAD),
    ("Qualified", Stage.SQL),
    ("Contact Made", Stage.SQL),
    ("Demo Scheduled", Stage.SQL),
    ("Proposal Made", Stage.SQL),
    ("Negotiations Started", Stage.SQL),
    # ours
    ("prospect", Stage.PROSPECT),
    ("MQL", Stage.MQL),
    ("SQL", Stage.SQL),
    ("promoter", Stage.PROMOTER),
    ("Lost", Stage.LOST),
    # spelling does not matter
    ("  OPEN_NOT_CONTACTED ", Stage.LEAD),
    ("closed-not-converted", Stage.LOST),
    ("S.Q.L.", Stage.SQL),
]


@pytest.mark.parametrize(("text", "stage"), STAGE_CASES)
def test_stage_from_text_reads_other_crms_words(text, stage):
    assert stage_from_text(text) is stage


@pytest.mark.parametrize("text", ["", "   ", "foo", "Partner", "other", "12345", "won't"])
def test_stage_from_text_is_none_when_unknown(text):
    assert stage_from_text(text) is None


def test_our_own_words_are_never_taken_by_another_stage():
    for stage in Stage:
        for word in (stage.value, stage.label):
            assert STAGE_WORDS[compact(word)] is stage


@FAST
@given(st.text())
def test_stage_from_text_never_raises(text):
    result = stage_from_text(text)
    assert result is None or isinstance(result, Stage)


decoration = st.text(alphabet=" -_./,;:'\"()!\t", max_size=3)


@FAST
@given(
    st.sampled_from(list(Stage)),
    st.sampled_from(["value", "label", "name"]),
    decoration,
    decoration,
    st.lists(st.booleans(), min_size=12, max_size=12),
)
def test_our_stage_names_map_to_themselves_however_written(stage, form, before, after, upper):
    word = getattr(stage, form)
    cased = "".join(c.upper() if up else c.lower() for c, up in zip(word, upper, strict=False))
    assert stage_from_text(before + cased + after) is stage


# ---- rows

PEOPLE = ["Name", "First Name", "Last Name", "Company", "Email", "Stage"]


def test_name_comes_from_name_else_first_and_last_name():
    rows = map_rows(
        table(
            PEOPLE,
            ["Zoë Ångström", "Zoe", "Angstrom", "", "", ""],
            ["", " Bjørn ", " Ødegård ", "", "", ""],
            ["", "", "Nowak", "", "", ""],
            ["", "太郎", "山田", "", "", ""],
        ),
        guess_mapping(PEOPLE),
    )
    assert [r.draft.name for r in rows] == ["Zoë Ångström", "Bjørn Ødegård", "Nowak", "山田 太郎"]
    assert [r.problems for r in rows] == [[], [], [], []]
    assert [r.row_number for r in rows] == [1, 2, 3, 4]


def test_a_row_without_a_name_says_so():
    row = one(PEOPLE, ["", "", "", "Acme", "a@b.example", ""])
    assert row.draft.name == ""
    assert row.problems == ["Name is empty"]


def test_text_fields_are_trimmed_and_value_is_left_for_the_service():
    headers = ["Name", "Company", "Website", "Source", "Deal - Value"]
    row = one(headers, ["  Ann  ", " Acme ", " acme.example ", " Fair ", " 1.200,50 € "])
    assert (row.draft.company, row.draft.website, row.draft.source, row.draft.value) == (
        "Acme",
        "acme.example",
        "Fair",
        "1.200,50 €",
    )


def test_stage_from_the_file_else_the_default():
    assert one(PEOPLE, ["Ann", "", "", "", "", "customer"]).draft.stage is Stage.CUSTOMER
    empty = one(PEOPLE, ["Ann", "", "", "", "", ""], default=Stage.PROSPECT)
    assert empty.draft.stage is Stage.PROSPECT
    assert empty.problems == []


def test_an_unknown_stage_is_imported_as_the_default_and_said():
    row = one(PEOPLE, ["Ann", "", "", "", "", "Partner"], default=Stage.MQL)
    assert row.draft.stage is Stage.MQL
    assert row.problems == ["Stage 'Partner' is unknown; imported as MQL"]


def test_hubspots_other_stage_means_no_stage_without_a_problem():
    row = one(PEOPLE, ["Ann", "", "", "", "", "Other"])
    assert row.draft.stage is Stage.LEAD
    assert row.problems == []


@pytest.mark.parametrize(
    ("stage", "status", "expected"),
    [
        ("Proposal Made", "open", Stage.SQL),  # the furthest stage named
        ("Negotiations Started", "won", Stage.CUSTOMER),
        ("Proposal Made", "lost", Stage.LOST),  # a lost deal stays lost at any stage
        ("Our own stage", "open", Stage.LEAD),  # a renamed pipeline stage: the status decides
        ("Our own stage", "", Stage.PROSPECT),
    ],
)
def test_pipedrive_deal_stage_and_status_decide_together(stage, status, expected):
    headers = ["Person - Name", "Deal - Stage", "Deal - Status"]
    row = one(headers, ["Ann", stage, status], default=Stage.PROSPECT)
    assert row.draft.stage is expected
    assert row.problems == (
        ["Stage 'Our own stage' is unknown; imported as Prospect"] if not status else []
    )


def test_email_is_the_first_address_in_column_order():
    headers = ["Name", "Primary Email", "Secondary Email"]
    rows = map_rows(
        table(headers, ["A", "", "second@x.example"], ["B", "first@x.example", "second@x.example"]),
        guess_mapping(headers),
    )
    assert [r.draft.email for r in rows] == ["second@x.example", "first@x.example"]


def test_an_email_column_without_an_at_sign_gives_way():
    headers = ["First Name", "E-mail Address", "E-mail 2 Address"]
    exchange = "/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=bjorn"
    row = one(headers, ["Bjørn", exchange, "bjorn@fjord.example"])
    assert row.draft.email == "bjorn@fjord.example"
    # Alone, it is kept: validation then names the bad address.
    assert one(headers, ["Bjørn", exchange, ""]).draft.email == exchange


def test_google_cells_with_several_values_give_the_first():
    headers = ["Name", "E-mail 1 - Value", "Phone 1 - Value", "Website 1 - Value"]
    row = one(headers, ["A", " a@x.example ::: b@x.example", "::: +1 555 0100", "x.example :::"])
    assert (row.draft.email, row.draft.phone, row.draft.website) == (
        "a@x.example",
        "+1 555 0100",
        "x.example",
    )


def test_phone_prefers_mobile_then_work_then_other_then_home():
    headers = ["Name", "Home Phone", "Primary Phone", "Business Phone", "Mobile Phone"]
    assert one(headers, ["A", "1", "2", "3", "4"]).draft.phone == "4"
    assert one(headers, ["A", "1", "2", "3", ""]).draft.phone == "3"
    assert one(headers, ["A", "1", "2", "", ""]).draft.phone == "2"
    assert one(headers, ["A", "1", "", "", ""]).draft.phone == "1"
    assert one(headers, ["A", "", "", "", ""]).draft.phone == ""


def test_german_and_french_phone_headers_say_their_kind():
    de = ["Vorname", "Telefon privat", "Telefon geschäftlich", "Mobiltelefon"]
    assert one(de, ["A", "privat", "büro", "handy"]).draft.phone == "handy"
    assert one(de, ["A", "privat", "büro", ""]).draft.phone == "büro"
    fr = ["Prénom", "Tél. domicile", "Tél. bureau", "Tél. mobile"]
    assert one(fr, ["A", "domicile", "bureau", ""]).draft.phone == "bureau"


def test_google_phone_type_cells_tell_mobile_from_home_per_row():
    headers = ["Name", "Phone 1 - Type", "Phone 1 - Value", "Phone 2 - Label", "Phone 2 - Value"]
    assert one(headers, ["A", "Home", "home", "Mobile", "mobile"]).draft.phone == "mobile"
    assert one(headers, ["A", "* Mobile", "mobile", "Home", "home"]).draft.phone == "mobile"
    assert one(headers, ["A", "Work Fax", "fax", "Home", "home"]).draft.phone == "home"
    # Without a type the order of the columns decides.
    assert one(headers, ["A", "", "first", "", "second"]).draft.phone == "first"


def test_notes_join_every_notes_column_with_one_kind_of_line_break():
    headers = ["Name", "Description", "Notes"]
    row = one(headers, ["A", "Line one\r\nline two\rline three", " Second note "])
    assert row.draft.notes == "Line one\nline two\nline three\n\nSecond note"


def test_mapping_columns_beyond_the_table_are_ignored():
    [row] = map_rows(table(["Name"], ["Ann"]), {0: F.NAME, 7: F.EMAIL, -1: F.PHONE})
    assert (row.draft.name, row.draft.email, row.draft.phone) == ("Ann", "", "")


def test_counts():
    headers = ["Name", "Number of times contacted"]
    assert one(headers, ["A", " 7 "]).contact_count == 7
    assert one(headers, ["A", "3.0"]).contact_count == 3
    assert one(headers, ["A", ""]).contact_count is None
    for bad in ("x", "-1", "2.5", "1,000"):
        row = one(headers, ["A", bad])
        assert row.contact_count is None
        assert row.problems == [f"Times contacted '{bad}' is not a whole number"]


# ---- dates

UTC_PLUS_2 = timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-05", local(2024, 3, 5)),
        ("2024-03-05 14:22", local(2024, 3, 5, 14, 22)),
        ("2024-03-05 14:22:10", local(2024, 3, 5, 14, 22, 10)),
        ("2024-03-05T14:22:00.000Z", datetime(2024, 3, 5, 14, 22, tzinfo=UTC)),
        ("2024-03-05T14:22:00.000+0000", datetime(2024, 3, 5, 14, 22, tzinfo=UTC)),
        ("2024-03-05T14:22:00+02:00", datetime(2024, 3, 5, 14, 22, tzinfo=UTC_PLUS_2)),
        ("2024-3-5 2:22 PM", local(2024, 3, 5, 14, 22)),
        ("2024/03/05", local(2024, 3, 5)),
        ("03/05/2024", local(2024, 3, 5)),
        ("3/5/24 12:05 AM", local(2024, 3, 5, 0, 5)),
        ("05.03.2024", local(2024, 3, 5)),
        ("05.03.2024 14:22", local(2024, 3, 5, 14, 22)),
        ("Mar 5, 2024 02:22 PM", local(2024, 3, 5, 14, 22)),
        ("5 March 2024", local(2024, 3, 5)),
    ],
)
def test_dates_as_exports_write_them(text, expected):
    parsed = parse_date(text)
    assert parsed == expected
    assert parsed is not None and parsed.tzinfo is not None  # comparable with the clock


@pytest.mark.parametrize(
    "text",
    [
        "31/31/2020",
        "2024-02-30",
        "0001-01-01",
        "13:00",
        "yesterday",
        "25:00 01.01.2024",
        "Foo 5, 2024",
    ],
)
def test_what_is_not_a_date(text):
    assert parse_date(text) is None


def test_slashed_dates_are_month_first_unless_the_column_says_otherwise():
    headers = ["Name", "Create Date"]
    us = map_rows(table(headers, ["A", "03/05/2024"], ["B", "12/01/2024"]), guess_mapping(headers))
    assert [r.created for r in us] == [local(2024, 3, 5), local(2024, 12, 1)]
    uk = map_rows(table(headers, ["A", "03/05/2024"], ["B", "25/12/2024"]), guess_mapping(headers))
    assert [r.created for r in uk] == [local(2024, 5, 3), local(2024, 12, 25)]


def test_bad_dates_are_problems_naming_the_field():
    headers = ["Name", "Create Date", "Last Contacted"]
    row = one(headers, ["A", "31/31/2020", "soon"])
    assert (row.created, row.last_contact) == (None, None)
    assert row.problems == [
        "Created date '31/31/2020' is not a date",
        "Last contacted 'soon' is not a date",
    ]


def test_history_columns_are_read():
    headers = ["Name", "Create Date", "Number of times contacted", "Last Contacted"]
    row = one(headers, ["A", "2024-03-05 14:22", "3", "2024-04-02 09:15"])
    assert (row.created, row.contact_count, row.last_contact) == (
        local(2024, 3, 5, 14, 22),
        3,
        local(2024, 4, 2, 9, 15),
    )


# ---- whatever the cells hold

cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12) | st.sampled_from(
    ["", "Other", "won", "3", "03/05/2024", "31.12.2024", "a@b.example ::: c", "Mobile"]
)


@FAST
@given(
    st.lists(
        st.sampled_from([*HUBSPOT, *GOOGLE_HEADERS[:25], "Deal - Status"]), min_size=1, max_size=8
    ),
    st.data(),
)
def test_map_rows_never_raises_and_keeps_every_row(headers, data):
    rows = data.draw(
        st.lists(st.lists(cell, min_size=len(headers), max_size=len(headers)), max_size=4)
    )
    mapping = guess_mapping(headers)
    mapped = map_rows(table(headers, *rows), mapping)
    assert [m.row_number for m in mapped] == list(range(1, len(rows) + 1))
    for m in mapped:
        assert all(isinstance(p, str) and p for p in m.problems)
        for moment in (m.created, m.last_contact):
            assert moment is None or moment.tzinfo is not None
        assert m.contact_count is None or m.contact_count >= 0
