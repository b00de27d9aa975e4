"""BusinessSettings: regional defaults, validation naming each field, money with its currency."""

from __future__ import annotations

from decimal import Decimal

import pytest

from funnelplanner.domain.business_settings import (
    BusinessSettings,
    PaperSize,
    WeekStart,
    currency_codes,
    format_money,
    regional_defaults,
)
from funnelplanner.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("region", "currency", "week", "paper"),
    [
        ("US", "USD", WeekStart.SUNDAY, PaperSize.LETTER),
        ("DE", "EUR", WeekStart.MONDAY, PaperSize.A4),
        ("GB", "GBP", WeekStart.MONDAY, PaperSize.A4),
        ("EG", "EGP", WeekStart.SATURDAY, PaperSize.A4),
        ("ca", "CAD", WeekStart.SUNDAY, PaperSize.LETTER),
        ("ZZ", "USD", WeekStart.MONDAY, PaperSize.A4),  # no such region: safe defaults
    ],
)
def test_defaults_follow_the_region(
    region: str, currency: str, week: WeekStart, paper: PaperSize
) -> None:
    defaults = regional_defaults(region)
    assert (defaults.currency, defaults.week_start, defaults.paper) == (currency, week, paper)


def test_currency_list_holds_current_iso_codes_only() -> None:
    codes = currency_codes()
    assert {"EUR", "USD", "JPY", "CHF", "INR"} <= set(codes)
    assert "DEM" not in codes  # the Deutsche Mark is history
    assert all(len(code) == 3 and code.isupper() for code in codes)


def test_a_typed_code_is_normalised() -> None:
    assert BusinessSettings(name="  Nordlicht  ", currency=" eur ").currency == "EUR"
    assert BusinessSettings(name="  Nordlicht  ").name == "Nordlicht"


def test_every_bad_field_is_named() -> None:
    with pytest.raises(ValidationError) as refused:
        BusinessSettings(
            name="x" * 121,
            currency="XYZ",
            week_start="friday",  # type: ignore[arg-type]
            paper="a3",  # type: ignore[arg-type]
        )
    errors = refused.value.errors
    assert set(errors) == {"business name", "currency", "week start", "paper"}
    assert errors["currency"].startswith("Currency: XYZ")
    assert "too long" in errors["business name"]


@pytest.mark.parametrize(
    ("amount", "currency", "locale", "shown"),
    [
        ("1250", "EUR", "en", "€1,250"),
        ("1250.5", "EUR", "en", "€1,250.50"),
        ("1250.5", "EUR", "de_DE", "1.250,50\xa0€"),
        ("1250", "USD", "en_US", "$1,250"),
        ("-40", "GBP", "en_GB", "-£40"),
        ("99", "CHF", "C", "CHF\xa099"),  # the C locale reads as English
    ],
)
def test_money_shows_its_currency(amount: str, currency: str, locale: str, shown: str) -> None:
    assert format_money(Decimal(amount), currency, locale) == shown
