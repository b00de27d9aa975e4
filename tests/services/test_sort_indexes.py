"""Any page of the leads table, in any sort order, is read through an index.

Without one SQLite sorts every lead to find a page far down the list (half a second at
100,000 leads sorted by value): the page's query must use the index on its sort key.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from typing import Any

import pytest
from sqlalchemy import event

from funnelplanner.domain.models import LeadQuery
from funnelplanner.storage.lead_repository import SORT_COLUMNS

INDEXES = {
    "name": "ix_leads_name_key",
    "company": "ix_leads_company_key",
    "stage": "ix_leads_stage_rank",
    "contact_count": "ix_leads_contact_count",
    "last_contact": "ix_leads_last_contact_at",
    "next_follow_up": "ix_leads_next_follow_up",
    "value": "ix_leads_value_cents",
}


def _plan_of_page(services: Any, query: LeadQuery) -> str:
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        statements.append((statement, parameters))

    engine = services.database.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        services.leads.page(query, 500, 100)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    statement, parameters = next(s for s in reversed(statements) if "ORDER BY" in s[0])
    with closing(sqlite3.connect(services.path)) as connection:
        rows = connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
    return " / ".join(str(row[-1]) for row in rows)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort_key", sorted(INDEXES))
def test_a_page_far_down_is_read_through_the_sort_keys_index(
    services: Any, sort_key: str, descending: bool
) -> None:
    assert set(INDEXES) <= set(SORT_COLUMNS)

    plan = _plan_of_page(services, LeadQuery(sort_key=sort_key, descending=descending))

    assert INDEXES[sort_key] in plan, plan
    assert "TEMP B-TREE" not in plan, plan  # no sort of every lead
