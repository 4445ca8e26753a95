"""A GIN index of every claim's words tagged with the month it was said in.

PostgreSQL only. ``claim_month_lexemes(search_vector, said_on)`` is the claim's
search vector with every lexeme suffixed by ``#YYYYMM`` of ``said_on`` (without
positions): a quote of May 2024 holding "quantum" is indexed under
``quantum#202405``. The index therefore holds one posting list per word per
month, and a search reads the newest matches by asking for the months one at
a time, newest first, and stops once it has its page (``claims.api.search``):
its cost follows the months it walks and the matches it returns, not how many
claims hold the words.

A search probes the index once per month it walks, and every probe also reads
the index's pending list (new entries not yet merged into the index): that
list is kept to its minimum, 64 kB, where the default would let it grow to
4 MB, read in full by each of a search's hundred probes (with it, the
planner preferred a sequential scan of a small table to the index). The
function keeps the default cost: declared at its real cost (about 30 µs a row)
it made the planner intersect each month's probe with a date range of half the
table, 40 ms a month at 1,000,000 claims.

Lexemes longer than 2,040 bytes are left out (with the tag they would exceed
PostgreSQL's limit of 2,047 bytes); a search's words are at most 200 characters.

On SQLite nothing is created: search there matches words by substring.
"""

from django.db import migrations

FORWARD = [
    "CREATE OR REPLACE FUNCTION claim_month_lexemes(vector tsvector, said_on date) "
    "RETURNS tsvector LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ "
    "SELECT array_to_tsvector(ARRAY("
    "SELECT lexeme || '#' || lpad((extract(year FROM said_on) * 100 "
    "+ extract(month FROM said_on))::int::text, 6, '0') "
    "FROM unnest(tsvector_to_array(vector)) AS lexeme WHERE octet_length(lexeme) <= 2040)) $$",
    "CREATE INDEX IF NOT EXISTS claim_search_month_idx ON claims_claim "
    "USING gin (claim_month_lexemes(search_vector, said_on)) WITH (gin_pending_list_limit = 64)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS claim_search_month_idx",
    "DROP FUNCTION IF EXISTS claim_month_lexemes(tsvector, date)",
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
    dependencies = [("claims", "0009_merge_published_resolved_index")]

    operations = [migrations.RunPython(forward, backward, elidable=False)]
