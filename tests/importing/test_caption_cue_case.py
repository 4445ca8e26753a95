"""Table tests: a caption's speaker cue written in another case, with or without accents or a
title, is the participant the file already names; a lower-case cue that names nobody starts
no new speaker silently."""

import datetime

import pytest

from claims.importing.cue_names import UNKNOWN_LOWER_CASE_CUE
from claims.importing.parsing import parse_document
from claims.importing.reading import read_document


def _vtt(*cues: str) -> str:
    blocks = [
        f"00:00:{n * 4:02d}.000 --> 00:00:{n * 4 + 4:02d}.000\n{cue}" for n, cue in enumerate(cues)
    ]
    return "WEBVTT\n\n" + "\n\n".join(blocks) + "\n"


def _srt(*cues: str) -> str:
    blocks = [
        f"{n + 1}\n00:00:{n * 4:02d},000 --> 00:00:{n * 4 + 4:02d},000\n{cue}"
        for n, cue in enumerate(cues)
    ]
    return "\n\n".join(blocks) + "\n"


def _said(text: str) -> list[tuple[str, str, str]]:
    document = read_document(text.encode())
    statements = parse_document(document, today=datetime.date(2026, 11, 30)).statements
    return [(s.speaker, s.text, s.note) for s in statements if s.text]


def _speaker_of(text: str, words: str) -> str:
    return next(speaker for speaker, said, _ in _said(text) if words in said)


@pytest.mark.parametrize(
    ("cues", "words", "speaker"),
    [
        # The example: a Teams caption after a cue of the chair's.
        (
            (
                "Bea Lindqvist: I think sodium-ion will take 20% of storage by 2030.",
                "Mark Osei: Sorry, you're on mute, Bea.",
                "bea lindqvist: Sodium-ion will take twenty percent of storage by 2030.",
            ),
            "Sodium-ion will take twenty",
            "Bea Lindqvist",
        ),
        # A title dropped, in lower case.
        (
            ("Dr. Ana Ruiz: Lithium will double.", "Mark Osei: And demand?", "dr ana ruiz: Up."),
            "Up.",
            "Dr. Ana Ruiz",
        ),
        # All capitals, by a tool that shouts.
        (
            ("Ana Ruiz: Lithium will double.", "Mark Osei: And demand?", "ANA RUIZ: It grew."),
            "It grew.",
            "Ana Ruiz",
        ),
        # An accent the first cue had not.
        (
            ("Ana Ruiz: Lithium will double.", "Mark Osei: Why?", "Ana Ruíz: Supply is short."),
            "Supply is short.",
            "Ana Ruiz",
        ),
        # A title added, and a name written first in capitals.
        (
            ("JONAS WEBER: Rates will fall.", "Keiko Sato: When?", "dr jonas weber: By June."),
            "By June.",
            "JONAS WEBER",
        ),
        # One cue's lines: the lower-case cue on its second line.
        (
            ("Priya Shah: Hello.", "Tom Becker: Go on.\npriya shah: Oil will reach $90 by 2027."),
            "Oil will reach $90",
            "Priya Shah",
        ),
        # After a turn marker.
        (
            ("Priya Shah: Hello.", "Tom Becker: Go on.", ">> priya shah: Oil hits $90 in 2027."),
            "Oil hits $90",
            "Priya Shah",
        ),
    ],
)
def test_a_cue_in_another_case_is_the_participant_the_file_names(cues, words, speaker):
    assert _speaker_of(_vtt(*cues), words) == speaker
    assert _speaker_of(_srt(*cues), words) == speaker


@pytest.mark.parametrize(
    ("cues", "words", "speaker", "remark"),
    [
        # Frame words before a colon: the speaker's own words, no remark.
        (("Mark Osei: note to self: book the room.",), "note to self: book", "Mark Osei", ""),
        (("Mark Osei: OK.", "fun fact: copper doubled in 2021."), "fun fact:", "Mark Osei", ""),
        (("Mark Osei: OK.", "bottom line: rates fall."), "bottom line:", "Mark Osei", ""),
        # A capitalised label that names nobody is no participant's cue either.
        (("Mark Osei: The plan: cut costs by 2027.",), "The plan:", "Mark Osei", ""),
        # A lower-case name nobody in the file has: the speaker before, and the curator asked.
        (
            ("Mark Osei: Welcome.", "bea lindqvist: Sodium-ion will take 20% by 2030."),
            "bea lindqvist: Sodium-ion",
            "Mark Osei",
            UNKNOWN_LOWER_CASE_CUE.format(label="bea lindqvist"),
        ),
        # A time of day after a name is no cue.
        (("Mark Osei: We meet at 10:30 tomorrow.",), "10:30", "Mark Osei", ""),
    ],
)
def test_a_lower_case_cue_naming_nobody_starts_no_new_speaker(cues, words, speaker, remark):
    said = [(who, note) for who, text, note in _said(_vtt(*cues)) if words in text]
    assert said == [(speaker, remark)]


def test_a_participant_named_in_a_voice_span_in_another_case_is_one_voice():
    text = _vtt(
        "<v Bea Lindqvist>Sodium-ion will grow.</v>",
        "<v Mark Osei>Why?</v>",
        "<v bea lindqvist>Costs fell by half.</v>",
    )
    assert _speaker_of(text, "Costs fell") == "Bea Lindqvist"


@pytest.mark.parametrize(
    "notice",
    ["Recording started", "Mark Osei started transcription", "Bea Lindqvist left the meeting"],
)
def test_a_meeting_tools_notice_in_a_caption_is_nobodys_words(notice):
    text = _vtt("Mark Osei: Welcome.", notice, "Mark Osei: Copper will rise by 2027.")
    assert [said for _, said, _ in _said(text)] == ["Welcome.", "Copper will rise by 2027."]
