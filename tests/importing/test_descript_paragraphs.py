"""Table tests: Descript's plain-text export with each speaker's name on a line of its own
and the turn's paragraphs below it, each opening with its time in brackets ("[00:00:09]",
"[01:02:03]", "[1:02]"), with or without blank lines between; a generic label ("Speaker 2")
for a clip the host introduces just before it by name and office, read as that person with
a remark when exactly one person is so introduced, else kept and asked about; ad reads and
the host's welcome and sign-off no claims. Near misses (names over plain prose, one name
over a speech, a chapter list) are read as before."""

import pytest

from claims.importing import descript
from claims.importing.played_clips import clip_people, without_clip_cue
from tests.importing import attributed

DOCKSIDE = """Dana Whitcombe

[00:00:00] Hey everyone, welcome back to Dockside.

[00:00:09] I'm Dana Whitcombe, and with me as always is Priya Ramanathan.

Priya Ramanathan

[00:00:13] Hi, hi. Good to be here.

Rafael Oyelaran

[00:00:41] Spot rates will be down another 15% by the end of September.

[00:00:52] Green methanol is still three times the price of bunker fuel.

Priya Ramanathan

[00:01:06] My bet is the strike ballot passes before the end of July.
"""

HOURS = """Speaker 1
[01:02:03] Welcome back. With me today is Priya Raman, the council's transport lead.
Speaker 2
[01:02:10] Thanks for having me.
[01:02:14] The tram extension will open in September 2027.
Speaker 1
[01:02:30] And the buses?
Speaker 2
[01:02:33] Bus lanes go in next spring.
"""

SHORT_STAMPS = """Night Shift, episode 12
Transcript

Omar Haddad
[0:04] Copper will hit a record before the end of 2027.
Lena Fischer
[1:02] I doubt it. Chinese demand fell 6% this year.
Omar Haddad
[12:40] We will publish our full outlook in January.
"""

# One word each, as a speaker renamed in Descript; times only where the speaker changes.
FIRST_NAMES = """Nia

[00:00:02] So, the housing numbers.

Omar

[00:00:06] Starts fell 9% this year.

The council will approve the Fellgate scheme by March.

Nia

[00:00:20] You sound sure.
"""

AD_AND_SIGN_OFF = """Dana Whitcombe

[00:03:12] Quick break. This episode of Dockside is brought to you by Tallyfold.

[00:03:16] Tallyfold reconciles your freight invoices. Teams that switch cut their close in half.

[00:03:27] Go to tallyfold dot com slash dockside for 20% off your first year.

[00:03:34] Okay. Rates will climb again before Christmas.

Rafael Oyelaran

[00:03:40] The surcharge is gone by the end of October.

Dana Whitcombe

[00:04:34] That's it for this week. Next week we're in Calverra for the open day.
"""


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            DOCKSIDE,  # the welcome, the introduction and a greeting alone: no claims
            [
                ("Rafael Oyelaran", "Spot rates will be down another 15% by the end of September."),
                (
                    "Rafael Oyelaran",
                    "Green methanol is still three times the price of bunker fuel.",
                ),
                ("Priya Ramanathan", "My bet is the strike ballot passes before the end of July."),
            ],
        ),
        (
            HOURS,  # hour-long stamps, no blank lines, the tool's labels only
            [
                ("Priya Raman", "The tram extension will open in September 2027."),
                ("Speaker 1", "And the buses?"),
                ("Priya Raman", "Bus lanes go in next spring."),
            ],
        ),
        (
            SHORT_STAMPS,  # "[1:02]", and a title and "Transcript" above the first name
            [
                ("Omar Haddad", "Copper will hit a record before the end of 2027."),
                ("Lena Fischer", "I doubt it."),
                ("Lena Fischer", "Chinese demand fell 6% this year."),
                ("Omar Haddad", "We will publish our full outlook in January."),
            ],
        ),
        (
            FIRST_NAMES,  # a paragraph without its time runs on in the same turn
            [
                ("Nia", "So, the housing numbers."),
                ("Omar", "Starts fell 9% this year."),
                ("Omar", "The council will approve the Fellgate scheme by March."),
                ("Nia", "You sound sure."),
            ],
        ),
        (
            AD_AND_SIGN_OFF,  # an ad read over three paragraphs, and the sign-off
            [
                ("Dana Whitcombe", "Okay."),
                ("Dana Whitcombe", "Rates will climb again before Christmas."),
                ("Rafael Oyelaran", "The surcharge is gone by the end of October."),
            ],
        ),
    ],
)
def test_name_lines_open_turns_of_stamped_paragraphs(text, said):
    assert attributed.said(text) == said


def test_each_paragraph_keeps_its_own_time():
    document = attributed.parsed(DOCKSIDE)
    times = [(s.text[:14], s.timestamp) for s in document.statements if not s.narration]
    assert times == [
        ("Spot rates wil", "00:00:41"),
        ("Green methanol", "00:00:52"),
        ("My bet is the ", "00:01:06"),
    ]


CLAIM = "The new deep-water berth will be open to ships by March next year."


def _clip(introduction: str, *, between: str = "", cues: bool = False) -> str:
    """A host's turn ending on ``introduction``, then "Speaker 2" saying ``CLAIM``; with a
    co-host's turn ``between`` them when given; in cue lines rather than name lines."""
    turns = [
        ("Dana Whitcombe", f"Let's talk about Calverra. {introduction}"),
        *([("Priya Ramanathan", between)] if between else []),
        ("Speaker 2", CLAIM),
        ("Dana Whitcombe", "Rafael, do you believe her?"),
    ]
    if cues:
        return "".join(
            f"{who} (00:02:{i:02}):\n{words}\n\n" for i, (who, words) in enumerate(turns)
        )
    return "".join(f"{who}\n\n[00:02:{i:02}] {words}\n\n" for i, (who, words) in enumerate(turns))


def _read(text: str) -> tuple[str, str]:
    document = attributed.parsed(text)
    statement = next(s for s in document.statements if s.text == CLAIM)
    return statement.speaker, statement.note


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            _clip(
                "Here's what Transport Minister Beatriz Aldana said at the groundbreaking "
                "last month."
            ),
            "Beatriz Aldana",
        ),
        (
            _clip("Let's hear from the mayor, Tom Hale, speaking at Monday's council meeting."),
            "Tom Hale",
        ),
        (_clip("Take a listen to Harbour Board chair Ines Moretti."), "Ines Moretti"),
        (_clip("Take a listen to Gdańsk port director Łukasz Zieliński."), "Łukasz Zieliński"),
        (_clip("Here's Kestrel Line CEO Rafael Oyelaran on the earnings call."), "Rafael Oyelaran"),
        (_clip("This is what Dr Helen Osei told the health committee on Tuesday."), "Helen Osei"),
        # The same in a cue-line export ("Speaker 2 (00:02:01):").
        (
            _clip("Here's what Minister Beatriz Aldana said last month.", cues=True),
            "Beatriz Aldana",
        ),
    ],
)
def test_a_clip_introduced_by_name_is_that_persons_with_a_remark(text, who):
    speaker, note = _read(text)
    assert speaker == who
    assert (
        f"“Speaker 2” is read as {who}, whom Dana Whitcombe introduces just before the clip" in note
    )


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # Two people introduced: which one is the clip?
        (_clip("Here's what Ana Ruiz and Sam Lee told the inquiry."), "Ana Ruiz or Sam Lee?"),
        # Nobody named in full.
        (_clip("Here's what the minister said at the groundbreaking."), ""),
        (_clip("Here's what Aldana said at the groundbreaking."), ""),
        # A name said in passing, no clip cued.
        (_clip("Last month Beatriz Aldana said the berth would open in March."), ""),
        # Not right before: another voice comes between.
        (
            _clip(
                "Here's what Minister Beatriz Aldana said.", between="Before that, a correction."
            ),
            "",
        ),
        # The clip's name is another label's: a voice of the show, not the clip's.
        (_clip("Here's what Dana Whitcombe said last week."), ""),
    ],
)
def test_a_clip_not_made_certain_keeps_its_label(text, asked):
    speaker, note = _read(text)
    assert speaker == "Speaker 2"
    assert asked in note


def test_a_clip_and_a_naming_after_it_that_disagree_are_asked_about():
    text = _clip("Here's what Minister Beatriz Aldana said.") + (
        "Speaker 2\n\n[00:03:00] Not a day later.\n\n"
        "Priya Ramanathan\n\n[00:03:10] For the record, that was Tom Hale.\n"
    )
    speaker, note = _read(text)
    assert speaker == "Speaker 2"
    assert "Beatriz Aldana or Tom Hale?" in note


@pytest.mark.parametrize(
    ("words", "people"),
    [
        ("Here's what Transport Minister Beatriz Aldana said last month.", ["Beatriz Aldana"]),
        ("Rates fell. Here's what Beatriz Aldana said. Have a listen.", ["Beatriz Aldana"]),
        ("Here's what Rafael Oyelaran of Kestrel Line said.", ["Rafael Oyelaran"]),
        ("Let's hear from Ana Ruiz and Sam Lee.", ["Ana Ruiz", "Sam Lee"]),
        # Near misses: no clip, or nobody named in full.
        ("Here's the thing. Rates are high.", []),
        ("Here's what I think: Tom Hale is wrong.", []),
        ("Last year Tom Hale said rates would fall.", []),
        ("Here's what Beatriz Aldana said. Then we argued about it for an hour.", []),
    ],
)
def test_the_people_a_clip_is_introduced_by(words, people):
    assert clip_people(words) == people


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Let's talk about Calverra. Here's what Beatriz Aldana said.",
            "Let's talk about Calverra.",
        ),
        ("Here's Mayor Tom Hale at the council meeting.", ""),
        # What the clip said goes on in the host's words: kept.
        (
            "Here's what Tom Hale said: the line reopens in May.",
            "Here's what Tom Hale said: the line reopens in May.",
        ),
        ("Here's what the minister said.", "Here's what the minister said."),
    ],
)
def test_the_clips_introduction_is_no_claim(text, kept):
    assert without_clip_cue(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        # A notes file whose headings are names over plain prose: read as it is.
        "Dana Whitcombe\n\nRates will fall by 2027.\n\nPriya Ramanathan\n\nI doubt it.\n",
        "## Dana Whitcombe\nRates will fall by 2027.\n## Priya Ramanathan\nI doubt it.\n",
        # A name over prose, then a stamped clip: one name line above a stamp only.
        "Dana Whitcombe\nRates will fall.\n[00:12:00] Hear hear.\nPriya Ramanathan\nI doubt it.\n",
        # One name over a speech, stamped or not: no export of turns.
        "Dana Whitcombe\n\nRates will fall by 2027.\n\nThe berth opens in March.\n",
        "Dana Whitcombe\n[00:00:01] Rates will fall by 2027.\n[00:00:09] Also, ports.\n",
        # A chapter list: its headings are no speakers.
        "Chapters\n[00:00:00] Intro\n[00:01:30] The berth\nLinks\n[00:05:00] Our sponsor\n",
        "Summary\n[00:00:00] Rates.\nActions\n[00:01:30] Berth.\nSummary\n[00:05:00] Ports.\n",
        # Times before the names: another tool's layout.
        "[00:00:14] Priya Raman\nRates will fall.\n\n[00:00:43] Tom Hale\nThey won't.\n",
    ],
)
def test_near_misses_are_not_read_as_name_line_exports(text):
    assert descript.reshape(text.splitlines()) is None
