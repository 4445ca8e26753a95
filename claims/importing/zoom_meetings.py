"""A Zoom meeting's transcript with its saved chat appended, read as notes (``shaped``).

Clerks of school boards, councils and committees publish a meeting held on Zoom as the
transcript Zoom saves (the cloud recording's audio transcript or the saved captions) and,
below it, the meeting's saved chat::

    Riverside Parks Committee — Regular Meeting
    Zoom cloud recording — Audio transcript + saved chat
    Meeting ID: 812 4400 9921   Date: Monday, March 2, 2026

    [Committee Chair Tomas Berg] 00:00:06
    We have a quorum. The meeting is called to order.

    [Councilmember Ana Ruiz (she/her)] 00:02:41
    Footfall at the Eastside pool rose 12% last year.

    ---- Saved chat ----
    19:04:10 From  Lee Park  to  Everyone:
        The pool will close for repairs in May.
    19:05:02 From  Ana Ruiz  to  Everyone:
        Reacted to "The pool will close…" with 👍

A turn is cued by its speaker in brackets and its time on a line of their own ("[Name]
00:00:06"), its words on the lines below; a line "00:12:31 Name: words" or "[00:12:31] Name:
words" is a turn of its own. A chat message is cued by Zoom's line "19:04:10 From Name to
Everyone:" (or the older "19:04:10 From Name : words"), its words on the lines below, which
Zoom indents with a tab.

No claims: the title, the recording's and the meeting's particulars above the first cue,
the chat's heading, the cues themselves, Zoom's notices ("Reacted to …", "Replying to …",
"Recording stopped"), a direct message (not said to everyone) and a sentence that only runs
the meeting (``running``: the chair's procedure, the chat's housekeeping, trouble with
sound, a labelled link). A speaker's office before the name ("Board President", "Trustee",
"Superintendent") and what Zoom shows after it in brackets ("(Host)", "(she/her)",
"(public)") are not the name; a sender Zoom shows by a device or a phone number is an
unnamed speaker, never a guess. Source of the layout: Zoom's saved transcripts, captions
and chat files, as published with school-board, council and committee meetings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from claims.importing.chat_exports import (
    chat_export,
    housekeeping,
    sentences,
    unnamed_sender,
    zoom_line,
    zoom_notice,
)
from claims.importing.meeting_exports import tool_notice
from claims.importing.shaped import Reshaped, cued

_LINES_LOOKED_AT = 400
_MIN_CUES = 2
UNNAMED = "Unknown speaker"
# "[Board President Linda Okoye] 00:00:04": Zoom's saved transcript and captions.
_BRACKETED = re.compile(r"^\[(?P<name>[^\[\]\d][^\[\]]{1,79})\]\s+\d{1,2}:\d{2}(?::\d{2})?$")
# "00:12:31 Name: words", "[00:12:31] Name: words", "00:12:31 Name:" (words below).
_STAMPED = re.compile(
    r"^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\d{1,2}:\d{2}:\d{2})\s+"
    r"(?P<name>[A-Z][^:\[\]]{1,79}?)\s*:(?:\s+(?P<words>.*))?$"
)
# "---- Saved chat (meeting_saved_chat.txt) ----", "Chat", "Meeting chat:", "## Chat log".
_CHAT_HEADING = re.compile(
    r"^[-=*#_~\s]*(?:(?:saved|meeting|in-meeting|zoom|group|public)\s+)?chat"
    r"(?:\s+(?:log|transcript|messages|history|file|export))?(?:\s*\([^()]*\))?"
    r"\s*:?[-=*#_~\s]*$",
    re.IGNORECASE,
)
_DIVIDER = re.compile(r"^[-=*_~#\s]+$")
# Offices a clerk writes before a speaker's name, with what qualifies them ("Library
# Director", "Board President"): the words up to the last of them, among the first four.
_OFFICE_WORDS = 4
_OFFICES = frozenset(
    [
        "board",
        "president",
        "vice",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "committee",
        "trustee",
        "superintendent",
        "assistant",
        "deputy",
        "interim",
        "commissioner",
        "councilmember",
        "councilman",
        "councilwoman",
        "councillor",
        "councilor",
        "council",
        "member",
        "alderman",
        "alderwoman",
        "alderperson",
        "mayor",
        "clerk",
        "secretary",
        "treasurer",
        "director",
        "student",
        "supervisor",
        "principal",
        "cllr",
        "dr",
        "mr",
        "mrs",
        "ms",
        "mx",
    ]
)
_BRACKETS = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
# The chair running the meeting, a sentence at a time: "We have a quorum.", "Call to order at
# 6:31.", "We'll move to public comment.", "Ms. Tran, you have three minutes.", "We are
# adjourned." ("We'll move the bus depot by 2027." is a claim.)
_RUNNING = re.compile(
    r"^(?:(?:okay|ok|all\s+right|alright|so|great|and|thank\s+you|thanks|hello|hi|welcome"
    r"|good\s+(?:morning|afternoon|evening))[,.!]?\s+(?:(?:everyone|everybody|all),?\s+)?)*(?:"
    r"we\s+(?:now\s+)?(?:have|do\s+have)\s+(?:a\s+)?quorum"
    r"|(?:I(?:'ll|\s+will)?\s+|I(?:'d|\s+would)\s+like\s+to\s+)?call(?:ing)?\s+"
    r"(?:(?:the|this)\s+(?:meeting|session)\s+)?to\s+order(?:\s+at\s+[\d:.]+(?:\s*[ap]\.?m\.?)?)?"
    r"|(?:the|this)\s+(?:meeting|session)\s+is\s+(?:now\s+)?(?:called\s+to\s+order|adjourned"
    r"|in\s+recess)"
    r"|we(?:'re|\s+are)\s+(?:now\s+)?adjourned"
    r"|we(?:'ll|\s+will)\s+(?:now\s+)?(?:move|go|turn|proceed)\s+(?:on\s+)?to\s+(?:the\s+)?"
    r"(?:public\s+comments?|next\s+item|item\s+\w+|consent\s+agenda|(?:old|new)\s+business"
    r"|roll\s+call|closed\s+session)"
    r"|(?:(?:mr|ms|mrs|mx|dr)\.?\s+[A-Z][\w'’-]+,\s+)?you\s+have\s+(?:\w+|\d+)\s+minutes?"
    r"|thank\s+you|thanks"
    r")[.!]?$",
    re.IGNORECASE,
)
# A participant's trouble with sound or screen ("can you turn up the mic?", "hard to hear")
# and a link with its label ("Link to the study contract: https://…"): no claim.
_TROUBLE = re.compile(
    r"\b(?:turn\s+(?:up|down)\s+(?:the\s+|your\s+)?(?:mic|microphone|volume|sound|audio)"
    r"|(?:hard|can['’]?t|cannot|unable)\s+(?:to\s+)?hear\b|you(?:['’]re|\s+are)\s+(?:on\s+mute"
    r"|muted|frozen|breaking\s+up))",
    re.IGNORECASE,
)
_LINK_ONLY = re.compile(r"^(?:[^:]{1,60}:\s*)?(?:https?://|www\.)\S+$", re.IGNORECASE)


def _cue(line: str) -> tuple[str, str | None] | None:
    """A transcript turn's cue as (speaker as written, words on the line or None)."""
    if line[:1] == "[":
        bracketed = _BRACKETED.match(line)
        if bracketed is not None:
            return bracketed.group("name"), None
    if line[:1].isdigit() or line[:1] == "[":
        stamped = _STAMPED.match(line)
        if stamped is not None and zoom_line(line) is None:
            return stamped.group("name"), stamped.group("words") or ""
    return None


def _zoom_meeting(lines: Sequence[str]) -> bool:
    """Whether a document is a Zoom transcript: two bracketed cues ("[Name] 00:00:04"), or
    two stamped cues with a saved chat below them; a saved chat alone is read as before."""
    bracketed = stamped = chat = 0
    for raw in islice((line.strip() for line in lines if line.strip()), _LINES_LOOKED_AT):
        if raw[:1] not in "[0123456789":
            continue
        if _BRACKETED.match(raw):
            bracketed += 1
        elif zoom_line(raw) is not None:
            chat += 1
        elif _STAMPED.match(raw):
            stamped += 1
    if bracketed >= _MIN_CUES:
        return True
    return stamped >= _MIN_CUES and chat >= 1 and not chat_export(lines)


def speaker_name(shown: str) -> str:
    """The name a cue or a chat sender shows, without the office before it and Zoom's
    brackets after it: "Board President Linda Okoye" → "Linda Okoye", "Library Director Ada
    Kim" → "Ada Kim", "Ana Ruiz (Host)" →
    "Ana Ruiz", "Trustee Ruiz" → "Trustee Ruiz" (a surname alone keeps its office); a
    device or a phone number ("iPad (2)", "+1 415 555 0100") → ``UNNAMED``."""
    shown = " ".join(shown.split())
    if unnamed_sender(shown):
        return UNNAMED
    words = _BRACKETS.sub("", shown).split()
    offices = [i for i, word in enumerate(words[:_OFFICE_WORDS]) if _office(word)]
    if offices and len(words) - offices[-1] > 2:
        words = words[offices[-1] + 1 :]
    return " ".join(words) or UNNAMED


def _office(word: str) -> bool:
    return word.lower().rstrip(".,") in _OFFICES


def running(sentence: str) -> bool:
    """Whether a sentence said or typed in a meeting only runs it: the chair's procedure
    ("Call to order at 6:31.", "We'll move to public comment."), the chat's housekeeping
    (``chat_exports.housekeeping``), trouble with sound ("hard to hear") or a labelled link
    alone ("Agenda: https://…")."""
    sentence = sentence.strip()
    return bool(
        housekeeping(sentence)
        or _RUNNING.match(sentence)
        or _TROUBLE.search(sentence)
        or _LINK_ONLY.match(sentence)
    )


def _words(speaker: str, text: str) -> str:
    """A turn's or a message's line as a cued notes line without the sentences that only
    run the meeting, or "" when nothing else is left or it is Zoom's notice."""
    if zoom_notice(text) or text.startswith("Replying to"):
        return ""
    parts = sentences(text)
    kept = [part for part in parts if not running(part)]
    return cued(speaker, text if len(kept) == len(parts) else " ".join(kept))


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A Zoom meeting's transcript and saved chat as notes (``shaped``), or None when the
    document is none.

    Shape: as many lines as given; every line of a turn or of a chat message to everyone
    "Name: words"; the lines above the first cue, the cues, the chat's heading, Zoom's
    notices, direct messages and housekeeping blank."""
    if not _zoom_meeting(lines):
        return None
    out: list[str] = []
    spoken: set[str] = set()
    speaker = ""
    for raw in lines:
        line = raw.strip()
        chat = zoom_line(line) if line[:1].isdigit() else None
        cue = _cue(line) if chat is None and line else None
        if chat is not None:
            speaker = "" if chat.to else speaker_name(chat.sender)
            line = chat.words
        elif cue is not None:
            speaker = speaker_name(cue[0])
            line = cue[1] or ""
        elif _CHAT_HEADING.match(line) or _DIVIDER.match(line):
            speaker = ""
            line = ""
        if not line or not speaker or tool_notice(line):
            out.append("")
            continue
        spoken.add(speaker)
        out.append(_words(speaker, line))
    return Reshaped.of(out, spoken - {UNNAMED})
