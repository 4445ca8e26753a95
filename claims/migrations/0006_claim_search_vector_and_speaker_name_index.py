"""A stored, indexed search vector on claims, and indexes for speaker-name search and -deadline.

PostgreSQL only. ``claims_claim.search_vector`` is a generated column: the
database computes it from the quote and the statement on every insert and
update, so it can never be stale and no code has to keep it up to date. Search
reads it instead of recomputing ``to_tsvector`` per row, and the GIN index on
it lets search start from the matching rows whatever the words
(``claims.api.search``). It replaces the expression index of 0003. Adding the
column rewrites the table once.

Speakers are searched by name through ``to_tsvector('english', name)``, indexed
here so that a search does not compute it for every speaker.

``claim_deadline_desc_id_idx`` serves the list ordering ``-deadline`` (claims
without a deadline last), which SQLite cannot index.

On SQLite nothing is created: search there matches words by substring.
"""

from django.db import migrations

FORWARD = [
    "ALTER TABLE claims_claim ADD COLUMN IF NOT EXISTS search_vector tsvector "
    "GENERATED ALWAYS AS (to_tsvector('english'::regconfig, quote || ' ' || statement)) STORED",
    "CREATE INDEX IF NOT EXISTS claim_search_vector_idx ON claims_claim USING gin (search_vector)",
    "DROP INDEX IF EXISTS claim_search_gin_idx",
    "CREATE INDEX IF NOT EXISTS speaker_name_search_idx ON claims_speaker "
    "USING gin (to_tsvector('english'::regconfig, name))",
    "CREATE INDEX IF NOT EXISTS claim_deadline_desc_id_idx ON claims_claim "
    "(deadline DESC NULLS LAST, id DESC)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS claim_deadline_desc_id_idx",
    "DROP INDEX IF EXISTS speaker_name_search_idx",
    "CREATE INDEX IF NOT EXISTS claim_search_gin_idx ON claims_claim "
    "USING gin (to_tsvector('english', quote || ' ' || statement))",
    "DROP INDEX IF EXISTS claim_search_vector_idx",
    "ALTER TABLE claims_claim DROP COLUMN IF EXISTS search_vector",
]


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in FORWARD:
            schema_editor.execute(statement)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in BACKWARD:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("claims", "0005_claim_list_ordering_indexes")]

    operations = [migrations.RunPython(forward, backward, elidable=False)]
