"""validate_contact and validate_task."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.models import ContactDraft, TaskDraft
from funnelplanner.domain.validation import (
    FUTURE_CONTACT_SLACK,
    NOTES_LIMIT,
    validate_contact,
    validate_task,
)
from funnelplanner.domain.vocabulary import Channel, Direction, Hat

NOW = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)


def contact(**changes) -> ContactDraft:
    values = {"hat": Hat.SALES, "channel": Channel.PHONE}
    values.update(changes)
    return ContactDraft(**values)


def test_contact_without_time_is_now():
    clean = validate_contact(contact(), NOW)
    assert clean.at == NOW
    assert clean.direction is Direction.OUTBOUND


def test_contact_time_is_converted_to_utc():
    berlin = timezone(timedelta(hours=1))
    clean = validate_contact(contact(at=datetime(2026, 11, 16, 8, 30, tzinfo=berlin)), NOW)
    assert clean.at == datetime(2026, 11, 16, 7, 30, tzinfo=UTC)
    assert clean.at.utcoffset() == timedelta(0)


def test_contact_text_is_trimmed_and_kept():
    clean = validate_contact(
        contact(
            channel=Channel.EMAIL,
            direction=Direction.INBOUND,
            outcome="  booked demo ",
            note=" line1\r\nline2 ",
            next_follow_up=date(2026, 11, 20),
        ),
        NOW,
    )
    assert clean.outcome == "booked demo"
    assert clean.note == "line1\nline2"
    assert clean.channel is Channel.EMAIL
    assert clean.direction is Direction.INBOUND
    assert clean.next_follow_up == date(2026, 11, 20)


def test_naive_time_is_refused():
    with pytest.raises(ValidationError) as caught:
        validate_contact(contact(at=datetime(2026, 11, 16, 8, 0)), NOW)
    assert list(caught.value.errors) == ["when"]
    assert "time zone" in caught.value.errors["when"]


def test_future_beyond_the_slack_is_refused():
    with pytest.raises(ValidationError) as caught:
        validate_contact(contact(at=NOW + FUTURE_CONTACT_SLACK + timedelta(seconds=1)), NOW)
    assert "future" in caught.value.errors["when"]


def test_up_to_a_day_ahead_is_accepted():
    at = NOW + FUTURE_CONTACT_SLACK
    assert validate_contact(contact(at=at), NOW).at == at


def test_long_ago_is_accepted():
    at = datetime(2001, 1, 1, tzinfo=UTC)
    assert validate_contact(contact(at=at), NOW).at == at


def test_contact_text_errors_are_reported_together():
    with pytest.raises(ValidationError) as caught:
        validate_contact(contact(outcome="o" * 201, note="\x00", at=NOW + timedelta(days=30)), NOW)
    assert set(caught.value.errors) == {"outcome", "note", "when"}


def test_contact_outcome_refuses_line_breaks():
    with pytest.raises(ValidationError) as caught:
        validate_contact(contact(outcome="a\nb"), NOW)
    assert "control characters" in caught.value.errors["outcome"]


def test_task_is_trimmed():
    clean = validate_task(
        TaskDraft(title="  Write newsletter ", hat=Hat.MARKETING, notes=" a\r\nb ", lead_id=3)
    )
    assert clean == TaskDraft(
        title="Write newsletter", hat=Hat.MARKETING, due=None, lead_id=3, notes="a\nb"
    )


@pytest.mark.parametrize("title", ["", "   "])
def test_task_title_is_required(title):
    with pytest.raises(ValidationError) as caught:
        validate_task(TaskDraft(title=title, hat=Hat.SALES))
    assert caught.value.errors == {"title": "Title is required"}


def test_task_limits_and_controls():
    assert validate_task(TaskDraft(title="t" * 300, hat=Hat.SALES)).title == "t" * 300
    with pytest.raises(ValidationError) as caught:
        validate_task(TaskDraft(title="t" * 301, hat=Hat.SALES, notes="n" * (NOTES_LIMIT + 1)))
    assert set(caught.value.errors) == {"title", "notes"}
    with pytest.raises(ValidationError) as caught:
        validate_task(TaskDraft(title="tab\there", hat=Hat.SALES))
    assert "control characters" in caught.value.errors["title"]
