"""The lean read path for claims: one query for the page, two for what hangs off it.

The page is read with ``.values()`` (claim, speaker and source in one join, the
status computed by the database), then the topics, the current resolutions and
their evidence are fetched for the whole page at once. No per-row queries, no
model instances: serialising a page is building dicts.
"""

import datetime
import functools
from collections import defaultdict

from django.db.models import QuerySet
from django.db.models.sql import Query
from django.utils import timezone

from claims.models import Claim, Evidence, Resolution, Topic
from claims.statements import fetch_all

CLAIM_VALUES = (
    "id",
    "kind",
    "quote",
    "statement",
    "locator",
    "said_on",
    "said_on_precision",
    "horizon",
    "deadline",
    "deadline_precision",
    "deadline_source",
    "deadline_rule",
    "needs_deadline",
    "confidence",
    "status",
    "version",
    "created_at",
    "updated_at",
    "speaker__slug",
    "speaker__name",
    "source_id",
    "source__kind",
    "source__title",
    "source__publisher",
    "source__url",
    "source__published_on",
    "source__published_precision",
)
CURATOR_VALUES = ("review_state", "internal_notes", "assigned_curator_id")


def claim_rows(queryset: QuerySet, *, curator: bool, extra: tuple[str, ...] = ()) -> QuerySet:
    """``queryset`` as dict rows carrying everything a claim's representation needs."""
    fields = CLAIM_VALUES + (CURATOR_VALUES if curator else ())
    fields += tuple(field for field in extra if field not in fields)
    return queryset.with_status(timezone.localdate()).values(*fields)


# Kept per daily query: one per combination of annotations a list selects.
MAX_SELECT_LISTS = 32


class _SelectListOnce:
    """A compiler that compiles the SELECT list once for every clone of one query.

    Compiling the list's 28 columns (the claim, its speaker and source, the status
    expression) was half of the ORM's work on every page; the list is the same for
    every request of the day, only the filters, the order and the cursor differ.
    The compiled list is kept on the daily query (``RowsQuery.select_lists``, shared
    by its clones) under the columns and annotations it compiles; a clone that
    selects anything else compiles its own. ``tests/api/test_list_queries.py``
    compares the SQL with Django's own for every ordering and filter.
    """

    def get_select(self, with_col_aliases=False):
        query = self.query
        select_lists = query.select_lists
        if select_lists is None or query.select is not select_lists["select"]:
            return super().get_select(with_col_aliases=with_col_aliases)
        key = (
            self.connection.alias,
            with_col_aliases,
            tuple(query.selected.items()) if query.selected is not None else None,
            tuple(query.annotation_select.items()),
            tuple(query.extra_select.items()),
            bool(query.select_related),
        )
        found = select_lists.get(key)
        if found is None:
            found = super().get_select(with_col_aliases=with_col_aliases)
            if len(select_lists) <= MAX_SELECT_LISTS:  # a handful in practice: bounded anyway
                select_lists[key] = found
        select, klass_info, annotations = found
        return list(select), klass_info, dict(annotations)


@functools.cache
def _compiler_class(base: type) -> type:
    return type(f"SelectListOnce{base.__name__}", (_SelectListOnce, base), {})


class RowsQuery(Query):
    """The daily list query's class: its SELECT compilers reuse a compiled list."""

    select_lists: dict | None = None

    def get_compiler(self, using=None, connection=None, elide_empty=True):
        compiler = super().get_compiler(using, connection, elide_empty)
        if type(compiler).__name__ == "SQLCompiler":  # reads only, not aggregates or writes
            compiler.__class__ = _compiler_class(type(compiler))
        return compiler


@functools.lru_cache(maxsize=4)
def _all_claim_rows(curator: bool, today: datetime.date) -> QuerySet:
    # Never evaluated, only cloned: shared by every request of the day.
    fields = CLAIM_VALUES + (CURATOR_VALUES if curator else ())
    rows = Claim.objects.with_status(today).values(*fields)
    rows.query.__class__ = RowsQuery
    rows.query.select_lists = {"select": rows.query.select}
    return rows


def all_claim_rows(*, curator: bool) -> QuerySet:
    """Every claim as dict rows (as ``claim_rows``), to be filtered and ordered.

    Resolving the status and the joined columns was more than half of the ORM's
    work on a page; it depends only on the day, so it is done once a day and
    each list request starts from a copy. Filtering and ordering after ``values()`` give
    the same SQL as before it.
    """
    return _all_claim_rows(curator, timezone.localdate()).all()


TOPICS_SQL = (
    "SELECT link.claim_id, topic.slug, topic.name FROM {links} link "
    "JOIN {topics} topic ON topic.id = link.topic_id "
    "WHERE link.claim_id IN ({ids}) ORDER BY topic.name"
)
RESOLUTIONS_SQL = (
    "SELECT r.claim_id, r.verdict, r.rationale, r.resolved_at, r.revision_reason, "
    "e.url, e.archive_url, e.excerpt, e.observed_on "
    "FROM {resolutions} r LEFT JOIN {evidence} e ON e.resolution_id = r.id "
    "WHERE r.claim_id IN ({ids}) AND r.retracted_at IS NULL ORDER BY r.claim_id, e.id"
)
TABLES = {
    "links": Claim.topics.through._meta.db_table,
    "topics": Topic._meta.db_table,
    "resolutions": Resolution._meta.db_table,
    "evidence": Evidence._meta.db_table,
}


def _fetch(sql: str, ids: list[int]) -> list[tuple]:
    # Hand-written SQL: these two fixed queries run for every page, and building
    # them through the ORM costs more than running them. Only ids are interpolated
    # (as placeholders); table names come from the models.
    placeholders = ", ".join(["%s"] * len(ids))
    return fetch_all(sql.format(ids=placeholders, **TABLES), ids)


def _resolutions(ids: list[int]) -> dict[int, dict]:
    resolutions: dict[int, dict] = {}
    for claim_id, verdict, rationale, resolved_at, reason, *evidence in _fetch(
        RESOLUTIONS_SQL, ids
    ):
        resolution = resolutions.setdefault(
            claim_id,
            {
                "verdict": verdict,
                "rationale": rationale,
                "resolved_at": _as_aware(resolved_at),
                "revision_reason": reason,
                "evidence": [],
            },
        )
        url, archive_url, excerpt, observed_on = evidence
        if url is not None:
            resolution["evidence"].append(
                {
                    "url": url,
                    "archive_url": archive_url,
                    "excerpt": excerpt,
                    "observed_on": _as_date(observed_on),
                }
            )
    return resolutions


def _as_date(value) -> datetime.date:
    """A date, also from drivers that hand raw SQL dates back as text."""
    return datetime.date.fromisoformat(value) if isinstance(value, str) else value


def _as_aware(value: datetime.datetime) -> datetime.datetime:
    """SQLite stores UTC without an offset; raw SQL does not get the ORM's conversion."""
    if isinstance(value, str):
        value = datetime.datetime.fromisoformat(value)
    return value.replace(tzinfo=datetime.UTC) if value.tzinfo is None else value


def attach_related(rows: list[dict]) -> list[dict]:
    """Add ``topics`` and ``resolution`` (with ``evidence``) to each row, in two queries."""
    if not rows:
        return rows
    ids = [row["id"] for row in rows]
    topics = defaultdict(list)
    for claim_id, slug, name in _fetch(TOPICS_SQL, ids):
        topics[claim_id].append({"slug": slug, "name": name})
    resolutions = _resolutions(ids)
    for row in rows:
        row["topics"] = topics.get(row["id"], [])
        row["resolution"] = resolutions.get(row["id"])
    return rows
