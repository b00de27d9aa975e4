"""Write the sample import files in tests/data/imports/: small exports, one per origin.

The files are committed; this script records how their bytes were made, because encodings,
BOMs, delimiters and line endings are what the tests are about. Re-run only to change a
fixture, then run the tests:

    .venv/bin/python tests/data/imports/make_imports.py

Headers follow each program's export; every person, company, address and number is
invented (555 numbers, example domains).
"""

# ruff: noqa: E501  (a CSV line is as long as the export makes it)

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

HERE = Path(__file__).parent


def write(name: str, text: str, encoding: str, *, bom: bytes = b"", crlf: bool = True) -> None:
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    (HERE / name).write_bytes(bom + text.encode(encoding))


def header_line(line: str) -> list[str]:
    return line.split(",")


def wide(headers: list[str], *rows: dict[str, str], delimiter: str = ",") -> str:
    """A CSV with many columns, rows given by the headers they fill."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(headers)
    for row in rows:
        unknown = set(row) - set(headers)
        assert not unknown, unknown
        writer.writerow([row.get(header, "") for header in headers])
    return out.getvalue()


HUBSPOT = """\
Record ID,First Name,Last Name,Email,Phone Number,Mobile Phone Number,Company Name,Website URL,Lifecycle Stage,Lead Status,Original Source,Create Date,Number of times contacted,Last Contacted,Contact owner
51201,Zoë,Ångström,zoe@angstrom.example,+46 8 555 123 45,+46 70 555 12 34,Ångström Design AB,angstrom.example,Marketing Qualified Lead,Open,Organic Search,2024-03-05 14:22,3,2024-04-02 09:15,Sam Seller
51202,Łukasz,Nowak,lukasz.nowak@example.pl,,+48 601 234 567,"Nowak & Syn, Sp. z o.o.",https://nowak.example.pl,Customer,,Referrals,2023-11-20 08:05,12,2024-05-17 16:40,Sam Seller
51203,Dana,Whitfield,dana@whitfield.example,(415) 555-0134,,Whitfield Bakery,,Sales Qualified Lead,In Progress,Paid Search,2024-01-09 11:00,0,,
51204,Omar,Haddad,omar@haddad.example,,,,,Subscriber,New,Email Marketing,2024-06-01 07:30,,,
51205,Grace,Liu,grace@liu.example,,,Liu & Partners,,Partner,,Offline Sources,31/31/2020,two,,
51206,Ines,Moreau,ines@moreau.example,,,,,Other,,Direct Traffic,2024-02-29 23:59,1,,
"""

# The same portal with its language set to German: labels translated, dates day first.
HUBSPOT_DE = """\
Datensatz-ID,Vorname,Nachname,E-Mail,Telefonnummer,Firmenname,Lebenszyklusphase,Ursprüngliche Quelle,Erstellungsdatum,Anzahl der Kontaktaufnahmen,Zuletzt kontaktiert
7301,Jürgen,Weiß,j.weiss@weiss-bau.example,+49 30 5551234,Weiß Bau GmbH,Kunde,Empfehlungen,05.03.2024 14:22,4,12.04.2024 10:00
7302,Zoë,Ångström,zoe@angstrom.example,,Ångström Design AB,Marketingqualifizierter Lead,Organische Suche,01.02.2024,,
"""

PIPEDRIVE_PERSONS = """\
Person - ID,Person - Name,Person - Label,Person - Organization,Person - Email - Work,Person - Email - Home,Person - Phone - Work,Person - Phone - Mobile,Person - Owner,Person - Person created,Person - Done activities,Person - Last activity date
101,Bjørn Ødegård,Hot lead,Fjord Consulting AS,bjorn@fjord.example,bjorn.privat@example.no,+47 22 55 12 34,+47 912 55 567,Sam Seller,2024-03-05 14:22:10,7,2024-05-02
102,Dana Whitfield,,Whitfield Bakery,,dana.home@example.com,(415) 555-0134,,Sam Seller,2024-01-09 11:00:00,0,
"""

PIPEDRIVE_DEALS = """\
Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Organization,Deal - Contact person,Deal - Stage,Deal - Status,Deal - Deal created,Deal - Done activities,Deal - Last activity date,Person - Name,Person - Email,Person - Phone,Organization - Name
11,Fjord Consulting deal,12500,NOK,Fjord Consulting AS,Bjørn Ødegård,Negotiations Started,won,2024-03-06 09:00:00,9,2024-05-02,Bjørn Ødegård,bjorn@fjord.example,+47 912 55 567,Fjord Consulting AS
12,Whitfield Bakery deal,800,USD,Whitfield Bakery,Dana Whitfield,Proposal Made,lost,2024-01-10 10:00:00,3,2024-02-01,Dana Whitfield,dana@whitfield.example,(415) 555-0134,Whitfield Bakery
13,Liu & Partners deal,4200.50,USD,Liu & Partners,Grace Liu,Proposal Made,open,2024-04-11 15:30:00,2,2024-04-30,Grace Liu,grace@liu.example,,Liu & Partners
14,Moreau deal,,EUR,,Ines Moreau,Site visit booked,open,2024-06-03 08:00:00,,,Ines Moreau,ines@moreau.example,,
"""

PIPEDRIVE_LEADS = """\
Lead - Title,Lead - Value,Lead - Source,Lead - Lead created,Lead - Labels,Person - Name,Person - Email,Organization - Name
Haddad website lead,1500,Web forms,2024-06-01 07:30:00,Warm,Omar Haddad,omar@haddad.example,Haddad Imports
"""

# Data Loader / Data Export: API names, every field quoted, times in UTC.
SALESFORCE = """\
"Id","FirstName","LastName","Company","Title","Email","Phone","MobilePhone","Website","LeadSource","Status","Description","CreatedDate","IsConverted","OwnerId"
"00Q5g00000AbCdEEAV","Dana","Whitfield","Whitfield Bakery","Owner","dana@whitfield.example","(415) 555-0134","(415) 555-0188","whitfield.example","Web","Open - Not Contacted","Asked about wholesale prices.
Wants a call back.","2024-03-05T14:22:00.000Z","false","0055g00000XyZaBAAV"
"00Q5g00000AbCdFEAV","Omar","Haddad","Haddad Imports","","omar@haddad.example","","","","Trade Show","Working - Contacted","","2024-04-01T08:00:00.000+0000","false","0055g00000XyZaBAAV"
"00Q5g00000AbCdGEAV","Grace","Liu","Liu & Partners","Partner","grace@liu.example","+1 206-555-0199","","","Partner Referral","Closed - Converted","","2023-12-12T17:45:30.000Z","true","0055g00000XyZaBAAV"
"00Q5g00000AbCdHEAV","Ines","Moreau","Moreau SARL","","ines@moreau.example","","","","Purchased List","Closed - Not Converted","","2024-01-15T09:00:00.000Z","false","0055g00000XyZaBAAV"
"""

ZOHO_LEADS = """\
Record Id,Lead Owner.id,Lead Owner,Company,First Name,Last Name,Email,Phone,Mobile,Lead Source,Lead Status,Description,Created Time,Modified Time,Last Activity Time
zcrm_5725767000000423001,zcrm_5725767000000398012,Sam Seller,Whitfield Bakery,Dana,Whitfield,dana@whitfield.example,(415) 555-0134,(415) 555-0188,Web Download,Attempted to Contact,Downloaded the price list,2024-03-05 14:22:10,2024-03-06 10:00:00,2024-03-06 09:58:00
zcrm_5725767000000423002,zcrm_5725767000000398012,Sam Seller,Haddad Imports,Omar,Haddad,omar@haddad.example,,,Trade Show,Pre-Qualified,,2024-04-01 08:00:00,2024-04-01 08:00:00,
zcrm_5725767000000423003,zcrm_5725767000000398012,Sam Seller,,,Spam,asdf@example.com,,,Online Store,Junk Lead,,2024-04-02 03:12:00,2024-04-02 03:12:00,
"""

# A lookup is exported as two columns, the record id first: "Account Name.id", "Account Name".
ZOHO_CONTACTS = """\
Record Id,Contact Owner.id,Contact Owner,Lead Source,First Name,Last Name,Account Name.id,Account Name,Email,Phone,Mobile,Description,Created Time,Last Activity Time
zcrm_5725767000000501001,zcrm_5725767000000398012,Sam Seller,Partner,Grace,Liu,zcrm_5725767000000477001,Liu & Partners,grace@liu.example,+1 206-555-0199,,,"Mar 5, 2024 02:22 PM","Apr 30, 2024 09:05 AM"
"""

GOOGLE_HEADERS = header_line(
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Website 1 - Label,Website 1 - Value"
)
GOOGLE = wide(
    GOOGLE_HEADERS,
    {
        "First Name": "Ines",
        "Last Name": "Moreau",
        "Organization Name": "Moreau SARL",
        "Notes": "Met at the Lyon trade fair",
        "Labels": "* myContacts ::: Trade fair",
        "E-mail 1 - Label": "* Work",
        "E-mail 1 - Value": "ines@moreau.example",
        "Phone 1 - Label": "Home",
        "Phone 1 - Value": "+33 4 55 55 12 34",
        "Phone 2 - Label": "Mobile",
        "Phone 2 - Value": "+33 6 55 55 98 76",
        "Website 1 - Label": "Work",
        "Website 1 - Value": "https://moreau.example",
    },
    {
        "First Name": "Grace",
        "Last Name": "Liu",
        "Labels": "* myContacts",
        "E-mail 1 - Label": "* Home ::: Work",
        "E-mail 1 - Value": "grace.home@example.com ::: grace@liu.example",
        "Phone 1 - Label": "Work Fax",
        "Phone 1 - Value": "+1 206-555-0100",
        "Phone 2 - Label": "Work",
        "Phone 2 - Value": "+1 206-555-0199",
    },
)

GOOGLE_LEGACY_HEADERS = header_line(
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department,Organization 1 - Symbol,Organization 1 - Location,Organization 1 - Job Description,Website 1 - Type,Website 1 - Value"
)
GOOGLE_LEGACY = wide(
    GOOGLE_LEGACY_HEADERS,
    {
        "Name": "Łukasz Nowak",
        "Given Name": "Łukasz",
        "Family Name": "Nowak",
        "Group Membership": "* My Contacts",
        "E-mail 1 - Type": "* Work",
        "E-mail 1 - Value": "lukasz.nowak@example.pl",
        "Phone 1 - Type": "Mobile",
        "Phone 1 - Value": "+48 601 234 567",
        "Organization 1 - Name": "Nowak & Syn, Sp. z o.o.",
    },
    {
        "Name": "Zoë Ångström",
        "Given Name": "Zoë",
        "Family Name": "Ångström",
        "Notes": "Prefers email.\nSpeaks Swedish and English.",
        "Group Membership": "* My Contacts ::: Designers",
        "E-mail 1 - Type": "* Home",
        "E-mail 1 - Value": "zoe@angstrom.example",
        "Phone 1 - Type": "Work",
        "Phone 1 - Value": "+46 8 555 123 45",
        "Organization 1 - Name": "Ångström Design AB",
    },
)
GOOGLE_JAPANESE = wide(
    GOOGLE_LEGACY_HEADERS,
    {
        "Name": "山田 太郎",
        "Given Name": "太郎",
        "Family Name": "山田",
        "Notes": "展示会で名刺交換。見積もりを希望。",
        "E-mail 1 - Type": "* Work",
        "E-mail 1 - Value": "taro.yamada@example.jp",
        "Phone 1 - Type": "Mobile",
        "Phone 1 - Value": "090-5555-1234",
        "Organization 1 - Name": "㈱サンプル商事",  # ㈱ is in Windows' cp932, not in Shift_JIS
    },
    {
        "Name": "佐藤 花子",
        "Given Name": "花子",
        "Family Name": "佐藤",
        "E-mail 1 - Type": "* Work",
        "E-mail 1 - Value": "hanako.sato@example.jp",
        "Phone 1 - Type": "Work",
        "Phone 1 - Value": "03-5555-6789",
        "Organization 1 - Name": "東京デザイン株式会社",
    },
    {
        "Name": "鈴木 一郎",
        "Given Name": "一郎",
        "Family Name": "鈴木",
        "Notes": "来月もう一度連絡する。",
        "E-mail 1 - Type": "* Home",
        "E-mail 1 - Value": "ichiro@example.jp",
        "Organization 1 - Name": "大阪物産",
    },
)

# Outlook's "Export to a file → Comma Separated Values": these 92 columns, in this order.
OUTLOOK_HEADERS = header_line(
    "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,Business Street,Business Street 2,Business Street 3,Business City,Business State,Business Postal Code,Business Country/Region,Home Street,Home Street 2,Home Street 3,Home City,Home State,Home Postal Code,Home Country/Region,Other Street,Other Street 2,Other Street 3,Other City,Other State,Other Postal Code,Other Country/Region,Assistant's Phone,Business Fax,Business Phone,Business Phone 2,Callback,Car Phone,Company Main Phone,Home Fax,Home Phone,Home Phone 2,ISDN,Mobile Phone,Other Fax,Other Phone,Pager,Primary Phone,Radio Phone,TTY/TDD Phone,Telex,Account,Anniversary,Assistant's Name,Billing Information,Birthday,Business Address PO Box,Categories,Children,Directory Server,E-mail Address,E-mail Type,E-mail Display Name,E-mail 2 Address,E-mail 2 Type,E-mail 2 Display Name,E-mail 3 Address,E-mail 3 Type,E-mail 3 Display Name,Gender,Government ID Number,Hobby,Home Address PO Box,Initials,Internet Free Busy,Keywords,Language,Location,Manager's Name,Mileage,Notes,Office Location,Organizational ID Number,Other Address PO Box,Priority,Private,Profession,Referred By,Sensitivity,Spouse,User 1,User 2,User 3,User 4,Web Page"
)
OUTLOOK_DEFAULTS = {
    "Anniversary": "0/0/00",
    "Birthday": "0/0/00",
    "Gender": "Unspecified",
    "Priority": "Normal",
    "Private": "False",
    "Sensitivity": "Normal",
}
OUTLOOK = wide(
    OUTLOOK_HEADERS,
    OUTLOOK_DEFAULTS
    | {
        "First Name": "Zoë",
        "Last Name": "Ångström",
        "Company": "Ångström Design AB",
        "Job Title": "Creative Director",
        "Business Street": "Storgatan 1",
        "Business City": "Malmö",
        "Business Country/Region": "Sweden",
        "Business Phone": "+46 8 555 123 45",
        "Home Phone": "+46 8 555 999 00",
        "Mobile Phone": "+46 70 555 12 34",
        "E-mail Address": "zoe@angstrom.example",
        "E-mail Type": "SMTP",
        "E-mail Display Name": "Zoë Ångström (zoe@angstrom.example)",
        "Notes": "Wants a quote for the spring campaign, “soon”.",
        "Web Page": "angstrom.example",
    },
    OUTLOOK_DEFAULTS
    | {
        "First Name": "Bjørn",
        "Last Name": "Ødegård",
        "Company": "Fjord Consulting AS",
        "Business Phone": "+47 22 55 12 34",
        "Home Phone": "+47 22 55 99 00",
        "Categories": "Leads",
        # An Exchange contact: the first address is an X.500 path, the second is mail.
        "E-mail Address": "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=bjorn",
        "E-mail Type": "EX",
        "E-mail 2 Address": "bjorn@fjord.example",
        "E-mail 2 Type": "SMTP",
        "Notes": "Exchange contact: his SMTP address is the second one.",
    },
)
OUTLOOK_UNICODE = wide(
    OUTLOOK_HEADERS,
    OUTLOOK_DEFAULTS
    | {
        "First Name": "Łukasz",
        "Last Name": "Nowak",
        "Company": "Nowak & Syn, Sp. z o.o.",
        "Business Phone": "+48 22 555 56 78",
        "Home Phone": "+48 22 555 12 34",
        "E-mail Address": "lukasz.nowak@example.pl",
        "E-mail Type": "SMTP",
        "Notes": "Decyzja w październiku",
        "Web Page": "https://nowak.example.pl",
    },
    OUTLOOK_DEFAULTS
    | {
        "First Name": "Zoë",
        "Last Name": "Ångström",
        "Company": "Ångström Design AB",
        "Mobile Phone": "+46 70 555 12 34",
        "E-mail Address": "zoe@angstrom.example",
        "E-mail Type": "SMTP",
    },
    delimiter="\t",
)

# Outlook (or Excel) on German Windows: the list separator is ";".
OUTLOOK_DE = """\
Anrede;Vorname;Weitere Vornamen;Nachname;Suffix;Firma;Abteilung;Position;Straße geschäftlich;Ort geschäftlich;Postleitzahl geschäftlich;Land/Region geschäftlich;Fax geschäftlich;Telefon geschäftlich;Telefon geschäftlich 2;Telefon privat;Mobiltelefon;Geburtstag;E-Mail-Adresse;E-Mail-Typ;E-Mail: Angezeigter Name;E-Mail 2: Adresse;Kategorien;Notizen;Webseite
Herr;Jürgen;;Weiß;;Müller & Söhne GmbH;Einkauf;Leiter Einkauf;Hauptstraße 5;Köln;50667;Deutschland;+49 221 555100;+49 221 555123;;+49 221 555987;;0.0.00;j.weiss@mueller-soehne.example;SMTP;Jürgen Weiß (j.weiss@mueller-soehne.example);;Kunden;"„Wichtig“: Rückruf erbeten; Angebot über 5.000 €";www.mueller-soehne.example
Frau;Zoë;;Ångström;;Ångström Design AB;;;;Malmö;;Schweden;;;;;+46 70 555 12 34;0.0.00;zoe@angstrom.example;SMTP;;;;Größere Bestellung im Herbst;
"""

OUTLOOK_FR = """\
Titre;Prénom;Deuxième prénom;Nom;Suffixe;Société;Service;Fonction;Rue (bureau);Ville (bureau);Code postal (bureau);Pays/Région (bureau);Télécopie (bureau);Tél. bureau;Tél. domicile;Tél. mobile;Adresse de messagerie;Type de messagerie;Adresse de messagerie 2;Notes;Page Web
Mme;Hélène;;Lefèvre;;Crème & Brûlée SARL;;Gérante;12 rue de la Paix;Lyon;69002;France;;+33 4 55 55 12 00;;+33 6 55 55 34 56;helene@creme-brulee.example;SMTP;;"Rappeler en septembre ; devis à envoyer";creme-brulee.example
"""

# Thunderbird ends every line, the header too, with a comma.
THUNDERBIRD = """\
First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,Work Phone,Home Phone,Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,Home City,Home State,Home ZipCode,Home Country,Work Address,Work Address 2,Work City,Work State,Work ZipCode,Work Country,Job Title,Department,Organization,Web Page 1,Web Page 2,Birth Year,Birth Month,Birth Day,Custom 1,Custom 2,Custom 3,Custom 4,Notes,
Bjørn,Ødegård,Bjørn Ødegård,,bjorn@fjord.example,,,+47 22 55 12 34,+47 22 55 99 00,,,,,,,,,,,,,,,,,,Fjord Consulting AS,https://fjord.example,,,,,,,,,,
,,newsletter-reply@example.org,,newsletter-reply@example.org,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,
Omar,Haddad,,,omar@haddad.example,,,,,,,+1 312 555 0147,,,,,,,,,,,,,,,,,,,,,,,,,Collected from a reply,
"""

# An old address book saved as ISO-8859-1; every character is also in Windows-1252.
LATIN1 = """\
Name,Company,Email,Phone,Notes
Zoë Ångström,Ångström Design AB,zoe@angstrom.example,+46 8 555 123 45,
Bjørn Ødegård,Fjord Consulting AS,bjorn@fjord.example,,Møte i Bergen
Hélène Lefèvre,Crème Brûlée SARL,helene@creme-brulee.example,,Très pressée
François Müller,Château Öl GmbH,francois@chateau.example,,À rappeler
"""

# As spreadsheets write it: a note with CRLF and LF line breaks, a comma, a semicolon, a
# tab and doubled quotes; a blank line; a row with too few fields, one with a surplus
# field, one with empty extra fields (not ragged: nothing is lost); a row of empty fields.
MULTILINE = (
    "Name,Email,Phone,Notes\r\n"
    'Zoë Ångström,zoe@angstrom.example,+46 70 555 12 34,"First line\r\n'
    "second line, with a comma; and a semicolon\n"
    'third line with a tab:\there and ""quotes"""\r\n'
    "\r\n"
    "Dana Whitfield,dana@whitfield.example\r\n"
    'Omar Haddad,omar@haddad.example,+1 312 555 0147,"Note",surplus\r\n'
    "Grace Liu,grace@liu.example,,,\r\n"
    ",,,\r\n"
)

# vCard 2.1 as old phones and Outlook write it: quoted-printable with a soft line break,
# bare parameters (TEL;CELL), a base64 PHOTO ended by a blank line, a folded line, a group.
VCARD_21 = """\
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=85ngstr=C3=B6m;Zo=C3=AB;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB =C3=85ngstr=C3=B6m
ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=85ngstr=C3=B6m Design AB
TEL;HOME;VOICE:+46 8 555 999 00
TEL;WORK;FAX:+46 8 555 123 99
TEL;CELL:+46 70 555 12 34
EMAIL;INTERNET:zoe.private@example.se
EMAIL;PREF;INTERNET:zoe@angstrom.example
URL:https://angstrom.example
NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=B6tte p=C3=A5 m=C3=A4ssan, vill ha o=
ffert=0D=0ARing tillbaka i maj; ta med prover
PHOTO;ENCODING=BASE64;TYPE=JPEG:
    /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDAoKCwsLDhIODg0NDh0V
    FhEYIx8lJCIfIiEmKzcvJik0KSEiMEExNDk7Pj4+JS5ESUM8SDc9Pjv/2wBDAQoLCw4NDhwQ

CATEGORIES:Kunder,Mässa
END:VCARD
BEGIN:VCARD
VERSION:2.1
N:Whitfield;Dana;;;
FN:Dana Whitfield
ORG:Whitfield Bakery, Inc.;Wholesale
TITLE:Owner
item1.EMAIL;INTERNET:dana@whitfield.example
item1.X-ABLabel:Orders
TEL;WORK;VOICE:(415) 555-0134
NOTE:Prefers calls after 3pm, never on Mondays. The exporter fol
 ded this long line.
END:VCARD
"""

# vCard 3.0 from Apple Contacts (groups, type=pref, escaped comma and newline, folded
# base64 PHOTO) and from Google Contacts.
VCARD_30 = """\
BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//macOS 14.4//EN
N:Ødegård;Bjørn;;;
FN:Bjørn Ødegård
ORG:Fjord Consulting AS;
item1.EMAIL;type=INTERNET;type=pref:bjorn@fjord.example
item1.X-ABLabel:_$!<Other>!$_
EMAIL;type=INTERNET;type=HOME:bjorn.privat@example.no
TEL;type=HOME;type=VOICE:+47 22 55 99 00
TEL;type=CELL;type=VOICE;type=pref:+47 912 55 567
item2.URL;type=pref:https://fjord.example
item2.X-ABLabel:_$!<HomePage>!$_
NOTE:Met at the Nordic SaaS Summit\\, wants a proposal by Q3.\\nBudget approv
 ed.
PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJ
 CQgKDAoKCwsLDhIODg0NDh0VFhEYIx8lJCIfIiEmKzcvJik0KSEiMEExNDk7Pj4+JS5ESUM8SD
CATEGORIES:Leads,Norway
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Grace Liu
N:Liu;Grace;;;
EMAIL;TYPE=INTERNET;TYPE=WORK:grace@liu.example
TEL;TYPE=WORK:+1 206-555-0199
ORG:Liu & Partners
NOTE:Intro via Dana Whitfield
CATEGORIES:myContacts
END:VCARD
"""

VCARD_40 = """\
BEGIN:VCARD
VERSION:4.0
FN:Łukasz Nowak
N:Nowak;Łukasz;;;
ORG:Nowak & Syn\\, Sp. z o.o.
EMAIL;TYPE=home:lukasz.prywatny@example.pl
EMAIL;TYPE=work;PREF=1:lukasz.nowak@example.pl
TEL;VALUE=uri;TYPE="voice,home":tel:+48-22-555-12-34
TEL;VALUE=uri;TYPE="voice,cell";PREF=1:tel:+48-601-234-567
URL:https://nowak.example.pl
PHOTO:data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAD
 UlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==
NOTE:Decyzja w październiku
END:VCARD
BEGIN:VCARD
VERSION:4.0
KIND:individual
FN:山田 太郎
N:山田;太郎;;;
EMAIL:taro.yamada@example.jp
TEL;TYPE=work:03-5555-6789
END:VCARD
"""

# The second card has a line that is no vCard property.
VCARD_BROKEN = """\
BEGIN:VCARD
VERSION:3.0
FN:Grace Liu
EMAIL:grace@liu.example
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Dana Whitfield
this line was pasted in by hand
END:VCARD
"""


def main() -> None:
    utf8 = "utf-8"
    write("hubspot_contacts.csv", HUBSPOT, utf8)
    write("hubspot_de.csv", HUBSPOT_DE, utf8, bom=codecs.BOM_UTF8)
    write("pipedrive_persons.csv", PIPEDRIVE_PERSONS, utf8, crlf=False)
    write("pipedrive_deals.csv", PIPEDRIVE_DEALS, utf8, crlf=False)
    write("pipedrive_leads.csv", PIPEDRIVE_LEADS, utf8, crlf=False)
    write("salesforce_leads.csv", SALESFORCE, utf8)
    write("zoho_leads.csv", ZOHO_LEADS, utf8)
    write("zoho_contacts.csv", ZOHO_CONTACTS, utf8)
    write("google_contacts.csv", GOOGLE, utf8)
    # Google's old "Google CSV": UTF-16 LE with a BOM.
    write("google_legacy_utf16.csv", GOOGLE_LEGACY, "utf-16-le", bom=codecs.BOM_UTF16_LE)
    # Opened in Excel on Japanese Windows and saved as CSV: Shift_JIS (Windows' cp932).
    write("google_shift_jis.csv", GOOGLE_JAPANESE, "cp932")
    # Outlook for Windows in a Western locale: Windows-1252.
    write("outlook.csv", OUTLOOK, "cp1252")
    # Opened in Excel and saved as "Unicode Text": UTF-16 LE with a BOM, tab-separated.
    write("outlook_unicode.txt", OUTLOOK_UNICODE, "utf-16-le", bom=codecs.BOM_UTF16_LE)
    write("outlook_de.csv", OUTLOOK_DE, "cp1252")
    write("outlook_fr.csv", OUTLOOK_FR, utf8, bom=codecs.BOM_UTF8)
    write("thunderbird.csv", THUNDERBIRD, utf8, crlf=False)
    write("contacts_latin1.csv", LATIN1, "latin-1")
    write("notes_multiline.csv", MULTILINE, utf8, crlf=False)
    write("contacts_21.vcf", VCARD_21, utf8)
    write("contacts_30.vcf", VCARD_30, utf8)
    write("contacts_40.vcf", VCARD_40, utf8)
    write("broken.vcf", VCARD_BROKEN, utf8)


if __name__ == "__main__":
    main()
