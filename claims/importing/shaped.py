"""Transcripts whose layout the notes reader cannot follow, rewritten line for line.

Documents whose layout puts who speaks on a line of its own, or in a shape of its own: a
Hansard report (the Commons', or an Australian committee's as ParlInfo shows it), a European
Parliament verbatim report, a printed congressional hearing, a government press briefing, a
Descript-style export, a press conference's transcript, a panel's PDF-exported proceedings,
a Zoom meeting's transcript with its chat, a Google Meet transcript under its Gemini notes,
a UK written question with its answer, a Twitch chat log, a Telegram channel's posts, a Word
document's tracked changes and comments, a deck's speaker notes, a Facebook or an Instagram
post copied with its comments, a Threads post copied with its replies, a news agency's story
relaying a company's forecast, a talk's transcript copied from a talks site (each reader's
module is named in ``reshape``'s table below). This module turns each into notes the notes
reader already reads: every line of a turn written "Name: words", and the lines that are no
one's words (front matter, the chair's procedure, the press's questions, footers) left
blank. Line numbers stay as they were. Where who speaks is read rather than written, the
statements of those lines carry a remark (``Reshaped.notes``); where the page dates a line
(a comment's "2d" counted back from the copy note), its statements are dated so
(``Reshaped.days``).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from claims.importing.names import person_key
from claims.importing.parsing import Statement


@dataclass(frozen=True)
class Reshaped:
    """A document's lines rewritten as notes (as many as before), the remark to add to
    the statements of a line (line number → remark), and the ``person_key`` of everyone
    whose cues the rewriting wrote (so that "Baroness Pelling of Wyke:" is read as a cue),
    and the day the page says a line was written (line number → day)."""

    lines: tuple[str, ...]
    notes: dict[int, str] = field(default_factory=dict)
    people: frozenset[str] = frozenset()
    days: dict[int, datetime.date] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        lines: Sequence[str],
        speakers: Iterable[str],
        notes: dict[int, str] | None = None,
        days: dict[int, datetime.date] | None = None,
    ) -> Reshaped:
        """The rewritten ``lines``, with the ``speakers`` their cues name."""
        people = frozenset(person_key(name) for name in speakers if name)
        return cls(tuple(lines), notes or {}, people, days or {})

    def remarked(self, statements: Iterable[Statement]) -> Iterator[Statement]:
        """``statements`` with each one's line's remark added to its note, and dated the
        day its line was written when the page says (``days``)."""
        for read in statements:
            day = self.days.get(read.line)
            statement = replace(read, said_on=day) if day and read.said_on is None else read
            note = self.notes.get(statement.line)
            if not note or note in statement.note:
                yield statement
                continue
            yield replace(statement, note="; ".join(n for n in (statement.note, note) if n))


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """The first of the shapes that reads ``lines`` (each checks its own signs cheaply
    first), or None when the document is in none of them."""
    from claims.importing import (
        descript,
        estimates_hansard,
        europarl,
        facebook,
        gpo_hearings,
        hansard,
        instagram,
        meet_notes,
        pdf_panels,
        press_briefings,
        press_conferences,
        slide_notes,
        talk_pages,
        telegram,
        threads_posts,
        twitch_chat,
        wire_stories,
        word_revisions,
        written_answers,
        zoom_meetings,
    )

    readers: tuple[Callable[[Sequence[str]], Reshaped | None], ...] = (
        hansard.reshape,
        estimates_hansard.reshape,
        europarl.reshape,
        gpo_hearings.reshape,
        press_briefings.reshape,
        press_conferences.reshape,
        descript.reshape,
        pdf_panels.reshape,
        zoom_meetings.reshape,
        meet_notes.reshape,
        written_answers.reshape,
        twitch_chat.reshape,
        telegram.reshape,
        word_revisions.reshape,
        slide_notes.reshape,
        facebook.reshape,
        instagram.reshape,
        threads_posts.reshape,
        wire_stories.reshape,
        talk_pages.reshape,
    )
    for reader in readers:
        shaped = reader(lines)
        if shaped is not None:
            return shaped
    return None


def cued(name: str, text: str) -> str:
    """A line of ``name``'s turn as the notes reader reads it: "Name: words"."""
    return f"{name}: {text.strip()}" if text.strip() else ""
