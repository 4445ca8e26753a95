"""A publication's or a forum's own notices, and jokes marked as jokes: no claim of anyone's.

- A publication's schedule told to its readers: "No post next week (half term).", "No
  episode on Monday, it's a bank holiday.", "The newsletter is taking a break until
  January.", "We're off next week; back on the 12th." The record tracks what public figures
  claim of the world, not when the next issue of a newsletter goes out. A publication's
  promise of content is still the author's commitment ("I'll publish a full scorecard of my
  2025 calls before the end of June.").
- A moderator's note to a thread or a channel: "Mod note: keep it civil pls.", "@tramfan88
  that's your second warning this week", "Locking this thread.", "Please keep it on topic."
- A note-taker's record of the call the notes are of: whom it was with ("Call with Ana Ruiz,
  CFO, Tidewell.", "Background interview with the port's director"), when and how ("Tue 30
  June 2026, 14:00–14:45, by phone.", "3 March, 10am, via Zoom."), and its ground rules
  ("All on the record unless marked.", "On background unless noted."). What was said on
  the call is the speaker's; its record is no one's claim.
- A line its writer marks as a joke: a laughing emoji at its end ("october 2036 more like
  😂"), the sarcasm tag "/s", "jk". The writer says it is not meant; a curator reading the
  thread sees it there. "lol", "haha" and "tbh" soften a chat line without unsaying it
  ("Seems pretty ambitious to me tbh lol" is an opinion), and are no such mark.

Sources of the shapes: Substack's and Ghost's newsletters' closing notes, podcast feeds'
episode notes, Discord and Reddit moderators' notes (Reddit's "/s" convention is
documented in its reddiquette), chat exports. Pure functions, reading a statement alone.
"""

import re

from claims.importing.wording import _has_any, _kept, normalise

_MAX_WORDS = 20

# ---- A publication's own schedule.
_ISSUE = (
    r"(?:post|posts|newsletter|issue|edition|episode|show|stream|livestream|podcast|letter"
    r"|digest|roundup|round-up|column|update|mailout|video|recap|briefing)"
)
_WHEN = (
    r"(?:next|this|on|until|till|over|for|during|tomorrow|today|tonight|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|in)"
)
_PUBLICATION_NOTICE = re.compile(
    r"^(?:(?:quick |programming |housekeeping |admin |schedule )?(?:note|notice|heads[ -]up"
    r"|reminder|fyi|ps|p\.s\.)[:,.]? )?(?:(?:and|also|oh|btw|just so you know),? )*(?:"
    # "No post next week", "There'll be no episode on Monday"
    rf"(?:there(?:'ll| will) be |there's |there is )?no {_ISSUE} {_WHEN}\b"
    # "The newsletter is taking a break until January", "The show is off next week"
    rf"|(?:the|this|our|my) {_ISSUE} (?:is|will be|'s|'ll be) (?:off|on (?:a )?(?:break"
    r"|hiatus|holiday|pause)|taking (?:a|the) (?:\w+ )?(?:break|week off|weeks off|month off)"
    rf"|paused|skipping)(?: (?:{_WHEN}|the|a|an)\b[\w' ]{{0,30}})?$"
    # "We're off next week; back on the 12th", "I'm taking a week off", "Taking next week off"
    r"|(?:(?:we're|we are|i'm|i am|we'll be|i'll be) )?(?:off|taking (?:a |the |next )?"
    r"(?:(?:\w+ )?(?:week|weeks|month|fortnight|days?) off|break)|on (?:a )?(?:break|hiatus"
    r"|holiday))(?: (?:for|until|till|over|next|this) [\w' ]{1,30})?(?:[;,.—–-]+ ?back"
    r" (?:on|in|next|after|from) [\w' ]{1,20})?$"
    rf"|back (?:in your inbox |with (?:a |the )?(?:new |next )?{_ISSUE} )?(?:on|in|next|after"
    r"|from) (?:the )?[\w' ]{1,20}$"
    r")"
)

# ---- A moderator's note.
_MODERATION = re.compile(
    r"^(?:(?:mod(?:erator)? (?:note|here|hat on|warning)|admin note)\b|\[mod\])"
    r"|^(?:(?:please|pls|plz|folks|everyone|all|guys|hey)[,!]? )*(?:keep (?:it|things|this)"
    r" (?:civil|polite|respectful|on[ -]topic|friendly|clean)|stay on[ -]topic|be civil|no"
    r" personal attacks|take it to (?:dms?|pms?|another channel|#\S+))\b"
    r"|^(?:@\S+ )?(?:that's|that is|this is) (?:your|a) (?:first|second|third|final|last)"
    r" (?:and final )?warning\b"
    r"|^(?:locking|locked|closing|pinning|unpinning|removing|removed) (?:this|the) (?:thread"
    r"|post|comment|discussion|topic)\b"
)

# ---- Marked as a joke.
_LAUGHTER_EMOJI = "😂🤣😆😹🙃"
_JOKE_MARK = re.compile(
    rf"(?:[{_LAUGHTER_EMOJI}]+|(?<![\w/])/s|\b(?:jk|j/k|just kidding|just joking))"
    r"[\s!.?)\]]*$",
    re.IGNORECASE,
)
# Every mark holds one of these: a laughing emoji, the "/" of "/s" and "j/k", the "j" of
# "jk" and "just kidding" (no other letter is a "j" to the pattern, even ignoring case).
_JOKE_GATE = ("j", "J", "/", *_LAUGHTER_EMOJI)


def publication_notice(text: str) -> bool:
    """Whether ``text`` is a publication's notice of its own schedule ("No post next week
    (half term).", "The show is off next week.", "Back on the 12th."), at most 20 words.
    A promise of content ("I'll publish the scorecard before June") is not one."""
    lowered = _plain(text)
    if len(lowered.split()) > _MAX_WORDS:
        return False
    return _PUBLICATION_NOTICE.match(lowered) is not None


def moderation_note(text: str) -> bool:
    """Whether ``text`` is a moderator's note to a thread ("Mod note: keep it civil pls.",
    "@tramfan88 that's your second warning this week", "Locking this thread.")."""
    lowered = _plain(text)
    if len(lowered.split()) > _MAX_WORDS:
        return False
    return _MODERATION.match(lowered) is not None


# ---- A call's record.
_CALL_WITH = re.compile(
    r"^(?:(?:notes?|minutes) (?:from|of|on) (?:an? |the |my |our )?)?"
    r"(?:(?:phone|video|zoom|teams|background|intro|introductory|follow-up|followup|short"
    r"|quick|first|second|on-the-record|off-the-record|press|embargoed)\s+)*"
    r"(?:call|interview|meeting|chat|conversation|catch-up|catchup|coffee|lunch|briefing"
    r"|sit-down)\s+with\s+(?P<whom>.{2,120})$"
)
# A verb makes the line say something of the call or of the world ("Call with Ana went
# badly", "Meeting with the board is on Friday"): not a record alone.
_RECORD_VERB = re.compile(
    r"\b(?:will|would|is|are|was|were|went|said|says|told|expects?|thinks?|plans?|has|have"
    r"|had|can|could|confirmed|agreed|promised|lasted|ran)\b|'ll\b"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h)?"
_CALL_WHEN = re.compile(
    rf"^(?:{_WEEKDAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}"
    r"(?:st|nd|rd|th)?)(?:,?\s+\d{4})?"
    rf"(?:,?\s+(?:at\s+)?{_CLOCK}(?:\s*[-–]\s*{_CLOCK})?(?:\s+[a-z]{{2,4}})?)?"
    r"(?:,?\s+(?:(?:by|via|on|over)\s+(?:phone|zoom|teams|google meet|meet|video|signal"
    r"|whatsapp|skype|webex)|in person|at (?:their|our|his|her) (?:office|offices)))?$"
)
_GROUND_RULES = re.compile(
    r"^(?:(?:all|everything|the (?:whole )?(?:call|interview|conversation)|this call)\s+)?"
    r"(?:(?:is|was)\s+)?(?:on|off)\s+(?:the\s+)?(?:record|background|deep background)"
    r"(?:\s+unless\s+(?:otherwise\s+)?(?:marked|noted|stated|flagged|indicated))?"
    r"|^not for attribution(?:\s+unless\s+(?:otherwise\s+)?(?:marked|noted|stated))?$"
)


def call_record(text: str) -> bool:
    """Whether ``text`` is a note-taker's record of the call the notes are of: whom it was
    with ("Call with Ana Ruiz, CFO, Tidewell."), when and how ("Tue 30 June 2026,
    14:00–14:45, by phone.") or its ground rules ("All on the record unless marked.")."""
    lowered = _plain(text)
    if len(lowered.split()) > _MAX_WORDS:
        return False
    found = _CALL_WITH.match(lowered)
    if found is not None:
        return _RECORD_VERB.search(found["whom"]) is None
    return _CALL_WHEN.match(lowered) is not None or _GROUND_RULES.fullmatch(lowered) is not None


def marked_as_joke(text: str) -> bool:
    """Whether ``text`` ends with a mark its writer gives a joke: a laughing emoji, "jk",
    "just kidding" or the sarcasm tag "/s". A smiley of warmth ("🙂", "😊") is no such mark,
    nor is "lol", which softens a chat line without unsaying it."""
    if not _has_any(text, _JOKE_GATE):  # a cheap look first
        return False
    return _JOKE_MARK.search(text.strip()) is not None


def notice_or_joke(text: str) -> bool:
    """Any of the module's shapes (see the module's docstring)."""
    return (
        publication_notice(text)
        or moderation_note(text)
        or marked_as_joke(text)
        or call_record(text)
    )


_BRACKETED = re.compile(r"\s*\([^)]{0,40}\)")


@_kept
def _plain(text: str) -> str:
    """``text`` lower case, its brackets (of 40 characters at most) dropped, spaces single,
    end punctuation gone: "No post next week (half term)." → "no post next week". Cached:
    each of the module's shapes reads it."""
    lowered = " ".join(normalise(text).split())
    lowered = _BRACKETED.sub("", lowered)
    return lowered.rstrip(" .!…")
