"""A list page's SQL is Django's own, whether its SELECT list was compiled now or earlier.

The daily list query keeps its compiled SELECT list for every clone
(``claims.api.reads.RowsQuery``). For every ordering, filter, cursor and
audience, the statements sent and the body answered must be exactly those of a
plain Django query compiled from scratch.
"""

import datetime
import re

import pytest
from django.db import connection
from django.db.models import Value
from django.db.models.sql import Query
from django.test.utils import CaptureQueriesContext

from claims.api import reads
from claims.api.views import CLAIM_ORDERINGS
from claims.choices import ClaimKind, ReviewState
from tests.api.conftest import resolve
from tests.factories import ClaimFactory, SpeakerFactory, TopicFactory

pytestmark = pytest.mark.django_db

SAVEPOINT = re.compile(r'SAVEPOINT "s\w+"')
FILTERS = [
    "",
    "kind=prediction&status=due",
    "status=true",
    "speaker=ada-quist",
    "topic=energy",
    "said_on_after=2021-01-01&said_on_before=2023-12-31",
    "deadline_after=2022-01-01",
    "resolved_after=2020-01-01",
    "has_deadline=false",
    "q=solar",
    "speaker=ada-quist&topic=energy&kind=prediction",
]


@pytest.fixture
def record(db):
    ada = SpeakerFactory(name="Ada Quist", slug="ada-quist")
    energy = TopicFactory(name="Energy", slug="energy")
    for index in range(14):
        claim = ClaimFactory(
            speaker=ada if index % 2 else SpeakerFactory(),
            kind=ClaimKind.PREDICTION if index % 3 else ClaimKind.FACTUAL,
            quote="Solar will be cheapest by 2030." if index % 4 else "Rates fall.",
            said_on=datetime.date(2019, 3, 1) + datetime.timedelta(days=150 * index),
            deadline=None if index % 5 == 0 else datetime.date(2026 + index % 7, 6, 30),
            topics=[energy] if index % 3 else [],
            review_state=ReviewState.DRAFT if index == 13 else ReviewState.PUBLISHED,
        )
        if index % 4 == 1:
            resolve(claim)


def pages(client, query: str) -> tuple[list[str], list[list]]:
    """The statements and results of a list and the page its ``next`` link leads to."""
    url, statements, bodies = f"/api/v1/claims/?page_size=3&{query}", [], []
    with CaptureQueriesContext(connection) as queries:
        for _ in range(2):
            response = client.get(url)
            assert response.status_code == 200, response.content
            body = response.json()
            bodies.append(body["results"])  # a cursor is signed with the time: not compared
            url = body["next"]
            if url is None:
                break
    # Savepoints (around a search's time limit) are named after the thread and a counter.
    statements = [SAVEPOINT.sub("SAVEPOINT", query["sql"]) for query in queries.captured_queries]
    return statements, bodies


@pytest.mark.parametrize("ordering", list(CLAIM_ORDERINGS))
@pytest.mark.parametrize("audience", ["anon", "curator_api"])
def test_a_list_sends_what_django_compiles_from_scratch(
    request, monkeypatch, record, ordering, audience
):
    client = request.getfixturevalue(audience)
    for filters in FILTERS:
        query = f"{filters}&ordering={ordering}"
        first = pages(client, query)
        again = pages(client, query)  # the SELECT list is now compiled once already
        with monkeypatch.context() as plain:
            plain.setattr(reads.RowsQuery, "get_compiler", Query.get_compiler)
            fresh = pages(client, query)
        assert first == again == fresh, query
        assert first[1][0] or filters.startswith(("status=due", "resolved")), query


def test_a_clone_that_selects_other_columns_compiles_its_own(record):
    rows = reads.all_claim_rows(curator=False)
    assert (
        list(rows.values_list("id", flat=True).order_by("id")[:2])
        == sorted(rows.values_list("id", flat=True))[:2]
    )
    assert rows.count() == 14
    assert rows.public().count() == 13
    assert rows.filter(speaker__slug="ada-quist").exists()
    first = rows.order_by("id").first()
    assert set(first) >= {"id", "status", "speaker__slug", "source__title"}


def test_the_kept_select_lists_are_bounded(record):
    rows = reads.all_claim_rows(curator=False)
    kept = rows.query.select_lists
    for number in range(reads.MAX_SELECT_LISTS * 2):
        first = rows.annotate(number=Value(number)).order_by("id")[:1]
        assert [row["number"] for row in first] == [number]
    assert len(kept) - 1 == reads.MAX_SELECT_LISTS  # besides the shared columns themselves


def test_filtering_cleans_the_given_parameters_and_the_form_shows_them_all(anon, record):
    from claims.api.filters import ClaimFilter

    response = anon.get("/api/v1/claims/?kind=prediction&page_size=2", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    html = response.content.decode()
    assert all(f'name="{name}"' in html for name in ClaimFilter.base_filters), "a filter is missing"
    bad = anon.get("/api/v1/claims/?said_on_after=yesterday&kind=prediction")
    assert bad.status_code == 400
    assert set(bad.json()["errors"][0]) >= {"field", "message"}
    assert bad.json()["errors"][0]["field"] == "said_on_after"


@pytest.mark.postgres
@pytest.mark.parametrize("case", ["prepared", "bound-unprepared", "text"])
def test_the_page_statement_is_bound_on_the_server_and_prepared_where_allowed(
    anon, record, monkeypatch, settings, case
):
    from claims import statements

    binding, preparing = case != "text", case != "bound-unprepared"
    settings.DATABASE_PAGE_SERVER_BINDING = binding
    assert anon.get("/api/v1/claims/?page_size=1").status_code == 200  # connected
    if not preparing:  # as with DATABASE_PREPARED_STATEMENTS=false
        monkeypatch.setattr(connection.connection, "prepare_threshold", None)

    sent = []
    server_binding = statements.UnpreparedServerBindingCursor.__mro__[1]
    execute = server_binding.execute

    def spy(self, query, params=None, *, prepare=None, binary=None):
        sent.append((str(query), list(params or ()), prepare, type(self)))
        return execute(self, query, params, prepare=prepare, binary=binary)

    monkeypatch.setattr(server_binding, "execute", spy)
    for _ in range(7):  # more than psycopg's default threshold for preparing
        assert anon.get("/api/v1/claims/?kind=prediction&page_size=3").status_code == 200
    pages = [item for item in sent if 'FROM "claims_claim"' in item[0]]
    if not binding:  # written into the text, as Django does by default
        assert pages == []
        return
    assert len(pages) == 7
    assert all("%s" in query and params for query, params, _, _ in pages)
    assert "prediction" in pages[0][1]
    assert {prepare for _, _, prepare, _ in pages} == {preparing}
    names = {cls.__name__ for _, _, _, cls in pages}
    expected = "PreparingServerBindingCursor" if preparing else "UnpreparedServerBindingCursor"
    assert names == {expected}
    # Other statements, after the page's, bind as Django's connection does.
    assert connection.connection.cursor_factory not in {
        statements.UnpreparedServerBindingCursor,
        statements.PreparingServerBindingCursor,
    }
    assert not connection.features.__dict__.get("uses_server_side_binding")
