"""Task use cases: each task belongs to exactly one hat."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from funnelplanner.domain.errors import ValidationError
from funnelplanner.domain.messages import QT_TRANSLATE_NOOP, message
from funnelplanner.domain.models import Task, TaskDraft
from funnelplanner.domain.validation import validate_task
from funnelplanner.domain.vocabulary import Hat
from funnelplanner.services.clock import Clock
from funnelplanner.services.history import History
from funnelplanner.storage import task_repository
from funnelplanner.storage.rows import CampaignRow, LeadRow, TaskRow
from funnelplanner.storage.snapshots import Key, Snapshot


class TaskService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, history: History) -> None:
        self._sessions = sessions
        self._clock = clock
        self._history = history

    def create(self, draft: TaskDraft) -> Task:
        clean = validate_task(draft)
        with self._sessions.begin() as session:
            _check_links(session, clean)
            row = TaskRow(created_at=self._clock(), done=False)
            _apply(row, clean)
            session.add(row)
            session.flush()
            task = task_repository.load(session, row.id)
        self._history.record(
            message(QT_TRANSLATE_NOOP("Messages", "New task {title}"), title=task.title),
            [Snapshot(Key("task", task.id), None)],
            [Key("task", task.id)],
        )
        return task

    def update(self, task_id: int, draft: TaskDraft) -> Task:
        clean = validate_task(draft)
        before = self._history.capture([Key("task", task_id)])
        with self._sessions.begin() as session:
            _check_links(session, clean)
            row = task_repository.get_row(session, task_id)
            _apply(row, clean)
            session.flush()
            task = task_repository.load(session, task_id)
        self._history.record(
            message(QT_TRANSLATE_NOOP("Messages", "Edit task {title}"), title=task.title),
            before,
            [Key("task", task_id)],
        )
        return task

    def set_done(self, task_id: int, done: bool = True) -> Task:
        before = self._history.capture([Key("task", task_id)])
        with self._sessions.begin() as session:
            row = task_repository.get_row(session, task_id)
            changed = row.done != done
            if changed:
                row.done = done
                row.done_at = self._clock() if done else None
            session.flush()
            task = task_repository.load(session, task_id)
        if changed:
            text = (
                message(QT_TRANSLATE_NOOP("Messages", "Mark {title} done"), title=task.title)
                if done
                else message(
                    QT_TRANSLATE_NOOP("Messages", "Mark {title} not done"), title=task.title
                )
            )
            self._history.record(text, before, [Key("task", task_id)])
        return task

    def delete(self, task_id: int) -> None:
        before = self._history.capture([Key("task", task_id)])
        with self._sessions.begin() as session:
            row = task_repository.get_row(session, task_id)
            title = row.title
            session.delete(row)
        self._history.record(
            message(QT_TRANSLATE_NOOP("Messages", "Delete task {title}"), title=title),
            before,
            [Key("task", task_id)],
        )

    def get(self, task_id: int) -> Task:
        with self._sessions.begin() as session:
            return task_repository.load(session, task_id)

    def listing(self, hat: Hat | None = None, include_done: bool = True) -> list[Task]:
        with self._sessions.begin() as session:
            return task_repository.listing(session, hat, include_done)


def _apply(row: TaskRow, draft: TaskDraft) -> None:
    row.title = draft.title
    row.hat = draft.hat.value
    row.due = draft.due
    row.lead_id = draft.lead_id
    row.notes = draft.notes
    row.campaign_id = draft.campaign_id


def _check_links(session: Session, draft: TaskDraft) -> None:
    if draft.lead_id is not None and session.get(LeadRow, draft.lead_id) is None:
        raise ValidationError(
            {
                "lead": message(
                    QT_TRANSLATE_NOOP("Messages", "There is no lead with id {id}"), id=draft.lead_id
                )
            }
        )
    if draft.campaign_id is not None and session.get(CampaignRow, draft.campaign_id) is None:
        raise ValidationError(
            {
                "campaign": message(
                    QT_TRANSLATE_NOOP("Messages", "There is no campaign with id {id}"),
                    id=draft.campaign_id,
                )
            }
        )
