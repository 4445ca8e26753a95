"""A line written in title case is a title, never a claim: a publication's name ("The
Bootstrap Ledger"), a headline ("Why Kenyan Agritech Is Quietly Winning", "“We’ll Break Even
Before the Rains Come”: Inside Lumenwell’s Cold-Chain Bet"), an event's or a show's title
("Storage, Siting and the Permitting Logjam", "The Harbour Hour"), a byline's or a people
card's name and title ("Maren Okonkwo-Ballard", "Head of Clinical Operations").

Every word begins with a capital but the small ones title case leaves in lower case
(articles, short conjunctions and prepositions), and the line has no end mark: a sentence,
even one that names many people and places, has another word in lower case ("My bet is Bank
Rate at 3.25% by the end of Q1") or ends with its stop ("Maya Chen Expects Rates To Fall."
is a sentence written oddly, and is read).
A line in capitals only is a caption's or a transcript's speech, not a title (``front_matter``
reads a title block in capitals above a transcript). Source of the rule: English
headline and title style (AP, Chicago), as pages copied whole carry it.
"""

import re

_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# The words title case leaves in lower case (AP and Chicago style).
_SMALL = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "for",
        "so",
        "yet",
        "of",
        "in",
        "on",
        "at",
        "to",
        "by",
        "up",
        "as",
        "via",
        "vs",
        "from",
        "with",
        "into",
        "over",
        "per",
        "off",
        "out",
    ]
)
_LONG = 4  # letters: "Bank Rate" is a title's two long words
_MIN_WORDS = 2
_MAX_WORDS = 14
_END = re.compile(r"[.!?;:…][\"”’')\]]*$")


def title_cased(text: str) -> bool:
    """Whether ``text`` (one line or sentence) is a title in title case (the module's
    docstring): two to fourteen words, at least two of four letters or more, no end mark,
    some lower case, and every word capitalised but title case's small words."""
    stripped = text.strip(" *_#")
    words = _WORD.findall(stripped)
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or _END.search(stripped):
        return False
    if not any(c.islower() for c in stripped):
        return False
    if any(not w[0].isupper() and w.lower() not in _SMALL for w in words):
        return False
    return sum(len(w) >= _LONG for w in words) >= _MIN_WORDS
