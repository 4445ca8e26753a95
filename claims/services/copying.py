"""Inserting many new rows without the ORM's per-value work, for the services' bulk paths.

``bulk_create`` builds multi-row ``INSERT`` statements whose parameters Django
prepares value by value; at a few thousand rows that preparation is most of an
import's writing time. Here the rows go to the database driver as they are:
on PostgreSQL by ``COPY … FROM STDIN``, adapted by psycopg's C dumpers
(PostgreSQL manual, "COPY"; psycopg 3, "Using COPY TO and COPY FROM"); on
SQLite by ``INSERT`` statements of many rows each, as many as its limit on
parameters allows. One statement per row (``executemany``) cost three times as
much on a table with a trigger (the change counter's): SQLite opens a statement
journal for each statement that fires one. Neither
returns ids, so rows that others point to get theirs first (``pks_reserve``):
on PostgreSQL from the table's own sequence, the ids an ``INSERT`` would have
drawn; on SQLite the ones after the largest ever used, under the write lock.

Values are prepared as ``bulk_create`` prepares them (each field's ``pre_save``
and ``get_db_prep_save``), except for field types whose preparation returns the
Python value unchanged on the database in use (text, numbers, booleans, foreign
keys; dates and times on PostgreSQL), which are passed on as they are. The
tests compare rows written both ways.

For PostgreSQL and SQLite (``available``); callers use ``bulk_create`` elsewhere.
"""

import datetime
import itertools
import operator
import sqlite3
from collections.abc import Iterable, Sequence

from django.conf import settings
from django.db import connection, models
from django.utils import timezone
from simple_history.utils import get_change_reason_from_object

# Field types whose ``get_db_prep_save`` returns Python's own value unchanged, per database.
_PLAIN = frozenset(
    {
        models.AutoField,
        models.BigAutoField,
        models.BigIntegerField,
        models.BooleanField,
        models.CharField,
        models.FloatField,
        models.ForeignKey,
        models.IntegerField,
        models.OneToOneField,
        models.PositiveIntegerField,
        models.PositiveSmallIntegerField,
        models.SlugField,
        models.SmallIntegerField,
        models.TextField,
    }
)
# SQLite stores dates and times as Django writes them (naive UTC text), not as the driver would.
_AS_IS = {"postgresql": _PLAIN | {models.DateField, models.DateTimeField}, "sqlite": _PLAIN}


def available() -> bool:
    """Whether the database in use takes these inserts (PostgreSQL, SQLite)."""
    return connection.vendor in _AS_IS


def pks_reserve(model: type[models.Model], count: int) -> list[int]:
    """``count`` new primary keys for ``model``'s table, in increasing order.

    PostgreSQL draws them from the key's sequence (raises ``django.db.Error`` when
    it has none). SQLite first takes the database's write lock (a write in the
    current transaction, which must be open), so no other connection can insert
    until it ends, then counts on from the largest key the table ever had
    (``sqlite_sequence``, kept by ``AUTOINCREMENT``) or has.
    """
    if count <= 0:
        return []
    table, column = model._meta.db_table, model._meta.pk.column
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [table, column, count],
            )
            return [row[0] for row in cursor.fetchall()]
        quote = connection.ops.quote_name
        cursor.execute("UPDATE sqlite_sequence SET seq = seq WHERE name = %s", [table])
        # The table and column names are the model's own, never input.
        cursor.execute(
            f"SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = %s), 0), "  # noqa: S608
            f"COALESCE((SELECT MAX({quote(column)}) FROM {quote(table)}), 0))",
            [table],
        )
        last = cursor.fetchone()[0]
    return list(range(last + 1, last + 1 + count))


def _preparer(field: models.Field):
    kind = type(field)
    if kind in _AS_IS[connection.vendor]:
        return None

    def prepare(value):
        return field.get_db_prep_save(value, connection)

    if connection.vendor != "sqlite":
        return prepare
    # SQLite's adaptation of the commonest values, done directly: None is NULL; a date is
    # written as ``str(date)``; an aware datetime in UTC, with the connection's time zone
    # UTC too, as ``str`` of the same datetime made naive
    # (``DatabaseOperations.adapt_datetimefield_value``). Anything else, as Django does.
    if kind is models.DateField:
        return lambda value: (
            str(value)
            if type(value) is datetime.date
            else None
            if value is None
            else prepare(value)
        )
    utc = datetime.UTC
    if kind is models.DateTimeField and settings.USE_TZ and connection.timezone is utc:
        return lambda value: (
            str(value.replace(tzinfo=None))
            if type(value) is datetime.datetime and value.tzinfo is utc
            else None
            if value is None
            else prepare(value)
        )
    return prepare


def rows_copy(
    model: type[models.Model], fields: Sequence[models.Field], rows: Iterable[Sequence]
) -> int:
    """Insert ``rows`` (one value per field of ``fields``, Python values) into ``model``'s table.

    Columns left out take their database defaults (a key left out is drawn by the
    database). Returns the number of rows written. Raises what the database
    raises (``IntegrityError`` for a broken constraint): call it inside the
    caller's transaction, which the error leaves to roll back.
    """
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    table = quote(model._meta.db_table)
    preparers = [_preparer(field) for field in fields]
    if any(preparers):
        rows = ([p(v) if p else v for p, v in zip(preparers, row, strict=True)] for row in rows)
    if connection.vendor != "postgresql":
        return _rows_insert(table, columns, len(fields), rows)
    written = 0
    # The psycopg cursor's own COPY: its errors become Django's (IntegrityError...) here.
    with (
        connection.cursor() as cursor,
        connection.wrap_database_errors,
        cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(row)
            written += 1
    return written


# Rows per ``INSERT`` at most: more gains nothing measurable, and older SQLite releases
# cap a statement's rows at 500 (SQLITE_MAX_COMPOUND_SELECT).
_ROWS_PER_INSERT = 500


def _rows_insert(table: str, columns: str, width: int, rows: Iterable[Sequence]) -> int:
    """``rows`` (``width`` values each, prepared) into ``table`` by multi-row ``INSERT``s."""
    written = 0
    rows = iter(rows)
    with connection.cursor() as cursor:
        per = max(1, min(_ROWS_PER_INSERT, _parameters_allowed() // width))
        one = f"({', '.join(['%s'] * width)})"
        while batch := list(itertools.islice(rows, per)):
            values = [value for row in batch for value in row]
            # The table and column names are the model's own, never input.
            cursor.execute(
                f"INSERT INTO {table} ({columns}) VALUES {', '.join([one] * len(batch))}",  # noqa: S608
                values,
            )
            written += len(batch)
    return written


def _parameters_allowed() -> int:
    """How many parameters one statement may take: SQLite's own limit, read from the open
    connection (32,766 by default since 3.32; 999 before), else Django's figure."""
    getlimit = getattr(connection.connection, "getlimit", None)  # Python 3.11+
    if getlimit is not None:
        return getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    return connection.features.max_query_params or 999


def instances_copy(objs: Sequence[models.Model]) -> None:
    """Insert new model instances (all of one model) by ``rows_copy``, as ``bulk_create`` would.

    Every instance must have its primary key set already (``pks_reserve``).
    ``auto_now``/``auto_now_add`` fields are filled in on the instances;
    afterwards they count as saved.
    """
    if not objs:
        return
    fields = objs[0]._meta.concrete_fields
    # ``Field.pre_save`` reads the attribute; only fields that override it (``auto_now``...)
    # are asked one by one.
    own = [(i, f) for i, f in enumerate(fields) if type(f).pre_save is not models.Field.pre_save]
    read = operator.attrgetter(*(field.attname for field in fields))
    if len(fields) == 1:
        rows = ([field.pre_save(obj, True) for field in fields] for obj in objs)
    else:
        rows = (_pre_saved(list(read(obj)), own, obj) for obj in objs)
    rows_copy(type(objs[0]), fields, rows)
    for obj in objs:
        obj._state.adding = False
        obj._state.db = connection.alias


def _pre_saved(values: list, own: list[tuple[int, models.Field]], obj: models.Model) -> list:
    for i, field in own:
        values[i] = field.pre_save(obj, True)
    return values


def history_copy(
    objs: Sequence[models.Model],
    *,
    update: bool = False,
    default_user=None,
    default_change_reason: str = "",
) -> None:
    """Insert one django-simple-history entry per saved instance, as ``bulk_history_create`` does.

    The same values as ``HistoryManager.bulk_history_create`` gives its rows (the
    instance's ``_history_user`` or ``default_user`` or the model's default user,
    its ``_change_reason`` or ``default_change_reason``, "+" or "~" for an
    update, one time for all, and every other field at its default), without
    building a historical model instance per row.
    """
    if not objs or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    history = type(objs[0]).history.model
    tracked = [field.attname for field in history.tracked_fields]
    # In the order the rows below give their values.
    special = ["history_change_reason", "history_date", "history_type", "history_user"]
    meta = history._meta
    defaults = [f for f in meta.concrete_fields if f is not meta.pk and f.name not in special]
    defaults = [f for f in defaults if f.attname not in tracked and f.name != "history_relation"]
    fields = [meta.get_field(name) for name in tracked]
    fields += [meta.get_field(name) for name in special] + defaults
    relation = hasattr(history, "history_relation")
    if relation:
        fields.append(meta.get_field("history_relation"))
    now = timezone.now()
    kind = "~" if update else "+"
    # Defaults that are one value (no callable, no database default): read once for all rows.
    fixed = [
        type(field).get_default is models.Field.get_default
        and not callable(field.default)
        and not field.has_db_default()
        for field in defaults
    ]
    fixed_values = [
        field.get_default() if once else None for field, once in zip(defaults, fixed, strict=True)
    ]

    read = operator.attrgetter(*tracked) if len(tracked) > 1 else None  # a tuple of them

    def rows():
        for obj in objs:
            if hasattr(obj, "_history_user"):
                user = obj._history_user
            else:
                user = default_user or history.get_default_history_user(obj)
            reason = get_change_reason_from_object(obj) or default_change_reason
            values = list(read(obj)) if read else [getattr(obj, name) for name in tracked]
            values += [reason, getattr(obj, "_history_date", now), kind]
            values.append(user.pk if user is not None else None)
            values += [
                value if once else field.get_default()
                for field, once, value in zip(defaults, fixed, fixed_values, strict=True)
            ]
            if relation:
                values.append(obj.pk)
            yield values

    rows_copy(history, fields, rows())


def rows_insert(model: type[models.Model], names: Sequence[str], rows: Iterable[Sequence]) -> None:
    """Insert new rows given as values of the fields ``names`` (attnames: ``claim_id``).

    ``rows_copy`` where it is ``available``; elsewhere ``bulk_create`` of instances built from them.
    For rows nothing else needs the keys of.
    """
    meta = model._meta
    fields = [next(f for f in meta.concrete_fields if f.attname == name) for name in names]
    if available():
        rows_copy(model, fields, rows)
        return
    model.objects.bulk_create(
        (model(**dict(zip(names, row, strict=True))) for row in rows), batch_size=500
    )
