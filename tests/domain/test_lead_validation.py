"""validate_lead and its helpers: every refusal names its field, every acceptance normalises."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from decimal import Decimal

import pytest

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.models import LeadDraft
from funnelplanner.domain.validation import (
    NAME_LIMIT,
    NOTES_LIMIT,
    normalise_email,
    normalise_phone,
    normalise_website,
    phone_key,
    validate_lead,
)
from funnelplanner.domain.vocabulary import Stage


def refused(draft: LeadDraft, region: str = "US") -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        validate_lead(draft, region)
    return caught.value.errors


def test_minimal_lead_is_accepted_with_defaults():
    fields_ = validate_lead(LeadDraft(name="  Ann Smith  "), "US")
    assert fields_.name == "Ann Smith"
    assert fields_.company == ""
    assert fields_.email == ""
    assert fields_.phone == ""
    assert fields_.phone_key == ""
    assert fields_.website == ""
    assert fields_.value is None
    assert fields_.notes == ""
    assert fields_.stage is Stage.LEAD
    assert fields_.next_follow_up is None


def test_full_lead_is_normalised():
    draft = LeadDraft(
        name="Ann Smith",
        company=" Acme ",
        email=" ann@EXAMPLE.com ",
        phone="(650) 253-0000",
        website="acme.example.com/about",
        source=" webinar ",
        value="1,200.50",
        notes="  first line\r\nsecond\tline  ",
        stage=Stage.MQL,
        next_follow_up=date(2026, 12, 1),
    )
    got = validate_lead(draft, "US")
    assert got.company == "Acme"
    assert got.email == "ann@example.com"
    assert got.phone == "+1 650-253-0000"
    assert got.phone_key == "+16502530000"
    assert got.website == "https://acme.example.com/about"
    assert got.source == "webinar"
    assert got.value == Decimal("1200.50")
    assert got.notes == "first line\nsecond\tline"
    assert got.stage is Stage.MQL
    assert got.next_follow_up == date(2026, 12, 1)


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_name_is_required(name):
    errors = refused(LeadDraft(name=name))
    assert list(errors) == ["name"]
    assert "required" in errors["name"]
    assert errors["name"].startswith("Name ")


def test_name_length_limit_is_inclusive():
    assert validate_lead(LeadDraft(name="x" * NAME_LIMIT), "US").name == "x" * NAME_LIMIT
    errors = refused(LeadDraft(name="x" * (NAME_LIMIT + 1)))
    assert "too long" in errors["name"]
    assert str(NAME_LIMIT) in errors["name"]


def test_name_length_counts_after_trimming():
    assert (
        validate_lead(LeadDraft(name=" " + "x" * NAME_LIMIT + " "), "US").name == "x" * NAME_LIMIT
    )


@pytest.mark.parametrize(
    ("field", "limit"),
    [("company", 200), ("email", 320), ("phone", 40), ("website", 500), ("source", 100)],
)
def test_short_field_length_limits(field, limit):
    errors = refused(LeadDraft(name="Ann", **{field: "a" * (limit + 1)}))
    assert list(errors) == [field]
    assert "too long" in errors[field]


def test_notes_limit():
    assert (
        validate_lead(LeadDraft(name="A", notes="n" * NOTES_LIMIT), "US").notes == "n" * NOTES_LIMIT
    )
    errors = refused(LeadDraft(name="A", notes="n" * (NOTES_LIMIT + 1)))
    assert list(errors) == ["notes"]
    assert "20,000" in errors["notes"]


@pytest.mark.parametrize("field", ["name", "company", "email", "phone", "website", "source"])
@pytest.mark.parametrize("bad", ["\x00", "\x07", "\x1b[31m", "a\nb", "a\tb", "\x7f", "\x85"])
def test_single_line_fields_refuse_control_characters(field, bad):
    values = {"name": "Ann", field: f"x{bad}y"}
    errors = refused(LeadDraft(**values))
    assert field in errors
    assert "control characters" in errors[field]


def test_notes_keep_tabs_and_newlines_but_refuse_other_controls():
    assert validate_lead(LeadDraft(name="A", notes="a\tb\nc"), "US").notes == "a\tb\nc"
    errors = refused(LeadDraft(name="A", notes="bell\x07"))
    assert "control characters" in errors["notes"]


def test_every_bad_field_is_reported_at_once():
    errors = refused(
        LeadDraft(
            name="",
            company="c\x00",
            email="not-an-email",
            phone="abc",
            website="nowhere",
            source="s" * 101,
            value="-5",
            notes="\x01",
        )
    )
    assert set(errors) == {
        "name",
        "company",
        "email",
        "phone",
        "website",
        "source",
        "value",
        "notes",
    }


# --- email -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ann@example.com", "ann@example.com"),
        ("Ann.Smith@Example.COM", "Ann.Smith@example.com"),
        ("jörg@bücher.example", "jörg@bücher.example"),
        ("a+tag@sub.example.org", "a+tag@sub.example.org"),
    ],
)
def test_valid_emails_are_normalised(typed, stored):
    assert normalise_email(typed) == stored
    assert validate_lead(LeadDraft(name="A", email=typed), "US").email == stored


@pytest.mark.parametrize(
    "typed", ["ann", "ann@", "@example.com", "ann@@example.com", "ann@example", "a b@example.com"]
)
def test_invalid_emails_are_refused(typed):
    errors = refused(LeadDraft(name="A", email=typed))
    assert list(errors) == ["email"]
    assert errors["email"].startswith("Email is not valid")


def test_email_does_not_need_the_network():
    # A domain that cannot exist in DNS still passes syntax checks: no deliverability lookup.
    assert normalise_email("x@no-such-domain-for-funnel-planner.example") != ""


# --- phone -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "region", "key"),
    [
        ("(650) 253-0000", "US", "+16502530000"),
        ("650.253.0000", "US", "+16502530000"),
        ("+1 650 253 0000", "DE", "+16502530000"),
        ("0171 2345678", "DE", "+491712345678"),
        ("0171 2345678", "de", "+491712345678"),
        ("+49 171 2345678", "US", "+491712345678"),
        ("020 7946 0018", "GB", "+442079460018"),
    ],
)
def test_phone_numbers_are_read_with_the_region(typed, region, key):
    display, got_key = normalise_phone(typed, region)
    assert got_key == key
    assert display.startswith("+")
    assert validate_lead(LeadDraft(name="A", phone=typed), region).phone_key == key


def test_same_digits_mean_different_numbers_in_different_regions():
    # A German mobile typed without +49 is not a valid US number.
    errors = refused(LeadDraft(name="A", phone="0171 2345678"), "US")
    assert errors["phone"] == "Phone is not a valid number for its country"


@pytest.mark.parametrize("typed", ["abc", "++", "1"])
def test_unreadable_phone_numbers_are_refused(typed):
    errors = refused(LeadDraft(name="A", phone=typed))
    assert list(errors) == ["phone"]
    assert errors["phone"].startswith("Phone is not")


def test_unreadable_phone_without_plus_hints_at_the_country_code():
    with pytest.raises(ValidationError) as caught:
        normalise_phone("hello", "")
    assert "start with +" in caught.value.errors["phone"]


def test_phone_key_is_empty_for_unreadable_numbers():
    assert phone_key("not a phone", "US") == ""
    assert phone_key("(650) 253-0000", "US") == "+16502530000"


# --- website -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("example.com", "https://example.com"),
        ("http://example.com/x?y=1", "http://example.com/x?y=1"),
        ("https://www.example.co.uk", "https://www.example.co.uk"),
        ("shop.example.com/path", "https://shop.example.com/path"),
    ],
)
def test_websites_are_made_full_addresses(typed, stored):
    assert normalise_website(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "localhost",
        "ftp://example.com",
        "javascript://example.com",
        "exa mple.com",
        "[",
        "http://[broken",
        "example.com\uff03x",  # a full-width '#' that NFKC turns into a real one
    ],
)
def test_bad_websites_are_refused_as_validation_errors(typed):
    with pytest.raises(ValidationError) as caught:
        normalise_website(typed)
    assert list(caught.value.errors) == ["website"]
    errors = refused(LeadDraft(name="A", website=typed))
    assert list(errors) == ["website"]


# --- money in a lead -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("", None),
        ("   ", None),
        ("0", Decimal("0.00")),
        ("1200", Decimal("1200.00")),
        ("1,200.50", Decimal("1200.50")),
        ("1.200,50", Decimal("1200.50")),
        ("$ 5,000", Decimal("5000.00")),
    ],
)
def test_lead_value_is_parsed(typed, value):
    assert validate_lead(LeadDraft(name="A", value=typed), "US").value == value


def test_lead_value_errors_use_the_value_field():
    errors = refused(LeadDraft(name="A", value="-5"))
    assert errors == {"value": "Value cannot be negative"}


def test_every_error_key_is_a_draft_field():
    names = {f.name for f in fields(LeadDraft)}
    errors = refused(LeadDraft(name="", email="x", phone="x", website="x", value="x", notes="\x00"))
    assert set(errors) <= names


def test_forgetting_checked_values_makes_the_next_check_read_the_number_again() -> None:
    # The import benchmark runs one file again and again: each run must read its numbers.
    from funnelplanner.domain import validation

    validation.forget_checked_values()
    assert validation.normalise_phone("+1 212 555 0100", "US")[1] == "+12125550100"
    assert validation._read_phone.cache_info().currsize == 1
    validation.forget_checked_values()
    assert validation._read_phone.cache_info().currsize == 0
    assert validation._domain_of.cache_info().currsize == 0
