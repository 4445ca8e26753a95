"""A retort that only throws a claim back at its maker: no claim (``chatter.is_filler``).

"Cool, tell that to my Saturday regulars.", "Try telling that to the people on the night
bus.", "Go tell it to the judge!": said to dismiss the words before, not to say anything of
its own. A sentence that goes on to claim ("Tell that to the council, they will vote no.")
is none. Source: how people answer one another under social posts and in comment threads.
"""

import re

_OPENERS = r"(?:cool|sure|great|ok|okay|yeah|yes|well|oh|right|fine|nice|lol|ha+|mate)"
_RETORT = re.compile(
    rf"^(?:{_OPENERS}[,!.…]*\s+)*(?:(?:go|just|try|you can|you could)\s+)?(?:tell|telling)"
    r"\s+(?:that|it|this)\s+to\s+(?P<whom>[^.!?;:,]{1,80}?)\s*[.!?…]*\s*[^\w\s]{0,4}\s*$",
    re.IGNORECASE,
)


def retort(text: str) -> bool:
    """Whether a statement only throws the words before back ("cool, tell that to my
    Saturday regulars who drive in from town.", "Try telling that to the bus drivers!"):
    the imperative "tell that to …" and whom, alone in its sentence. "I will tell that to
    the board." and "Tell that to the council, they will vote no." are none."""
    return _RETORT.match(text.strip()) is not None
