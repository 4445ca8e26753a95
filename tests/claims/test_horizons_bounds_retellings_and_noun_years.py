"""Where time decides a statement's horizon or its kind: a negated or doubted "before" (a lower
bound), a forecast told of the past, a date already past when a fronted forecast was said, a
year that names a noun beside the verb's own time, and a hedge on the past.

Each table holds the case as found and invented ones of the same kind, as speakers, notes and
captions say them, with near-misses that must not change. Said on Friday 20 November 2026,
day known, unless a row says otherwise. The rules are in docs/horizons.md.
"""

import datetime

import pytest

from claims import services
from claims.choices import ClaimKind
from claims.horizons import HorizonKind, parse_horizon
from claims.importing.classify import classify
from tests.factories import SourceFactory, SpeakerFactory

D = datetime.date
SAID = D(2026, 11, 20)
DATED, VAGUE, NONE = HorizonKind.DATED, HorizonKind.VAGUE, HorizonKind.NONE


def _read(text: str, said_on: datetime.date = SAID):
    return parse_horizon(text, said_on=said_on)


# ---- 1. A negated or doubted "before" is a lower bound: no deadline, the curator asked.

NEGATED_BEFORE = [
    # (text, the negation the remark names ("" when it opens the phrase), the denial's day)
    ("I don't think that happens before 2030, honestly.", "don't", D(2029, 12, 31)),
    ("Not before 2030.", "", D(2029, 12, 31)),
    ("I doubt it happens before 2030.", "doubt", D(2029, 12, 31)),
    ("No earlier than 2030.", "", D(2029, 12, 31)),
    ("Honestly? We won't see a rate cut before June.", "won't", D(2027, 5, 31)),
    ("RATE CUTS? NOT BEFORE THE SUMMER, I'D SAY.", "", D(2027, 5, 31)),
    ("i dont think we get there before 2028 to be honest", "dont", D(2027, 12, 31)),
    ("Level 5 is unlikely before 2032.", "unlikely", D(2031, 12, 31)),
    (
        "Nobody ships a solid-state pack in volume before the end of 2028.",
        "Nobody",
        D(2028, 12, 31),
    ),
    ("Not before 2029 will the line open.", "", D(2028, 12, 31)),
    ("The ECB won't move sooner than September.", "won't", D(2027, 8, 31)),
]


@pytest.mark.parametrize(("text", "negation", "day"), NEGATED_BEFORE)
def test_a_negated_or_doubted_before_is_a_lower_bound_asked_about(text, negation, day):
    result = _read(text)
    assert (result.kind, result.deadline) == (VAGUE, None), result.rule
    assert "is a lower bound" in result.rule
    assert result.remark.startswith(f"lower bound: “{result.phrase}”")
    assert (f"read with “{negation}”" in result.remark) is bool(negation)
    assert f"as a denial it is judged on {day.day} " in result.remark
    assert result.pledged is not None
    assert (result.pledged.kind, result.pledged.deadline) == (DATED, day)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("It won't happen until 2030.", "until 2030"),
        ("Rate cuts? Not until after the election.", "after the election"),
        ("No rate cuts until 2027, in my view.", "until 2027"),
        ("We're talking 2031 at the earliest.", "2031 at the earliest"),
    ],
)
def test_every_lower_bound_says_so_in_its_remark(text, why):
    result = _read(text)
    assert (result.kind, result.deadline) == (VAGUE, None), result.rule
    assert "is a lower bound" in result.rule
    assert result.remark.startswith(f"lower bound: “{why}”")


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # Near-misses: a negated "by", a date denied alone, no negation, "no doubt".
        ("This will not happen by 2030.", D(2030, 12, 31)),
        ("Nobody will drive a petrol car in Oslo by the end of 2028.", D(2028, 12, 31)),
        ("Not this year.", D(2026, 12, 31)),
        ("Rates will be cut before the summer.", D(2027, 5, 31)),
        ("No doubt it happens before 2030.", D(2029, 12, 31)),
        ("I doubt it, but rates will fall before 2030.", D(2029, 12, 31)),
    ],
)
def test_a_negated_by_a_denied_date_and_a_plain_before_keep_their_deadline(text, deadline):
    result = _read(text)
    assert (result.kind, result.deadline) == (DATED, deadline), result.rule
    assert not result.remark.startswith("lower bound")


pytestmark_db = pytest.mark.django_db


def _created(quote: str, kind: str = ClaimKind.PREDICTION):
    return services.claim_create(  # the factory's source is dated October 2022
        speaker=SpeakerFactory(),
        source=SourceFactory(),
        quote=quote,
        statement=quote,
        said_on=D(2022, 10, 1),
        said_on_precision="month",
        kind=kind,
    )


@pytestmark_db
@pytest.mark.parametrize(
    "quote",
    [
        "I don't think that happens before 2030, honestly.",
        "I doubt it happens before 2030.",
        "Inflation at 2%? Not before 2028.",
    ],
)
def test_the_api_path_gives_a_negated_before_no_deadline_and_asks_for_one(quote):
    claim = _created(quote)
    assert (claim.deadline, claim.needs_deadline) == (None, True)
    assert "is a lower bound" in claim.deadline_rule


@pytestmark_db
def test_a_promise_not_to_act_before_a_date_is_kept_if_not_done_by_then():
    claim = _created("We will not cut a single job before the end of 2027.", ClaimKind.COMMITMENT)
    assert (claim.deadline, claim.needs_deadline) == (D(2027, 12, 31), False)
    assert "negated: comes true if it has not happened by then" in claim.deadline_rule


# ---- 2. A forecast told of the past is a report: no deadline from its old date.

RETOLD = [
    "Last year he predicted a downturn by mid-2026; he concedes it didn't happen.",
    "Back in 2022 I predicted a recession by 2024. It never came.",
    "In 2019 she said we'd have self-driving cars by 2021.",
    # Old forecasts whose dates are still ahead: the date is the old forecast's.
    "Last year he predicted a downturn by mid-2027; he concedes it won't happen.",
    "In 2024 she said we'd have self-driving cars by 2028.",
    "Two years ago I forecast rates at 2% by 2027.",
    "In 2025 they promised a new stadium by 2028.",
    "Last spring the Fed projected three cuts by the end of 2027.",
    "back in 2023 the ceo told us margins would double by 2027",
    "In 2015 he said AGI would arrive by 2030",
]


@pytest.mark.parametrize("text", RETOLD)
def test_a_forecast_told_of_the_past_gives_no_deadline(text):
    result = _read(text)
    assert (result.kind, result.deadline) == (NONE, None), result.rule


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # Near-misses: the old forecast held now, or a saying in the present.
        ("Last year I said rates would fall by 2027, and I still think so.", D(2027, 12, 31)),
        ("In 2024 she said we will have self-driving cars by 2028.", D(2028, 12, 31)),
        ("I said it before: rates will fall by 2027.", D(2027, 12, 31)),
        ("Last year the Fed cut rates, and it will cut again by 2027.", D(2027, 12, 31)),
    ],
)
def test_a_forecast_held_now_keeps_its_deadline(text, deadline):
    result = _read(text)
    assert (result.kind, result.deadline) == (DATED, deadline), result.rule


# ---- 3. A fronted date already past when the forecast was said: no deadline, a remark.

PAST = "was already past when it was said (on 20 November 2026)"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("By 2025, AI will write most code.", "By 2025"),
        ("By mid-2026 we will have fully autonomous trucks.", "By mid-2026"),
        ("In 2025, the company will ship its first chip.", "In 2025"),
        ("Honestly, by 2025 most new cars will be electric.", "by 2025"),
        ("And by March 2026 the plant is going to be running.", "by March 2026"),
        ("AI will write most code by 2025.", "by 2025"),  # the verb before it, as before
    ],
)
def test_a_fronted_forecasts_date_already_past_is_remarked(text, phrase):
    result = _read(text)
    assert (result.kind, result.deadline) == (NONE, None), result.rule
    assert result.remark.startswith(f"deadline unclear: “{phrase}” {PAST}")


@pytest.mark.parametrize(
    "text",
    [
        # Near-misses: the date is the past's, not a forecast's.
        "In 2025 we grew 5%, and we will grow again.",
        "In 2025 she said we will have it.",
        "By 2025, AI was writing most code.",
        "In 2019 she said we'd have self-driving cars by 2021.",
    ],
)
def test_a_past_date_told_as_past_gets_no_past_date_remark(text):
    assert PAST not in _read(text).remark


# ---- 4. A year naming a noun beside the verb's own time: the verb's time is the horizon.


@pytest.mark.parametrize(
    ("text", "kind", "deadline"),
    [
        ("Energy forecasts for 2027 will be cut by the end of 2026.", DATED, D(2026, 12, 31)),
        ("Guidance for fiscal 2028 will be raised next quarter.", DATED, D(2027, 3, 31)),
        ("The 2030 targets will be dropped by the summer.", DATED, D(2027, 8, 31)),
        ("Our outlook for 2028 will be revised in March.", DATED, D(2027, 3, 31)),
        ("The EU's 2040 climate target will be watered down before June.", DATED, D(2027, 5, 31)),
        ("Budget forecasts for 2029 will be published within six months.", DATED, D(2027, 5, 20)),
        ("The 2030 targets will be dropped soon.", VAGUE, None),
        # A quarter or half after a determiner names a noun the same way.
        ("We're going to publish the Q1 outlook piece by December 15.", DATED, D(2026, 12, 15)),
        ("Our H2 guidance will be cut by the end of January.", DATED, D(2027, 1, 31)),
        ("The Q3 numbers will be restated before Christmas.", DATED, D(2026, 12, 24)),
        # Near-misses: the noun's year alone, or the verb's time in another sentence.
        ("Our outlook for 2027 is flat margins.", DATED, D(2027, 12, 31)),
        ("Germany will miss its 2030 renewables target.", DATED, D(2030, 12, 31)),
        ("Energy forecasts for 2027 will be cut. Rates fall next year.", DATED, D(2027, 12, 31)),
        ("We will publish the Q1 results.", DATED, D(2027, 3, 31)),
        ("Revenue will grow in the first quarter, by 5%.", DATED, D(2027, 3, 31)),
    ],
)
def test_the_verbs_time_is_the_horizon_not_the_nouns_year(text, kind, deadline):
    result = _read(text)
    assert (result.kind, result.deadline) == (kind, deadline), result.rule


# ---- 5. Past meetings and a hedge on the past are no forecasts.


@pytest.mark.parametrize(
    "text",
    [
        "We agreed at the March meeting to hold rates.",
        "At the June summit the leaders agreed to cut tariffs.",
        "We decided in September to close the plant.",
        "Probably the best year was 2020.",
    ],
)
def test_a_past_meeting_or_year_is_no_horizon(text):
    assert _read(text).kind is NONE


@pytest.mark.parametrize(
    ("text", "forecast"),
    [
        ("Probably the best year was 2020.", False),
        ("The best year was probably 2020.", False),
        ("It was probably a mistake to raise rates.", False),
        ("Probably the peak was in 2021.", False),
        ("Honestly the worst quarters were probably behind us by then.", False),
        # Near-misses: "probably" on a future verb is a hedged forecast.
        ("Rates will probably fall by 2027.", True),
        ("Probably the best year will be 2027.", True),
        ("Probably rates fall next year.", True),
    ],
)
def test_a_hedge_on_the_past_is_no_forecast(text, forecast):
    reading = _read(text)
    dated = reading.kind is DATED
    kind = classify(text, has_horizon=dated, timed=reading.kind is not NONE)
    assert (kind == ClaimKind.PREDICTION) is forecast, kind


# ---- A sign-off's time, run into a claim by unpunctuated captions, dates no claim.


@pytest.mark.parametrize(
    ("text", "kind", "deadline"),
    [
        ("fusion power on the grid not before 2035 mark my words see you next week", VAGUE, None),
        ("rates fall by june see you all next week", DATED, D(2027, 6, 30)),
        ("catch you guys tomorrow", NONE, None),
        ("Thanks for watching, see you next month.", NONE, None),
        # Near-misses: the speaker's own act at that time.
        ("I will see you next week in Paris to sign the deal.", DATED, D(2026, 11, 29)),
        ("We'll talk to you next week about the contract.", DATED, D(2026, 11, 29)),
    ],
)
def test_a_sign_offs_time_dates_no_claim(text, kind, deadline):
    result = _read(text)
    assert (result.kind, result.deadline) == (kind, deadline), result.rule
