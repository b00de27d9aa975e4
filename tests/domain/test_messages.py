"""A message the core builds is its English text, and still knows how it was made."""

from __future__ import annotations

import copy
import pickle

import pytest

from funnelplanner.domain.errors import FunnelPlannerError, ValidationError
from funnelplanner.domain.messages import Message, about, message, term
from funnelplanner.domain.models import TaskDraft
from funnelplanner.domain.validation import normalise_website, validate_task
from funnelplanner.domain.vocabulary import Hat


def test_a_message_is_its_english_text_and_keeps_template_and_values() -> None:
    made = message("{name} has {count:,} leads", name="Ann", count=12000)
    assert made == "Ann has 12,000 leads"
    assert isinstance(made, str) and isinstance(made, Message)
    assert made.template == "{name} has {count:,} leads"
    assert made.values == {"name": "Ann", "count": 12000}
    assert made.context == "Messages"


def test_a_message_made_of_messages_keeps_each_part() -> None:
    made = about(
        "Name", message("is too long ({count} characters; at most {limit})", count=201, limit=200)
    )
    assert made == "Name is too long (201 characters; at most 200)"
    label, problem = made.values["label"], made.values["problem"]
    assert isinstance(label, Message) and label.template == "Name"
    assert isinstance(problem, Message) and problem.values == {"count": 201, "limit": 200}
    word = term("Stage", "Lead")
    assert word == "Lead" and word.context == "Stage" and word.values == {}


def test_copies_and_pickles_stay_messages() -> None:
    made = message("Move {name} to {stage}", name="Ann", stage=term("Stage", "SQL"))
    for again in (copy.copy(made), copy.deepcopy(made), pickle.loads(pickle.dumps(made))):
        assert again == made and isinstance(again, Message)
        assert again.template == made.template and again.values == made.values


def test_an_error_keeps_the_message_it_was_raised_with() -> None:
    with pytest.raises(FunnelPlannerError) as raised:
        normalise_website("not a site")
    error = raised.value
    assert isinstance(error, ValidationError)
    refusal = error.errors["website"]
    assert isinstance(refusal, Message)
    assert refusal.template == "Website is not a web address (like example.com)"
    # The whole refusal reads as before, and is a message made of the field's own.
    assert str(error) == "website: Website is not a web address (like example.com)"
    assert isinstance(error.message, Message)
    assert error.message.values["problem"] is refusal


def test_every_field_of_a_refusal_is_in_the_errors_overall_message() -> None:
    with pytest.raises(ValidationError) as raised:
        validate_task(TaskDraft(title="", hat=Hat.SALES, notes="x" * 20_001))
    assert str(raised.value) == (
        "title: Title is required; notes: Notes is too long (20,001 characters; at most 20,000)"
    )
    assert isinstance(raised.value.message, Message)
