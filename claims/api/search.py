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
therefore reads a page in at most two bounded steps (see there): the list's
top rows, then, in date order, the months one by one from an index of words
tagged with their month (migration 0010), so that a frequent word said long
ago costs a cheap probe per recent month and not a read of all its matches. A
statement timeout is the last guard: a search that still runs too long is a
503 naming ``q``, never a process tied up for seconds.
"""

import contextlib
import datetime
from collections.abc import Callable, Iterator

from django.conf import settings
from django.db import OperationalError, connection, transaction
from django.db.models import BooleanField, OrderBy, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.db.models.lookups import Exact
from django.db.models.sql.where import AND
from rest_framework import exceptions, status

from claims.api import tsquery
from claims.models import Claim, Speaker

MAX_QUERY_LENGTH = 200
SPEAKER_SEARCH_VECTOR_SQL = "to_tsvector('english'::regconfig, claims_speaker.name)"
MAX_SPEAKERS = 1000
# Step 1 of a page examines at most this many rows in list order: about 2 ms at
# 1,000,000 claims, where 2,000 rows took 10 ms (the list's top rows are scattered
# over the table). Words rarer than one claim in 12 go on to the month walk,
# which reads a month's matches (a few hundred at most for those words).
WINDOW_ROWS = 300
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


class SearchCondition(RawSQL):
    """The search's condition on claims, kept recognisable in a query's WHERE.

    ``search_page`` finds it there (``text``, ``speaker_ids``) to replace it with
    the month-by-month condition of the same search.
    """

    def __init__(self, text: str, speaker_ids: list[int]) -> None:
        sql = f"claims_claim.search_vector @@ {QUERY_SQL}"
        params: list = [text]
        if speaker_ids:
            sql = f"({sql} OR claims_claim.speaker_id = ANY(%s))"
            params.append(speaker_ids)
        super().__init__(sql, params, output_field=BooleanField())
        self.text = text
        self.speaker_ids = speaker_ids


def _postgres_search(queryset: QuerySet, text: str) -> QuerySet:
    # The speakers' ids are fetched first so that the claim condition is a plain
    # "vector match OR speaker_id = ANY(...)", with no join over every claim.
    return queryset.filter(SearchCondition(text, matching_speaker_ids(text)))


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
    2. Otherwise, in date order (``-said_on`` and ``said_on``), the months are
       walked from the cursor's on, each asked of the index of month-tagged
       words (``_walk_months``) until the page is full. Elsewhere, and for
       queries that index cannot answer (only negations), the matches are
       collected from the GIN index and sorted (``_from_matches``).

    Runs under ``API_SEARCH_TIMEOUT_MS``; raises ``SearchTimeout`` (503) beyond it.
    """
    with _timeout():
        rows = list(matches.filter(_among(seek(Claim.objects.all()).values("pk")))[:limit])
        if len(rows) < limit:
            ids = _walk_months(matches, limit)
            if ids is None:
                rows = _from_matches(matches, limit)
            else:
                rows = list(matches.filter(pk__in=ids)[:limit]) if ids else []
    return rows


def _date_order(matches: QuerySet) -> bool | None:
    """``True`` for ``-said_on, -id``, ``False`` for ``said_on, id``, else ``None``."""
    keys = matches.query.order_by
    if len(keys) != 2 or not all(isinstance(key, OrderBy) for key in keys):
        return None
    names = [getattr(key.expression, "name", None) for key in keys]
    if names[0] != "said_on" or names[1] not in ("id", "pk"):
        return None
    if keys[0].descending != keys[1].descending:
        return None
    return keys[0].descending


def _unsearched(matches: QuerySet) -> tuple[QuerySet, SearchCondition] | None:
    """``matches`` without its ``SearchCondition`` (and that condition), if it has exactly one."""
    unsearched = matches.all()
    where = unsearched.query.where
    found = [
        child
        for child in where.children
        if isinstance(child, Exact) and isinstance(child.lhs, SearchCondition)
    ]
    if where.connector != AND or where.negated or len(found) != 1:
        return None
    where.children = [child for child in where.children if child is not found[0]]
    return unsearched, found[0].lhs


def _first_date(claims: QuerySet) -> tuple[str, tuple]:
    return claims.values("said_on")[:1].query.sql_with_params()


def _months(first: datetime.date, last: datetime.date, step: int) -> Iterator[datetime.date]:
    month = first.replace(day=1)
    end = last.replace(day=1)
    while (month >= end) if step < 0 else (month <= end):
        yield month
        total = month.year * 12 + month.month - 1 + step
        month = datetime.date(total // 12, total % 12 + 1, 1)


def _month_end(month: datetime.date) -> datetime.date:
    return (month + datetime.timedelta(days=31)).replace(day=1) - datetime.timedelta(days=1)


# The claims of one month (walk.first to walk.last) that match: by the month's
# tagged words, then the query itself (IS TRUE keeps the planner from also
# reading claim_search_vector_idx for every month); or by a speaker's name. The
# words' side has no date bounds: with them the planner intersects every probe
# with the month's range of the date index (1.4 ms a month at 1,000,000 claims,
# where the probe of a word said in no month takes 0.01 ms).
MONTH_WORDS_SQL = (
    "(claim_month_lexemes(claims_claim.search_vector, claims_claim.said_on) @@ walk.query"
    f" AND (claims_claim.search_vector @@ {QUERY_SQL}) IS TRUE)"
)
MONTH_SPEAKERS_SQL = (
    "(claims_claim.speaker_id = ANY(%s)"
    " AND claims_claim.said_on >= walk.first AND claims_claim.said_on <= walk.last)"
)
WALK_SQL = (
    "SELECT page.id FROM unnest(%s::date[], %s::date[], %s::tsquery[]) AS walk(first, last, query)"
    " CROSS JOIN LATERAL ({month}) AS page(id) LIMIT %s"
)


def _walk_months(matches: QuerySet, limit: int) -> list | None:
    """Step 2 in date order: ids of the first ``limit`` matches, a month at a time.

    One statement: for each month from the list's first (its filters and cursor
    applied, the search not) to its last, the month's matches are read from
    ``claim_search_month_idx`` (the query's words tagged with the month, see
    ``claims.api.tsquery``; the query itself is checked on each row) or from
    the speakers' index, under the list's filters, sorted, and cut to
    ``limit``; the walk stops as soon as it holds ``limit`` rows. A month
    without a match costs one probe per word. The page's rows are fetched
    afterwards by key, through ``matches`` itself.

    ``None`` when this path does not apply: another ordering, or a query that
    every claim without its words would match (only negations).
    """
    descending = _date_order(matches)
    split = _unsearched(matches) if descending is not None else None
    if split is None:
        return None
    unsearched, condition = split
    # The query's lexemes, and the dates of the list's first and last claims (its
    # filters and cursor, not the search): each read as a page of the list is.
    start_sql, start_params = _first_date(unsearched)
    end_sql, end_params = _first_date(unsearched.reverse())
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {QUERY_SQL}::text, ({start_sql}), ({end_sql})",
            [condition.text, *start_params, *end_params],
        )
        text, start, end = cursor.fetchone()
    try:
        parsed = tsquery.parse(text)
    except ValueError:
        return None
    query = tsquery.necessary(parsed)
    if parsed is not None and (query is None or tsquery.matches_empty(query)):
        return None  # every claim without the words might match: not by this index
    if query is None and not condition.speaker_ids:
        return []  # no lexeme at all (only stop words) and no speaker: nothing matches
    if start is None or end is None:
        return []
    months = list(_months(start, end, -1 if descending else 1))
    parts, params = [], []
    if query is not None:
        parts.append(MONTH_WORDS_SQL)
        params.append(condition.text)
    if condition.speaker_ids:
        parts.append(MONTH_SPEAKERS_SQL)
        params.append(condition.speaker_ids)
    hidden = [
        OrderBy(Coalesce(key.expression, key.expression), key.descending)
        for key in matches.query.order_by
    ]
    month = unsearched.filter(
        RawSQL(" OR ".join(parts), params, output_field=BooleanField())  # noqa: S611
    )
    sql, month_params = month.order_by(*hidden).values_list("pk")[:limit].query.sql_with_params()
    tags = [
        tsquery.render(query, f"#{first.year:04d}{first.month:02d}") if query else ""
        for first in months
    ]
    lasts = [_month_end(first) for first in months]
    with connection.cursor() as cursor:
        cursor.execute(WALK_SQL.format(month=sql), [months, lasts, tags, *month_params, limit])
        return [row[0] for row in cursor.fetchall()]


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
    """``SET LOCAL statement_timeout`` for the statements inside, in a transaction of their own.

    JIT compilation is off for them too: the planner's estimates for a month's
    matches are blind (the month is a parameter), so the walk's statement looks
    costly enough to be compiled, which takes 10 ms or more for a statement that
    runs in one (measured at 1,000,000 claims).
    """
    nested = connection.in_atomic_block
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            # Both as SET LOCAL, in one statement.
            cursor.execute(
                "SELECT set_config('statement_timeout', %s, true), set_config('jit', 'off', true)",
                [str(int(settings.API_SEARCH_TIMEOUT_MS))],
            )
            yield
            if nested:  # inside an outer transaction, SET LOCAL would outlive this block
                cursor.execute("SET LOCAL statement_timeout = DEFAULT; SET LOCAL jit = DEFAULT")
    except OperationalError as error:
        if getattr(error.__cause__, "sqlstate", "") == QUERY_CANCELED:
            raise SearchTimeout from error
        raise
