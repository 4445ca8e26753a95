"""A change counter for the published record, kept by database triggers.

Every transaction that writes a table behind the API adds one to
``claims_changecounter`` (row ``record``), so the API can answer a conditional
GET by reading one row instead of building the response. Triggers, not code,
keep it: every writer counts (services, the admin, COPY, a shell), and nothing
can forget to.

PostgreSQL: deferred constraint triggers, run at commit, count once per
transaction (a transaction-local setting remembers the transaction and the
statement that counted: every deferred trigger runs in the COMMIT); at commit
a transaction holds every row lock it will take, so queueing on the counter row
cannot deadlock. TRUNCATE counts through a statement trigger. SQLite: a row
trigger per table and operation (SQLite writers are serialised anyway).
"""

from django.db import migrations, models

TABLES = [
    "claims_speaker",
    "claims_source",
    "claims_sourceparticipant",
    "claims_topic",
    "claims_claim",
    "claims_claim_topics",
    "claims_resolution",
    "claims_evidence",
]
# The counter only ever grows: each change sets it to the larger of one more and
# the time in microseconds, so that a row deleted by a flush and made again by
# the next change starts above every value it had before (no ETag can recur).
PG_NOW_US = "(extract(epoch FROM clock_timestamp()) * 1000000)::bigint"
SQLITE_NOW_US = "CAST((julianday('now') - 2440587.5) * 86400000000 AS INTEGER)"
UPSERT = (
    "INSERT INTO claims_changecounter (name, value) VALUES ('record', {now}) "
    "ON CONFLICT (name) DO UPDATE SET value = {greatest}(claims_changecounter.value + 1, "
    "excluded.value)"
)
BUMP = UPSERT.format(now=PG_NOW_US, greatest="GREATEST")
SQLITE_BUMP = UPSERT.format(now=SQLITE_NOW_US, greatest="max")
PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION claims_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    stamp text;
BEGIN
    stamp := txid_current()::text || '@' || statement_timestamp()::text;
    IF current_setting('claims.change_counted', true) IS DISTINCT FROM stamp THEN
        PERFORM set_config('claims.change_counted', stamp, true);
        {BUMP};
    END IF;
    RETURN NULL;
END
$$
"""


def pg_statements(table: str) -> list[str]:
    return [
        f"CREATE CONSTRAINT TRIGGER {table}_counts_change "
        f"AFTER INSERT OR UPDATE OR DELETE ON {table} DEFERRABLE INITIALLY DEFERRED "
        "FOR EACH ROW EXECUTE FUNCTION claims_count_change()",
        f"CREATE TRIGGER {table}_truncate_counts_change AFTER TRUNCATE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION claims_count_change()",
    ]


def sqlite_statements(table: str) -> list[str]:
    return [
        f"CREATE TRIGGER {table}_{operation.lower()}_counts_change AFTER {operation} ON {table} "
        f"BEGIN {SQLITE_BUMP}; END"
        for operation in ("INSERT", "UPDATE", "DELETE")
    ]


def create_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    schema_editor.execute(SQLITE_BUMP if vendor == "sqlite" else BUMP)
    if vendor == "postgresql":
        schema_editor.execute(PG_FUNCTION)
        statements = [s for table in TABLES for s in pg_statements(table)]
    elif vendor == "sqlite":
        statements = [s for table in TABLES for s in sqlite_statements(table)]
    else:
        statements = []
    for statement in statements:
        schema_editor.execute(statement)


def drop_triggers(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    for table in TABLES:
        if vendor == "postgresql":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_counts_change ON {table}")
            schema_editor.execute(
                f"DROP TRIGGER IF EXISTS {table}_truncate_counts_change ON {table}"
            )
        elif vendor == "sqlite":
            for operation in ("insert", "update", "delete"):
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {table}_{operation}_counts_change")
    if vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS claims_count_change()")


class Migration(migrations.Migration):
    dependencies = [("claims", "0006_claim_search_vector_and_speaker_name_index")]

    operations = [
        migrations.CreateModel(
            name="ChangeCounter",
            fields=[
                ("name", models.CharField(max_length=30, primary_key=True, serialize=False)),
                ("value", models.BigIntegerField(default=0)),
            ],
        ),
        migrations.RunPython(create_triggers, drop_triggers, elidable=False),
    ]
