"""A transcript's turn header on a line of its own, in the ways transcription tools write it
("Ana Ruiz - 00:06", "Ana Ruiz | 00:06", "[00:00:06] Ana:", "Speaker 1 (00:00:12):"): the
words below it are that speaker's, the header itself is never a statement; and the chrome
such exports add (page footers, the service's notices, marks such as "[inaudible 00:02:11]")
is no one's words."""

import datetime

import pytest

from claims.importing.asides import without_stage_tags
from claims.importing.cues import block_cue, repeated_caps_cues, timed_label
from claims.importing.meeting_exports import tool_notice
from claims.importing.services import ImportOptions, SourceChoice, import_plan

pytestmark = pytest.mark.django_db

SAID_ON = datetime.date(2026, 3, 3)


def _plan(text: str):
    return import_plan(
        data=text.encode(),
        file_name="transcript.txt",
        options=ImportOptions(source=SourceChoice(title="Weekly call", published_on=SAID_ON)),
    )


def _transcript(header, first: str, second: str) -> str:
    """Four turns, two speakers, each header written by ``header(label, minute)``."""
    turns = [
        (first, "Thanks for dialling in, everyone."),
        (second, "The depot expansion will finish by October 2027."),
        (first, "Noted, thanks."),
        (second, "Ridership will pass two million riders a month before 2029."),
    ]
    return "\n\n".join(
        f"{header(label, minute)}\n{words}" for minute, (label, words) in enumerate(turns, 1)
    )


def _speaker(candidate) -> str:
    speaker = candidate.speaker
    return speaker.speaker.name if speaker.speaker is not None else speaker.key


# (header shape, first label, second label, who the second's words go to, asked about)
SHAPES = [
    (lambda n, m: f"{n} - 00:{m:02d}", "Tomasz Wierzbicki", "Ines", "Ines", True),
    (lambda n, m: f"{n} - 00:{m:02d}", "Tomasz Wierzbicki", "Halima Sesay", "Halima Sesay", False),
    (lambda n, m: f"{n} – 0:{m:02d}:10", "Tomasz Wierzbicki", "Ines", "Ines", True),
    (lambda n, m: f"{n} | 12:{m:02d}", "Tomasz Wierzbicki", "Halima Sesay", "Halima Sesay", False),
    (lambda n, m: f"{n} | 12:{m:02d}", "Ines", "Bram", "Bram", True),
    (lambda n, m: f"[00:0{m}:02] {n}:", "Ines", "Bram", "Bram", True),
    (lambda n, m: f"(0:0{m}:02) {n}:", "Tomasz Wierzbicki", "Halima Sesay", "Halima Sesay", False),
    (lambda n, m: f"00:0{m}:10 {n}", "Tomasz Wierzbicki", "Halima Sesay", "Halima Sesay", False),
    (lambda n, m: f"{n} (00:0{m}:12):", "Speaker 1", "Halima Sesay", "Halima Sesay", False),
    (lambda n, m: f"{n}  0{m}:12", "Tomasz Wierzbicki", "Unknown speaker", "Unknown speaker", True),
    (lambda n, m: f"{n} - 0{m}:12", "Tomasz Wierzbicki", "Speaker 2", "Speaker 2", True),
]


@pytest.mark.parametrize(("header", "first", "second", "expected", "asked"), SHAPES)
def test_each_header_opens_its_speakers_turn(header, first, second, expected, asked):
    text = _transcript(header, first, second)
    plan = _plan(text)
    by_quote = {c.quote: c for c in plan.candidates}
    for quote in (
        "The depot expansion will finish by October 2027.",
        "Ridership will pass two million riders a month before 2029.",
    ):
        candidate = by_quote[quote]
        assert _speaker(candidate) == expected, (quote, candidate.speaker)
        # A first name alone or a placeholder is asked about, never given silently.
        assert candidate.speaker.unsure is asked, candidate.speaker
    headers = {header(label, m) for m, label in enumerate([first, second, first, second], 1)}
    assert not any(c.quote in headers for c in plan.candidates)
    assert "Noted, thanks." not in by_quote or _speaker(by_quote["Noted, thanks."]) != expected


REV_PAGE = """\
This transcript was exported on Mar 5, 2026 - view latest version here.
Harbour Talk Ep 12 (Completed  03/05/26)
Transcript by Rev.com

Speaker 1 (00:00:02):
Welcome back. With me is Noor Haddad from the port authority.

Noor Haddad (00:00:09):
Mm-hmm (affirmative). The new crane berth will open by June 2027.

Speaker 1 (00:00:20):
Really? [crosstalk 00:00:21]

Noor Haddad (00:00:22):
Container volumes will rise [inaudible 00:00:24] ten percent next year.
Page 1 of 2

This transcript was exported on Mar 5, 2026 - view latest version here.
Harbour Talk Ep 12 (Completed  03/05/26)
Transcript by Rev.com

Noor Haddad (00:00:40):
Dredging will finish before the end of 2026.
Page 2 of 2
"""


def test_a_transcription_services_page_chrome_and_marks():
    plan = _plan(REV_PAGE)
    quotes = [c.quote for c in plan.candidates]
    for chrome in ("Page 1 of 2", "Page 2 of 2", "Transcript by Rev.com", "This transcript"):
        assert not any(q.startswith(chrome) for q in quotes), (chrome, quotes)
    assert not any("[" in q or "(affirmative)" in q for q in quotes), quotes
    volumes = next(c for c in plan.candidates if c.quote.startswith("Container volumes"))
    assert volumes.quote == "Container volumes will rise ten percent next year."
    assert _speaker(volumes) == "Noor Haddad"
    dredging = next(c for c in plan.candidates if c.quote.startswith("Dredging"))
    assert _speaker(dredging) == "Noor Haddad"


@pytest.mark.parametrize(
    ("line", "name", "time"),
    [
        ("Ines - 00:06", "Ines", "00:06"),
        ("Tomasz Wierzbicki - 00:00", "Tomasz Wierzbicki", "00:00"),
        ("Tomasz Wierzbicki – 1:02:03", "Tomasz Wierzbicki", "1:02:03"),
        ("Halima Sesay | 12:04", "Halima Sesay", "12:04"),
        ("Speaker 1 (00:00:12):", "Speaker 1", "00:00:12"),
        ("Unknown speaker  03:12", "Unknown speaker", "03:12"),
        ("[00:01:02] Lena:", "Lena", "00:01:02"),
        ("(1:02:03) Speaker 2:", "Speaker 2", "1:02:03"),
        ("00:04 Maya Chen:", "Maya Chen", "00:04"),
        ("Mbeki-Thornton  0:03", "Mbeki-Thornton", "0:03"),
        # Not speaker lines: words after the header, a plain note, an agenda's time.
        ("[00:01:02] Lena: prices will fall", None, None),
        ("The vote is at 10:30 tomorrow", None, None),
        ("10:30 Coffee break", None, None),
        ("Budget: 3:1 in favour", None, None),
    ],
)
def test_block_cue_shapes(line, name, time):
    match = block_cue(line)
    if name is None:
        assert match is None
    else:
        assert (match.group("name").strip(), match.group("time")) == (name, time)


def test_a_first_name_used_as_a_header_twice_is_a_cue_from_its_first_use():
    lines = ["Ines - 00:06", "Hi.", "[00:01:00] Bram:", "Yes.", "Ines - 00:08", "[00:02:00] Bram:"]
    assert repeated_caps_cues(lines) == {"Ines", "Bram"}
    assert timed_label("[00:01:00] Bram:") == "Bram"
    assert timed_label("[00:01:00] Bram: yes") == ""


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("Transcript by Rev.com", True),
        ("Transcribed by Temi", False),
        ("This transcript was exported on Sep 24, 2026 - view latest version here.", True),
        ("Page 3 of 12", True),
        ("Page one of the report says rents will fall", False),
        ("Transcript by the clerk of the committee", False),
        ("Turn to page 3 of the deck", False),
    ],
)
def test_transcription_service_notices(text, notice):
    assert tool_notice(text) is notice


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mm-hmm (affirmative).", "Mm-hmm."),
        ("Uh-uh (negative).", "Uh-uh."),
        ("It depends on [inaudible 00:02:55] the lock-in.", "It depends on the lock-in."),
        ("Really? [crosstalk 00:01:38]", "Really?"),
        ("Rates fall [unintelligible] next year.", "Rates fall next year."),
        # Near-misses: brackets that are the speaker's words.
        ("Sales (ex-fuel) will rise 4% next year.", "Sales (ex-fuel) will rise 4% next year."),
        ("Margins [were] negative last year.", "Margins [were] negative last year."),
    ],
)
def test_transcription_marks_are_dropped_and_the_words_kept(text, kept):
    assert without_stage_tags(text) == kept


NEAR_MISSES = """\
Planning notes

Budget - 10:30
- the depot expansion will finish by October 2027

Meeting at 10:30 with the board.
Ridership will pass two million riders a month before 2029.

09:00 Registration
10:30 Coffee break
"""


def test_near_misses_keep_todays_reading():
    plan = import_plan(
        data=NEAR_MISSES.encode(),
        file_name="notes.md",
        options=ImportOptions(
            source=SourceChoice(title="Planning", published_on=SAID_ON),
            speakers={"": "Tomasz Wierzbicki"},
        ),
    )
    by_quote = {c.quote: c.speaker.name for c in plan.candidates}
    # A note that ends with a time, once, or an agenda's times: no one's header; the notes'
    # words stay the notes' speaker's.
    assert by_quote["the depot expansion will finish by October 2027"] == "Tomasz Wierzbicki"
    ridership = "Ridership will pass two million riders a month before 2029."
    assert by_quote[ridership] == "Tomasz Wierzbicki"
    assert not {"Budget", "Registration", "Coffee break"} & set(by_quote.values())
