"""Inserting many new rows with PostgreSQL's COPY, for the bulk paths of the services.

``bulk_create`` builds one ``INSERT`` whose parameters Django prepares value by
value and psycopg sends as arrays; at a few thousand rows that preparation is
most of an import's writing time. ``COPY … FROM STDIN`` streams the rows
instead, adapted by psycopg's C dumpers (PostgreSQL manual, "COPY"; psycopg 3,
"Using COPY TO and COPY FROM"). COPY returns no ids, so rows that others point
to get theirs first from the table's own sequence (``pks_reserve``): the same
ids an ``INSERT`` would have drawn, so later inserts of any kind go on from them.

Values are prepared as ``bulk_create`` prepares them (each field's ``pre_save``
and ``get_db_prep_save``), except for field types whose preparation returns
a Python value unchanged on PostgreSQL (text, numbers, dates, booleans, foreign
keys), which are passed on as they are. The tests compare rows written both ways.

Only on PostgreSQL (``available``); the callers use ``bulk_create`` elsewhere.
"""

from collections.abc import Iterable, Sequence

from django.conf import settings
from django.db import connection, models
from django.utils import timezone
from simple_history.utils import get_change_reason_from_object

# Field types whose ``get_db_prep_save`` returns Python's own value unchanged on PostgreSQL.
_AS_IS = frozenset(
    {
        models.AutoField,
        models.BigAutoField,
        models.BigIntegerField,
        models.BooleanField,
        models.CharField,
        models.DateField,
        models.DateTimeField,
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


def available() -> bool:
    """Whether the database takes COPY (PostgreSQL)."""
    return connection.vendor == "postgresql"


def pks_reserve(model: type[models.Model], count: int) -> list[int]:
    """``count`` new primary keys for ``model``'s table, drawn from its sequence (PostgreSQL).

    Raises ``django.db.Error`` when the table's key has no sequence.
    """
    if count <= 0:
        return []
    pk = model._meta.pk
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [model._meta.db_table, pk.column, count],
        )
        return [row[0] for row in cursor.fetchall()]


def _preparer(field: models.Field):
    if type(field) in _AS_IS:
        return None
    return lambda value: field.get_db_prep_save(value, connection)


def rows_copy(
    model: type[models.Model], fields: Sequence[models.Field], rows: Iterable[Sequence]
) -> int:
    """COPY ``rows`` (one value per field of ``fields``, Python values) into ``model``'s table.

    Columns left out take their database defaults (an identity key draws its
    next value). Returns the number of rows written. Raises what the database
    raises (``IntegrityError`` for a broken constraint): call it inside the
    caller's transaction, which the error leaves to roll back.
    """
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    # Table and column names are the model's own, never input.
    statement = f"COPY {quote(model._meta.db_table)} ({columns}) FROM STDIN"
    preparers = [_preparer(field) for field in fields]
    plain = not any(preparers)
    written = 0
    # The psycopg cursor's own COPY: its errors become Django's (IntegrityError...) here.
    with (
        connection.cursor() as cursor,
        connection.wrap_database_errors,
        cursor.cursor.copy(statement) as copy,
    ):
        for row in rows:
            if plain:
                copy.write_row(row)
            else:
                copy.write_row([p(v) if p else v for p, v in zip(preparers, row, strict=True)])
            written += 1
    return written


def instances_copy(objs: Sequence[models.Model], *, with_pk: bool = True) -> None:
    """COPY new model instances (all of one model) into their table, as ``bulk_create`` would.

    With ``with_pk`` every instance must have its primary key set already
    (``pks_reserve``); without, the database draws the keys and the instances
    do not learn them. ``auto_now``/``auto_now_add`` fields are filled in on the
    instances; afterwards they count as saved.
    """
    if not objs:
        return
    meta = objs[0]._meta
    fields = [f for f in meta.concrete_fields if with_pk or f is not meta.pk]
    rows = ([field.pre_save(obj, True) for field in fields] for obj in objs)
    rows_copy(type(objs[0]), fields, rows)
    for obj in objs:
        obj._state.adding = False
        obj._state.db = connection.alias


def history_copy(
    objs: Sequence[models.Model],
    *,
    update: bool = False,
    default_user=None,
    default_change_reason: str = "",
) -> None:
    """COPY one django-simple-history entry per saved instance: what ``bulk_history_create`` adds.

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
    special = {"history_date", "history_user", "history_change_reason", "history_type"}
    meta = history._meta
    defaults = [f for f in meta.concrete_fields if f is not meta.pk and f.name not in special]
    defaults = [f for f in defaults if f.attname not in tracked and f.name != "history_relation"]
    fields = [meta.get_field(name) for name in tracked]
    fields += [meta.get_field(name) for name in sorted(special)] + defaults
    relation = hasattr(history, "history_relation")
    if relation:
        fields.append(meta.get_field("history_relation"))
    now = timezone.now()
    kind = "~" if update else "+"

    def rows():
        for obj in objs:
            if hasattr(obj, "_history_user"):
                user = obj._history_user
            else:
                user = default_user or history.get_default_history_user(obj)
            reason = get_change_reason_from_object(obj) or default_change_reason
            values = [getattr(obj, name) for name in tracked]
            # Sorted special fields: change reason, date, type, user.
            values += [reason, getattr(obj, "_history_date", now), kind]
            values.append(user.pk if user is not None else None)
            values += [field.get_default() for field in defaults]
            if relation:
                values.append(obj.pk)
            yield values

    rows_copy(history, fields, rows())


def rows_insert(model: type[models.Model], names: Sequence[str], rows: Iterable[Sequence]) -> None:
    """Insert new rows given as values of the fields ``names`` (attnames: ``claim_id``).

    COPY on PostgreSQL; elsewhere ``bulk_create`` of instances built from them.
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
