"""Meeting minutes kept in a repository, cued by @handles that a list of attendees names.

The minutes are invented, in the shape open-source projects keep them (`meetings/
YYYY-MM-DD.md`: front matter, attendees, agenda items, decisions, action items); near misses
read as before.
"""

import datetime

import pytest

from claims.choices import ClaimKind, DatePrecision
from claims.importing import handle_minutes
from claims.importing.services import ImportOptions, SourceChoice, import_plan

_DAY = datetime.date(2026, 5, 7)

_MINUTES = """---
title: "Community meeting 2026-05-07"
date: 2026-05-07
---

# Fernhill weekly community meeting — 2026-05-07

## Attendees

- @ada-k — Ada Kowalczyk (facilitator, core)
- Tomasz Brenner (@tbrenner)
- @liu.w: Wen Liu (packaging)
- @nightowl99 (joined late)

## 1. Release status

@ada-k: the 2.3 milestone is at 30/41 issues closed.

- @ada-k said she expects to cut 2.3.0 by the end of June
- @tbrenner thinks it slips into August, given the storage work
- @nightowl99 asked about Windows builds
- **Decision:** feature freeze on 2026-06-12.

## 2. Packaging

> **@liu.w**: calling it: we are in three Linux distros before the end of the year

## Action items

- [ ] @tbrenner: release checklist by 2026-05-21
"""


def _plan(text: str):
    source = SourceChoice(title="Minutes", published_on=_DAY, precision=DatePrecision.DAY)
    return import_plan(
        data=text.encode(), file_name="2026-05-07.md", options=ImportOptions(source=source)
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("words", "speaker", "deadline"),
    [
        ("expects to cut 2.3.0", "Ada Kowalczyk", datetime.date(2026, 6, 30)),
        ("slips into August", "Tomasz Brenner", datetime.date(2026, 8, 31)),
        ("three Linux distros", "Wen Liu", datetime.date(2026, 12, 31)),
    ],
)
def test_a_line_opened_by_a_listed_handle_is_that_persons(words, speaker, deadline):
    found = next(c for c in _plan(_MINUTES).candidates if words in c.quote)
    assert found.speaker.name == speaker
    assert found.kind == ClaimKind.PREDICTION
    assert found.deadline == deadline


@pytest.mark.django_db
def test_the_list_the_todos_and_an_unlisted_handle_are_no_ones_words():
    candidates = _plan(_MINUTES).candidates
    quotes = " ".join(c.quote for c in candidates)
    for furniture in ("facilitator, core", "release checklist", "title:"):
        assert furniture not in quotes, furniture
    windows = next(c for c in candidates if "Windows builds" in c.quote)
    assert windows.speaker.name != "Tomasz Brenner"
    assert any("@nightowl99 is no one the list" in remark for remark in windows.remarks)


@pytest.mark.parametrize(
    "text",
    [
        # A list naming one handle only, or handles with no names: not read so.
        "## Attendees\n- @ada-k — Ada Kowalczyk\n\n@ada-k: hi\n@ada-k: we ship in June\n",
        "## Attendees\n- @ada-k\n- @tbrenner\n\n@ada-k: hi\n@tbrenner: we ship in June\n",
        # Handles listed, but no line opened by one.
        "- @ada-k — Ada Kowalczyk\n- @tbrenner — Tomasz Brenner\n\nWe ship in June.\n",
    ],
)
def test_near_misses_are_not_read_as_handle_minutes(text):
    assert handle_minutes.reshape(text.splitlines()) is None
