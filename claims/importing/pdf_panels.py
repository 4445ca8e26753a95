"""A conference panel's transcript as its text is exported from a PDF, read as notes
(``shaped``).

The proceedings' layout: on every page a running header (the event's name and the page's
number, "NORDIC SUMMIT 2026 — PROCEEDINGS      14"; or the event, place and date), a
running footer ("© Nordic Summit 2026. Transcript edited for length and clarity.",
"Page 3 of 12"), bare page numbers ("14", "— 14 —"), form-feed characters between pages;
then the panel's title, a declaration of who speaks ("Moderator: Dr. Ada Lind (University
of Bergen)", "Panellists: Kari Holm (CEO, Fjord AS); Ian Roe (Marine Institute)", wrapped
over lines), and turns cued by surname in capitals ("HOLM: …") whose words are wrapped at
the page's width, words hyphenated across a line's end ("pass-" / "word") and sentences
broken across a page's end.

Read here: the page's chrome is no one's words (``pdf_chrome``); a surname cue is the
declared person ("HOLM:" is Kari Holm), a cue naming someone in brackets is that person
("AUDIENCE MEMBER (Per Lie, Dagbladet):" is Per Lie); a turn's lines are joined, a word
hyphenated at a line's end whole again (``joined_lines``), and each sentence is written on
the line where it starts. No claims: the front matter, the moderator's turns (procedure,
as a chair's) and stage directions on a line of their own ("[Applause]").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from claims.importing.hansard import presiding_officer
from claims.importing.names import is_placeholder, reads_as_name, untitled
from claims.importing.shaped import Reshaped, cued

_FORM_FEED = "\f"
# A page's number alone: "14", "— 14 —", "- 3 -", "Page 3 of 12", "p. 7", "3 / 12".
_PAGE_NUMBER = re.compile(
    r"^[-–—|·•\s]*(?:(?:page|p\.|pg\.?)\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[-–—|·•\s]*$",
    re.IGNORECASE,
)
# A running header or footer with the page's number set apart by a wide gap:
# "NORDIC SUMMIT 2026 — PROCEEDINGS      14", "14      NORDIC SUMMIT 2026".
_NUMBERED_RUNNING = re.compile(r"^(?:\S.*\S\s{3,}\d{1,4}|\d{1,4}\s{3,}\S.*\S)$")
_DIGITS = re.compile(r"\d+")
_RULE_ONLY = re.compile(r"^[-=_*~–—\s]{3,}$")
_RUNNING_MAX = 160

_DECLARATION = re.compile(
    r"^(?P<role>moderator|moderated by|chair|chaired by|host|panell?ists?|panel|speakers"
    r"|participants|on the panel)\s*[:—–-]\s*(?P<names>.+)$",
    re.IGNORECASE,
)
_NAME_SEPARATOR = re.compile(r"[;,]|\band\b|&")
_HOST_ROLES = frozenset({"moderator", "moderated by", "chair", "chaired by", "host"})
# A cue: "HAUGLAND:", "DR HAUGLAND:", "AUDIENCE MEMBER (Per Lie, Dagbladet):", "Haugland:";
# no number in it ("PANEL 3: GOING OFFSHORE" is a title).
_CUE = re.compile(
    # "*SHRI RAJESH VERMA (KANPUR):": a record's star marks a translated speech.
    r"^\*?(?P<label>[A-ZÀ-Þ](?:[^\W\d]|['’.-])*(?:\s+(?:[^\W\d]|['’.-])+){0,3})"
    r"(?:\s*\((?P<bracket>[^()]{1,80})\))?:\s*(?P<rest>.*)$"
)
_HOST_CUES = frozenset({"moderator", "the moderator", "chair", "the chair", "host"})
# A stage direction or a line in capitals alone: "[Applause]", "(Laughter)", "END OF SESSION".
_STAGE = re.compile(
    r"^\[[^\]]{1,40}\]$|^\((?i:laughter|applause|inaudible|crosstalk)\)$"
    r"|^(?=.*[A-ZÀ-Þ]{2}.*\s.*[A-ZÀ-Þ]{2})[^a-zß-ÿ:]+$"
)
# A sentence's end: where the next sentence starts (not after "Dr." or "Mr.").
_SENTENCE_END = re.compile(
    r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)(?<!\bProf)(?<!\bNo)"
    r"[.!?…][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-ZÀ-Þ0-9])"
)
# A word's first part that keeps its hyphen at a line's end: "semi-" / "submersible".
_HYPHEN_PREFIXES = frozenset(
    (
        *("self", "semi", "non", "co", "ex", "cross", "multi", "well", "long", "short"),
        *("high", "low", "all", "half", "mid", "full", "part", "first", "second", "third"),
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
        *("twenty", "thirty", "forty", "fifty", "hundred", "year", "day", "week", "month"),
        *("world", "state", "small", "large", "medium", "open"),
    )
)
# A compound's second part that keeps the hyphen before it: "ammonia-" / "fuelled ships".
_HYPHEN_SUFFIXES = frozenset(
    (
        *("based", "owned", "led", "term", "scale", "free", "like", "style", "friendly"),
        *("driven", "powered", "fuelled", "fueled", "related", "wide", "old", "time"),
        *("level", "grade", "class", "made", "built", "run", "backed", "funded", "focused"),
        *("oriented", "specific", "sized", "making", "intensive", "neutral", "ready"),
    )
)
_HYPHENATED_END = re.compile(r"(?<![\w-])([^\W\d_]+)-$")
_WORD_START = re.compile(r"^([^\W\d_][\w'’-]*)")


def pdf_chrome(lines: Sequence[str]) -> frozenset[int]:
    """The 1-based numbers of ``lines`` that are a PDF page's chrome: a page's number
    alone ("14", "— 14 —", "Page 3 of 12"), a running header or footer with the page's
    number set apart ("NORDIC SUMMIT 2026 — PROCEEDINGS      14"), and a line repeated on
    the pages (its digits aside) that is the document's first or last, or sits right by a
    page's end (a form feed, a page's number): "© Nordic Summit 2026. Transcript edited.",
    "Nordic Summit · Bergen · 4 June 2026". A line said twice in a turn ("Thank you.") is
    not one unless it is at a page's end and repeated."""
    texts = [_plain(line) for line in lines]
    shapes = Counter(_DIGITS.sub("#", text) for text in texts if text)
    filled = [number for number, text in enumerate(texts, start=1) if text]
    ends = {filled[0], filled[-1]} if filled else set()
    found: set[int] = set()
    for number, text in enumerate(texts, start=1):
        if not text or len(text) > _RUNNING_MAX or _RULE_ONLY.match(text):
            continue  # a rule ("-----", "=====") sets turns apart on any page: no page's chrome
        numbered = _NUMBERED_RUNNING.match(lines[number - 1].strip()) is not None and (
            shapes[_DIGITS.sub("#", text)] > 1 or text.isupper()
        )
        at_an_end = _FORM_FEED in lines[number - 1] or number in ends
        if _PAGE_NUMBER.match(text) or numbered or (at_an_end and _running(text, shapes)):
            found.add(number)
    # The same running line on the other pages, wherever it falls.
    running = {_DIGITS.sub("#", texts[number - 1]) for number in found}
    for number, text in enumerate(texts, start=1):
        if text and _DIGITS.sub("#", text) in running and _CUE.match(text) is None:
            found.add(number)
    return frozenset(found)


def _plain(line: str) -> str:
    return " ".join(line.replace(_FORM_FEED, " ").split())


def _running(text: str, shapes: Counter) -> bool:
    """A line at a page's end that repeats on the pages (its digits aside) and is no cue."""
    return shapes[_DIGITS.sub("#", text)] > 1 and _CUE.match(text) is None


def joined_lines(first: str, second: str, *, document: str = "") -> str:
    """Two wrapped lines of prose as one: with a space, or, where ``first`` ends in a word
    hyphenated at the line's end and ``second`` goes on in lower case, the word whole
    ("pass-" + "word is …" → "password is …"). The hyphen stays where it is a word's own:
    before a capital or a digit ("Lars-" + "Erik"), after a prefix that keeps one
    ("semi-" + "submersible"), before a compound's second part ("ammonia-" + "fuelled"), or
    where ``document`` writes the word with it elsewhere.

    >>> joined_lines("mortality is un-", "der three per cent.")
    'mortality is under three per cent.'
    """
    first, second = first.rstrip(), second.strip()
    hyphen = _HYPHENATED_END.search(first)
    if hyphen is None or first.endswith("--"):
        return f"{first} {second}" if first else second
    start = _WORD_START.match(second)
    if start is None or not second[0].islower():
        return first + second  # "Lars-" + "Erik Dahl", "pre-" + "2020"
    before, after = hyphen.group(1), start.group(1)
    keep = (
        before.lower() in _HYPHEN_PREFIXES
        or after.lower() in _HYPHEN_SUFFIXES
        or (f"{before}-{after}" in document and f"{before}{after}" not in document)
    )
    return first + second if keep else first[:-1] + second


class _Panel:
    """Who the declaration names: a surname's (upper case) full name, and the hosts'."""

    def __init__(self) -> None:
        self.by_surname: dict[str, str] = {}
        self.hosts: set[str] = set()

    def declare(self, role: str, names: str) -> None:
        """Read a declaration's names ("Dr. Ada Lind (University of Bergen)", "Kari Holm
        (CEO, Fjord AS); Ian Roe (…)") as people, hosts when ``role`` is the chair's."""
        plain = re.sub(r"\([^()]*\)", ",", names)
        for part in _NAME_SEPARATOR.split(plain):
            name = untitled(" ".join(part.split()).strip(" .")).strip()
            if not name or not reads_as_name(name):
                continue
            words = name.upper().split()
            for surname in {" ".join(words[-size:]) for size in (1, 2, 3) if size < len(words)}:
                if self.by_surname.get(surname, name) != name:
                    self.by_surname[surname] = ""  # two of one surname: the cue says not who
                else:
                    self.by_surname[surname] = name
            if role.lower() in _HOST_ROLES:
                self.hosts.add(name)

    def speaker(self, label: str, bracket: str) -> str | None:
        """Who a cue is: the declared person, the person named in brackets, "" for a host,
        the label as written for a cue in capitals no one declared; None for no cue."""
        surname = " ".join(untitled(label).upper().split())  # "HOLM", "DE WIT"
        if self.by_surname.get(surname):
            name = self.by_surname[surname]
            return "" if name in self.hosts else name
        if label.strip().lower() in _HOST_CUES or presiding_officer(label):
            return ""  # the moderator, a chamber's "HON. SPEAKER": the sitting's running
        seat = bracket and not any(char.isdigit() for char in bracket)  # no "(41:30)" time
        if seat and reads_as_name(label) and not is_placeholder(label):
            return label  # "SHRIMATI MEENA IYER (CHENNAI SOUTH)": a member with her seat
        if bracket:
            name = untitled(" ".join(bracket.split(",", maxsplit=1)[0].split()))
            if reads_as_name(name):
                return name
        if label.isupper() and not bracket:
            return label
        return None


def _names_only(text: str) -> bool:
    """Whether a declaration's first line names people only ("Dr. Ada Lind (University of
    Bergen)", "Kari Holm (CEO, Fjord AS); Ian Roe (Marine"), not a turn's sentence."""
    plain = re.sub(r"\([^()]*\)|\([^()]*$", ",", text)
    parts = [untitled(" ".join(part.split()).strip(" .")) for part in _NAME_SEPARATOR.split(plain)]
    parts = [part for part in parts if part]
    return bool(parts) and all(reads_as_name(part) for part in parts)


def _declarations(lines: Sequence[str], chrome: frozenset[int]) -> tuple[_Panel, int]:
    """The panel the opening declares, and the line its first turn opens (0: none)."""
    panel = _Panel()
    role, names = "", ""
    for number, raw in enumerate(lines, start=1):
        text = _plain(raw)
        if number in chrome:
            continue
        declared = _DECLARATION.match(text)
        if declared is not None and not _names_only(declared.group("names")):
            declared = None  # "CHAIR: We'll now open public comment." is a turn
        cue = _CUE.match(text)
        if declared is None and cue is not None and (cue.group("label").isupper()):
            if role:
                panel.declare(role, names)
            return panel, number
        if declared is not None:
            if role:
                panel.declare(role, names)
            role, names = declared.group("role"), declared.group("names")
        elif role and text:
            names = joined_lines(names, text)
        elif role:
            panel.declare(role, names)
            role, names = "", ""
    return panel, 0


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A PDF-exported panel's lines as notes (``shaped``), or None when the document shows
    no PDF page's chrome with cues in capitals, nor a declared panel whose surnames cue.

    Shape: as many lines as given; each sentence of a turn "Name: words" on the line where
    it starts, the lines it wraps onto blank; the page's chrome, the front matter, the
    moderator's turns and stage directions blank."""
    if not any(_CUE.match(line.strip()) for line in lines):
        return None
    chrome = pdf_chrome(lines)
    panel, first = _declarations(lines, chrome)
    if not first:
        return None
    caps_cues = sum(
        1
        for line in lines[first - 1 :]
        if (cue := _CUE.match(line.strip())) and cue.group("label").isupper()
    )
    declared = any(
        (cue := _CUE.match(line.strip()))
        and panel.by_surname.get(" ".join(untitled(cue.group("label")).upper().split()))
        for line in lines
    )
    if not (declared or (len(chrome) >= 2 and caps_cues >= 2)):
        return None
    out = [""] * len(lines)
    document = "\n".join(lines)
    speakers: set[str] = set()
    speaker, turn = "", []  # the turn's (line, text) pieces
    for number in range(first, len(lines) + 1):
        text = _plain(lines[number - 1])
        if number in chrome or not text:
            continue
        cue = _CUE.match(text)
        who = panel.speaker(cue.group("label"), cue.group("bracket") or "") if cue else None
        if who is not None:
            _write(out, speaker, turn, document)
            speaker, turn = who, [(number, cue.group("rest"))]
            speakers.add(who)
        elif _STAGE.match(text):
            continue
        else:
            turn.append((number, text))
    _write(out, speaker, turn, document)
    return Reshaped.of(out, speakers)


def _write(out: list[str], speaker: str, turn: list[tuple[int, str]], document: str) -> None:
    """Write a turn's sentences, each on the line where it starts (a host's: none)."""
    if not speaker or not turn:
        return
    for line, said in sentences_by_line(turn, document).items():
        out[line - 1] = cued(speaker, " ".join(said))


def sentences_by_line(turn: Sequence[tuple[int, str]], document: str = "") -> dict[int, list[str]]:
    """A turn's lines wrapped at a page's width ((line number, text), in order) as its
    sentences, each under the number of the line where it starts: the lines joined
    (``joined_lines``), split where a sentence ends before a capital or a digit.

    >>> sentences_by_line([(4, "We will close nine"), (5, "plants. Costs rose.")])
    {4: ['We will close nine plants.'], 5: ['Costs rose.']}"""
    if not turn:
        return {}
    joined, starts = "", []
    for number, text in turn:
        if not text:
            continue
        before = len(joined)
        joined = joined_lines(joined, text, document=document) if joined else text
        # Where the line's words begin in the joined text (a word made whole stays above).
        starts.append((number, before + (len(joined) - before - len(text))))
    sentences: dict[int, list[str]] = {}
    begin = 0
    for end in [m.end() for m in _SENTENCE_END.finditer(joined)] + [len(joined)]:
        sentence = joined[begin:end].strip()
        if sentence:
            line = max((n for n, at in starts if at <= begin), default=starts[0][0])
            sentences.setdefault(line, []).append(sentence)
        begin = end
    return sentences
