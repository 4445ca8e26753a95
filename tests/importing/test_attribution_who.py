"""Table tests: who said what, in the shapes where lines went to the wrong person.

Each table opens with the example that was got wrong, then other shapes of the same kind
as notes, call transcripts and logs of posts are really written: a call's operator and
the analysts it introduces; a meeting's heading and the initials cues under it; a reply
to a quoted post; the note-taker's own "Me:" lines; a show's title used as a cue; the
plan's notes on what was left out.
"""

import datetime

import pytest

from claims.importing.errors import ImportFileError
from claims.importing.headings import meeting_people, read_heading
from claims.importing.names import initials_of, is_placeholder, note_taker
from claims.importing.replies import post_lead
from claims.importing.services import SourceChoice
from claims.importing.speakers import did_you_mean
from tests.factories import SpeakerFactory
from tests.importing import attributed

SOURCE = SourceChoice(title="Episode", published_on=datetime.date(2026, 1, 1))


def _plan(text: str, **speakers: str):
    return attributed.plan(text, SOURCE, **speakers)


# ---- 1. A call's operator is a participant; the analysts it introduces speak next.

CALL = "# Carla Mendes — Northwind Q3 2025 earnings call, 28 Oct 2025\n"


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        # The example: the operator's lines went to the CEO, and the analyst's too.
        (
            CALL + "Operator: Welcome to the call. Margins will be discussed later today.\n"
            "Carla Mendes: We will double storage revenue by 2027.\n",
            "Margins will be discussed",
            "-",
        ),
        (
            CALL + "Operator: Our next question comes from Dana Lee with Northfield Capital.\n"
            "I think margins will compress next year.\n"
            "Carla Mendes: Margins will hold through 2026.\n",
            "margins will compress",
            "Dana Lee",
        ),
        (
            CALL + "Operator: Our next question comes from Dana Lee with Northfield Capital.\n"
            "I think margins will compress next year.\n"
            "Carla Mendes: Margins will hold through 2026.\n",
            "Margins will hold",
            "Carla Mendes",
        ),
        # A conference call; the operator's other phrasing; "Analyst:" for who was named.
        (
            "Conference call notes, 3 May 2025\n"
            "Operator: The first question is from Marcus Webb of Halden Securities.\n"
            "Analyst: I expect the dividend to be cut in 2026.\n"
            "Tom Reyes: The dividend will be kept through 2026.\n",
            "dividend to be cut",
            "Marcus Webb",
        ),
        # A Q&A with the operator's "Next we have …", then the analyst's own cue.
        (
            "## Q&A\nOperator: Next we have Priya Nair from Osprey Research.\n"
            "Priya Nair: Demand will fall by 2027, won't it?\n"
            "Operator: Thank you. That concludes the call; prices rise in 2026 for sure.\n",
            "prices rise in 2026",
            "-",
        ),
        # "Operator" twice, no other word of a call: still the operator.
        (
            "# Ana Ruiz — Acme investor day, 4 March 2025\n"
            "Operator: Please stand by; the session will resume by 2026 at the latest.\n"
            "Ana Ruiz: We will list in Madrid by 2027.\n"
            "Operator: Thank you, the line is open.\n",
            "resume by 2026",
            "-",
        ),
    ],
)
def test_a_calls_operator_and_its_callers(text, words, who):
    assert attributed.who(text, words) == who


def test_operator_once_outside_a_call_is_still_a_label():
    text = "# Ana Ruiz — Grid forum, 4 March 2025\nOperator: grid operators will merge by 2030.\n"
    assert attributed.who(text, "grid operators will merge") == "Ana Ruiz"


@pytest.mark.parametrize(
    ("cue", "who"),
    [
        ("Moderator", "Moderator"),
        ("Host", "Host"),
        ("Chair", "Chair"),
        ("Caller", "Caller"),
        ("Analyst", "-"),  # an asking role: the analyst's lead-in, never the speaker's
        ("Questioner", "-"),
    ],
)
def test_role_cues_are_participants_not_labels(cue, who):
    text = f"# Carla Mendes — Northwind results call, 28 Oct 2025\n{cue}: rates fall in 2026.\n"
    found = attributed.who(text, "rates fall in 2026")
    assert found != "Carla Mendes"
    assert found == who


@pytest.mark.parametrize(
    ("label", "placeholder"),
    [
        ("Participants", False),  # the example: a list of who took part, not a voice
        ("Speakers", False),
        ("Speaker A", True),
        ("SPEAKER_00", True),
        ("Participant 2", True),
    ],
)
def test_a_plural_is_no_placeholder(label, placeholder):
    assert is_placeholder(label) is placeholder


@pytest.mark.parametrize(
    "line",
    [
        "Participants: Carla Mendes (CEO), Tom Reyes (CFO)",
        "Speakers: Carla Mendes, Tom Reyes",
        "On the call: Carla Mendes; Tom Reyes",
        "Attendees: Carla Mendes and Tom Reyes",
    ],
)
def test_a_list_of_participants_is_no_ones_words(line):
    text = CALL + line + "\nTom Reyes: Capex falls in 2026.\n"
    assert attributed.said(text) == [("Tom Reyes", "Capex falls in 2026.")]


def test_a_participants_line_is_no_ones_words():
    text = (
        CALL
        + "Participants: Carla Mendes (CEO), Tom Reyes (CFO)\nTom Reyes: Capex falls in 2026.\n"
    )
    assert attributed.said(text) == [("Tom Reyes", "Capex falls in 2026.")]


# ---- 2. A meeting's heading names its speaker; initials cues are that person's.


@pytest.mark.parametrize(
    ("heading", "speaker"),
    [
        ("Phone call, Jonas Akerlund (SEB analyst), 12 Nov 2025", "Jonas Akerlund"),
        ("Lunch w/ Greta Holm, 3 Feb 2026", "Greta Holm"),
        ("Coffee with Ana Ruiz (Acme CFO) — 4 March 2026", "Ana Ruiz"),
        ("Zoom call — Hanne Vik, 2 May 2025", "Hanne Vik"),
        ("Breakfast meeting with Omar Haddad, 9 Jan 2026", "Omar Haddad"),
        ("Dinner with Jane Andersson and Jonas Akerlund, 9 March 2026", ""),
    ],
)
def test_a_meeting_heading_names_its_speaker(heading, speaker):
    found = read_heading(heading, marked=True)
    assert found is not None
    assert found.speaker == speaker


def test_a_meeting_with_two_people_names_both():
    heading = "Dinner with Jane Andersson and Jonas Akerlund, 9 March 2026"
    assert meeting_people(heading) == ["Jane Andersson", "Jonas Akerlund"]


@pytest.mark.parametrize(
    ("label", "name", "initials"),
    [
        ("JA", "Jonas Akerlund", True),
        ("J.A.", "Jonas Akerlund", True),
        ("GH", "Greta Holm", True),
        ("HV", "Hanne de Vik", True),
        ("JA", "Greta Holm", False),
        ("AR", "Ana Ruiz", False),  # an abbreviation first, unless the section is hers
        ("JAK", "Jonas Akerlund", False),
    ],
)
def test_initials_of(label, name, initials):
    assert initials_of(label, name) is initials


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        # The example: "JA:" under the call with Jonas Akerlund.
        (
            "## Phone call, Jonas Akerlund (SEB analyst), 12 Nov 2025\n"
            "- JA: house prices will fall another 5% by next summer.\n",
            "house prices",
            "Jonas Akerlund",
        ),
        (
            "## Lunch w/ Greta Holm, 3 Feb 2026\nGH: We'll open the Oslo office by September.\n",
            "Oslo office",
            "Greta Holm",
        ),
        (
            "## Coffee with Ana Ruiz (Acme CFO) — 4 March 2026\nAR: Margins recover by 2027.\n",
            "Margins recover",
            "Ana Ruiz",
        ),
        # Two people with those initials: the cue is kept, never one of them by a guess.
        (
            "## Dinner with Jane Andersson and Jonas Akerlund, 9 March 2026\n"
            "JA: rates stay at 2% through 2027.\n",
            "rates stay",
            "JA",
        ),
    ],
)
def test_an_initials_cue_is_the_participant_with_those_initials(text, words, who):
    assert attributed.who(text, words) == who


def test_ambiguous_initials_ask_the_curator():
    text = (
        "## Dinner with Jane Andersson and Jonas Akerlund, 9 March 2026\n"
        "JA: rates stay at 2% through 2027.\n"
    )
    (statement,) = attributed.parsed(text).statements
    assert "initials of Jane Andersson and Jonas Akerlund" in statement.note


@pytest.mark.django_db
def test_a_meeting_heading_is_no_unnamed_section():
    text = "Lunch w/ Greta Holm, 3 Feb 2026\nWe'll open the Oslo office by September.\n"
    plan = _plan(text)
    assert [c.speaker.name for c in plan.candidates] == ["Greta Holm"]


# ---- 3. A reply to a quoted post is its author's, as the lead-in names or points to.


@pytest.mark.parametrize(
    ("lead", "name", "handle", "pronoun", "to"),
    [
        ("Her reply", "", "", "her", ""),
        ("His answer", "", "", "his", ""),
        ("She replied", "", "", "she", ""),
        ("Reply from @lukasbrandt", "", "lukasbrandt", "", ""),
        ("Her reply to a critic", "", "", "her", "someone"),
        ("Lukas Brandt quoted the post", "Lukas Brandt", "", "", ""),
        ("Priya Raman (@priyaraman) posted on Monday", "Priya Raman", "", "", ""),
        ("Feld's response", "Feld", "", "", ""),
    ],
)
def test_post_lead(lead, name, handle, pronoun, to):
    found = post_lead(lead)
    assert found is not None
    assert (found.name, found.handle, found.pronoun, found.to) == (name, handle, pronoun, to)


@pytest.mark.parametrize("lead", ["Why it matters", "The reply rate", "Energy", "Her view"])
def test_what_is_no_post_lead(lead):
    assert post_lead(lead) is None


POSTS = "## Priya Raman — posts on X, 10 March 2026\n\n"


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        # The example: "Her reply:" after another's post went to that other.
        (
            POSTS + 'Lukas Brandt quoted the post: "Controls will be lifted before 2028."\n'
            "Her reply:\n> The rules will get tighter in 2026.\n",
            "tighter in 2026",
            "Priya Raman",
        ),
        (
            POSTS + 'Lukas Brandt quoted the post: "Controls will be lifted before 2028."\n'
            "She replied: Tighter by 2027, you'll see.\n",
            "Tighter by 2027",
            "Priya Raman",
        ),
        (
            POSTS + 'Lukas Brandt quoted the post: "Controls will be lifted before 2028."\n',
            "lifted before 2028",
            "Lukas Brandt",
        ),
        (
            POSTS + 'Lukas Brandt quoted the post: "Controls will be lifted before 2028."\n'
            "Her reply:\n> Tighter by 2027.\nReply from @lukasbrandt:\n> Tariffs go by 2027.\n",
            "Tariffs go",
            "Lukas Brandt",
        ),
        (
            "## Ming Zhao — LinkedIn post, 14 March 2026\n"
            'Priya Raman responded in the comments: "India will have two fabs by 2030."\n'
            "His answer:\n- Samsung gets there first, by 2029.\n",
            "Samsung gets there first",
            "Ming Zhao",
        ),
        # Who "His" is cannot be told: a placeholder, for the curator to map.
        (
            "## Thread on export rules\n"
            'Omar Haddad posted: "Controls will be gone by 2028."\n'
            'Elena Sorensen posted: "Tighter by 2027."\n'
            'Mark Feld posted: "Both wrong."\n'
            "His answer:\n> They will be gone by 2029.\n",
            "gone by 2029",
            "Unknown speaker",
        ),
    ],
)
def test_a_reply_is_given_to_its_author(text, words, who):
    assert attributed.who(text, words) == who


# ---- 4. The note-taker's own lines are never the guest's.


@pytest.mark.parametrize(
    ("label", "note_takers"),
    [
        ("Me", True),
        ("ME", True),
        ("Myself", True),
        ("Q (me)", True),
        ("Me (Q)", True),
        ("Mehta", False),
        ("Maya Chen", False),
    ],
)
def test_note_taker(label, note_takers):
    assert note_taker(label) is note_takers


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("Me: I think you will miss Q3 2025 by a year.", "miss Q3 2025"),
        ("Myself: prices will fall 20% by 2026, I'd guess.", "fall 20%"),
        ("Q (me): will you IPO in 2026?", "IPO in 2026"),
        ("- Me: rates fall by 2026, surely?", "rates fall by 2026"),
        ("Me — I reckon rates fall by 2027.", "rates fall by 2027"),
    ],
)
def test_the_note_takers_lines_are_no_ones_claims(line, words):
    text = f"# Hanne Vik — call, 14 Nov 2024\n{line}\nHanne Vik: We list in 2027.\n"
    assert attributed.who(text, words) == "-"
    assert attributed.who(text, "We list in 2027") == "Hanne Vik"


def test_the_answer_after_the_note_takers_question_is_the_speakers():
    text = "# Hanne Vik — call, 14 Nov 2024\nMe: will you IPO?\nNot before 2027.\n"
    assert attributed.said(text) == [("Hanne Vik", "Not before 2027.")]


# ---- 5. A show's title is no speaker; a name close to one in the file is suggested.


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("# Hard Fork — episode 80, 5 April 2024\nHard Fork: This week, AI agents.\n", "agents"),
        ("Odd Lots: Jigar Shah on the grid, 14 March 2024\nOdd Lots: recorded in 2024.\n", "2024"),
        ("## Grid Hour — #312, 3 May 2024\nGrid Hour: rates fall by 2026.\n", "rates"),
        # The title of an earlier section (a weekly file, one show's episodes in turn).
        (
            "## Grid Hour — #311, 26 April 2024\nGrid Hour: intro.\n\n"
            "## Ada Quist — Summit, 2 May 2024\nAda Quist: costs halve by 2030.\n\n"
            "## Ben Ortiz — Talk, 3 May 2024\nGrid Hour: rates fall by 2026.\n",
            "rates",
        ),
        # One word set off by a mark with no space, in a heading that says it is a show's.
        ("# Decoder: episode 12, 5 April 2024\nDECODER: This week, chips.\n", "chips"),
        ("# Decoder — episode 12, 5 April 2024\nDECODER: This week, chips.\n", "chips"),
    ],
)
def test_a_shows_title_as_a_cue_is_no_speaker(text, words):
    assert attributed.who(text, words) == "-"


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        (
            "# Energy Outlook — notes\nGuest: Ada Quist\nEnergy Outlook: peak by 2030.\n",
            "peak",
            "Ada Quist",
        ),
        (
            "# Energy — notes\nGuest: Ada Quist\nEnergy: prices fall by 2027.\n",
            "prices",
            "Ada Quist",
        ),
        (
            "# Ada Quist — Summit, 9 May 2023\nAda Quist: rates fall by 2026.\n",
            "rates",
            "Ada Quist",
        ),
    ],
)
def test_a_label_or_a_speaker_that_opens_a_heading_is_no_show(text, words, who):
    assert attributed.who(text, words) == who


@pytest.mark.parametrize(
    ("heading", "speaker"),
    [
        ("Hard Fork — episode 80, 5 April 2024", ""),
        ("Odd Lots — #312, 14 March 2024", ""),
        ("Ben Ortiz — The Long Game, 3 May 2024", "Ben Ortiz"),
    ],
)
def test_a_shows_number_is_no_speakers_title(heading, speaker):
    assert read_heading(heading, marked=True).speaker == speaker


@pytest.mark.parametrize(
    ("name", "names", "meant"),
    [
        ("Tomas Herera", ["Tomás Herrera", "Dana Whitfield"], "Tomás Herrera"),
        ("Jigar Sha", ["Jigar Shah", "Joe Weisenthal"], "Jigar Shah"),
        ("Jon", ["Jonathan Ive", "Maya Chen"], "Jonathan Ive"),
        ("Jo", ["Joe Weisenthal", "Jonathan Ive"], ""),  # too short, and two would fit
        ("Sam Rivera", ["Sam Riviera", "Sam Rivers"], ""),  # two close: no suggestion
        ("Ada Quist", ["Maya Chen"], ""),
    ],
)
def test_did_you_mean(name, names, meant):
    assert did_you_mean(name, names) == meant


@pytest.mark.django_db
def test_a_mapping_of_a_near_name_suggests_it_and_lists_no_show():
    text = (
        "# Hard Fork — episode 80, 5 April 2024\nHard Fork: This week, agents.\n"
        "Kevin Roose: Agents will book our travel by 2026.\n"
    )
    with pytest.raises(ImportFileError) as raised:
        _plan(text, **{"Kevin Rose": "Kevin Roose"})
    message = str(raised.value)
    assert "Did you mean “Kevin Roose”?" in message
    assert "Hard Fork" not in message.split("(", 1)[1]


@pytest.mark.django_db
def test_a_slug_close_to_a_known_one_is_suggested():
    SpeakerFactory(name="Maya Chen", slug="maya-chen")
    with pytest.raises(ImportFileError, match="Did you mean “maya-chen” \\(Maya Chen\\)"):
        _plan("Agents will book our travel by 2026.\n", **{"": "maya-chenn"})


# ---- 6. The plan's notes say what the lines left out are.


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "note"),
    [
        # The example: a guest's narration was "what a host asked".
        (
            "# Hanne Vik — call, 14 Nov 2024\nShe then pushed back on the timeline.\n"
            "We list in 2027.\n",
            "1 line(s) telling what someone did in the conversation",
        ),
        (
            "# Hanne Vik — call, 14 Nov 2024\nHosts: Maya Chen\nMaya Chen asked about Europe.\n"
            "We list in 2027.\n",
            "1 line(s) telling what a host asked",
        ),
        (CALL + "Operator: Welcome.\nOperator: Please go ahead.\nWe list in 2027.\n", "operator"),
        (
            POSTS + 'Lukas Brandt quoted the post: "Controls will be lifted before 2028."\n',
            "1 line(s) introducing someone's words",
        ),
    ],
)
def test_the_plans_notes_say_what_was_left_out(text, note):
    notes = " ".join(_plan(text).notes)
    assert note in notes
    if "host" not in note:
        assert "what a host asked" not in notes


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("cue", "meant"),
    [
        ("JON", "did you mean Jonathan Ive?"),  # a short form of a known speaker's name
        ("JONATHAN", "looks like the known speaker Jonathan Ive"),
        ("KIM", ""),  # nobody close: only asked
    ],
)
def test_a_one_name_cue_suggests_the_known_speaker_it_may_be(cue, meant):
    from claims.importing.services import unsure_speakers_message

    SpeakerFactory(name="Jonathan Ive", slug="jonathan-ive")
    text = f"{cue}: Phones will fold by 2027.\nMAYA: Why?\n{cue}: Glasses by 2035.\n"
    message = unsure_speakers_message(_plan(text))
    assert message.startswith(f"“{cue}” looks like")
    assert (meant in message) if meant else ("Jonathan Ive" not in message)
