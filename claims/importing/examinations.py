"""A court reporter's transcript of a witness examined in a hearing or a deposition, read as
notes.

US court reporters set an examination down in questions and answers, with the line numbers
down the left margin (``numbered_lines`` drops them)::

                         DEIRDRE HOLLENBECK,
         called as a witness on behalf of the Applicant, having
         been first duly sworn, was examined and testified as
         follows:
                            DIRECT EXAMINATION
         BY MR. PELL:
              Q.   And by when will it be in service?
              A.   In service by the end of the third quarter of 2027.
         Our contractor is ahead of that.
              MR. PELL:  Move the admission of CVW-7.
              (Exhibit CVW-7 received in evidence.)
              THE WITNESS:  Eventually rates have to reflect the
         full cost of the lead program.

The witness is named once, in capitals, where they are sworn in: every answer (``A.``) and
every ``THE WITNESS:`` turn is theirs, its wrapped lines joined to its first. A question
(``Q.``) is counsel's, its premise included ("In the 2023 case you testified Millbrook would
be in service by June of 2025, correct?"): never the witness's claim, and left out. The
caption, the appearances and the index above the first turn, the examination's headings
(``CROSS-EXAMINATION``, ``BY MS. ABERNATHY-COLE:``), the reporter's parentheticals
(``(Exhibit ORA-12 marked for identification.)``), the page numbers and the reporter's
footer on each page are the transcript's own. Counsel's and the hearing officer's turns
(``MR. PELL:``, ``HEARING OFFICER:``) are theirs. A document is read so only when it has
questions and answers, an examiner's ``BY …:`` line and a witness sworn in by name. Source:
the question-and-answer format of US court reporting (NCRA's transcript format guidelines,
state transcript format rules).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from claims.importing.names import display_name
from claims.importing.shaped import Reshaped, cued

_QUESTION = re.compile(r"^Q[.:]?\s+(?P<words>\S.*)$")
_ANSWER = re.compile(r"^A[.:]?\s+(?P<words>\S.*)$")
_EXAMINER = re.compile(r"^BY\s+(?:MR|MS|MRS|MX|DR)\.?\s+[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?:$")
# "HEARING OFFICER:  Back on the record.", "MR. PELL:  Thank you.", "THE WITNESS:  …".
_CUE = re.compile(r"^(?P<who>[A-Z][A-Z.'’ -]{1,40}?):\s+(?P<words>\S.*)$")
_WITNESS_CUE = "THE WITNESS"
# The witness sworn in: their name alone in capitals and a comma, then the oath.
_SWORN_NAME = re.compile(r"^(?!THE\b)(?P<name>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3}),$")
_OATH = re.compile(r"\b(?:duly\s+sworn|sworn|affirmed|called\s+as\s+a\s+witness)\b", re.I)
_OATH_LINES = 3
# "DIRECT EXAMINATION", "CROSS-EXAMINATION", "EXAMINATION BY THE HEARING OFFICER".
_HEADING = re.compile(
    r"^(?:(?:RE)?DIRECT|(?:RE)?CROSS|RECROSS|FURTHER(?:\s+\w+)?)?[- ]?EXAMINATION(?:\s+BY\s.*)?$"
)
_PARENTHETICAL = re.compile(r"^\(.*\)\.?$")
_PAGE_NUMBER = re.compile(r"^\d{1,4}$")
_MIN_TURNS = 3  # questions, and answers, at least
_FOOTER_REPEATS = 2  # a line the same on this many pages is the reporter's footer


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """A witness's examination as notes (``shaped``), or None when the document is none.

    Shape: as many lines as given; each answer and ``THE WITNESS:`` turn cued with the
    witness's name on its first line, its wrapped lines joined there; other cued turns kept
    as cues; questions, headings, parentheticals, front matter and page furniture blank."""
    texts = [line.strip() for line in lines]
    questions = sum(1 for text in texts if text[:1] == "Q" and _QUESTION.match(text))
    answers = sum(1 for text in texts if text[:1] == "A" and _ANSWER.match(text))
    if questions < _MIN_TURNS or answers < _MIN_TURNS:
        return None
    if not any(text.startswith("BY ") and _EXAMINER.match(text) for text in texts):
        return None
    witness = _witness(texts)
    if not witness:
        return None
    return _Reader(texts, witness).read()


def _witness(texts: Sequence[str]) -> str:
    """The witness's name as they are sworn in ("DEIRDRE HOLLENBECK," above "… duly sworn
    …"), or ""."""
    for index, text in enumerate(texts):
        found = _SWORN_NAME.match(text) if text.endswith(",") else None
        if found and any(_OATH.search(t) for t in texts[index + 1 : index + 1 + _OATH_LINES]):
            return display_name(found.group("name"))
    return ""


class _Reader:
    def __init__(self, texts: Sequence[str], witness: str) -> None:
        self.texts = texts
        self.witness = witness
        self.out = [""] * len(texts)
        self.speakers = {witness}
        self.turn: int | None = None  # the line a turn of someone's words opened on
        repeated = Counter(text for text in texts if text)
        self.footers = {t for t, n in repeated.items() if n >= _FOOTER_REPEATS and _footer(t)}

    def read(self) -> Reshaped:
        started = False
        for index, text in enumerate(self.texts):
            if not text or _PAGE_NUMBER.match(text) or text in self.footers:
                continue  # page furniture: a turn goes on across a page's break
            started = started or bool(
                _CUE.match(text) or _EXAMINER.match(text) or _QUESTION.match(text)
            )
            if started:
                self._line(index, text)
        return Reshaped.of(self.out, self.speakers)

    def _line(self, index: int, text: str) -> None:
        if (
            _EXAMINER.match(text)
            or _HEADING.match(text)
            or _PARENTHETICAL.match(text)
            or (_SWORN_NAME.match(text) and display_name(text.rstrip(",")) == self.witness)
        ):
            self.turn = None
            return
        if _QUESTION.match(text):
            self.turn = None  # counsel's question, and its wrapped lines: left out
            return
        answer = _ANSWER.match(text)
        cue = None if answer else _CUE.match(text)
        if answer or cue:
            who = self.witness
            words = answer.group("words") if answer else cue.group("words")
            if cue and cue.group("who").strip() != _WITNESS_CUE:
                who = display_name(cue.group("who").strip())
                self.speakers.add(who)
            self.out[index] = cued(who, words)
            self.turn = index
            return
        if self.turn is not None and not _OATH.search(text):
            self.out[self.turn] = f"{self.out[self.turn]} {text}"


def _footer(text: str) -> bool:
    """Whether a line repeated on every page reads as the reporter's footer or header: in
    capitals, or holding a telephone number."""
    return text.isupper() or re.search(r"\(\d{3}\)\s*\d{3}-\d{4}", text) is not None
