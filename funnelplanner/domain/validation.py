"""Validation of what the user types: every error names its field, nothing half-accepted."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from urllib.parse import urlsplit

# phonenumbers and email-validator load on the first lead checked, not at every start
# (together a tenth of a second before the window could show).
from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, Message, about, message
from funnelplanner.domain.models import ContactDraft, LeadDraft, LeadFields, TaskDraft
from funnelplanner.domain.planning_models import CampaignChannel, CampaignDraft
from funnelplanner.domain.text_rules import clean_line, clean_multiline

NAME_LIMIT = 200
SHORT_LIMIT = 200
NOTES_LIMIT = 20_000
MAX_VALUE = Decimal("1000000000000")  # a trillion: beyond any one-person deal, catches typos
# A contact may be logged up to a day ahead so time zones never refuse "today".
FUTURE_CONTACT_SLACK = timedelta(days=1)

_MONEY_NOISE = re.compile(r"[\s\u00a0\u202f_'$€£¥]")


def validate_lead(draft: LeadDraft, region: str) -> LeadFields:
    """Check and normalise a lead.

    Args:
        draft: what the user typed.
        region: ISO country code used to read phone numbers written without "+".

    Raises:
        ValidationError with one message per bad field.
    """
    fields, errors = check_lead(draft, region)
    if errors:
        raise ValidationError(errors)
    return fields


def check_lead(draft: LeadDraft, region: str) -> tuple[LeadFields, dict[str, str]]:
    """``validate_lead`` without raising: the lead as far as it could be read (a bad
    field keeps what was typed) and one message per bad field, empty when it is fine.

    The importer uses the fields of a row whose only fault is its phone, instead of
    checking everything else a second time.
    """
    errors: dict[str, str] = {}

    def line(field: str, value: str, limit: int = SHORT_LIMIT, required: bool = False) -> str:
        text, error = clean_line(value, limit=limit, required=required)
        if error:
            errors[field] = about(_LABELS[field], error)
        return text

    name = line("name", draft.name, NAME_LIMIT, required=True)
    company = line("company", draft.company)
    email = line("email", draft.email, 320)
    phone = line("phone", draft.phone, 40)
    website = line("website", draft.website, 500)
    source = line("source", draft.source, 100)
    notes, notes_error = clean_multiline(draft.notes, limit=NOTES_LIMIT)
    if notes_error:
        errors["notes"] = about(QT_TRANSLATE_NOOP("Messages", "Notes"), notes_error)

    if email and "email" not in errors:
        try:
            email = normalise_email(email)
        except ValidationError as exc:
            errors.update(exc.errors)
    phone_key = ""
    if phone and "phone" not in errors:
        read = _read_phone(phone, region)
        if isinstance(read, Message):
            errors["phone"] = read
        else:
            phone, phone_key = read
    if website and "website" not in errors:
        try:
            website = normalise_website(website)
        except ValidationError as exc:
            errors.update(exc.errors)
    value: Decimal | None = None
    try:
        value = parse_money(draft.value, "value")
    except ValidationError as exc:
        errors.update(exc.errors)

    fields = LeadFields(
        name=name,
        company=company,
        email=email,
        phone=phone,
        phone_key=phone_key,
        website=website,
        source=source,
        value=value,
        notes=notes,
        stage=draft.stage,
        next_follow_up=draft.next_follow_up,
        campaign_id=draft.campaign_id,
    )
    return fields, errors


_LABELS = {
    "name": QT_TRANSLATE_NOOP("Messages", "Name"),
    "company": QT_TRANSLATE_NOOP("Messages", "Company"),
    "email": QT_TRANSLATE_NOOP("Messages", "Email"),
    "phone": QT_TRANSLATE_NOOP("Messages", "Phone"),
    "website": QT_TRANSLATE_NOOP("Messages", "Website"),
    "source": QT_TRANSLATE_NOOP("Messages", "Source"),
    "outcome": QT_TRANSLATE_NOOP("Messages", "Outcome"),
    "title": QT_TRANSLATE_NOOP("Messages", "Title"),
}


# parse_money's fields; any other reads as its name ("deal_value": "Deal value").
_MONEY_LABELS = {
    "value": QT_TRANSLATE_NOOP("Messages", "Value"),
    "budget": QT_TRANSLATE_NOOP("Messages", "Budget"),
    "deal_value": QT_TRANSLATE_NOOP("Messages", "Deal value"),
    "revenue": QT_TRANSLATE_NOOP("Messages", "Revenue"),
}


def normalise_email(text: str) -> str:
    """Return the canonical form of an email address, refusing bad syntax."""
    quick = _plain_email(text)
    if quick is not None:
        return quick
    from email_validator import EmailNotValidError, validate_email

    try:
        # Deliverability needs DNS; the app never touches the network.
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValidationError(
            {
                "email": message(
                    QT_TRANSLATE_NOOP("Messages", "Email is not valid: {reason}"), reason=str(exc)
                )
            }
        ) from exc
    return str(result.normalized)


def _plain_email(text: str) -> str | None:
    """The address email-validator would return for a plain ASCII address, or None when
    only email-validator itself can tell.

    email-validator reads an address character by character (about 50 µs), which made
    importing 100k leads crawl. For ASCII text whose part before the first "@" is a
    dot-atom, it keeps that part as written (lower-cased for the RFC 2142 role names),
    checks the domain on its own and then the lengths; the domain's verdict is cached,
    as one file holds a handful of domains. Anything else (quotes, display names,
    Unicode, every refusal) goes through email-validator, so messages stay its own.
    """
    from email_validator.rfc_constants import (
        CASE_INSENSITIVE_MAILBOX_NAMES,
        DOT_ATOM_TEXT,
        EMAIL_MAX_LENGTH,
    )

    if not text.isascii():
        return None
    local, at, domain = text.partition("@")
    if not at or not DOT_ATOM_TEXT.match(local):
        return None
    checked = _domain_of(domain)
    if checked is None:
        return None
    shown, ascii_domain = checked
    if local.lower() in CASE_INSENSITIVE_MAILBOX_NAMES:
        local = local.lower()
    normalized = f"{local}@{shown}"
    longest = max(len(text), len(normalized.encode()), len(local) + 1 + len(ascii_domain))
    return normalized if longest <= EMAIL_MAX_LENGTH else None


@lru_cache(maxsize=4096)
def _domain_of(domain: str) -> tuple[str, str] | None:
    """(normalised, IDNA ASCII) form of an email domain, or None when it is refused."""
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(f"a@{domain}", check_deliverability=False)
    except EmailNotValidError:
        return None
    return str(result.domain), str(result.ascii_domain)


def normalise_phone(text: str, region: str) -> tuple[str, str]:
    """Return ``(display form, E.164 key)`` of a phone number, refusing impossible ones."""
    read = _read_phone(text, region)
    if isinstance(read, Message):
        raise ValidationError({"phone": read})
    return read


@lru_cache(maxsize=65_536)
def _read_phone(text: str, region: str) -> tuple[str, str] | Message:
    """``normalise_phone``'s answer, or its refusal: the same number is read once (an
    import's rows share a company's switchboard), and a refusal costs no exception."""
    import phonenumbers

    # phonenumbers compiles its metadata patterns again at every match (about a fifth of
    # its time) unless told to keep them; a process reads a few countries' worth.
    keep_patterns = getattr(phonenumbers, "enable_pattern_cache", None)
    if keep_patterns is not None:
        keep_patterns()
    try:
        number = phonenumbers.parse(text, region.upper() or None)
    except phonenumbers.NumberParseException:
        return _NOT_A_NUMBER if text.startswith("+") else _NOT_A_NUMBER_NO_PLUS
    if not phonenumbers.is_possible_number(number) or not phonenumbers.is_valid_number(number):
        return _NOT_VALID_FOR_COUNTRY
    display = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    key = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return display, key


def forget_checked_values() -> None:
    """Forget the phone numbers and email domains read so far: each import then pays its
    own first reading, as it does in a process of its own (benchmarks run the same file
    again and again in one process)."""
    _read_phone.cache_clear()
    _domain_of.cache_clear()


_NOT_A_NUMBER = message(QT_TRANSLATE_NOOP("Messages", "Phone is not a phone number"))
_NOT_A_NUMBER_NO_PLUS = message(
    QT_TRANSLATE_NOOP("Messages", "Phone is not a phone number (start with + and the country code)")
)
_NOT_VALID_FOR_COUNTRY = message(
    QT_TRANSLATE_NOOP("Messages", "Phone is not a valid number for its country")
)


def phone_key(text: str, region: str) -> str:
    """E.164 form of a phone number for matching, or "" when it cannot be read."""
    try:
        return normalise_phone(text, region)[1]
    except ValidationError:
        return ""


def normalise_website(text: str) -> str:
    """Return a website as a full http(s) address."""
    candidate = text if "://" in text else f"https://{text}"
    try:
        parts = urlsplit(candidate)
        scheme, host = parts.scheme, parts.hostname or ""
    except ValueError:  # "[" (bad IPv6 literal), characters that NFKC-normalise to "/?#@:"
        scheme, host = "", ""
    if scheme not in ("http", "https") or "." not in host or " " in candidate:
        raise ValidationError(
            {
                "website": message(
                    QT_TRANSLATE_NOOP("Messages", "Website is not a web address (like example.com)")
                )
            }
        )
    return candidate


def parse_money(text: str, field: str) -> Decimal | None:
    """Read an amount of money typed by a person: "", "1200", "1,200.50", "1.200,50".

    Returns None for empty text.
    """
    raw = _MONEY_NOISE.sub("", text.strip())
    if not raw:
        return None
    label = _MONEY_LABELS.get(field) or field.replace("_", " ").capitalize()
    if raw.startswith("-"):
        raise ValidationError(
            {field: about(label, message(QT_TRANSLATE_NOOP("Messages", "cannot be negative")))}
        )
    if "," in raw and "." in raw:
        # The separator that comes last is the decimal one.
        thousands = "," if raw.rfind(".") > raw.rfind(",") else "."
        raw = raw.replace(thousands, "").replace(",", ".")
    elif "," in raw:
        head, _, tail = raw.rpartition(",")
        raw = raw.replace(",", "") if len(tail) == 3 and head else raw.replace(",", ".")
    try:
        amount = Decimal(raw)
    except InvalidOperation as exc:
        raise ValidationError({field: _not_a_number(label, text)}) from exc
    if not amount.is_finite():
        raise ValidationError({field: _not_a_number(label, text)})
    if amount < 0:
        raise ValidationError(
            {field: about(label, message(QT_TRANSLATE_NOOP("Messages", "cannot be negative")))}
        )
    if amount >= MAX_VALUE:
        raise ValidationError(
            {field: about(label, message(QT_TRANSLATE_NOOP("Messages", "is too large")))}
        )
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError({field: too_many_decimals(field)})
    return amount.quantize(Decimal("0.01"))


def too_many_decimals(field: str) -> Message:
    """The refusal of an amount of money with fractions of a cent, naming ``field``."""
    label = _MONEY_LABELS.get(field) or field.replace("_", " ").capitalize()
    return about(label, message(QT_TRANSLATE_NOOP("Messages", "has more than two decimals")))


def _not_a_number(label: str, text: str) -> Message:
    return about(
        label,
        message(QT_TRANSLATE_NOOP("Messages", "is not a number: '{text}'"), text=text.strip()),
    )


def validate_contact(draft: ContactDraft, now: datetime) -> ContactDraft:
    """Check a contact; returns it with text trimmed and ``at`` filled (aware, UTC)."""
    errors: dict[str, str] = {}
    outcome, error = clean_line(draft.outcome, limit=SHORT_LIMIT)
    if error:
        errors["outcome"] = about(_LABELS["outcome"], error)
    note, error = clean_multiline(draft.note, limit=NOTES_LIMIT)
    if error:
        errors["note"] = about(QT_TRANSLATE_NOOP("Messages", "Note"), error)
    at = draft.at or now
    if at.tzinfo is None:
        errors["when"] = message(QT_TRANSLATE_NOOP("Messages", "When must include a time zone"))
    elif at > now + FUTURE_CONTACT_SLACK:
        errors["when"] = message(
            QT_TRANSLATE_NOOP("Messages", "When is in the future; log a contact after it happens")
        )
    if errors:
        raise ValidationError(errors)
    return ContactDraft(
        hat=draft.hat,
        channel=draft.channel,
        direction=draft.direction,
        at=at.astimezone(UTC),
        outcome=outcome,
        note=note,
        next_follow_up=draft.next_follow_up,
        replace_follow_up=draft.replace_follow_up,
        campaign_id=draft.campaign_id,
    )


def validate_task(draft: TaskDraft) -> TaskDraft:
    """Check a task; returns it with text trimmed."""
    errors: dict[str, str] = {}
    title, error = clean_line(draft.title, limit=300, required=True)
    if error:
        errors["title"] = about(_LABELS["title"], error)
    notes, error = clean_multiline(draft.notes, limit=NOTES_LIMIT)
    if error:
        errors["notes"] = about(QT_TRANSLATE_NOOP("Messages", "Notes"), error)
    if errors:
        raise ValidationError(errors)
    return TaskDraft(
        title=title,
        hat=draft.hat,
        due=draft.due,
        lead_id=draft.lead_id,
        notes=notes,
        campaign_id=draft.campaign_id,
    )


@dataclass(frozen=True)
class CampaignFields:
    name: str
    channel: CampaignChannel
    start: date | None
    end: date | None
    budget: Decimal | None
    expected_leads: int | None
    notes: str


def validate_campaign(draft: CampaignDraft) -> CampaignFields:
    """Check a campaign: a name, dates in order, money and counts not negative."""
    errors: dict[str, str] = {}
    name, error = clean_line(draft.name, limit=SHORT_LIMIT, required=True)
    if error:
        errors["name"] = about(_LABELS["name"], error)
    notes, error = clean_multiline(draft.notes, limit=NOTES_LIMIT)
    if error:
        errors["notes"] = about(QT_TRANSLATE_NOOP("Messages", "Notes"), error)
    if draft.start and draft.end and draft.end < draft.start:
        errors["end"] = message(QT_TRANSLATE_NOOP("Messages", "End date is before the start date"))
    budget: Decimal | None = None
    try:
        budget = parse_money(draft.budget, "budget")
    except ValidationError as exc:
        errors.update(exc.errors)
    expected: int | None = None
    raw = draft.expected_leads.strip().replace(",", "").replace("_", "")
    if raw:
        if not raw.isdigit():
            errors["expected_leads"] = message(
                QT_TRANSLATE_NOOP("Messages", "Expected leads is not a whole number: '{text}'"),
                text=raw,
            )
        elif int(raw) > 10_000_000:
            errors["expected_leads"] = message(
                QT_TRANSLATE_NOOP("Messages", "Expected leads is too large")
            )
        else:
            expected = int(raw)
    if errors:
        raise ValidationError(errors)
    return CampaignFields(name, draft.channel, draft.start, draft.end, budget, expected, notes)
