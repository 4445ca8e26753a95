"""Table tests: auto-generated captions (no capitals, no punctuation) tell another's forecast
as punctuated text does, and a video maker's greeting, plug or sign-off is no claim.

"the eia now says utility solar will pass coal generation in 2027" is the EIA's forecast,
told (factual, no deadline, a remark naming whose), as "Goldman says …" is; "my call …", "i
think …" stay the speaker's own. "hey everyone marcus here welcome back to grid and gigawatts
smash that subscribe button" is no statement; a sign-off run on after a forecast is cut from
it ("… not before 2035 mark my words see you next week").
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.caption_plugs import plugs_trimmed
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.uncased_forecasts import uncased_forecaster

pytestmark = pytest.mark.django_db

SAID_ON = datetime.date(2026, 11, 9)
P, F = ClaimKind.PREDICTION, ClaimKind.FACTUAL


def _captions(*lines: str) -> bytes:
    """An auto-caption file of one speaker: a cue a line, no punctuation."""
    out = ["WEBVTT", "Kind: captions", "Language: en", ""]
    for second, line in enumerate(lines):
        out += [f"00:00:{second * 5:02d}.000 --> 00:00:{second * 5 + 4:02d}.900", line, ""]
    return "\n".join(out).encode()


def _plan(*lines: str):
    return import_plan(
        data=_captions(*lines),
        file_name="episode.vtt",
        options=ImportOptions(
            source=SourceChoice(title="Grid and Gigawatts", published_on=SAID_ON),
            speakers={"": "Marcus Delgado"},
        ),
    )


# (caption words, whose forecast, why)
OTHERS = [
    ("the eia now says utility solar will pass coal generation in 2027", "the eia", "an agency"),
    ("the imf now projects global growth at three percent next year", "the imf", "a body"),
    ("opec says oil demand will keep growing until 2030", "opec", "a cartel that forecasts"),
    ("analysts at jpmorgan think the stock doubles by 2028", "analysts at jpmorgan", "a trade"),
    ("my buddy at tesla reckons the new roadster ships in 2027", "my buddy at tesla", "a friend"),
    ("goldman says oil hits a hundred dollars by 2027", "goldman", "a bank"),
    ("so according to the iea solar overtakes coal by 2027", "the iea", "told by its source"),
    ("a friend of mine at ford says the ev truck will slip to 2028", "a friend of mine at ford",
     "a friend of mine"),
    ("most economists expect two rate cuts next year", "most economists", "a consensus"),
    ("utility solar will pass coal generation in 2027 the eia says", "the eia", "told last"),
    ("solar overtakes coal by 2027 according to the iea", "the iea", "its source, last"),
    ("prices will double by 2028 analysts say", "analysts", "a trade, last"),
]  # fmt: skip


@pytest.mark.parametrize(("words", "who", "why"), OTHERS)
def test_anothers_forecast_in_captions_is_told_not_predicted(words, who, why):
    (candidate,) = _plan(words).candidates
    assert candidate.kind == F, why
    assert candidate.deadline is None
    assert f"reports another's forecast (“{who}”)" in " ".join(candidate.remarks)


# The speaker's own, however said: kept with its deadline.
OWN = [
    ("my call perovskite panels will be on store shelves by the end of 2028", 2028),
    ("i say solar passes coal in 2027", 2027),
    ("rates will fall by 2027 i think", 2027),
    ("i think utility solar will pass coal generation in 2027", 2027),
    ("we expect the grid to add fifty gigawatts in 2027", 2027),
    ("my team thinks we ship the inverter in 2027", 2027),
    ("texas says it will double its storage by 2028", None),  # a place, not a forecaster
]


@pytest.mark.parametrize(("words", "year"), OWN)
def test_the_speakers_own_forecast_in_captions_stays_theirs(words, year):
    (candidate,) = _plan(words).candidates
    assert "reports another's forecast" not in " ".join(candidate.remarks)
    if year:
        assert candidate.kind == P
        assert candidate.deadline == datetime.date(year, 12, 31)


@pytest.mark.parametrize(
    ("words", "who"),
    [
        ("the eia now says utility solar will pass coal", "the eia"),
        ("The EIA says solar wins", ""),  # with capitals: ``attribution`` reads it
        ("the project says nothing about storage", ""),
        ("i say prices fall", ""),
        ("people say we will have fusion by 2030", "people"),
    ],
)
def test_uncased_forecaster_names_only_forecasters(words, who):
    assert uncased_forecaster(words) == who


# Greetings, plugs and sign-offs: no statement at all.
PLUGS = [
    "hey everyone marcus here welcome back to grid and gigawatts smash that subscribe button",
    "whats up guys its jen back with another video",
    "dont forget to like and subscribe",
    "this video is sponsored by nordvpn",
    "link in the description",
    "hit the like button and subscribe for more energy news",
    "thanks for watching see you next time",
    "hi folks welcome to the channel",
]


@pytest.mark.parametrize("words", PLUGS)
def test_a_video_makers_plug_is_no_claim(words):
    assert plugs_trimmed(words)[0] == plugs_trimmed(words)[1]
    assert _plan(words, "solar will be the cheapest power everywhere by 2030").candidates[
        0
    ].quote == ("solar will be the cheapest power everywhere by 2030")


# A plug at a statement's start or end is cut; the claim is kept whole. Near-misses: a plug's
# word inside a claim's own words.
TRIMMED = [
    (
        "fusion power on the grid not before 2035 mark my words see you next week",
        "fusion power on the grid not before 2035 mark my words",
    ),
    (
        "hey guys jen here and today solar will be the cheapest power by 2030",
        "today solar will be the cheapest power by 2030",
    ),
    (
        "hi folks welcome to the channel today we look at why rates will fall by 2027",
        "today we look at why rates will fall by 2027",
    ),
    ("welcome to the future where batteries will be cheap by 2030", None),
    ("its going to be a big year for storage", None),
    ("nothing here will change by 2030", None),
    ("the link between rates and housing is clear", None),
    ("i like solar and it will win by 2030", None),
]


@pytest.mark.parametrize(("words", "kept"), TRIMMED)
def test_a_plug_is_cut_from_a_statements_edges_only(words, kept):
    start, end = plugs_trimmed(words)
    assert words[start:end] == (kept or words)


def test_the_deadline_of_a_forecast_is_not_read_from_its_sign_off():
    candidates = _plan("fusion power on the grid not before 2035 mark my words see you next week")
    (candidate,) = candidates.candidates
    assert candidate.kind == P
    assert candidate.deadline is None  # a lower bound; "next week" was the sign-off's
