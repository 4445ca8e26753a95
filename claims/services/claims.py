"""Writes to claims: create, edit, publish, assign; deadlines derived on the way.

A claim is built and checked by ``claims.services.building``, its deadline derived by
``claims.services.derivation``, and many are written at once by ``claims.services.bulk``;
their public names are importable from here as well.
"""

import datetime
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from claims.choices import ClaimKind, DatePrecision, DeadlineSource, ReviewState
from claims.horizons import HorizonResult
from claims.models import Claim, Source, Speaker, Topic
from claims.services.building import (
    ClaimInput,
    ClaimInputError,
    _validate_said_on,
    claim_build,
    claim_check_said_on_source,
    claim_normalise_dates,
    claim_validate,
)
from claims.services.bulk import BULK_BATCH, claims_bulk_create, claims_mark_duplicates
from claims.services.common import ConflictError, User, _stamp
from claims.services.derivation import (
    KINDS_WITH_DERIVED_DEADLINES,
    claim_derive_deadline,
    kind_derives_deadline,
)

__all__ = [
    "BULK_BATCH",
    "EDITABLE_CLAIM_FIELDS",
    "KINDS_WITH_DERIVED_DEADLINES",
    "ClaimInput",
    "ClaimInputError",
    "claim_build",
    "claim_check_said_on_source",
    "claim_create",
    "claim_derive_deadline",
    "claim_normalise_dates",
    "claim_publish",
    "claim_update",
    "claim_validate",
    "claims_assign",
    "claims_bulk_create",
    "claims_mark_duplicates",
    "claims_publish",
    "kind_derives_deadline",
]

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
