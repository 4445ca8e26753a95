"""The talk of editing a shared page (a wiki's talk page, a document's comments): no claims.

Editors on a talk page discuss the article, not the world: what they changed or will change
("I've updated the infobox to "2029 (operator estimate)"", "I'll update the Construction
section unless anyone objects.", "I've changed the lead accordingly and added the
citation."), what they propose ("I propose adding a short paragraph summarising the
study."), their !votes ("Support, as long as the operator's response is included too.",
"Oppose."), and the site's rules ("Please keep it to sources, this isn't a forum
(WP:NOTFORUM).", "Press releases are primary."). A forecast said in the same sentence stays a
claim: the edit must be what the sentence is about. Source of the shapes: Wikipedia's talk
page guidelines (WP:TPG) and its discussion conventions.
"""

import re

from claims.importing.wording import _has_any, normalise

__all__ = ["editing_talk"]

# The parts of a page an editor edits.
_PAGE_PART = (
    r"(?:infobox|lead|lede|article|section|citations?|cites?|references?|refs?|sources?"
    r"|template|talk page|wording|sentence|paragraph|table|body|timeline|caption|heading"
    r"|footnotes?|page|entry|summary|draft)"
)
_EDITED = re.compile(
    r"^(?:(?:ok|okay|done|so|and|also|fine)[,.]?\s+)*(?:i've|i have|i|i'll|i will|i'm going to"
    r"|i'd|we've|we should|let's|i propose|i suggest|i'd suggest|propose)\s+(?:just\s+|now\s+"
    r"|also\s+|boldly\s+|go ahead and\s+)?(?:updat|chang|correct|fix|add|remov|revert|restor|tag"
    r"|trim|rewr|mov|archiv|switch|edit|replac|cit|attribut|reword|expand|merg|split|delet)"
    rf"\w*\b[^.!?]{{0,120}}?\b{_PAGE_PART}\b"
)
# A !vote, and the site's rules recalled.
_VOTE = re.compile(
    r"^(?:strong |weak )?(?:support|oppose|neutral|keep|delete|merge)\b(?:[,.:;!]|\s+per\b|$)"
)
_RULES = re.compile(
    r"\bwp:[a-z]{2,}|\b(?:this|it) (?:isn't|is not) a forum\b|\bkeep (?:it|this) to "
    r"(?:the )?sources\b|\bpress releases are primary\b|\b(?:primary|secondary|independent|"
    r"reliable) sources?\b[^.]{0,40}\b(?:needed|required|please)\b"
)
# Every rule ``_RULES`` reads holds one of these (a cheap look first).
_RULE_WORDS = ("wp:", "forum", "source", "press releases")
_FORECAST = re.compile(r"\b(?:will|won't|going to)\b")


def editing_talk(text: str) -> bool:
    """Whether ``text`` (a sentence) talks only of editing the page (the module's docstring):
    an edit made or proposed, a !vote, the site's rules. Takes a sentence; returns a bool."""
    lowered = normalise(text).strip()
    if not lowered or len(lowered) > 300:
        return False
    if _VOTE.match(lowered) or (_has_any(lowered, _RULE_WORDS) and _RULES.search(lowered)):
        return _FORECAST.search(lowered) is None  # "Oppose: the barrage won't open by 2030."
    return _EDITED.match(lowered) is not None
