"""Which deadline a claim's horizon gives it, by the rules of ``claims.horizons`` and of
its kind (docs/horizons.md, "Which claims have a deadline")."""

import datetime

from claims.choices import ClaimKind, DatePrecision, DeadlineSource
from claims.horizons import HorizonKind, HorizonResult, parse_horizon
from claims.models import Claim

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
    the claim; a commitment not to act before a date ("We will not cut a single job
    before the end of 2027") is kept if it has not been done by then, so it takes the day
    before the date, which for a forecast is a lower bound (``HorizonResult.pledged``).
    Only a prediction or a commitment takes a deadline from its
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
    if claim.kind == ClaimKind.COMMITMENT and result.pledged is not None:
        result = result.pledged  # "We will not cut a job before 2028": kept if not done by then
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
    Without a stored horizon, the quote's date is no deadline when it is another's
    forecast's, told beside the speaker's own undated one (``others_date_left_out``).
    """
    said = {"said_on": claim.said_on, "precision": claim.said_on_precision}
    if claim.horizon and claim.horizon in claim.quote:
        in_quote = parse_horizon(claim.quote, **said)
        if in_quote.phrase == claim.horizon:
            return in_quote
    if claim.horizon:
        return parse_horizon(claim.horizon, **said)
    # Read in the quote: a date there may be another's forecast's, told beside the speaker's.
    from claims.importing.attribution import others_date_left_out

    speaker = claim.speaker.name if claim.speaker_id else ""
    result = parse_horizon(claim.quote, **said)
    return others_date_left_out(claim.quote, result, said_on=claim.said_on, speaker=speaker)
