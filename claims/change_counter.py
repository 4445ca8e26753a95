"""Keeping the change counter's SQLite triggers in place after every migration.

The counter behind the API's conditional GETs is kept by database triggers
(migration 0007). On SQLite, altering a table is done by building a new table
and dropping the old one, which drops its triggers with it: any later migration
that alters a counted table would silently stop the counting, and a stale ETag
would be answered 304. So after every ``migrate`` the triggers are made again
where missing. PostgreSQL keeps triggers through ``ALTER TABLE``.
"""

from django.db import connections

# The tables behind the published record (as in migration 0007).
COUNTED_TABLES = (
    "claims_speaker",
    "claims_source",
    "claims_sourceparticipant",
    "claims_topic",
    "claims_claim",
    "claims_claim_topics",
    "claims_resolution",
    "claims_evidence",
)
# One more than before, or the time in microseconds if larger: the counter only grows.
SQLITE_BUMP = (
    "INSERT INTO claims_changecounter (name, value) "
    "VALUES ('record', CAST((julianday('now') - 2440587.5) * 86400000000 AS INTEGER)) "
    "ON CONFLICT (name) DO UPDATE SET value = max(claims_changecounter.value + 1, excluded.value)"
)


def sqlite_trigger_statements() -> list[str]:
    return [
        f"CREATE TRIGGER IF NOT EXISTS {table}_{operation.lower()}_counts_change "
        f"AFTER {operation} ON {table} BEGIN {SQLITE_BUMP}; END"
        for table in COUNTED_TABLES
        for operation in ("INSERT", "UPDATE", "DELETE")
    ]


def ensure_counter_triggers(*, using: str = "default", **kwargs) -> None:
    """``post_migrate`` receiver: restore the SQLite triggers a table rebuild dropped."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    tables = set(connection.introspection.table_names())
    if "claims_changecounter" not in tables or not tables.issuperset(COUNTED_TABLES):
        return  # migrated backwards, or not yet as far as the counter
    with connection.cursor() as cursor:
        for statement in sqlite_trigger_statements():
            cursor.execute(statement)
