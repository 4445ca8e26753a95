"""Writes to claims: create, edit, publish, assign; deadlines derived on the way."""

import datetime
import itertools
import operator
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from functools import cache

from django.core.exceptions import ValidationError
from django.db import connection, models, transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from claims.choices import ClaimKind, DatePrecision, DeadlineSource, ReviewState
from claims.horizons import HorizonKind, HorizonResult, parse_horizon
from claims.models import (
    Claim,
    Source,
    Speaker,
    Topic,
    format_partial_date,
    period_bounds,
    period_start,
)
from claims.services import copying
from claims.services.common import ConflictError, User, _stamp
from claims.validators import latest_today

# Fields a curator may change through ``claim_update``.
EDITABLE_CLAIM_FIELDS = frozenset(
    {
        "speaker",
        "source",
        "locator",
        "kind",
        "quote",
        "statement",
        "said_on",
        "said_on_precision",
        "horizon",
        "deadline",
        "deadline_precision",
        "confidence",
        "review_state",
        "assigned_curator",
        "duplicate_of",
        "internal_notes",
    }
)


# The kinds whose horizon gives them a deadline: what can come true or be kept by a date.
# A factual claim is checkable now and an opinion is not checked at all, so a date in
# their words is no deadline (docs/importing.md, "A date is a deadline only for a
# forecast or a commitment"); a curator may still set one by hand.
KINDS_WITH_DERIVED_DEADLINES = frozenset({ClaimKind.PREDICTION, ClaimKind.COMMITMENT})


def kind_derives_deadline(kind: str) -> bool:
    """Whether a claim of ``kind`` (a ``ClaimKind`` value) is given the deadline its
    horizon names: a prediction or a commitment. ``KINDS_WITH_DERIVED_DEADLINES``."""
    return kind in KINDS_WITH_DERIVED_DEADLINES


def claim_derive_deadline(
    claim: Claim,
    *,
    explicit_deadline: datetime.date | None = None,
    reading: HorizonResult | None = None,
) -> None:
    """Set the deadline fields of ``claim`` (unsaved) from a curator's date or the horizon.

    A curator's explicit deadline always wins, whatever the kind. Otherwise the
    horizon (or, when no horizon was written down, the quote) is parsed relative
    to the day it was said; a vague horizon leaves the deadline empty and flags
    the claim. Only a prediction or a commitment takes a deadline from its
    horizon (``kind_derives_deadline``): a factual claim or an opinion keeps the
    phrase as its horizon, gets no deadline and is not flagged, and the rule says
    why. ``reading`` is that parse when the caller has done it already (an
    importer reads every statement's horizon while planning).
    """
    if explicit_deadline is not None:
        claim.deadline = explicit_deadline
        claim.deadline_precision = claim.deadline_precision or DatePrecision.DAY
        claim.deadline_source = DeadlineSource.CURATOR
        claim.deadline_rule = "set by a curator"
        claim.needs_deadline = False
        return
    result = reading or _read_horizon(claim)
    if not claim.horizon and result.phrase:
        claim.horizon = result.phrase[:200]
    if not kind_derives_deadline(claim.kind):
        result = _no_deadline_for_kind(result, claim.kind)
    claim.needs_deadline = result.kind == HorizonKind.VAGUE
    claim.deadline_rule = result.rule[:300]
    if result.kind == HorizonKind.DATED:
        claim.deadline = result.deadline
        claim.deadline_precision = result.precision
        claim.deadline_source = DeadlineSource.DERIVED
    else:
        claim.deadline = None
        claim.deadline_precision = ""
        claim.deadline_source = DeadlineSource.NONE


def _no_deadline_for_kind(result: HorizonResult, kind: str) -> HorizonResult:
    """``result`` without its deadline or its call for one, for a claim of a ``kind``
    that takes none from its horizon; the phrase stays, the rule says why."""
    if result.kind == HorizonKind.NONE:
        return result
    phrase = result.phrase.strip().rstrip(".")
    if result.kind == HorizonKind.DATED:
        rule = f"'{phrase}' names a date, not a deadline: the statement reads as {kind}"
    else:
        rule = f"'{phrase}' is vague, and no deadline is needed: the statement reads as {kind}"
    return HorizonResult(HorizonKind.NONE, None, None, result.phrase, rule)


def _read_horizon(claim: Claim) -> HorizonResult:
    """The claim's horizon, read in its sentence when it was taken from the quote.

    The words around a phrase change what it means ("won't happen until 2031" is a lower
    bound, "until 2031" alone a deadline; "won't be cut before the summer" is negated), so
    a stored horizon that is the phrase the quote gives is read with the quote again.
    """
    said = {"said_on": claim.said_on, "precision": claim.said_on_precision}
    if claim.horizon and claim.horizon in claim.quote:
        in_quote = parse_horizon(claim.quote, **said)
        if in_quote.phrase == claim.horizon:
            return in_quote
    return parse_horizon(claim.horizon or claim.quote, **said)


@dataclass(frozen=True, kw_only=True)
class ClaimInput:
    """The fields of a new claim, as a curator or an importer gives them.

    ``deadline`` is a curator's explicit deadline; without it the deadline is
    derived from the horizon (or the quote). Topics are set by ``claim_create``
    only.
    """

    speaker: Speaker
    source: Source
    quote: str
    statement: str
    said_on: datetime.date
    said_on_precision: str = DatePrecision.DAY
    kind: str = ClaimKind.PREDICTION
    horizon: str = ""
    deadline: datetime.date | None = None
    deadline_precision: str = ""
    confidence: float | None = None
    locator: str = ""
    review_state: str = ReviewState.PUBLISHED
    assigned_curator: User | None = None
    internal_notes: str = ""
    # ``parse_horizon`` of ``horizon or quote`` on ``said_on`` at its precision, when
    # the caller has read it already; never a different text's or day's.
    horizon_reading: HorizonResult | None = None


class ClaimInputError(ValidationError):
    """One of many claims given at once is not valid; ``position`` says which (from 0)."""

    def __init__(self, position: int, error: ValidationError) -> None:
        super().__init__(error.error_dict if hasattr(error, "error_dict") else error.error_list)
        self.position = position


_INPUT_NAMES = tuple(f.name for f in fields(ClaimInput))


def claim_build(claim_input: ClaimInput) -> Claim:
    """A new claim, not yet saved, normalised and checked as every new claim is.

    The said-on date is stored as its period's first day and may not be in the
    future; the deadline is the curator's or derived from the horizon
    (``claim_derive_deadline``); the fields are validated (``claim_validate``).
    Raises ``ValidationError`` (per field). ``claim_create`` builds through here;
    ``claims_bulk_create`` builds the same claims, with the same errors, by
    ``_ClaimsBuilder``, which does once what its claims share.
    """
    values = {name: getattr(claim_input, name) for name in _INPUT_NAMES}
    deadline = values.pop("deadline")
    reading = values.pop("horizon_reading")
    claim = Claim(**values)
    _validate_said_on(claim)
    claim_derive_deadline(claim, explicit_deadline=deadline, reading=reading)
    claim_validate(claim)
    return claim


def claim_create(
    *,
    speaker: Speaker,
    source: Source,
    quote: str,
    statement: str,
    said_on: datetime.date,
    said_on_precision: str = DatePrecision.DAY,
    kind: str = ClaimKind.PREDICTION,
    horizon: str = "",
    deadline: datetime.date | None = None,
    deadline_precision: str = "",
    confidence: float | None = None,
    topics: Iterable[Topic] = (),
    locator: str = "",
    review_state: str = ReviewState.PUBLISHED,
    assigned_curator: User | None = None,
    internal_notes: str = "",
    actor: User | None = None,
    horizon_reading: HorizonResult | None = None,
) -> Claim:
    """Record a claim; its deadline is derived from the horizon unless one is given.

    ``horizon_reading`` is the horizon as the caller read it already (an importer's,
    which may be the question's an answer was read with); else it is read here.
    Raises ``ValidationError`` (per field), see ``claim_build``.
    """
    claim = claim_build(
        ClaimInput(
            speaker=speaker,
            source=source,
            quote=quote,
            statement=statement,
            said_on=said_on,
            said_on_precision=said_on_precision,
            kind=kind,
            horizon=horizon,
            deadline=deadline,
            deadline_precision=deadline_precision,
            confidence=confidence,
            locator=locator,
            review_state=review_state,
            assigned_curator=assigned_curator,
            internal_notes=internal_notes,
            horizon_reading=horizon_reading,
        )
    )
    _stamp(claim, actor=actor, reason="created")
    with transaction.atomic():
        _save_with_topics(claim, topics)
    return claim


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


def claim_validate(claim: Claim) -> None:
    """Check a claim's fields with readable, per-field messages before it is saved.

    The database enforces every constraint anyway; ``full_clean`` would check each
    of them with a query of its own, so the ones a curator can break are checked
    here in Python instead, and related rows are taken as given (they are instances).
    Raises ``ValidationError``.
    """
    claim.full_clean(exclude=_RELATED_FIELDS, validate_constraints=False)
    _validate_dependent_fields(claim)


def _validate_dependent_fields(claim: Claim) -> None:
    """The checks of ``claim_validate`` that read two fields at once."""
    if claim.pk is not None and claim.duplicate_of_id == claim.pk:
        raise ValidationError({"duplicate_of": "A claim cannot be a duplicate of itself."})
    if claim.deadline and not claim.deadline_precision:
        raise ValidationError(
            {"deadline_precision": "A deadline needs its precision: day, month or year."}
        )
    if claim.deadline and claim.said_on and claim.deadline < claim.said_on:
        raise ValidationError(
            {"deadline": "The deadline cannot be before the day the claim was made."}
        )


_RELATED_FIELDS = ["speaker", "source", "assigned_curator", "duplicate_of"]


def claim_normalise_dates(claim: Claim) -> None:
    """Store a said-on date known to the month or year as that period's first day."""
    claim.said_on = period_start(claim.said_on, claim.said_on_precision)


def _validate_said_on(claim: Claim, *, against_source: bool = True) -> None:
    # Checked before anything reads them: the horizon parser and the period's
    # first day need a date and a known precision.
    for name in ("said_on", "said_on_precision"):
        try:
            setattr(claim, name, Claim._meta.get_field(name).clean(getattr(claim, name), claim))
        except ValidationError as error:
            raise ValidationError({name: error.messages}) from None
    claim_normalise_dates(claim)
    # Judged in the earliest time zone on Earth: a claim made today in Auckland
    # or Kiritimati is not in the future while it is still yesterday in UTC.
    if claim.said_on and claim.said_on > latest_today():
        raise ValidationError({"said_on": "A claim cannot have been said in the future."})
    if against_source:
        claim_check_said_on_source(claim)


def claim_check_said_on_source(claim: Claim) -> None:
    """Refuse a said-on date that contradicts the date of the claim's source.

    A claim is recorded from its source: it was said in that episode, talk or
    essay, so it was said on the source's date, known to the source's precision.
    Both dates are periods (a day, a month or a year); they must overlap. A claim
    "said in 2022" from a source of 14 October 2022 is consistent (less precise);
    one said on 13 October, or in September 2022, is not: it would have been said
    before the source existed, or on another day than the appearance.

    Raises ``ValidationError`` keyed by ``said_on`` naming both dates.
    """
    source = getattr(claim, "source", None) if claim.source_id else None
    if source is None or claim.said_on is None or source.published_on is None:
        return
    said = period_bounds(claim.said_on, claim.said_on_precision)
    published = period_bounds(source.published_on, source.published_precision)
    if said[1] < published[0] or said[0] > published[1]:
        said_text = format_partial_date(claim.said_on, claim.said_on_precision)
        raise ValidationError(
            {
                "said_on": f"Said {_on(claim.said_on_precision)} {said_text}, but its source "
                f"“{source.title}” is dated {source.published_display}: a claim is said on "
                "its source's date. Correct the said-on date or choose the source it was said in."
            }
        )


def _on(precision: str) -> str:
    return "on" if precision == DatePrecision.DAY else "in"


def _deadline_inputs_changed(claim: Claim, changes: dict) -> bool:
    """Whether an edit changes what a derived deadline is derived from: the words, the
    day said, or the kind, from one that takes a deadline from its horizon to one that
    does not or back (``kind_derives_deadline``)."""
    keys = {"horizon", "said_on", "said_on_precision", "quote"}
    if any(key in changes and changes[key] != getattr(claim, key) for key in keys):
        return True
    kind = changes.get("kind", claim.kind)
    return kind_derives_deadline(kind) != kind_derives_deadline(claim.kind)


def _dating_changed(claim: Claim, changes: dict) -> bool:
    """Whether an edit touches what the said-on date is checked against: an edit to
    anything else leaves an older claim's dates as they were accepted."""
    keys = {"said_on", "said_on_precision", "source"}
    return any(key in changes and changes[key] != getattr(claim, key) for key in keys)


def claim_update(
    *,
    claim: Claim,
    expected_version: int,
    changes: dict,
    topics: Iterable[Topic] | None = None,
    actor: User | None = None,
    reason: str = "",
) -> Claim:
    """Apply a curator's edit, refusing it if the claim changed since they read it.

    Giving ``deadline`` sets it as the curator's; giving ``deadline=None`` hands
    the deadline back to the horizon. A derived deadline follows edits to the
    horizon, the quote, the said-on date and the kind: a factual claim or an
    opinion made a prediction or a commitment gets the deadline its horizon
    names, and the reverse loses it (``claim_derive_deadline``). A curator's
    deadline stays, whatever the kind becomes. Raises ``ValidationError`` (per
    field) and ``ConflictError`` (the claim is at another version than
    ``expected_version``).
    """
    unknown = set(changes) - EDITABLE_CLAIM_FIELDS
    if unknown:
        raise ValidationError(dict.fromkeys(unknown, "This field cannot be changed here."))
    with transaction.atomic():
        locked = Claim.objects.select_for_update().get(pk=claim.pk)
        if locked.version != expected_version:
            raise ConflictError(locked, expected_version)
        rederive = _deadline_inputs_changed(locked, changes)
        dating = _dating_changed(locked, changes)
        for field, value in changes.items():
            if field != "deadline":
                setattr(locked, field, value)
        _validate_said_on(locked, against_source=dating)
        if "deadline" in changes and changes["deadline"] != _current_curator_deadline(locked):
            claim_derive_deadline(locked, explicit_deadline=changes["deadline"])
        elif rederive and locked.deadline_source != DeadlineSource.CURATOR:
            claim_derive_deadline(locked)
        locked.version += 1
        claim_validate(locked)
        _stamp(locked, actor=actor, reason=reason or "edited")
        _save_with_topics(locked, topics)
    return locked


def _save_with_topics(claim: Claim, topics: Iterable[Topic] | None) -> None:
    """Save ``claim`` and set its topics as one change: one history entry, not two.

    simple-history records a save and, separately, every change to a many-to-many
    field; the entry of the save is given the topics as they are after the change.
    """
    claim.save()
    if topics is None:
        return
    claim.skip_history_when_saving = True
    try:
        claim.topics.set(topics)
    finally:
        del claim.skip_history_when_saving
    entry = claim.history.order_by("-history_date", "-history_id").first()
    snapshot = entry.topics.model
    snapshot.objects.filter(history=entry).delete()
    links = Claim.topics.through.objects.filter(claim=claim)
    snapshot.objects.bulk_create(
        snapshot(id=link.pk, history=entry, claim_id=link.claim_id, topic_id=link.topic_id)
        for link in links
    )


def _current_curator_deadline(claim: Claim) -> datetime.date | None:
    """The deadline a curator set, or None when the deadline is derived or absent."""
    return claim.deadline if claim.deadline_source == DeadlineSource.CURATOR else None


def claim_publish(*, claim: Claim, actor: User | None = None) -> Claim:
    return claim_update(
        claim=claim,
        expected_version=claim.version,
        changes={"review_state": ReviewState.PUBLISHED},
        actor=actor,
        reason="published",
    )


def claims_publish(*, claims: Iterable[Claim], actor: User | None = None) -> int:
    """Publish every draft among ``claims``; returns how many."""
    with transaction.atomic():
        drafts = [claim for claim in claims if claim.review_state != ReviewState.PUBLISHED]
        for claim in drafts:
            claim_publish(claim=claim, actor=actor)
    return len(drafts)


def claims_assign(
    *, claims: Iterable[Claim], curator: User | None, actor: User | None = None
) -> int:
    """Assign claims to a curator (who then gets their reminders) in one bulk write.

    Uses simple-history's bulk helper so the bulk path leaves one history entry per claim.
    """
    with transaction.atomic():
        locked = list(
            Claim.objects.select_for_update().filter(pk__in=[claim.pk for claim in claims])
        )
        for claim in locked:
            claim.assigned_curator = curator
            claim.version += 1
            claim.updated_at = timezone.now()
        bulk_update_with_history(
            locked,
            Claim,
            ["assigned_curator", "version", "updated_at"],
            default_user=actor if actor is not None and actor.is_authenticated else None,
            default_change_reason="assigned",
        )
    return len(locked)
