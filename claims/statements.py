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

from collections.abc import Mapping, Sequence
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.base.base import BaseDatabaseWrapper

try:
    import psycopg
    from psycopg.pq import Format
except ImportError:  # pragma: no cover - SQLite-only installations
    psycopg = None


if psycopg is not None:
    TIMESTAMPTZ_OID = psycopg.adapters.types["timestamptz"].oid

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
