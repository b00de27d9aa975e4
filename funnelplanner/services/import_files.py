"""Reading an import file into a Table: CSV exported by other CRMs and address books, or vCards.

The bytes decide, not the name: a file that starts with BEGIN:VCARD is read as vCards
whatever it is called, anything else as CSV. The encoding: UTF-16 when the file starts with
its BOM (Outlook's "Unicode CSV", Excel's "Unicode Text", Google's legacy export; such a file
is never valid UTF-8) or has the zero bytes of BOM-less UTF-16; else UTF-8, with or without
a BOM, decoded strictly; else charset-normalizer's best guess (Windows-1252, Latin-1,
Shift_JIS, …). Every way a file can be unreadable ends in ImportFileError naming the file;
no UnicodeDecodeError or csv.Error escapes.
"""

from __future__ import annotations

import codecs
import csv
import io
import quopri
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes
from vobject.base import VObjectError, getLogicalLines, parseLine

from funnelplanner.domain.errors import FunnelPlannerError
from funnelplanner.domain.import_mapping import ORIGIN_VCARD, VCARD_HEADERS, Table, detect_origin
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, Message, message

MAX_IMPORT_BYTES = 200 * 1024 * 1024
DELIMITERS = (",", ";", "\t")
# Enough lines for csv.Sniffer to judge; more only makes it slow.
SNIFF_CHARS = 16 * 1024
# Bytes looked at to tell text from binary.
PEEK_BYTES = 64 * 1024


class ImportFileError(FunnelPlannerError):
    """An import file cannot be read; the message names the file and what is wrong."""


def read_table(path: Path) -> Table:
    """Read a CSV or vCard file as a table of text cells, nothing mapped yet.

    Raises:
        ImportFileError naming the file: missing, a folder, empty, too big, binary,
        undecodable, a quote that never closes, or a malformed vCard (with its number).
    """
    data = _read_bytes(path)
    text, encoding = _decode(data, path)
    # A BOM decoded by charset-normalizer, and old DOS end-of-file marks, are not content.
    text = text.lstrip("\ufeff").rstrip("\x1a")
    if not text.strip():
        raise ImportFileError(_empty(path))
    if _is_vcard(text):
        return _vcard_table(text, encoding, path)
    return _csv_table(text, encoding, path)


# ---- bytes and encodings


def _read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise ImportFileError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{path} is a folder, not a file. Choose a CSV or vCard file.",
                    ),
                    path=path,
                )
            )
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportFileError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{path} is too big to import ({size:,.0f} MB; at most {limit} MB). "
                        "Export fewer records at a time.",
                    ),
                    path=path,
                    size=size / 1024 / 1024,
                    limit=MAX_IMPORT_BYTES // 1024 // 1024,
                )
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(
            message(QT_TRANSLATE_NOOP("Messages", "{path} does not exist."), path=path)
        ) from None
    except OSError as exc:
        raise ImportFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} cannot be read: {reason}.",
                ),
                path=path,
                reason=exc.strerror or str(exc),
            )
        ) from exc
    if not data:
        raise ImportFileError(_empty(path))
    return data


# Formats people pick by mistake, by their first bytes; the hint says what to do instead.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (
        b"PK\x03\x04",
        QT_TRANSLATE_NOOP("Messages", "a ZIP archive or an Excel workbook; save it as CSV first"),
    ),
    (
        b"\xd0\xcf\x11\xe0",
        QT_TRANSLATE_NOOP("Messages", "an old Excel or Word file; save it as CSV first"),
    ),
    (b"\x89PNG", QT_TRANSLATE_NOOP("Messages", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("Messages", "a JPEG image")),
    (b"GIF8", QT_TRANSLATE_NOOP("Messages", "a GIF image")),
    (b"%PDF", QT_TRANSLATE_NOOP("Messages", "a PDF document")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("Messages", "a compressed (gzip) file; unpack it first")),
    (b"SQLite format 3\x00", QT_TRANSLATE_NOOP("Messages", "a database file")),
)


def _not_text(path: Path, what: str = "") -> ImportFileError:
    if what:
        return ImportFileError(
            message(
                QT_TRANSLATE_NOOP("Messages", "{path} is not a CSV or vCard file (it is {what})."),
                path=path,
                what=message(what),
            )
        )
    return ImportFileError(
        message(QT_TRANSLATE_NOOP("Messages", "{path} is not a CSV or vCard file."), path=path)
    )


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    """The text of the file and the name of its encoding."""
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise _not_text(path, what)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(_strict(data, "utf-16", path), path), "utf-16"
    peek = data[:PEEK_BYTES]
    if b"\x00" in peek:
        # UTF-16 without a BOM: ASCII text with every other byte zero. Anything else
        # with zero bytes is binary.
        codec = _bomless_utf16(peek)
        if codec is None:
            raise _not_text(path)
        return _checked(_strict(data, codec, path), path), "utf-16"
    try:
        return _checked(data.decode("utf-8-sig"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    text, codec = _guess(data, path)
    return _checked(text, path), codec


def _strict(data: bytes, codec: str, path: Path) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise ImportFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} could not be decoded as {encoding}; save it again as CSV UTF-8.",
                ),
                path=path,
                encoding=codec.upper(),
            )
        ) from None


def _bomless_utf16(peek: bytes) -> str | None:
    even = peek[0::2]
    odd = peek[1::2]
    if odd and odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even and even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


# charset-normalizer often cannot tell the single-byte code pages apart on a few names
# ("Bjørn Ødegård" reads as well in cp1250 and cp1257), and its chaos measure is noisy on
# small files with names from many countries. Non-UTF-8 exports come from Windows in
# Western Europe and the Americas far more often than from anywhere else, so Windows-1252
# wins a near tie: as coherent (same language evidence), and nearly as orderly.
_CHAOS_TIE = 0.1
_COHERENCE_TIE = 0.01


def _guess(data: bytes, path: Path) -> tuple[str, str]:
    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise ImportFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} could not be decoded: its encoding is not recognised. "
                    "Save it again as CSV UTF-8.",
                ),
                path=path,
            )
        )
    choices = [best.encoding]
    for match in results:
        # A match also names the code pages that decode the bytes to the same text.
        if (
            "cp1252" in (match.encoding, *match.could_be_from_charset)
            and match.chaos <= best.chaos + _CHAOS_TIE
            and match.coherence >= best.coherence - _COHERENCE_TIE
        ):
            choices.insert(0, "cp1252")
            break
    for codec in choices:
        # Excel on Japanese Windows writes cp932, a superset of Shift_JIS (①, ㈱, …).
        decoder = "cp932" if codecs.lookup(codec).name in ("shift_jis", "cp932") else codec
        try:
            return data.decode(decoder), _family(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    raise ImportFileError(
        message(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{path} could not be decoded; save it again as CSV UTF-8.",
            ),
            path=path,
        )
    )


def _family(codec: str) -> str:
    name = codecs.lookup(codec).name
    return {"iso8859-1": "latin-1", "cp932": "shift_jis", "utf-8-sig": "utf-8"}.get(name, name)


def _checked(text: str, path: Path) -> str:
    """Refuse text that decoded but is mostly control characters: binary in disguise."""
    sample = text[:PEEK_BYTES]
    controls = sum(
        1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v\x1a"
    )
    if "\x00" in sample or controls > max(2, len(sample) // 100):
        raise _not_text(path)
    return text


# ---- CSV


def _csv_table(text: str, encoding: str, path: Path) -> Table:
    # Excel writes (and reads) a first line "sep=;" that names the delimiter.
    first, _newline, rest = text.partition("\n")
    hint = first.strip()
    if hint.casefold().startswith("sep=") and len(hint) == 5 and hint[4] in DELIMITERS:
        # Read as a blank line, so that line numbers in messages stay true.
        delimiter, text = hint[4], _newline + rest
    else:
        delimiter = _delimiter(text)
    records = _records(text, delimiter, path)
    header_at = next((i for i, cells in enumerate(records) if _has_text(cells)), None)
    if header_at is None:
        raise ImportFileError(_empty(path))
    headers = [cell.strip().lstrip("\ufeff").strip() for cell in records[header_at]]
    width = len(headers)
    rows: list[list[str]] = []
    ragged: list[int] = []
    for cells in records[header_at + 1 :]:
        if not _has_text(cells):
            continue
        # Extra fields that are empty (a trailing delimiter) lose nothing; say nothing.
        if len(cells) < width or _has_text(cells[width:]):
            ragged.append(len(rows) + 1)
        rows.append(cells if len(cells) == width else (cells + [""] * (width - len(cells)))[:width])
    if not rows:
        raise ImportFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} has column headers but no rows: there is nothing to import.",
                ),
                path=path,
            )
        )
    return Table(headers, rows, detect_origin(headers), encoding, delimiter, ragged)


def _has_text(cells: list[str]) -> bool:
    # Some cell holds more than white space: one join instead of a strip per cell.
    return bool("".join(cells).strip())


def _records(text: str, delimiter: str, path: Path) -> list[list[str]]:
    records: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    start = last_start = 1  # the line the next record, and the last one read, start on
    try:
        for cells in reader:
            records.append(cells)
            start, last_start = reader.line_num + 1, start
    except csv.Error as exc:
        raise ImportFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} could not be read as CSV (line {line}: {reason}).",
                ),
                path=path,
                line=reader.line_num,
                reason=str(exc),
            )
        ) from None
    # The lenient reader takes an opening quote that never closes as a field running to
    # the end of the file, swallowing every row after it. An odd number of quotes is the
    # hint; the strict reader tells whether the file really ends inside a quoted field.
    if text.count('"') % 2 and _ends_inside_quotes(text, delimiter):
        raise ImportFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path}: a quoted field in the row that starts on line {line} never ends "
                    '(a closing " is missing), so the rows after it cannot be read.',
                ),
                path=path,
                line=last_start,
            )
        )
    return records


def _ends_inside_quotes(text: str, delimiter: str) -> bool:
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=True
    )
    try:
        for _cells in reader:
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def _delimiter(text: str) -> str:
    """Comma, semicolon or tab: csv.Sniffer's answer when the header line agrees.

    The header line is the surest witness: exports name their columns without the
    delimiter in them. So the sniffed delimiter must occur in the header (outside quotes)
    at least as often as the others; otherwise the most frequent one in the header wins,
    and a header with none of them (one column) reads as comma-separated.
    """
    counts = _header_counts(text)
    sample = text[:SNIFF_CHARS]
    if len(text) > SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n") + 1]
    try:
        sniffed: str | None = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    most = max(counts.values())
    if sniffed in counts and counts[sniffed] > 0 and counts[sniffed] == most:
        return sniffed
    if most == 0:
        return ","
    return next(d for d in DELIMITERS if counts[d] == most)


def _header_counts(text: str) -> dict[str, int]:
    """How often each delimiter occurs outside quotes in the first line that is not blank."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    started = False
    for ch in text[: 4 * SNIFF_CHARS]:
        if ch == '"':
            quoted = not quoted  # a doubled quote toggles twice: no change
            started = True
        elif quoted:
            continue
        elif ch in "\r\n":
            if started:
                break
        elif ch in counts:
            counts[ch] += 1
            started = True
        elif not ch.isspace():
            started = True
    return counts


# ---- vCard


_VCARD_START = re.compile(r"\s*BEGIN:VCARD", re.IGNORECASE)
# A line of nothing but base64: embedded data some vCard 2.1 writers do not indent.
_BASE64_LINE = re.compile(r"[A-Za-z0-9+/]{4,}={0,2}")


def _is_vcard(text: str) -> bool:
    return _VCARD_START.match(text) is not None


@dataclass(frozen=True)
class _Property:
    """One vCard property as written: name, group, parameters and raw value."""

    name: str
    group: str
    types: frozenset[str]  # TYPE values and bare parameters, upper case: CELL, WORK, PREF
    params: dict[str, list[str]]
    value: str
    order: int

    @property
    def pref(self) -> int:
        """1 for the preferred value (4.0 PREF=1, 3.0 TYPE=pref, 2.1 PREF), larger after."""
        for given in self.params.get("PREF", []):
            if given.strip().isdigit():
                return int(given)
        return 1 if "PREF" in self.types else 101


def _vcard_table(text: str, encoding: str, path: Path) -> Table:
    """Every card as one row under VCARD_HEADERS.

    A card that cannot be read stops the whole file with an error naming its number: the
    import is all or nothing, and a file with a broken card in the middle is usually cut
    or corrupt in more ways than one. Empty cards are skipped like blank CSV rows.
    """
    rows = [_card_row(card) for card in _cards(text, path)]
    rows = [row for row in rows if _has_text(row)]
    if not rows:
        raise ImportFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path} has no contacts in it: there is nothing to import.",
                ),
                path=path,
            )
        )
    return Table(list(VCARD_HEADERS), rows, ORIGIN_VCARD, encoding, "", [])


_SKIPPED = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})  # embedded files: nothing for a lead


def _cards(text: str, path: Path) -> Iterator[list[_Property]]:
    """The cards of a file, each as its own properties (nested cards' lines are skipped).

    vobject's tokenizer unfolds lines (also quoted-printable soft line breaks) and splits
    name, group, parameters and value. Its readComponents is not used: it decodes text
    values as comma-separated lists and keeps the first item, so a vCard 2.1 note or an
    "Acme, Inc." name would lose everything after the first comma.
    """
    card: list[_Property] | None = None
    depth = 0
    number = 0
    for line, at in getLogicalLines(io.StringIO(text), True):
        line_number = max(int(at), 1)
        if not line.strip():
            continue
        try:
            name, params, value, group = parseLine(line, line_number)
        except VObjectError:
            if card is None or _BASE64_LINE.fullmatch(line.strip()):
                continue  # text between cards, or a photo's data: nothing for a lead
            raise ImportFileError(
                message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "{path}: card {card} cannot be read: line {line} is not a vCard "
                        "property ({text}).",
                    ),
                    path=path,
                    card=number,
                    line=line_number,
                    text=_shorten(line),
                )
            ) from None
        word = str(value).strip().upper()
        if name.upper() == "BEGIN" and word == "VCARD":
            if card is None:
                card, depth, number = [], 1, number + 1
            else:
                depth += 1
        elif name.upper() == "END" and word == "VCARD":
            if card is None:
                raise ImportFileError(
                    message(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{path}: line {line} ends a card that was never begun "
                            "(END:VCARD without BEGIN:VCARD).",
                        ),
                        path=path,
                        line=line_number,
                    )
                )
            depth -= 1
            if depth == 0:
                yield card
                card = None
        elif card is not None and depth == 1 and name.upper() not in _SKIPPED:
            card.append(_property(name, params, value, group, len(card)))
    if card is not None:
        raise ImportFileError(
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{path}: card {card} has no END:VCARD; the file may be cut short.",
                ),
                path=path,
                card=number,
            )
        )


def _empty(path: Path) -> Message:
    return message(
        QT_TRANSLATE_NOOP("Messages", "{path} is empty: there is nothing to import."), path=path
    )


def _shorten(line: str, limit: int = 40) -> str:
    line = line.replace("\n", " ")
    return f"'{line[:limit]}…'" if len(line) > limit else f"'{line}'"


def _property(
    name: str, params: list[list[str]], value: str, group: str | None, order: int
) -> _Property:
    by_name: dict[str, list[str]] = {}
    types: set[str] = set()
    for param in params:
        if len(param) == 1:
            types.add(param[0].strip('"').upper())  # vCard 2.1: TEL;CELL;VOICE
            continue
        key = param[0].upper()
        by_name.setdefault(key, []).extend(param[1:])
        if key == "TYPE":
            for given in param[1:]:
                types.update(t.strip().strip('"').upper() for t in given.split(","))
    encodings = {e.upper() for e in by_name.get("ENCODING", [])}
    if "QUOTED-PRINTABLE" in encodings or "QUOTED-PRINTABLE" in types:
        value = _quoted_printable(value, by_name.get("CHARSET", []))
    return _Property(name.upper(), group or "", frozenset(types), by_name, value, order)


def _quoted_printable(value: str, charsets: list[str]) -> str:
    raw = quopri.decodestring(value.encode("utf-8"))
    for charset in [*charsets, "utf-8", "cp1252"]:
        try:
            return raw.decode(charset)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("latin-1")  # unreachable: cp1252 aside, latin-1 decodes any byte


def _card_row(card: list[_Property]) -> list[str]:
    def all_of(name: str) -> list[_Property]:
        return [p for p in card if p.name == name]

    def best(props: list[_Property]) -> str:
        return _text(min(props, key=lambda p: (p.pref, p.order)).value) if props else ""

    full_name = best(all_of("FN"))
    names = _structured(all_of("N")[0].value) if all_of("N") else []
    family, given = [*names, "", ""][:2]
    orgs = all_of("ORG")
    company = _structured(orgs[0].value)[0] if orgs else ""
    phones = sorted(all_of("TEL"), key=lambda p: (_tel_kind(p.types), p.pref, p.order))
    phone = _text(phones[0].value) if phones else ""
    if phone.casefold().startswith("tel:"):
        phone = phone[4:]
    notes = "\n\n".join(text for text in (_text(p.value) for p in all_of("NOTE")) if text)
    return [
        full_name,
        given,
        family,
        company,
        best(all_of("EMAIL")),
        phone.strip(),
        best(all_of("URL")),
        notes,
    ]


_CELL = frozenset({"CELL", "MOBILE", "IPHONE"})


def _tel_kind(types: frozenset[str]) -> int:
    """Mobile first, then work, then numbers of no kind, then home; fax and pager last."""
    if types & {"FAX", "PAGER"}:
        return 4
    if types & _CELL:
        return 0
    if "WORK" in types:
        return 1
    if "HOME" in types:
        return 3
    return 2


def _text(value: str) -> str:
    """A TEXT value without its backslash escapes (\\n, \\, \\; \\\\)."""
    out: list[str] = []
    escaped = False
    for ch in value:
        if escaped:
            out.append("\n" if ch in "nN" else ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        else:
            out.append(ch)
    if escaped:
        out.append("\\")
    return "".join(out).replace("\r\n", "\n").replace("\r", "\n").strip()


def _structured(value: str) -> list[str]:
    """The parts of N or ORG, split on semicolons that are not escaped, each unescaped."""
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    for ch in value:
        if escaped:
            current.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == ";":
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [_text(part) for part in parts]
