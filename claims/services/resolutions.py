"""Resolving and reopening claims: verdicts, rationales and evidence."""

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from claims.choices import ReviewState, Verdict
from claims.models import Claim, Evidence, Resolution
from claims.services.common import User, _stamp, _validate_text
from claims.validators import latest_today


@dataclass(frozen=True)
class EvidenceInput:
    """One piece of evidence as given by a curator."""

    url: str
    observed_on: datetime.date
    archive_url: str = ""
    excerpt: str = ""


# Verdicts that say what happened: they rest on evidence (RESOLUTION_EVIDENCE_REQUIRED).
VERDICTS_NEEDING_EVIDENCE = frozenset({Verdict.TRUE, Verdict.FALSE, Verdict.PARTLY_TRUE})

# Evidence is a page a reader opens in a browser.
_WEB_SCHEMES = frozenset({"http", "https"})


def verdict_needs_evidence(verdict: str) -> bool:
    """Whether ``verdict`` must come with at least one piece of evidence, under the
    ``RESOLUTION_EVIDENCE_REQUIRED`` setting (true, false and partly true; default on)."""
    return settings.RESOLUTION_EVIDENCE_REQUIRED and verdict in VERDICTS_NEEDING_EVIDENCE


def _verdict_errors(verdict: str, rationale: str, evidence: Sequence[EvidenceInput]) -> dict:
    errors = {}
    if not verdict:
        errors["verdict"] = "Choose a verdict."
    elif verdict not in Verdict.values:
        errors["verdict"] = f"{verdict!r} is not a verdict; use one of {', '.join(Verdict.values)}."
    if not rationale.strip():
        label = Verdict(verdict).label if verdict in Verdict.values else ""
        errors["rationale"] = (
            f"Say why the claim is {label}: a resolution needs a rationale."
            if verdict in (Verdict.UNRESOLVABLE, Verdict.WITHDRAWN)
            else "Say why: a resolution needs a rationale."
        )
    if verdict_needs_evidence(verdict) and not evidence:
        errors["evidence"] = (
            f"A verdict of “{Verdict(verdict).label}” needs at least one piece of evidence: "
            "a URL and the day it was seen."
        )
    return errors


def _validate_resolution(
    verdict: str, rationale: str, evidence: Sequence[EvidenceInput], reason: str = ""
) -> None:
    """Raises ``ValidationError`` keyed by ``verdict``, ``rationale``, ``evidence``,
    ``evidence[<n>].<field>`` or ``reason``; nothing is written before it passes."""
    errors = _verdict_errors(verdict, rationale, evidence)
    if errors:
        raise ValidationError(errors)
    _validate_text(Resolution, "rationale", rationale)
    _validate_text(Resolution, "revision_reason", reason.strip(), key="reason")
    for index, item in enumerate(evidence):
        row = Evidence(url=item.url, archive_url=item.archive_url, excerpt=item.excerpt)
        row.observed_on = item.observed_on
        try:
            row.full_clean(exclude=["resolution"])
            errors = {}
        except ValidationError as error:
            errors = dict(error.message_dict)
        for field, message in _evidence_errors(index + 1, item).items():
            errors.setdefault(field, [message])
        if errors:
            raise ValidationError(
                {f"evidence[{index}].{field}": msgs for field, msgs in errors.items()}
            ) from None


def _evidence_errors(number: int, item: EvidenceInput) -> dict[str, str]:
    """What the model's own validation lets through: a URL of a scheme other than
    http(s) (the model's URLField also takes ftp and ftps, which a reader's browser
    may not open and the public page should not link to) and a day seen in the
    future, by the rule for said-on dates (``latest_today``: after today in the
    earliest time zone on Earth). Evidence seen before the claim was said is fine:
    a factual claim can be checked against what was already known."""
    errors = {}
    for field, what in (("url", "URL"), ("archive_url", "archive URL")):
        value = getattr(item, field)
        if value and value.split(":", 1)[0].lower() not in _WEB_SCHEMES:
            errors[field] = (
                f"Evidence {number}: the {what} must be a web address starting with "
                "http:// or https://."
            )
    if isinstance(item.observed_on, datetime.date) and item.observed_on > latest_today():
        errors["observed_on"] = (
            f"Evidence {number}: it cannot have been seen on {item.observed_on.isoformat()}, "
            "a day in the future."
        )
    return errors


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
    """Give a claim a verdict. Revising an existing verdict needs a stated ``reason``.

    Every verdict needs a rationale; true, false and partly true need at least one
    piece of evidence while ``RESOLUTION_EVIDENCE_REQUIRED`` is on (the default).
    Raises ``ValidationError`` keyed by the field at fault (``verdict``,
    ``rationale``, ``evidence``, ``evidence[<n>].<field>``, ``reason``, ``claim``).
    """
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
