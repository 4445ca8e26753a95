"""A new claim built and checked as every path builds it: its said-on date normalised and
checked against its source, its deadline derived, its fields validated."""

import datetime
from dataclasses import dataclass, fields

from django.core.exceptions import ValidationError

from claims.choices import ClaimKind, DatePrecision, ReviewState
from claims.horizons import HorizonResult
from claims.models import (
    Claim,
    Source,
    Speaker,
    format_partial_date,
    period_bounds,
    period_start,
)
from claims.services.common import User
from claims.services.derivation import claim_derive_deadline
from claims.validators import latest_today


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
