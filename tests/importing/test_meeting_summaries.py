"""A note taker's AI summary of a meeting, known by its headings and its header even where
no line says it is AI-written (Fireflies' "Overview", "Keywords", "Action Items",
"Outline"; Zoom's "Quick recap"; Otter's; tl;dv's; Read's "Chapters & Topics"; Teams'
"Meeting notes" and "Follow-up tasks"; Gemini's "Suggested next steps"), above or below the
transcript: the tool's paraphrase, nobody's claim; the transcript is read as before
(``claims.importing.ai_summaries``)."""

import datetime

import pytest

from claims.importing.ai_summaries import headed_summary_lines, summary_lines
from claims.importing.services import ImportOptions, SourceChoice, import_plan

pytestmark = pytest.mark.django_db

SAID_ON = datetime.date(2026, 3, 12)

FIREFLIES = """\
Harbour Dredging Review
Thu, Mar 12, 2026 2:00 PM · 38 mins
Participants: Ines Halvorsen, Paulo Mbeki, Wen
View meeting: https://app.fireflies.ai/view/Harbour-Dredging-Review::01HX2B7Q

Overview
- The group agreed the dredging contract will be signed before the summer.
- Paulo warned that silt volumes will double after the spring floods.

Keywords
dredging, silt volumes, berth depth, contract award

Action Items
Ines Halvorsen
- Send the revised berth survey to the port board (04:12)
Wen
- Book the survey vessel for April (17:40)

Outline
Chapter & Topics:
Dredging contract (00:20 - 15:02)
- Tender shortlist down to two firms.
Silt and flood risk (15:02 - 38:00)
- Spring floods expected to raise silt volumes.

Transcript

Ines Halvorsen  0:20
The dredging contract will be signed before the end of June.
Paulo Mbeki  0:41
Silt volumes will double after the spring floods, mark my words.
"""

ZOOM = """\
Meeting summary
Quick recap
The board discussed the tram extension. Ade Okonkwo expects the line to open in 2028.
Next steps
- Ade Okonkwo to circulate the cost review.
- Team to confirm the depot site.
Summary
Tram extension timeline
Ade said the extension will open in 2028 and ridership will exceed forecasts.

Ade Okonkwo  00:00:04
The extension will open in the autumn of 2028.
Marta Ilves  00:00:19
Ridership will beat the forecast within two years.
"""

OTTER = """\
Quarterly fleet call
Thu, 3/12 9:15AM • 42:10

Overview
Sunniva Berg reported the electric buses will replace the diesel fleet by 2030.

Outline
Fleet replacement
  Sunniva expects all depots to have chargers by 2029.
Budget
  Carlos warned the grant will be cut.

Action Items
☐ Sunniva Berg to share the charger rollout plan.
☐ Carlos Quint to draft the grant appeal.

Sunniva Berg  0:05
The electric buses will replace the whole diesel fleet by 2030.
Carlos Quint  0:31
I think the grant will be cut next year.

Transcribed by https://otter.ai
"""

TLDV = """\
Recorded with tl;dv
Meeting notes
[00:02:10] Priti Anand said the data centre will be carbon neutral by 2027.
[00:09:45] Lars Ek expects power prices to fall next winter.
Action items
- Lars Ek: send the power contract comparison.

Priti Anand  0:05
Our data centre will be carbon neutral by 2027.
Lars Ek  0:40
Power prices will fall next winter.
"""

READ_AI = """\
Summary
The team reviewed the library refurbishment; Femi Adeyemi expects reopening in May.
Chapters & Topics
Refurbishment schedule
 * Femi reported the roof repairs will finish in April.
Action Items
 * Femi Adeyemi to update the reopening notice.
Key Questions
 * Will the May reopening hold?

Femi Adeyemi  0:03
The roof repairs will finish in April and we'll reopen in May.
"""

TEAMS = """\
Meeting notes
- Budget: Hana Sato said the council will freeze fees next year.
- Staffing: the team expects two hires by June.
Follow-up tasks
- Hana Sato will send the fee schedule to finance.

Hana Sato  00:00:07
The council will freeze fees next year.
Ravi Menon  00:00:25
We will have two new hires by June.
"""

GEMINI = """\
Summary
Tove Lind and Omar Haddad discussed the harbour trail; Tove expects the trail to open in
August.

Details
* **Trail works**: Tove Lind reported the boardwalk will be finished in July.

Suggested next steps
* Omar Haddad will ask the council for the lighting budget.

Tove Lind  00:00:03
The boardwalk will be finished in July.
Omar Haddad  00:00:20
The council will approve the lighting budget this spring.
"""

# Fireflies' summary written below the transcript.
SUMMARY_BELOW = """\
Transcript
Noor Haddad  0:02
Wholesale prices will drop by a fifth before the winter.
Eli Park  0:20
Retail margins will recover in 2027.

Overview
- Noor expects wholesale prices to drop by a fifth before the winter.
Action Items
- Eli Park to model retail margins.
"""

# Zoom's summary below the transcript, with its quick recap alone.
RECAP_BELOW = """\
Noor Haddad  0:02
Wholesale prices will drop by a fifth before the winter.

Quick recap
Noor said wholesale prices will drop before the winter.
"""


def _plan(text: str):
    return import_plan(
        data=text.encode(),
        file_name="meeting.txt",
        options=ImportOptions(source=SourceChoice(title="Meeting", published_on=SAID_ON)),
    )


def _first(text: str, words: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(words))


# (document, the summary's first line, its last line, the transcript's words and speakers)
LAYOUTS = [
    pytest.param(
        FIREFLIES,
        "Overview",
        "- Spring floods",
        {
            "The dredging contract will be signed before the end of June.": "Ines Halvorsen",
            "Silt volumes will double after the spring floods": "Paulo Mbeki",
        },
        id="fireflies",
    ),
    pytest.param(
        ZOOM,
        "Meeting summary",
        "Ade said",
        {"The extension will open in the autumn of 2028.": "Ade Okonkwo"},
        id="zoom-ai-companion",
    ),
    pytest.param(
        OTTER,
        "Overview",
        "☐ Carlos Quint",
        {"The electric buses will replace the whole diesel fleet by 2030.": "Sunniva Berg"},
        id="otter",
    ),
    pytest.param(
        TLDV,
        "Meeting notes",
        "- Lars Ek:",
        {"Our data centre will be carbon neutral by 2027.": "Priti Anand"},
        id="tldv",
    ),
    pytest.param(
        READ_AI,
        "Summary",
        " * Will the May",
        {"The roof repairs will finish in April": "Femi Adeyemi"},
        id="read-ai",
    ),
    pytest.param(
        TEAMS,
        "Meeting notes",
        "- Hana Sato will send",
        {"The council will freeze fees next year.": "Hana Sato"},
        id="teams-recap",
    ),
    pytest.param(
        GEMINI,
        "Summary",
        "* Omar Haddad",
        {"The boardwalk will be finished in July.": "Tove Lind"},
        id="gemini-notes",
    ),
    pytest.param(
        SUMMARY_BELOW,
        "Overview",
        "- Eli Park to model",
        {"Retail margins will recover in 2027.": "Eli Park"},
        id="summary-below",
    ),
    pytest.param(
        RECAP_BELOW,
        "Quick recap",
        "Noor said",
        {"Wholesale prices will drop by a fifth before the winter.": "Noor Haddad"},
        id="recap-below",
    ),
]


@pytest.mark.parametrize(("text", "first", "last", "spoken"), LAYOUTS)
def test_the_summary_is_the_tools_and_the_transcript_is_read(text, first, last, spoken):
    lines = text.splitlines()
    start, end = _first(text, first), _first(text, last)
    found = summary_lines(lines)
    assert set(range(start, end + 1)) <= found, sorted(found)
    said = {n for n, line in enumerate(lines, 1) for w in spoken if line.startswith(w[:20])}
    assert said
    assert not found & said, sorted(found)

    plan = _plan(text)
    quotes = {c.quote: c.speaker.name for c in plan.candidates}
    for n in range(start, end + 1):
        line = lines[n - 1].strip(" -*☐").strip()
        assert not any(line and line in quote for quote in quotes), (line, list(quotes))
    for words, speaker in spoken.items():
        quote = next((q for q in quotes if words in q), None)
        assert quote is not None, (words, list(quotes))
        assert quotes[quote] == speaker
    assert any("meeting tool's AI-written summary" in note for note in plan.notes), plan.notes


def test_a_task_naming_a_person_is_no_ones_claim():
    plan = _plan(ZOOM)
    assert not [c for c in plan.candidates if "cost review" in c.quote]
    assert not [c for c in plan.candidates if "ridership will exceed" in c.quote]


def test_the_block_stops_at_the_transcripts_heading():
    lines = FIREFLIES.splitlines()
    transcript = _first(FIREFLIES, "Transcript")
    found = headed_summary_lines(lines)
    assert max(found) < transcript
    assert min(found) == _first(FIREFLIES, "Overview")


@pytest.mark.parametrize(
    "text",
    [
        # A person's notes: headings, no transcript, no note taker named.
        "Summary\nRuth Obi: The ferries will enter service in 2027.\n"
        "Action items\nKwame Asante: I will send the quote by Monday.\n",
        # The meeting's joining link is a person's notes' too.
        "Zoom: https://us02web.zoom.us/j/81234567\nQuick recap\nThe ferries will run in 2027.\n"
        "Next steps\nSend the quote.\n",
        # One heading above a transcript, nothing else to say it is the tool's.
        "Overview\nRuth Obi on the ferry plan.\n\nRuth Obi  0:03\nThe ferries will run in 2027.\n",
        # A heading spoken inside a turn, not after a blank line.
        "Ruth Obi  0:03\nThe ferries will run in 2027.\nSummary\nOutline\n",
        # An action item that ends on a time is no speaker's line; no heading here at all.
        "Ruth Obi  0:03\nConfirm cutover weekend dates with the vendor (33:50)\n",
        # An article mentioning a note taker, with no summary headings.
        "We tried https://otter.ai for a month.\nThe ferries will run in 2027.\n",
        # A podcast episode's page: its chapters, and "Transcript" a tab at its foot among
        # others, no transcript under it.
        "Chapters\n(04:12) Why grid batteries are eating the peaker market\n"
        "(41:52) Tobiah's bet: sodium-ion packs under $50/kWh by 2028\nKey quotes\n"
        '"Storage beats new gas by 2030." — Ines Marchbank (29:44)\n'
        "Transcript\nChapters\nComments (14)\n",
    ],
    ids=[
        "own-notes",
        "join-link",
        "one-heading",
        "spoken-heading",
        "no-heading",
        "mention",
        "episode-page",
    ],
)
def test_near_misses_are_read_as_before(text):
    assert headed_summary_lines(text.splitlines()) == frozenset()


def test_a_persons_notes_keep_their_statements():
    text = "Summary\nRuth Obi: The ferries will enter service in 2027.\n"
    plan = _plan(text)
    assert [c.speaker.name for c in plan.candidates] == ["Ruth Obi"]


def test_a_speakers_line_with_a_dash_before_the_time_opens_the_transcript():
    lines = [
        "Overview",
        "- Ines expects the contract to be signed in June.",
        "Action Items",
        "Ines Halvorsen",
        "- Confirm the survey dates with the vendor (33:50)",
        "",
        "Ines Halvorsen - 00:00",
        "The contract will be signed in June.",
    ]
    assert headed_summary_lines(lines) == frozenset(range(1, 7))
