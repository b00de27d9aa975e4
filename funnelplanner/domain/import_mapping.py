"""Other CRMs' columns read as leads: which column is which field, and each row as a draft.

Pure: it sees headers and cells, never a file (services/import_files.py reads those).
Headers are matched by a compact form (case, accents, spaces and punctuation dropped) against
alias tables for the exports people actually bring: HubSpot, Pipedrive, Salesforce, Zoho,
Google Contacts, Outlook (English, German, French), Thunderbird and vCards. Nothing here
refuses a row: a row's doubts become problems that name the field, and the import service
validates the draft like any typed lead.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from funnelplanner.domain.csv_cells import LEAD_COLUMNS, restore_cell
from funnelplanner.domain.lead_fields import DuplicateChoice as DuplicateChoice  # re-exported
from funnelplanner.domain.lead_fields import LeadField as LeadField  # re-exported
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, message, term
from funnelplanner.domain.models import LeadDraft
from funnelplanner.domain.vocabulary import FUNNEL_ORDER, Stage


@dataclass(frozen=True)
class Table:
    """What a file holds, before mapping: every row has exactly ``len(headers)`` cells."""

    headers: list[str]
    rows: list[list[str]]
    origin: str  # "HubSpot", "Pipedrive", …, "vCard", or "CSV" when nobody's export is known
    encoding: str  # "utf-8", "utf-16", "cp1252", "shift_jis", …
    delimiter: str  # "," ";" "\t"; "" for vCard
    # 1-based data row numbers (as in ``rows``) that had fewer or more fields than the header.
    ragged_rows: list[int] = field(default_factory=list)


Mapping = dict[int, LeadField]  # column index -> field

# A vCard file is presented as this table so the same mapping flow applies.
VCARD_HEADERS: tuple[str, ...] = (
    "Full name",
    "First name",
    "Last name",
    "Company",
    "Email",
    "Phone",
    "Website",
    "Notes",
)

_VCARD_FIELDS = (
    LeadField.NAME,
    LeadField.FIRST_NAME,
    LeadField.LAST_NAME,
    LeadField.COMPANY,
    LeadField.EMAIL,
    LeadField.PHONE,
    LeadField.WEBSITE,
    LeadField.NOTES,
)

ORIGIN_CSV = "CSV"
ORIGIN_VCARD = "vCard"
ORIGIN_FUNNEL_PLANNER = "Funnel Planner"


def compact(text: str) -> str:
    """Case-, accent-, space- and punctuation-free form of a header or a word.

    "E-mail Address", "Email address" and "EmailAddress" meet as "emailaddress"; "Société"
    as "societe". Letters of every script survive, so "電子メール アドレス" still matches.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


# ---- recognising columns

# Field, rank, aliases. For a field that takes one column the best (lowest) rank wins, then
# the leftmost column; so a HubSpot "Company Name" beats its "Associated Company", and in a
# Pipedrive deal export "Person - Name" beats "Deal - Title". Aliases are written as the
# exports spell them and compacted when the table is built.
_ALIASES: tuple[tuple[LeadField, int, tuple[str, ...]], ...] = (
    (
        LeadField.NAME,
        0,
        (
            "Name",
            "Full Name",
            "Display Name",  # Thunderbird
            "Contact Name",
            "Person - Name",  # Pipedrive
            "Nom complet",
            "Anzeigename",  # Thunderbird, German
            "名前",
            "氏名",
            "表示名",
        ),
    ),
    (LeadField.NAME, 1, ("Deal - Contact person",)),
    # A Pipedrive lead or deal title ("Acme website lead") only when no person is named.
    (LeadField.NAME, 2, ("Lead - Title", "Deal - Title")),
    (
        LeadField.FIRST_NAME,
        0,
        (
            "First Name",  # HubSpot, Zoho, Google, Outlook, Thunderbird; FirstName: Salesforce
            "Given Name",  # Google (legacy)
            "First",
            "Person - First name",
            "Vorname",
            "Prénom",
            "名",
        ),
    ),
    (
        LeadField.LAST_NAME,
        0,
        (
            "Last Name",
            "Family Name",
            "Surname",
            "Last",
            "Person - Last name",
            "Nachname",
            "Nom",  # French Outlook: "Nom" is the family name
            "Nom de famille",
            "姓",
        ),
    ),
    (
        LeadField.COMPANY,
        0,
        (
            "Company",
            "Company Name",
            "Organization",
            "Organisation",
            "Organization Name",  # Google (current); "Organization - Name": Pipedrive
            "Organisation - Name",
            "Person - Organization",
            "Person - Organisation",
            "Account Name",  # Zoho and Salesforce lookups
            "Company / Account",  # Salesforce report export
            "Firma",
            "Firmenname",
            "Unternehmen",
            "Société",
            "Entreprise",
            "会社名",
            "会社",
        ),
    ),
    (
        LeadField.COMPANY,
        1,
        ("Associated Company", "Primary Company", "Deal - Organization", "Lead - Organization"),
    ),
    (
        LeadField.EMAIL,
        0,
        (
            "Email",
            "E-mail",
            "Email Address",  # Outlook writes "E-mail Address"
            "E-mail 2 Address",
            "E-mail 3 Address",
            "Primary Email",  # Thunderbird
            "Secondary Email",  # Thunderbird, Zoho
            "Work Email",
            "Home Email",
            "Other Email",
            "Person - Email",
            "Person - Email - Work",
            "Person - Email - Home",
            "Person - Email - Other",
            "E-Mail-Adresse",  # Outlook, German
            "E-Mail 2: Adresse",
            "E-Mail 3: Adresse",
            "Primäre E-Mail-Adresse",  # Thunderbird, German
            "Sekundäre E-Mail-Adresse",
            "Adresse de messagerie",  # Outlook, French
            "Adresse de messagerie 2",
            "Adresse de messagerie 3",
            "Courriel",
            "電子メール アドレス",
            "電子メール 2 アドレス",
            "メールアドレス",
        ),
    ),
    (
        LeadField.PHONE,
        0,
        (
            "Phone",
            "Phone Number",  # HubSpot
            "Mobile Phone Number",
            "Telephone",
            "Tel",
            "Mobile",  # Zoho; MobilePhone: Salesforce
            "Mobile Phone",  # Outlook
            "Mobile Number",  # Thunderbird
            "Business Phone",
            "Business Phone 2",
            "Company Main Phone",
            "Primary Phone",
            "Home Phone",
            "Home Phone 2",
            "Other Phone",
            "Car Phone",
            "Work Phone",
            "Person - Phone",
            "Person - Phone - Work",
            "Person - Phone - Home",
            "Person - Phone - Mobile",
            "Person - Phone - Other",
            "Telefon",
            "Telefonnummer",  # HubSpot, German
            "Mobiltelefonnummer",
            "Mobiltelefon",  # Outlook, German
            "Mobiltelefon 2",
            "Handy",
            "Telefon geschäftlich",
            "Telefon geschäftlich 2",
            "Telefon privat",
            "Telefon privat 2",
            "Haupttelefon",
            "Tel. dienstlich",  # Thunderbird, German
            "Tel. privat",
            "Mobil-Tel.-Nr.",
            "Tél. mobile",  # Outlook, French
            "Tél. bureau",
            "Tél. bureau 2",
            "Tél. domicile",
            "Tél. domicile 2",
            "Téléphone",
            "Téléphone mobile",
            "Téléphone (bureau)",
            "Téléphone (domicile)",
            "Téléphone principal",
            "電話番号",
            "電話",
            "携帯電話",
            "会社電話",
            "勤務先電話",
            "自宅電話",
        ),
    ),
    (
        LeadField.WEBSITE,
        0,
        (
            "Website",
            "Website URL",  # HubSpot
            "Web Site",
            "Web Page",  # Outlook
            "Web Page 1",  # Thunderbird
            "Web",
            "URL",
            "Homepage",
            "Webseite",
            "Page Web",
            "Site Web",
            "Organization - Website",
            "Web ページ",
        ),
    ),
    (LeadField.WEBSITE, 1, ("Web Page 2",)),
    (
        LeadField.SOURCE,
        0,
        (
            "Source",
            "Lead Source",  # Zoho, Pipedrive "Lead - Source"; LeadSource: Salesforce
            "Original Source",  # HubSpot
            "Lead - Source",
            "Ursprüngliche Quelle",
            "Quelle",
            "Lead-Quelle",
            "Origine",
        ),
    ),
    (
        LeadField.STAGE,
        0,
        (
            "Stage",
            "Lifecycle Stage",  # HubSpot
            "Lebenszyklusphase",
            "Phase du cycle de vie",
            # Pipedrive deals: both map; a won or lost status decides, else the stage.
            "Deal - Status",
            "Deal - Stage",
        ),
    ),
    (LeadField.STAGE, 1, ("Lead Status", "Status", "Lead-Status", "Statut du lead")),
    (
        LeadField.VALUE,
        0,
        ("Value", "Deal Value", "Lead - Value", "Deal - Value", "Amount", "Wert", "Betrag"),
    ),
    (LeadField.VALUE, 1, ("Recent Deal Amount",)),
    (
        LeadField.NOTES,
        0,
        (
            "Notes",
            "Note",
            "Description",  # Salesforce, Zoho
            "Comments",
            "Comment",
            "Notizen",
            "Notiz",
            "Beschreibung",
            "Remarques",
            "メモ",
        ),
    ),
    (
        LeadField.CREATED,
        0,
        (
            "Create Date",  # HubSpot
            "Created Date",  # CreatedDate: Salesforce
            "Created Time",  # Zoho
            "Created",
            "Created At",
            "Created On",
            "Date Added",
            "Date Created",
            "Person - Person created",  # Pipedrive
            "Person - Add time",
            "Erstellungsdatum",
            "Erstelldatum",
            "Date de création",
        ),
    ),
    (
        LeadField.CREATED,
        1,
        ("Lead - Lead created", "Deal - Deal created", "Lead - Add time", "Deal - Add time"),
    ),
    (
        LeadField.CONTACT_COUNT,
        0,
        (
            "Number of times contacted",  # HubSpot
            "Person - Done activities",  # Pipedrive
            "Done activities",
            "Times contacted",
            "Contact count",
            "Anzahl der Kontaktaufnahmen",
        ),
    ),
    (
        LeadField.CONTACT_COUNT,
        1,
        ("Deal - Done activities", "Number of Sales Activities"),
    ),
    (
        LeadField.LAST_CONTACT,
        0,
        (
            "Last Contacted",  # HubSpot
            "Person - Last activity date",  # Pipedrive
            "Last Activity Time",  # Zoho
            "Last Contact",
            "Last contacted date",
            "Zuletzt kontaktiert",
        ),
    ),
    (
        LeadField.LAST_CONTACT,
        1,
        (
            "Last Activity Date",  # HubSpot (any activity), LastActivityDate: Salesforce
            "Last Activity",
            "Deal - Last activity date",
            "Letzte Aktivität",
        ),
    ),
    (
        LeadField.NEXT_FOLLOW_UP,
        0,
        (
            "Next follow-up",  # Funnel Planner
            "Next follow up",
            "Follow-up date",
            "Follow up date",
            "Next activity date",
            "Person - Next activity date",  # Pipedrive
            "Nächste Nachverfolgung",
        ),
    ),
    (LeadField.CAMPAIGN, 0, ("Campaign", "Campaign name", "Kampagne", "Campagne")),
)


def _alias_table() -> dict[str, tuple[LeadField, int]]:
    table: dict[str, tuple[LeadField, int]] = {}
    for lead_field, rank, aliases in _ALIASES:
        for alias in aliases:
            key = compact(alias)
            if key in table and table[key] != (lead_field, rank):
                raise AssertionError(f"alias {alias!r} is given twice")
            table[key] = (lead_field, rank)
    for header, lead_field in zip(VCARD_HEADERS, _VCARD_FIELDS, strict=True):
        table.setdefault(compact(header), (lead_field, 0))
    return table


ALIASES: dict[str, tuple[LeadField, int]] = _alias_table()

# Google Contacts numbers its repeated columns: "E-mail 1 - Value", "Phone 2 - Value",
# "Organization 1 - Name", "Website 1 - Value". Their "- Type"/"- Label" partners map to
# nothing; map_rows reads them to tell a mobile number from a home one.
_NUMBERED = re.compile(r"^(email|phone|website|organization)(\d+)(value|name)$")
_NUMBERED_FIELDS = {
    "email": LeadField.EMAIL,
    "phone": LeadField.PHONE,
    "website": LeadField.WEBSITE,
    "organization": LeadField.COMPANY,
}
# Fields that take every matching column; the others take one.
_MANY = frozenset({LeadField.EMAIL, LeadField.PHONE, LeadField.NOTES})


def field_of(header: str) -> tuple[LeadField, int] | None:
    """The field and rank a header is recognised as, or None."""
    # Zoho exports a lookup as two columns: "Account Name" and the record id in
    # "Account Name.id". The id is never a lead's field.
    if header.strip().casefold().endswith(".id"):
        return None
    key = compact(header)
    if not key:
        return None
    if key in ALIASES:
        return ALIASES[key]
    numbered = _NUMBERED.match(key)
    if numbered:
        kind, number, _part = numbered.groups()
        return _NUMBERED_FIELDS[kind], min(int(number) - 1, 9)
    return None


def guess_mapping(headers: Sequence[str]) -> Mapping:
    """The columns recognised by name; every unknown column maps to nothing.

    Email and phone take every recognised column (map_rows picks one per row), and so do notes
    (map_rows joins them). Stage takes the columns of its best rank (Pipedrive's "Deal -
    Status" and "Deal - Stage" together). Every other field takes its best-ranked, leftmost
    column.
    """
    found: dict[LeadField, list[tuple[int, int]]] = {}
    for index, header in enumerate(headers):
        recognised = field_of(header)
        if recognised is not None:
            lead_field, rank = recognised
            found.setdefault(lead_field, []).append((rank, index))
    mapping: Mapping = {}
    for lead_field, columns in found.items():
        best = min(rank for rank, _index in columns)
        if lead_field in _MANY:
            chosen = [index for _rank, index in columns]
        elif lead_field is LeadField.STAGE:
            chosen = [index for rank, index in columns if rank == best]
        else:
            chosen = [min(index for rank, index in columns if rank == best)]
        for index in chosen:
            mapping[index] = lead_field
    return dict(sorted(mapping.items()))


def header_key(headers: Sequence[str]) -> str:
    """A stable key of a set of headers, to remember the owner's mapping for the next file.

    Compact forms, sorted: the same export with its columns in another order, or re-saved
    with other capitals or quoting, gets the same key. Empty headers are left out.
    """
    return "\x1f".join(sorted(key for key in (compact(h) for h in headers) if key))


# ---- which CRM wrote it

_PIPEDRIVE = re.compile(r"^\s*(person|deal|lead|organi[sz]ation|product|activity) - ", re.I)
_GOOGLE = re.compile(
    r"^(e-?mail|phone|address|organization|website|relation|event|im) \d+ - ", re.I
)

# Headers only one exporter writes. Shared words ("First Name", "Notes", "Lead Status",
# "Record ID", "Contact owner") decide nothing.
_MARKERS: dict[str, tuple[str, ...]] = {
    "HubSpot": (
        "Lifecycle Stage",
        "Number of times contacted",
        "Last Contacted",
        "Original Source",
        "Original Source Drill-Down 1",
        "HubSpot Score",
        "Mobile Phone Number",
        "Website URL",
        "Associated Company",
        "Lebenszyklusphase",
        "Ursprüngliche Quelle",
        "Kontaktinhaber",
        "Zuletzt kontaktiert",
        "Anzahl der Kontaktaufnahmen",
    ),
    "Zoho CRM": (
        "Created Time",
        "Modified Time",
        "Last Activity Time",
        "Lead Owner",
        "Email Opt Out",
        "Skype ID",
    ),
    "Google Contacts": (
        "Given Name",
        "Family Name",
        "Additional Name",
        "Group Membership",
        "File As",
    ),
    "Outlook": (
        "E-mail Address",
        "E-mail 2 Address",
        "E-mail Display Name",
        "Business Phone",
        "Mobile Phone",
        "Web Page",
        "Business Street",
        "Business Fax",
        "E-Mail-Adresse",
        "E-Mail 2: Adresse",
        "Telefon geschäftlich",
        "Mobiltelefon",
        "Straße geschäftlich",
        "Notizen",
        "Adresse de messagerie",
        "Tél. mobile",
        "Tél. bureau",
        "Rue (bureau)",
    ),
    "Thunderbird": (
        "Primary Email",
        "Secondary Email",
        "Display Name",
        "Screen Name",
        "Mobile Number",
        "Work Phone",
        "Web Page 1",
        "Web Page 2",
        "Home ZipCode",
        "Primäre E-Mail-Adresse",
        "Anzeigename",
    ),
}
_COMPACT_MARKERS = {
    origin: frozenset(compact(h) for h in headers) for origin, headers in _MARKERS.items()
}
# Salesforce's API names are told apart by their exact spelling: "FirstName", not
# "First Name". Custom fields end in "__c".
_SALESFORCE_NAMES = frozenset(
    {
        "FirstName",
        "LastName",
        "LeadSource",
        "CreatedDate",
        "MobilePhone",
        "IsConverted",
        "OwnerId",
        "LastActivityDate",
        "NumberOfEmployees",
        "AnnualRevenue",
        "Company / Account",  # the label in a report export
    }
)
_SALESFORCE_CUSTOM = re.compile(r"^[A-Za-z0-9_]+__c$")


def detect_origin(headers: Sequence[str]) -> str:
    """Which program most likely wrote a header row; "CSV" when none is recognised."""
    cleaned = [h.strip() for h in headers]
    if tuple(cleaned) == VCARD_HEADERS:
        return ORIGIN_VCARD
    if tuple(cleaned) == LEAD_COLUMNS:
        return ORIGIN_FUNNEL_PLANNER
    if any(_PIPEDRIVE.match(h) for h in cleaned):
        return "Pipedrive"
    if any(_GOOGLE.match(h) for h in cleaned):
        return "Google Contacts"
    keys = {compact(h) for h in cleaned}
    scores = {origin: len(keys & markers) for origin, markers in _COMPACT_MARKERS.items()}
    scores["Salesforce"] = sum(
        1 for h in cleaned if h in _SALESFORCE_NAMES or _SALESFORCE_CUSTOM.match(h)
    )
    # Zoho's lookup ids ("Account Name.id", "Lead Owner.id") are its own signature.
    scores["Zoho CRM"] += 2 * sum(1 for h in cleaned if h.casefold().endswith(".id"))
    best = max(scores, key=lambda origin: scores[origin])
    return best if scores[best] else ORIGIN_CSV


# ---- stages

# Every other CRM's word for a stage, in compact form. Words that stand for "no stage"
# (HubSpot's "Other") are in _NO_STAGE: the default stage, without a problem.
_STAGE_WORDS: tuple[tuple[Stage, tuple[str, ...]], ...] = (
    (Stage.PROSPECT, ("subscriber", "abonnent", "abonne", "suspect", "cold lead")),
    (
        Stage.LEAD,
        (
            # Salesforce Lead Status
            "Open - Not Contacted",
            "Working - Contacted",
            # Zoho Lead Status
            "Attempted to Contact",
            "Contact in Future",
            "Contacted",
            "Not Contacted",
            # HubSpot Lead Status
            "New",
            "Open",  # HubSpot lead status; Pipedrive deal status (its stage column decides)
            "In Progress",
            "Connected",
            "Bad Timing",
            "Attempting",
            # Pipedrive's first deal stage
            "Lead In",
            "Interessent",
        ),
    ),
    (
        Stage.MQL,
        (
            "Marketing Qualified Lead",  # HubSpot: marketingqualifiedlead
            "Marketing-qualifizierter Lead",
            "Marketingqualifizierter Lead",
            "Pre-Qualified",  # Zoho
            "Engaged",
            "Nurturing",
        ),
    ),
    (
        Stage.SQL,
        (
            "Sales Qualified Lead",  # HubSpot: salesqualifiedlead
            "Vertriebsqualifizierter Lead",
            "Opportunity",
            "Verkaufschance",
            "Open Deal",
            "Closed - Converted",  # Salesforce: it became an opportunity
            "Converted",
            # Pipedrive's default deal stages: any deal is sales-qualified
            "Qualified",
            "Contact Made",
            "Demo Scheduled",
            "Needs Defined",
            "Proposal Made",
            "Negotiations Started",
            "Proposal",
            "Negotiation",
        ),
    ),
    (
        Stage.CUSTOMER,
        ("Won", "Closed Won", "Closed - Won", "Client", "Kunde"),
    ),
    (Stage.PROMOTER, ("Evangelist", "Advocate", "Ambassador")),
    (
        Stage.LOST,
        (
            "Closed - Not Converted",  # Salesforce
            "Closed Lost",
            "Closed - Lost",
            "Junk Lead",  # Zoho
            "Lost Lead",
            "Not Qualified",
            "Unqualified",  # HubSpot Lead Status
            "Disqualified",
            "Verloren",
            "Perdu",
        ),
    ),
)

_NO_STAGE = frozenset(compact(w) for w in ("Other", "Sonstiges", "Autre", "None", "N/A", "-"))


def _stage_table() -> dict[str, Stage]:
    table: dict[str, Stage] = {}
    for stage in Stage:
        # Our own words first: the value, the label, and the long forms of MQL and SQL.
        for word in (stage.value, stage.label, stage.name, stage.plural):
            table[compact(word)] = stage
    for stage, words in _STAGE_WORDS:
        for word in words:
            table.setdefault(compact(word), stage)
    return table


STAGE_WORDS: dict[str, Stage] = _stage_table()


def stage_from_text(text: str) -> Stage | None:
    """Another CRM's stage or status word as our stage; None when the word is unknown.

    Case, spaces and punctuation do not matter: "Open - Not Contacted", "open not contacted"
    and "OPEN_NOT_CONTACTED" are one word.
    """
    return STAGE_WORDS.get(compact(text))


# ---- rows

_MULTI_VALUE = ":::"  # Google Contacts puts several values of one kind in one cell with this


@dataclass(frozen=True)
class MappedRow:
    """One row read through a mapping: a draft to validate, its history, and its doubts."""

    row_number: int  # 1-based: the row's place in Table.rows (the header is row 0)
    draft: LeadDraft
    created: datetime | None
    contact_count: int | None
    last_contact: datetime | None
    problems: list[str]  # each names its field: "Created date '31/31/2020' is not a date"
    campaign: str = ""  # the campaign named in the row, found (or not) by the service


def map_rows(table: Table, mapping: Mapping, default_stage: Stage = Stage.LEAD) -> list[MappedRow]:
    """Read every row of a table as a lead draft.

    Several columns of one field: the first non-empty one wins, in column order, with these
    refinements. Email prefers a value with an "@" (Outlook writes Exchange addresses
    without one). Phone prefers mobile, then work, then other, then home numbers, judged by
    the header ("Mobile Phone", "Telefon geschäftlich") or, for Google's "Phone 1 - Value",
    by the row's "Phone 1 - Type"/"Phone 1 - Label" cell; fax and pager numbers come last.
    Notes join every non-empty column. Stage: Lost if any column says so (a lost Pipedrive
    deal keeps its stage), else the furthest stage named.

    A leading quote that a spreadsheet-safe export put before "=", "+", "-", "@" is taken
    off again (see ``csv_cells``), so an exported file imports back as it was.

    Dates with slashes are month first (03/05/2024 is 5 March), unless the column holds a
    first number above 12 anywhere: then the whole column is read day first.
    """
    return list(mapped_rows(table, mapping, default_stage))


def mapped_rows(
    table: Table, mapping: Mapping, default_stage: Stage = Stage.LEAD
) -> Iterator[MappedRow]:
    """``map_rows`` one row at a time, so a long file can report progress as it goes."""
    columns = ColumnPlan.of(table, mapping)
    for number, cells in enumerate(table.rows, start=1):
        yield map_row(number, cells, columns, default_stage)


def map_row(number: int, cells: list[str], columns: ColumnPlan, default_stage: Stage) -> MappedRow:
    """Row ``number`` of a table, read through ``ColumnPlan.of(table, mapping)``."""
    # Only a cell starting with a quote can have one to take off.
    restored = [restore_cell(c) if c[:1] == "'" else c for c in cells]
    return _map_row(number, restored, columns, default_stage)


@dataclass(frozen=True)
class ColumnPlan:
    """A mapping turned into what each row needs: columns per field, in reading order.

    Made once per table (dates are read day first when any row of the column says so);
    small, so it goes to the worker processes that check a long file's rows."""

    by_field: dict[LeadField, list[int]]
    phone_kinds: dict[int, int]  # column -> kind rank from its header
    phone_type_columns: dict[int, int]  # Google "Phone N - Value" column -> its type column
    day_first: dict[LeadField, bool]

    @classmethod
    def of(cls, table: Table, mapping: Mapping) -> ColumnPlan:
        width = len(table.headers)
        by_field: dict[LeadField, list[int]] = {}
        for index, lead_field in sorted(mapping.items()):
            if 0 <= index < width:
                by_field.setdefault(lead_field, []).append(index)
        phones = by_field.get(LeadField.PHONE, [])
        kinds = {i: _phone_kind(table.headers[i]) for i in phones}
        type_columns = _google_type_columns(table.headers, phones)
        day_first = {
            date_field: _column_is_day_first(table.rows, by_field.get(date_field, []))
            for date_field in (LeadField.CREATED, LeadField.LAST_CONTACT, LeadField.NEXT_FOLLOW_UP)
        }
        return cls(by_field, kinds, type_columns, day_first)

    def cells(self, cells: list[str], lead_field: LeadField) -> list[str]:
        """The row's non-empty, trimmed values of a field, in column order."""
        indexes = self.by_field.get(lead_field)
        if not indexes:
            return []
        values = (cells[i].strip() for i in indexes if i < len(cells))
        return [value for value in values if value]

    def first(self, cells: list[str], lead_field: LeadField) -> str:
        for index in self.by_field.get(lead_field, ()):
            if index < len(cells):
                value = cells[index].strip()
                if value:
                    return value
        return ""


def _map_row(number: int, cells: list[str], columns: ColumnPlan, default_stage: Stage) -> MappedRow:
    problems: list[str] = []
    name = _name(cells, columns)
    if not name:
        problems.append(
            message(
                QT_TRANSLATE_NOOP("Messages", "{field} is empty"),
                field=term("LeadField", LeadField.NAME.label),
            )
        )
    stage = _stage(cells, columns, default_stage, problems)
    created = _date(cells, columns, LeadField.CREATED, problems)
    contact_count = _count(cells, columns, problems)
    last_contact = _date(cells, columns, LeadField.LAST_CONTACT, problems)
    follow_up = _date(cells, columns, LeadField.NEXT_FOLLOW_UP, problems)
    draft = LeadDraft(
        name=name,
        company=columns.first(cells, LeadField.COMPANY),
        email=_email(cells, columns),
        phone=_phone(cells, columns),
        website=_first_of_many(columns.cells(cells, LeadField.WEBSITE)),
        source=columns.first(cells, LeadField.SOURCE),
        value=columns.first(cells, LeadField.VALUE),
        notes="\n\n".join(_lines(text) for text in columns.cells(cells, LeadField.NOTES)),
        stage=stage,
        next_follow_up=None if follow_up is None else follow_up.date(),
    )
    campaign = columns.first(cells, LeadField.CAMPAIGN)
    return MappedRow(number, draft, created, contact_count, last_contact, problems, campaign)


def _lines(text: str) -> str:
    """Line breaks as one "\\n", whichever system wrote them."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _name(cells: list[str], columns: ColumnPlan) -> str:
    name = columns.first(cells, LeadField.NAME)
    if name:
        return name
    first = columns.first(cells, LeadField.FIRST_NAME)
    last = columns.first(cells, LeadField.LAST_NAME)
    # Japanese, Chinese and Korean names are written family name first.
    if _CJK.search(first) and _CJK.search(last):
        return f"{last} {first}"
    return " ".join(part for part in (first, last) if part)


def _first_of_many(values: list[str]) -> str:
    """The first value, where a cell may hold several (Google's "a ::: b")."""
    for value in values:
        for part in value.split(_MULTI_VALUE):
            if part.strip():
                return part.strip()
    return ""


def _email(cells: list[str], columns: ColumnPlan) -> str:
    values = [
        part.strip()
        for value in columns.cells(cells, LeadField.EMAIL)
        for part in value.split(_MULTI_VALUE)
        if part.strip()
    ]
    return next((v for v in values if "@" in v), values[0] if values else "")


# Phone kinds in order of preference; a number whose kind is not said is "other".
_MOBILE, _WORK, _OTHER, _HOME, _FAX = range(5)
_KIND_WORDS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (_FAX, ("fax", "pager", "telecopie", "telex")),
    (_MOBILE, ("mobile", "mobil", "cell", "handy", "portable", "iphone", "携帯")),
    (
        _WORK,
        ("work", "business", "office", "company", "gescha", "dienst", "bureau", "勤務", "会社"),
    ),
    (_HOME, ("home", "privat", "domicile", "自宅")),
)


def _phone_kind(text: str) -> int:
    key = compact(text)
    for kind, words in _KIND_WORDS:
        if any(compact(word) in key for word in words):
            return kind
    return _OTHER


_GOOGLE_PHONE = re.compile(r"^phone(\d+)(value|type|label)$")


def _google_type_columns(headers: list[str], phones: list[int]) -> dict[int, int]:
    """For each Google "Phone N - Value" column, its "Phone N - Type" (or "- Label") column."""
    type_column: dict[str, int] = {}
    value_number: dict[int, str] = {}
    for index, header in enumerate(headers):
        matched = _GOOGLE_PHONE.match(compact(header))
        if matched is None:
            continue
        number, part = matched.groups()
        if part == "value":
            value_number[index] = number
        else:
            type_column.setdefault(number, index)
    return {
        i: type_column[value_number[i]]
        for i in phones
        if i in value_number and value_number[i] in type_column
    }


def _phone(cells: list[str], columns: ColumnPlan) -> str:
    ranked: list[tuple[int, int, str]] = []
    for order, index in enumerate(columns.by_field.get(LeadField.PHONE, [])):
        value = _first_of_many([cells[index]]) if index < len(cells) else ""
        if not value:
            continue
        kind = columns.phone_kinds[index]
        type_index = columns.phone_type_columns.get(index)
        if type_index is not None and type_index < len(cells) and cells[type_index].strip():
            kind = _phone_kind(cells[type_index])
        ranked.append((kind, order, value))
    return min(ranked)[2] if ranked else ""


def _stage(cells: list[str], columns: ColumnPlan, default: Stage, problems: list[str]) -> Stage:
    known: list[Stage] = []
    unknown: list[str] = []
    for text in columns.cells(cells, LeadField.STAGE):
        stage = stage_from_text(text)
        if stage is not None:
            known.append(stage)
        elif compact(text) not in _NO_STAGE:
            unknown.append(text)
    if Stage.LOST in known:
        return Stage.LOST
    if known:
        return max(known, key=FUNNEL_ORDER.index)
    if unknown:
        problems.append(
            message(
                QT_TRANSLATE_NOOP("Messages", "{field} '{text}' is unknown; imported as {stage}"),
                field=term("LeadField", LeadField.STAGE.label),
                text=unknown[0],
                stage=term("Stage", default.label),
            )
        )
    return default


def _count(cells: list[str], columns: ColumnPlan, problems: list[str]) -> int | None:
    text = columns.first(cells, LeadField.CONTACT_COUNT)
    if not text:
        return None
    # Spreadsheets write counts as "3.0" now and then; that is still a whole number.
    matched = re.fullmatch(r"(\d{1,9})(?:\.0+)?", text)
    if matched is None:
        problems.append(
            message(
                QT_TRANSLATE_NOOP("Messages", "{field} '{text}' is not a whole number"),
                field=term("LeadField", LeadField.CONTACT_COUNT.label),
                text=text,
            )
        )
        return None
    return int(matched.group(1))


# ---- dates

_TIME = (
    r"(?:[ T]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?)?"
)
_DOTTED = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4}|\d{2})" + _TIME)
_SLASHED = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})" + _TIME)
# "2024/03/05", and ISO-like text fromisoformat refuses ("2024-3-5", "2024-03-05 2:22 PM").
_YEAR_FIRST = re.compile(r"(?P<year>\d{4})([-/])(?P<month>\d{1,2})\2(?P<day>\d{1,2})" + _TIME)
_MONTH_FIRST = re.compile(r"(?P<name>[^\W\d_]{3,9})\.? (?P<day>\d{1,2}),? (?P<year>\d{4})" + _TIME)
_DAY_FIRST = re.compile(r"(?P<day>\d{1,2})\.? (?P<name>[^\W\d_]{3,9})\.? (?P<year>\d{4})" + _TIME)
_ISO = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
_MONTH_NAMES = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
# Placeholder dates ("0001-01-01") and typos are not dates; nor can they be made local.
_YEARS = range(1900, 2200)


def _column_is_day_first(rows: list[list[str]], indexes: list[int]) -> bool:
    for cells in rows:
        for index in indexes:
            if index >= len(cells):
                continue
            matched = _SLASHED.fullmatch(cells[index].strip())
            if matched and int(matched["a"]) > 12 and int(matched["b"]) <= 12:
                return True
    return False


def _date(
    cells: list[str], columns: ColumnPlan, lead_field: LeadField, problems: list[str]
) -> datetime | None:
    text = columns.first(cells, lead_field)
    if not text:
        return None
    parsed = parse_date(text, day_first=columns.day_first.get(lead_field, False))
    if parsed is None:
        problems.append(
            message(
                QT_TRANSLATE_NOOP("Messages", "{field} '{text}' is not a date"),
                field=term("LeadField", lead_field.label),
                text=text,
            )
        )
    return parsed


def parse_date(text: str, *, day_first: bool = False) -> datetime | None:
    """A date or date and time as exports write them; always aware, in local time.

    ISO 8601 (with or without time, "T", seconds, fractions, "Z" or an offset), "05.03.2024",
    "2024/03/05", "03/05/2024" (``day_first`` reads it as 3 May), "Mar 5, 2024 02:22 PM",
    "5 Mar 2024". A value without an offset is local time.
    """
    text = " ".join(text.split())
    parsed: datetime | None = None
    if _ISO.match(text):
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            parsed = None
    if parsed is None:
        parsed = _parse_numeric(text, day_first) or _parse_named(text)
    if parsed is None or parsed.year not in _YEARS:
        return None
    try:
        return parsed.astimezone()
    except (OverflowError, OSError, ValueError):
        return None


def _parse_numeric(text: str, day_first: bool) -> datetime | None:
    if matched := _DOTTED.fullmatch(text):
        return _build(matched, int(matched["year"]), int(matched["month"]), int(matched["day"]))
    if matched := _YEAR_FIRST.fullmatch(text):
        return _build(matched, int(matched["year"]), int(matched["month"]), int(matched["day"]))
    if matched := _SLASHED.fullmatch(text):
        a, b = int(matched["a"]), int(matched["b"])
        month, day = (b, a) if day_first else (a, b)
        return _build(matched, int(matched["year"]), month, day)
    return None


def _parse_named(text: str) -> datetime | None:
    for pattern in (_MONTH_FIRST, _DAY_FIRST):
        matched = pattern.fullmatch(text)
        if matched:
            month = _MONTH_NAMES.get(matched["name"].casefold())
            if month is None:
                return None
            return _build(matched, int(matched["year"]), month, int(matched["day"]))
    return None


def _build(matched: re.Match[str], year: int, month: int, day: int) -> datetime | None:
    if year < 100:
        year += 2000 if year < 70 else 1900
    hour = int(matched["hour"] or 0)
    minute = int(matched["minute"] or 0)
    second = int(matched["second"] or 0)
    ampm = (matched["ampm"] or "").casefold()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
