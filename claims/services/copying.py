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
import inspect
import itertools
import operator
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence

from django.conf import settings
from django.db import connection, models, router
from django.db.models.base import ModelState
from django.db.models.fields.related_descriptors import ForeignKeyDeferredAttribute
from django.db.models.query_utils import DeferredAttribute
from django.db.models.signals import post_init, pre_init
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
    # Most values go as they are: only the columns that need it are prepared, by position.
    prepared = [(i, p) for i, p in enumerate(map(_preparer, fields)) if p is not None]
    if prepared:
        rows = _rows_prepared(rows, prepared, len(fields))
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


def _rows_prepared(rows: Iterable[Sequence], prepared: list, width: int) -> Iterator[list]:
    """Each row as a new list, its values at the positions of ``prepared`` prepared.

    A column often holds one object row after row (the time of an insert, the day a
    document was said on): its preparation is kept for the next row while it is the same
    object, as preparing gives the same for the same value.
    """
    last = [(_NOTHING, None)] * width  # per column: the value prepared last, and what it gave
    for given in rows:
        row = list(given)
        if len(row) != width:
            raise ValueError(f"A row of {len(row)} values for {width} columns.")
        for i, prepare in prepared:
            value = row[i]
            before, after = last[i]
            if value is not before:
                after = prepare(value)
                last[i] = (value, after)
            row[i] = after
        yield row


_NOTHING = object()


# Rows per ``INSERT`` at most: more gains nothing measurable, and older SQLite releases
# cap a statement's rows at 500 (SQLITE_MAX_COMPOUND_SELECT).
_ROWS_PER_INSERT = 500


def _rows_insert(table: str, columns: str, width: int, rows: Iterable[Sequence]) -> int:
    """``rows`` (``width`` values each, prepared) into ``table`` by multi-row ``INSERT``s."""
    written = 0
    rows = iter(rows)
    with connection.cursor() as cursor:
        per = max(1, min(_ROWS_PER_INSERT, _parameters_allowed() // width))
        execute, mark = _executor(cursor)
        one = f"({', '.join([mark] * width)})"
        while batch := list(itertools.islice(rows, per)):
            values = list(itertools.chain.from_iterable(batch))
            # The table and column names are the model's own, never input.
            execute(
                f"INSERT INTO {table} ({columns}) VALUES {', '.join([one] * len(batch))}",  # noqa: S608
                values,
            )
            written += len(batch)
    return written


def _executor(cursor) -> tuple[Callable[[str, list], object], str]:
    """How to run a statement on ``cursor``, and its parameters' placeholder.

    Django's cursor turns each ``%s`` into SQLite's ``?`` with a regular expression, which
    for a statement of thousands of parameters costs about as much as SQLite's own work.
    While nothing watches the queries (no ``DEBUG`` or test capture, no
    ``execute_wrapper``), the statement is written with ``?`` and run by the driver's own
    ``execute``, with Django's checks and error translation, as PostgreSQL's ``COPY`` is.
    """
    if connection.vendor != "sqlite" or connection.queries_logged or connection.execute_wrappers:
        return cursor.execute, "%s"
    driver = cursor.cursor

    def execute(sql: str, params: list) -> None:
        connection.validate_no_broken_transaction()
        with connection.wrap_database_errors:
            sqlite3.Cursor.execute(driver, sql, params)

    return execute, "?"


def _parameters_allowed() -> int:
    """How many parameters one statement may take: SQLite's own limit, read from the open
    connection (32,766 by default since 3.32; 999 before), else Django's figure."""
    getlimit = getattr(connection.connection, "getlimit", None)  # Python 3.11+
    if getlimit is not None:
        return getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    return connection.features.max_query_params or 999


class InstanceMaker:
    """New instances of ``model``, the same as ``model(**dict(zip(names, values)))`` makes.

    ``names`` are fields' names (a related field's takes an instance or None).
    Made faster than by keywords: the defaults of the other fields are read once
    (a callable's, or a database default's, every time), and the values are set
    in the order of the concrete fields, as ``Model.from_db`` sets them; without
    ``Model.__init__`` at all while nothing listens to its signals and every
    field's attribute is Django's plain one (the instance's own attributes are
    then all that ``__init__`` sets). A related instance is set as its field's
    descriptor sets it, that descriptor used whenever it would do more (database
    routers, a one-to-one field, an instance not saved, of another model or
    database).
    """

    def __init__(self, model: type[models.Model], names: Sequence[str]) -> None:
        self.model = model
        fields = model._meta.concrete_fields
        self.attnames = [field.attname for field in fields]
        self.values = []  # per concrete field: its default, or None until given
        self.given = []  # (position among the values, position among ``names``)
        self.computed = []  # (position among the values, field): a default read every time
        self.related = []  # (position among ``names``, field): set as the descriptor sets it
        for i, field in enumerate(fields):
            if field.name in names and isinstance(field.remote_field, models.ForeignObjectRel):
                self.related.append((names.index(field.name), field))
                self.values.append(None)
            elif field.name in names:
                self.given.append((i, names.index(field.name)))
                self.values.append(None)
            elif fixed_default(field):
                self.values.append(field.get_default())
            else:
                self.computed.append((i, field))
                self.values.append(None)
        if len(self.given) + len(self.related) != len(names):
            raise ValueError(f"Not all of {list(names)} are concrete fields of {model.__name__}.")
        plain = (DeferredAttribute, ForeignKeyDeferredAttribute)
        self.direct = (
            not pre_init.has_listeners(model)
            and not post_init.has_listeners(model)
            and all(type(vars(model).get(attname)) in plain for attname in self.attnames)
        )
        # Per related field, the attribute of the related instance its value is, when
        # setting it is no more than that (else None): no routers, a many-to-one field
        # on one column.
        self.targets = {
            field.name: (
                field.related_fields[0][1].attname
                if not router.routers
                and field.remote_field.multiple
                and len(field.related_fields) == 1
                else None
            )
            for _, field in self.related
        }

    def make(self, values: Sequence) -> models.Model:
        """A new instance of the model, given the values of ``names`` in that order."""
        row = self.values.copy()
        for i, j in self.given:
            row[i] = values[j]
        for i, field in self.computed:
            row[i] = field.get_default()
        if self.direct:
            obj = self.model.__new__(self.model)
            obj._state = ModelState()
            obj.__dict__.update(zip(self.attnames, row, strict=True))
        else:
            obj = self.model(*row)
        for j, field in self.related:
            self._relate(obj, field, values[j])
        return obj

    def _relate(self, obj: models.Model, field: models.ForeignKey, value) -> None:
        """``setattr(obj, field.name, value)`` for a new ``obj`` whose ``field`` is not set."""
        state = obj._state
        if value is None:
            obj.__dict__[field.attname] = None
            state.fields_cache[field.cache_name] = None
            return
        db = value._state.db
        target = self.targets[field.name]
        if (
            target is None
            or not isinstance(value, field.remote_field.model._meta.concrete_model)
            or not db
            or state.db not in (None, db)
        ):
            setattr(obj, field.name, value)
            return
        # Without routers the instance goes to its related instance's database.
        state.db = db
        obj.__dict__[field.attname] = getattr(value, target)
        state.fields_cache[field.cache_name] = value


def instances_copy(objs: Sequence[models.Model]) -> None:
    """Insert new model instances (all of one model) by ``rows_copy``, as ``bulk_create`` would.

    Every instance must have its primary key set already (``pks_reserve``).
    ``auto_now``/``auto_now_add`` fields are filled in on the instances, with one
    time (or day) for the whole insert; afterwards the instances count as saved.
    """
    if not objs:
        return
    fields = objs[0]._meta.concrete_fields
    read = operator.attrgetter(*(field.attname for field in fields))
    stamped, own = _pre_save_plan(fields, objs[0])
    for attname, value in stamped:
        for obj in objs:
            setattr(obj, attname, value)
    if len(fields) == 1:
        rows = ([read(obj)] for obj in objs)
    elif own:
        rows = (_pre_saved(list(read(obj)), own, obj) for obj in objs)
    else:
        rows = (read(obj) for obj in objs)
    rows_copy(type(objs[0]), fields, rows)
    alias = connection.alias
    for obj in objs:
        obj._state.adding = False
        obj._state.db = alias


def _pre_save_plan(fields, first: models.Model) -> tuple[list, list]:
    """What ``pre_save`` (of a new instance) gives ``fields``: a time stamp taken once, for
    Django's own date fields with ``auto_now``/``auto_now_add`` (attname, value); the fields
    asked instance by instance (position, field), those of other types that override it.

    ``Field.pre_save`` reads the attribute, as does a date field's without ``auto_now``.
    """
    stamped, own = [], []
    for i, field in enumerate(fields):
        pre_save = type(field).pre_save
        if pre_save is models.Field.pre_save:
            continue
        if pre_save in (models.DateField.pre_save, models.DateTimeField.pre_save):
            if field.auto_now or field.auto_now_add:
                stamped.append((field.attname, field.pre_save(first, True)))
            continue
        own.append((i, field))
    return stamped, own


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
    building a historical model instance per row. The model's default user is
    asked once for all rows: simple-history's asks the request being served,
    which is the same for every row of one call, never the instance.
    """
    if not objs or not getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
        return
    history = _history_model(type(objs[0]))
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
    # Defaults that are one value (no callable, no database default) are read once for all
    # rows; the others (the write path's, a callable) row by row, at their position.
    tail = [field.get_default() if fixed_default(field) else None for field in defaults]
    start = len(tracked) + len(special)
    per_row = [
        (start + i, field.get_default)
        for i, field in enumerate(defaults)
        if not fixed_default(field)
    ]
    read = operator.attrgetter(*tracked) if len(tracked) > 1 else None  # a tuple of them
    fallback = []  # the model's default user, once asked

    def user_of(obj):
        if hasattr(obj, "_history_user"):
            return obj._history_user
        if default_user:
            return default_user
        if not fallback:
            fallback.append(history.get_default_history_user(obj))
        return fallback[0]

    def rows():
        for obj in objs:
            user = user_of(obj)
            reason = get_change_reason_from_object(obj) or default_change_reason
            values = list(read(obj)) if read else [getattr(obj, name) for name in tracked]
            values += (reason, getattr(obj, "_history_date", now), kind)
            values.append(user.pk if user is not None else None)
            values += tail
            for i, default in per_row:
                values[i] = default()
            if relation:
                values.append(obj.pk)
            yield values

    rows_copy(history, fields, rows())


def _history_model(model: type[models.Model]) -> type[models.Model]:
    """``model``'s historical model, read from its history descriptor itself: reading the
    manager (``Claim.history``) builds a new manager class each time."""
    name = model._meta.simple_history_manager_attribute
    return inspect.getattr_static(model, name).model


def fixed_default(field: models.Field) -> bool:
    """Whether ``field``'s default is one value, the same each time it is read: no callable
    given as the default, no database default (an expression), no default of its own type's."""
    return (
        type(field).get_default in _GET_DEFAULT
        and not field.has_db_default()
        and not (field.has_default() and callable(field.default))
    )


# ``ForeignKey.get_default`` gives the key of a default that is an instance, else the default.
_GET_DEFAULT = (models.Field.get_default, models.ForeignKey.get_default)


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
