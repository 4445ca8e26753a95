"""A light tense check: does a sentence read as past tense rather than about the future?"""

from __future__ import annotations

import re

_PAST_RE = re.compile(
    r"\b(?:did|was|were|had|went|took|came|got|made|said|began|built|ago|yesterday|last"
    r"|used\s+to)\b|\b(?!hundred\b|based\b|advanced\b)[a-z]{2,}[a-df-z]ed\b",
)
_FUTURE_RE = re.compile(
    r"\b(?:will|won't|shall|going\s+to|gonna|would|should|could|might|must|expects?|predicts?"
    r"|plans?|hopes?|aims?|wants?|intends?|next|upcoming|coming)\b|'ll\b",
)


def _sounds_past(text: str) -> bool:
    """A light tense check for phrases that do not say which way they point ("in August")."""
    return bool(_PAST_RE.search(text)) and not _FUTURE_RE.search(text)
