"""Fixed hand-written statements, prepared once per database connection on PostgreSQL.

Django sends every statement as text with its parameters written in
(client-side binding), so PostgreSQL parses and plans it each time. The few
hand-written statements behind every API read (the change counter behind the
ETag, a page's topics and resolutions, a speaker's grouped claims) are the same
text on every request; planning them cost the database more than running them.
``fetch_all`` sends them with server-side binding and prepares them on first
use on each connection (psycopg names and tracks them, and forgets them after a
rollback), so afterwards only their execution is paid.

Preparing needs the connection to allow it: ``prepare_threshold`` in the
database ``OPTIONS`` (``DATABASE_PREPARED_STATEMENTS`` in settings). Without it,
and on SQLite, the statements run as any other. They still go through Django's
cursor wrapper: errors are Django's, and the queries are logged and counted as
every other query.
"""

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.base.base import BaseDatabaseWrapper

try:
    import psycopg
    from psycopg.pq import Format
except ImportError:  # pragma: no cover - SQLite-only installations
    psycopg = None


if psycopg is not None:
    from django.db.backends.postgresql.base import ServerBindingCursor

    TIMESTAMPTZ_OID = psycopg.adapters.types["timestamptz"].oid

    class UnpreparedServerBindingCursor(ServerBindingCursor):
        """Django's server-binding cursor, never preparing (each statement planned anew)."""

        def execute(self, query, params=None, *, prepare=None, binary=None):
            return super().execute(query, params, prepare=False, binary=binary)

    class PreparingServerBindingCursor(ServerBindingCursor):
        """Django's server-binding cursor, preparing each statement it runs (once a connection)."""

        def execute(self, query, params=None, *, prepare=None, binary=None):
            return super().execute(query, params, prepare=True, binary=binary)

        def _send_query_prepared(self, name, pgq, *, binary=None):
            self._query = pgq  # as PreparingCursor's: Django's query log reads it
            super()._send_query_prepared(name, pgq, binary=binary)

    class PreparingCursor(psycopg.Cursor):
        """A server-binding cursor that prepares each statement it runs (once per connection)."""

        def execute(self, query, params=None, *, prepare=None, binary=None):
            return super().execute(query, params, prepare=True, binary=binary)

        def _send_query_prepared(self, name, pgq, *, binary=None):
            # psycopg records the query sent only when it is not prepared; Django's
            # query log (tests, DEBUG) reads it to show what ran.
            self._query = pgq
            super()._send_query_prepared(name, pgq, binary=binary)


def _prepares(db: BaseDatabaseWrapper) -> bool:
    return (
        psycopg is not None
        and db.vendor == "postgresql"
        and db.connection.prepare_threshold is not None
    )


def _preparing_cursor(db: BaseDatabaseWrapper):
    """A ``PreparingCursor`` on Django's connection, reading times as Django's cursors do."""
    from django.db.backends.postgresql.psycopg_any import register_tzloader

    cursor = PreparingCursor(db.connection)
    loader = cursor.adapters.get_loader(TIMESTAMPTZ_OID, Format.TEXT)
    if db.timezone != loader.timezone:
        register_tzloader(db.timezone, cursor)
    return cursor


def fetch_all(sql: str, params: Sequence[Any] | Mapping[str, Any]) -> list[tuple]:
    """The rows of ``sql``: a fixed statement, prepared where the connection allows it."""
    db = connections[DEFAULT_DB_ALIAS]  # once: each use of the proxy looks it up again
    # As Django's own cursor(): the health check once per request, then connect.
    db.close_if_health_check_failed()
    db.ensure_connection()
    if not _prepares(db):
        with db.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
    db.validate_thread_sharing()
    raw = _preparing_cursor(db)
    with (db.make_debug_cursor if db.queries_logged else db.make_cursor)(raw) as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


@contextmanager
def server_side_binding() -> Iterator[None]:
    """Within the block, Django's cursors send parameters apart from the SQL, and prepare.

    Django writes the values into the statement's text (client-side binding); a
    page of claims sent so cost PostgreSQL 1.07–1.12 ms of CPU per execution,
    sent with its parameters apart 0.57–0.59, prepared and run with a generic
    plan 0.19 (docs/api.md, "What is left"). Statements run here are prepared
    on first use where the connection allows it (``DATABASE_PREPARED_STATEMENTS``):
    PostgreSQL plans the first five executions for their values, then keeps a
    generic plan if it costs no more than those. ``tests/api/test_query_plans.py``
    pins the generic plan of every ordering and filter the list offers to an
    index walk, as it does the plans for given values. Where preparing is off,
    the statements are bound on the server unprepared, planned each time.

    Only for statements known to work so: server-side binding refuses some that
    Django builds (an ORDER BY expression with a parameter under DISTINCT, for
    one), which is why it is not the connection's default. A no-op on SQLite,
    and with ``DATABASE_PAGE_SERVER_BINDING=false``.
    """
    db = connections[DEFAULT_DB_ALIAS]
    wanted = getattr(settings, "DATABASE_PAGE_SERVER_BINDING", False)
    if psycopg is None or db.vendor != "postgresql" or not wanted:
        yield
        return
    # As Django's own cursor(): the health check once per request, then connect.
    db.close_if_health_check_failed()
    db.ensure_connection()
    raw = db.connection
    previous = raw.cursor_factory
    raw.cursor_factory = (
        PreparingServerBindingCursor if _prepares(db) else UnpreparedServerBindingCursor
    )
    # Django's query log (DEBUG, tests) then shows the statement with its values,
    # as it does for a connection binding on the server.
    features = db.features.__dict__
    logged_as = features.get("uses_server_side_binding")
    features["uses_server_side_binding"] = True
    try:
        yield
    finally:
        raw.cursor_factory = previous
        if logged_as is None:
            features.pop("uses_server_side_binding", None)
        else:
            features["uses_server_side_binding"] = logged_as
