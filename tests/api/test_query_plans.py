"""Every list ordering, with every filter, can be read by walking an index: no sort of the set.

A page is "ORDER BY <ordering>, id LIMIT n" (after the cursor). The test takes
the query the API really sends for each ordering and filter, and asks
PostgreSQL for a plan with sequential scans and sorts priced out: if an index
delivers the rows in order, the plan walks it and has no Sort node; if none
does, PostgreSQL must still sort and the test fails. (An Incremental Sort, over
rows that arrive already ordered on the leading keys, is allowed: it never
holds more than the rows of one key.) Table sizes do not matter to this
question, so a handful of claims is enough.

The page statement is prepared (``claims.statements.server_side_binding``), so
after five runs PostgreSQL may keep a generic plan, chosen without the values
of the filters and the cursor. Each case is asked again that way: the statement
as sent, prepared, explained with ``plan_cache_mode = force_generic_plan``.
"""

import datetime
import re
from contextlib import contextmanager

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.api.views import CLAIM_ORDERINGS
from tests.api.conftest import resolve, token_client
from tests.factories import ClaimFactory, SourceFactory, SpeakerFactory, TopicFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

FILTERS = [
    "",
    "status=due",
    "status=open",
    "status=true",
    "kind=prediction",
    "speaker=ada-example",
    "source={source}",
    "topic=video",
    "has_deadline=false",
    "has_deadline=true",
    "said_on_after=2021-01-01&said_on_before=2023-01-01",
    "deadline_after=2024-01-01&deadline_before=2030-01-01",
    "resolved_after=2020-01-01",
    "kind=prediction&status=due",
]
FULL_SORT = re.compile(r"^\s*(->\s+)?Sort\s+\(cost", re.MULTILINE)


@pytest.fixture
def record(db):
    speaker = SpeakerFactory(name="Ada Example", slug="ada-example")
    source = SourceFactory()
    topic = TopicFactory(name="Video", slug="video")
    for index in range(6):
        claim = ClaimFactory(
            speaker=speaker if index % 2 else SpeakerFactory(),
            source=source,
            topics=[topic],
            said_on=datetime.date(2022, 1 + index, 1),
            deadline=None if index == 0 else datetime.date(2023 + index, 1, 1),
        )
        if index == 3:
            resolve(claim)
    return {"source": source.pk}


def page_query(client, url: str) -> str:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content
    pages = [
        q["sql"]
        for q in queries.captured_queries
        if 'FROM "claims_claim"' in q["sql"] and "LIMIT" in q["sql"]
    ]
    assert len(pages) == 1, pages
    return pages[0]


@contextmanager
def page_statements():
    """The page statements the API sends, as (SQL with %s placeholders, params)."""
    from claims import statements

    server_binding = statements.UnpreparedServerBindingCursor.__mro__[1]
    execute = server_binding.execute
    sent = []

    def spy(self, query, params=None, *, prepare=None, binary=None):
        if 'FROM "claims_claim"' in str(query) and "LIMIT" in str(query):
            sent.append((str(query), list(params or ())))
        return execute(self, query, params, prepare=prepare, binary=binary)

    server_binding.execute = spy
    try:
        yield sent
    finally:
        server_binding.execute = execute


PLACEHOLDER = re.compile(r"%[s%]")
PARAMETER = re.compile(r"\$[1-9]")


def generic_plan_without_sorting(sql: str, params: list) -> str:
    """The plan PostgreSQL keeps for ``sql`` prepared, chosen without the values."""
    numbers = iter(range(1, len(params) + 1))
    numbered = PLACEHOLDER.sub(lambda m: "%" if m[0] == "%%" else f"${next(numbers)}", sql)
    arguments = ", ".join(["%s"] * len(params))
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute("SET LOCAL plan_cache_mode = force_generic_plan")
        cursor.execute("PREPARE generic_page AS " + numbered)
        try:
            cursor.execute(f"EXPLAIN EXECUTE generic_page({arguments})", params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
        finally:
            cursor.execute("DEALLOCATE generic_page")
            cursor.execute("RESET plan_cache_mode")
            cursor.execute("RESET enable_seqscan")
            cursor.execute("RESET enable_sort")
    return plan


def plan_without_sorting(sql: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        cursor.execute("EXPLAIN " + sql)
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("RESET enable_seqscan")
        cursor.execute("RESET enable_sort")
    return plan


@pytest.fixture(params=["public", "curator"])
def reader_client(request, anon):
    """An anonymous client (published claims only) or a curator's (every claim)."""
    if request.param == "public":
        return anon
    return token_client(request.getfixturevalue("curator"))


@pytest.mark.parametrize("filters", FILTERS)
@pytest.mark.parametrize("ordering", list(CLAIM_ORDERINGS))
def test_each_ordering_with_each_filter_is_an_index_walk(reader_client, record, ordering, filters):
    client = reader_client
    query = filters.format(**record)
    with page_statements() as sent:
        sql = page_query(client, f"/api/v1/claims/?ordering={ordering}&{query}")
    plan = plan_without_sorting(sql)
    assert not FULL_SORT.search(plan), plan
    assert "Index" in plan, plan
    [(statement, params)] = sent
    generic = generic_plan_without_sorting(statement, params)
    assert not FULL_SORT.search(generic), generic
    assert "Index" in generic, generic
    assert PARAMETER.search(generic), generic  # chosen without the values


@pytest.mark.parametrize("ordering", list(CLAIM_ORDERINGS))
def test_a_page_after_a_cursor_is_an_index_walk_too(anon, record, ordering):
    first = anon.get(f"/api/v1/claims/?ordering={ordering}&page_size=2").json()
    with page_statements() as sent:
        sql = page_query(anon, first["next"])
    plan = plan_without_sorting(sql)
    assert not FULL_SORT.search(plan), plan
    [(statement, params)] = sent
    generic = generic_plan_without_sorting(statement, params)
    assert not FULL_SORT.search(generic), generic
    assert PARAMETER.search(generic), generic
