"""A talk's transcript copied from its page on a talks site (TED, TEDx), read as notes (``shaped``).

The layout (ted.com's talk page, selected and copied from the browser): above the talk, the
page's title, as "Speaker Name: Talk title" or the title with the speaker's name on a line of
its own, the event and the talk's length ("TEDxHarbourside · 14:32", "· 11:05"), the
buttons ("Like", "Share", "Read transcript"), "Details" and "About the talk" with the site's
summary, and the transcript's heading ("Transcript (English)", "Transcript (24 Languages)")
with its language ("English"). Then the talk: a time on a line of its own ("00:12",
"1:04:05") above each paragraph of the speaker's words, with the audience's reactions
inline or alone ("(Laughter)", "(Applause)", "(Music)"). Below it the page again: "About
the speaker", the speaker's name and role ("Ilse Marwood · Glaciologist"), a biography the
site wrote ("Ilse Marwood studies …": the site's words about the speaker, not the speaker's
claim), "Read more", "Share this talk", "Watch next" and the talks it lists.

The talk's words are the speaker's: each paragraph is cued "Name: words". The speaker is the
name the page gives, in its title ("Name: Title"), on the line above the talk's length, or
under "About the speaker"; when those disagree, or none is given, the paragraphs are left
uncued (asked, never guessed). No claims: everything above the first time, the times, a
reaction alone on its line, and everything from the page's closing sections on. A sentence
a time line cuts ("my bet is that the ferry" / "04:12" / "will pay its way by 2029") is joined
on its first paragraph's line (``broken_sentences``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.importing.broken_sentences import continues, joined
from claims.importing.names import person_key, reads_as_name
from claims.importing.shaped import Reshaped, cued

_TIME = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}$")
# "Transcript (English)", "Transcript (24 Languages)", "Read transcript", "Transcript".
_TRANSCRIPT = re.compile(
    r"^(?:read\s+)?transcript(?:\s*\((?:[A-Z][a-z]+|\d+\s+languages?)\))?$", re.IGNORECASE
)
# The talk's length after the event or alone: "TEDxHarbourside · 14:32", "· 11:05".
_LENGTH = re.compile(r"(?:^|\s)[·•|]\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*$")
# The page's own sections, which close the talk when they follow it.
_CLOSING = re.compile(
    r"^(?:about\s+the\s+speakers?|read\s+more|share\s+this\s+talk|watch\s+next|up\s+next"
    r"|more\s+from\s+(?:this\s+speaker|TEDx?\w*)|related\s+talks|details|about\s+the\s+talk"
    r"|this\s+talk\s+was\s+presented\s+at\b.*|sponsored\s+by\b.*|partner\s+spotlight)\s*$",
    re.IGNORECASE,
)
_ABOUT_SPEAKER = re.compile(r"^about\s+the\s+speakers?\s*$", re.IGNORECASE)
# A talks site's own signs, one of which the page must show.
_SITE_SIGN = re.compile(
    r"^(?:about\s+the\s+speakers?|share\s+this\s+talk|watch\s+next|about\s+the\s+talk"
    r"|details\s+about\s+the\s+talk)\s*$|\bTEDx?\w*\b|^\((?:laughter|applause)\)$",
    re.IGNORECASE,
)
# A reaction or a direction alone on its line: "(Applause)", "(Music ends)", "(Video)".
_ALONE = re.compile(r"^[\[(][A-Za-z][\w ,'’-]{0,40}[\])]\.?$")
_TITLE_CUE = re.compile(r"^(?P<name>[^:]{3,60}):\s+\S")
_NAME_ROLE = re.compile(r"^(?P<name>[^·•|]{3,60}?)\s*[·•|]\s*\S")
_MIN_TIMES = 2
_REMARK = "speaker named by the talk's page"


def _first_time(lines: Sequence[str]) -> int | None:
    """The index of the talk's first time line, after a transcript heading; None when the
    page has no transcript heading before it, fewer than two times, or no talks site sign."""
    stripped = [line.strip() for line in lines]
    times = [index for index, line in enumerate(stripped) if _TIME.match(line)]
    if len(times) < _MIN_TIMES:
        return None
    if not any(_TRANSCRIPT.match(line) for line in stripped[: times[0]]):
        return None
    if not any(_SITE_SIGN.search(line) for line in stripped):
        return None
    return times[0]


def _name(text: str) -> str:
    """``text`` when it reads as a person's name, else ""."""
    text = text.strip(" *_#")
    return text if reads_as_name(text) else ""


def _opening_names(opening: Sequence[str]) -> list[str]:
    """The names the page gives above the talk: the title's "Name:" and the line above (or
    holding) the talk's length."""
    shown = [line.strip() for line in opening if line.strip()]
    names = []
    if shown and (title := _TITLE_CUE.match(shown[0])):
        names.append(_name(title.group("name")))
    for index, line in enumerate(shown):
        if not _LENGTH.search(line):
            continue
        before = _LENGTH.sub("", line).strip()
        if before:
            names.append(_name(before))
        elif index:
            names.append(_name(shown[index - 1]))
    return [name for name in names if name]


def _about_name(closing: Sequence[str]) -> str:
    """The name under "About the speaker" ("Ilse Marwood · Glaciologist" → "Ilse Marwood")."""
    shown = [line.strip() for line in closing if line.strip()]
    for index, line in enumerate(shown[:-1]):
        if _ABOUT_SPEAKER.match(line):
            following = shown[index + 1]
            role = _NAME_ROLE.match(following)
            return _name(role.group("name") if role else following)
    return ""


def _speaker(names: Sequence[str]) -> str:
    """The one person ``names`` all name, or "" when none is named or they disagree."""
    keys = {person_key(name) for name in names}
    if len(keys) != 1:
        return ""
    return max(names, key=len)


def _end(lines: Sequence[str], start: int) -> int:
    """The index where the page's closing sections begin (or the document's end)."""
    for index in range(start, len(lines)):
        if _CLOSING.match(lines[index].strip()):
            return index
    return len(lines)


def _rejoined(lines: Sequence[str], start: int, end: int) -> dict[int, str]:
    """The talk's paragraphs whose sentence a time line cuts ("my bet is that the first
    vertiport to turn a profit" / "06:12" / "will do it before the end of 2028"), joined on
    the first paragraph's line, the second's left empty (``broken_sentences``): index →
    the line's words."""
    said: dict[int, str] = {}
    last = None  # the index of the paragraph before, with nothing but times between
    for index in range(start, end):
        line = said.get(index, lines[index].strip())
        if not line or _TIME.match(line):
            continue
        if _ALONE.match(line):  # "(Applause)" between: the sentence ended before it
            last = None
            continue
        if last is not None:
            before = said.get(last, lines[last].strip())
            if continues(before, line, lower_goes_on=True):
                said[last], said[index] = joined(before, line), ""
                continue
        last = index
    return said


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A talk page's lines as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; each paragraph of the talk "Speaker Name: words" (the
    words as they were when the page names no one speaker); the page above the first time,
    the times, reactions alone on a line and the page's closing sections blank. Source of
    the layout: ted.com's talk pages with their transcript open, as copied."""
    start = _first_time(lines)
    if start is None:
        return None
    end = _end(lines, start)
    names = _opening_names(lines[:start])
    about = _about_name(lines[end:])
    speaker = _speaker([*names, about] if about else names)
    said = _rejoined(lines, start, end)
    out: list[str] = []
    notes: dict[int, str] = {}
    for index, raw in enumerate(lines):
        line = said.get(index, raw.strip())
        if index < start or index >= end or _TIME.match(line) or _ALONE.match(line):
            out.append("")
        elif speaker and line:
            out.append(cued(speaker, line))
            notes[index + 1] = _REMARK
        else:
            out.append(line)
    return Reshaped.of(out, [speaker], notes)
