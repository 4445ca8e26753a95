"""Transcripts whose layout the notes reader cannot follow, rewritten line for line.

Documents whose layout puts who speaks on a line of its own, or in a shape of its own:
parliamentary and committee reports, the Congressional Record, hearings, briefings and press
conferences, podcast and meeting exports, chat logs and channels, posts and videos copied
with their comments, tracked changes, speaker notes, news agency stories, talk pages, a
company's general meeting's minutes, blog posts interviewing people and articles copied with
their readers' comments (each reader's module, and the layout it reads, is named in
``reshape``'s table below). This module turns each into notes the notes reader already
reads: every line of a turn written "Name: words", and the lines that are no one's words
(front matter, the chair's procedure, the press's questions, footers) left blank.
Line numbers stay as they were. Where who speaks is read rather than written, the statements
of those lines carry a remark (``Reshaped.notes``); where the page dates a line (a comment's
"2d" counted back from the copy note), its statements are dated so (``Reshaped.days``).
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
    # A day the page gives without its year (line number → month, day, weekday or None).
    month_days: dict[int, tuple[int, int, int | None]] = field(default_factory=dict)
    # Whether those days come after the source's date (a video's comments, dated from the
    # day it was posted), not before it (a chat copied on the source's date).
    days_after: bool = False

    @classmethod
    def of(
        cls,
        lines: Sequence[str],
        speakers: Iterable[str],
        notes: dict[int, str] | None = None,
        days: dict[int, datetime.date] | None = None,
        month_days: dict[int, tuple[int, int, int | None]] | None = None,
    ) -> Reshaped:
        """The rewritten ``lines``, with the ``speakers`` their cues name."""
        people = frozenset(person_key(name) for name in speakers if name)
        return cls(tuple(lines), notes or {}, people, days or {}, month_days or {})

    def remarked(
        self, statements: Iterable[Statement], said_on: datetime.date | None = None
    ) -> Iterator[Statement]:
        """``statements`` with each one's line's remark added to its note, and dated the
        day its line was written when the page says (``days``; a day without its year,
        ``month_days``, in the year of ``said_on``, the source's date: ``chat_copies.dated``)."""
        for read in statements:
            day = self.days.get(read.line) or self._month_day(read.line, said_on)
            statement = replace(read, said_on=day) if day and read.said_on is None else read
            note = self.notes.get(statement.line)
            if not note or note in statement.note:
                yield statement
                continue
            yield replace(statement, note="; ".join(n for n in (statement.note, note) if n))

    def _month_day(self, line: int, said_on: datetime.date | None) -> datetime.date | None:
        month_day = self.month_days.get(line)
        if month_day is None or said_on is None:
            return None
        from claims.importing.chat_copies import dated

        month, day, weekday = month_day
        return dated((None, month, day, weekday), said_on, after=self.days_after)


def reshape(lines: Sequence[str]) -> Reshaped | None:
    """The first of the shapes that reads ``lines`` (each checks its own signs cheaply
    first), or None when the document is in none of them."""
    from claims.importing import (
        agm_minutes,
        article_comments,
        blog_interviews,
        bulletin_boards,
        chat_copies,
        committee_evidence,
        commons_debates,
        congress_record,
        csv_answers,
        descript,
        diarised,
        estimates_hansard,
        europarl,
        examinations,
        facebook,
        gpo_hearings,
        handle_minutes,
        hansard,
        highlight_exports,
        instagram,
        irc_logs,
        issue_trackers,
        kindle_clippings,
        kindle_notebook,
        letter_pages,
        linkedin_live,
        marked_turns,
        meet_notes,
        message_exports,
        notion_pages,
        pdf_panels,
        press_briefings,
        press_conferences,
        reddit_pages,
        research_notes,
        saved_captions,
        slide_notes,
        stack_exchange,
        talk_pages,
        teams_channels,
        teams_transcripts,
        telegram,
        threads_posts,
        tiktok,
        tv_transcripts,
        twitch_chat,
        typed_answers,
        wiki_talk,
        wire_stories,
        word_revisions,
        written_answers,
        youtube_live,
        zoom_meetings,
    )

    # Each reader, with the layout it reads (its module's docstring gives the shape).
    readers: tuple[Callable[[Sequence[str]], Reshaped | None], ...] = (
        hansard.reshape,
        commons_debates.reshape,
        estimates_hansard.reshape,
        europarl.reshape,
        committee_evidence.reshape,
        gpo_hearings.reshape,
        examinations.reshape,
        congress_record.reshape,
        csv_answers.reshape,
        press_briefings.reshape,
        press_conferences.reshape,
        tv_transcripts.reshape,
        descript.reshape,
        diarised.reshape,
        # Before a PDF's panels: minutes from a PDF keep their page furniture too.
        agm_minutes.reshape,
        research_notes.reshape,  # a note's PDF: its page furniture, then its disclosures
        pdf_panels.reshape,
        zoom_meetings.reshape,
        meet_notes.reshape,
        notion_pages.reshape,
        handle_minutes.reshape,
        written_answers.reshape,
        irc_logs.reshape,
        bulletin_boards.reshape,
        twitch_chat.reshape,
        telegram.reshape,
        teams_channels.reshape,
        teams_transcripts.reshape,
        chat_copies.reshape,
        message_exports.reshape,
        issue_trackers.reshape,
        word_revisions.reshape,
        slide_notes.reshape,
        kindle_clippings.reshape,
        kindle_notebook.reshape,
        reddit_pages.reshape,
        facebook.reshape,
        instagram.reshape,
        tiktok.reshape,
        threads_posts.reshape,
        wire_stories.reshape,
        talk_pages.reshape,
        youtube_live.reshape,
        linkedin_live.reshape,
        letter_pages.reshape,
        blog_interviews.reshape,
        article_comments.reshape,
        typed_answers.reshape,
        marked_turns.reshape,
        saved_captions.reshape,
        stack_exchange.reshape,
        highlight_exports.reshape,
        wiki_talk.reshape,
    )
    for reader in readers:
        shaped = reader(lines)
        # A reading that leaves no line at all is no reading of the layout: its signs were
        # met by chance (a copied page's "Share" and a player's "0:00" as a PDF's chrome).
        if shaped is not None and any(line.strip() for line in shaped.lines):
            return shaped
    return None


def cued(name: str, text: str) -> str:
    """A line of ``name``'s turn as the notes reader reads it: "Name: words"."""
    return f"{name}: {text.strip()}" if text.strip() else ""
