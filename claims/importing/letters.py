"""Letters: an investor letter, an open letter, a guest essay is its signer's.

YAML front matter ("---" / "author:" / "date:" / "---"), a salutation ("Dear fellow
shareholders,"), a closing ("Sincerely,", "Thank you, as always, …") and a signature block
("Ingrid Solberg" / "Chief Executive Officer, Halcyon Orbital, Inc."), or an opinion piece's
byline, name who speaks in the whole letter; they, its headings and its legal disclaimer are
no claim (``letter_layout``). Pure functions, no database.
"""

import datetime
import re
from collections.abc import Sequence
from itertools import islice

from claims.choices import DatePrecision, SourceKind
from claims.importing.front_matter import yaml_front_matter
from claims.importing.headings import date_line
from claims.importing.mail_parts import (
    CLOSING,
    CLOSING_WORDS,
    HEADING,
    ROLE_WORDS,
    SALUTATION,
    SIGN_DASH,
    Layout,
    sent_on,
    without_disclaimers,
)
from claims.importing.names import reads_as_name

_TAIL = 24
# What a role line never holds: a sentence's end ("Inc." is none) or a verb of saying.
_SENTENCE_END = re.compile(r"(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bJr)(?<!\bLLC)[.!?]$")
_CLAUSE = re.compile(r"(?i)\b(?:said|says|told|will|would|is|are|was|were|has|have)\b")
_BYLINE = re.compile(r"^\(?By\s+(?P<name>[^,;|()—–]+?)\s*(?:[,|—–].*)?\)?$")
_OPINION = re.compile(
    r"(?i)^(?:opinion|op-ed|guest\s+(?:essay|column|opinion)|commentary|comment|viewpoint"
    r"|perspective|letter\s+to\s+the\s+editor)(?:\s*[|:—–-].*)?$"
)
# A conformed signature, the signer's name typed after "/s/" where the hand would sign.
_CONFORMED = re.compile(r"^/s/\s*")


def letter_layout(lines: Sequence[str], today: datetime.date) -> Layout | None:
    """A letter's layout (see the module's docstring), or None when ``lines`` are no letter:
    a letter is signed under a closing or above the signer's role, or signed by a name alone
    (or "— Name") when it greets or its front matter's author is that name; or it is an
    opinion piece with a byline (``_op_ed``). Reads its opening and its last lines only."""
    front = yaml_front_matter(lines)
    greeting = _greeting(lines, front.end)
    skipped: set[int] = set(range(1, front.end + 1))
    tail = _last_lines(lines, front.end)
    tail = without_disclaimers(tail, lambda n: lines[n - 1].strip().strip("*_ "), skipped)
    tail, notes = _without_end_notes(lines, tail, skipped)
    signers, signed, sure = _signature(lines, tail)
    # Several signers of one letter (a firm's partners): whose each "we" is, is asked.
    signer = signers[0] if len(signers) == 1 else ""
    author = front.fields.get("author") or front.fields.get("by") or ""
    columnist, furniture = _op_ed(lines, front.end, tail)
    if not (sure or (signer and (greeting or signer == author)) or columnist):
        return None
    skipped.update(signed)
    skipped.update(furniture)
    signer = signer or columnist
    skipped.update(greeting)
    speaker = signer or ("" if signers else author)
    heading = speaker or " and ".join(signers)
    section = {"speaker": speaker if reads_as_name(speaker) else "", "heading": heading}
    # The signer writes the letter: a forecast it tells of someone it names is theirs, as
    # in an article's narration (``Section.author``).
    section["author"] = section["speaker"]
    # A letter signed part-way, then a note signed by another ("Sincerely," / "Helena
    # Marchetti-Osei" / "Chair and Chief Executive Officer", then "A Note from Our Chief
    # Financial Officer" signed by the CFO): each part is its signer's.
    first = _signed_part(lines, greeting[-1] if greeting else front.end, tail, signed)
    opens = {1: section}
    if first is not None and section["speaker"]:
        earlier, block = first
        skipped.update(block)
        opens = {1: {**section, "speaker": earlier, "heading": earlier}}
        opens[block[-1] + 1] = section
    # Its front matter's date, or its dateline above the salutation ("October 15, 2026").
    datelines = (sent_on(lines[n - 1].strip()) for n in greeting[:-1])
    found_on = sent_on(front.fields.get("date", "")) or next(filter(None, datelines), None)
    if found_on is not None:
        section.update(
            title=front.fields.get("title") or _title(lines, front.end) or f"Letter from {speaker}",
            published_on=found_on,
            precision=DatePrecision.DAY,
            kind=SourceKind.ESSAY,
        )
        if found_on > today:
            section["date_problem"] = f"({found_on:%d %B %Y}) is after today"
        for part in opens.values():  # the parts of one letter: one source
            part.update({k: v for k, v in section.items() if k not in ("speaker", "heading")})
    texts = _numbered_paragraphs(lines, front.end, skipped, notes) if notes else {}
    return Layout(opens=opens, skipped=skipped, texts=texts, letter=True)


def _signed_part(
    lines: Sequence[str], after: int, tail: list[int], signed: list[int]
) -> tuple[str, list[int]] | None:
    """The signer of a letter's first part and the lines of its block, when the letter is
    signed part-way by another than its last signer: a closing ("Sincerely,") with a name
    under it, then roles or a date, and words after it before the last signature. None when
    no such block stands between line ``after`` and the last signature (``signed``)."""
    if not signed:
        return None
    end = min(signed)
    for number in range(after + 1, end):
        if not _closing(lines[number - 1]):
            continue
        below = [n for n in range(number + 1, min(end, number + 6)) if lines[n - 1].strip()]
        if not below:
            return None
        name = _signed_name(lines[below[0] - 1])
        if not reads_as_name(name):
            continue
        block = [number, below[0]]
        for n in below[1:]:
            text = lines[n - 1].strip()
            if not (_role_line(text) or sent_on(text)):
                break
            block.append(n)
        if _words_between(lines, block[-1], end) and _signed_name(lines[end - 1]) != name:
            return name, block
    return None


def _words_between(lines: Sequence[str], start: int, end: int) -> bool:
    """Whether a sentence stands between lines ``start`` and ``end`` (not only headings)."""
    return any(_SENTENCE_END.search(lines[n - 1].strip()) for n in range(start + 1, end))


def _op_ed(lines: Sequence[str], after: int, tail: list[int]) -> tuple[str, list[int]]:
    """An opinion piece's author, by its byline ("By Tomas Lind", under an "Opinion" or
    "Guest essay" mark, or with the author's line at its foot: "Tomas Lind is chair of …"),
    and the lines of its mark, byline and author's line. ("", []) for any other article:
    a news story's byline names its reporter, not who says what it reports."""
    opening = [
        n for n in range(after + 1, min(len(lines), after + CLOSING) + 1) if lines[n - 1].strip()
    ][:6]
    found = next(
        ((n, m) for n in opening if (m := _BYLINE.match(lines[n - 1].strip().strip("*_ ")))), None
    )
    if found is None or not reads_as_name(found[1].group("name").strip()):
        return "", []
    number, byline = found
    name = byline.group("name").strip()
    marks = [n for n in opening if _OPINION.match(lines[n - 1].strip().strip("*_# "))]
    bio = [n for n in tail[-2:] if lines[n - 1].strip().strip("*_ ").startswith(f"{name} is ")]
    if not marks and not bio:
        return "", []
    return name, [number, *marks, *bio]


def _greeting(lines: Sequence[str], after: int) -> list[int]:
    """The numbers of a letter's salutation ("Dear fellow shareholders,") and of the titles
    above it ("# Q3 2026 Letter to Shareholders", "An open letter to the Mayor"); [] when
    none of its first lines greets."""
    seen: list[int] = []
    for number in range(after + 1, min(len(lines), after + CLOSING) + 1):
        text = lines[number - 1].strip().strip("*_ ")
        if not text:
            continue
        if SALUTATION.match(text):
            return [*seen, number]
        if len(seen) == 2 or not (HEADING.match(text) or _title_line(text)):
            return []
        seen.append(number)
    return []


def _title_line(text: str) -> bool:
    return len(text.split()) <= 12 and not text.endswith((".", "!", "?", ",", ":"))


def _last_lines(lines: Sequence[str], after: int) -> list[int]:
    """The numbers of the last ``_TAIL`` lines with words, after line ``after``."""
    numbers: list[int] = []
    number = len(lines)
    while number > after and len(numbers) < _TAIL:
        if lines[number - 1].strip():
            numbers.append(number)
        number -= 1
    return numbers[::-1]


# An end-note as a PDF's text gives it, its mark a plain number ("4 Harrowdale County
# Council, Place Scrutiny Panel, minutes of 14 January 2026, item 6."), and a page's number
# alone on its line.
_END_NOTE = re.compile(r"^(?P<mark>\d{1,2})\s+(?=\S)(?!(?:%|per\b|percent\b))")
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")


def _without_end_notes(
    lines: Sequence[str], tail: list[int], skipped: set[int]
) -> tuple[list[int], int]:
    """``tail`` without the end-notes and page numbers after the letter's last words (added
    to ``skipped``): a run of lines numbered 1, 2, 3 … (each mark one more than the one
    before), page numbers among or after them; and the number of end-notes. ``tail`` as it
    is and 0 when none close it."""
    end = len(tail)
    marks: list[int] = []
    while end:
        text = lines[tail[end - 1] - 1].strip()
        note = _END_NOTE.match(text)
        if note and (not marks or int(note["mark"]) in (marks[-1] - 1, marks[-1])):
            marks.append(int(note["mark"]))
        elif not _PAGE_NUMBER.match(text):
            break
        end -= 1
    if not marks or marks[-1] != 1:  # no run numbered from 1: no end-notes
        return tail, 0
    skipped.update(tail[end:])
    return tail[:end], marks[0]


# In a submission or a report with end-notes: a paragraph's number ("2.3 Our central
# forecast …"), a numbered heading ("4. Workforce"), a page's number alone, and an
# end-note's mark glued to the word or the year before it ("by the end of 2027.6",
# "2026-27.5", "level.2").
_PARAGRAPH_NUMBER = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.?\s+(?=\S)")
_NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}\.\s+[A-Z][^.!?:;]{0,60}$")
_GLUED_MARK = re.compile(
    r"(?:(?<=[A-Za-z\)\"”’])|(?<=\b(?:19|20)\d\d)|(?<=\b(?:19|20)\d\d-\d\d))"
    r"\.(?P<mark>\d{1,2})(?=\s+[A-Z“\"]|\s*$)"
)


def _numbered_paragraphs(
    lines: Sequence[str], after: int, skipped: set[int], notes: int
) -> dict[int, str]:
    """The words of a letter's lines with their paragraph numbers and the end-notes' marks
    (1 to ``notes``) taken off (line number → words); numbered headings and page numbers
    added to ``skipped``. Source of the layout: written evidence to a parliamentary
    committee and reports printed with end-notes, as a PDF's text gives them."""
    texts: dict[int, str] = {}
    for number in range(after + 1, len(lines) + 1):
        text = lines[number - 1].strip()
        if number in skipped or not text:
            continue
        if _PAGE_NUMBER.match(text) or _NUMBERED_HEADING.match(text):
            skipped.add(number)
            continue
        words = _PARAGRAPH_NUMBER.sub("", text)
        words = _GLUED_MARK.sub(
            lambda found: "." if int(found["mark"]) <= notes else found.group(), words
        )
        if words != text:
            texts[number] = words
    return texts


def _title(lines: Sequence[str], after: int) -> str:
    """The first heading among the lines after the front matter's, "" when none."""
    opening = islice(lines, after, after + CLOSING)
    return next((line.lstrip("#").strip() for line in opening if HEADING.match(line)), "")


def _signature(lines: Sequence[str], body: list[int]) -> tuple[list[str], list[int], bool]:
    """Who signs a letter and the lines of its closing and signature block: "Sincerely," /
    "Ingrid Solberg" / "Chief Executive Officer, …", "— Ingrid Solberg", "Thank you, …" /
    "Ingrid Solberg", a conformed signature above the typed name ("/s/ Ingrid Solberg"); and
    whether the block is surely one (a closing, a dash or a role, not a name alone). Every
    signer when several sign under one closing, each with a role ("Sincerely," / "Marta Ruiz"
    / "Managing Partner" / "Owen Park" / "Chief Operating Officer"). ([], [], False) when its
    last lines sign nothing."""
    tail = body[-8:]
    for i, number in enumerate(tail):
        name = _signed_name(lines[number - 1])
        rest = tail[i + 1 :]
        if not reads_as_name(name) or not all(_signs(lines[n - 1], name) for n in rest):
            continue
        text = lines[number - 1].strip().strip("*_ ")
        start = i
        signers = [name]
        while start and _signs_above(lines, tail, start, signers):
            start -= 1
        if start and _closing(lines[tail[start - 1] - 1]):
            start -= 1
        sure = start < i or bool(rest) or (name != text and text[:1] not in "—–-")
        return signers, tail[start:], sure
    return [], [], False


def _signs_above(lines: Sequence[str], tail: list[int], start: int, signers: list[str]) -> bool:
    """Whether the line above ``tail[start]`` is part of the block: a role, a conformed
    signature, or another signer's name above their role (added to ``signers``)."""
    line = lines[tail[start - 1] - 1]
    if _role_line(line) or _CONFORMED.match(line.strip().strip("*_ ")):
        return True
    other = _signed_name(line)
    if not reads_as_name(other) or not _role_line(lines[tail[start] - 1]):
        return False
    if other not in signers:
        signers.insert(0, other)
    return True


def _signed_name(line: str) -> str:
    """The name a signature line gives: "— Ingrid Solberg", "/s/ Ingrid Solberg", "Marta
    Ruiz, Chief Executive"."""
    text = _CONFORMED.sub("", line.strip().strip("*_ "))
    name = SIGN_DASH.sub(r"\g<name>", text).strip(" ,")
    if "," in name and _role_line(name.split(",", 1)[1]):
        name = name.split(",")[0].strip()
    return name


def _signs(line: str, name: str) -> bool:
    """Whether ``line``, under ``name``'s signature, belongs to it: a role, the typed name
    under its conformed signature "/s/ Name"."""
    text = line.strip().strip("*_ ")
    if _CONFORMED.match(text):
        return _signed_name(text) == name
    # "February 2026" under the role: when it was signed.
    return _role_line(text) or text == name or date_line(text, bare=True) is not None


def _role_line(line: str) -> bool:
    """ "Chief Executive Officer, Halcyon Orbital, Inc.", "Founder and Managing Partner"."""
    text = line.strip().strip("*_ ")
    return (
        len(text) <= 100
        and bool(ROLE_WORDS.search(text))
        and not _SENTENCE_END.search(text)
        and not _CLAUSE.search(text)
    )


def _closing(line: str) -> bool:
    """ "Sincerely,", "With gratitude,", "Thank you, as always, for your patience and your
    trust.": what a letter says last before its signature."""
    text = line.strip().strip("*_ ")
    if CLOSING_WORDS.match(text):
        return True
    lowered = text.lower()
    return lowered.startswith(("thank you", "thanks")) and len(text) <= 120 and " will " not in text
