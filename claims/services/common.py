"""What every write shares: the acting user, optimistic concurrency, history stamps."""

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError

from claims.models import Claim

User = AbstractBaseUser


class ConflictError(Exception):
    """The row changed since the caller read it (optimistic concurrency)."""

    def __init__(self, claim: Claim, expected_version: int) -> None:
        self.claim = claim
        self.expected_version = expected_version
        super().__init__(
            f"Claim {claim.pk} was changed by someone else after you opened it "
            f"(you edited version {expected_version}, it is now version {claim.version}). "
            "Reload it, then make your change again."
        )


def _stamp(instance, *, actor: User | None, reason: str = "") -> None:
    """Tell simple-history who made the next save and why."""
    if actor is not None and actor.is_authenticated:
        instance._history_user = actor
    if reason:
        instance._change_reason = reason[:100]


def _validate_text(model, field: str, value: str, *, key: str = "") -> None:
    """``value`` within the limits of ``model.field`` (length, control characters).

    Raises ``ValidationError`` keyed by ``key`` (the caller's name for it) or ``field``.
    """
    try:
        model._meta.get_field(field).run_validators(value)
    except ValidationError as error:
        raise ValidationError({key or field: error.messages}) from None
