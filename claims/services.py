"""Every write to the record goes through these functions.

The admin, the API, importers, management commands and Celery tasks call them,
so each path validates the same way, derives deadlines the same way, and leaves
the same history (who, when, through which path, why).
"""

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from simple_history.utils import bulk_update_with_history

from claims.choices import ClaimKind, DatePrecision, DeadlineSource, ReviewState, Verdict
from claims.horizons import HorizonKind, parse_horizon
from claims.models import Claim, Evidence, Resolution, Source, Speaker, Topic, period_start
from claims.validators import latest_today

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


@dataclass(frozen=True)
class EvidenceInput:
    """One piece of evidence as given by a curator."""

    url: str
    observed_on: datetime.date
    archive_url: str = ""
    excerpt: str = ""


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


def _stamp(instance, *, actor: User | None, reason: str = "") -> None:
    """Tell simple-history who made the next save and why."""
    if actor is not None and actor.is_authenticated:
        instance._history_user = actor
    if reason:
        instance._change_reason = reason[:100]


def speaker_create(
    *,
    name: str,
    slug: str = "",
    bio: str = "",
    affiliations: str = "",
    links: Sequence[str] = (),
    actor: User | None = None,
) -> Speaker:
    speaker = Speaker(
        name=name,
        slug=slug or slugify(name),
        bio=bio,
        affiliations=affiliations,
        # A tuple becomes a list; anything else is validated as given (a bare
        # string is refused, not turned into a list of characters).
        links=list(links) if isinstance(links, tuple) else links,
    )
    speaker.full_clean()
    _stamp(speaker, actor=actor, reason="created")
    speaker.save()
    return speaker


def topic_get_or_create(*, name: str) -> Topic:
    topic, _ = Topic.objects.get_or_create(slug=slugify(name), defaults={"name": name})
    return topic


def claim_derive_deadline(claim: Claim, *, explicit_deadline: datetime.date | None = None) -> None:
    """Set the deadline fields of ``claim`` (unsaved) from a curator's date or the horizon.

    A curator's explicit deadline always wins. Otherwise the horizon (or, when no
    horizon was written down, the quote) is parsed relative to the day it was
    said; a vague horizon leaves the deadline empty and flags the claim.
    """
    if explicit_deadline is not None:
        claim.deadline = explicit_deadline
        claim.deadline_precision = claim.deadline_precision or DatePrecision.DAY
        claim.deadline_source = DeadlineSource.CURATOR
        claim.deadline_rule = "set by a curator"
        claim.needs_deadline = False
        return
    result = parse_horizon(
        claim.horizon or claim.quote, said_on=claim.said_on, precision=claim.said_on_precision
    )
    if not claim.horizon and result.phrase:
        claim.horizon = result.phrase[:200]
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
) -> Claim:
    """Record a claim; its deadline is derived from the horizon unless one is given."""
    claim = Claim(
        speaker=speaker,
        source=source,
        quote=quote,
        statement=statement,
        said_on=said_on,
        said_on_precision=said_on_precision,
        kind=kind,
        horizon=horizon,
        deadline_precision=deadline_precision,
        confidence=confidence,
        locator=locator,
        review_state=review_state,
        assigned_curator=assigned_curator,
        internal_notes=internal_notes,
    )
    _validate_said_on(claim)
    claim_derive_deadline(claim, explicit_deadline=deadline)
    claim_validate(claim)
    _stamp(claim, actor=actor, reason="created")
    with transaction.atomic():
        _save_with_topics(claim, topics)
    return claim


def claim_validate(claim: Claim) -> None:
    """Check a claim's fields with readable, per-field messages before it is saved.

    The database enforces every constraint anyway; ``full_clean`` would check each
    of them with a query of its own, so the ones a curator can break are checked
    here in Python instead, and related rows are taken as given (they are instances).
    """
    claim.full_clean(exclude=_RELATED_FIELDS, validate_constraints=False)
    if claim.deadline and claim.said_on and claim.deadline < claim.said_on:
        raise ValidationError(
            {"deadline": "The deadline cannot be before the day the claim was made."}
        )


_RELATED_FIELDS = ["speaker", "source", "assigned_curator", "duplicate_of"]


def claim_normalise_dates(claim: Claim) -> None:
    """Store a said-on date known to the month or year as that period's first day."""
    claim.said_on = period_start(claim.said_on, claim.said_on_precision)


def source_save(*, source: Source, actor: User | None = None, reason: str = "") -> Source:
    """Validate and save a new or edited source, its partial date normalised.

    Raises ``ValidationError`` (per field) when a value is not valid.
    """
    source.published_on = period_start(source.published_on, source.published_precision)
    source.full_clean()
    _stamp(source, actor=actor, reason=reason or ("edited" if source.pk else "created"))
    source.save()
    return source


def _validate_said_on(claim: Claim) -> None:
    claim_normalise_dates(claim)
    # Judged in the earliest time zone on Earth: a claim made today in Auckland
    # or Kiritimati is not in the future while it is still yesterday in UTC.
    if claim.said_on and claim.said_on > latest_today():
        raise ValidationError({"said_on": "A claim cannot have been said in the future."})


def _deadline_inputs_changed(claim: Claim, changes: dict) -> bool:
    keys = {"horizon", "said_on", "said_on_precision", "quote"}
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
    horizon or the said-on date.
    """
    unknown = set(changes) - EDITABLE_CLAIM_FIELDS
    if unknown:
        raise ValidationError(dict.fromkeys(unknown, "This field cannot be changed here."))
    with transaction.atomic():
        locked = Claim.objects.select_for_update().get(pk=claim.pk)
        if locked.version != expected_version:
            raise ConflictError(locked, expected_version)
        rederive = _deadline_inputs_changed(locked, changes)
        for field, value in changes.items():
            if field != "deadline":
                setattr(locked, field, value)
        _validate_said_on(locked)
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


def _validate_resolution(
    verdict: str, rationale: str, evidence: Sequence[EvidenceInput], reason: str = ""
) -> None:
    errors = {}
    if verdict not in Verdict.values:
        errors["verdict"] = f"{verdict!r} is not a verdict; use one of {', '.join(Verdict.values)}."
    if not rationale.strip():
        errors["rationale"] = "Say why: a resolution needs a rationale."
    if errors:
        raise ValidationError(errors)
    _validate_text(Resolution, "rationale", rationale)
    _validate_text(Resolution, "revision_reason", reason.strip(), key="reason")
    for index, item in enumerate(evidence):
        row = Evidence(url=item.url, archive_url=item.archive_url, excerpt=item.excerpt)
        row.observed_on = item.observed_on
        try:
            row.full_clean(exclude=["resolution"])
        except ValidationError as error:
            raise ValidationError(
                {f"evidence[{index}].{field}": msgs for field, msgs in error.message_dict.items()}
            ) from None


def _validate_text(model, field: str, value: str, *, key: str = "") -> None:
    """``value`` within the limits of ``model.field`` (length, control characters).

    Raises ``ValidationError`` keyed by ``key`` (the caller's name for it) or ``field``.
    """
    try:
        model._meta.get_field(field).run_validators(value)
    except ValidationError as error:
        raise ValidationError({key or field: error.messages}) from None


def _retract_current(claim: Claim, *, actor: User | None, reason: str) -> Resolution | None:
    current = claim.resolutions.filter(retracted_at__isnull=True).first()
    if current is None:
        return None
    current.retracted_at = timezone.now()
    current.retracted_by = actor if actor is not None and actor.is_authenticated else None
    current.retraction_reason = reason
    _stamp(current, actor=actor, reason="retracted")
    current.save()
    return current


def claim_resolve(
    *,
    claim: Claim,
    verdict: str,
    rationale: str,
    evidence: Sequence[EvidenceInput] = (),
    actor: User | None = None,
    reason: str = "",
    resolved_at: datetime.datetime | None = None,
) -> Resolution:
    """Give a claim a verdict. Revising an existing verdict needs a stated ``reason``."""
    _validate_resolution(verdict, rationale, evidence, reason)
    with transaction.atomic():
        locked = Claim.objects.select_for_update().get(pk=claim.pk)
        if locked.review_state != ReviewState.PUBLISHED:
            raise ValidationError({"claim": "Publish the claim before resolving it."})
        if locked.verdict and not reason.strip():
            raise ValidationError(
                {"reason": "This claim already has a verdict; say why it is being revised."}
            )
        _retract_current(locked, actor=actor, reason=f"revised: {reason.strip()}")
        resolution = Resolution(
            claim=locked,
            verdict=verdict,
            rationale=rationale,
            resolved_by=actor if actor is not None and actor.is_authenticated else None,
            resolved_at=resolved_at or timezone.now(),
            revision_reason=reason.strip(),
        )
        _stamp(resolution, actor=actor, reason="revised" if reason else "resolved")
        resolution.save()
        Evidence.objects.bulk_create(
            Evidence(resolution=resolution, **item.__dict__) for item in evidence
        )
        locked.verdict = verdict
        locked.resolved_at = resolution.resolved_at
        locked.version += 1
        _stamp(locked, actor=actor, reason=f"resolved as {verdict}")
        locked.save()
    claim.refresh_from_db()
    return resolution


def claim_reopen(*, claim: Claim, reason: str, actor: User | None = None) -> Claim:
    """Take back a claim's verdict; the earlier resolution stays, marked as retracted."""
    if not reason.strip():
        raise ValidationError({"reason": "Say why the claim is being reopened."})
    _validate_text(Resolution, "revision_reason", reason.strip(), key="reason")
    with transaction.atomic():
        locked = Claim.objects.select_for_update().get(pk=claim.pk)
        if not locked.verdict:
            raise ValidationError({"claim": "This claim has no verdict to reopen."})
        _retract_current(locked, actor=actor, reason=f"reopened: {reason.strip()}")
        locked.verdict = ""
        locked.resolved_at = None
        locked.version += 1
        _stamp(locked, actor=actor, reason=f"reopened: {reason.strip()}")
        locked.save()
    claim.refresh_from_db()
    return locked


def claims_resolve(
    *,
    claims: Iterable[Claim],
    verdict: str,
    rationale: str,
    evidence: Sequence[EvidenceInput] = (),
    actor: User | None = None,
    reason: str = "",
) -> list[Resolution]:
    """Resolve several claims alike, all or none."""
    with transaction.atomic():
        return [
            claim_resolve(
                claim=claim,
                verdict=verdict,
                rationale=rationale,
                evidence=evidence,
                actor=actor,
                reason=reason,
            )
            for claim in claims
        ]


def claims_reopen(*, claims: Iterable[Claim], reason: str, actor: User | None = None) -> int:
    """Reopen every resolved claim among ``claims``, all or none; returns how many."""
    with transaction.atomic():
        resolved = [claim for claim in claims if claim.verdict]
        for claim in resolved:
            claim_reopen(claim=claim, reason=reason, actor=actor)
    return len(resolved)


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
