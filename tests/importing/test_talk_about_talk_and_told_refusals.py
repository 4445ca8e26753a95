"""Table tests: talk about the talk, a question laughed off, and a refusal told.

A signpost of what the speaker will say next, a show's break or sponsor read, a meeting's
next time and a question ended by a laugh or an emoji claim nothing; a sentence telling that
someone would not say when is no prediction. Near misses keep their reading.
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import classify, is_candidate
from claims.importing.services import ImportOptions, SourceChoice, import_plan

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "text",
    [
        "I will tell you why.",
        "I'll come back to that in a minute.",
        "I'll explain why in a second.",
        "So let me walk you through three numbers.",
        "We'll get to that later.",
        "Now I'm going to talk a bit about the grid.",
        "And we'll circle back to that at the end.",
        "Okay, let's turn to the second chart.",
        "We'll take a short break and be right back.",
        "Before we dive in, a quick word from our sponsor.",
        "A quick word from this week's sponsor.",
        "Stay with us.",
        "Don't go anywhere, more after the break.",
        "Same time in two weeks.",
        "Okay, same time next Thursday.",
        "Let's pick this up next week.",
        # The next meeting's time.
        "Next sync is Thursday the 12th at ten, same link.",
        "The next monetary policy meeting is on 16 April, with the press conference at 14:45.",
        "Budget meeting is Thu 19 March, 18:30 in the council chamber, gallery opens 18:00",
        "Our next call is tomorrow at 9.",
        "The next hearing is set for 3 June.",
        "will the landlord even show up? lol",
        "rates below 3% by June? 😂",
        "Is the merger going to close before Christmas? haha",
        "you think they finish the bridge by 2027?? lmao",
        "gonna be a late one tonight? 🙃",
    ],
)
def test_talk_about_the_talk_and_a_laughed_off_question_are_no_candidates(text):
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'll tell you why: rates fall by 2027.",
        "Let me tell you what happens next: the plant closes in March.",
        "I will get to net zero by 2040, whatever it takes.",
        "We'll be right back to full production by the spring.",
        "We will take a break from hiring until 2028.",
        "Same-store sales will grow again by the second half of 2027.",
        "lol no, prices keep rising through 2027",
        "The bridge will open by June 2027, lol.",
        # A meeting's time with a forecast of it.
        "The next meeting is on 16 April, and I expect the MPC to cut by 25 basis points.",
        "The next meeting is on 16 April and they will cut rates by half a point.",
        "The merger vote meeting is on 3 May, and the deal closes by June.",
    ],
)
def test_near_misses_stay_candidates(text):
    assert is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        'Management keeps saying "on track" but won\'t give a date.',
        "The CFO won't say when the plant reopens.",
        "The ministry declined to give a timetable.",
        "They refused to put a number on it.",
        "The board would not comment.",
        "She won't even give us a rough timeline.",
        "The company is not going to provide updated guidance.",
        "He declined to say whether the deal closes.",
        "The council still won't confirm.",
        "Officials wouldn't say how much the upgrade costs.",
    ],
)
def test_a_refusal_told_is_no_prediction(text):
    assert classify(text) != ClaimKind.PREDICTION


@pytest.mark.parametrize(
    "text",
    [
        "They won't give a date, but prices will rise by spring.",
        "Voters won't give the mayor a second term.",
        "The regulator won't approve the merger before 2028.",
        "The plant won't reopen before 2028.",
        "The union won't accept a pay freeze next year.",
        "Rates won't fall below 3% before 2028.",
    ],
)
def test_a_forecast_with_wont_stays_a_prediction(text):
    assert classify(text) == ClaimKind.PREDICTION


def test_a_chat_keeps_the_forecasts_and_drops_the_laughed_off_question():
    text = (
        "Kwame Asante: will the landlord even show up? lol\n"
        "Pat Ryan: my guess, rents go up 8% by next September\n"
        "Kwame Asante: I'll come back to that in a minute.\n"
        "Pat Ryan: The council won't say when the vote is.\n"
    )
    plan = import_plan(
        data=text.encode(),
        file_name="chat.txt",
        options=ImportOptions(
            source=SourceChoice(title="Tenants chat", published_on=datetime.date(2026, 10, 20))
        ),
    )
    kinds = {c.quote: c.kind for c in plan.candidates}
    assert kinds == {
        "my guess, rents go up 8% by next September": ClaimKind.PREDICTION,
        "The council won't say when the vote is.": ClaimKind.FACTUAL,
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I think that number is too high, and I will tell you why.", ClaimKind.OPINION),
        ("That target is a fantasy, and I'll explain why.", ClaimKind.OPINION),
        ("Our churn doubled last year, and I'll show you why in a minute.", ClaimKind.FACTUAL),
        ("Housing is the real problem; I'll tell you why.", ClaimKind.OPINION),
        # Near misses: the forecast stays one, and a signpost alone is read as before.
        ("Prices will fall by 2027, and I will tell you why.", ClaimKind.PREDICTION),
        ("I'll tell you why rates will fall by 2027.", ClaimKind.PREDICTION),
    ],
)
def test_a_signpost_closing_a_claim_is_no_part_of_it(text, kind):
    assert classify(text) == kind


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "The Builders Council forecast has single-family starts falling 8% next year.",
            "Builders Council forecast",
        ),
        ("The IMF outlook sees growth slowing to 2% next year.", "IMF outlook"),
        ("The Met Office model has the drought lasting into 2027.", "Met Office model"),
        ("The OBR projections show debt peaking in 2029.", "OBR projections"),
        (
            "The Harbor Port Authority estimate puts volumes up 5% by 2028.",
            "Harbor Port Authority estimate",
        ),
        ("The CBO scenario assumes rates stay high through 2027.", "CBO scenario"),
    ],
)
def test_a_bodys_forecast_named_without_a_possessive_is_theirs_told(text, owner):
    from claims.importing.others_forecasts import anothers_forecast

    assert anothers_forecast(text) == owner


@pytest.mark.parametrize(
    "text",
    [
        "Our own forecast has starts falling eight percent next year.",
        "My forecast has starts falling eight percent next year.",
        "the forecast has rain all weekend",
        "We expect starts to fall eight percent next year.",
    ],
)
def test_ones_own_or_an_unnamed_forecast_is_not_a_bodys(text):
    from claims.importing.others_forecasts import anothers_forecast

    assert anothers_forecast(text) == ""


@pytest.mark.parametrize(
    "text",
    [
        "I'll go out on a limb.",
        "And I'll put a number on total loans too.",
        "Let me make a prediction.",
        "Okay, I'll stick my neck out here.",
        "I'm going to make a bold call.",
        "So I'll go on the record now.",
    ],
)
def test_a_forecast_announced_before_it_is_made_is_no_candidate(text):
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'll go out on a limb: rates are cut twice before June.",
        "I'll put a number on it: 600 million by the end of next year.",
        "Let me make a prediction, the bridge opens late in 2027.",
    ],
)
def test_an_announced_forecast_with_the_forecast_stays_a_candidate(text):
    assert is_candidate(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Lake Calder is at 41% of capacity this week.", ClaimKind.FACTUAL),
        ("Where we are: the reservoir is at 41% of capacity this week.", ClaimKind.FACTUAL),
        ("Unemployment is at 4.1% this month.", ClaimKind.FACTUAL),
        ("The index is down 3% so far this year.", ClaimKind.FACTUAL),
        ("Mortgage rates are still above 7% today.", ClaimKind.FACTUAL),
        ("Our backlog stands at 14 weeks right now.", ClaimKind.FACTUAL),
        # Near misses: something ahead in the period.
        ("The lake will be below 35% this month.", ClaimKind.PREDICTION),
        ("Prices should be up by the end of this month.", ClaimKind.PREDICTION),
        ("We expect the index to be down 3% this year.", ClaimKind.PREDICTION),
        ("The lake is going to be at 30% by Christmas.", ClaimKind.PREDICTION),
    ],
)
def test_a_state_of_today_dated_by_its_period_is_no_prediction(text, kind):
    assert classify(text) == kind
