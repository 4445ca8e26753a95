"""A TV news programme's transcript as a transcript vendor sells it, read as notes (``shaped``).

The layout (broadcast transcript services and media-monitoring vendors; a network's own
transcript pages are written alike)::

    BROADCAST TRANSCRIPT                                    the vendor's header, the station,
    Program: Evening News   Air Date: 03/02/2026            the programme, the air date
    SHOW: CITY TONIGHT 18:00                                (or a network's "SHOW:", "Aired …")

    PAT LINDQVIST, HOST: Good evening. …                    a cue: the name, then the role
    [18:00:26] REPORTER (OMAR FEIN): …                      or the role, then the name
    (BEGIN VIDEOTAPE)                                       production marks
    OMAR FEIN, CORRESPONDENT (voice-over): …                the reporter's narration
    SOT (ROSA VANCE, CITY ENGINEER): …                      a sound bite: the one it names
    VANCE: …                                                later, the surname alone
    UNIDENTIFIED MALE: …                                    a voice nobody names
    (END VIDEOTAPE)
    (COMMERCIAL BREAK)
    © 2026 … All Rights Reserved.                           the footer

A cue in capitals with a role after the comma ("NAME, ROLE:") or a broadcast role before the
name in brackets ("ANCHOR (NAME):", "SOT (NAME, TITLE):") gives the line to the person named,
as the first full-name cue writes them; a later cue by surname alone is that person when one
full name has it, else it is asked about, as any other bare cue is. An unidentified voice
("UNIDENTIFIED FEMALE:") is nobody's by name: the line is asked about. A line with no cue
stays with the last speaker, up to a production mark. The turns are dated the air date the
header gives ("Air Date: 03/02/2026 … ET", "Aired March 2, 2026"). Not proposed: everything
above the first cue, production marks ("(BEGIN VIDEOTAPE)", "(CROSSTALK)", "[17:01:09] (COMMERCIAL
BREAK)", "### END OF SEGMENT ###"), the footer, and in a turn the sentences that run the
programme: greetings and self-introductions ("Good evening, I'm …"), tosses to a colleague
("… is live at the plant. Omar?"), thanks ("Thanks, Omar."), sign-offs ("Omar Fein, City Desk,
Fallbrook.") and teases ("The weekend outlook is coming up next."). A colleague's
name opening a line ("Pat, crews have been here since 4 …") is dropped.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claims.importing.names import is_placeholder, person_key
from claims.importing.parsing import split_sentences
from claims.importing.shaped import Reshaped, cued

# The broadcast roles a cue writes before the name in brackets ("ANCHOR (PAT LINDQVIST):")
# or after it ("PAT LINDQVIST, CITY DESK ANCHOR:").
_ROLES = (
    r"(?:CO-?)?ANCHOR|(?:CO-?)?HOST|(?:SENIOR |CHIEF |NATIONAL |CAPITOL HILL |WHITE HOUSE |"
    r"POLITICAL |MEDICAL |LEGAL |FOREIGN |INTERNATIONAL |BUSINESS )?(?:CORRESPONDENT|REPORTER|"
    r"ANALYST|CONTRIBUTOR|EDITOR|COMMENTATOR|PANEL+IST)|(?:CHIEF )?METEOROLOGIST"
    r"|WEATHER(?:CASTER)?|SPORTS(?:CASTER)?|"
    r"TRAFFIC|NEWSCASTER|PRESENTER|MODERATOR|SOT|VO/SOT|VO|NAT SOT|PKG|GUEST|INTERVIEWEE|"
    r"ANNOUNCER|SOUNDBITE|SOUND BITE"
)
_STAMP = re.compile(r"^\[?\d{1,2}:\d{2}(?::\d{2})?\]?(?:\s+|$)")  # alone: no words
# "ANCHOR (PAT LINDQVIST):", "SOT (MAYOR RUTH ABEL, FALLBROOK):", "REPORTER (OMAR FEIN)
# (voice-over):".
_ROLE_CUE = re.compile(
    rf"^(?P<role>{_ROLES})\s*\((?P<who>[^()]{{2,100}})\)(?:\s*\([a-z][a-z -]{{1,30}}\))?"
    r"\s*:\s*(?P<rest>.*)$"
)
_NAME = r"[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*){0,3}"
# "PAT LINDQVIST, CITY DESK ANCHOR:", "OMAR FEIN, CORRESPONDENT (voice-over):", "RUTH ABEL
# (D), MAYOR OF FALLBROOK:".
_NAMED_CUE = re.compile(
    rf"^(?P<name>{_NAME})(?:\s+\([A-Z]{{1,3}}(?:-[A-Z]{{2}})?\))?,\s+"
    r"(?P<role>[A-Z0-9][A-Z0-9 ,.'’&/()-]{1,100}?)(?:\s*\((?P<aside>[a-z][a-z -]{1,30})\))?"
    r"\s*:\s*(?P<rest>.*)$"
)
# "FEIN:", "PAT LINDQVIST:", "UNIDENTIFIED MALE:", "LINDQVIST (on camera):"; a member of
# a legislature with party and state: "SEN. GARRETT VOSS (R-OH):", "REP. ANNA CRUZ (D-NM):".
_BARE_CUE = re.compile(
    rf"^(?P<name>{_NAME})(?P<party>\s+\([A-Z]{{1,3}}(?:-[A-Z]{{2}})?\))?"
    r"(?:\s*\((?P<aside>[a-z][a-z -]{1,30})\))?\s*:\s*(?P<rest>.*)$"
)
_BROADCAST_ROLE = re.compile(rf"\b(?:{_ROLES})\b")
# Honorifics and offices a sound bite's bracket may put before the name.
_TITLES = re.compile(
    r"^(?:(?:MAYOR|GOV\.?|GOVERNOR|SEN\.?|SENATOR|REP\.?|REPRESENTATIVE|DR\.?|MR\.?|MRS\.?|MS\.?|"
    r"PROF\.?|PROFESSOR|PRESIDENT|SECRETARY|CHIEF|JUDGE|JUSTICE|COUNCILMAN|COUNCILWOMAN|"
    r"COUNCILMEMBER|COUNCILLOR|SHERIFF|COMMISSIONER|GEN\.?|GENERAL|REV\.?|FATHER|SUPERINTENDENT)"
    r"\s+)+"
)
# A production mark on its line: "(BEGIN VIDEOTAPE)", "(COMMERCIAL BREAK)", "[LAUGHTER]",
# "### END OF SEGMENT ###", "END".
_MARK = re.compile(
    r"^(?:\((?-i:[A-Z][A-Z0-9 ,.'’/-]{1,60})\)|\[(?-i:[A-Z][A-Z0-9 ,.'’/-]{1,60})\]"
    r"|#{2,}.*#{2,}|-?END-?|\((?:voice-over|on camera|through translator)\))$",
    re.IGNORECASE,
)
# Inline marks: "(voice-over)", "(CROSSTALK)", "(LAUGHTER)", "(BEGIN VIDEO CLIP)".
_INLINE_MARK = re.compile(
    r"\s*\((?:[a-z][a-z -]{2,30}|CROSSTALK|LAUGHTER|LAUGHS|APPLAUSE|INAUDIBLE|UNINTELLIGIBLE|"
    r"OFF-?MIKE|MUSIC|NATURAL SOUND|NAT SOUND|(?:BEGIN|END) [A-Z ]{2,30})\)"
)
_FOOTER = re.compile(
    r"^(?:©|\(c\)\s|copyright\b)|all rights reserved|licensed for|redistribution prohibited|"
    r"this is a rush transcript|this copy may not be in its final form"
    r"|to order a (?:video|copy) of this transcript|^return to transcripts main page",
    re.IGNORECASE,
)
# The signs of a broadcast transcript besides its cues: the vendor's or network's header,
# production marks, a sound bite's cue, the footer.
_SIGNS = re.compile(
    r"^(?:BROADCAST TRANSCRIPT|SHOW:|Air\s*Date:|Aired\b|Program(?:me)?:|Station:|Network:)"
    r"|\((?:BEGIN|END) (?:VIDEOTAPE|VIDEO CLIP|AUDIO CLIP|LIVE FEED)\)|\(COMMERCIAL BREAK\)"
    r"|^SOT\s*\(|RUSH TRANSCRIPT|closed caption",
    re.IGNORECASE,
)
_MIN_CUES = 2
# The air date above the first cue: "Air Date: 08/11/2026   Time: 6:00 PM ET", "Aired March 4,
# 2026 - 20:00 ET", "Aired 4 March 2026". A date in figures is read month first only where the
# line says an American time zone (a vendor of US stations), or where the day cannot be a month.
_AIRED = re.compile(r"^(?:Air\s*Date:|Aired\b:?|Date:)\s*(?P<when>.+)$", re.IGNORECASE)
_FIGURES = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\b")
_WORDS = re.compile(r"\b(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})\b")
_US_ZONE = re.compile(r"\b(?:ET|CT|MT|PT|EST|EDT|CST|CDT|MST|MDT|PST|PDT)\b")

# Sentences that run the programme (matched without case: networks write them in mixed
# case, caption-derived vendors in capitals).
_GREETING = re.compile(
    r"^(?:(?:good\s+(?:morning|afternoon|evening|night)|hello|hi|welcome(?:\s+back)?"
    # "Good morning, everyone.", "Good morning, Dana.", "Good morning, Senator Voss."
    r"(?:\s+to\s+[^,.]{1,40})?)(?:,?\s+(?:everyone|everybody|all|(?-i:[A-Z][\w'’.-]*)"
    r"(?:\s+(?-i:[A-Z][\w'’-]*))?))?[,.!]?\s*)+"
    r"(?:I'm\s+[^,.]{2,40}[.!]?)?$",
    re.IGNORECASE,
)
_THANKS = re.compile(
    r"^(?:thanks|thank\s+you)(?:\s+(?:so|very)\s+much)?(?:\s+for\s+having\s+(?:me|us))?"
    r"(?:,?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
    r"[.!]?$",
    re.IGNORECASE,
)
_TEASE = re.compile(
    r"(?:\bcoming\s+up(?:\s+(?:next|later|after\s+the\s+break|right\s+after\s+this|in\s+(?:a\s+)?"
    r"(?:few\s+)?(?:minutes?|moments?)))?|\bstay\s+with\s+us|\bwe'll\s+be\s+right\s+back"
    r"|\bdon't\s+go\s+away|\bwhen\s+we\s+come\s+back|\bafter\s+the\s+break|\bback\s+to\s+you"
    r"(?:,\s+[A-Z][\w'’-]*)?)[.!]?$",
    re.IGNORECASE,
)
_TOSS = re.compile(
    r"\b(?:is|are)\s+live\b|\bjoins\s+us\b|\bhas\s+(?:more|the\s+story|the\s+latest|details)\b"
    r"|\bhas\s+been\s+(?:tracking|following|covering)\b|\bis\s+standing\s+by\b|\breports\.?$"
    r"|^(?:turning\s+(?:now\s+)?to|let's\s+turn\s+to|now\s+to)\b",
    re.IGNORECASE,
)


@dataclass
class _Cast:
    """The people the cues name in full, in the order they are first cued."""

    names: list[str] = field(default_factory=list)

    def add(self, name: str) -> str:
        """``name`` as the cast writes it (the first full-name cue's spelling)."""
        for known in self.names:
            if person_key(known) == person_key(name):
                return known
        self.names.append(name)
        return name

    def by_surname(self, word: str) -> str | None:
        """The one full name whose last word is ``word``, or None (none, or several)."""
        found = [n for n in self.names if person_key(n.split()[-1]) == person_key(word)]
        return found[0] if len(found) == 1 else None

    def first_names(self) -> set[str]:
        """Every cued person's first name, without case."""
        return {person_key(name.split()[0]) for name in self.names}


def _shown(name: str) -> str:
    """A cue's name in capitals as a name is written: "REYES-WHITFIELD" → "Reyes-Whitfield"."""
    return " ".join(word.capitalize() if "-" not in word else word.title() for word in name.split())


def _full_name(text: str) -> str | None:
    """The person a bracket or a cue names in full ("MAYOR RUTH ABEL" → "Ruth Abel"), or
    None when it names nobody by name (one word, a placeholder)."""
    name = _TITLES.sub("", text.strip().upper()).strip()
    words = name.split()
    if not 2 <= len(words) <= 4 or is_placeholder(name) or _BROADCAST_ROLE.fullmatch(name):
        return None
    if not all(re.fullmatch(r"[A-Z][A-Z'’.-]*", word) for word in words):
        return None
    return _shown(name)


def _cue(text: str) -> tuple[str, str, bool] | None:
    """A cue's (who as written, the words after it, whether it names the person in full),
    or None when the line opens with no cue."""
    if role := _ROLE_CUE.match(text):
        who = role["who"].split(",")[0]
        return who, role["rest"], True
    named = _NAMED_CUE.match(text)
    if named and (_BROADCAST_ROLE.search(named["role"]) or len(named["name"].split()) > 1):
        return named["name"], named["rest"], True
    if bare := _BARE_CUE.match(text):
        # A party and state after the name mark a member named in full ("SEN. GARRETT VOSS").
        return bare["name"], bare["rest"], bool(bare["party"])
    return None


def _role_cued(text: str) -> bool:
    """Whether a line opens with a cue that writes a broadcast role ("ANCHOR (…):",
    "NAME, CORRESPONDENT:")."""
    text = _STAMP.sub("", text.strip())
    if _ROLE_CUE.match(text):
        return True
    named = _NAMED_CUE.match(text)
    return bool(named and _BROADCAST_ROLE.search(named["role"]))


def _broadcast(lines: Sequence[str]) -> bool:
    """Whether the document is a broadcast transcript: cues that write a broadcast role, two
    at least, and a sign of the layout (header, production marks, a sound bite, the footer)."""
    cues = sum(1 for line in lines if _role_cued(line))
    return cues >= _MIN_CUES and any(_SIGNS.search(line.strip()) for line in lines)


def _speaker(who: str, full: bool, cast: _Cast) -> tuple[str, str]:
    """Who a cue's words are given to, and a remark when they are asked about: the full
    name a role's cue writes or the cast has, a surname the cast resolves, else the cue's
    last word (asked)."""
    if is_placeholder(who.strip()):
        return _shown(who), "an unidentified voice: who speaks is not known"
    name = _full_name(who)
    if name is not None and (full or person_key(name) in map(person_key, cast.names)):
        return cast.add(name), ""
    words = who.split()
    if len(words) == 1 and (found := cast.by_surname(words[0])):
        return found, ""
    # A cue no role names and no full-name cue resolves ("DUARTE:", "BREAKING NEWS:"): its
    # last word only, which the notes reader asks about rather than takes for a name.
    return _shown(words[-1]), f"the cue gives only “{who.strip()}”: check who speaks"


def _running(sentence: str, speaker: str, cast: _Cast, handing: bool) -> bool:
    """Whether a sentence of ``speaker``'s turn only runs the programme (``_GREETING``,
    ``_THANKS``, ``_TEASE``, a toss, a sign-off with the speaker's own name)."""
    text = sentence.strip()
    if _GREETING.match(text) or _THANKS.match(text) or _TEASE.search(text):
        return True
    key = person_key(text)
    if re.fullmatch(r"[\w'’-]+(?:\s+[\w'’-]+)?\s*\?", text):
        return person_key(text.rstrip("? ")).split()[0] in cast.first_names()
    others = [n for n in cast.names if n != speaker and person_key(n) in key]
    if others and (handing or _TOSS.search(text)):
        return True
    return bool(speaker) and person_key(speaker) in key and len(text.split()) <= 12


def _words(text: str, speaker: str, cast: _Cast) -> str:
    """A turn's line without inline marks, a colleague's name opening it, and the sentences
    that run the programme (``_running``)."""
    text = _INLINE_MARK.sub("", text).strip()
    opening = re.match(r"^([A-Z][\w'’-]*),\s+", text)
    if opening and person_key(opening[1]) in cast.first_names():
        text = text[opening.end() :]
    sentences = [sentence.strip() for _, sentence in split_sentences(text)]
    handing = any(re.fullmatch(r"[\w'’-]+(?:\s+[\w'’-]+)?\s*\?", s) for s in sentences)
    kept = [s for s in sentences if not _running(s, speaker, cast, handing)]
    return " ".join(kept)


def _aired(lines: Sequence[str]) -> datetime.date | None:
    """The day the programme aired, as the lines above the first cue say it (``_AIRED``), or
    None when they do not, or say it in figures that could be either day first or month
    first."""
    for line in lines:
        text = line.strip()
        if _role_cued(_STAMP.sub("", text)):
            return None
        found = _AIRED.match(text)
        if found is None:
            continue
        when = found["when"]
        if words := _WORDS.search(when):
            return _day_in_words(words.group())
        if figures := _FIGURES.search(when):
            month, day = int(figures["a"]), int(figures["b"])
            if month > 12:  # "13/05/2026": day first
                month, day = day, month
            elif day <= 12 and month != day and not _US_ZONE.search(when):
                return None
            try:
                return datetime.date(int(figures["y"]), month, day)
            except ValueError:
                return None
    return None


def _day_in_words(text: str) -> datetime.date | None:
    """ "March 4, 2026", "4 March 2026", "Mar. 4 2026" as a date, or None."""
    plain = " ".join(text.replace(",", " ").replace(".", " ").split())
    for layout in ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y"):
        try:
            return datetime.datetime.strptime(f"{plain} +0000", f"{layout} %z").date()
        except ValueError:
            continue
    return None


def _cast(lines: Sequence[str]) -> _Cast:
    """Everyone the document's cues name in full, so that an anchor's toss names a reporter
    cued only later."""
    cast = _Cast()
    for line in lines:
        text = _STAMP.sub("", line.strip())
        cue = _cue(text) if _role_cued(text) else None
        if cue is not None and (name := _full_name(cue[0])):
            cast.add(name)
    return cast


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A TV news transcript's lines as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; each line of a turn "Full Name: words" (an unidentified
    voice's or an unresolved surname's turn keeps its cue, with a remark asking who speaks);
    the header above the first cue, production marks, the footer and the sentences that run
    the programme blank; the turns dated the air date the header gives (``Reshaped.days``).
    Source of the layout: broadcast transcript services' and media-
    monitoring vendors' transcripts of TV news programmes."""
    if not _broadcast(lines):
        return None
    cast, out, notes = _cast(lines), [""] * len(lines), {}
    speaker, remark, started, ended = "", "", False, False
    for index, raw in enumerate(lines):
        text = _STAMP.sub("", raw.strip())
        if not started and not _role_cued(text):
            continue
        started = True
        ended = ended or _FOOTER.search(text) is not None or text.startswith("###")
        if ended or not text:
            continue
        if _MARK.match(text):
            speaker, remark = "", ""
            continue
        cue = _cue(text)
        if cue is not None:
            speaker, remark = _speaker(cue[0], cue[2], cast)
            text = cue[1]
        if not speaker:
            out[index] = _INLINE_MARK.sub("", text).strip()
            continue
        words = _words(text, speaker, cast)
        out[index] = cued(speaker, words) if words else ""
        if remark and words:
            notes[index + 1] = remark
    if not cast.names:
        return None
    aired = _aired(lines)
    days = {index + 1: aired for index, line in enumerate(out) if line} if aired else {}
    return Reshaped.of(out, cast.names, notes=notes, days=days)
