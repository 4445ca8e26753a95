"""Table tests: who said what in meeting minutes, show notes and threads: the lines that
name the parts (agenda, "In this episode", "Replies"), who was absent, a list of who was
present with their roles, a guest given with a handle, a thread's opening post, and a
reply another person's cue list reports."""

import pytest

from tests.importing import attributed

MINUTES = """Minutes — Pricing committee, 12 May 2025

Present: Ada Quist (chair), Ben Okafor, Tracy Nolan
Apologies: Leo Park

1. Q2 pricing
- Ada opened the meeting.
- Ben: we will raise list prices 5% by September.
- Tracy disagreed and asked for data.
- Tracy: churn will rise above 8% by the end of 2025.

2. AOB
- Next meeting: 9 June 2025
"""


@pytest.mark.parametrize(
    ("words", "who"),
    [
        # Cues by first name of the people listed as present, their role in brackets.
        ("we will raise list prices", "Ben Okafor"),
        ("churn will rise", "Tracy Nolan"),
        # Narration of the meeting, whoever did it.
        ("Ada opened the meeting", "-"),
        ("Tracy disagreed", "-"),
        # Who was absent, the next meeting's date, "AOB": structure.
        ("Leo Park", "-"),
        ("9 June 2025", "-"),
        ("AOB", "-"),
        ("Ada Quist", "-"),
    ],
)
def test_minutes(words, who):
    assert attributed.who(MINUTES, words) == who


SHOW_NOTES = """# Odd Lots — episode 412: Is housing about to crack? (3 June 2025)

Show notes

Hosts: Joe Weisenthal and Tracy Alloway
Guest: Priya Raman (@priyaraman on X), chief economist at Keystone

In this episode
- Mortgage rates will fall below 5% by mid-2026.
- Tracy pushed back on the supply numbers.

Links
- Keystone housing report
"""


@pytest.mark.parametrize(
    ("words", "who"),
    [
        ("Mortgage rates will fall", "Priya Raman"),
        ("Keystone housing report", "-"),  # a reading list, no claim
        ("Tracy pushed back", "-"),
        ("In this episode", "-"),
        ("Show notes", "-"),
        ("Links", "-"),
    ],
)
def test_show_notes(words, who):
    assert attributed.who(SHOW_NOTES, words) == who


THREAD = """Bluesky thread digest — housing, 14 Sept 2025

Devon Price (@devprice.bsky.social) started it:
> Home prices will fall 10% by the end of 2026.

Replies
- Tracy Nolan (@tnolan): No chance. Prices will rise through 2027.
- Kim Park (u/kimpark) asked for a source.
- Devon replied that the data is in the Case-Shiller index.
- Mira Shah (@mirashah on X) agreed.
"""


@pytest.mark.parametrize(
    ("words", "who"),
    [
        ("Home prices will fall", "Devon Price"),
        ("Prices will rise through 2027", "Tracy Nolan"),
        # Reported in Tracy's list, but Devon's words.
        ("Devon replied that", "Devon Price"),
        ("Kim Park", "-"),
        ("Mira Shah", "-"),
        ("Replies", "-"),
    ],
)
def test_a_thread(words, who):
    assert attributed.who(THREAD, words) == who


def test_a_reply_of_someone_unnamed_in_a_cues_list_asks_who():
    text = THREAD + "- Omar replied that rents will fall too.\n"
    statement = next(s for s in attributed.parsed(text).statements if "Omar" in s.text)
    assert statement.speaker == "Tracy Nolan"
    assert statement.note == "reported: said by Omar? not Tracy Nolan's own words"


PODCAST = """Podcast notes: The Rates Show, ep. 88 (2 June 2025)

Host: Maya Chen
Guests: Devon Price (@devprice) and Ana Ruiz, Keystone

Maya opened with the jobs report.
Devon: rates will fall by March 2026.
Ana disagreed — she thinks the Fed holds through 2026.
Ana: the Fed won't cut before 2027.
Maya asked Ana about housing.
Devon interrupted: "Housing will crack by 2027."
Ana agreed.
"""


@pytest.mark.parametrize(
    ("words", "who"),
    [
        # A "Guests:" line declares both, a handle and an affiliation left out.
        ("rates will fall by March 2026", "Devon Price"),
        ("the Fed won't cut", "Ana Ruiz"),
        # An act that carries the person's words after a dash or a colon: their words.
        ("she thinks the Fed holds", "Ana Ruiz"),
        ("Housing will crack", "Devon Price"),
        # An act alone: narration.
        ("Ana agreed", "-"),
        ("Maya opened with", "-"),
        ("Maya asked Ana", "-"),
        ("Devon Price (@devprice)", "-"),
    ],
)
def test_podcast_notes_with_guests(words, who):
    assert attributed.who(PODCAST, words) == who
