"""A light tense check: does a sentence read as past tense rather than about the future?"""

from __future__ import annotations

import re

_PAST_RE = re.compile(
    r"\b(?:did|was|were|had|went|took|came|got|made|said|began|built|ago|yesterday|last"
    r"|used\s+to|grew|fell|rose|sold|won|lost|spent|paid|shrank|sank|drove|wrote|bought"
    r"|brought|thought|held|kept|sent|told|ran|stood|chose|broke|knew|gave|became|saw)\b"
    r"|\b(?!hundred\b|based\b|advanced\b|edited\))[a-z]{2,}[a-df-z]ed\b"
    # A verb whose past is its present, after a subject: "The Fed cut three times in 2024".
    r"|\b(?:the\s+[a-z]+|we|they|he|she|it)\s+(?:cut|put|set|hit)\s+(?!in\b|by\b|on\b)[a-z\d$]",
)
_FUTURE_RE = re.compile(
    r"\b(?:will|won't|shall|going\s+to|gonna|would|should|could|might|must|expects?|predicts?"
    r"|plans?|hopes?|aims?|wants?|intends?|next|upcoming|coming)\b|'ll\b"
    # "is expected to", "are forecast to", "is scheduled to": the passive looks ahead.
    r"|\b(?:is|are|'s|'re|remains?)\s+(?:now\s+|still\s+|widely\s+)?(?:expected|forecast"
    r"|forecasted|projected|predicted|scheduled|slated|set|due|poised|likely|guided)\s+to\b",
)


def _sounds_past(text: str) -> bool:
    """A light tense check for phrases that do not say which way they point ("in August")."""
    return bool(_PAST_RE.search(text)) and not _FUTURE_RE.search(text)
