"""A comment's praise of the post it is under: no claim.

"Great post as always, thank you!", "Great piece, really enjoyed it.", "Love this post.",
"Fantastic read." Only the praise: "Great post, but rents will fall by 2027." and "Solid
analysis of why prices will fall." say something. Source of the shapes: the comments under
newsletters (Substack, Ghost), blogs and news sites' op-eds. A pure function on one sentence.
"""

import re

from claims.importing.wording import _bare

_PRAISE = re.compile(
    r"^(?:(?:such |what )?(?:a |an )?(?:really |very |truly )?(?:great|good|excellent|fantastic"
    r"|brilliant|wonderful|terrific|superb|thoughtful|insightful|fascinating|interesting|lovely"
    r"|solid) (?:post|piece|article|read|write-?up|essay|thread|episode|issue|newsletter"
    r"|analysis|breakdown|summary)|love (?:this|the) (?:post|piece|article|essay|thread"
    r"|newsletter))(?: (?:as always|as usual|again|today|this week))?(?: (?:thank you|thanks"
    r"|thx|ty)(?: (?:so|very) much)?(?: for (?:writing|sharing|posting)(?: (?:this|it))?)?)?"
    r"(?: (?:really |thoroughly )?enjoyed (?:it|this|reading (?:it|this)))?$"
)
_MAX_WORDS = 14


def praises_the_post(text: str) -> bool:
    """Whether ``text`` (one sentence) only praises the post it comments on (the module's
    docstring)."""
    bare = _bare(text)
    return len(bare.split()) <= _MAX_WORDS and _PRAISE.match(bare) is not None
