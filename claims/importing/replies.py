"""Posts and replies quoted in notes: who wrote each.

Notes of an exchange of posts introduce each quoted post with who wrote it, then
the post (after the colon, or as the ``>`` lines below):

    Priya Raman (@priyaraman) posted on Monday:
    > Export controls will cut Nvidia's China revenue in half by 2027.
    Lukas Brandt quoted the post: "Controls will be lifted before the 2028 election."
    Her reply:              (or "She replied:", "His answer:", "Reply from @lukasbrandt:")

``post_lead`` reads such a lead-in: the author it names (a name, an @handle) or the
pronoun it uses, and whether it is a reply. A reply answers someone else's post, so a
pronoun in a reply is not the author of the post just quoted (unless it says whom
it answers: "Her reply to a critic:"); whom it then is, the notes reader decides from
the people the exchange has named, and asks when that is not one person.

Pure functions, no state.
"""

import re
from dataclasses import dataclass

from claims.importing.names import person_key

_PRONOUN = r"(?P<pronoun>(?i:she|he|they|her|his|their))"
_HANDLE = r"@(?P<handle>[A-Za-z0-9_.]{2,30})"
_NAME = r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:van|de|von|der|da|di|le|la|bin|al)?\s*[A-Z][\w'’-]*){0,3})"
# A handle in brackets after the name: "(@priyaraman)", "(@priya.bsky.social)", "(u/priya)",
# "(@priyaraman on X)".
_HANDLE_IN_BRACKETS = r"\s*\(\s*(?:@|/?u/)[\w.@-]{2,60}(?:\s+(?:on|via)\s+[\w.]{1,20})?\s*\)"
_WHO = rf"(?:{_PRONOUN}|{_NAME}(?:{_HANDLE_IN_BRACKETS})?|{_HANDLE})"
_REPLY_NOUN = r"(?:reply|replies|answer|response|retort|comeback|rejoinder|come-back)"
_REPLY_VERB = (
    r"(?:replied|replies|answered|answers|responded|responds|shot back|fired back|hit back|"
    r"wrote back|clapped back|retorted|came back)"
)
_POST_VERB = (
    r"(?:posted|posts|tweeted|tweets|wrote|writes|shared|shares|quote-tweeted|quote-posted|"
    r"quoted (?:the|that|this|her|his|their) (?:post|tweet|thread)|"
    r"(?:put|said) it (?:on|in) (?:x|twitter|threads|bluesky|linkedin|mastodon)|"
    r"started (?:it|the thread)|kicked (?:it|things|the thread) off|opened the thread)"
)
# Whom a reply answers: "to a critic", "to Lukas Brandt", "to @lukasbrandt".
_TO = r"(?:\s+(?:to|under|on)\s+(?P<to>[^:]{1,60}?))?"
_WHEN = r"(?:\s+(?:on|at|in|later|then|an hour later|the next day|that evening)[^:]{0,40}?)?"
# What a lead-in may say of the author after the name: ", VC at Northbeam", ", CFO at Stackwise,".
_AFFILIATION = r"(?:\s*,\s*[^:,]{2,60}?,?)?"
# Words before the post or reply a lead-in names: "Original post by", "Ratio'd reply from".
_POST_NOUN = r"(?:post|tweet|thread|toot|skeet|message|comment)"
_ADJECTIVE = (
    r"(?:(?:original|first|opening|top|new|latest|viral|pinned|ratio'd|ratio’d|"
    r"quote|follow-up|top-voted|most-liked|angry|long)\s+){0,2}"
)
_LEADS = [
    (re.compile(rf"^(?:and\s+|then\s+)?{_PRONOUN}\s+{_REPLY_NOUN}{_TO}$", re.IGNORECASE), True),
    (re.compile(rf"^(?:and\s+|then\s+)?{_WHO}{_AFFILIATION}\s+{_REPLY_VERB}{_TO}{_WHEN}$"), True),
    (re.compile(rf"^{_NAME}['’]s\s+{_REPLY_NOUN}{_TO}$"), True),
    (
        re.compile(
            rf"^(?:(?i:the|a)\s+)?(?i:{_ADJECTIVE}{_REPLY_NOUN})\s+(?i:from|by)\s+{_WHO}"
            rf"{_AFFILIATION}{_TO}$"
        ),
        True,
    ),
    (
        re.compile(
            rf"^(?:(?i:the|a)\s+)?(?i:{_ADJECTIVE}{_POST_NOUN})\s+(?i:from|by)\s+{_WHO}"
            rf"{_AFFILIATION}{_WHEN}$"
        ),
        False,
    ),
    (re.compile(rf"^(?:and\s+|then\s+)?{_WHO}{_AFFILIATION}\s+{_POST_VERB}{_WHEN}$"), False),
]
# Capitalised words a lead-in opens with that name nobody.
_NOT_AUTHORS = frozenset(("the", "a", "an", "reply", "his", "her", "she", "he", "they", "their"))
_UNNAMED = re.compile(
    r"^(?:a|an|one|some|another|the)\s+(?:critic|reader|user|follower|commenter|skeptic|"
    r"sceptic|fan|troll|journalist|reporter|account)s?\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PostLead:
    """A lead-in of a quoted post: who it names (``name``, ``handle``) or the ``pronoun``
    it uses, whether the post is a ``reply``, and whom it answers (``to``: a name, an
    @handle, "" when unsaid, or "someone" when not named: "to a critic")."""

    name: str = ""
    handle: str = ""
    pronoun: str = ""
    reply: bool = False
    to: str = ""


def post_lead(lead: str) -> PostLead | None:
    """The lead-in of a post or a reply ("Her reply:", "Reply from @lukasbrandt:", "Lukas
    Brandt quoted the post:", "Priya Raman (@priyaraman) posted on Monday:"), or None."""
    lead = lead.strip().strip("*_ ").rstrip(",")
    for pattern, reply in _LEADS:
        match = pattern.match(lead)
        if match is None:
            continue
        groups = match.groupdict()
        to = (groups.get("to") or "").strip()
        if to and _UNNAMED.match(to):
            to = "someone"
        name = _ROLE_BEFORE_NAME.sub("", groups.get("name") or "")
        if name and name.split()[0].lower() in _NOT_AUTHORS:
            return None
        return PostLead(
            name=name,
            handle=groups.get("handle") or "",
            pronoun=(groups.get("pronoun") or "").lower(),
            reply=reply,
            to=to.lstrip("@"),
        )
    return None


# A role word before the author's full name is no part of it: "Reader Jonas Egger writes:".
_ROLE_BEFORE_NAME = re.compile(
    r"^(?i:reader|subscriber|listener|viewer|caller|member|analyst|economist|strategist"
    r"|investor|founder|host|guest|moderator)\s+(?=[A-Z][\w'’-]*\s+[A-Z])"
)


_HANDLE_AFTER_NAME = re.compile(
    r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})\s*\(\s*(?:@|/?u/)"
    r"(?P<handle>[A-Za-z0-9_][\w.-]{1,60}?)(?:@[\w.-]{2,60})?(?:\s+(?:on|via|at)\s+[\w. ]{1,25})?"
    r"\s*\)"
)


def handles_in(text: str) -> dict[str, str]:
    """The @handles a line gives with names: "Priya Raman (@priyaraman)" → {"priyaraman":
    "Priya Raman"}."""
    return {m["handle"].lower(): m["name"] for m in _HANDLE_AFTER_NAME.finditer(text)}


def handle_of(handle: str, name: str) -> bool:
    """Whether an @handle is plainly a name's: "lukasbrandt", "lukas_brandt" or
    "LukasBrandt" for "Lukas Brandt" (nothing looser: "lbrandt" is asked about)."""
    plain = re.sub(r"[_.\d]", "", handle.lower())
    return bool(plain) and plain == person_key(name).replace(" ", "").replace("-", "")


def may_be_handle_of(handle: str, name: str) -> bool:
    """Whether an @handle may be a name's, loosely: "omar_k", "okhan", "omar" for "Omar
    Khan". Only to tell whom a reply answers (who is then not its writer), never to name a
    writer."""
    plain = re.sub(r"[_.\d]", "", handle.lower())
    words = person_key(name).replace("-", " ").split()
    if not plain or len(words) < 2:
        return handle_of(handle, name)
    first, last = words[0], words[-1]
    return plain in (first + last, first + last[0], first[0] + last, first, last)
