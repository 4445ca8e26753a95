"""Full-text search over claims: PostgreSQL text search, with a SQLite fallback.

On PostgreSQL a claim matches when its stored ``search_vector`` (the quote and
the statement, English stemming; a generated column with a GIN index, see
migration 0006) matches the query (``websearch_to_tsquery``: quoted phrases,
``or``, ``-word``), or its speaker's name does. Elsewhere every word of the
query must appear (case-insensitively) in the quote, the statement or the
speaker's name.

What a page of search results costs must not depend on the words. Left to
itself the planner either walks an ordering index testing every row (fast for
a frequent word, seconds for a word that matches nothing) or collects every
match from the GIN index and sorts them (fast for a rare word, slow for a
frequent one), and it cannot tell which words are which. ``search_page``
therefore reads a page in at most two bounded steps (see there), and a
statement timeout is the last guard: a search that still runs too long is a
503 naming ``q``, never a process tied up for seconds.
"""

import contextlib
from collections.abc import Callable, Iterator

from django.conf import settings
from django.db import OperationalError, connection, transaction
from django.db.models import BooleanField, OrderBy, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from rest_framework import exceptions, status

from claims.models import Claim, Speaker

MAX_QUERY_LENGTH = 200
SPEAKER_SEARCH_VECTOR_SQL = "to_tsvector('english'::regconfig, claims_speaker.name)"
MAX_SPEAKERS = 1000
# Step 1 of a page examines at most this many rows in list order: about 3 ms.
WINDOW_ROWS = 2000
# What a 503 asks a client to wait before trying again: long enough for a
# moment of overload to pass, short enough for someone retrying by hand.
RETRY_AFTER_SECONDS = 5
QUERY_SQL = "websearch_to_tsquery('english'::regconfig, %s)"


class SearchTimeout(exceptions.APIException):
    """A search that ran longer than ``API_SEARCH_TIMEOUT_MS``: a 503 with ``Retry-After``.

    DRF's exception handler turns ``wait`` into the ``Retry-After`` header (seconds).
    """

    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_code = "search_timeout"

    def __init__(self) -> None:
        super().__init__(
            {"q": ["This search took too long to answer; try more specific words, or again later."]}
        )
        self.wait = RETRY_AFTER_SECONDS


def _match(vector_sql: str, text: str) -> RawSQL:
    # vector_sql is a constant of this module; the user's text is a bound parameter.
    return RawSQL(f"{vector_sql} @@ {QUERY_SQL}", [text], output_field=BooleanField())  # noqa: S611


def matching_speaker_ids(text: str) -> list[int]:
    """Ids of speakers whose name matches ``text`` (at most ``MAX_SPEAKERS``), by name index."""
    matches = Speaker.objects.filter(_match(SPEAKER_SEARCH_VECTOR_SQL, text))
    return list(matches.order_by("pk").values_list("pk", flat=True)[:MAX_SPEAKERS])


def _postgres_search(queryset: QuerySet, text: str) -> QuerySet:
    # The speakers' ids are fetched first so that the claim condition is a plain
    # "vector match OR speaker_id IN (...)", with no join over every claim.
    condition = Q(_match("claims_claim.search_vector", text))
    speaker_ids = matching_speaker_ids(text)
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
    """Claims in ``queryset`` matching the search text ``text`` (any number of rows)."""
    text = text.strip()
    if not text:
        return queryset
    if connection.vendor == "postgresql":
        return _postgres_search(queryset, text)
    return _fallback_search(queryset, text)


def _among(window: QuerySet) -> RawSQL:
    """``id`` among the first ``WINDOW_ROWS`` of ``window`` (listed once, then fetched by key).

    As an ``IN (subquery)`` the planner would join it and might scan every claim.
    """
    sql, params = window[:WINDOW_ROWS].query.sql_with_params()
    return RawSQL(f"claims_claim.id = ANY(ARRAY({sql}))", params, output_field=BooleanField())  # noqa: S611


def search_page(
    matches: QuerySet, limit: int, text: str, seek: Callable[[QuerySet], QuerySet]
) -> list:
    """The first ``limit`` rows of ``matches`` (ordered, searched for ``text``), in bounded time.

    ``seek`` applies the list's ordering and cursor to any claim queryset.

    1. The first ``WINDOW_ROWS`` claims in list order (all claims: a superset of
       the matches, read from the ordering index alone) are tested. If
       ``limit`` of them match, they are the answer: no later claim can come
       before them. Frequent words end here.
    2. Otherwise the words are rare near the top of the list: the matches are
       collected from the GIN index and sorted. Rare words end here.

    Runs under ``API_SEARCH_TIMEOUT_MS``; raises ``SearchTimeout`` (503) beyond it.
    """
    with _timeout():
        rows = list(matches.filter(_among(seek(Claim.objects.all()).values("pk")))[:limit])
        if len(rows) < limit:
            rows = _from_matches(matches, limit)
    return rows


def _from_matches(matches: QuerySet, limit: int) -> list:
    """Step 2: every match from the GIN index, sorted; then the page's rows by key.

    The order is hidden from the planner (``COALESCE(key, key)`` sorts alike but
    matches no index), else it would walk an ordering index and test every row
    in turn, which is what step 1 found to be slow for these words. Only keys
    are sorted; the page's rows are fetched afterwards by primary key.
    """
    hidden = [
        OrderBy(Coalesce(key.expression, key.expression), key.descending, nulls_last=key.nulls_last)
        for key in matches.query.order_by
    ]
    ids = list(matches.order_by(*hidden).values_list("pk", flat=True)[:limit])
    return list(matches.filter(pk__in=ids)[:limit]) if ids else []


QUERY_CANCELED = "57014"  # PostgreSQL's SQLSTATE for a statement cancelled by its timeout


@contextlib.contextmanager
def _timeout() -> Iterator[None]:
    """``SET LOCAL statement_timeout`` for the statements inside, in a transaction of their own."""
    nested = connection.in_atomic_block
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"SET LOCAL statement_timeout = {int(settings.API_SEARCH_TIMEOUT_MS)}")
            yield
            if nested:  # inside an outer transaction, SET LOCAL would outlive this block
                cursor.execute("SET LOCAL statement_timeout = DEFAULT")
    except OperationalError as error:
        if getattr(error.__cause__, "sqlstate", "") == QUERY_CANCELED:
            raise SearchTimeout from error
        raise
