"""Lines that are not claims: the running of a meeting, call or show, the note-taker's
narration, update notes and to-dos; and near misses that stay claims."""

import pytest

from claims.importing.asides import Asides
from claims.importing.classify import is_candidate


@pytest.mark.parametrize(
    "text",
    [
        # Host introductions.
        "My guest today is Owen Fitzgerald, who runs a macro hedge fund.",
        "Joining me now is the chief economist at Harbour Bank, Ines Varga.",
        "With me today are our CEO, Martin Vogel, and our CFO, Aisha Karim.",
        "I'm joined today by two of our portfolio managers.",
        # Investor-relations boilerplate.
        "Please note that today's remarks include forward-looking statements.",
        "Please refer to our filings with the SEC for the risks involved.",
        "Actual results may differ materially from those expressed today.",
        # Logistics.
        "Next meeting is on 11 November.",
        "Welcome everyone, let's go round the table.",
        "Quick recap of last time, then new items.",
        # Pleasantries and bare reactions.
        "Congrats on the quarter.",
        "Congratulations on a strong year.",
        "That's a bold call.",
        "That is a very brave prediction.",
        "I'd push back on that.",
        "I have to disagree with you there.",
        # A turn to a subject.
        "Let's start with transport.",
        "Let's begin with the labour market.",
        "so today we're talking about the housing market and where it goes",
        "in this video we're looking at why rents keep climbing",
        # Captions' chatter.
        "so don't forget to subscribe",
        "like and subscribe",
        "make sure you hit the bell for the next one",
        "honestly um so anyway",
        "yeah um anyway so",
    ],
)
def test_housekeeping_is_not_proposed(text):
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "My guess today is that rates fall by 2027.",
        "Joining the euro will cost Bulgaria two points of growth by 2028.",
        "Congrats aside, margins will fall next year.",
        "That's a bold call, but rates will be at 2% by 2026.",
        "I'd push back on that: rates will stay high through 2026.",
        "Subscriptions will overtake ad revenue by 2027.",
        "The next meeting is where the Fed will cut rates.",
        "Let's start with the obvious: rates will fall by 2027.",
        "Forward guidance will matter less after 2026.",
        "so honestly prices will fall by 2027",
    ],
)
def test_near_misses_stay_claims(text):
    assert is_candidate(text)


@pytest.mark.parametrize(
    "line",
    [
        "- Opened with a joke about the rain.",
        "Started with a story about his first trade.",
        "- asked about Chinese turbines",
        "Was asked whether the ECB is behind the curve",
        "Marcus Lee was pretty bearish overall.",
        "She seemed quite upbeat on rates.",
        "Update (December): the solar forecast was repeated at a later event.",
        "Update (March): the rate call was repeated on another podcast.",
        "Action: TW to circulate the CBAM paper.",
        "HR: Action: GA to book the room.",
        "Mark: he's the one who asked the question about Vietnam.",
    ],
)
def test_note_takers_lines_are_not_proposed(line):
    assert Asides().screen(line).text == ""


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("The ECB pushed back rate cuts to 2026.", "The ECB pushed back rate cuts to 2026."),
        ("Sentiment was pretty bearish overall.", "Sentiment was pretty bearish overall."),
        ("Marcus Lee was right about rates.", "Marcus Lee was right about rates."),
        (
            "- Asked whether hydrogen matters: only for steel and shipping, in her view.",
            "- Asked whether hydrogen matters: only for steel and shipping, in her view.",
        ),
        ("Opened a new plant in Ohio last year.", "Opened a new plant in Ohio last year."),
        (
            "Opened with a bold call: rents will fall 10% by 2027.",
            "Opened with a bold call: rents will fall 10% by 2027.",
        ),
    ],
)
def test_near_miss_lines_are_kept(line, kept):
    assert Asides().screen(line).text == kept
