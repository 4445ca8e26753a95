"""Written evidence to a parliamentary committee, and reports like it, as a PDF's text gives
them: numbered paragraphs, numbered headings, page numbers, end-notes at the end with their
marks glued to the words, signed by an officer above their role and the month.

The submission is its signer's; a forecast it tells of someone it names, or quotes below a
lead-in naming them, is theirs (with a remark); an anonymous source's words are asked about.
The document is invented; near misses read as before.
"""

import datetime

import pytest

from claims.choices import ClaimKind, DatePrecision
from claims.importing.front_matter import yaml_front_matter
from claims.importing.services import ImportOptions, SourceChoice, import_plan

_DAY = datetime.date(2026, 3, 20)

_EVIDENCE = """Environment, Food and Rural Affairs Committee
Inquiry: Water quality in rivers
Written evidence submitted by the Upland Anglers' Trust (WQR0117)

1. Summary
1.1 River health in the upland catchments has declined for a decade.1
1.2 We expect at least a third of monitored upland rivers to fail the new phosphate standard by the end of 2028.2
1
2. Evidence from our members
2.1 Our members logged 212 pollution incidents in 2025.3
2.2 Ruth Calloway, head of catchment science at Brackwater University, told the Committee's rapporteur that phosphate loads "will halve by 2031 if the storage targets are met".
2.3 Tomas Ingleby, a river keeper on the Lune, told us:
"Without the new storage tanks, the sea trout run will be gone within five years."
2.4 One landowner, who asked not to be named, put it more bluntly: "The fishery will close by the summer."
2
3. Recommendations
3.1 The Government should publish the storage programme by September 2026.
3.2 With the programme funded, our volunteers will restore 40 km of riverbank by 2030.4

Marion Featherstone-Leigh
Director of Policy, Upland Anglers' Trust
March 2026

1 Environment Agency river basin data, 2015 to 2025.
2 Trust analysis of 148 monitored rivers; methodology available on request.
3 Member incident log, 2025.
4 Trust volunteer programme plan, 2026 to 2030.
3
"""  # noqa: E501  (a PDF's lines are as long as its page is wide)


def _plan(text: str):
    source = SourceChoice(title="Evidence", published_on=_DAY, precision=DatePrecision.DAY)
    return import_plan(
        data=text.encode(), file_name="evidence.txt", options=ImportOptions(source=source)
    )


def _found(plan, words: str):
    return next(c for c in plan.candidates if words in c.quote)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("words", "speaker", "kind", "deadline"),
    [
        # The signer's own "we": theirs, the end-note's mark glued to the year dropped.
        (
            "at least a third of monitored upland rivers",
            "Marion Featherstone-Leigh",
            ClaimKind.PREDICTION,
            datetime.date(2028, 12, 31),
        ),
        (
            "restore 40 km of riverbank",
            "Marion Featherstone-Leigh",
            None,
            datetime.date(2030, 12, 31),
        ),
        # A forecast told of someone named, and words quoted below a lead-in naming them.
        ("phosphate loads", "Ruth Calloway", ClaimKind.PREDICTION, datetime.date(2031, 12, 31)),
        (
            "sea trout run will be gone",
            "Tomas Ingleby",
            ClaimKind.PREDICTION,
            datetime.date(2031, 3, 20),
        ),
    ],
)
def test_a_submission_is_its_signers_and_a_named_persons_forecast_theirs(
    words, speaker, kind, deadline
):
    found = _found(_plan(_EVIDENCE), words)
    assert found.speaker.name == speaker
    if kind is not None:
        assert found.kind == kind
    assert found.deadline == deadline
    if speaker != "Marion Featherstone-Leigh":
        assert any("Marion Featherstone-Leigh" in remark for remark in found.remarks)


@pytest.mark.django_db
def test_the_furniture_is_nobodys_and_an_anonymous_source_is_asked_about():
    plan = _plan(_EVIDENCE)
    quotes = [c.quote for c in plan.candidates]
    # End-notes, page numbers, numbered headings and the signature block: no claims.
    for furniture in (
        "Environment Agency river basin data",
        "Member incident log",
        "Summary",
        "Recommendations",
        "Director of Policy",
        "March 2026",
    ):
        assert not any(quote.startswith(furniture) for quote in quotes), furniture
    assert "3" not in quotes
    assert "1" not in quotes
    # A paragraph's number is no part of its words.
    assert not any(quote.startswith(("1.1 ", "2.1 ", "3.2 ")) for quote in quotes)
    fishery = _found(plan, "The fishery will close by the summer.")
    assert fishery.speaker.name == "Marion Featherstone-Leigh"
    assert any("said by one landowner?" in remark for remark in fishery.remarks)


@pytest.mark.django_db
def test_without_end_notes_a_number_after_a_full_stop_is_kept():
    # No end-notes close the letter: "grew 2.6" and "2027.5" are the writer's figures.
    letter = (
        "Dear members,\n\nTurnover grew 2.6 percent in 2025.\n"
        "We expect the new hall to open by the end of 2027.\n\n"
        "Yours sincerely,\nMarion Featherstone-Leigh\nDirector of Policy\n"
    )
    plan = _plan(letter)
    assert _found(plan, "Turnover grew 2.6 percent in 2025.").speaker.name == (
        "Marion Featherstone-Leigh"
    )
    assert _found(plan, "new hall").deadline == datetime.date(2027, 12, 31)


_MINUTES = """---
title: "Community meeting 2026-05-07"
date: 2026-05-07
tags: [meeting-notes, release-0.9]
facilitator: "@okwuosa"
---

# Weekly community meeting

Chidi Okwuosa-Lund: I expect to cut 0.9.0 by the end of June.
"""


@pytest.mark.django_db
def test_a_markdown_files_front_matter_is_the_files_own():
    plan = _plan(_MINUTES)
    assert [c.quote for c in plan.candidates] == ["I expect to cut 0.9.0 by the end of June."]


@pytest.mark.parametrize(
    ("text", "end", "fields"),
    [
        (_MINUTES, 6, {"title": "Community meeting 2026-05-07", "date": "2026-05-07"}),
        ("---\nauthor: Ana Ruiz\ntags:\n  - notes\n...\nBody\n", 5, {"author": "Ana Ruiz"}),
        # Near misses: a rule above prose, a block never closed, a block with no field.
        ("---\nWe met on Tuesday.\n---\n", 0, {}),
        ("---\ntitle: Notes\nWe met on Tuesday.\n", 0, {}),
        ("---\n---\nBody\n", 0, {}),
    ],
)
def test_yaml_front_matter_is_read_where_a_file_opens_with_it(text, end, fields):
    found = yaml_front_matter(text.splitlines())
    assert found.end == end
    assert {key: found.fields[key] for key in fields} == fields
