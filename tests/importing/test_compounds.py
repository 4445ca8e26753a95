"""Two claims in one sentence joined by "and": two statements, each with its own deadline."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.compounds import CONTINUES, split_compound, split_compounds
from claims.importing.plans import ImportOptions, SourceChoice
from claims.importing.services import import_plan


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        (
            "For what it's worth, I now think the MPC holds in December and cuts in February.",
            ["For what it's worth, I now think the MPC holds in December", "and cuts in February."],
        ),
        (
            "My bet is Bank Rate at 3.25% by the end of Q1 and 3% by the end of next year.",
            ["My bet is Bank Rate at 3.25% by the end of Q1", "and 3% by the end of next year."],
        ),
        (
            "We will launch the first 12 satellites in Q2 2027, and the remaining 36 by the end"
            " of 2028.",
            [
                "We will launch the first 12 satellites in Q2 2027",
                "and the remaining 36 by the end of 2028.",
            ],
        ),
        (
            "We will hire in March and train them in June.",
            ["We will hire in March", "and train them in June."],
        ),
        (
            "Prices rose in 2024 and will fall in 2027.",
            ["Prices rose in 2024", "and will fall in 2027."],
        ),
        # A fact, then a promise or forecast of the speaker's own.
        (
            "We now employ 612 people, up from 380 a year ago, and we will open our Toulouse"
            " engineering office in January.",
            [
                "We now employ 612 people, up from 380 a year ago",
                "and we will open our Toulouse engineering office in January.",
            ],
        ),
        (
            "We've recruited 140 nurses from overseas since April, and we will open two wards"
            " by June 2027.",
            [
                "We've recruited 140 nurses from overseas since April",
                "and we will open two wards by June 2027.",
            ],
        ),
        (
            "Revenue was up 12% in 2025 and we expect more in 2027.",
            ["Revenue was up 12% in 2025", "and we expect more in 2027."],
        ),
    ],
)
def test_two_claims_are_split(sentence, parts):
    assert split_compound(sentence) == parts


@pytest.mark.parametrize(
    "sentence",
    [
        "We will ship in Q1 and Q2 2027.",  # a list of times
        "Inflation will be 3% by 2026 and 2027.",
        "Rates fall and inflation settles by 2027.",  # one time for both
        "Between March and June we will hire 40 people.",  # a range
        "I am always happy to meet the hon. Member, and I will do so before Christmas.",
        "Sales rose 4% and margins improved.",  # two facts
        "We will open in Lyon and in Toulouse by 2028.",
    ],
)
def test_one_claim_is_not_split(sentence):
    assert split_compound(sentence) == [sentence]


@pytest.mark.django_db
def test_each_part_is_a_candidate_with_its_deadline():
    text = (
        "For what it's worth, I now think the MPC holds in December and cuts in"
        " February.\nWe now employ 612 people, up from 380 a year ago, and we will open"
        " our Toulouse engineering office in January.\n"
    )
    plan = import_plan(
        data=text.encode(),
        file_name="notes.txt",
        options=ImportOptions(
            source=SourceChoice(title="Call", published_on=datetime.date(2026, 11, 26)),
            speakers={"": "Rachel Onyango"},
        ),
    )
    got = [(c.quote, c.kind, c.deadline) for c in plan.candidates]
    assert got == [
        (
            "For what it's worth, I now think the MPC holds in December",
            ClaimKind.PREDICTION,
            datetime.date(2026, 12, 31),
        ),
        ("and cuts in February.", ClaimKind.PREDICTION, datetime.date(2027, 2, 28)),
        ("We now employ 612 people, up from 380 a year ago", ClaimKind.FACTUAL, None),
        (
            "and we will open our Toulouse engineering office in January.",
            ClaimKind.COMMITMENT,
            datetime.date(2027, 1, 31),
        ),
    ]
    second = plan.candidates[1]
    assert CONTINUES.split("“")[0] in second.statement.note


@pytest.mark.parametrize(
    ("before", "sentence", "phrase"),
    [
        (
            "Last year I wrote that we would be cash-flow positive by the end of 2026.",
            "We will not be, and I owe you an explanation.",
            "by the end of 2026",
        ),
        ("Inflation hits 2% in 2027.", "It won't.", "in 2027"),
        ("Everyone says the line reopens by 2028.", "It will not, I'm afraid.", "by 2028"),
        ("The board wants the depot open by March 2027.", "It won't happen.", "by March 2027"),
        ("Analysts say we will break even by 2028.", "We will.", "by 2028"),
        (
            "Can the council fix the bridge before next summer?",
            "No, it won't.",
            "before next summer",
        ),
        (
            "They promised the new ward by the end of 2027.",
            "They're not going to.",
            "by the end of 2027",
        ),
        ("People say the strike ends within two weeks.", "I doubt it will.", "within two weeks"),
        # Near-misses: no time before, a time that is over, a forecast of its own, a time of
        # the sentence's own ("They will, by June.": its own).
        ("We hired 40 people.", "We will not be doing that again.", ""),
        ("We said in 2019 that we would be done.", "We will not be.", ""),
        ("We will ship the arm in January.", "It will be the lightest on the market.", ""),
        ("They said the site reopens by 2028.", "They will, by June.", ""),
        ("The vote is close.", "It won't.", ""),
        ("The plant closes by 2029.", "We will miss it.", ""),
        ("Analysts say we will break even by 2028.", "We will, eventually.", ""),
    ],
)
def test_an_elliptical_forecast_takes_the_time_before(before, sentence, phrase):
    # Said in November 2026, whatever the day the suite runs.
    _, notes = split_compounds([before, sentence], said_on=datetime.date(2026, 11, 9))
    if phrase:
        assert f"without its time: “{phrase}” is taken as its deadline" in notes[sentence]
    else:
        assert sentence not in notes


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "quote", "deadline"),
    [
        (
            "Last year I wrote that we would be cash-flow positive by the end of 2026. We will"
            " not be, and I owe you an explanation.",
            "We will not be, and I owe you an explanation.",
            datetime.date(2026, 12, 31),
        ),
        (
            "Everyone says the line reopens by 2028. It will not, I'm afraid.",
            "It will not, I'm afraid.",
            datetime.date(2028, 12, 31),
        ),
        (
            "The board wants the depot open by March 2027. It won't happen, in my view.",
            "It won't happen, in my view.",
            datetime.date(2027, 3, 31),
        ),
        # Near-miss: a time of its own is its deadline.
        (
            "They said the site reopens by 2028. They will, by June.",
            "They will, by June.",
            datetime.date(2027, 6, 30),
        ),
    ],
)
def test_an_elliptical_forecasts_deadline_is_the_time_before(text, quote, deadline):
    plan = import_plan(
        data=text.encode(),
        file_name="letter.txt",
        options=ImportOptions(
            source=SourceChoice(title="Letter", published_on=datetime.date(2026, 11, 9)),
            speakers={"": "Ingrid Solberg"},
        ),
    )
    got = {c.quote: (c.kind, c.deadline) for c in plan.candidates}
    assert got[quote] == (ClaimKind.PREDICTION, deadline)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Fed cuts in October and December, then pauses until mid-2026.",
        "We hire in March and in June, then stop for 2027.",
    ],
)
def test_a_list_of_times_is_not_split(sentence):
    assert split_compound(sentence) == [sentence]
