"""Table tests: lines that claim nothing of the world, and short answers said again in full.

- A publication's notice of its own schedule ("No post next week (half term).").
- A moderator's note to a thread ("Mod note: keep it civil pls.").
- A line its writer marks as a joke ("october 2036 more like 😂", "/s").
- A note-taker's record of the call: whom with, when and how, its ground rules ("Call with
  Ana Ruiz, CFO, Tidewell.", "Tue 30 June 2026, 14:00–14:45, by phone.", "All on the record
  unless marked.").
- A short answer ("It will.") that the same speaker says in full on the same line: the
  full sentence is the claim, and the short answer is not proposed on its own.

Each row is how people write it; the near misses are claims and stay proposed.
"""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing.classify import is_candidate
from claims.importing.notices import (
    call_record,
    marked_as_joke,
    moderation_note,
    publication_notice,
)
from claims.importing.services import ImportOptions, SourceChoice, import_plan

pytestmark = pytest.mark.django_db

SAID_ON = datetime.date(2026, 11, 3)


def _plan(text: str, file_name: str = "notes.txt", default: str = "Ruth Adeyemi"):
    source = SourceChoice(title="Probe", published_on=SAID_ON, precision=DatePrecision.DAY)
    speakers = {"": default} if default else {}
    return import_plan(
        data=text.encode(),
        file_name=file_name,
        options=ImportOptions(source=source, speakers=speakers),
    )


def _quotes(text: str, file_name: str = "notes.txt", default: str = "Ruth Adeyemi") -> list[str]:
    return [c.quote for c in _plan(text, file_name, default).candidates]


# ---- A publication's notice of its own schedule.


@pytest.mark.parametrize(
    "text",
    [
        "No post next week (half term).",  # a newsletter's closing list
        "- No post next week (half term).",
        "No episode on Monday, it's a bank holiday.",
        "There'll be no newsletter next week.",
        "There is no show this Friday.",
        "Housekeeping note: no stream tomorrow.",
        "The newsletter is taking a break until January.",
        "The podcast is off next week.",
        "This column is on hiatus over the summer.",
        "We're off next week; back on the 12th.",
        "Taking next week off, back on the 20th.",
        "I'm taking a few days off.",
        "Back in your inbox on Tuesday.",
        "PS: no roundup on Friday (travelling).",
    ],
)
def test_a_publications_notice_of_its_schedule_is_no_claim(text):
    assert publication_notice(text.removeprefix("- "))
    assert not is_candidate(text.removeprefix("- "))


@pytest.mark.parametrize(
    "text",
    [
        "I'll publish a full scorecard of my 2025 calls before the end of June.",  # a promise
        "Paid subscribers: the spreadsheet with all my forecasts goes out on Thursday.",
        "No rate cut next week, I'm sure of it.",  # "no" of the world, not of an issue
        "The plant is back on the grid next week.",
        "Prices will be off their peak by next week.",
        "The show is off to a strong start with 2 million downloads.",
        "No newsletter has called the election right in 20 years.",
    ],
)
def test_claims_near_a_notice_are_still_claims(text):
    assert not publication_notice(text)
    assert is_candidate(text)


# ---- A moderator's note.


@pytest.mark.parametrize(
    "text",
    [
        "Mod note: keep it civil pls. @tramfan88 that's your second warning this week",
        "Mod note: keep it civil pls.",
        "keep it civil pls",
        "Please keep it on topic, folks.",
        "Moderator here: take it to DMs.",
        "@grid_guy that's your final warning.",
        "That is a first warning.",
        "Locking this thread.",
        "Removed this comment (rule 2).",
        "[mod] no personal attacks.",
    ],
)
def test_a_moderators_note_is_no_claim(text):
    assert moderation_note(text)
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "The regulator will keep it on the agenda until 2027.",
        "That's the second warning the Met Office has issued this week about the Thames.",
        "Locking in rates now will save households £300 by 2027.",
    ],
)
def test_claims_near_a_moderators_note_are_still_claims(text):
    assert not moderation_note(text)
    assert is_candidate(text)


# ---- A call's record.


@pytest.mark.parametrize(
    "text",
    [
        "Call with Femi Okoro, founder & CEO, Tidal Reach.",
        "Background call with the harbour authority's director of operations.",
        "Zoom interview with Dr Ines Baptiste (Lisbon Grid Institute)",
        "Notes from a phone call with Councillor Hale",
        "Coffee with Ana Ruiz, CFO, Tidewell",
        "Tue 30 June 2026, 14:00–14:45, by phone.",
        "3 March, 10am, via Zoom.",
        "Wednesday 4 November 2026, 9:30-10:15 GMT, in person",
        "Mar 3, 2026, 2pm, on Teams",
        "All on the record unless marked.",
        "On background unless otherwise noted.",
        "Everything off the record.",
        "Not for attribution unless noted.",
    ],
)
def test_a_calls_record_is_no_claim(text):
    assert call_record(text)
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Call with the regulator went badly; they will refuse the licence by June.",
        "Meeting with the board is on Friday and we will sign the deal then.",
        "The interview with the minister confirmed the plant will close in 2027.",
        "On 30 June 2026 we will open the second array.",
        "The whole call was on the record and she said costs will halve by 2030.",
        "Everything will be on the record from 2027.",
    ],
)
def test_claims_near_a_calls_record_are_still_claims(text):
    assert not call_record(text)
    assert is_candidate(text)


# ---- Marked as a joke.


@pytest.mark.parametrize(
    "text",
    [
        "october 2036 more like 😂",  # a chat's retort to a date
        "october 2036 more like 😂😂",
        "we'll all be driving flying cars by then 🤣",
        "sure, and fusion by next Tuesday /s",
        "The tram will be on time every day from now on /s.",
        "Line 4 opens before my retirement, jk",
        "Bitcoin to a million by Friday, just kidding!",
        "rates at zero by christmas 🙃",
    ],
)
def test_a_line_marked_as_a_joke_is_no_claim(text):
    assert marked_as_joke(text)
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Seems pretty ambitious to me tbh lol",  # "lol" softens, it does not unsay
        "Line 4 will open in September haha, finally",
        "Rates will be cut by March 🙂",
        "Rates will be cut by March 😊",
        "The /s suffix is Reddit's sarcasm tag and it is used 2 million times a year.",
        "The JK Rowling adaptation will air in 2027.",
        "haha no, prices will fall by 2027.",
    ],
)
def test_a_line_softened_or_smiling_is_still_a_claim(text):
    assert not marked_as_joke(text)
    assert is_candidate(text)


def test_a_chats_joke_and_moderator_note_are_not_proposed_and_its_forecast_is():
    chat = (
        "[03/11/2026 14:10] Dana Whitcombe\n"
        "I think Line 4 opens in September 2027.\n\n"
        "[03/11/2026 14:12] tramfan88\n"
        "october 2036 more like 😂\n\n"
        "[03/11/2026 14:19] Priya Raman\n"
        "Mod note: keep it civil pls. @tramfan88 that's your second warning this week\n"
    )
    assert _quotes(chat, "chat.txt", default="") == ["I think Line 4 opens in September 2027."]


def test_a_newsletters_closing_notices_are_not_proposed_and_its_promise_is():
    post = (
        "# The grid, weekly\n\n"
        "Transmission queues will be the story of 2027.\n\n"
        "## Housekeeping\n\n"
        "- I'll publish a full scorecard of my 2025 calls before the end of June.\n"
        "- No post next week (half term).\n"
    )
    assert _quotes(post, "post.md") == [
        "Transmission queues will be the story of 2027.",
        "I'll publish a full scorecard of my 2025 calls before the end of June.",
    ]


# ---- A short answer said again in full.

HEARING = """Q4 Kieran Moss: Will the pumps be back in service before next winter?
Owen Prichard: They will. All four pumps will be back in service by the end of September.
Q5 Kieran Moss: And will the Authority publish its review?
Owen Prichard: It will.
Q6 Kieran Moss: Will the levels fall by spring?
Owen Prichard: They will. Trust me.
Q7 Kieran Moss: Will the scheme close before 2028?
Owen Prichard: It will.
Owen Prichard: The Treasury has said so in writing.
Q8 Kieran Moss: Will rents come down if the scheme passes?
Owen Prichard: They will. We'll build 2,000 new homes on the Levels by 2029.
"""


def test_a_short_answer_said_in_full_on_its_line_leaves_the_claim_to_the_full_sentence():
    quotes = [(c.statement.line, c.quote) for c in _plan(HEARING, default="").candidates]
    assert (2, "They will.") not in quotes  # said again in full after it, on the same line
    assert (2, "All four pumps will be back in service by the end of September.") in quotes
    assert (4, "It will.") in quotes  # alone: the question makes the claim of it
    assert (6, "They will.") in quotes  # "Trust me." claims nothing: the short answer stands
    assert (8, "It will.") in quotes  # the next line is another statement, not its full form
    assert (9, "The Treasury has said so in writing.") in quotes
    assert (11, "They will.") in quotes  # another claim after it, not the question said again
    assert (11, "We'll build 2,000 new homes on the Levels by 2029.") in quotes


DEBATE_CAPTIONS = """1
00:00:10,000 --> 00:00:14,000
>> SARAH LINDQVIST: MR. ACHTERBERG, THE TRAM EXTENSION. WILL IT OPEN ON TIME?

2
00:00:15,000 --> 00:00:19,000
>> TOM ACHTERBERG: IT WILL. THE AIRPORT LINE OPENS IN DECEMBER 2027, AS PROMISED.

3
00:00:20,000 --> 00:00:23,000
>> SARAH LINDQVIST: AND WILL FARES RISE NEXT YEAR?

4
00:00:24,000 --> 00:00:26,000
>> TOM ACHTERBERG: THEY WON'T.
"""


def test_a_caption_turns_short_answer_said_in_full_is_left_to_the_full_sentence():
    quotes = [c.quote for c in _plan(DEBATE_CAPTIONS, "debate.srt", default="").candidates]
    assert "IT WILL." not in quotes
    assert "THE AIRPORT LINE OPENS IN DECEMBER 2027, AS PROMISED." in quotes
    assert "THEY WON'T." in quotes
