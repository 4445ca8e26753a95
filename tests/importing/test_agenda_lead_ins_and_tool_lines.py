"""Table tests: a meeting's agenda read out and a transcription tool's own lines are no claims.

- An agenda item read out, or a turn to the next subject after "Okay,": "Second item, the
  Line 4 extension.", "Okay, fare capping." A clause after it ("Okay, prices fall.") is a
  claim, and so is a figure ("Last point: 12 percent.").
- Otter's header and footer: "Keywords: fare capping, Line 4 extension" and "Transcribed by
  otter.ai", with or without its address.
"""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing.classify import is_candidate
from claims.importing.meeting_exports import tool_notice
from claims.importing.services import ImportOptions, SourceChoice, import_plan

SAID_ON = datetime.date(2026, 2, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Second item, the Line 4 extension.",  # a prep call's agenda, read out
        "First item, ridership.",
        "Third point: the depot.",
        "Last point: fares.",
        "Next item, electric buses.",
        "Another thing, the Route 9 timetable.",
        "Okay, fare capping.",
        "Right, the depot.",
        "Alright, electric buses.",
        "So, Q3.",
    ],
)
def test_an_agenda_item_read_out_is_no_claim(text):
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Okay, prices fall.",  # a clause, not a subject named
        "Right, we win.",
        "So, rates rise.",
        "Okay, ridership is up nine percent.",
        "Second item, ridership fell 9 percent.",
        "Next point, the board will approve it by May.",
        "Last point: 12 percent.",
        "The big number: Route 9 carried 40,000.",
        "Alright, electric buses by 2030.",
    ],
)
def test_a_claim_after_an_agenda_word_is_still_a_claim(text):
    assert is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Transcribed by otter.ai",
        "Transcribed by https://otter.ai",
        "Transcribed by www.otter.ai",
    ],
)
def test_otters_footer_is_the_tools_line(text):
    assert tool_notice(text)


OTTER = """Metro Valley Transit - CEO presser prep
Tue, Feb 10, 2026 · 31 min
Keywords: fare capping, Line 4 extension, ridership, electric buses
Speakers: Dana Whitfield, Marcus Oyelaran

Dana Whitfield  0:12
First item, ridership. We carried 41.2 million trips in 2025.

Marcus Oyelaran  0:38
Okay, fare capping. Fare capping should go live within six months.

Transcribed by otter.ai
"""


@pytest.mark.django_db
def test_an_otter_exports_header_footer_and_agenda_are_not_proposed():
    source = SourceChoice(title="Prep", published_on=SAID_ON, precision=DatePrecision.DAY)
    plan = import_plan(
        data=OTTER.encode(), file_name="prep.txt", options=ImportOptions(source=source)
    )
    said = [(c.speaker.name, c.quote) for c in plan.candidates]
    assert said == [
        ("Dana Whitfield", "We carried 41.2 million trips in 2025."),
        ("Marcus Oyelaran", "Fare capping should go live within six months."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "So the plan is to walk through what I'll say as CEO at the ten o'clock presser.",
        "Yep. So the plan is to walk through what I'll say as CEO at the ten o'clock presser.",
        "The idea today is to go over the draft statement.",
        "The aim of this call is to run through the Q3 numbers.",
        "Okay, the point of this meeting is to talk through the launch.",
        "That's their number, not ours.",  # a figure disowned after it was said
        "Those are the auditor's figures, not mine.",
        "That is the Treasury's estimate, not ours.",
        "Again, that's Moody's forecast, not ours.",
    ],
)
def test_a_meetings_purpose_and_a_disowned_figure_are_no_claims(text):
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "The plan is to go through with the merger by 2027.",  # a plan of the side's
        "The plan is to open the line in 2027.",
        "Our aim is to review every contract by March.",
        "The plan is to go over budget on nothing this year.",
        "That's their number, not ours, and it will rise by 2027.",
        "That's their number and it is wrong.",
    ],
)
def test_a_plan_or_a_claim_near_them_is_still_a_claim(text):
    assert is_candidate(text)
