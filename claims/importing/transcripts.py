"""Reading caption files (WebVTT, SRT) as real tools export them.

A timing line starts a cue, so SRT without blank lines between cues, or
without cue numbers, reads as well as a tidy file; a blank line followed by
anything but a cue (or a cue number, identifier or WebVTT ``NOTE``) is refused,
naming the line. In the cue text, voice spans (several voices on one line, as
``<v Lena Ortiz>…</v><v Tomas Reyes>…</v>``) give each voice its words;
formatting (``<i>``, ``<font>``, ``<c>``, inline timestamps ``<00:00:05.120>``,
SSA/ASS override tags ``{\\pos(10,20)}``) is dropped; lines holding only spaces
are skipped; auto-generated "rolling" captions, where each cue repeats the
previous cue's line, are rebuilt once, without the repeats, and their lines,
which have no punctuation, are joined into clauses (``unpunctuated``).

A cue that names nobody is the previous speaker's, host or guest, unless a turn
marker (">>", a dialogue dash) says someone else speaks, or it follows a host's
question: then it is nobody's, with a remark for the curator. A marked line that
only reacts (">> wow okay by next year huh") interrupts: the marked line after it
is the interrupted speaker's again. A host is a tag
with a host's role ("MAYA CHEN (HOST):", "Interviewer (Maya Chen):"), a name
a "Hosts:" line declares, or a host naming themselves with the show ("I'm Nadia
Khoury, and this is The Evening Brief.", ``introductions.host_self_introduction``).
With one host so declared and nobody else named, a subtitle's dialogue dashes
("- ") are the host and the one guest in turn, as two-person interviews are
subtitled: the host's words are never the guest's. A ">>" in the middle of a line starts
a turn of its own; in a council meeting's captions, a turn nobody names that gives the floor
("THE CHAIR RECOGNIZES COUNCIL MEMBER ABERNATHY.") hands the next such turn to that person,
and the roll call, motions and votes are nobody's claims (``council_captions``).
"""

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import islice

from claims.importing.asides import OFF_RECORD, without_off_record
from claims.importing.chats import chat_notice
from claims.importing.classify import is_reaction
from claims.importing.council_captions import (
    addressed_question,
    council_procedure,
    members_in_full,
    recognised,
    self_named,
)
from claims.importing.cue_names import CueLabels
from claims.importing.directory_names import directory_name, surname_first
from claims.importing.errors import ImportFileError
from claims.importing.forecasters import person_name
from claims.importing.introductions import (
    caps_host_introduction,
    handover,
    handover_title,
    host_self_introduction,
    hosts_guests,
    names_in,
)
from claims.importing.names import (
    HOST_ROLES,
    LABEL_WORDS,
    affiliation_remark,
    asks_only,
    display_name,
    is_placeholder,
    names_same_person,
    person_key,
    reads_as_name,
    role_cue,
    without_affiliation,
)
from claims.importing.parsing import (
    Section,
    Statement,
    asks,
    drop_reaction_tags,
    last_question,
    only_asks,
    prompts_after_question,
    split_sentences,
    tidy_quote,
)
from claims.importing.reading import SRT, SSA, line_parts, without_links
from claims.importing.substation import events
from claims.importing.unpunctuated import Fragment, statements

_TIMING = re.compile(
    r"^(?P<start>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*"
    r"(?P<end>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})(?:\s+.*)?$"
)
_STARTS_WITH_TIME = re.compile(r"^\d+:\d{2}")
# Two cue times joined by something that is not "-->" ("->", "—>", "=>", "- "), nothing else.
_TIME = r"(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}"
_BROKEN_TIMING = re.compile(rf"^{_TIME}\s*(?:-+>?|[–—=]+>?|→)\s*{_TIME}(?:\s+[\w:%.-]+)*$")
# A voice span, with its classes: "<v.host Kara Swisher>", "<v.loud Lena Ortiz>".
_VOICE = re.compile(r"<v(?P<classes>(?:\.[\w-]+)*)\s+(?P<name>[^>]+)>")
_TAG = re.compile(r"</?[^>]*>")
_OVERRIDE = re.compile(r"\{\\[^}]*\}")
_NAME = r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2}"
_TRANSCRIPT_CUE = re.compile(rf"^\[?(?P<name>{_NAME})\]?\s*:\s*(?P<rest>.+)$")
_BRACKET_CUE = re.compile(rf"^\[(?P<name>{_NAME})\]\s*(?P<rest>.+)$")
# A name with its role, or a role with its name: "MAYA CHEN (HOST):", "Interviewer (Maya Chen):".
_ROLE_LABEL = r"[A-Za-z][\w'’.\- ]{0,40}?\s*\([A-Za-z][\w'’.\- ]{0,40}\)"
_ROLE_CUE = re.compile(rf"^\[?(?P<name>{_ROLE_LABEL})\]?\s*:\s*(?P<rest>.+)$")
# A tool's placeholder for someone it cannot name: "Speaker 2:", "SPEAKER_00:", "[Unknown]:".
_PLACEHOLDER_CUE = re.compile(r"^\[?(?P<name>[A-Za-z][\w -]{0,24}?)\]?\s*:\s*(?P<rest>.+)$")
# A turn marker: broadcast captions' ">>" (">>>" for a new story), a subtitle's dialogue dash.
# Marks may come together, in either order (">> - MAYA CHEN: …", "- >> …").
_TURN_MARK = re.compile(r"^(?:(?:>>+|[-–—](?=\s|[A-Z“\"‘'(\[]|>>))\s*)+")
# "Hosts: Maya Chen and Leo Park" in a cue; "Host: Maya Chen" too in a NOTE block or the header.
_HOSTS = re.compile(r"^(?:NOTE\s+)?(?P<label>hosts?|presenters?)\s*:\s*(?P<names>[^?]+)$", re.I)
_HOSTS_FIRST = frozenset("NnHhPp")  # what a line ``_HOSTS`` matches starts with
# A mark that ends a sentence: before a capital or a digit, or at the end. Not a decimal point
# ("2.5 percent") or a lower-case abbreviation ("the u.s. economy") in auto-captions.
_SENTENCE_MARK = re.compile(r"[.!?…][”\"’)]*(?:\s+[“\"‘(]?[A-Z0-9$]|\s*$)")
_NOT_SPEAKERS = {"note", "notes", "music", "applause", "laughter", "http", "https"}
# A label's first word that no name opens with: "MY PREDICTION:", "Our view:".
_POSSESSIVES = frozenset(("my", "our", "your", "his", "her", "their", "its"))


def _label_only(label: str) -> bool:
    """Whether a cue's label names no one: it opens with a possessive ("MY PREDICTION",
    "Our view") or is all a topic's words ("BOTTOM LINE", "Forecast"), and is no role."""
    words = label.lower().split()
    if not words or role_cue(label) is not None:
        return False
    return words[0] in _POSSESSIVES or all(w in LABEL_WORDS for w in words)


_DIALOGUE_DASHES = frozenset("-–—")  # a subtitle's dialogue dash, not a broadcast's ">>"
_ANSWER_ROLES = {"a", "answer"}


@dataclass(frozen=True, slots=True)
class _Voice:
    """Who speaks: a name or role as written (empty when nobody is named), whether a host,
    and what the curator is told: for nobody named, why; for a name, an affiliation the tag
    gave with it."""

    speaker: str = ""
    host: bool = False
    note: str = ""
    asking: bool = False  # an asking role alone ("Q:", "INTERVIEWER:"): never proposed


@dataclass(frozen=True, slots=True)
class _Piece:
    voice: _Voice
    text: str
    line: int
    timestamp: str
    note: str = ""
    turn: bool = False  # a turn marker (">>", "- ") opened it

    @property
    def speaker(self) -> str:
        return self.voice.speaker


@dataclass
class _Cue:
    line: int
    timestamp: str
    lines: list[tuple[int, str]] = field(default_factory=list)
    name: str = ""  # a subtitle's Name field (SubStation Alpha): who speaks, unless named


def _seconds(value: str) -> float:
    """'00:12:31.500' or '12:31,5' in seconds."""
    whole, _, fraction = value.replace(",", ".").partition(".")
    parts = [int(p) for p in whole.split(":")]
    hours, minutes, seconds = ([0] * (3 - len(parts)) + parts)[-3:]
    return hours * 3600 + minutes * 60 + seconds + float(f"0.{fraction or 0}")


# Digits as one shape: two times of the same shape ("00:12:31.500", "01:02:03.040") compare
# as strings as they do as times.
_SHAPE = str.maketrans("0123456789", "0000000000")


def _cue_start(timing: re.Match, number: int) -> str:
    """The start of the cue a timing line opens, as 'HH:MM:SS'.

    Raises ``ImportFileError`` when the cue ends before it starts: a file gone
    wrong, not words to place.
    """
    start, end = timing.group("start"), timing.group("end")
    if start.translate(_SHAPE) == end.translate(_SHAPE):
        backwards = end < start
    else:
        backwards = _seconds(end) < _seconds(start)
    if backwards:
        raise ImportFileError(
            f"This cue ends ({end}) before it starts ({start}); correct its timing line.",
            line=number,
        )
    if len(start) == 12 and start[2] == ":" and start[5] == ":":  # "00:12:31.500"
        return start[:8]
    return _timestamp(start)


def _timestamp(value: str) -> str:
    """'00:12:31.500' or '12:31,5' as 'HH:MM:SS'."""
    parts = value.replace(",", ".").split(".")[0].split(":")
    parts = ["0"] * (3 - len(parts)) + parts
    hours, minutes, seconds = (int(p) for p in parts)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}"


def _timing_error(number: int, found: str, *, srt: bool) -> ImportFileError:
    example = "00:01:02,000 --> 00:01:05,000" if srt else "00:01:02.000 --> 00:01:05.000"
    return ImportFileError(
        f"Expected a cue timing line like '{example}', found {found[:60]!r}.", line=number
    )


class _CueScanner:
    """Splits caption lines into cues; a timing line always starts one."""

    def __init__(self, lines: Sequence[str], first: int, *, srt: bool) -> None:
        self.lines = lines
        self.first = first
        self.srt = srt

    def _next_text(self, number: int) -> tuple[int, str] | None:
        for following in range(number + 1, len(self.lines) + 1):
            text = self.lines[following - 1]
            if text.strip():
                return following, text.strip()
            if not text:
                return None
        return None

    def cues(self) -> Iterator[_Cue]:
        cue: _Cue | None = None
        at_block_start, skipping = True, False
        for number, raw in enumerate(islice(self.lines, self.first - 1, None), self.first):
            text = raw.strip()
            if not raw or (not text and cue is None):
                at_block_start, skipping = True, False
                continue
            if not text or skipping:
                continue  # a line of spaces inside a cue, or a NOTE block
            timing = _TIMING.match(text)
            if timing:
                started = _cue_start(timing, number)
                if cue is not None:
                    yield self._close(cue)
                cue = _Cue(number, started)
                at_block_start = False
                continue
            if "-->" in text or _BROKEN_TIMING.match(text):
                # A timing line gone wrong is no words of the cue before it.
                raise _timing_error(number, text, srt=self.srt)
            if at_block_start:
                skipping = self._block_opening(number, text)
                at_block_start = False
                if not skipping and cue is not None:
                    yield self._close(cue)
                    cue = None
                continue
            if cue is None:
                raise _timing_error(number, text, srt=self.srt)
            # A word processor's line break within the line parts two caption lines.
            parts = (without_links(part).strip() for part in line_parts(text))
            cue.lines.extend((number, part) for part in parts if part)
        if cue is not None:
            yield self._close(cue)

    def _block_opening(self, number: int, text: str) -> bool:
        """A block opens with a cue number or identifier before its timing line, or a NOTE.

        True when the block is to be skipped (WebVTT NOTE, STYLE, REGION).
        """
        if not self.srt and text.startswith(("NOTE", "STYLE", "REGION")):
            return True
        if _STARTS_WITH_TIME.match(text):  # a timing line gone wrong ("00:01 -> 00:02")
            raise _timing_error(number, text, srt=self.srt)
        following = self._next_text(number)
        if following is None:
            raise _timing_error(number, text, srt=self.srt)
        if not _TIMING.match(following[1]):
            raise _timing_error(following[0], following[1], srt=self.srt)
        return False

    @staticmethod
    def _close(cue: _Cue) -> _Cue:
        # SRT without blank lines: the next cue's number ends this cue's text.
        if cue.lines and cue.lines[-1][1].isdigit():
            cue.lines.pop()
        return cue


def _clean(text: str) -> str:
    """A caption line's words: without override tags and formatting, spaces single."""
    if "{" in text:
        text = _OVERRIDE.sub("", text)
    if "<" in text:
        text = _TAG.sub("", text)
    return " ".join(text.split())


UNNAMED_TURN = (
    "A new speaker starts here (a “{mark}” turn marker) and the file does not say who: check "
    "who said these words."
)


SHARED_CUE = (
    " The {count} marked lines of this caption are {count} different people: give each its own "
    "speaker."
)


AFTER_QUESTION = (
    "Taken as the answer to a host's question, so not the host's: these words go to the "
    "default speaker; check who said them."
)


AFTER_A_QUESTION = (
    "Taken as the answer to {asker}'s question, so not {asker}'s: these words go to the "
    "default speaker; check who said them."
)


TAKING_TURNS = (
    "The guest's turn (dialogue dashes read as {host} and one guest in turn): these words "
    "go to the default speaker; check the turn."
)


HANDED_OVER = (
    "Given to {name}, whom the host's handover just before named (“{words}”): check who said them."
)


SELF_NAMED = (
    "Given to {name}, who names themselves as the turn opens: check who said them, and the "
    "name's spelling (captions mishear names)."
)


RECOGNISED = (
    "Given to {name}, whom the chair just before gave the floor (“{words}”): check who said "
    "them, and the name's spelling (captions mishear names)."
)

FIRST_NAME_CUE = (
    "“{label}” taken as {name}, whom the host named in full before: check who said them."
)
# The show's opening, where a host names themselves and who is on: its first host lines.
_OPENING_LINES = 12
# A host naming themselves in mixed case: "I'm Tamsin Velde, and across the table …".
_HOST_NAMES_SELF = re.compile(
    r"\bI(?:'|’)m (?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})(?=[,.!;]|\s+and\b|$)"
)

ASKED_BY_NAME = (
    "Given to {name}, whom the turn just before asked by name (“{words}”): check who said "
    "them, and the name's spelling (captions mishear names)."
)


HOSTS_HANDOVER = (
    "A turn nobody names that hands the turn over: read as the host's, {host}; check who said it."
)
# A host's welcome to the show: "GOOD EVENING, AND WELCOME TO THE CALDERBROOK MAYORAL DEBATE".
# "Welcome to …", "GOOD EVENING, AND WELCOME", "Welcome back": a welcome opening its clause
# (not "I welcome the report").
_WELCOME = re.compile(r"(?:^|[,.!:;]\s*)(?:and\s+)?welcome\b", re.IGNORECASE)


_VOICES_KEPT = 1024  # labels read, per file: a file of ever-new labels keeps memory flat


class _Speakers:
    """Who each caption line is spoken by, and what the file declares about hosts."""

    def __init__(self, hosts: list[str]) -> None:
        self.hosts = hosts
        self.introduced = ""  # a host naming themselves with the show: dashes take turns
        self.turn_note = ""  # for the line just read: the guest's turn, dashes taking turns
        self.back = False  # the line just read hands the turn back after a reaction
        self.cue_note = ""  # for the line just read: a lower-case cue that names nobody
        self._interrupted: _Voice | None = None  # who spoke before a marked reaction
        # A file names the same few voices on every line: each label is read once.
        self._voices: dict[tuple[str, bool], _Voice] = {}
        # A subtitle's Name field ("Chancellor") and the person a line under it named.
        self._named_by_field: dict[str, _Voice] = {}
        # Who the file has named: a later cue in another case ("bea lindqvist:") is theirs.
        self.participants = CueLabels()
        self.caps_host = False  # the host introduced themselves in capitals
        self.mixed_case = False  # a line in mixed case was read: capitals tell the host's
        self.handed: _Voice | None = None  # who the host's last words handed the turn to
        self._by_office: dict[str, str] = {}  # "councilman" → who a handover so named
        # The words of the turn of anyone but a host, so far (a chair's, nobody names, too).
        self._turn_words = ""
        self._host_lines = 0  # the host's lines read for the show's opening
        self._introduced: dict[str, set[str]] = {}  # first name → full names the host said

    def field_voice(self, label: str) -> _Voice:
        """The voice of a subtitle's Name field: the person a line under it named ("Chancellor"
        over "CHANCELLOR RACHEL HOLT: …" is Rachel Holt thereafter), else the field read as a
        tag (``voice``)."""
        return self._named_by_field.get(label) or self.voice(label)

    def name_field(self, label: str, voice: _Voice) -> None:
        """Take ``voice``, named in a line's words, as who the Name field ``label`` is."""
        if voice.speaker and len(self._named_by_field) < _VOICES_KEPT:
            self._named_by_field[label] = voice

    def voice(self, label: str, *, host: bool = False) -> _Voice:
        """The voice a tag names: "MAYA CHEN (HOST)" is Maya Chen, a host; "HOST" the
        declared host when there is only one, else the role as written; "Fei-Fei Li
        (Stanford)" is Fei-Fei Li, the affiliation a remark for the curator. ``host`` when the
        tag marks a host (``<v.host …>``)."""
        key = (label, host)
        voice = self._voices.get(key)
        if voice is None:
            if len(self._voices) >= _VOICES_KEPT:
                self._voices.clear()
            voice = self._voices[key] = self._read_voice(label, host=host)
        return voice

    def _read_voice(self, label: str, *, host: bool) -> _Voice:
        label = label.strip()
        role = role_cue(label)
        if role is None:  # "Lindqvist, Tobias", "Dana Wu | Contoso": a directory's name
            label, affiliation = directory_name(label) or without_affiliation(label)
            if " " not in label and (full := self._on_the_show(label)):
                # "RAVI:" after the host named "my co-host Ravi Castellano"
                host = host or any(names_same_person(full, h) for h in self.hosts)
                return _Voice(full, host, FIRST_NAME_CUE.format(label=label, name=full))
            label = self.participants.named(label)  # "ANA RUIZ" after "Dr. Ana Ruiz"
            host = host or any(names_same_person(label, h) for h in self.hosts)
            return _Voice(
                label, host, affiliation_remark(label, affiliation) if affiliation else ""
            )
        if role.name:  # "Raman, Priya (Guest)" is Priya Raman
            name = role.name.strip()
            return _Voice(self.participants.named(surname_first(name) or name), role.host)
        if role.host and len(self.hosts) == 1:
            return _Voice(self.hosts[0], True)
        return _Voice(label, role.host)

    def named(self, text: str, current: _Voice) -> tuple[_Voice, str, str]:
        """The voice a caption line names ("NAME:", "[Name]", ">> NAME:", "NAME (host):"), its
        words, and the turn marker it opens with ("" when none)."""
        mark = _TURN_MARK.match(text)
        body = text[mark.end() :] if mark else text
        interrupted, self._interrupted = self._interrupted, None  # only for the line after
        cue = _ROLE_CUE.match(body)
        if cue is not None and role_cue(cue.group("name")) is None:
            # "Update (March): …" names nobody; "LENA ORTIZ (STANFORD): …" names Lena Ortiz.
            cue = cue if without_affiliation(cue.group("name"))[1] else None
        if cue is None:
            cue = _TRANSCRIPT_CUE.match(body) or _BRACKET_CUE.match(body)
        placeholder = _PLACEHOLDER_CUE.match(body)
        if placeholder and is_placeholder(placeholder.group("name")):
            cue = placeholder
        marker = mark.group().strip() if mark else ""
        self.mixed_case = self.mixed_case or body != body.upper()
        label = cue.group("name").strip(".").lower() if cue else ""
        if label in _ANSWER_ROLES:  # "A: …" answers: after a host, nobody named; else the same
            answer = _Voice(note=AFTER_QUESTION) if current.host else current
            return answer, cue.group("rest").strip(), marker
        if cue and label not in _NOT_SPEAKERS and not _label_only(cue.group("name")):
            voice = self.voice(cue.group("name"))
            if asks_only(cue.group("name")):
                voice = _Voice(voice.speaker, True, asking=True)
            return voice, cue.group("rest").strip(), marker
        if cue is None and ":" in body:
            known, words, remark = self.participants.cue(body)
            if known:  # "bea lindqvist: …" after "Bea Lindqvist: …"
                return self.voice(known), words, marker
            self.cue_note = remark  # a lower-case cue naming nobody: the curator says who
        if mark is None and not (not self.hosts and " and " in body):
            return current, text, ""
        voice = self._unnamed(body.strip(), marker, current, interrupted)
        return voice, body.strip(), marker

    def _unnamed(
        self, body: str, marker: str, current: _Voice, interrupted: _Voice | None
    ) -> _Voice:
        """Who speaks a line no cue names, marked (``marker``) or not: a host naming
        themselves with the show; with such a host, the host or the guest in turn at a dialogue
        dash; the speaker a marked reaction interrupted; else, marked, nobody (the curator
        says who), and unmarked, the speaker before (``current``). ``interrupted``: who spoke
        before the line before, when that was a marked reaction."""
        if not self.hosts and (introduced := self._introduction(body)):
            return introduced
        if not marker:
            return current
        if (voice := self._anchor_or_handed(body) or self._self_named(body)) is not None:
            return voice
        if self.introduced and marker in _DIALOGUE_DASHES:
            return self._in_turn(current)
        if interrupted is not None:
            # ">> wow okay by next year huh" / ">> yes by next year": the speaker goes on.
            self.back = True
            return interrupted
        if is_reaction(body):
            self._interrupted = current
        return _Voice()

    def _self_named(self, body: str) -> _Voice | None:
        """The speaker of a marked turn that opens with them naming themselves (">> GOOD
        EVENING, MY NAME IS TERESA VOLK, …"), with a remark; None when it does not."""
        name = self_named(body)
        if not name:
            return None
        shown = self.participants.named(display_name(name))
        return replace(self.voice(shown), note=SELF_NAMED.format(name=shown))

    def _introduction(self, body: str) -> _Voice | None:
        """The host a line declares, naming themselves with the show: "I'm Nadia Khoury, and
        this is The Evening Brief."; in capitals, "I'M BRADLEY HOLLOWAY, AND THIS IS", whose
        later lines in capitals, in captions otherwise in mixed case, are theirs."""
        introduced = host_self_introduction(body)
        if not introduced and (caps := caps_host_introduction(body)):
            introduced, self.caps_host = display_name(caps), True
        if not introduced:
            return None
        self.hosts.append(introduced)
        self.introduced = introduced
        self._voices.clear()
        return self.voice(introduced)

    def _anchor_or_handed(self, body: str) -> _Voice | None:
        """Who speaks a marked line nobody names: the anchor who introduced themselves in
        capitals, for a line in capitals (">> COUNCILMAN, QUICKLY, TAXES?") once mixed case
        has been read; else the person the host's handover named, once; else None."""
        if self.caps_host and self.mixed_case and body.isupper() and body.count(" ") > 1:
            return self.voice(self.introduced)
        handed, self.handed = self.handed, None
        if handed is None and len(self.hosts) == 1 and self._hands_to_participant(body):
            # ">> LET HER FINISH, MAYOR. COUNCILLOR QURESHI.": handing the turn over is the
            # host's part
            host = self.voice(self.hosts[0])
            return replace(host, note=HOSTS_HANDOVER.format(host=display_name(host.speaker)))
        return handed

    def _hands_to_participant(self, body: str) -> bool:
        """Whether ``body`` hands the turn to someone the file has named ("LET HER FINISH,
        MAYOR. COUNCILLOR QURESHI." after the host named Nadia Qureshi)."""
        who = handover(body)
        name = handover_title(who)[1] if who else ""
        return bool(name) and bool(self.participants.known(display_name(name)))

    def hand_over(self, voice: _Voice, words: str, *, opens: bool = True) -> None:
        """Read a line's words for a host's handover naming who speaks next ("MAYOR GRACE
        OKONKWO, YOU'RE FIRST."), or a council chair's turn nobody names giving the floor
        ("THE CHAIR RECOGNIZES" / "COUNCIL MEMBER ABERNATHY.", read with the turn's lines
        before unless the line ``opens`` a turn): the next turn nobody names is theirs, with
        a remark. A line of anyone else ends what a handover gave."""
        if not voice.host and voice.speaker:
            if not self.hosts and _WELCOME.search(words):
                # "SARAH LINDQVIST: GOOD EVENING, AND WELCOME TO THE CALDERBROOK MAYORAL
                # DEBATE": who opens the show hosts it, and hands the turns over.
                self.hosts.append(voice.speaker)
                self._voices.clear()
            if voice.speaker in self.hosts:
                voice = replace(voice, host=True)
        if not voice.host:
            self.handed = None
            self._turn_words = words if opens else f"{self._turn_words} {words}"[-400:]
            if not voice.speaker:  # a chair's turn runs on across lines and cues
                # "… TO COUNCILMEMBER ROSALIND HALE.", a list over several caption lines
                for member in members_in_full(self._turn_words):
                    self.participants.named(display_name(member))
                if who := recognised(self._turn_words):
                    self._recognised(who, self._turn_words)
            if self.handed is None and (asked := addressed_question(self._turn_words)):
                self._asked(asked, self._turn_words, voice.speaker)
            return
        self._opening(voice, words)
        who = handover(words)
        name = self._handed_name(who) if who else ""
        self._turn_words = words if opens else f"{self._turn_words} {words}"[-400:]
        if name:
            self.handed = _Voice(name, note=HANDED_OVER.format(name=name, words=words.strip()))
        elif asked := addressed_question(self._turn_words):
            # "… COMMISSIONER TWOMBLY, COUNTY ROAD 14 IS IN YOUR DISTRICT.": a host's turn
            # ending said to someone named before, who answers next.
            self._asked(asked, self._turn_words, voice.speaker)

    def _opening(self, voice: _Voice, words: str) -> None:
        """Read a host's line in the show's opening: a host tagged by role alone ("[Host]")
        naming themselves ("I'm Tamsin Velde, and …") is that person from then on; every
        full name the host says ("my co-host Ravi Castellano", "the CEO of Fjellvik Cycles,
        Ingrid Morrow-Tate") is a participant a first-name cue ("RAVI:") may name; so are
        the guests a host names later ("WITH ME, MAYOR TOM ACHTERBERG AND …")."""
        for guest in hosts_guests(words):
            self.participants.named(display_name(guest))
        if self._host_lines >= _OPENING_LINES:
            return
        self._host_lines += 1
        role = role_cue(voice.speaker) if voice.speaker else None
        if not self.hosts and role is not None and role.host and not role.name:
            found = _HOST_NAMES_SELF.search(words)
            if found and reads_as_name(found["name"]):
                self.hosts.append(found["name"])
                self._voices.clear()
        if words.isupper():  # capitals: the names are read by the caption rules
            return
        for name in names_in(words):
            if " " in name and person_name(name) and len(self._introduced) < _VOICES_KEPT:
                self._introduced.setdefault(person_key(name.split()[0]), set()).add(name)

    def _on_the_show(self, label: str) -> str:
        """The one person the host's opening named in full with the first name ``label``
        ("RAVI" after "my co-host Ravi Castellano"), or ""."""
        names = self._introduced.get(person_key(label), set()) if self._introduced else ()
        return next(iter(names)) if len(names) == 1 else ""

    def _recognised(self, who: str, words: str) -> None:
        """Read a council chair's turn nobody names giving the floor to ``who`` ("THE CHAIR
        RECOGNIZES COUNCIL MEMBER ABERNATHY."): the next turn nobody names is theirs, with a
        remark (``council_captions.recognised``)."""
        name = self._handed_name(who)
        if name:
            self.participants.named(name)  # asked by surname later: "DIRECTOR RUIZ, …?"
            self.handed = _Voice(name, note=RECOGNISED.format(name=name, words=words.strip()))

    def _asked(self, name: str, words: str, asker: str) -> None:
        """Read a turn of ``asker`` ending in a question said to ``name`` ("MR. NAKASHIMA, …
        SO WHAT HAPPENS IF IT COMES IN LOW?"): the next turn nobody names is the answer of
        that person, when the file named them before and they are not the asker (who names
        themselves so: "HI. MARGUERITE TOLLIVER, I OWN …"), with a remark
        (``council_captions.addressed_question``)."""
        known = self.participants.known(display_name(name))
        if known and known != asker:
            self.handed = _Voice(known, note=ASKED_BY_NAME.format(name=known, words=words.strip()))

    def _handed_name(self, who: str) -> str:
        """The person a handover names: a name the file gave before ("Priya" after "Priya
        Nair"), a full name or an office and a surname as written, titles dropped ("Grace
        Okonkwo"); an office alone, the person a handover last named by it ("COUNCILMAN");
        "" for one word naming nobody known ("Markets")."""
        office, name = handover_title(who)
        if not name:
            return self._by_office.get(office, "")
        name = display_name(name)
        known = self.participants.known(name)
        if not known and not office and " " not in name:
            return ""
        name = known or name
        if office and len(self._by_office) < _VOICES_KEPT:
            self._by_office[office] = name
        return name

    def _in_turn(self, current: _Voice) -> _Voice:
        """Who a dialogue dash hands the turn to, the host and one guest taking turns: the
        guest after the host or after a question handed over, else the host. Each guest's
        turn so read says so where it starts (``turn_note``), for the curator to check."""
        guest_spoke = not current.host and (bool(current.speaker) or not current.note)
        if guest_spoke:
            return self.voice(self.introduced)
        self.turn_note = TAKING_TURNS.format(host=self.introduced)
        return _Voice()

    def next_voice(self, pieces: list[_Piece]) -> _Voice:
        """Who an untagged cue after ``pieces`` (a cue's) is spoken by: the same voice as the
        last, except after a question handed over. After a host's question, even with a
        prompt after it ("Will rates fall? Take your time."), and after a cue of anyone that
        only asks ("KEVIN ROOSE: Will AI take jobs?", an interviewer's turn), the answer is
        someone else's: nobody named, the curator says who (``parsing.asks``)."""
        last = pieces[-1]
        run = []
        for piece in reversed(pieces):
            if piece.voice != last.voice:
                break
            run.append(piece.text)
        words = " ".join(reversed(run))
        if last.voice.host and self.handed is not None:
            return self.handed  # ends once its words are read (``hand_over``)
        if last.voice.asking or (last.voice.host and asks(words)):
            return _Voice(note=AFTER_QUESTION)
        if last.voice.speaker and only_asks(words):
            return _Voice(note=AFTER_A_QUESTION.format(asker=last.voice.speaker))
        return last.voice


def _hosts_named(text: str, *, in_note: bool) -> list[str]:
    """The names a "Hosts: Maya Chen and Omar Haddad" line declares; in a cue only the plural
    declares ("HOST: Welcome back" is a host speaking), in a NOTE block "Host:" too."""
    match = _HOSTS.match(text.strip())
    if not match or not (in_note or match.group("label").lower().endswith("s")):
        return []
    names = [n.strip(" *_.") for n in re.split(r",|&|\band\b", match.group("names"))]
    if all(n and len(n.split()) <= 4 and all(w[:1].isupper() for w in n.split()) for n in names):
        return names
    return []


def _declared_hosts(lines: Sequence[str], first: int) -> list[str]:
    """Hosts a caption file declares: in its cues (from line ``first``), and in WebVTT NOTE
    blocks and the header (before ``first``)."""
    hosts: list[str] = []
    in_note = first > 1  # a WebVTT header, up to the first blank line
    for number, raw in enumerate(lines, 1):
        text = raw.strip()
        if not text:
            in_note = False
            continue
        in_note = in_note or text.startswith("NOTE") or number < first
        if text[0] in _HOSTS_FIRST:  # most lines: a cue's time or words
            hosts.extend(_hosts_named(text, in_note=in_note))
    return hosts


# Who speaks a cue's untagged words: the voice before it, or the pieces of the cue before,
# whose voice is read (``_Speakers.next_voice``) only when words need it: most caption files
# tag every line with its voice.
_Current = _Voice | Callable[[], _Voice]


def _current(voice: _Current) -> _Voice:
    return voice if isinstance(voice, _Voice) else voice()


def _voices(text: str, current: _Current, speakers: _Speakers) -> Iterator[tuple[_Voice, str]]:
    """(voice, words) for each voice span of a line; text before any span keeps ``current``."""
    parts = _VOICE.split(text)
    if parts[0].strip():
        yield _current(current), parts[0]
    for classes, name, words in zip(parts[1::3], parts[2::3], parts[3::3], strict=True):
        host = any(c in HOST_ROLES for c in classes.lower().split("."))  # "<v.host …>"
        yield speakers.voice(name, host=host), words


def _line_pieces(
    number: int, raw: str, cue: _Cue, voice: _Current, speakers: _Speakers
) -> Iterator[_Piece]:
    if "<v" in raw:
        for each, words in _voices(raw, voice, speakers):
            yield _Piece(each, _clean(words), number, cue.timestamp)
        return
    for part in _inline_turns(_clean(raw)):
        named, text, marker = speakers.named(part, _current(voice))
        speakers.hand_over(named, text, opens=bool(marker))
        note = UNNAMED_TURN.format(mark=marker) if marker and not named.speaker else ""
        if speakers.turn_note:  # the guest's turn, host and guest taking turns
            note, speakers.turn_note = speakers.turn_note, ""
        if speakers.back:  # back to the speaker a reaction interrupted: no new speaker
            note, speakers.back = "", False
        turn = bool(marker)
        if speakers.cue_note:  # "bea lindqvist: …" naming nobody: its own statement, asked
            note, speakers.cue_note, turn = speakers.cue_note, "", True
        voice = named
        yield _Piece(named, text, number, cue.timestamp, note=note, turn=turn)


# A ">>" turn marker inside a caption line, after some words: "COUNCIL MEMBER OKAFOR? >> HERE."
_INLINE_TURN = re.compile(r"(?<=\S)\s+(?=>>)")


def _inline_turns(text: str) -> list[str]:
    """A caption line's parts, split before each ">>" that follows words on the line (a change
    of speaker mid-line, as auto-captions put it: "RUN OUT BY 2028. >> THE LIBRARY HOURS");
    the whole line when it has none."""
    if ">>" not in text[1:]:
        return [text]
    return [part for part in _INLINE_TURN.split(text) if part.strip()]


def _cue_pieces(
    cue: _Cue, voice: _Current, previous: set[str], cleaned: list[str], speakers: _Speakers
) -> list[_Piece]:
    """The pieces of a cue's lines (``cleaned``: each line's words, case-folded), leaving
    out the lines the cue before held (``previous``) and "Hosts:" lines."""
    pieces: list[_Piece] = []
    if cue.name:  # the Name field speaks, unless the words name someone
        voice = field = speakers.field_voice(cue.name)
    for (number, raw), words in zip(cue.lines, cleaned, strict=True):
        if words in previous:
            continue  # a rolling caption's repeat, turn marker and all (">> so will rates fall")
        if raw.lstrip()[:1] in _HOSTS_FIRST and _hosts_named(raw, in_note=False):
            continue  # "Hosts: …" declares, it is nobody's statement
        if chat_notice(_clean(raw)):
            continue  # a meeting tool's notice: "Recording started", "Mark Osei left the chat"
        for piece in _line_pieces(number, raw, cue, voice, speakers):
            voice = piece.voice
            if cue.name and voice != field:
                speakers.name_field(cue.name, voice)
            if piece.text and piece.text.casefold() not in previous:
                pieces.append(piece)
    return _shared(pieces)


def _shared(pieces: list[_Piece]) -> list[_Piece]:
    """A caption's marked lines nobody names ("- Oil will be at $100." / "- No, it will drop.")
    are several people, all given to the default speaker: each says so, so that the curator
    does not take them for one person's."""
    unnamed = [p for p in pieces if p.turn and not p.speaker]
    if len(unnamed) < 2:
        return pieces
    extra = SHARED_CUE.format(count=len(unnamed))
    return [replace(p, note=p.note + extra) if p in unnamed else p for p in pieces]


def _turns(pieces: Iterable[_Piece]) -> Iterator[list[_Piece]]:
    """Consecutive pieces of one voice; a turn marker opens a new turn."""
    turn: list[_Piece] = []
    for piece in pieces:
        if turn and (piece.voice != turn[-1].voice or piece.turn):
            yield turn
            turn = []
        turn.append(piece)
    if turn:
        yield turn


def _statement(piece: _Piece, text: str, note: str = "") -> Statement:
    return Statement(
        piece.speaker,
        text,
        piece.line,
        0,
        piece.timestamp,
        note=note or piece.note or piece.voice.note,
        host=piece.voice.host,
        narration=piece.voice.asking,
    )


def _turn_statements(turn: list[_Piece]) -> Iterator[Statement]:
    """Split a turn into sentences, each located at the cue where it starts.

    A reaction tag ending a cue ("[LAUGHTER]", "(laughs)") ends the sentence there; tags are
    no words of the quote. Auto-generated captions have no punctuation: there the caption
    lines are joined into clauses by their words (``claims.importing.unpunctuated``).
    """
    run: list[_Piece] = []
    for piece in turn:
        words, closed = drop_reaction_tags(piece.text)
        if words:
            run.append(piece)
        if closed and run:
            yield from _run_statements(run)
            run = []
    if run:
        yield from _run_statements(run)


def _run_statements(turn: list[_Piece]) -> Iterator[Statement]:
    text = " ".join(piece.text for piece in turn)
    if len(turn) > 1 and not _SENTENCE_MARK.search(drop_reaction_tags(text)[0]):
        fragments = [
            Fragment(drop_reaction_tags(piece.text)[0], index) for index, piece in enumerate(turn)
        ]
        for index, words, note in statements(fragments):
            yield _statement(turn[index], words, note or turn[0].note)
        return
    starts, offset = [], 0
    for piece in turn:
        starts.append(offset)
        offset += len(piece.text) + 1
    sentences = list(split_sentences(text))
    # A host's prompts after the question ("Take your time.") hand the turn over: no claim.
    prompts = (
        prompts_after_question([s for _, s in sentences]) if turn[0].voice.host else len(sentences)
    )
    index = 0
    for number, (start, sentence) in enumerate(sentences):
        while index + 1 < len(starts) and starts[index + 1] <= start:
            index += 1
        quote = tidy_quote(sentence)
        if quote:
            statement = _statement(turn[index], quote, turn[0].note)
            yield replace(statement, narration=True) if number >= prompts else statement


def transcript_statements(
    lines: Sequence[str], sections: list[Section], *, file_format: str
) -> Iterator[Statement]:
    """WebVTT or SRT cues into statements, a turn at a time; a cue without a speaker tag
    keeps the last one. ``sections`` (empty when given) gets the file's one section, with
    the hosts it declares. Raises ``ImportFileError`` naming the line of a malformed cue."""
    first = 1
    if file_format in (PLAIN_CAPTIONS, SSA):
        # No cue numbers nor header: the captions start at their first turn marker, the
        # events at their first Dialogue line.
        first = len(lines) + 1
    elif file_format != SRT:
        if not lines or not lines[0].lstrip("\ufeff").startswith("WEBVTT"):
            found = lines[0].strip()[:60] if lines else ""
            raise ImportFileError(
                f"A WebVTT file must start with a line 'WEBVTT', found {found!r}: add the "
                "header, or import the file as SRT.",
                line=1,
            )
        first = next((n for n, text in enumerate(lines, 1) if not text.strip()), len(lines) + 1)
    speakers = _Speakers(_declared_hosts(lines, first))
    # The same list: a host naming themselves in the first cues is added to it as read.
    sections.append(Section(index=0, line=1, hosts=speakers.hosts))
    said = False
    question, asker = "", None  # the last turn's closing question, and whose it was
    withheld: list[int] = []  # lines of cues whose words were (partly) off the record
    cues = _cues(lines, first, file_format)
    pieces = _pieces(cues, speakers)
    for turn in _turns(_on_record(pieces, withheld)):
        said = True
        opening = True
        for said_now in map(_procedure_read, _turn_statements(turn)):
            if opening and question and turn[0].voice != asker and not said_now.narration:
                yield replace(said_now, asked=question)  # "REYES: They will."
            else:
                yield said_now
            opening = opening and said_now.narration
        # A question stands, for each who answers it in turn, until its asker speaks again.
        asking = last_question(" ".join(piece.text for piece in turn))
        if asking or turn[0].voice == asker:
            question, asker = asking, turn[0].voice
    for line in withheld:  # counted in the plan's notes; no word of them travels
        yield Statement("", "", line, 0, narration=True, note=OFF_RECORD)
    if not said and not withheld:
        raise ImportFileError(f"No cues with text were found in this {file_format} file.")


def _procedure_read(statement: Statement) -> Statement:
    """``statement``, as narration (nobody's claim) when it is a council meeting's procedure
    ("COUNCIL MEMBER OKAFOR?", ">> HERE.", "MOTION CARRIES.": ``council_procedure``)."""
    if statement.narration or not council_procedure(statement.text):
        return statement
    return replace(statement, narration=True)


def _cues(lines: Sequence[str], first: int, file_format: str) -> Iterator[_Cue]:
    """The file's cues, by its format, from line ``first`` (1-based) for WebVTT and SRT."""
    if file_format == PLAIN_CAPTIONS:
        return _plain_cues(lines)
    if file_format == SSA:
        return _substation_cues(lines)
    return _CueScanner(lines, first, srt=file_format == SRT).cues()


# Captions saved as plain text, without cue numbers or timings: a municipal video portal's
# "Captions" download, a caption file pasted into notes. Its turn markers (">>") say it.
PLAIN_CAPTIONS = "captions"
_PLAIN_TURN = re.compile(r"^\s*>>(?!>)")
_MIN_PLAIN_TURNS = 8  # turn markers opening a line, at least
_PLAIN_SHARE = 4  # and at least one line in four with words opens with one


def plain_captions(lines: Sequence[str]) -> bool:
    """Whether notes are captions saved as plain text: many lines open with a turn marker
    (">> THANK YOU, MAYOR."), and no line is a cue's timing."""
    filled = [line for line in lines if line.strip()]
    turns = sum(1 for line in filled if _PLAIN_TURN.match(line))
    if turns < _MIN_PLAIN_TURNS or turns * _PLAIN_SHARE < len(filled):
        return False
    return not any("-->" in line for line in filled)


def _plain_cues(lines: Sequence[str]) -> Iterator[_Cue]:
    """Plain-text captions' lines as cues of one line each, from the first turn marker: the
    title, date and heading above it are the portal's."""
    start = next((n for n, line in enumerate(lines, 1) if _PLAIN_TURN.match(line)), len(lines))
    for number, line in enumerate(islice(lines, start - 1, None), start):
        if line.strip():
            yield _Cue(number, "", [(number, without_links(line).strip())])


def _substation_cues(lines: Sequence[str]) -> Iterator[_Cue]:
    """A SubStation Alpha file's Dialogue lines as cues (``substation.events``)."""
    for event in events(lines):
        # ``events`` refuses a start or an end that is no time: this timing always matches.
        timing = _TIMING.match(f"{event.start} --> {event.end}")
        yield _Cue(event.line, _cue_start(timing, event.line), [(event.line, event.text)],
                   name=event.name)  # fmt: skip


def _on_record(pieces: Iterable[_Piece], withheld: list[int]) -> Iterator[_Piece]:
    """The pieces without their off-record passages, as in notes (``claims.importing.asides``):
    a piece wholly off the record is left out, and its line noted in ``withheld``."""
    for piece in pieces:
        kept, off = without_off_record(piece.text)
        if not off:
            yield piece
            continue
        withheld.append(piece.line)
        if kept:
            yield replace(piece, text=kept)


def _pieces(cues: Iterable[_Cue], speakers: _Speakers) -> Iterator[_Piece]:
    voice: _Current = _Voice()
    previous: set[str] = set()
    for cue in cues:
        cleaned = [_clean(text).casefold() for _, text in cue.lines]
        found = _cue_pieces(cue, voice, previous, cleaned, speakers)
        previous = set(cleaned)
        if found:
            voice = partial(speakers.next_voice, found)  # read if the next cue needs it
            yield from found
