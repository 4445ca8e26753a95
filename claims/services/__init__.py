"""Every write to the record goes through these functions.

The admin, the API, importers, management commands and Celery tasks call them,
so each path validates the same way, derives deadlines the same way, and leaves
the same history (who, when, through which path, why). One module per part of
the record; callers use this package's names (``services.claim_update``).
"""

from claims.services.claims import (
    EDITABLE_CLAIM_FIELDS,
    KINDS_WITH_DERIVED_DEADLINES,
    ClaimInput,
    ClaimInputError,
    claim_build,
    claim_create,
    claim_derive_deadline,
    claim_normalise_dates,
    claim_publish,
    claim_update,
    claim_validate,
    claims_assign,
    claims_bulk_create,
    claims_mark_duplicates,
    claims_publish,
    kind_derives_deadline,
)
from claims.services.common import ConflictError, User
from claims.services.deadlines import DeadlineChange, claims_rederive_deadlines
from claims.services.record import (
    source_create,
    source_participants_add,
    source_save,
    speaker_create,
    speaker_save,
    topic_get_or_create,
    topic_save,
)
from claims.services.resolutions import (
    VERDICTS_NEEDING_EVIDENCE,
    EvidenceInput,
    claim_reopen,
    claim_resolve,
    claims_reopen,
    claims_resolve,
    verdict_needs_evidence,
)

__all__ = [
    "EDITABLE_CLAIM_FIELDS",
    "KINDS_WITH_DERIVED_DEADLINES",
    "VERDICTS_NEEDING_EVIDENCE",
    "ClaimInput",
    "ClaimInputError",
    "ConflictError",
    "DeadlineChange",
    "EvidenceInput",
    "User",
    "claim_build",
    "claim_create",
    "claim_derive_deadline",
    "claim_normalise_dates",
    "claim_publish",
    "claim_reopen",
    "claim_resolve",
    "claim_update",
    "claim_validate",
    "claims_assign",
    "claims_bulk_create",
    "claims_mark_duplicates",
    "claims_publish",
    "claims_rederive_deadlines",
    "claims_reopen",
    "claims_resolve",
    "kind_derives_deadline",
    "source_create",
    "source_participants_add",
    "source_save",
    "speaker_create",
    "speaker_save",
    "topic_get_or_create",
    "topic_save",
    "verdict_needs_evidence",
]
