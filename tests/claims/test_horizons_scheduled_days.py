"""Scheduled acts and named periods: "goes out on Thursday", "on Friday the 18th", "at the
interim results on 12 November", "the full-year results next June", "from next year", "the
second half of this calendar year"; and the near-misses that must stay as they are (the past,
habits, a weekday its date does not fall on, a year gone, the said-on day itself)."""

import datetime

import pytest

from claims.horizons import HorizonKind, parse_horizon

D = datetime.date
WED_9_SEP = D(2026, 9, 9)
TUE_4_AUG = D(2026, 8, 4)
WED_24_JUN = D(2026, 6, 24)

DATED = [
    # A weekday with its day of the month: the next such day on or after the said-on day.
    (
        "the follow-up video with the battery teardown goes up on Friday the 18th",
        WED_9_SEP,
        D(2026, 9, 18),
    ),
    ("Part two drops on Thu 17th, same time as usual", WED_9_SEP, D(2026, 9, 17)),
    ("The episode will be out on Monday the 5th", WED_9_SEP, D(2026, 10, 5)),
    ("We'll send the draft over by Wednesday 30th", WED_9_SEP, D(2026, 9, 30)),
    ("The livestream is on Saturday, the 12th", WED_9_SEP, D(2026, 9, 12)),
    ("the teardown goes live on Fri 18th", WED_9_SEP, D(2026, 9, 18)),
    # "On <weekday>" for an act to come: a future, or a timetable's verb in the present.
    ("the newsletter goes out on Thursday", TUE_4_AUG, D(2026, 8, 6)),
    ("The newsletter will go out on Thursday", TUE_4_AUG, D(2026, 8, 6)),
    ("The vote is on Thursday", TUE_4_AUG, D(2026, 8, 6)),
    ("Results are out on Friday, and we expect a beat", TUE_4_AUG, D(2026, 8, 7)),
    ("The new season premieres on Sunday", TUE_4_AUG, D(2026, 8, 9)),
    ("The pop-up store opens on Saturday", TUE_4_AUG, D(2026, 8, 8)),
    ("by Thursday the fix is in", TUE_4_AUG, D(2026, 8, 6)),  # read already: kept
    # A day of the month alone: the next such day ("of next month": that month's).
    ("I reckon the MPC holds at 3.75% on the 19th", WED_9_SEP, D(2026, 9, 19)),
    ("The vote is on the 2nd", WED_9_SEP, D(2026, 10, 2)),
    ("We'll publish the figures on the 28th", WED_9_SEP, D(2026, 9, 28)),
    ("Prices rise on the 3rd of next month", WED_9_SEP, D(2026, 10, 3)),
    ("The hearing is on the 21st of this month", WED_9_SEP, D(2026, 9, 21)),
    ("We will publish it before the vote on the 12th", WED_9_SEP, D(2026, 9, 11)),
    ("The lease ends on the 31st", WED_9_SEP, D(2026, 10, 31)),  # September has no 31st
    # "On <day> <month>" and "on <month> <day>" in a forecast or a promise.
    (
        "we'll give a full category breakdown at the interim results on 12 November",
        WED_24_JUN,
        D(2026, 11, 12),
    ),
    ("We will launch on the 3rd of March", WED_24_JUN, D(2027, 3, 3)),
    ("The product will ship on March 3", WED_24_JUN, D(2027, 3, 3)),
    ("The app will ship on March 3rd", WED_24_JUN, D(2027, 3, 3)),
    ("The interim results are on 12 November", WED_24_JUN, D(2026, 11, 12)),
    ("The hearing is due to start on 1st October", WED_24_JUN, D(2026, 10, 1)),
    ("Voting closes on 30 June", WED_24_JUN, D(2026, 6, 30)),
    ("We'll announce the results on 4 July 2027", WED_24_JUN, D(2027, 7, 4)),
    ("The fund will reopen on June 1st", WED_24_JUN, D(2027, 6, 1)),
    ("It will be released on 12 November", WED_24_JUN, D(2026, 11, 12)),  # a passive to come
    ("On 12 November the board will decide", WED_24_JUN, D(2026, 11, 12)),  # fronted
    ("On Monday, we will know more", TUE_4_AUG, D(2026, 8, 10)),
    ("The council meets on Monday", TUE_4_AUG, D(2026, 8, 10)),
    ("The deal closes on 30 September", WED_24_JUN, D(2026, 9, 30)),
    # A contest's outcome told in the present, its object between the verb and the day.
    ("Republicans pick up two Senate seats on November 3rd", WED_24_JUN, D(2026, 11, 3)),
    ("Okafor wins the runoff on Sunday", TUE_4_AUG, D(2026, 8, 9)),
    ("Labour takes Hartlepool on Thursday", TUE_4_AUG, D(2026, 8, 6)),
    ("The incumbents hold on to the council on 7 May", WED_24_JUN, D(2027, 5, 7)),
    ("The new rules will take effect on 1st January 2027", WED_24_JUN, D(2027, 1, 1)),
    ("The video will be posted on Friday the 18th", WED_9_SEP, D(2026, 9, 18)),
    # A month the sentence names beats the "full-year" reading.
    (
        "We will recommend restoring the final dividend at the full-year results next June",
        WED_24_JUN,
        D(2027, 6, 30),
    ),
    ("We'll update guidance with the full-year figures in March", WED_24_JUN, D(2027, 3, 31)),
    ("For the full year we see revenue of about 4 billion", WED_24_JUN, D(2026, 12, 31)),
    # Halves of a year, named every way.
    (
        "I'd expect growth to accelerate in the second half of this calendar year",
        WED_24_JUN,
        D(2026, 12, 31),
    ),
    ("Margins will recover in the first half of next year", WED_24_JUN, D(2027, 6, 30)),
    ("Volumes should pick up in the second half of 2027", WED_24_JUN, D(2027, 12, 31)),
    ("Volumes should pick up in H2 2027", WED_24_JUN, D(2027, 12, 31)),
    ("Demand will firm in the back half of the year", WED_24_JUN, D(2026, 12, 31)),
    ("We see a pickup in H2 this year", WED_24_JUN, D(2026, 12, 31)),
    ("Growth returns in the second half of next calendar year", WED_24_JUN, D(2027, 12, 31)),
]


@pytest.mark.parametrize(("text", "said_on", "deadline"), DATED)
def test_a_scheduled_day_or_named_period_is_dated(text, said_on, deadline):
    reading = parse_horizon(text, said_on=said_on)
    assert (reading.kind, reading.deadline) == (HorizonKind.DATED, deadline), reading.rule


@pytest.mark.parametrize(
    ("text", "said_on"),
    [
        # The past, and the day something was said.
        ("it went out on Thursday", TUE_4_AUG),
        ("on Thursday we launched the beta", TUE_4_AUG),
        ("The minister said on Thursday that rates would rise", TUE_4_AUG),
        ("we launched on 12 November last year", WED_24_JUN),
        ("On 12 November we cut the price", WED_24_JUN),
        ("The results on 12 November were strong", WED_24_JUN),
        ("Ms Quist told reporters on 3 March that the line would open", WED_24_JUN),
        # A year gone, even in a sentence with a future.
        ("We will revisit what we said on 12 November last year", WED_24_JUN),
        # Habits, not days.
        ("The newsletter goes out every Thursday", TUE_4_AUG),
        ("The newsletter goes out on Thursdays", TUE_4_AUG),
        ("The podcast comes out every other Friday", TUE_4_AUG),
        ("We publish on Thursdays", TUE_4_AUG),
        # A deed told in the past just before the day, a future elsewhere in the sentence.
        ("We will discuss the figures we published on 12 November", WED_24_JUN),
        ("We will talk about what happened on Thursday", TUE_4_AUG),
        ("We'll comment on 3 March's figures", WED_24_JUN),  # a noun's day
        ("The company said on 3 March it would cut 200 jobs", WED_24_JUN),
        ("Shares rose 5% on 12 November", WED_24_JUN),
        # A day of the month alone, told in the past or not a day at all.
        ("We met on the 28th", WED_9_SEP),
        ("Shares fell on the 3rd", WED_9_SEP),
        ("The office is on the 19th floor", WED_9_SEP),
        ("We will get there on the 3rd attempt", WED_9_SEP),
        ("The vote is on the 9th", WED_9_SEP),  # the said-on day itself
        # A day said with "on" and no act to come.
        ("On Thursday the board meets", TUE_4_AUG),
        # The speaker's own routine, and an outcome told in the past.
        ("I take the train on Monday", TUE_4_AUG),
        ("Republicans picked up two seats on 3 November", WED_24_JUN),
        ("Labour took Hartlepool on Thursday", TUE_4_AUG),
        ("I was thinking on Thursday about the launch", TUE_4_AUG),
        # The said-on day itself is no claim's deadline (left so by decision).
        ("the teardown goes up on Wednesday the 9th", WED_9_SEP),
        ("We will launch on 24 June 2026", WED_24_JUN),
        ("I'll send it over tonight", WED_24_JUN),
        ("I'll finish it this afternoon", WED_24_JUN),
        ("I'll ping him right after standup", WED_24_JUN),
        # An explicit date already past is never a horizon.
        ("We will launch on 3 March 2026", WED_24_JUN),
    ],
)
def test_a_day_that_is_no_scheduled_act_has_no_deadline(text, said_on):
    reading = parse_horizon(text, said_on=said_on)
    assert reading.deadline is None, reading.rule


@pytest.mark.parametrize(
    ("text", "said_on", "day"),
    [
        ("the follow-up video goes up on Thursday the 18th", WED_9_SEP, "is a Friday, not a Thu"),
        ("The report will be published on Monday the 20th", WED_9_SEP, "is a Sunday, not a Mon"),
        ("We'll ship by Friday 24 October", D(2026, 10, 18), "is a Saturday, not a Friday"),
        ("The vote is on Tue 3 November 2027", WED_24_JUN, "is a Wednesday, not a Tuesday"),
    ],
)
def test_a_weekday_its_date_does_not_fall_on_is_no_guess(text, said_on, day):
    reading = parse_horizon(text, said_on=said_on)
    assert (reading.kind, reading.deadline) == (HorizonKind.VAGUE, None)
    assert day in reading.remark
    assert "no deadline is taken" in reading.remark


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("We will produce a shorter summary report from next year", D(2027, 12, 31)),
        ("From 2028 we will publish the figures every quarter", D(2028, 12, 31)),
        ("Starting in 2028, we'll report emissions by site", D(2028, 12, 31)),
        ("I'm going to run the club's accounts starting in January", D(2027, 1, 31)),
    ],
)
def test_a_promise_from_a_period_is_due_by_its_end_with_a_remark(text, deadline):
    reading = parse_horizon(text, said_on=WED_24_JUN)
    assert (reading.kind, reading.deadline) == (HorizonKind.DATED, deadline), reading.rule
    assert reading.remark.startswith("starts then")


@pytest.mark.parametrize(
    "text",
    [
        # Lower bounds that stay lower bounds: no promise, a negation, a forecast of a state.
        "starting next year",
        "not before 2029",
        "Inflation at 2%? Not before 2029.",
        "We won't raise prices from next year",
        "Starting in 2027, every new car will ship with it.",
        "Prices will rise after 2028",
        "We will see from next year's results whether it works",  # a noun's time
    ],
)
def test_a_lower_bound_stays_one(text):
    reading = parse_horizon(text, said_on=WED_24_JUN)
    assert (reading.kind, reading.deadline) == (HorizonKind.VAGUE, None), reading.rule
