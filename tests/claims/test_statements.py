"""Fixed statements are prepared once per connection, and answer exactly as unprepared ones."""

import datetime

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from claims.statements import fetch_all

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres]

# Statements of the kinds the API prepares: named and positional parameters, a
# parameter used twice, dates, text, NULL, timestamps read back in the time zone.
STATEMENTS = [
    ("SELECT %s::int + 1", [41], [(42,)]),
    ("SELECT %(a)s::int * %(a)s::int, %(b)s::text", {"a": 7, "b": "seven"}, [(49, "seven")]),
    (
        "SELECT %(day)s::date + 1, %(day)s::date < %(other)s::date",
        {"day": datetime.date(2024, 2, 28), "other": datetime.date(2024, 3, 1)},
        [(datetime.date(2024, 2, 29), True)],
    ),
    ("SELECT %s::text IS NULL", [None], [(True,)]),
    ("SELECT x FROM generate_series(1, %s) AS x WHERE x IN (%s, %s)", [5, 2, 9], [(2,)]),
    (
        "SELECT TIMESTAMPTZ '2024-05-01 12:00:00+00'",
        [],
        [(datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.UTC),)],
    ),
]


def prepared_statements() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return {row[0] for row in cursor.fetchall()}


@pytest.mark.parametrize(("sql", "params", "expected"), STATEMENTS)
def test_a_fixed_statement_is_prepared_once_and_answers_as_before(sql, params, expected):
    assert fetch_all(sql, params) == expected
    assert len(prepared_statements()) == 1
    assert fetch_all(sql, params) == expected  # now from the prepared statement
    assert len(prepared_statements()) == 1


@pytest.mark.parametrize(("sql", "params", "expected"), STATEMENTS)
def test_without_a_prepare_threshold_nothing_is_prepared(sql, params, expected):
    connection.ensure_connection()
    connection.connection.prepare_threshold = None
    try:
        assert fetch_all(sql, params) == expected
        assert fetch_all(sql, params) == expected
        assert prepared_statements() == set()
    finally:
        connection.close()  # the next test gets a connection configured from settings


def test_prepared_statements_are_logged_and_counted_as_any_query():
    fetch_all("SELECT %s::int", [1])
    with CaptureQueriesContext(connection) as queries:
        assert fetch_all("SELECT %s::int", [2]) == [(2,)]
    assert len(queries.captured_queries) == 1
    assert "SELECT" in queries.captured_queries[0]["sql"]


def prepare_then_roll_back() -> None:
    with transaction.atomic():
        assert fetch_all("SELECT %s::int", [1]) == [(1,)]
        raise RuntimeError


def test_a_rollback_does_not_leave_a_forgotten_statement_behind():
    with pytest.raises(RuntimeError):
        prepare_then_roll_back()
    assert fetch_all("SELECT %s::int", [3]) == [(3,)]
    assert fetch_all("SELECT %s::int", [4]) == [(4,)]


def test_an_error_is_djangos_and_the_connection_stays_usable():
    from django.db import DataError

    with pytest.raises(DataError):
        fetch_all("SELECT 1 / %s::int", [0])
    assert fetch_all("SELECT %s::int", [5]) == [(5,)]
