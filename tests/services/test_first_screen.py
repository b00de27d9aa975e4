"""The window's first screen, read before SQLAlchemy loads, is what the full services read.

``open_services`` gives the window a stand-in that answers the first screen's reads from
plain sqlite3 (storage.first_look) until the full services are open. Every answer must be
the full services' own for the same file, and nothing may be lost on the way to them.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from funnelplanner.domain.business_settings import BusinessSettings, PaperSize, WeekStart
from funnelplanner.domain.errors import DatabaseFileError
from funnelplanner.domain.models import ContactDraft, LeadDraft, LeadQuery, TaskDraft
from funnelplanner.domain.planning_models import CampaignChannel, CampaignDraft
from funnelplanner.domain.vocabulary import Channel, Hat, Stage
from funnelplanner.services import Services
from funnelplanner.services.first_screen import FirstScreenServices, open_services
from funnelplanner.storage import first_look, lead_repository
from funnelplanner.storage.first_look import FirstLook

FIXTURES = Path(__file__).parents[1] / "fixtures"
# Offsets and limits: the window's first page, one further on, and all (-1).
PAGES = ((0, 5), (3, 4), (0, -1))
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
SORT_KEYS = tuple(lead_repository.SORT_COLUMNS)  # every key the table sorts by


def clock() -> datetime:
    return NOW


def first_screen(path: Path) -> FirstScreenServices:
    services = open_services(path, region="US", clock=clock, start_backup=False)
    assert isinstance(services, FirstScreenServices), "a file at head is first looked at"
    return services


# Names that sort apart only once case-folded, blanks, and values that may be missing.
lead_drafts = st.builds(
    LeadDraft,
    name=st.sampled_from(["Ada", "ada", "Émile", "Zoë", "bob", "Bob", "Ünal", "x"]),
    company=st.sampled_from(["", "Acme", "acme", "Zeta GmbH", "Ölwerk"]),
    value=st.sampled_from(["", "0", "12.50", "1000", "99.99"]),
    stage=st.sampled_from(list(Stage)),
    next_follow_up=st.none() | st.dates(date(2026, 1, 1), date(2027, 12, 31)),
)
task_drafts = st.tuples(
    st.text("abc ", min_size=1, max_size=6).filter(str.strip),
    st.sampled_from(list(Hat)),
    st.none() | st.dates(date(2026, 1, 1), date(2027, 12, 31)),
    st.booleans(),  # linked to a lead
    st.booleans(),  # done
)


def fill(
    services: Services,
    leads: list[LeadDraft],
    contacts: list[int],
    tasks: list[tuple[str, Hat, date | None, bool, bool]],
) -> None:
    campaign = services.campaigns.create(CampaignDraft("Spring", CampaignChannel.NEWSLETTER))
    ids = []
    for index, draft in enumerate(leads):
        linked = replace(draft, campaign_id=campaign.id if index % 3 == 0 else None)
        ids.append(services.leads.create(linked).id)
    for index, count in enumerate(contacts[: len(ids)]):
        for minutes in range(count):
            services.contacts.log(
                ids[index],
                ContactDraft(Hat.SALES, Channel.PHONE, at=NOW - timedelta(minutes=minutes)),
            )
    for number, (title, hat, due, linked, done) in enumerate(tasks):
        task = services.tasks.create(
            TaskDraft(
                title,
                hat,
                due=due,
                lead_id=ids[number % len(ids)] if linked and ids else None,
                campaign_id=campaign.id if number % 2 else None,
            )
        )
        if done:
            services.tasks.set_done(task.id)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    leads=st.lists(lead_drafts, max_size=14),
    contacts=st.lists(st.integers(0, 2), max_size=14),
    tasks=st.lists(task_drafts, max_size=8),
    business=st.none()
    | st.builds(
        BusinessSettings,
        name=st.sampled_from(["", "Studio Nord"]),
        currency=st.sampled_from(["EUR", "JPY", "USD"]),
        week_start=st.sampled_from(list(WeekStart)),
        paper=st.sampled_from(list(PaperSize)),
    ),
)
def test_every_first_screen_answer_is_the_full_services_answer(
    tmp_path_factory: pytest.TempPathFactory,
    leads: list[LeadDraft],
    contacts: list[int],
    tasks: list[tuple[str, Hat, date | None, bool, bool]],
    business: BusinessSettings | None,
) -> None:
    path = tmp_path_factory.mktemp("first") / "funnel.sqlite"
    full = Services.open(path, region="US", clock=clock, start_backup=False)
    try:
        fill(full, leads, contacts, tasks)
        if business is not None:
            full.settings.save_preferences(business)
        # Sorting by stage (a rank worked out in SQL) is left to the full services: asked
        # last, as the first look's answers end once they are open.
        queries = [
            LeadQuery(stage=stage, sort_key=key, descending=descending)
            for key in (*(key for key in SORT_KEYS if key != "stage"), "stage")
            for descending in (False, True)
            for stage in (None, Stage.LEAD, Stage.SQL)
        ]
        expected = read_everything(full, queries)
    finally:
        full.close()

    first = first_screen(path)
    try:
        answered = read_everything(first, queries)
        assert first.fully_open(), "the stage's sort opened them"
    finally:
        first.close()
    assert answered == expected


def read_everything(services: Services | FirstScreenServices, queries: list[LeadQuery]) -> list:
    """What the first screen reads, the queries' pages and counts last."""
    first_look_only = isinstance(services, FirstScreenServices)
    answers: list = [
        [services.tasks.listing(hat, done) for hat in (None, *Hat) for done in (True, False)],
        services.planning.open_task_counts(),
        services.settings.business(),
        services.demo.should_welcome(),
        services.demo.has_demo(),
    ]
    for before, query in zip([None, *queries], queries, strict=False):
        if first_look_only and query.sort_key == "stage" != getattr(before, "sort_key", None):
            assert not services.fully_open(), "every earlier answer came from the first look"
        answers.append(
            [services.leads.page(query, offset, limit) for offset, limit in PAGES]
            + [services.leads.count(query)]
        )
    return answers


def test_the_first_screen_is_read_without_opening_the_full_services(db_path: Path) -> None:
    full = Services.open(db_path, region="US", clock=clock, start_backup=False)
    fill(full, [LeadDraft("Ada", company="Acme")], [1], [("Call", Hat.SALES, None, True, False)])
    full.close()

    first = first_screen(db_path)
    try:
        assert [lead.name for lead in first.leads.page(LeadQuery(), 0, 50)] == ["Ada"]
        assert first.leads.count(LeadQuery()) == 1
        assert [task.title for task in first.tasks.listing(Hat.SALES)] == ["Call"]
        assert first.planning.open_task_counts() == {Hat.MARKETING: 0, Hat.SALES: 1}
        assert first.settings.business().currency == "USD"
        assert not first.demo.should_welcome()
        assert not first.demo.has_demo()
        assert not first.fully_open()
    finally:
        first.close()


def test_changes_after_the_full_opening_are_read_from_it_and_offered_for_undo(
    db_path: Path,
) -> None:
    Services.open(db_path, region="US", clock=clock, start_backup=False).close()
    first = first_screen(db_path)
    heard: list[object] = []
    try:
        first.history.listen(heard.append)  # the window's Undo, before the full opening
        assert first.leads.count(LeadQuery()) == 0
        first.leads.create(LeadDraft("Ada"))  # a change opens the full services first
        assert first.fully_open()
        assert first.leads.count(LeadQuery()) == 1
        assert [lead.name for lead in first.leads.page(LeadQuery(), 0, 10)] == ["Ada"]
        assert len(heard) == 1, "the change reached the listener given before the opening"
    finally:
        first.close()


def test_the_background_opening_ends_with_the_full_services(db_path: Path) -> None:
    Services.open(db_path, region="US", clock=clock, start_backup=False).close()
    first = first_screen(db_path)
    told: list[bool] = []
    try:
        # Told on the opening's thread once the full services are open.
        first.finish_opening_in_background(lambda: told.append(first.fully_open()))
        opened = threading.Event()
        # The worker's today_picture waits for the opening under way, then answers.
        picture: list[object] = []
        worker = threading.Thread(target=lambda: (picture.append(first.planning.today_picture()),
                                                  opened.set()))  # fmt: skip
        worker.start()
        assert opened.wait(30)
        worker.join()
        assert first.fully_open()
        assert first.opening_problem() is None
        assert picture[0].day == NOW.date()  # type: ignore[attr-defined]
        for _wait in range(300):
            if told:
                break
            threading.Event().wait(0.01)
        assert told == [True]
    finally:
        first.close()


def _failing_services(db_path: Path) -> tuple[FirstScreenServices, Callable[[], int]]:
    Services.open(db_path, region="US", clock=clock, start_backup=False).close()
    look = FirstLook.open(db_path)
    assert look is not None
    tries = []

    def refuse() -> Services:
        tries.append(1)
        raise DatabaseFileError(f"{db_path} cannot be written")

    first = FirstScreenServices(look, refuse, db_path, "US", clock, UTC)
    return first, lambda: len(tries)


def test_a_full_opening_that_fails_is_told_and_not_tried_again(db_path: Path) -> None:
    first, tries = _failing_services(db_path)
    try:
        assert first.leads.count(LeadQuery()) == 0  # the first look still answers
        with pytest.raises(DatabaseFileError, match="cannot be written"):
            first.leads.get(1)
        assert isinstance(first.opening_problem(), DatabaseFileError)
        with pytest.raises(DatabaseFileError):
            first.leads.create(LeadDraft("Ada"))
        assert tries() == 1
        assert not first.fully_open()
    finally:
        first.close()


def test_closing_before_the_full_opening_opens_nothing(db_path: Path) -> None:
    first, tries = _failing_services(db_path)
    first.close()
    first.finish_opening_in_background()
    with pytest.raises(RuntimeError, match="closed"):
        first.leads.get(1)
    assert tries() == 0


@pytest.mark.parametrize("kind", ["missing", "empty", "not sqlite", "older schema"])
def test_a_file_that_is_not_at_head_is_opened_fully_at_once(db_path: Path, kind: str) -> None:
    if kind == "empty":
        db_path.write_bytes(b"")
    elif kind == "older schema":
        shutil.copyfile(FIXTURES / "schema_0006.sqlite", db_path)
    if kind == "not sqlite":
        db_path.write_text("name,company\nAda,Acme\n")
        with pytest.raises(DatabaseFileError):
            open_services(db_path, region="US", clock=clock, start_backup=False)
        return
    assert FirstLook.open(db_path) is None
    services = open_services(db_path, region="US", clock=clock, start_backup=False)
    try:
        assert isinstance(services, Services)
    finally:
        services.close()


def test_probing_for_special_names_opens_nothing(db_path: Path) -> None:
    Services.open(db_path, region="US", clock=clock, start_backup=False).close()
    first = first_screen(db_path)
    try:
        assert not hasattr(first, "__deepcopy__")
        assert not hasattr(first.leads, "__reduce_ex_missing__")
        assert not first.fully_open()
        assert first.leads.region == "US"  # an attribute of the full service: opens them
        assert first.fully_open()
    finally:
        first.close()


def test_the_first_look_sorts_by_the_repositorys_own_columns() -> None:
    # Written twice, as the first look has no SQLAlchemy: kept equal here. The stage
    # sorts by a rank worked out in SQL, which the first look leaves to the repository.
    repository = {
        key: str(column.name)  # type: ignore[attr-defined]
        for key, column in lead_repository.SORT_COLUMNS.items()
        if key != "stage"
    }
    assert repository == first_look._SORT_COLUMNS
