"""Table tests: the speaker's own act told without "I will" is a commitment.

Officials, chairs, founders and creators promise in more ways than "I will write": a verb of
a board or an office ("We will recommend restoring the final dividend", "We will produce a
shorter summary report"), the present of their own schedule ("We launch on September 1st",
"the spreadsheet with all my forecasts goes out on Thursday"), an act under way with a near
time ("I'm putting it in the investor update tonight"), a request taken on ("will do, sending
it over right after standup"), a note's mark ("DH: commits — trust will cut …"), a passive
on the side's own channel ("will be published on our website"), papers laid before
Parliament, a count of what the side itself issues ("we will hit 50,000 permits"), and a
short "yes" to a question about the side's act ("Will it be fixed before next winter?" "It
will."). A hedged forecast, a timetable's fact, a price's move and a count of what others do
("10k paying users") keep their old kind.
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.agency import DOERLESS, DOERLESS_ACT, OWN_ACT, answered_act, own_act
from claims.importing.classify import classify
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.wording import normalise

C, P, F = ClaimKind.COMMITMENT, ClaimKind.PREDICTION, ClaimKind.FACTUAL

# (line, kind): read with a dated horizon, as the importer reads a line naming a later date.
KINDS = [
    # A water authority's director before a committee.
    ("It will be laid before Parliament by the end of February.", C),
    (
        "All four pumps will be back in service by the end of September, and we will write to"
        " the Committee with the refurbishment schedule within 14 days.",
        C,
    ),
    ("The accounts will be laid before the House before the summer recess.", C),
    # A company's chair and officers at an AGM.
    (
        "We will recommend restoring the final dividend to the 2024 level at the full-year"
        " results next June.",
        C,
    ),
    ("We will produce a shorter summary report from next year.", C),
    (
        "The results of the poll on each resolution will be published on our website and"
        " announced via RNS this afternoon.",
        C,
    ),
    (
        "We will consult with every employee before any announcement, and I'll meet the Hull"
        " works council myself next month.",
        C,
    ),
    ("The board will propose a special dividend at the interim results in November.", P),
    ("We will propose a new remuneration policy at next year's AGM.", C),
    ("I will recommend to the board that the buyback resumes in the second half.", C),
    ("We'll give shareholders a full update on the Hull site at the interim results.", C),
    ("We will produce a revised climate transition plan by the end of 2027.", C),
    ("The slides will be made available on our investor relations website by Friday.", C),
    ("The recording will be sent to our shareholders next week.", C),
    # A newsletter's author, a video's maker.
    ("- Paid subscribers: the spreadsheet with all my forecasts goes out on Thursday.", C),
    ("And yes, the follow-up video with the battery teardown goes up on Friday the 18th", C),
    ("Part two goes up next week.", C),
    ("My next newsletter goes out on Sunday.", C),
    ("The full teardown goes live tomorrow at 9.", C),
    ("Our new app ships on Monday.", C),
    # A founder, an engineer, in a chat.
    ("fine. We launch on September 1st, I'm putting it in the investor update tonight.", C),
    ("We open the second kitchen next month.", C),
    ("ok we ship on Friday, no more slipping", C),
    ("I'm sending the contract over tomorrow.", C),
    ("We're writing to every tenant this week.", C),
    ("will do, sending it over right after standup", C),
    ("on it, posting the fix tonight", C),
    # A reporter's notes.
    ("commits — trust will cut leakage to 15% by March 2028.", C),
    ("pledges: the new depot opens by June 2027.", C),
    # A secretary of state: permits are her department's own act, counted.
    ("And we will hit 50,000 permits by election day, I'm confident of that.", C),
    ("We will process 20,000 visa applications by the end of March.", C),
    ("We'll reach a million vaccinations by Easter.", C),
    # Near-misses: a hedge, another's act, an outcome, a price, a timetable.
    ("I expect completions to double by the end of 2027.", P),
    ("I think you'll see rent growth fall below 4 percent by this time next year.", P),
    ("My estimate is that perhaps 140 will be finished by then.", P),
    ("Prices go up in January.", P),
    ("My rent goes up next month.", P),
    ("I think we launch on September 1st.", P),
    ("We launch on September 1st, I think.", P),
    ("We will hit 10k paying users by the end of the year.", P),
    ("We will reach a million customers by 2028.", P),
    ("I think we'll hit 50,000 permits by election day.", P),
    ("Our council tax will be raised in April.", P),
    ("The new iPhone ships on Friday.", P),
    ("I'm putting my money on a cut in March.", P),
    ("I'm calling it now, rates get cut in June.", P),
    ("We start seeing the benefits next year.", P),
    ("My flight lands tomorrow at noon.", P),
    ("The report goes out on Monday, and it will show prices rising.", P),
    ("Our rates go up in April.", P),
    ("My full report goes out on Monday.", C),
    ("I'm writing off the whole of next year.", P),
    ("The full review of the inquiry goes live on Monday.", P),
    # An act under way of the speaker's side, with when: its plan, a commitment.
    (
        "@iwaldmann We at Moreau Fluvial are adding two shallow-draft push boats in Duisburg "
        "by the end of next quarter.",
        C,
    ),
    ("We are hiring 40 engineers by March.", C),
    ("We here at Tallyware are upgrading every scanner by the end of the month.", C),
    ("And we're installing the new chargers next month.", C),
    # Near misses: an outcome under way, a habit, others' act, a hedge.
    ("We are seeing prices fall this year.", P),
    ("We are adding jobs every month.", P),
    ("Employers are hiring 40,000 engineers by March.", P),
    ("I think we are hiring 40 engineers by March.", P),
]


@pytest.mark.parametrize(("line", "kind"), KINDS, ids=[row[0][:60] for row in KINDS])
def test_the_speakers_own_act_without_i_will_is_a_commitment(line, kind):
    assert classify(line, has_horizon=True, timed=True) == kind


# Undated, as the importer reads a line with no horizon: a timetable's fact stays a fact.
UNDATED = [
    ("The train goes out at 9.", F),
    ("The bins go out on Tuesday nights.", F),
    ("We open at 9 on Saturdays.", F),
    ("We're meeting expectations this year.", F),
    ("the spreadsheet with all my forecasts goes out on Thursday.", C),
    ("will do, sending it over right after standup", C),
]


@pytest.mark.parametrize(("line", "kind"), UNDATED, ids=[row[0][:60] for row in UNDATED])
def test_undated_lines(line, kind):
    assert classify(line) == kind


HOW = [
    ("It will be laid before Parliament by the end of February.", DOERLESS_ACT),
    ("We launch on September 1st.", OWN_ACT),
    ("The new fares will be published on our website on Monday.", OWN_ACT),
    ("The fares will be published on the operator's website on Monday.", ""),
    ("The train goes out at 9.", ""),
]


@pytest.mark.parametrize(("line", "how"), HOW, ids=[row[0][:60] for row in HOW])
def test_how_the_act_is_the_speakers(line, how):
    assert own_act(normalise(line)) == how


ANSWERS = [
    ("It will.", "Will it be fixed before next winter?", DOERLESS_ACT),
    ("Yes, it will.", "Will the report be published by March?", DOERLESS_ACT),
    ("They will.", "Will the pumps be back in service by September?", DOERLESS_ACT),
    ("We will.", "Will you publish the refurbishment schedule?", OWN_ACT),
    ("Yes, we will.", "Are you going to meet the works council?", OWN_ACT),
    # Near-misses: a forecast asked, a hedge in the question, no short "yes".
    ("They will.", "Will rents come down if you're elected?", ""),
    ("It will.", "Will inflation be back at target next year?", ""),
    ("It will.", "Do you think it will be fixed before winter?", ""),
    ("It will, but not before 2028 at the earliest.", "Will it be fixed?", ""),
    ("It will.", "", ""),
]


@pytest.mark.parametrize(
    ("text", "asked", "how"), ANSWERS, ids=[f"{row[0]} {row[1][:40]}" for row in ANSWERS]
)
def test_a_short_yes_to_a_question_about_an_act(text, asked, how):
    assert answered_act(text, asked) == how


@pytest.mark.django_db
def test_a_yes_to_an_act_asked_after_is_a_commitment_asked_about():
    text = (
        "Q4 Kieran Moss: Will it be fixed before next winter?\n"
        "Owen Prichard: It will. We will write to the Committee with the refurbishment"
        " schedule within 14 days.\n"
        "Q5 Kieran Moss: Will prices fall before next winter?\n"
        "Dr Vale: They will.\n"
    )
    plan = import_plan(
        data=text.encode(),
        file_name="evidence.txt",
        options=ImportOptions(
            source=SourceChoice(title="Evidence", published_on=datetime.date(2026, 1, 14))
        ),
    )
    got = {c.quote: c for c in plan.candidates}
    answer = got["It will."]
    assert answer.kind == C
    assert DOERLESS.split("(")[0] in answer.statement.note
    assert got["They will."].kind == P
