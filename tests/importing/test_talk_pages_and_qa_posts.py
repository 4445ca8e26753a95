"""Table tests: a talk's transcript copied from its page on a talks site, and a newsletter's
interview in Q&A form. A talk's paragraphs are the speaker the page names (in its title, above
the talk's length, or under "About the speaker"); the page around them (title, buttons, the
transcript's heading, times, reactions, the site's biography of the speaker, "Watch next") is
no claim. A Q&A post's interviewer, named by its byline, asks in bold cues and is never
proposed; the post's counters and picture credit are no claims. Near misses (a video's
transcript, a podcast's transcript, a transcript in bold cues with no byline) read as before."""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing import talk_pages
from claims.importing.errors import ImportFileError
from claims.importing.page_chrome import chrome_line
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.written_qa import bold_askers, editing_note

# The page's title as "Speaker: Title", a TEDx event line, the buttons, the transcript in
# several languages; reactions inline and alone; the page's closing sections.
TITLED = """Ilse Marwood: What the glaciers are telling us
TEDxLakeshore · 9 March 2026
Like
Share
Read transcript
Transcript (12 Languages)
English
00:05
I spent nine summers on the Veldbreen glacier. (Laughter) Mostly in a tent.
00:31
The glacier's front has retreated 400 metres since 2005.
01:02
By 2045, the Veldbreen will have split into three separate ice bodies.
01:40
We will publish our full melt record online by the end of next year.
02:05
(Applause)
About the speaker
Ilse Marwood · Glaciologist
Ilse Marwood directs the Alpine Ice Observatory, which has measured glacier mass since 1998.
Read more
Watch next
Why rivers move
"""

# The title alone, the speaker's name on the line above the talk's length, "Details" and
# "About the talk" with the site's summary above the transcript; hour-long times; "(Music)";
# a biography in the third person; "Share this talk" and "Watch next" below.
NAMED_ABOVE_LENGTH = """The quiet economics of repair
Bartholomew Okonjo
· 16:48
Transcript (English)
Details About the talk
Bartholomew Okonjo argues that repair shops will outlast the retailers that sell new goods.
00:00
(Music)
00:14
Our repair cafe in Penwith fixed 3,200 appliances last year.
59:50
I think repair is the most underrated industry in Europe.
1:04:05
By 2030, every town in the county will have a repair cafe.
Share this talk
Bartholomew Okonjo is an economist who studies second-hand markets.
Watch next
"""

# The title's "Name:" and "About the speaker" disagree: nobody is named for the talk.
DISAGREEING = """Rosalind Achterberg: Cities that float
TEDxPortside · 11:20
Transcript (English)
00:03
Floating homes will be common in Rotterdam by 2040.
00:40
(Applause)
About the speaker
Caspar Veenstra · Architect
"""

QA_POST = """# "We are not a charity": a conversation with Ada Lindqvist

### The founder of the Fenmoor Tool Library on lending, insurance and growing slowly

[Tomas Ferreira](https://thehandledger.substack.com/@tferreira)

Sep 2, 2026

118 · 14 · Share

Ada Lindqvist opened the Fenmoor Tool Library in 2019 with 60 tools. It now lends 4,000.

**Tomas Ferreira:** Where did the idea come from?

**Ada Lindqvist:** From my shed. I had 40 drills and used one.

**Tomas:** You've been outspoken about insurance costs.

**Ada:** Our premium doubled in 2025. We will open a second branch in Eastwick by June 2027.

**Tomas:** What comes next?

**Ada:** Honestly, I think every library should lend tools.

*This interview has been edited for length. Photos courtesy of the Fenmoor Tool Library.*

Thanks for reading The Hand Ledger! Subscribe for free to receive new posts.

118 Likes · 9 Restacks

14 Comments
"""

# Bold cues, a host who asks twice, but no byline: a podcast's transcript, read as before.
PODCAST_BOLD = """Episode 41 transcript

**Nadia Koenig:** Welcome back. Is the grid ready?

**Piotr Halloran:** Not yet. Storage will triple by 2029.

**Nadia Koenig:** Heat pumps will outsell gas boilers in Britain by 2028.

**Piotr Halloran:** I agree with that.

**Nadia Koenig:** What about hydrogen?

**Piotr Halloran:** Hydrogen heating is a dead end.
"""


def _plan(text: str, name: str, published: datetime.date):
    source = SourceChoice(title=name, published_on=published, precision=DatePrecision.DAY)
    return import_plan(data=text.encode(), file_name=name, options=ImportOptions(source=source))


def _by_line(text: str, name: str, published: datetime.date) -> dict[int, set[str]]:
    """Line → the speakers of its candidates (the document imports without a default
    speaker; an unnamed speaker shows as "")."""
    found: dict[int, set[str]] = {}
    for candidate in _plan(text, name, published).candidates:
        speaker = "" if candidate.speaker.unsure else candidate.speaker.name
        found.setdefault(candidate.statement.line, set()).add(speaker)
    return found


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The title's "Name:" and "About the speaker" agree; the line of the joke keeps its
        # claim; the biography (line 19) and everything around the talk are none.
        (
            TITLED,
            {9: {"Ilse Marwood"}, 11: {"Ilse Marwood"}, 13: {"Ilse Marwood"}, 15: {"Ilse Marwood"}},
        ),
        # The name above the talk's length; the site's summary above the transcript and the
        # biography below it are none, whatever they forecast.
        (
            NAMED_ABOVE_LENGTH,
            {10: {"Bartholomew Okonjo"}, 12: {"Bartholomew Okonjo"}, 14: {"Bartholomew Okonjo"}},
        ),
    ],
)
def test_a_talk_pages_paragraphs_are_the_named_speakers(text, expected):
    assert _by_line(text, "talk.txt", datetime.date(2026, 3, 9)) == expected


@pytest.mark.django_db
def test_a_talk_page_naming_two_people_names_no_one():
    # Neither name is guessed: with no default speaker the curator is asked to name one.
    with pytest.raises(ImportFileError, match="Line 5"):
        _plan(DISAGREEING, "talk.txt", datetime.date(2026, 3, 9))
    shaped = talk_pages.reshape(DISAGREEING.splitlines())
    assert shaped is not None
    assert shaped.lines[4] == "Floating homes will be common in Rotterdam by 2040."


@pytest.mark.parametrize(
    ("number", "blank"),
    [(1, True), (2, True), (6, True), (7, True), (8, True), (9, False), (16, True), (18, True)],
)
def test_a_talk_pages_lines(number, blank):
    shaped = talk_pages.reshape(TITLED.splitlines())
    assert shaped is not None
    assert len(shaped.lines) == len(TITLED.splitlines())
    assert (shaped.lines[number - 1] == "") is blank, shaped.lines[number - 1]


@pytest.mark.parametrize(
    "text",
    [
        # A video's transcript with times on their own lines: no transcript heading.
        "Grid talk\n0:04\nStorage will triple by 2029.\n0:30\nThanks for watching.\n",
        # A podcast's transcript: its heading and times, but no talks site's sign.
        "Transcript\n00:00\nHost: Welcome.\n00:12\nGuest: Rates will fall.\n",
        # A transcript heading and a talk's reaction, but fewer than two times.
        "Ilse Marwood: Ice\nTranscript (English)\n00:05\n(Laughter) Ice is melting.\n",
        # Notes about a talk, no times at all.
        "Notes on the TEDx talk\nTranscript (English) was not available.\nShe said ice melts.\n",
    ],
)
def test_documents_of_other_shapes_are_not_read_as_talk_pages(text):
    assert talk_pages.reshape(text.splitlines()) is None


@pytest.mark.django_db
def test_a_qa_posts_interviewer_asks_and_the_answers_are_the_interviewees():
    found = _by_line(QA_POST, "post.md", datetime.date(2026, 9, 2))
    # The introduction (line 11) is the post's own, nobody named for it: left out and
    # counted in the notes; the prompts (13, 17's "You've been outspoken …", 21), the
    # counters (9, 29, 31), the editor's note with its credit (25) and the call to subscribe
    # (27) are none.
    assert found == {
        15: {"Ada Lindqvist"},
        19: {"Ada Lindqvist"},
        23: {"Ada Lindqvist"},
    }


@pytest.mark.django_db
def test_bold_cues_without_a_byline_read_as_before():
    found = _by_line(PODCAST_BOLD, "episode.md", datetime.date(2026, 9, 2))
    # The host's own forecast (line 7) stays a claim: no byline names an interviewer.
    assert "Nadia Koenig" in found[7]
    assert bold_askers(PODCAST_BOLD.splitlines()) == frozenset()


@pytest.mark.parametrize(
    ("lines", "askers"),
    [
        # The byline's name, cued in full and by first name.
        (QA_POST.splitlines(), {"tomas ferreira", "tomas"}),
        # The byline as "By Name"; the full-name cue asks.
        (
            [
                "By Tomas Ferreira",
                "**Tomas Ferreira:** Why now?",
                "**Ada Lindqvist:** Because.",
                "**Tomas Ferreira:** And then?",
                "**Ada Lindqvist:** We grow.",
            ],
            {"tomas ferreira"},
        ),
        # The byline names the one who answers: no interviewer.
        (
            [
                "[Ada Lindqvist](https://example.substack.com/@ada)",
                "**Tomas:** Why now?",
                "**Ada:** Because.",
                "**Tomas:** And then?",
            ],
            set(),
        ),
        # One bold cue alone: no interview.
        (["Tomas Ferreira", "**Tomas Ferreira:** Why? And how?", "**Tomas Ferreira:** Ok?"], set()),
    ],
)
def test_a_qa_posts_interviewer(lines, askers):
    assert bold_askers(lines) == askers


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("118 · 14 · Share", True),
        ("118 Likes · 9 Restacks", True),
        ("42 Likes∙3 Restacks", True),
        ("14 Comments", True),
        ("2.1K · 340 · Share", True),
        # A year, a bare number, or a sentence with a count: not chrome.
        ("2026", False),
        ("14", False),
        ("We had 118 likes in a day.", False),
        ("14 comments were deleted by the moderators.", False),
    ],
)
def test_a_newsletters_counters(line, chrome):
    assert chrome_line(line) is chrome


@pytest.mark.parametrize(
    ("line", "note"),
    [
        (
            "*This interview has been edited for length. Photos courtesy of the Fenmoor Trust.*",
            True,
        ),
        ("The conversation has been condensed. Photo by Ana Ruiz.", True),
        ("This interview has been edited for clarity.", True),
        # A claim after the note: not an editor's note.
        ("This interview has been edited. Rents will double by 2030.", False),
    ],
)
def test_an_interviews_editing_note(line, note):
    assert editing_note(line) is note
