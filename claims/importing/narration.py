"""What a line of narration is, for the plan's notes: never a claim, and said for what it is.

The notes reader marks narration (``Statement.narration``): a host's line telling what
they asked, a line telling what anyone did in the conversation ("He then asked about
Europe.", "Keene pressed her on margins."), the lead-in that introduces someone's
words ("She replied:", "Lukas Brandt quoted the post:"), a call operator's lines, lines
cued by the show's own title ("Hard Fork: This week, AI agents."). The
plan says how many of each were left out, in words that say which they are: a guest's
narration is not "what a host asked".
"""

import re

from claims.importing.calls import OPERATOR
from claims.importing.parsing import Statement

# The note a lead-in carries: it introduces someone's words, which are theirs.
INTRODUCING = "introduces someone's words"
# The note of a line cued by the show's own title ("Hard Fork: This week, AI agents.").
SHOW_LINE = "the show's own line"
# The note of a line of the document's own: a chat's or a thread's author line, an app's
# notice ("joined #macro-desk"), a hearing's procedure.
DOCUMENT_LINE = "the document's own line"

# The note of a thread's words that claim nothing: its author's introduction, a request
# for questions, a disclaimer, a sign-off (``forums``).
THREAD_LINE = "a thread's chatter"

# The note of a line of a meeting tool's AI-written summary (``ai_summaries``): its
# overview, outline, keywords, action items, next steps.
SUMMARY_LINE = "a meeting tool's summary"

# The note of a show's pick or plug ("Leah's pick of the week: the audiobook of …").
PICK_LINE = "a pick or a plug"

HOST = "host"
CONVERSATION = "conversation"
INTRODUCTION = "introduction"
OPERATOR_LINE = "operator"
SHOW = "show"
DOCUMENT = "document"
PICK = "pick"
THREAD = "thread"
SUMMARY = "summary"

_NOTES = {
    HOST: "{n} line(s) telling what a host asked were not proposed.",
    CONVERSATION: (
        "{n} line(s) telling what someone did in the conversation (asked, pressed, pushed "
        "back, reacted) were not proposed."
    ),
    INTRODUCTION: (
        "{n} line(s) introducing someone's words (“She replied:”, “As Keiko Mori put it:”) "
        "were not proposed; the words they introduce were read as that person's."
    ),
    OPERATOR_LINE: "{n} line(s) of the call's operator were not proposed.",
    SHOW: (
        "{n} line(s) cued by the show's title, not by a person, were not proposed (a show "
        "is no speaker)."
    ),
    DOCUMENT: (
        "{n} line(s) of the document's own (author lines of a chat or a thread, an app's "
        "notices, a hearing's procedure) were not proposed."
    ),
    PICK: "{n} pick(s) or plug(s) (“Leah's pick of the week: …”) were not proposed.",
    THREAD: (
        "{n} line(s) of a thread that claim nothing (the post's author introducing "
        "themselves, requests for questions, disclaimers, sign-offs) were not proposed."
    ),
    SUMMARY: (
        "{n} line(s) of a meeting tool's AI-written summary (its overview, outline, "
        "keywords, action items, next steps) were not proposed: the tool's paraphrase is "
        "nobody's claim, even where it names who said or will do what; the transcript's "
        "words were read as their speakers'."
    ),
}

# A show's recommendation label: "Leah's pick of the week", "Guest's book pick", "Staff
# picks", "Our recommendation", "Plug".
_PICK_LABEL = re.compile(
    r"^(?:(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w.-]*[’']s\s+|(?:my|our|the|this\s+week[’']s)\s+)?"
    r"(?:(?:book|listener|staff|reading|listening|weekly|bonus)\s+)?"
    r"(?:picks?|recommendations?|recs?|plugs?|shout-?outs?)"
    r"(?:\s+(?:of|for)\s+the\s+(?:week|month|episode|show))?$",
    re.IGNORECASE,
)


def pick_label(label: str) -> bool:
    """Whether a line's label is a show's recommendation ("Leah's pick of the week:",
    "Staff picks:", "Plug:"): what it recommends is no claim. "Samir's take:" and "Pick:"
    of a forecaster's picks in a market ("Leah's picks for 2027:") are not. Source of the
    rule: podcasts' show notes, which end on the hosts' picks and the sponsors' plugs."""
    if len(label) > 60 or not any(w in label.lower() for w in _PICK_WORDS):
        return False  # most labels: no pattern tried
    return _PICK_LABEL.match(label.strip()) is not None


_PICK_WORDS = ("pick", "rec", "plug", "shout")


_KIND_OF_NOTE = {
    OPERATOR: OPERATOR_LINE,
    INTRODUCING: INTRODUCTION,
    SHOW_LINE: SHOW,
    DOCUMENT_LINE: DOCUMENT,
    PICK_LINE: PICK,
    THREAD_LINE: THREAD,
    SUMMARY_LINE: SUMMARY,
}


def narration_kind(statement: Statement) -> str:
    """Which narration a statement is: a call operator's line, an introduction of someone's
    words, a host's line, or what someone did in the conversation."""
    kind = _KIND_OF_NOTE.get(statement.note)
    if kind:
        return kind
    return HOST if statement.host else CONVERSATION


def narration_notes(counts: dict[str, int]) -> list[str]:
    """The plan's notes on the narration left out, by kind (``narration_kind``)."""
    return [_NOTES[kind].format(n=counts[kind]) for kind in _NOTES if counts.get(kind)]
