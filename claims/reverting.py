"""Reverting a claim to an earlier version from its history, as a new change.

The history keeps every version of a claim. Reverting copies the editable fields
and the topics of a chosen version onto the current claim through
``claims.services.claim_update``: the change is checked like any edit, gets the
next version number, and is recorded as "reverted to …". Verdicts are not part
of a claim's editable fields: resolving and reopening keep their own history.
"""

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format

from claims import services
from claims.choices import DeadlineSource
from claims.models import Claim, Source, Speaker, Topic


def _related_model(name: str):
    models = {"speaker": Speaker, "source": Source, "duplicate_of": Claim}
    return models.get(name) or get_user_model()


@dataclass(frozen=True)
class RevertChange:
    """One field that a revert would change: its label and both values as shown."""

    field: str
    label: str
    current: str
    reverted: str


def _version_of(claim: Claim, history_id: int):
    record = claim.history.filter(history_id=history_id).first()
    if record is None:
        raise ValidationError({"history_id": "This claim has no such version in its history."})
    return record


def _reverted_values(claim: Claim, record) -> dict:
    """The editable values of ``record`` that differ from ``claim``, as model values."""
    changes = {}
    for name in sorted(services.EDITABLE_CLAIM_FIELDS - {"deadline"}):
        field = Claim._meta.get_field(name)
        if field.is_relation:
            old_id, new_id = getattr(record, field.attname), getattr(claim, field.attname)
            if old_id != new_id:
                changes[name] = _related(name, old_id)
        elif getattr(record, name) != getattr(claim, name):
            changes[name] = getattr(record, name)
    old_deadline = record.deadline if record.deadline_source == DeadlineSource.CURATOR else None
    current = claim.deadline if claim.deadline_source == DeadlineSource.CURATOR else None
    if old_deadline != current:
        changes["deadline"] = old_deadline
    return changes


def _related(name: str, pk: int | None):
    if pk is None:
        return None
    row = _related_model(name).objects.filter(pk=pk).first()
    if row is None:
        raise ValidationError({name: f"The {name.replace('_', ' ')} of that version is gone."})
    return row


def _topics_of(record) -> set[int]:
    return set(record.topics.values_list("topic_id", flat=True))


def claim_revert_preview(*, claim: Claim, history_id: int) -> list[RevertChange]:
    """What reverting ``claim`` to the version ``history_id`` would change, field by field.

    Raises ``ValidationError`` when the version is not one of this claim's.
    """
    record = _version_of(claim, history_id)
    rows = []
    for name, value in _reverted_values(claim, record).items():
        label = str(Claim._meta.get_field(name).verbose_name)
        rows.append(RevertChange(name, label, _shown(getattr(claim, name)), _shown(value)))
    old_topics, topics = _topics_of(record), set(claim.topics.values_list("pk", flat=True))
    if old_topics != topics:
        names = dict(Topic.objects.filter(pk__in=old_topics | topics).values_list("pk", "name"))
        rows.append(
            RevertChange(
                "topics",
                "topics",
                ", ".join(sorted(names[pk] for pk in topics)) or "—",
                ", ".join(sorted(names[pk] for pk in old_topics if pk in names)) or "—",
            )
        )
    return rows


def _shown(value) -> str:
    if isinstance(value, datetime.date):
        return date_format(value)  # the admin's one format, "31 December 2030"
    return "—" if value in (None, "") else str(value)


def claim_revert(*, claim: Claim, history_id: int, expected_version: int, actor=None) -> Claim:
    """Make the editable fields and topics of ``claim`` those of its version ``history_id``.

    A curator-set deadline of that version is set again; a derived one is derived
    anew from the reverted horizon. Raises ``ValidationError`` (the version is not
    this claim's, a related row is gone, or the result is not valid),
    ``AlreadyRevertedError`` when the claim already is as in that version (a revert
    posted twice), checked before ``services.ConflictError``, raised when the
    claim changed since ``expected_version``.
    """
    record = _version_of(claim, history_id)
    current = Claim.objects.get(pk=claim.pk)
    changes = _reverted_values(current, record)
    old_topics = _topics_of(record)
    if not changes and old_topics == set(current.topics.values_list("pk", flat=True)):
        # Typically the same revert posted twice: the first one did it. Not a
        # conflict with someone else's change, and nothing to write.
        raise AlreadyRevertedError(current, record)
    return services.claim_update(
        claim=claim,
        expected_version=expected_version,
        changes=changes,
        topics=list(Topic.objects.filter(pk__in=old_topics)),
        actor=actor,
        reason=f"reverted to {version_label(record)}",
    )


def version_label(record) -> str:
    """How a curator tells versions apart: its number and the second it was saved,
    "version 4 of 26 November 2026, 14:03:07" (two saves within a minute differ)."""
    when = date_format(timezone.localtime(record.history_date), "DATETIME_FORMAT")
    when += timezone.localtime(record.history_date).strftime(":%S")
    return f"version {record.version} of {when}"


class AlreadyRevertedError(Exception):
    """The claim's editable fields and topics already are those of the chosen version."""

    def __init__(self, claim: Claim, record) -> None:
        self.claim = claim
        self.record = record
        super().__init__(
            f"Already reverted: the claim is already as in {version_label(record)} "
            f"(it is now version {claim.version}). Nothing was changed."
        )
