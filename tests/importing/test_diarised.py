"""A speech-to-text tool's diarised transcript, alone or on its page
(``claims.importing.diarised``): labels read as names only where an introduction makes it
certain, the page around the turns not proposed."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.diarised import reshape
from claims.importing.introduced_labels import introduced_person, self_introduction
from claims.importing.services import SourceChoice
from tests.importing import attributed

pytestmark = pytest.mark.django_db

RADIO_PAGE = """\
Valley Radio 101.4
Home  Shows  Podcasts  News  Contact
Drivetime
Tue 3 Mar 2026, 17:10
▶ Listen
Transcript
This transcript was generated automatically and may contain errors.
[00:00:02] SPEAKER_00: Good evening, this is Drivetime on Valley Radio, I'm Orla Kinsella-Byrne.
[00:00:09] SPEAKER_00: With me in the studio is the county engineer, Dr Ravi Menon. Evening Ravi.
[00:00:13] SPEAKER_01: Evening Orla, thanks for having me.
[00:00:18] SPEAKER_00: So, the Mill Street bridge.
[00:00:22] SPEAKER_01: The Mill Street bridge will reopen to buses by the end of June.
[00:00:31] SPEAKER_01: We replaced forty bearings last year.
[00:00:40] SPEAKER_02: The council will never finish it on time, mark my words.
[00:00:47] SPEAKER_00: Thanks to both of you. After the news, the weather.
Share
Download (MP3, 18 MB)
More episodes
© Valley Radio. Terms · Privacy · Cookies
"""

WHISPERX = """\
SPEAKER_00: Welcome to the Seed Vault, I'm Hal Duarte.
SPEAKER_01: Hi Hal.
SPEAKER_00: Tell us about the new plant.
SPEAKER_01: It opens in September, and we will hire sixty people by the end of the year.
SPEAKER_02: Prices will double by 2028, I'm afraid.
"""


def _plan(text):
    return attributed.plan(text, SourceChoice(title="x", published_on=datetime.date(2026, 3, 3)))


def test_a_radio_pages_diarised_transcript():
    plan = _plan(RADIO_PAGE)
    quotes = {c.quote: c for c in plan.candidates}
    bridge = quotes["The Mill Street bridge will reopen to buses by the end of June."]
    assert bridge.speaker.name == "Ravi Menon"
    assert bridge.kind == ClaimKind.PREDICTION
    assert bridge.deadline == datetime.date(2026, 6, 30)
    assert any("whom Orla Kinsella-Byrne" in r for r in bridge.remarks), bridge.remarks
    assert quotes["We replaced forty bearings last year."].speaker.name == "Ravi Menon"
    # A voice nobody introduces is asked about, not guessed.
    never = next(c for c in plan.candidates if c.quote.startswith("The council will never"))
    assert (never.speaker.key, never.speaker.speaker) == ("SPEAKER_02", None)
    # The page around the turns, the introductions and greetings: not proposed.
    for chrome in ("Valley Radio", "Home", "Drivetime", "Share", "Download", "Terms", "I'm"):
        assert not any(c.quote.startswith(chrome) for c in plan.candidates), chrome


def test_a_whisperx_export():
    plan = _plan(WHISPERX)
    by_quote = {c.quote: c.speaker.key for c in plan.candidates}
    assert by_quote["Prices will double by 2028, I'm afraid."] == "SPEAKER_02"
    # "Hi Hal." answers no introduction of a guest: SPEAKER_01 stays a label.
    opens = next(q for q in by_quote if q.startswith("It opens in September"))
    assert by_quote[opens] == "SPEAKER_01"


@pytest.mark.parametrize(
    "text",
    [
        # One label only.
        "SPEAKER_00: Rates will fall.\nSPEAKER_00: Prices too.\nSPEAKER_00: By 2027.\n",
        # A named cue among the labels: notes, read as before.
        "Speaker 1: Rates will fall.\nMaya Chen: No they won't.\nSpeaker 2: Maybe.\n"
        "Speaker 1: By 2027.\n",
        # Two labelled turns only.
        "Speaker 1: Rates will fall.\nSpeaker 2: Maybe.\n",
        # A label on a line of its own (a podcast tool's export, ``descript``).
        "Speaker 1  00:00\nRates will fall.\n\nSpeaker 2  00:09\nMaybe.\n\nSpeaker 1  00:14\nOk.\n",
    ],
)
def test_not_a_diarised_transcript(text):
    assert reshape(text.splitlines()) is None


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("Good evening, this is Drivetime, I'm Orla Kinsella-Byrne.", "Orla Kinsella-Byrne"),
        ("Hi, I'm Sean O'Neill and this is the show.", "Sean O'Neill"),
        ("I'm sure it will rain.", ""),
    ],
)
def test_a_speaker_names_themselves(words, name):
    assert self_introduction(words) == name


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("With me in the studio is the county engineer, Dr Ravi Menon.", "Ravi Menon"),
        ("With us on the line is Tilde Marken.", "Tilde Marken"),
        ("Joining us now is our economist, Ana Ruiz.", "Ana Ruiz"),
        ("With me is the mayor's report on Ravi Menon.", ""),
        ("With me in the studio are Ana Ruiz and Tom Hale.", ""),
    ],
)
def test_a_speaker_introduced(words, name):
    assert introduced_person(words) == name
