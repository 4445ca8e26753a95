"""Table tests: who said what, where a lead-in, a cue, a heading or initials name the speaker.

Each table opens with the example that was got wrong, then other shapes of the same kind as
logs of posts and meeting notes are really written: a post's lead-in and the quote on the
line after it; a cue with an @handle and an affiliation; a heading naming whose post it
is by a possessive; the initials of a listed participant that are an abbreviation too.
"""

import datetime

import pytest

from claims.importing.errors import ImportFileError
from claims.importing.headings import read_heading
from claims.importing.names import without_affiliation
from claims.importing.replies import post_lead
from claims.importing.services import SourceChoice
from tests.importing import attributed

SOURCE = SourceChoice(title="Thread", published_on=datetime.date(2025, 10, 20))
RECAP = "## Thread recap, 20 October 2025\n\n"


def _note(text: str, words: str) -> str:
    return next(s.note for s in attributed.parsed(text).statements if words in s.text)


def _plan(text: str, **speakers: str):
    return attributed.plan(text, SOURCE, **speakers)


# ---- 1. A post's lead-in names its author, wherever the post is written after it.

POST = "Half of today's public SaaS companies will be acquired or dead by 2030."


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        # The example: a lead-in with a handle and an affiliation, the quote on the next line.
        (
            f"{RECAP}Original post by Aaron Kessler (@akessler), VC at Northbeam:\n"
            f'"{POST} AI agents replace seats."\n',
            "AI agents replace seats",
            "Aaron Kessler",
        ),
        (f'{RECAP}Aaron Kessler posted:\n"{POST}"\n', "Half of today", "Aaron Kessler"),
        (f"{RECAP}Aaron Kessler posted:\n{POST}\n", "Half of today", "Aaron Kessler"),
        (f"{RECAP}Aaron Kessler posted:\n> {POST}\n", "Half of today", "Aaron Kessler"),
        (f"{RECAP}Aaron Kessler posted:\n\n“{POST}”\n", "Half of today", "Aaron Kessler"),
        (f'{RECAP}Aaron Kessler posted: "{POST}"\n', "Half of today", "Aaron Kessler"),
        (
            f"{RECAP}Hana Sato, strategist at Mizuho, tweeted:\n"
            "> The yen will be back under 130 by the end of 2026.\n",
            "yen will be back",
            "Hana Sato",
        ),
        (
            f"{RECAP}The first post from Tomás Reyes (@treyes):\n"
            "Fieldline will ship its own model before 2027.\n",
            "Fieldline will ship",
            "Tomás Reyes",
        ),
        (
            f"{RECAP}Ratio'd reply from Lena Ortiz (@lenaortiz): "
            '"Data moats are a myth. Open models will match GPT-5 by mid-2026."\n',
            "Open models will match",
            "Lena Ortiz",
        ),
        # A lead-in inside a list of cues: the reply is its author's, not the last cue's.
        (
            f'{RECAP}Aaron Kessler posted:\n"{POST}"\n\n'
            "- Devon Price (@devprice): Agents are demos.\n"
            '- Kessler replied: "Agents will run payroll within two years."\n',
            "Agents will run payroll",
            "Aaron Kessler",
        ),
        (
            f"{RECAP}- Julia Moretti: Seat pricing is dying.\n"
            "- Sanjay Rao: Agentforce will reach 1 billion dollars by 2027.\n"
            '- Moretti again: "Salesforce should stop guiding on AI revenue."\n',
            "stop guiding",
            "Julia Moretti",
        ),
    ],
)
def test_a_posts_lead_in_names_its_author(text, words, who):
    assert attributed.who(text, words) == who


# ---- 1b. A cue's line whose lead-in names someone else in full: that person's words.


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        # The example: a newsletter writer tells a bank analyst's call after a colon.
        (
            f"{RECAP}Ana Ferreira: Jonas Pfeilmann at Halvorsen Bank went further in a client"
            " note on Thursday: he sees the 10-year Bund yield at 3.1% by the end of September.\n",
            "Bund yield",
            "Jonas Pfeilmann",
        ),
        (
            f"{RECAP}Tamsin Vell: Harriet Lund told me last week: 20 GW of grid batteries"
            " connected by the end of 2028.\n",
            "20 GW",
            "Harriet Lund",
        ),
        (
            f"{RECAP}Dana Wren: As Keiko Mori put it on Monday: the plant reopens by June.\n",
            "plant reopens",
            "Keiko Mori",
        ),
        # Near misses: a label, a firm, a pronoun or no lead-in at all keep the cue's speaker.
        (
            f"{RECAP}Ana Ferreira: Bottom line: yields rise by September.\n",
            "yields rise",
            "Ana Ferreira",
        ),
        (
            f"{RECAP}Ana Ferreira: Goldman's view: yields rise by September.\n",
            "yields rise",
            "Ana Ferreira",
        ),
        (
            f"{RECAP}Ana Ferreira: I told the board on Monday: we ship the update by June.\n",
            "ship the update",
            "Ana Ferreira",
        ),
        (
            f"{RECAP}Ana Ferreira: I met Jonas Pfeilmann at Halvorsen Bank on Thursday.\n",
            "Jonas Pfeilmann",
            "Ana Ferreira",
        ),
    ],
)
def test_a_lead_in_in_a_cues_line_names_whose_words_follow(text, words, who):
    assert attributed.who(text, words) == who


def test_only_the_line_after_a_lead_in_is_the_post():
    text = f'{RECAP}Aaron Kessler posted:\n"{POST}"\nPricing will matter more by 2027.\n'
    assert attributed.who(text, "Half of today") == "Aaron Kessler"
    assert attributed.who(text, "Pricing will matter") == ""


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        ("Original post by Aaron Kessler (@akessler), VC at Northbeam", "Aaron Kessler"),
        ("Aaron Kessler posted", "Aaron Kessler"),
        ("Aaron Kessler, VC at Northbeam, posted", "Aaron Kessler"),
        ("Ratio'd reply from Lena Ortiz (@lenaortiz)", "Lena Ortiz"),
        ("The top reply by Devon Price", "Devon Price"),
    ],
)
def test_post_lead_shapes(lead, name):
    found = post_lead(lead)
    assert found is not None
    assert found.name == name


# ---- 2. "Name (@handle), affiliation:" is a speaker's cue, not a topic.


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        (
            f"{RECAP}- Sanjay Rao (@sanjayrao), Salesforce: We expect Agentforce to reach "
            "1 billion dollars in ARR by the end of FY27.\n",
            "We expect Agentforce",
            "Sanjay Rao",
        ),
        (
            f"{RECAP}- Julia Moretti (@jmoretti), CFO at Stackwise: "
            '"Seat-based pricing is already dying. We moved to usage pricing last year."\n',
            "We moved to usage",
            "Julia Moretti",
        ),
        (
            f"{RECAP}Mei Lin (@meilin), Sequoia Capital: Vertical SaaS will outgrow "
            "horizontal SaaS by 2028.\n",
            "Vertical SaaS",
            "Mei Lin",
        ),
    ],
)
def test_a_cue_with_a_handle_and_an_affiliation(text, words, who):
    assert attributed.who(text, words) == who
    assert not any(s.topic for s in attributed.parsed(text).statements if words in s.text)


@pytest.mark.parametrize(
    ("label", "name", "affiliation"),
    [
        ("Sanjay Rao (@sanjayrao), Salesforce", "Sanjay Rao", "Salesforce"),
        ("Julia Moretti (@jmoretti), CFO at Stackwise", "Julia Moretti", "CFO at Stackwise"),
        ("Energy (@grid), Outlook", "Energy (@grid), Outlook", ""),
    ],
)
def test_without_affiliation_after_a_handle(label, name, affiliation):
    assert without_affiliation(label) == (name, affiliation)


# ---- 3. A heading naming someone by a possessive is that person's section.


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        (
            f'{RECAP}Aaron Kessler posted:\n"{POST}"\n\n'
            "Kessler's follow-up post, 22 October 2025:\n"
            '"Incumbents with data moats will be fine in the coming years."\n',
            "Incumbents with data moats",
            "Aaron Kessler",
        ),
        (
            "## Priya's reply, 3 May 2025\nThe rules will get tighter in 2026.\n",
            "rules will get tighter",
            "Priya",
        ),
        (
            "## Ada Quist's keynote, 9 May 2025\nGrid storage will double by 2028.\n",
            "Grid storage",
            "Ada Quist",
        ),
        ("## Today's thread, 3 May 2025\nGrid storage will double by 2028.\n", "Grid", ""),
    ],
)
def test_a_possessive_heading_names_the_speaker(text, words, who):
    assert attributed.who(text, words) == who


@pytest.mark.parametrize(
    ("heading", "speaker"),
    [
        ("Kessler's follow-up post, 22 October 2025", "Kessler"),
        ("Priya's reply, 3 May 2025", "Priya"),
        ("Monday's post, 3 May 2025", ""),
        ("Bloomberg TV's interview, 3 May 2025", ""),
    ],
)
def test_read_heading_possessive(heading, speaker):
    found = read_heading(heading, marked=True)
    assert found is not None
    assert found.speaker == speaker


# ---- 4. Initials a listed participant has are theirs, even when they are an abbreviation.

MEETING = (
    "Attendees: Helena Ruiz (HR), Tomasz Wójcik (TW), Grace Adeyemi (GA)\n"
    "Chair: Helena Ruiz\n\n"
    "### Meeting 1 — 14 October 2025\n\n"
    "HR: I think member states will water down the 2040 target.\n"
    "TW: The EU carbon price will hit 120 euros a tonne by 2028.\n"
)


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        (MEETING, "water down", "Helena Ruiz"),
        (MEETING, "carbon price", "Tomasz Wójcik"),
        (
            "Participants: Paula Reyes (PR), Ivan Tomic (IT)\n\n### Standup, 3 March 2026\n"
            "PR: The launch will slip to June.\nIT: Hiring will pick up by autumn.\n",
            "Hiring will pick up",
            "Ivan Tomic",
        ),
        (
            "Participants: Paula Reyes (PR), Ivan Tomic (IT)\n\n### Standup, 3 March 2026\n"
            "PR: The launch will slip to June.\n",
            "launch will slip",
            "Paula Reyes",
        ),
        (
            "Present: Elena Ueda, Marco Bassi\n\n### Call, 3 March 2026\n"
            "EU: Rates will be cut twice by December.\n",
            "Rates will be cut",
            "Elena Ueda",
        ),
        # Nobody listed has them: "EU:" stays a label of the section's speaker's line.
        (
            "## Marco Bassi — call, 3 March 2026\nEU: Rates will be cut twice by December.\n",
            "Rates will be cut",
            "Marco Bassi",
        ),
    ],
)
def test_initials_of_a_listed_participant(text, words, who):
    assert attributed.who(text, words) == who


@pytest.mark.django_db
def test_mapping_an_initials_cue_is_accepted():
    plan = _plan(MEETING, TW="Tomasz Wójcik")
    assert {c.speaker.name for c in plan.candidates} == {"Helena Ruiz", "Tomasz Wójcik"}


@pytest.mark.django_db
def test_mapping_an_initials_cue_to_another_says_whom_it_is_read_as():
    with pytest.raises(ImportFileError, match="“TW” is read as Tomasz Wójcik"):
        _plan(MEETING, TW="Grace Adeyemi")


@pytest.mark.django_db
def test_a_role_is_no_name_in_the_list_of_names():
    with pytest.raises(ImportFileError) as raised:
        _plan(MEETING, XY="Someone")
    assert "not named in the file" in str(raised.value)
    assert "Chair" not in str(raised.value)


@pytest.mark.django_db
def test_a_refusal_says_a_cue_was_read_as_a_label():
    text = "### Meeting 1 — 14 October 2025\n\nHR: The 2040 target will be watered down.\n"
    with pytest.raises(ImportFileError) as raised:
        _plan(text)
    message = str(raised.value)
    assert "No speaker is named" in message
    assert "“HR:” on this line was read as a label" in message


# ---- 5. Words someone unnamed said are not the narrator's without a remark.


@pytest.mark.parametrize(
    "line",
    [
        "An anonymous account claimed Microsoft will buy a major SaaS company next quarter.",
        "One insider said the merger will close by June.",
        "A senior official told reporters the tariffs will be lifted in 2027.",
    ],
)
def test_words_of_someone_unnamed_carry_a_remark(line):
    assert "said by someone unnamed" in _note(f"{RECAP}- {line}\n", line[-20:])
