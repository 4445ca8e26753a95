"""Many claims written at once: created in bulk inserts (or ``COPY``), and marked as
likely duplicates in one statement; what ``claim_create`` and ``claim_update`` record."""

import itertools
import operator
import sqlite3
from collections.abc import Callable, Sequence
from functools import cache

from django.core.exceptions import ValidationError
from django.db import connection, models, transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from claims.models import Claim
from claims.services import copying
from claims.services.building import (
    _INPUT_NAMES,
    _RELATED_FIELDS,
    ClaimInput,
    ClaimInputError,
    _validate_dependent_fields,
    _validate_said_on,
    claim_validate,
)
from claims.services.common import User, _stamp
from claims.services.derivation import claim_derive_deadline

BULK_BATCH = 500


def claims_bulk_create(
    *,
    claims: Sequence[ClaimInput],
    actor: User | None = None,
    reason: str = "created",
    batch_size: int = BULK_BATCH,
) -> list[Claim]:
    """Record many claims at once: the same claims ``claim_create`` makes, in bulk inserts.

    Every claim is built before anything is written, as ``claim_build`` builds
    it (by ``_ClaimsBuilder``); the claims and their history entries (by
    ``actor``, with ``reason``) are then inserted ``batch_size`` rows a
    statement, in one transaction. Returns the saved claims in the order given.
    Raises ``ClaimInputError`` naming the position of the first claim that is
    not valid; nothing is written then. Constraints a curator cannot break
    through ``claim_build`` are left to the database, which refuses the whole
    call with ``IntegrityError``.
    """
    builder = _ClaimsBuilder()
    built = []
    for position, claim_input in enumerate(claims):
        try:
            built.append(builder.build(claim_input))
        except ValidationError as error:
            raise ClaimInputError(position, error) from None
    user = actor if actor is not None and actor.is_authenticated else None
    with transaction.atomic():
        if not copying.available():
            return bulk_create_with_history(
                built,
                Claim,
                batch_size=batch_size,
                default_user=user,
                default_change_reason=reason[:100],
            )
        for claim, pk in zip(built, copying.pks_reserve(Claim, len(built)), strict=True):
            claim.pk = pk
        copying.instances_copy(built)
        copying.history_copy(built, default_user=user, default_change_reason=reason[:100])
    return built


# Field types whose ``clean`` is a function of the value alone (``to_python``, blank and
# null, choices, validators): codes, dates, flags, figures, and texts, which an import
# repeats often (a deadline rule, a horizon, a draft's note).
_CLEANED_ONCE_TYPES = (
    models.BooleanField,
    models.CharField,
    models.DateField,
    models.FloatField,
    models.IntegerField,
    models.PositiveIntegerField,
    models.TextField,
)
_NOTHING = object()
_FIRST = operator.itemgetter(0)
_UNMATCHED = 32
# The fields a new claim's ``claim_build`` gives itself, not taken from ``ClaimInput``.
_NOT_GIVEN = ("deadline", "horizon_reading")


@cache
def _unique_beyond_key() -> bool:
    """Whether ``validate_unique`` checks anything but the primary key for a claim."""
    return Claim()._get_unique_checks() != ([(Claim, (Claim._meta.pk.name,))], [])


def _reader(attnames: list[str]) -> Callable[[Claim], tuple]:
    """The attributes ``attnames`` of a claim, as a tuple."""
    if len(attnames) == 1:
        return lambda claim: (getattr(claim, attnames[0]),)
    return operator.attrgetter(*attnames) if attnames else lambda claim: ()


class _ClaimsBuilder:
    """``claim_build`` for the claims of one ``claims_bulk_create`` call: the same claims
    and the same errors, with what the claims share worked out once.

    - A claim is made by ``copying.InstanceMaker``, as ``Claim(**values)`` makes it.
    - The said-on date and precision are cleaned, normalised and checked
      (``_validate_said_on``) once per date, precision and source's date: only
      what passed is remembered, and the latest possible today only moves on,
      so a date accepted for one claim stays accepted for the next.
    - The fields are checked as ``claim_validate`` checks them (``full_clean``
      without the related fields), those of ``_CLEANED_ONCE_TYPES`` that are
      not unique once per value: a later claim with the same value takes what
      cleaning gave then. ``full_clean`` does nothing else for a new claim
      while ``Claim`` has no ``clean`` of its own and no field unique but its
      key; otherwise every claim goes through ``full_clean``.
    """

    def __init__(self) -> None:
        meta = Claim._meta
        names = [name for name in _INPUT_NAMES if name not in _NOT_GIVEN]
        self.read = operator.attrgetter(*names, *_NOT_GIVEN)
        self.maker = copying.InstanceMaker(Claim, names)
        self.said: dict = {}  # said-on dates checked: their key → (date, precision) as stored
        self.cleaned: dict = {}  # (attname, type, value) → the value as cleaning gave it
        checked = [
            field
            for field in meta.fields
            if field.name not in _RELATED_FIELDS and not field.generated
        ]
        self.checked = [(field, field.attname) for field in checked]
        # (position in ``checked``, attname) of the fields whose values are cleaned once,
        # and of the others.
        self.once, self.always = [], []
        for k, field in enumerate(checked):
            once = not field.unique and type(field) in _CLEANED_ONCE_TYPES
            (self.once if once else self.always).append((k, field.attname))
        self.read_once = _reader([attname for _, attname in self.once])
        self.counted = range(len(self.once))
        # Per field of ``once``: the last value cleaned, what it gave, and the fields
        # where that is another object.
        self.before = [_NOTHING] * len(self.once)
        self.after = [None] * len(self.once)
        self.converted: set[int] = set()
        self.unmatched = [0] * len(self.once)  # per field: values not found in a row
        self.full_clean = Claim.clean is not models.Model.clean or _unique_beyond_key()

    def build(self, claim_input: ClaimInput) -> Claim:
        """``claim_build(claim_input)``; raises the ``ValidationError`` it raises."""
        given = self.read(claim_input)
        claim = self.maker.make(given)
        self._said_on(claim)
        claim_derive_deadline(claim, explicit_deadline=given[-2], reading=given[-1])
        if self.full_clean:
            claim_validate(claim)
        else:
            self._clean(claim)
            _validate_dependent_fields(claim)
        return claim

    def _said_on(self, claim: Claim) -> None:
        said_on, precision = claim.said_on, claim.said_on_precision
        source = claim.source if claim.source_id else None
        dated = None if source is None else (source.published_on, source.published_precision)
        key = (type(said_on), said_on, type(precision), precision, dated)
        try:
            known = self.said.get(key)
        except TypeError:  # a value that cannot be a key is checked every time
            known, key = None, None
        if known is not None:
            claim.said_on, claim.said_on_precision = known
            return
        _validate_said_on(claim)
        if key is not None:
            self.said[key] = (claim.said_on, claim.said_on_precision)

    def _clean(self, claim: Claim) -> None:
        """``full_clean`` of the claim's fields but the related ones, as ``claim_validate``
        runs it for a new claim (see the class), remembering what cleaned."""
        errors = {}
        new = []
        for k, key, raw, i in self._to_clean(claim):
            field, attname = self.checked[k]
            if not (field.blank and raw in field.empty_values):
                try:
                    setattr(claim, attname, field.clean(raw, claim))
                except ValidationError as error:
                    errors[field.name] = error.error_list
                    continue
            if key is not None:
                new.append((i, key, raw, attname))
        if errors:
            raise ValidationError(errors)
        for i, key, raw, attname in new:
            self.cleaned[key] = value = getattr(claim, attname)
            self._last(i, raw, value)

    def _to_clean(self, claim: Claim) -> list[tuple]:
        """The fields of ``checked`` to clean for ``claim``, in their order: (position, key
        among the values cleaned or None, value, position among ``once`` or None). The
        others are given what cleaning gave their value before; the very object the
        previous claim had there (a default, a code, the day said on) is not looked up."""
        raws = self.read_once(claim)
        before = self.before
        pairs = zip(self.counted, raws, before, strict=True)
        changed = [i for i, raw, last in pairs if raw is not last]
        for i in self.converted:  # the same object as before, which cleaning turned into another
            if raws[i] is before[i]:
                setattr(claim, self.once[i][1], self.after[i])
        pending = [(k, None, getattr(claim, attname), None) for k, attname in self.always]
        for i in changed:
            k, attname = self.once[i]
            raw = raws[i]
            key, value = self._remembered(i, attname, raw)
            if value is _NOTHING:
                pending.append((k, key, raw, i))
            elif value is not raw:
                setattr(claim, attname, value)
        pending.sort(key=_FIRST)
        return pending

    def _remembered(self, i: int, attname: str, raw) -> tuple:
        """The key of ``raw`` among the values cleaned (None: it is not remembered), and
        what cleaning it gave (``_NOTHING``: not cleaned yet). A field whose last
        ``_UNMATCHED`` values were all new (a quote, a locator) is no longer looked up
        in the call: its values are cleaned every time."""
        if self.unmatched[i] >= _UNMATCHED:
            return None, _NOTHING
        key = (attname, type(raw), raw)
        try:
            value = self.cleaned.get(key, _NOTHING)
        except TypeError:  # a value that cannot be a key is cleaned every time
            return None, _NOTHING
        if value is _NOTHING:
            self.unmatched[i] += 1
        else:
            self.unmatched[i] = 0
            self._last(i, raw, value)
        return key, value

    def _last(self, i: int, raw, value) -> None:
        """Remember ``raw`` as the last value of field ``once[i]``, which cleaned to ``value``."""
        self.before[i], self.after[i] = raw, value
        if value is raw:
            self.converted.discard(i)
        else:
            self.converted.add(i)


def claims_mark_duplicates(
    *, marks: Sequence[tuple[Claim, Claim, str]], actor: User | None = None
) -> int:
    """Point each claim at the claim it repeats: (claim, original, reason) triples.

    Recorded as ``claim_update`` would record the change (the version counted up,
    one history entry each with its reason), in one UPDATE statement joining the
    new values (PostgreSQL; SQLite from 3.33, by batches of ``BULK_BATCH``), else
    one run for every claim (``executemany``), rather than ``bulk_update``'s CASE
    over them all. For claims just created in the caller's transaction: they are
    neither locked nor read again. Returns how many were marked.
    """
    if not marks:
        return 0
    now = timezone.now()
    marked = []
    for claim, original, reason in marks:
        claim.duplicate_of = original
        claim.version += 1
        claim.updated_at = now
        _stamp(claim, actor=actor, reason=reason)
        marked.append(claim)
    # The table name is the model's own, never input.
    table = connection.ops.quote_name(Claim._meta.db_table)
    # The time as the ORM stores it: on SQLite, text in UTC without an offset
    # ("2026-03-10 12:00:00.250000"), where the driver's own adapter would add "+00:00".
    # SQLite compares the text: one moment in two forms is not equal, and filters on
    # updated_at and the (updated_at, id) ordering would tell them apart.
    stamp = Claim._meta.get_field("updated_at").get_db_prep_save(now, connection)
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # One statement for them all: the new values as arrays, joined on the id.
            cursor.execute(
                f"UPDATE {table} SET duplicate_of_id = v.original, version = v.version, "  # noqa: S608
                "updated_at = %s FROM unnest(%s::bigint[], %s::bigint[], %s::integer[]) "
                f"AS v(id, original, version) WHERE {table}.id = v.id",
                [
                    stamp,
                    [c.pk for c in marked],
                    [c.duplicate_of_id for c in marked],
                    [c.version for c in marked],
                ],
            )
        elif connection.vendor == "sqlite" and sqlite3.sqlite_version_info >= (3, 33):
            # One statement per batch (UPDATE ... FROM, SQLite 3.33): ``executemany`` runs
            # one per claim, and each fires the change counter's trigger in a statement
            # journal of its own.
            for start in range(0, len(marked), BULK_BATCH):
                part = marked[start : start + BULK_BATCH]
                rows = ", ".join(["(%s, %s, %s)"] * len(part))
                cursor.execute(
                    f"UPDATE {table} SET duplicate_of_id = v.column2, version = v.column3, "  # noqa: S608
                    f"updated_at = %s FROM (VALUES {rows}) AS v WHERE {table}.id = v.column1",
                    [stamp, *itertools.chain.from_iterable(_marked_row(c) for c in part)],
                )
        else:
            cursor.executemany(
                f"UPDATE {table} SET duplicate_of_id = %s, version = %s, updated_at = %s "  # noqa: S608
                "WHERE id = %s",
                [(c.duplicate_of_id, c.version, stamp, c.pk) for c in marked],
            )
        if copying.available():
            copying.history_copy(marked, update=True)
        else:
            Claim.history.bulk_history_create(marked, batch_size=BULK_BATCH, update=True)
    return len(marked)


def _marked_row(claim: Claim) -> tuple[int, int | None, int]:
    return (claim.pk, claim.duplicate_of_id, claim.version)
