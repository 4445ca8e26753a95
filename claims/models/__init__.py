"""The record: speakers, sources, claims, resolutions and their evidence, and imports.

Writes go through ``claims.services``; the models own single-row behaviour and
the querysets own the reusable reads (what is due, what is public, statuses).
One module per part of the record; this package names every model of the app.
"""

from claims.models.claim import UNRESOLVED_FIRST, Claim, ClaimQuerySet
from claims.models.common import (
    LINE,
    RETRACTION_REASON_MAX,
    format_partial_date,
    period_bounds,
    period_start,
)
from claims.models.counters import ChangeCounter
from claims.models.imports import DraftClaim, ImportBatch, ImportedCandidate, ImportFormat
from claims.models.resolutions import Evidence, Resolution
from claims.models.sources import Source, SourceParticipant, SourceQuerySet
from claims.models.speakers import Speaker, SpeakerQuerySet, Topic

__all__ = [
    "LINE",
    "RETRACTION_REASON_MAX",
    "UNRESOLVED_FIRST",
    "ChangeCounter",
    "Claim",
    "ClaimQuerySet",
    "DraftClaim",
    "Evidence",
    "ImportBatch",
    "ImportFormat",
    "ImportedCandidate",
    "Resolution",
    "Source",
    "SourceParticipant",
    "SourceQuerySet",
    "Speaker",
    "SpeakerQuerySet",
    "Topic",
    "format_partial_date",
    "period_bounds",
    "period_start",
]
