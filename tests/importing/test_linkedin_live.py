"""A LinkedIn Live event page copied with its recorded transcript
(``claims.importing.linkedin_live``): the page above the transcript (the organiser's
description, the speakers' headlines, the counts) is nobody's claim; the transcript's words
are the speaker each speaker line names."""

import datetime

import pytest

from claims.importing.linkedin_live import reshape
from claims.importing.services import SourceChoice
from tests.importing import attributed

pytestmark = pytest.mark.django_db

PAGE = """\
Skip to main content
Home
My Network
Event by Baltic Harbour Forum
Ports after 2030: Shore Power and the Berth Queue
Wed, Mar 4, 2026, 3:00 PM - 4:00 PM (your local time)
LinkedIn Live · 912 attendees
About
Join Ines Kovac (COO, Baltic Berths) on why shore power will be standard by 2030.
Speakers
Ines Kovac · 2nd
COO at Baltic Berths | Board member, Ports Alliance
Recording · 52:40
Transcript
Tobias Wren  00:00:05
Hi everyone, welcome, we'll give it another minute for people to join.
Ines Kovac  00:01:12
We have shore power at six berths today.
Ines Kovac  00:01:40
We will open the seventh berth by the end of next year.
Guest  00:03:02
Can you hear me? I'm not sure my mic is on
Moderator  00:04:10
The berth queue will be gone by 2028.
Tobias Wren  00:50:30
We'll post the slides in the comments by tomorrow.
Comments
Reactions 88 · 12 comments
Like · Reply · 2h
"""


def _plan(text):
    source = SourceChoice(title="Event", published_on=datetime.date(2026, 3, 4))
    return {c.quote: c.speaker.name for c in attributed.plan(text, source).candidates}


def test_the_page_is_nobodys_and_the_transcript_is_its_speakers():
    quotes = _plan(PAGE)
    text = " ".join(quotes)
    for page_words in ("Join Ines", "COO at", "attendees"):
        assert page_words not in text
    assert quotes["We have shore power at six berths today."] == "Ines Kovac"
    assert quotes["We will open the seventh berth by the end of next year."] == "Ines Kovac"
    assert quotes["We'll post the slides in the comments by tomorrow."] == "Tobias Wren"
    assert "Hi everyone, welcome, we'll give it another minute for people to join." not in quotes


def test_a_label_that_names_nobody_is_never_the_previous_speaker():
    read = reshape(PAGE.splitlines())
    assert read is not None
    lines = read.lines
    assert lines[13:15] == ("", "")  # the heading and a speaker line
    assert lines[15].startswith("Tobias Wren: Hi everyone")
    assert lines[21] == "Guest: Can you hear me? I'm not sure my mic is on"
    assert lines[23] == "Unknown Speaker: The berth queue will be gone by 2028."
    assert "Moderator" in read.notes[24]
    assert _plan(PAGE).get("The berth queue will be gone by 2028.") != "Ines Kovac"
    assert set(read.days.values()) == {datetime.date(2026, 3, 4)}


@pytest.mark.parametrize(
    "text",
    [
        # A transcript under its heading, with no LinkedIn event page above it.
        "Transcript\nIngrid Berg  00:00:05\nWe will open in May.\nTom Reyes  00:00:09\nGood.\n",
        # A LinkedIn event page without its transcript.
        "Event by Baltic Harbour Forum\nPorts after 2030\nLinkedIn Live · 912 attendees\n"
        "About\nShore power will be standard by 2030.\n",
        # A post that names LinkedIn Live in a sentence.
        "Ines Kovac: LinkedIn Live was fun.\nTranscript\nIngrid Berg  00:00:05\nHi.\n",
    ],
)
def test_near_misses_are_not_read_as_an_event_page(text):
    assert reshape(text.splitlines()) is None
