"""Re-deriving deadlines in bulk after the horizon rules change."""

from dataclasses import dataclass

from django.db import transaction

from claims.choices import DeadlineSource
from claims.models import Claim
from claims.services.building import claim_validate
from claims.services.common import User, _stamp
from claims.services.derivation import claim_derive_deadline


@dataclass(frozen=True)
class DeadlineChange:
    """A claim whose derived deadline differs from what the horizon rules give now."""

    claim_id: int
    statement: str
    before: str
    after: str
    rule: str


_DEADLINE_FIELDS = (
    "horizon",
    "deadline",
    "deadline_precision",
    "deadline_source",
    "deadline_rule",
    "needs_deadline",
)


def _deadline_state(claim: Claim) -> tuple:
    return tuple(getattr(claim, field) for field in _DEADLINE_FIELDS)


def _describe_deadline(claim: Claim) -> str:
    if claim.deadline is not None:
        return f"{claim.deadline.isoformat()} ({claim.deadline_precision})"
    return "needs a deadline (vague horizon)" if claim.needs_deadline else "no deadline"


def _rederived(claim: Claim) -> DeadlineChange | None:
    """Re-derive ``claim``'s deadline in place; describe the change, if any."""
    before, described = _deadline_state(claim), _describe_deadline(claim)
    claim_derive_deadline(claim)
    if _deadline_state(claim) == before:
        return None
    return DeadlineChange(
        claim_id=claim.pk,
        statement=claim.statement,
        before=described,
        after=_describe_deadline(claim),
        rule=claim.deadline_rule,
    )


def claims_rederive_deadlines(
    *, dry_run: bool = False, actor: User | None = None, batch_size: int = 500
) -> list[DeadlineChange]:
    """Re-derive every deadline not set by a curator, after the horizon rules changed.

    Curators' deadlines are never touched. Each change is saved on the locked
    row with its own history entry, so an edit made meanwhile is not lost.
    """
    candidates = Claim.objects.exclude(deadline_source=DeadlineSource.CURATOR).order_by("pk")
    changes = [
        change
        for claim in candidates.iterator(chunk_size=batch_size)
        if (change := _rederived(claim)) is not None
    ]
    if dry_run:
        return changes
    saved = []
    for change in changes:
        with transaction.atomic():
            locked = Claim.objects.select_for_update().get(pk=change.claim_id)
            if locked.deadline_source == DeadlineSource.CURATOR:
                continue
            current = _rederived(locked)
            if current is None:
                continue
            locked.version += 1
            claim_validate(locked)
            _stamp(locked, actor=actor, reason="deadline re-derived")
            locked.save()
            saved.append(current)
    return saved
