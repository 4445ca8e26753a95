"""Table tests: what is a claim, and when it is due.

Each kind of line that is no claim of the speaker's (an off-record remark said mid-sentence,
a to-do, an action list's task, a recording's technical chatter, a recap's lead-in, a host
restating the guest's old forecast), each kind of statement and its kind (guidance, a belief
with no date, a comparison with a past forecast), and each horizon the importer cannot date
for sure (a fiscal year, "by then", two dates), with what the preview says of it.
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.asides import OFF_RECORD, OWN, Asides, without_off_record
from claims.importing.classify import classify, is_candidate, undated_belief
from claims.importing.parsing import restates_old_forecast
from claims.importing.services import ImportOptions, SourceChoice, import_plan


def _screen(*lines: str) -> list:
    asides = Asides()
    return [asides.screen(line) for line in lines]


# ---- An off-record mark takes its whole sentence; the lead-in is no claim.


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Just to be clear, this part is off the record: they will cut 200 jobs by March.", ""),
        ("A: Just to be clear, this part is off the record: they will cut 200 jobs by March.", ""),
        ("Frankly, and this is off the record, the deal is dead by June.", ""),
        ("Look, (off the record) they'll miss the Q3 target.", ""),
        ("She said, on background: the plant closes in 2026.", ""),
        ("Between us, not for attribution: the CEO quits in May.", ""),
        ("Rates will fall. Between us, not for attribution: the CEO quits in May.",
         "Rates will fall."),
        ("- Demand is soft. But off the record, they will miss guidance.", "- Demand is soft."),
    ],
)  # fmt: skip
def test_an_off_record_mark_takes_its_sentence(line, kept):
    (screened,) = _screen(line)
    assert screened.text == kept
    assert screened.withheld == OFF_RECORD


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Just to be clear, this part is off the record: the governor leaves in March.", ""),
        ("Growth picks up. Honestly, off the record, the board wants 2027.", "Growth picks up."),
        ("On background: the merger closes in June.", ""),
    ],
)
def test_a_cues_off_record_sentence_is_cut(text, kept):
    assert without_off_record(text) == (kept, True)


# ---- To-dos and action lists: the note-taker's tasks.


@pytest.mark.parametrize(
    "line",
    [
        "TODO check the Q3 numbers",
        "todo: ask comms for the deck by Friday",
        "- to-do confirm the date of the hub opening",
        "Follow up with Greta re: pricing",
        "FIXME the quote on margins is from the slides",
        "- [ ] chase the analyst call transcript",
        "Ping Omar re the freight figures",
        "Action: send quotes for approval by Fri",
        "Next steps - book the follow-up call",
    ],
)
def test_to_dos_are_the_note_takers(line):
    (screened,) = _screen(line)
    assert screened.text == ""
    assert screened.withheld == OWN


def test_an_action_lists_tasks_are_the_note_takers_until_the_next_heading():
    lines = [
        "## Next steps",
        "Jonas's team to send the deck by Friday",
        "- Ruth to confirm the hub opening date by April",
        "Marketing will circulate the revised forecast by June",
        "## Outlook",
        "Margins will recover by 2026.",
    ]
    screened = _screen(*lines)
    assert screened[0].text == "## Next steps"
    assert [s.text for s in screened[1:4]] == ["", "", ""]
    assert all(s.withheld == OWN for s in screened[1:4])
    assert screened[4].text == "## Outlook"
    assert screened[5].text == "Margins will recover by 2026."


@pytest.mark.parametrize(
    "line",
    [
        "Fed to cut rates by June, traders say",  # a headline's "to", not a task list
        "Check-ins at hotels will double by 2026.",
        "Todos Santos will get a new airport by 2027.",
    ],
)
def test_lines_outside_an_action_list_are_read_as_before(line):
    (screened,) = _screen(line)
    assert screened.text == line


# ---- A recording's start and technical chatter: never a claim.


@pytest.mark.parametrize(
    "text",
    [
        "Okay, I think we're live.",
        "We're getting some echo.",
        "Can you hear me?",
        "Let me share my screen.",
        "You're on mute.",
        "Welcome back to the show.",
        "Sara, you're on mute.",
        "Sorry, my connection is terrible today.",
        "I think you're frozen.",
        "Yeah, we're getting a bit of feedback on your end.",
        "Let's give people a minute to join.",
        "Sorry about that.",
        "okay i think we're live can you hear me",  # unpunctuated captions
        "we're getting some echo let me share my screen",
    ],
)
def test_a_recordings_chatter_is_no_candidate(text):
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "We are live in five markets by 2027.",
        "The connection to the grid will take years.",
        "Screen time will fall by 2030.",
    ],
)
def test_statements_with_the_same_words_are_candidates(text):
    assert is_candidate(text)


# ---- Thread recaps: the lead-in is no claim, the numbering no part of the quote.


def test_a_threads_numbering_is_not_part_of_the_quote():
    screened = _screen(
        "1/ Sodium-ion cells will undercut LFP on cost by 2027.",
        "5/12 Grid storage installs will double next year.",
        "(6/12) Lithium prices bottomed in 2024.",
        "🧵 7. Solid-state packs will not ship before 2030.",
        "8/ Pumped hydro will stall in Europe",
        "Heat pumps will outsell boilers in Poland by 2028. 9/12",
    )
    assert [s.text for s in screened] == [
        "Sodium-ion cells will undercut LFP on cost by 2027.",
        "Grid storage installs will double next year.",
        "Lithium prices bottomed in 2024.",
        "Solid-state packs will not ship before 2030.",
        "Pumped hydro will stall in Europe",
        "Heat pumps will outsell boilers in Poland by 2028.",
    ]


def test_a_posts_number_after_its_words_is_not_part_of_the_quote():
    (screened,) = _screen("Grid storage installs will double next year. (2/9)")
    assert screened.text == "Grid storage installs will double next year."
    (screened,) = _screen("Rates fall by 2026 or 27/28, whatever they say")  # no thread
    assert screened.text == "Rates fall by 2026 or 27/28, whatever they say"


@pytest.mark.parametrize(
    "line",
    [
        "1/2 of all new cars will be electric by 2030.",  # a fraction
        "5/12 of the board will go by 2027.",
        "24/7 power from renewables will be normal by 2035.",
    ],
)
def test_a_fraction_is_no_post_number(line):
    (screened,) = _screen(line)
    assert screened.text == line


@pytest.mark.parametrize(
    ("line", "kept", "note"),
    [
        ("She then quote-tweeted @x: AI will write most code by 2027.",
         "AI will write most code by 2027.", "check who said it"),
        ("In a follow-up tweet: Storage prices will halve by 2029.",
         "Storage prices will halve by 2029.", ""),
    ],
)  # fmt: skip
def test_a_recaps_lead_in_is_not_the_quote(line, kept, note):
    (screened,) = _screen(line)
    assert screened.text == kept
    assert note in screened.note


@pytest.mark.parametrize(
    "line",
    [
        "She then quote-tweeted @x:",
        "5/ That's the thread.",
        "Follow for more.",
    ],
)
def test_a_lead_in_alone_and_a_threads_sign_off_are_the_note_takers(line):
    (screened,) = _screen(line)
    assert screened.text == ""
    assert screened.withheld == OWN


# ---- A host restating the guest's old forecast: no new claim of anyone's.


@pytest.mark.parametrize(
    ("text", "restated"),
    [
        ("Two years ago you said we'd have fusion by 2030.", True),
        ("Last time you told us rates would be 2% by now.", True),
        ("Sara, back in 2021 you predicted a recession by 2023.", True),
        ("In your book you wrote that cities would ban cars by 2030.", True),
        ("You've argued for years that oil peaks in 2028.", True),
        ("As you said, rates will fall by 2027.", False),  # agreeing: the speaker's own
        ("Rates will fall by 2027, whatever you say.", False),
        ("Like you said, prices halve by 2029.", False),
        ("Back in 2021 she said rates would be 2% by now.", True),
        ("Two years ago Powell told us cuts were coming.", True),
        ("Last year the Fed said it would cut three times.", True),
        ("Last year we shipped 2 million units.", False),
        ("Two years ago rates were at 5%.", False),
        ("In 2030 solar will be the cheapest source everywhere.", False),
    ],
)
def test_restating_an_old_forecast(text, restated):
    assert restates_old_forecast(text) is restated


# ---- Kinds.


@pytest.mark.parametrize(
    ("text", "has_horizon", "kind"),
    [
        ("We're guiding to 33% for the full year 2026.", True, ClaimKind.PREDICTION),
        # "guide" as a noun after a determiner tells the guidance given, in the past.
        (
            "Their own guide for 2025 was 8,800 closings and they delivered 7,590.",
            False,
            ClaimKind.FACTUAL,
        ),
        ("The company guides for 9,500 closings next year.", True, ClaimKind.PREDICTION),
        ("We expect revenue of $4bn next year.", True, ClaimKind.PREDICTION),
        ("Our outlook for 2027 is flat margins.", True, ClaimKind.PREDICTION),
        ("The company's guidance is for low single-digit growth.", False, ClaimKind.PREDICTION),
        ("We're guiding towards the upper end of the range.", False, ClaimKind.PREDICTION),
        ("We think they recover.", False, ClaimKind.PREDICTION),
        ("I reckon house prices bottom out.", False, ClaimKind.PREDICTION),
        ("We believe margins recover.", False, ClaimKind.PREDICTION),
        ("Inflation came in lower than the OBR expected.", False, ClaimKind.FACTUAL),
        ("Sales grew 4%, as analysts had forecast.", False, ClaimKind.FACTUAL),
        ("Q2 profits beat expectations.", False, ClaimKind.FACTUAL),
        ("Revenue for 2026 was ahead of our own guidance.", True, ClaimKind.FACTUAL),
        ("Margins came in below consensus estimates.", False, ClaimKind.FACTUAL),
        ("Inflation will come in lower than the OBR expects.", False, ClaimKind.PREDICTION),
    ],
)
def test_kinds(text, has_horizon, kind):
    assert classify(text, has_horizon=has_horizon, timed=has_horizon) == kind


@pytest.mark.parametrize(
    ("text", "undated"),
    [
        ("We think they recover.", True),
        ("I still believe the market rebounds.", True),
        ("I think he's wrong.", False),
        ("We think rates are too high.", False),
    ],
)
def test_a_belief_about_the_future(text, undated):
    assert undated_belief(text) is undated


# ---- Annotations: the note-taker's doubt is a remark, never the reason a line is dropped.


@pytest.mark.parametrize(
    ("line", "kept", "aside"),
    [
        ("Prices will fall by 2027. (target, not forecast?)", "Prices will fall by 2027.",
         "target, not forecast?"),
        ("- Margins at 40% by 2028 (guess?)", "- Margins at 40% by 2028", "guess?"),
        ("Headcount flat through 2026 [forecast or plan?]", "Headcount flat through 2026",
         "forecast or plan?"),
        ("Prices will fall by 2028. [check: forecast?]", "Prices will fall by 2028.",
         "check: forecast?"),
    ],
)  # fmt: skip
def test_a_doubt_in_brackets_is_kept_as_a_remark(line, kept, aside):
    (screened,) = _screen(line)
    assert screened.text.rstrip() == kept
    assert aside in screened.note
    assert screened.withheld == ""


# ---- Horizons the importer cannot date for sure: the preview asks.

SOURCE = SourceChoice(title="Call", published_on=datetime.date(2025, 3, 1), precision="month")


def _plan(text: str):
    return import_plan(
        data=text.encode(),
        file_name="notes.txt",
        options=ImportOptions(source=SOURCE, speakers={"": "Ruth Adeyemi"}),
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("line", "deadline", "remark"),
    [
        ("Margins will be 40% by the end of the financial year.", None, "fiscal calendar"),
        ("Margins will be 40% by fiscal year-end.", None, "fiscal calendar"),
        ("Margins will be 40% by the end of FY26.", None, "fiscal calendar"),
        ("Costs will be halved by then.", None, "refers to a date in an earlier sentence"),
        ("Until then, prices will not move.", None, "refers to a date in an earlier sentence"),
        ("Probably in December and March.", datetime.date(2026, 3, 31), "names two dates"),
        ("The cuts come in June or September.", datetime.date(2025, 9, 30), "names two dates"),
        ("We think spot rates recover.", None, "give its deadline"),
    ],
)
def test_a_deadline_the_importer_cannot_know_is_asked(line, deadline, remark):
    plan = _plan(f"Call with Ruth Adeyemi\n\n{line}\n")
    (candidate,) = plan.candidates
    assert candidate.kind == ClaimKind.PREDICTION
    assert candidate.deadline == deadline
    assert any(remark in r for r in candidate.remarks), candidate.remarks


# A reply's lead-in is the notes reader's: it knows who wrote which post, and asks
# when a pronoun's person is not one it can tell (claims.importing.replies).
@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "speaker", "remark"),
    [
        ("He replied to @y: Gas peakers are finished by 2030.", "Unknown speaker",
         "check the speaker"),
        ("Omar Khan replied to her: Peakers will be gone by 2030.", "Omar Khan", ""),
        ("Lena Park posted:\n> Storage will double by 2028.\n"
         "She replied to @omar_k: Peakers will be gone by 2030.", "Lena Park", ""),
    ],
)  # fmt: skip
def test_a_replys_lead_in_names_its_speaker_or_asks(text, speaker, remark):
    candidate = _plan(text + "\n").candidates[-1]
    assert candidate.quote.endswith("by 2030.")
    assert candidate.speaker.key == speaker
    assert remark in " ".join(candidate.remarks)


@pytest.mark.django_db
def test_a_replys_lead_in_alone_is_not_proposed():
    plan = _plan("He replied to @y:\n")
    assert plan.candidates == []
