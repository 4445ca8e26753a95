"""A short time said after a forecast's horizon revises it: it is joined to the forecast,
with a remark; a hedged year said alone is a forecast's time, not a fact."""

import datetime

import pytest
import time_machine

from claims.choices import ClaimKind
from claims.importing.classify import classify
from claims.importing.parsing import (
    NORMATIVE_DURATION,
    REVISED_HORIZON,
    Section,
    _horizon_remark,
    split_sentences,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Not by 2030. Maybe 2032.", ["Not by 2030. Maybe 2032."]),
        (
            "Rates will be 2% by 2026. Or 2027, honestly.",
            ["Rates will be 2% by 2026. Or 2027, honestly."],
        ),
        (
            "We'll have a city on Mars by 2050. More like 2060.",
            ["We'll have a city on Mars by 2050. More like 2060."],
        ),
        # Near misses: the past, and a new sentence of its own, stay apart.
        ("We built it in 2019. Maybe 2020.", ["We built it in 2019.", "Maybe 2020."]),
        (
            "Rates will be 2% by 2026. Maybe 2027 is when wages catch up.",
            ["Rates will be 2% by 2026.", "Maybe 2027 is when wages catch up."],
        ),
    ],
)
def test_a_short_revision_joins_the_forecast(text, expected):
    assert [s for _, s in split_sentences(text)] == expected


def test_a_revised_horizon_is_asked_about():
    remark = _horizon_remark(
        "Not by 2030. Maybe 2032.",
        Section(index=0, line=1, published_on=datetime.date(2025, 6, 12)),
        datetime.date(2025, 6, 12),
    )
    assert remark == REVISED_HORIZON.format(phrase="Maybe 2032.", earlier="Not by 2030")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Maybe 2028, honestly.", ClaimKind.PREDICTION),
        ("Probably 2031.", ClaimKind.PREDICTION),
        ("Or 2029, at a push.", ClaimKind.PREDICTION),
        ("Maybe 2019.", ClaimKind.FACTUAL),
    ],
)
def test_a_hedged_year_alone_is_a_forecasts_time(text, kind):
    # Whether a year is still to come depends on the day the text is read.
    with time_machine.travel(datetime.datetime(2026, 6, 1, tzinfo=datetime.UTC)):
        assert classify(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Permitting in Latvia should take one year, not four.",
        "The review ought to take six months.",
    ],
)
def test_how_long_it_ought_to_take_is_a_view_with_a_remark(text):
    section = Section(index=0, line=1, published_on=datetime.date(2025, 11, 5))
    assert _horizon_remark(text, section, datetime.date(2025, 11, 5)) == NORMATIVE_DURATION
    assert classify(text) == ClaimKind.OPINION


def test_a_hosts_forecast_by_then_is_asked_about():
    from claims.importing.parsing import parse_document
    from claims.importing.reading import read_document

    text = (
        "Host: Maya Chen\n\nMaya Chen  0:03\nWelcome to the show.\n\nFelix Baumann  0:21\n"
        "Flood cover in Germany will become mandatory before 2029.\n\nMaya Chen  1:05\n"
        "I think governments will end up as insurers of last resort by then.\n"
    )
    parsed = parse_document(read_document(text.encode()), today=datetime.date(2025, 11, 5))
    found = [s for s in parsed.statements if "by then" in s.text]
    assert found
    assert found[0].host
    assert "“by then”" in found[0].note
