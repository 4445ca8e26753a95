"""Words a pattern cannot match without are looked for before the pattern is tried: a text
without them is read past. Each table holds texts that must still be read in full (the
words in another case, or beside letters a case-blind pattern matches: "ı" for "i"), and
texts the look rightly passes by."""

import datetime

import pytest
import time_machine

from claims.importing.asides import without_off_record
from claims.importing.parsing import (
    BACK_HORIZON,
    REVISED_HORIZON,
    Section,
    Statement,
    _horizon_remark,
    _marked,
    _split_sentences,
    restates_old_forecast,
    split_sentences,
)

SAID_ON = datetime.date(2025, 6, 12)
SECTION = Section(index=0, line=1, published_on=SAID_ON)


@pytest.mark.parametrize(
    ("text", "kept", "withheld"),
    [
        ("OFF THE RECORD: the merger closes in June.", "", True),
        ("Not For Attribution: they will cut 200 jobs.", "", True),
        ("On background, the deal is dead.", "", True),
        ("Deep Background: the deal is dead.", "", True),
        ("Background only — the deal is dead.", "", True),
        ("Not for publication: the deal is dead.", "", True),
        ("Do not publish: the deal is dead.", "", True),
        ("DNP: the deal is dead.", "", True),
        ("OTR: the deal is dead.", "", True),
        ("[off record] the CEO is leaving.", "", True),
        # A case-blind "i" matches a dotless "ı": text that is not ASCII is searched.
        ("Not for attrıbution: the deal is dead.", "", True),
        (
            "Rates will fall by 2027. (off the record) The CEO is leaving.",
            "Rates will fall by 2027.",
            True,
        ),
        (
            "Rates will fall by 2027, and — off-the-record — the CEO is leaving.",
            "Rates will fall by 2027.",
            True,
        ),
        # The words without a mark, or no such words at all: kept as said.
        (
            "We took off in the background of the offer.",
            "We took off in the background of the offer.",
            False,
        ),
        ("Rates will fall by 2027.", "Rates will fall by 2027.", False),
        ("Oﬀ the record: a ligature is no “off”.", "Oﬀ the record: a ligature is no “off”.", False),
    ],
)
def test_off_record_words_in_any_case_are_withheld(text, kept, withheld):
    assert without_off_record(text) == (kept, withheld)


@pytest.mark.parametrize(
    ("text", "restated"),
    [
        ("Two years ago YOU said we'd have fusion by 2030.", True),
        ("Last time You told us rates would be 2% by now.", True),
        ("Two years ago yoU said we’d have fusion by 2030.", True),  # not ASCII
        ("“Two years ago you said we'd have fusion by 2030.”", True),
        ("Back in 2021 she said rates would be 2% by now.", True),
        ("In 2019 Powell predicted cuts by June.", True),
        ("Last year Powell told us cuts were coming.", True),
        ("Back then they forecasted a boom by 2020.", True),
        # Someone else's verb is read in lower case only, as the pattern reads it.
        ("Back in 2021 she SAID rates would be 2% by now.", False),
        ("As you said, rates will fall.", False),
        ("Rates will fall by 2027.", False),
    ],
)
def test_a_restated_forecast_is_found_whatever_the_case_of_you(text, restated):
    assert restates_old_forecast(text) is restated


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Costs will be halved by then.", "by then"),
        ("Costs will be halved BY THAT TIME.", "BY THAT TIME"),
        ("Prices will double By The Same Date.", "By The Same Date"),
        ("Costs will be halved “by then”.", "by then"),  # not ASCII
    ],
)
def test_a_horizon_referring_back_is_asked_about_in_any_case(text, phrase):
    assert _horizon_remark(text, SECTION, SAID_ON) == BACK_HORIZON.format(phrase=phrase)


@pytest.mark.parametrize(
    "text",
    [
        "Costs will be halved by then, in 2030.",  # a date of its own
        "Prices will double by thé same date.",
        "Rents will fall.",
    ],
)
def test_no_horizon_referring_back_without_its_words(text):
    assert _horizon_remark(text, SECTION, SAID_ON) == ""


@pytest.mark.parametrize(
    ("text", "phrase", "earlier"),
    [
        ("Not by 2030. Maybe 2032.", "Maybe 2032.", "Not by 2030"),
        ("Rates will be 2% by 2026. Or 2027, honestly.", "Or 2027, honestly.", "by 2026"),
        ("We'll have a city on Mars by 2050. More like 2060.", "More like 2060.", "by 2050"),
    ],
)
def test_a_revised_year_is_read_where_a_year_is_written(text, phrase, earlier):
    remark = _horizon_remark(text, SECTION, SAID_ON)
    assert remark == REVISED_HORIZON.format(phrase=phrase, earlier=earlier)


@pytest.mark.parametrize(
    "text",
    [
        "Rates will fall by the end of the decade.",
        "Rates will fall within eighteen months.",
        "We ship before Christmas.",
        "We ship by Q3.",
        "Fusion will power cities in twenty-five years.",
        "Net zero by mid-century.",
        "Margins recover by FY27.",
        "Margins recover by the end of FY26.",
        "This year or next, rates fall.",
        "The review ought to take six months.",
        "Costs will be halved by then.",
    ],
)
@pytest.mark.parametrize("precision", ["", "day", "month", "year"])
def test_a_statement_carries_its_horizon_remark_read_once(text, precision):
    section = Section(index=0, line=1, published_on=SAID_ON, precision=precision)
    remark = _horizon_remark(text, section, SAID_ON)
    note = _marked(Statement("Ada Quist", text, 1, 0), section, SAID_ON).note
    assert remark in note


@pytest.mark.parametrize(
    "text",
    [
        "Rates will fall by 2027.",
        "Will rates fall?",
        "  Rates will fall  ",
        "",
        "   ",
        "Rates fall [LAUGHTER]",
        "Rates fall (laughs) and rise",
        "Rates will fall by 2027 (probably)",
        "It costs $5.5 million",
        "Mr. Smith said rates fall. Then they rise.",
        "Rates will fall.Then rise.",
        "Rates will fall… Then rise.",
        "Inflation at 2%? Not before 2026.",
        "Rents will fall. Maybe, by 2027.",
    ],
)
def test_a_text_of_one_sentence_splits_as_any_other(text):
    assert list(split_sentences(text)) == list(_split_sentences(text))


def test_a_split_kept_is_remade_in_another_year():
    # Whether "Or 2029." revises the year before it reads ``classify``, which asks whether a
    # hedged year is over: a kept split holds for the year it was made in.
    text = "Probably 2028. Or 2029, honestly."
    for year in (2026, 2031, 2026):
        with time_machine.travel(datetime.datetime(year, 6, 1, tzinfo=datetime.UTC)):
            assert list(split_sentences(text)) == list(_split_sentences(text))
