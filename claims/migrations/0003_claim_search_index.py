"""A GIN index for the API's full-text search over a claim's quote and statement.

PostgreSQL only: the API searches through exactly the expression indexed here
(``claims.api.search.CLAIM_SEARCH_VECTOR_SQL``) so the planner can use it. On
SQLite the search falls back to substring matching and no index is created.
"""

from django.db import migrations

INDEX_NAME = "claim_search_gin_idx"
CREATE_SQL = (
    f"CREATE INDEX IF NOT EXISTS {INDEX_NAME} ON claims_claim "
    "USING gin (to_tsvector('english', quote || ' ' || statement))"
)
DROP_SQL = f"DROP INDEX IF EXISTS {INDEX_NAME}"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE_SQL)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_SQL)


class Migration(migrations.Migration):
    dependencies = [("claims", "0002_curator_group")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
