"""What someone else said, forecast, recalled or gave, told by the speaker: a report, factual
(it can be checked that it was said), not the speaker's own forecast. The speaker's own
clause beside it, and a forecast the speaker tells of having made and holds still, stay
predictions; one they recall as made in the past, and not held, is the past."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import classify
from claims.importing.forecasts import _looks_back, _told_past_forecast
from claims.importing.others_forecasts import anothers_forecast, recalls_past_forecast
from claims.importing.plans import ImportOptions, SourceChoice
from claims.importing.services import import_plan
from claims.importing.wording import normalise
from tests.importing import attributed

F, P, C = ClaimKind.FACTUAL, ClaimKind.PREDICTION, ClaimKind.COMMITMENT
SAID_ON = datetime.date(2026, 10, 18)


def _spoken(text: str, said_on: datetime.date = SAID_ON):
    return attributed.spoken(text, said_on)


@pytest.mark.parametrize(
    "text",
    [
        # Told the speaker, by a body, a name or "they": theirs.
        "Highways told me the earliest they could fit it is spring 2028 anyway",
        "The council's engineers told us the earliest they could start is spring 2028.",
        "The council's engineers told us they could start in spring 2028 at the earliest.",
        "She told me last week the earliest they can do it is 2028.",
        "Network Rail has told us the line could reopen in 2027.",
        "The contractor assured us the road will reopen by March.",
        "Their planners told me the depot won't be ready until 2029.",
        "Apparently the developer told residents it will finish by 2027.",
        "Their editor says it'll be the closest count in twenty years.",
        "Their editor reckons it'll be close.",
        "According to the Met Office, next winter will be colder than average.",
        "The regulator has signalled that it expects prices to fall by 2027.",
        "The regulator has signalled that prices could fall by 2027.",
        "GA relayed that the state energy office expects net-metering rules to be rewritten by"
        " the end of 2027.",
        "Helen, the think tank NHS Futures published a forecast last week saying waits will be"
        " back to pre-pandemic levels by 2029.",
        # Dates another gave, told as given: the giving is done.
        "The Minister has now given this House three different completion dates in 18 months.",
        "The Treasury has moved the deadline three times in two years.",
        "They've given us four different opening dates since 2022.",
        # Another's forecast made before, recalled.
        "She predicted last year that the line would open in 2026.",
        "In 2024 she had predicted panel prices would fall below 10 cents a watt by 2025; they"
        " did not.",
        # The speaker's own, recalled as made in the past and not held: the curator is asked.
        "I told you last month the bridge would reopen by June.",
        "I told the board last year we'd be profitable by 2025, and we weren't.",
    ],
)
@pytest.mark.django_db
def test_a_report_of_what_another_said_is_factual(text):
    (candidate,) = _spoken(text)
    assert (candidate.kind, candidate.deadline) == (F, None)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # A forecast the speaker tells of having made, and holds: theirs, now.
        ("I told the board we'd be profitable by 2028.", datetime.date(2028, 12, 31)),
        (
            "I told you last month the bridge would reopen by June, and I stand by it.",
            datetime.date(2027, 6, 30),
        ),
        ("My own view is that waits will be back to normal by 2029.", datetime.date(2029, 12, 31)),
        ("I think rents will be up 10% by next year.", datetime.date(2027, 12, 31)),
        # Their words, then the speaker's own clause.
        ("They say it will be late, and I agree: it won't open before 2029.", None),
        ("I predict we will hear a fourth date before the next general election.", None),
    ],
)
@pytest.mark.django_db
def test_the_speakers_own_forecast_stays_a_prediction(text, deadline):
    (candidate,) = _spoken(text)
    assert (candidate.kind, candidate.deadline) == (P, deadline)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Highways told me the earliest they could fit it is spring 2028 anyway", "Highways"),
        ("Highways England told us the earliest is 2028.", "Highways England"),
        (
            "The council's engineers told us the earliest they could start is 2028.",
            "The council's engineers",
        ),
        ("Highways told me they will start in 2028.", "Highways"),
        # A pronoun is left to the other readers: in notes, often whom the notes are of.
        ("She told us the plant will close by 2027.", ""),
        ("The regulator has signalled that it expects prices to fall by 2027.", "The regulator"),
        # Not another's: the speaker's side, or no telling.
        ("We told the regulator we will file by March.", ""),
        ("I told them it will be 2028.", ""),
        ("TRC expects the co-op to break even in FY2027.", ""),
        ("They told me it will be 2028, and I think they are right.", ""),
    ],
)
def test_whoever_tells_the_speaker_is_another(text, who):
    assert anothers_forecast(text) == who


@pytest.mark.django_db
def test_a_teller_the_line_is_given_to_keeps_the_forecast():
    """Notes giving "Sam told us …" to Sam: Sam's own forecast, not another's told."""
    plan = import_plan(
        data=b"Sam Okafor: Sam told us the launch will slip to 2027.\n",
        file_name="transcript.txt",
        options=ImportOptions(source=SourceChoice(title="Call", published_on=SAID_ON)),
    )
    assert [c.kind for c in plan.candidates] == [P]


MINUTES = """# Harbour Wind Trust: Board Minutes
Date: 3 November 2026
Present: Ama Boateng (AB, chair), Piotr Nowak (PN, operations), Lena Fischer (LF, finance)

1. Operations
- PN recalled that in 2023 he had predicted turbine costs would halve by 2025; they did not.
- LF recalled that she had forecast a surplus in FY2025, which never came.
- PN said the trust would commission the second turbine in Q3 2027.
- AB relayed that the port authority expects the new berth to open by the end of 2027.
"""


@pytest.mark.django_db
def test_minutes_a_recalled_forecast_is_the_past():
    """The sayer's own forecast recalled in minutes is a report of the past; one said now,
    backshifted ("said the trust would"), is not; another's relayed is a report."""
    plan = import_plan(
        data=MINUTES.encode(),
        file_name="minutes.md",
        options=ImportOptions(
            source=SourceChoice(title="Minutes", published_on=datetime.date(2026, 11, 3))
        ),
    )
    kinds = {c.quote[:12]: (c.speaker.name, c.kind, c.deadline) for c in plan.candidates}
    assert kinds["PN recalled "] == ("Piotr Nowak", F, None)
    assert kinds["LF recalled "] == ("Lena Fischer", F, None)
    assert kinds["PN said the "][1] in {P, C}
    assert kinds["AB relayed t"] == ("Ama Boateng", F, None)


@pytest.mark.parametrize(
    ("clause", "recalls"),
    [
        ("in 2024 she had predicted panel prices would fall below 10 cents by 2025", True),
        ("he predicted in 2020 that rates would stay at zero", True),
        ("the minister has given three different dates", True),
        # Held still, or a forecast now.
        ("in 2024 she had predicted prices would fall, and she still thinks they will", False),
        ("the co-op would commission the battery in Q2 2027", False),
        ("we have set a target of 2030", False),
    ],
)
def test_a_recalled_forecast_is_no_forecast_now(clause, recalls):
    assert recalls_past_forecast(clause) is recalls


@pytest.mark.parametrize(
    ("text", "told_past"),
    [
        ("The Minister has now given this House three different completion dates.", True),
        ("They have already moved the opening date twice.", True),
        ("Network Rail has missed every deadline it set.", True),
        # The speaker's own side, or a date still held: no.
        ("We have set a target of 2030 for net zero.", False),
        ("I have given my forecast: rates will fall by 2027.", False),
        ("The Minister has given a date, and it will slip.", False),
    ],
)
def test_dates_another_gave(text, told_past):
    assert _told_past_forecast(normalise(text)) is told_past


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("I told you last month the bridge would reopen by June.", True),
        ("I told you last month the bridge would reopen by June, and I stand by it.", False),
        ("I said in 2024 we'd be profitable by 2028, and I still think so.", False),
    ],
)
def test_a_forecast_held_still_does_not_look_back(text, back):
    assert _looks_back(normalise(text)) is back


def test_classify_alone():
    assert (
        classify("The Minister has now given this House three different dates in 18 months.") == F
    )
