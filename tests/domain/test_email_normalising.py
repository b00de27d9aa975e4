"""The quick path for plain addresses gives exactly what email-validator gives."""

from __future__ import annotations

import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import given
from hypothesis import strategies as st

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.validation import normalise_email


def _library(text: str) -> str | None:
    try:
        return str(validate_email(text, check_deliverability=False).normalized)
    except EmailNotValidError:
        return None


def _ours(text: str) -> str | None:
    try:
        return normalise_email(text)
    except ValidationError:
        return None


@pytest.mark.parametrize(
    "text",
    [
        "ann@example.com",
        "Ann.Smith+news@Example.COM",
        "Postmaster@example.org",  # a role name: email-validator lower-cases it
        "a@b",
        "a..b@example.com",
        ".a@example.com",
        "a@[192.0.2.1]",
        "a@localhost",
        "a@example.test",
        "a@-example.com",
        "a@example..com",
        "a@xn--bcher-kva.ch",
        "a@Bücher.ch",
        "a@b@example.com",
        "a@example.123",
        "x" * 64 + "@example.com",
        "x" * 65 + "@example.com",
        "x" * 240 + "@example.com",
        "a@" + "b" * 63 + ".com",
        "a@" + "b" * 64 + ".com",
        '"quoted"@example.com',
        "Ann <ann@example.com>",
        "zoë@example.com",
    ],
)
def test_tricky_addresses_read_as_email_validator_reads_them(text: str) -> None:
    assert _ours(text) == _library(text)


_LOCAL = st.text(alphabet="aZ09._-+'!#", min_size=0, max_size=70)
_DOMAIN = st.text(alphabet="aZ09.-_[]ü", min_size=0, max_size=70)


@given(_LOCAL, _DOMAIN)
def test_any_address_reads_as_email_validator_reads_it(local: str, domain: str) -> None:
    text = f"{local}@{domain}"
    assert _ours(text) == _library(text)
