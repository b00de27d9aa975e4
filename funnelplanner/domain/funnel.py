"""Funnel maths: work a month's target backwards into the numbers each stage needs.

Rates are percentages (0 < rate <= 100). Every division rounds up, so the plan never
asks for fewer leads than the target needs.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, Message, message, term
from funnelplanner.domain.models import StageChange
from funnelplanner.domain.vocabulary import FUNNEL_ORDER, Stage

PLANNED_STAGES: tuple[Stage, ...] = (
    Stage.PROSPECT,
    Stage.LEAD,
    Stage.MQL,
    Stage.SQL,
    Stage.CUSTOMER,
)
# The four conversions the owner plans, by the names the command line uses.
STEPS: tuple[tuple[str, Stage, Stage], ...] = (
    ("prospect-lead", Stage.PROSPECT, Stage.LEAD),
    ("lead-mql", Stage.LEAD, Stage.MQL),
    ("mql-sql", Stage.MQL, Stage.SQL),
    ("sql-customer", Stage.SQL, Stage.CUSTOMER),
)
STEP_NAMES = tuple(name for name, _, _ in STEPS)
MAX_CUSTOMERS = 1_000_000


@dataclass(frozen=True)
class Rates:
    """Expected conversion at each step, in percent, keyed by step name."""

    values: Mapping[str, Decimal]

    def __post_init__(self) -> None:
        errors: dict[str, str] = {}
        for name in STEP_NAMES:
            rate = self.values.get(name)
            if rate is None:
                errors[f"rate {name}"] = message(
                    QT_TRANSLATE_NOOP("Messages", "Rate {step} is missing"), step=name
                )
            elif not rate.is_finite() or rate <= 0:
                errors[f"rate {name}"] = message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Rate {step} must be above 0 %: at 0 % no number of leads would be enough",
                    ),
                    step=name,
                )
            elif rate > 100:
                errors[f"rate {name}"] = message(
                    QT_TRANSLATE_NOOP("Messages", "Rate {step} cannot be above 100 %"), step=name
                )
        if errors:
            raise ValidationError(errors)

    def __getitem__(self, name: str) -> Decimal:
        return self.values[name]

    @classmethod
    def of(cls, **percent: str | int | float | Decimal) -> Rates:
        """Rates from keyword arguments with underscores: ``Rates.of(lead_mql=30, ...)``."""
        return cls({k.replace("_", "-"): parse_percent(str(v), k) for k, v in percent.items()})


def _not_a_percentage(text: str) -> Message:
    return message(QT_TRANSLATE_NOOP("Messages", "'{text}' is not a percentage"), text=text)


def parse_percent(text: str, field: str) -> Decimal:
    """Read "25", "25 %" or "12.5"; refused with a message naming the field."""
    raw = text.strip().rstrip("%").strip().replace(",", ".")
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise ValidationError({field: _not_a_percentage(text)}) from None
    if not value.is_finite():
        raise ValidationError({field: _not_a_percentage(text)})
    return value


DEFAULT_RATES = Rates.of(prospect_lead=20, lead_mql=40, mql_sql=50, sql_customer=25)


@dataclass(frozen=True)
class Need:
    """How many of a stage the month needs, and how that number was reached."""

    stage: Stage
    count: int
    explanation: str


def customers_needed(
    customers: int | None, revenue: Decimal | None, deal_value: Decimal | None
) -> int:
    """The month's customer target, given directly or as revenue over the average deal."""
    if customers is not None:
        if customers < 0 or customers > MAX_CUSTOMERS:
            raise ValidationError(
                {
                    "customers": message(
                        QT_TRANSLATE_NOOP("Messages", "Customers must be between 0 and 1,000,000")
                    )
                }
            )
        return customers
    if revenue is None or deal_value is None:
        raise ValidationError(
            {
                "customers": message(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Set target customers, or a target revenue with an average deal value",
                    )
                )
            }
        )
    if deal_value <= 0:
        raise ValidationError(
            {
                "deal_value": message(
                    QT_TRANSLATE_NOOP("Messages", "Average deal value must be above 0")
                )
            }
        )
    if revenue < 0:
        raise ValidationError(
            {"revenue": message(QT_TRANSLATE_NOOP("Messages", "Target revenue cannot be negative"))}
        )
    needed = math.ceil(Fraction(revenue) / Fraction(deal_value))
    if needed > MAX_CUSTOMERS:
        raise ValidationError(
            {
                "revenue": message(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Target revenue needs more than a million customers"
                    )
                )
            }
        )
    return needed


def work_backwards(customers: int, rates: Rates) -> dict[Stage, Need]:
    """Customers wanted → SQLs, MQLs, leads and prospects needed, rounding up each step."""
    wanted_text = message(
        QT_TRANSLATE_NOOP("Messages", "{count} customers wanted"), count=customers
    )
    needs = {Stage.CUSTOMER: Need(Stage.CUSTOMER, customers, wanted_text)}
    wanted = customers
    for name, source, target in reversed(STEPS):
        rate = rates[name]
        # Exact fractions: 5 customers at 33.3 % must not become 15.0000001 and round to 16.
        count = math.ceil(Fraction(wanted) * 100 / Fraction(rate))
        needs[source] = Need(
            source,
            count,
            message(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{count} {sources} = {wanted} {targets} ÷ {rate} {source}→{target}, rounded up",
                ),
                count=count,
                sources=term("StagePlural", source.plural),
                wanted=wanted,
                targets=term("StagePlural", target.plural),
                rate=format_percent(rate),
                source=term("Stage", source.label),
                target=term("Stage", target.label),
            ),
        )
        wanted = count
    return {stage: needs[stage] for stage in PLANNED_STAGES}


def entries_in_period(
    histories: Iterable[list[StageChange]], start: datetime, end: datetime
) -> dict[Stage, int]:
    """How many leads entered each planned stage in [start, end).

    A lead that skips stages (lead straight to SQL) counts as entering each skipped stage
    at that moment; a lead that falls back and climbs again counts once per stage; LOST
    counts nowhere. A new lead counts as a prospect too: every lead was one.
    """
    counts = dict.fromkeys(PLANNED_STAGES, 0)
    for history in histories:
        reached = -1
        for change in sorted(history, key=lambda c: c.entered_at):
            if change.stage is Stage.LOST:
                continue
            rank = change.stage.rank
            if rank > reached:
                if start <= change.entered_at < end:
                    for passed in FUNNEL_ORDER[reached + 1 : rank + 1]:
                        if passed in counts:
                            counts[passed] += 1
                reached = rank
    return counts


def actual_rates(entries: Mapping[Stage, int]) -> dict[str, Decimal | None]:
    """Entered(next) ÷ entered(this) per step, in percent; None where nothing entered."""
    rates: dict[str, Decimal | None] = {}
    for name, source, target in STEPS:
        base = entries.get(source, 0)
        rates[name] = (
            None
            if base == 0
            else (Decimal(entries.get(target, 0)) * 100 / base).quantize(Decimal("0.1"))
        )
    return rates


def format_percent(rate: Decimal) -> str:
    """A rate as people write it: "25 %", "12.5 %"."""
    return f"{rate.normalize():f} %"
