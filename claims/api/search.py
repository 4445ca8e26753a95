"""Full-text search over claims: PostgreSQL text search, with a SQLite fallback.

On PostgreSQL a claim matches when ``to_tsvector('english', quote || ' ' ||
statement)`` matches the query (``websearch_to_tsquery``: quoted phrases, ``or``,
``-word``) or its speaker's name does. The claim-side expression is exactly the
one indexed by the ``claim_search_gin_idx`` migration, so the planner uses it.
Elsewhere every word of the query must appear (case-insensitively) in the quote,
the statement or the speaker's name.
"""

from django.db import connection
from django.db.models import BooleanField, Q, QuerySet
from django.db.models.expressions import RawSQL

from claims.models import Speaker

CLAIM_SEARCH_VECTOR_SQL = (
    "to_tsvector('english', claims_claim.quote || ' ' || claims_claim.statement)"
)
SPEAKER_SEARCH_VECTOR_SQL = "to_tsvector('english', claims_speaker.name)"
MAX_QUERY_LENGTH = 200


def _postgres_match(vector_sql: str, text: str) -> RawSQL:
    # vector_sql is one of the two constants above; the user's text is a bound parameter.
    return RawSQL(  # noqa: S611
        f"{vector_sql} @@ websearch_to_tsquery('english', %s)", [text], output_field=BooleanField()
    )


def _postgres_search(queryset: QuerySet, text: str) -> QuerySet:
    # The speakers' ids are fetched first so that the claim query is a plain
    # "GIN match OR speaker_id IN (...)", which PostgreSQL answers with a BitmapOr
    # of two indexes instead of a join over every claim.
    speaker_ids = list(
        Speaker.objects.filter(_postgres_match(SPEAKER_SEARCH_VECTOR_SQL, text)).values_list(
            "pk", flat=True
        )[:1000]
    )
    condition = Q(_postgres_match(CLAIM_SEARCH_VECTOR_SQL, text))
    if speaker_ids:
        condition |= Q(speaker_id__in=speaker_ids)
    return queryset.filter(condition)


def _fallback_search(queryset: QuerySet, text: str) -> QuerySet:
    for token in text.split():
        word = token.strip('"')
        if word:
            queryset = queryset.filter(
                Q(quote__icontains=word)
                | Q(statement__icontains=word)
                | Q(speaker__name__icontains=word)
            )
    return queryset


def search_claims(queryset: QuerySet, text: str) -> QuerySet:
    """Claims in ``queryset`` matching the search text ``text``."""
    text = text.strip()
    if not text:
        return queryset
    if connection.vendor == "postgresql":
        return _postgres_search(queryset, text)
    return _fallback_search(queryset, text)
