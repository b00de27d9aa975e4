"""Stages, hats, channels, directions and reading a user's word for them."""

from __future__ import annotations

import pytest

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.vocabulary import (
    FUNNEL_ORDER,
    Channel,
    Direction,
    Hat,
    Stage,
    parse_choice,
)


def test_funnel_order_is_the_domain_order():
    assert FUNNEL_ORDER == (
        Stage.PROSPECT,
        Stage.LEAD,
        Stage.MQL,
        Stage.SQL,
        Stage.CUSTOMER,
        Stage.PROMOTER,
    )
    assert Stage.LOST not in FUNNEL_ORDER
    assert set(FUNNEL_ORDER) | {Stage.LOST} == set(Stage)


def test_ranks_follow_the_funnel_and_lost_is_below_all():
    ranks = [stage.rank for stage in FUNNEL_ORDER]
    assert ranks == list(range(len(FUNNEL_ORDER)))
    assert Stage.LOST.rank == -1
    assert all(Stage.LOST.rank < stage.rank for stage in FUNNEL_ORDER)
    assert sorted(Stage, key=lambda s: s.rank)[0] is Stage.LOST


@pytest.mark.parametrize(
    ("stage", "label"),
    [
        (Stage.PROSPECT, "Prospect"),
        (Stage.LEAD, "Lead"),
        (Stage.MQL, "MQL"),
        (Stage.SQL, "SQL"),
        (Stage.CUSTOMER, "Customer"),
        (Stage.PROMOTER, "Promoter"),
        (Stage.LOST, "Lost"),
    ],
)
def test_stage_labels(stage, label):
    assert stage.label == label


def test_stage_values_are_stable_storage_words():
    # These words are stored in the database; changing one needs a migration.
    assert [s.value for s in Stage] == [
        "prospect",
        "lead",
        "mql",
        "sql",
        "customer",
        "promoter",
        "lost",
    ]
    assert [h.value for h in Hat] == ["marketing", "sales"]
    assert [d.value for d in Direction] == ["outbound", "inbound"]


def test_other_labels():
    assert Hat.MARKETING.label == "Marketing"
    assert Hat.SALES.label == "Sales"
    assert Channel.VIDEO_CALL.label == "Video call"
    assert Channel.PHONE.label == "Phone"
    assert Direction.INBOUND.label == "Inbound"
    assert all(len(c.value) <= 16 for c in Channel)  # fits the contacts.channel column


@pytest.mark.parametrize(
    ("kind", "text", "member"),
    [
        (Stage, "mql", Stage.MQL),
        (Stage, "  MQL ", Stage.MQL),
        (Stage, "Customer", Stage.CUSTOMER),
        (Hat, "SALES", Hat.SALES),
        (Hat, "marketing", Hat.MARKETING),
        (Channel, "video call", Channel.VIDEO_CALL),
        (Channel, "Video-Call", Channel.VIDEO_CALL),
        (Channel, "VIDEO_CALL", Channel.VIDEO_CALL),
        (Direction, "Inbound", Direction.INBOUND),
    ],
)
def test_parse_choice_accepts_values_labels_and_any_case(kind, text, member):
    assert parse_choice(kind, text, "field") is member


@pytest.mark.parametrize("member", list(Stage) + list(Hat) + list(Channel) + list(Direction))
def test_parse_choice_reads_every_label(member):
    assert parse_choice(type(member), member.label, "x") is member
    assert parse_choice(type(member), member.value.upper(), "x") is member


@pytest.mark.parametrize("text", ["", "client", "mqls", "s q l"])
def test_parse_choice_refuses_unknown_words(text):
    with pytest.raises(ValidationError) as caught:
        parse_choice(Stage, text, "stage")
    assert list(caught.value.errors) == ["stage"]
    message = caught.value.errors["stage"]
    assert f"'{text}'" in message
    for stage in Stage:
        assert stage.value in message
