"""A speaker's cue with the turn's time between the name and the colon.

Transcript tools and the people who tidy their output write a turn as

    ODILE MARCHETTI (41:30): Alright, voicemail time.
    KAT (VOICEMAIL) (41:36): Hi Odile, hi Rasmus, love the show.
    Dr. Lena Ortiz [00:12:04]: Prices fall next year.
    Lena Ortiz 12:04: I'd say 2027.

The time's colon ends no label, so the line was read as no cue at all: the turn went to the
speaker before, or to nobody. ``tidied_cue`` writes such a line as the "[41:30] ODILE
MARCHETTI: …" the cue reader knows (``cues.MARKER`` then ``cues.COLON_CUE``), the time kept
as the statement's locator; the line keeps its number.

A verbatim record's note on the language the speaker used ("Mr. Dufresne (France) (spoke in
French): …", "(interpretation from Arabic)") is dropped from the cue the same way.

The cue is read as the name ("KAT"), the bracket as a role; a curator who maps the label as
they see it ("KAT (VOICEMAIL)" → Katarzyna Wolanski) maps that name (``role_dropped``).

Only a line whose label reads as a cue's (a name, a role, a bracketed role after the name,
at most six words, no sentence's end inside) is moved: "At 10:30: the vote" and "Figure 2
(12:30): load by hour" are no turns, and a label that is a time alone ("12:04: text") is a
marker already. Source of the shapes: podcast and webinar transcripts exported by Descript,
Riverside and Otter and edited by hand, and video pages' transcripts.
"""

import re

from claims.importing.names import LABEL_WORDS, is_placeholder, reads_as_name, role_cue

__all__ = ["role_dropped", "tidied_cue"]

# A verbatim record's note on the language a speaker used, between the cue and its colon:
# "Mr. Dufresne (France) (spoke in French):", "The President (interpretation from Arabic):".
_LANGUAGE_NOTE = re.compile(
    r"\s*\((?:spoke in|interpretation from|translated from|through an interpreter|via an"
    r" interpreter|in) ?[A-Za-z -]{0,30}\)(?=\s*(?:[\[(][\d:]{4,8}[\])])?\s*:)",
    re.IGNORECASE,
)

_TIMED_CUE = re.compile(
    r"^(?P<lead>\s*(?:[-*•]\s+)?)"
    r"(?P<name>[A-Za-z][\w'’.\-]*(?:\s+[A-Za-z][\w'’.\-]*){0,5}?(?:\s+\d{1,2}(?![\d:]))?"
    r"(?:\s*\([^()\d:]{1,40}\))?)"
    r"\s*(?:[\[(](?P<bracketed>(?:\d{1,2}:)?\d{1,2}:\d{2})[\])]"
    r"|(?<!\d)(?P<bare>(?:\d{1,2}:)?\d{1,2}:\d{2}))(?!\d)"
    r"\s*:(?!\d)\s*(?P<rest>\S.*)$"
)
_NAME_PART = re.compile(r"\s*\([^()]*\)$")
_NOT_CUE_WORDS = frozenset(
    {"at", "by", "from", "until", "since", "figure", "fig", "table", "chart", "slide", "page",
     "item", "step", "chapter", "part", "section", "episode", "ep", "the", "a", "an", "on", "in"}
)  # fmt: skip


def tidied_cue(line: str) -> str:
    """``line`` with a time between a cue's name and its colon moved before the name
    ("KAT (VOICEMAIL) (41:36): Hi." → "[41:36] KAT (VOICEMAIL): Hi."); any other line as
    it is (the module's docstring)."""
    first = line.lstrip()[:1]
    if ":" not in line or not (first.isalpha() or first in "-*•"):
        return line
    if "(" in line:  # "Mr. Dufresne (France) (spoke in French): …": the cue, as read
        line = _LANGUAGE_NOTE.sub("", line, count=1)
    found = _TIMED_CUE.match(line)
    if found is None or not _reads_as_cue(found["name"]):
        return line
    time = found["bracketed"] or found["bare"]
    return f"{found['lead']}[{time}] {found['name'].strip()}: {found['rest']}"


def _reads_as_cue(label: str) -> bool:
    """Whether ``label`` names a speaker as a cue does: a person's name, in any case, or a
    role ("Host", "Moderator"), or one capitalised word that is no label's ("Energy"), with a
    bracketed role or place after it allowed."""
    name = _NAME_PART.sub("", label).strip()
    words = name.split()
    if not words or words[0].lower() in _NOT_CUE_WORDS or any(w.endswith(".") for w in words[1:]):
        return False
    if len(words) == 1:  # "Rasmus (27:40):", "KAT (VOICEMAIL) (41:36):": a first name
        return words[0][0].isupper() and words[0].lower() not in LABEL_WORDS
    caps = name.isupper() and reads_as_name(name.title())  # "ODILE MARCHETTI", not "Doors open"
    return bool(reads_as_name(name) or caps or role_cue(name) or is_placeholder(name))


_TRAILING_BRACKET = re.compile(r"\s*[(\[][^()\[\]]{1,40}[)\]]\s*$")


def role_dropped(label: str) -> str:
    """A cue's label without the bracket after its name ("KAT (VOICEMAIL)" → "KAT", "Lena
    Ortiz (Guest)" → "Lena Ortiz"), as the cue reader reads the name; a label with no such
    bracket, or nothing but one, as it is."""
    bare = _TRAILING_BRACKET.sub("", label)
    return bare.strip() or label
