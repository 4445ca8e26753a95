"""Table tests: document layouts whose lines are not one statement each, or whose cues are
written in shapes the cue reader did not know.

- A cue with the turn's time before its colon ("KAT (VOICEMAIL) (41:36): Hi."), and a
  verbatim record's language note ("(spoke in French)"), read as cues (``timed_cues``).
- Prose hard-wrapped at a page's width (pdftotext of a verbatim record, a plain-text mail)
  made whole sentence by sentence, over page chrome, a cue's turn lasting to the next cue
  (``wrapped_prose``); chats, notes, forum pages and one-line turns left as they are.
- A two-line turn header with the name first and the time under it (``stacked_cues``).

Near misses keep their reading: agenda and figure lines with times, a chapter title above a
time, one header only, a chat or notes with a line per point.
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.services import (
    ImportOptions,
    SourceChoice,
    import_plan,
    unsure_speakers_message,
)
from claims.importing.stacked_cues import stacked_cues
from claims.importing.timed_cues import role_dropped, tidied_cue
from claims.importing.wrapped_prose import opens_turn, unwrapped


def _plan(text: str, name: str, said_on: datetime.date, **speakers: str):
    options = ImportOptions(
        source=SourceChoice(title="Recording", published_on=said_on), speakers=speakers
    )
    return import_plan(data=text.encode(), file_name=name, options=options)


def _found(plan, words: str):
    found = [c for c in plan.candidates if words in c.quote]
    assert len(found) == 1, [c.quote for c in plan.candidates]
    return found[0]


# ---- A cue with its time before the colon (``timed_cues``).


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ODILE MARCHETTI (41:30): Alright.", "[41:30] ODILE MARCHETTI: Alright."),
        ("KAT (VOICEMAIL) (41:36): Hi.", "[41:36] KAT (VOICEMAIL): Hi."),
        (
            "Dr. Lena Ortiz [00:12:04]: Prices fall next year.",
            "[00:12:04] Dr. Lena Ortiz: Prices fall next year.",
        ),
        ("Lena Ortiz 12:04: I'd say 2027.", "[12:04] Lena Ortiz: I'd say 2027."),
        ("Rasmus (27:40): I think so.", "[27:40] Rasmus: I think so."),
        ("- Tomas Berg (03:15): Sure.", "- [03:15] Tomas Berg: Sure."),
        ("Host (0:45): Welcome back.", "[0:45] Host: Welcome back."),
        ("Interviewer (03:12): And next year?", "[03:12] Interviewer: And next year?"),
        ("Moderator [00:45:10]: Last question.", "[00:45:10] Moderator: Last question."),
        (
            "Lena Ortiz (Guest) (12:04): Rates will fall.",
            "[12:04] Lena Ortiz (Guest): Rates will fall.",
        ),
        (
            "Aoife Brennan (caller) (52:10): The port closes by 2030.",
            "[52:10] Aoife Brennan (caller): The port closes by 2030.",
        ),
        (
            "JEAN-LUC MOREAU (1:02:31): Margins will recover.",
            "[1:02:31] JEAN-LUC MOREAU: Margins will recover.",
        ),
        ("Sam O'Neill 3:07: Yes.", "[3:07] Sam O'Neill: Yes."),
        ("Speaker 2 (03:10): Yes.", "[03:10] Speaker 2: Yes."),
        (
            "Mr. Dufresne (France) (spoke in French) (03:10): hello",
            "[03:10] Mr. Dufresne (France): hello",
        ),
        # A verbatim record's note on the language: dropped from the cue.
        (
            "Mr. Dufresne (France) (spoke in French): We will vote for it.",
            "Mr. Dufresne (France): We will vote for it.",
        ),
        (
            "The President (interpretation from Arabic): I give the floor.",
            "The President: I give the floor.",
        ),
        (
            "Mr. Al-Masri (Jordan) (spoke in Arabic): The situation will worsen.",
            "Mr. Al-Masri (Jordan): The situation will worsen.",
        ),
        (
            "The Chair (spoke in Spanish): The meeting is resumed.",
            "The Chair: The meeting is resumed.",
        ),
        # Near misses: no cue's label before the time, a time alone, no colon after it.
        ("At 10:30: the vote", None),
        ("By 10:30: all done", None),
        ("Figure 2 (12:30): load by hour", None),
        ("Slide 4 (02:10): revenue by region", None),
        ("Chapter 3 (14:00): the grid", None),
        ("Episode 12 (1:03:00): outro", None),
        ("Table 1 (10:00): the data", None),
        ("Step 3 (01:20): open the valve", None),
        ("Q&A (41:00): audience questions", None),
        ("12:04: text", None),
        ("Marguerite Dallaire   00:00:04", None),
        ("The meeting resumed at 10:45: members voted", None),
        ("We met at 10:30: it went well.", None),
        ("He left at 10:30: nobody noticed", None),
        ("Priya Raman: (12:04) prices fall.", None),
        ("Priya Raman (12:04) said prices fall.", None),
        ("Lena Ortiz 12:04 I'd say 2027.", None),
        ("Lena Ortiz 12:045: the clock is wrong", None),
        ("Mr. Dufresne (France): We will.", None),
        ("Doors open 19:30: bring ID", None),
        ("Train leaves 07:45: platform 4", None),
        ("Meeting starts 10:30: agenda", None),
    ],
)
def test_a_cue_with_its_time_before_the_colon(line, expected):
    # None: the line as it is.
    assert tidied_cue(line) == (line if expected is None else expected)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("KAT (VOICEMAIL)", "KAT"),
        ("Lena Ortiz (Guest)", "Lena Ortiz"),
        ("Sandeep [Yorkton]", "Sandeep"),
        ("Ana Ruiz (she/her)", "Ana Ruiz"),
        ("Mr. Dufresne (France)", "Mr. Dufresne"),
        # Near misses: nothing after the name, or nothing but the bracket.
        ("Lena Ortiz", "Lena Ortiz"),
        ("(Guest)", "(Guest)"),
    ],
)
def test_a_labels_bracket_is_dropped_as_the_cue_reader_reads_it(label, expected):
    assert role_dropped(label) == expected


VOICEMAIL = """The Slow Grid, episode 88: Listener mail

ODILE MARCHETTI (41:30): Alright, voicemail time. Rasmus, press play.
RASMUS HOLT (41:34): Playing it now.
KAT (VOICEMAIL) (41:36): Hi Odile, hi Rasmus, love the show. I work at a district heating \
plant in Tampere and I'm convinced heat pumps will supply half of Finland's district heat by 2030.
ODILE MARCHETTI (42:10): Thanks Kat. Rasmus, is she right?
RASMUS HOLT (42:15): I think she's early.
ODILE MARCHETTI (42:40): We will post the data we used on the website by Friday.
"""


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("speakers", "caller"),
    [
        ({"KAT (VOICEMAIL)": "Katarzyna Wolanski"}, ("Katarzyna Wolanski", False)),
        ({}, ("Kat", True)),  # a first name alone: asked
    ],
)
def test_a_voicemail_callers_words_are_the_callers(speakers, caller):
    plan = _plan(VOICEMAIL, "transcript.txt", datetime.date(2026, 4, 2), **speakers)
    heat = _found(plan, "heat pumps will supply half")
    assert (heat.speaker.name, heat.speaker.unsure) == caller
    assert heat.kind == ClaimKind.PREDICTION
    assert heat.statement.timestamp == "00:41:36"
    post = _found(plan, "post the data")
    assert (post.speaker.name, post.statement.timestamp) == ("Odile Marchetti", "00:42:40")
    assert _found(plan, "she's early").speaker.name == "Rasmus Holt"


# ---- A verbatim record wrapped at the page's width (``wrapped_prose``), as pdftotext gives
# it: a form feed opens each page after the first; a running header, the page's number, the
# job number and a footnote under its rule between the pages.

RECORD = """United Nations
S/PV.9987
Security Council
Eighty-first year
9987th meeting
Tuesday, 22 September 2026, 10 a.m.
New York

The meeting was called to order at 10.05 a.m.

Adoption of the agenda

The agenda was adopted.

The situation in the Lake Chad basin

The President: In accordance with rule 39 of the Council's
provisional rules of procedure, I invite Ms. Ingrid
Halvorsen, Regional Humanitarian Coordinator for the Lake
Chad basin, to participate in this meeting. I give the floor
to Ms. Halvorsen.

Ms. Halvorsen: I thank the Somali presidency for convening
this meeting. Since the Council last considered this issue,
rainfall across the Lake Chad basin has been below average
for a third consecutive season, and the surface of the lake
has shrunk by a further 8 per cent. More than 11 million
people in the basin now face acute food

1/4
26-27154 (E)
\fS/PV.9987
The situation in the Lake Chad basin
22/09/2026
insecurity.1 The World Meteorological Organization expects
rainfall to remain below average through the 2027 rainy
season.

On current trajectories, we project that the number of
people facing acute food insecurity in the basin will exceed
14 million by the end of 2027. Our appeal for this year is
only 31 per cent funded, and without new pledges the World
Food Programme will cut rations by half from January.

Mr. Dufresne (France) (spoke in French): I thank Ms.
Halvorsen for her briefing. France will raise its
contribution to the regional humanitarian fund to 40 million
euros in 2027. We expect the first solar irrigation schemes
around the lake to be in service before the end of next
year, provided that security allows.
_____
1 Cadre Harmonisé analysis, March 2026.
2/4
26-27154 (E)
\fS/PV.9987
The situation in the Lake Chad basin
22/09/2026
Mr. Okafor (Nigeria): My delegation associates itself with
the statement of the African Union. Nigeria will complete
the rehabilitation of the Baga fish market by June 2027, and
we expect some 9,000 families to return to the lakeshore
once the road from Maiduguri reopens.

Ms. Achterberg: The Netherlands thanks the briefer for her
sobering account. Unless funding improves, we believe that
two of the largest camps near Diffa will close before

3/4
26-27154 (E)
\fS/PV.9987
The situation in the Lake Chad basin
22/09/2026
the 2027 planting season, forcing families to move once
again.

The President: I shall now make a statement in my capacity
as the representative of Somalia. We stand with the peoples
of the basin. I now resume my functions as President of the
Council.

The meeting rose at 11.40 a.m.
4/4
26-27154 (E)
"""

# The lines as the importer reads them: a form feed breaks no line.
RECORD_LINES = RECORD.split("\n")


def _line(opening: str) -> int:
    """The 0-based number of the record's only line that opens with ``opening``."""
    found = [i for i, line in enumerate(RECORD_LINES) if line.lstrip("\f").startswith(opening)]
    assert len(found) == 1, opening
    return found[0]


def test_a_wrapped_record_keeps_its_line_count():
    out = unwrapped(RECORD_LINES)
    assert out is not RECORD_LINES
    assert len(out) == len(RECORD_LINES)


@pytest.mark.parametrize(
    ("opening", "sentence"),
    [
        (
            "Ms. Halvorsen: I thank",
            "Ms. Halvorsen: I thank the Somali presidency for convening this meeting.",
        ),
        # Across the page's break, over its number, job number, symbol, header and date.
        (
            "has shrunk by a further",
            "More than 11 million people in the basin now face acute food insecurity.",
        ),
        # The footnote's mark after the sentence is dropped.
        (
            "insecurity.1 The World",
            "The World Meteorological Organization expects rainfall to remain below average "
            "through the 2027 rainy season.",
        ),
        # A second paragraph of the turn, with no cue.
        (
            "On current trajectories",
            "On current trajectories, we project that the number of people facing acute food "
            "insecurity in the basin will exceed 14 million by the end of 2027.",
        ),
        (
            "Mr. Dufresne (France) (spoke in French): I thank",
            "Mr. Dufresne (France) (spoke in French): I thank Ms. Halvorsen for her briefing.",
        ),
        (
            "euros in 2027. We expect",
            "We expect the first solar irrigation schemes around the lake to be in service "
            "before the end of next year, provided that security allows.",
        ),
        (
            "the statement of the African Union. Nigeria",
            "Nigeria will complete the rehabilitation of the Baga fish market by June 2027, and "
            "we expect some 9,000 families to return to the lakeshore once the road from "
            "Maiduguri reopens.",
        ),
        (
            "sobering account. Unless",
            "Unless funding improves, we believe that two of the largest camps near Diffa will "
            "close before the 2027 planting season, forcing families to move once again.",
        ),
    ],
)
def test_a_wrapped_sentence_is_whole_on_the_line_where_it_starts(opening, sentence):
    out = unwrapped(RECORD_LINES)
    number = _line(opening)
    assert sentence in out[number], out[number]
    assert sum(sentence in line for line in out) == 1


@pytest.mark.parametrize(
    "opening",
    [
        # Lines a sentence wrapped onto.
        "provisional rules of procedure",
        "people in the basin now face acute food",
        "rainfall to remain below average",
        "season.",
        "year, provided that security allows.",
        "the 2027 planting season",
        "again.",
        "Council.",
        # The page's own lines.
        "1/4",
        "2/4",
        "3/4",
        "4/4",
        "1 Cadre Harmonisé",
    ],
)
def test_wrapped_lines_and_page_chrome_are_left_blank(opening):
    assert unwrapped(RECORD_LINES)[_line(opening)] == ""


def test_the_records_running_lines_are_blank_on_every_page():
    out = unwrapped(RECORD_LINES)
    for text in ("\fS/PV.9987", "26-27154 (E)", "22/09/2026"):
        numbers = [i for i, line in enumerate(RECORD_LINES) if line == text]
        assert len(numbers) >= 3, text
        assert all(out[i] == "" for i in numbers), text


@pytest.mark.parametrize(
    ("words", "who", "kind"),
    [
        ("face acute food insecurity", "Halvorsen", None),
        ("World Meteorological Organization expects", "Halvorsen", None),
        # The turn lasts over its paragraphs until the next cue.
        ("will exceed 14 million by the end of 2027", "Halvorsen", ClaimKind.PREDICTION),
        ("40 million euros in 2027", "Dufresne", None),
        ("solar irrigation schemes", "Dufresne", ClaimKind.PREDICTION),
        # Nigeria's representative on what Nigeria will do: the side's own act, a commitment.
        ("Baga fish market by June 2027", "Okafor", ClaimKind.COMMITMENT),
        ("camps near Diffa will close", "Achterberg", ClaimKind.PREDICTION),
    ],
)
@pytest.mark.django_db
def test_who_said_what_in_a_wrapped_record(words, who, kind):
    plan = _plan(RECORD, "S-PV-9987.txt", datetime.date(2026, 9, 22))
    found = _found(plan, words)
    assert found.speaker.name == who
    assert kind is None or found.kind == kind


@pytest.mark.django_db
def test_a_wrapped_records_page_chrome_and_fragments_are_not_proposed():
    plan = _plan(RECORD, "S-PV-9987.txt", datetime.date(2026, 9, 22))
    quotes = [c.quote for c in plan.candidates]
    assert quotes
    for chrome in ("S/PV", "1/4", "2/4", "26-27154", "22/09/2026", "Cadre Harmonisé", "_____"):
        assert not any(chrome in quote for quote in quotes), chrome
    assert not any(quote == "The situation in the Lake Chad basin" for quote in quotes)
    for fragment in ("people in the basin", "year, provided", "the 2027 planting", "again."):
        assert not any(quote.startswith(fragment) for quote in quotes), fragment


# A plain-text mail wrapped at 72 characters.
MAIL = """Hi all,

Thanks for the notes from Tuesday's call. A few thoughts on the release
plan before the board meets, since I will not be able to join in person
this time.

First, the storage rewrite. Mateus has been running the new backend on
the staging cluster for three weeks and the numbers are good: write
latency is down by about a third and we have not lost a single object in
the soak tests.

Second, the schedule. I expect the 3.0 release to slip to the second
quarter of 2027, mostly because the migration tooling is nowhere near
ready and we promised the large sites a tested upgrade path. I would
rather say so now than in February.

Third, funding. The foundation grant covers two engineers until the end
of next year, and we will apply for the renewal by 15 March so that
there is no gap.

Best,
Ilse
"""


def test_a_wrapped_mail_is_made_whole_sentence_by_sentence():
    lines = MAIL.splitlines()
    out = unwrapped(lines)
    assert len(out) == len(lines)
    assert out[11] == (
        "Second, the schedule. I expect the 3.0 release to slip to the second quarter of "
        "2027, mostly because the migration tooling is nowhere near ready and we promised the "
        "large sites a tested upgrade path."
    )
    assert out[12] == out[14] == ""
    assert out[13] == "I would rather say so now than in February."
    assert out[16].endswith("we will apply for the renewal by 15 March so that there is no gap.")
    assert out[17] == out[18] == ""
    assert out[20:] == lines[20:]  # "Best," / "Ilse"


# Near misses: documents whose turns or points have a line each.
NOT_WRAPPED = [
    pytest.param(
        "[09:14] Ana Ruiz: morning all, quick one about the depot\n"
        "[09:15] Tom Becker: sure go ahead, we have ten minutes\n"
        "[09:15] Ana Ruiz: the leeds depot will open in march i think\n"
        "[09:16] Tom Becker: that seems optimistic given the permits\n"
        "[09:16] Ana Ruiz: council said the permit comes through in january\n"
        "[09:17] Priya Raman: i heard the same from the planning office\n"
        "[09:18] Tom Becker: ok then we hire the first twenty people in february\n"
        "[09:18] Ana Ruiz: and the second shift starts once volumes pick up\n"
        "[09:19] Priya Raman: which should be around easter if the contract holds\n"
        "[09:20] Tom Becker: fine, let's write that up for the board on thursday\n"
        "[09:21] Ana Ruiz: i will send the draft to everyone by wednesday night\n"
        "[09:22] Priya Raman: thanks both, talk later then and good luck\n",
        id="chat-log",
    ),
    pytest.param(
        "Depot planning call, 3 March\n"
        "- Leeds depot opens in March, pending the permit\n"
        "- permit expected from the council in January\n"
        "- first twenty hires in February, second shift after Easter\n"
        "- Tom worried the permit timeline is too optimistic\n"
        "- Priya heard the same date from the planning office\n"
        "- board paper due Thursday, Ana drafting it by Wednesday\n"
        "- freight volumes will rise about ten percent this winter\n"
        "- fuel costs up again, budget line needs a second look\n"
        "- ask finance about the lease on the Hull unit before May\n"
        "- next call in two weeks, same time as usual for everyone\n"
        "- action: Tom to check the insurance quote with the broker\n",
        id="notes-with-bullets",
    ),
    pytest.param(
        "Riverbend Makers Forum\nPrinter farm firmware 4.0 when\nanna.k\nMar 3\n"
        "Our farm has forty printers still on the old firmware\n"
        "Any news on the new release for the big machines\ntomas_h\nMar 4\n"
        "Firmware 4.0 is in beta with about three hundred testers\n"
        "We will release it to everyone within two weeks\ngwen.o\nMar 5\n"
        "Same here, the old line has been the most stable for us\n"
        "I bet the new release slips past April like the last one\nderek_w\nMar 6\n"
        "We run twelve printers and the beta has been fine so far\n"
        "Honestly the hardest part is the slicer profiles for it\n",
        id="forum-page-of-short-lines",
    ),
    pytest.param(
        "Marta Kowalski: Welcome back to the Freight Hour. Today I'm joined by Tom Becker, who "
        "runs operations at the Leeds depot, to talk about the next two years in road freight.\n"
        "Tom Becker: Thanks for having me. Volumes dropped in the spring and then came roaring "
        "back in the autumn, which nobody in the industry predicted, least of all us.\n"
        "Marta Kowalski: So where do you see freight rates going from here? A lot of listeners "
        "run small fleets and they are worried about margins through next year.\n"
        "Tom Becker: I think freight rates will fall by about ten percent by the end of 2027, "
        "mostly because new capacity is coming online as demand flattens out.\n"
        "Marta Kowalski: That is a bold call. What about the Leeds depot itself? There were "
        "reports it might close or be sold to one of the larger operators.\n"
        "Tom Becker: We are not closing. We will open a second shift at Leeds in March and we "
        "are hiring twenty drivers for it, which tells you how we see the next two years.\n"
        "Marta Kowalski: And the electric trucks everyone keeps talking about? Are they a real "
        "option for a depot like yours yet, or is that still some way off?\n"
        "Tom Becker: Honestly, not before 2030 for long haul. For the short runs into the city "
        "it is already cheaper, and we will have ten electric vans on the road by the summer.\n"
        "Marta Kowalski: Tom Becker, thanks so much for coming on the show and for being so "
        "candid with us about the numbers and the plans for the depot.\n"
        "Tom Becker: My pleasure, thanks Marta, and thanks to everyone listening out there in "
        "the trade, and to the drivers especially.\n",
        id="transcript-one-long-line-per-turn",
    ),
]


@pytest.mark.parametrize("text", NOT_WRAPPED)
def test_what_is_not_wrapped_is_left_as_it_is(text):
    lines = text.splitlines()
    out = unwrapped(lines)
    assert out is lines or list(out) == lines


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ms. Halvorsen: I thank the presidency.", True),
        ("Mr. Dufresne (France) (spoke in French): Merci.", True),
        ("The President: I give the floor.", True),
        ("Mr. Okafor (Nigeria): My delegation agrees.", True),
        ("Councillor Ferreira: The budget is late.", True),
        ("The Chair (interpretation from Arabic): The meeting is resumed.", True),
        # Near misses: a wrapped line, a lower-case label, a cue with no words, a long label.
        ("insecurity.1 The World Meteorological Organization", False),
        ("note: the vote is Tuesday", False),
        ("Ms. Halvorsen:", False),
        ("The situation across the basin and in the towns around the lake shore: all low", False),
        ("at 10.05 a.m.: the meeting", False),
        ("1/4", False),
        ("", False),
    ],
)
def test_a_line_that_opens_a_turn_on_a_wrapped_page(line, expected):
    assert opens_turn(line) is expected


# ---- A two-line turn header with the name first (``stacked_cues``).


def _rows(text: str) -> list[str]:
    """A document's lines written on one line, "|" between them ("" a blank line)."""
    return text.split("|")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Niamh Costello|2:10|So.||Declan Roche|2:31|It will.||Niamh Costello|3:05|Brave.",
            "Niamh Costello  2:10||So.||Declan Roche  2:31||It will.||Niamh Costello  3:05||Brave.",
            id="name-then-time",
        ),
        pytest.param(
            "Niamh Costello||2:10|So.||Declan Roche||2:31|Yes.||Niamh Costello||3:05|Ok.",
            "Niamh Costello  2:10|||So.||Declan Roche  2:31|||Yes.||Niamh Costello  3:05|||Ok.",
            id="blank-line-between-name-and-time",
        ),
        pytest.param(
            "1:02:10|Aoife Brennan|Go on.||1:02:40|Declan Roche|Yes.||1:03:00|Aoife Brennan|Bye.",
            "|Aoife Brennan  1:02:10|Go on.|||Declan Roche  1:02:40|Yes.|||Aoife Brennan  1:03:00"
            "|Bye.",
            id="time-then-name",
        ),
        pytest.param(
            "Speaker 1|0:04|Hi.||Speaker 2|0:09|Hello.||Speaker 1|0:15|Bye.",
            "Speaker 1  0:04||Hi.||Speaker 2  0:09||Hello.||Speaker 1  0:15||Bye.",
            id="placeholders-name-first",
        ),
        pytest.param(
            "Niamh|2:10|Hi.||Declan|2:31|It will.||Niamh|3:05|Ok.||Declan|3:30|Sure.",
            "Niamh  2:10||Hi.||Declan  2:31||It will.||Niamh  3:05||Ok.||Declan  3:30||Sure.",
            id="first-names-heading-two-turns-each",
        ),
        pytest.param(
            "Niamh Costello|2:10|Hi.||Declan Roche (Guest)|2:31|Yes.||Niamh Costello|3:05|Ok.",
            "Niamh Costello  2:10||Hi.||Declan Roche (Guest)  2:31||Yes.||Niamh Costello  3:05"
            "||Ok.",
            id="name-with-a-bracket",
        ),
        # A chapter's title above a time stays; the speakers' headers around it are read.
        pytest.param(
            "The Ferry Question|12:40|Our story.||Niamh Costello|12:41|Hi.||Declan Roche|13:02"
            "|Yes.||Niamh Costello|13:30|Ok.",
            "The Ferry Question|12:40|Our story.||Niamh Costello  12:41||Hi.||Declan Roche  13:02"
            "||Yes.||Niamh Costello  13:30||Ok.",
            id="chapter-title-among-speakers",
        ),
        pytest.param(
            "Chapter 2|14:00|The ferry.||Niamh Costello|14:05|Hi.||Declan Roche|14:30|Yes.|"
            "|Niamh Costello|14:50|Ok.",
            "Chapter 2|14:00|The ferry.||Niamh Costello  14:05||Hi.||Declan Roche  14:30||Yes.|"
            "|Niamh Costello  14:50||Ok.",
            id="numbered-chapter-among-speakers",
        ),
    ],
)
def test_a_two_line_header_becomes_a_speaker_line(text, expected):
    assert stacked_cues(_rows(text)) == _rows(expected)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Niamh Costello|2:10|Hello all.||Later on.", id="one-header"),
        pytest.param(
            "The Ferry Question|12:40|So the ferry.||Declan Roche|14:02|Yes.",
            id="chapter-title-and-one-speaker",
        ),
        pytest.param(
            "Niamh Costello|2:10|Hi.||Declan Roche|2:31|Hello.", id="no-name-heads-two-turns"
        ),
        pytest.param("Okay|2:10|so.||Okay|2:31|right.", id="filler-word"),
        pytest.param("Niamh Costello|2:10|2:11|Hello.", id="two-times-no-words"),
    ],
)
def test_what_is_no_name_first_header_is_left_as_it_is(text):
    lines = _rows(text)
    assert stacked_cues(lines) == lines


HARBOUR = """Harbour Lights, episode 14
Niamh Costello
0:04
Welcome back to Harbour Lights. With me is Declan Roche from the port authority.

Declan Roche
0:19
Thanks Niamh. The new Galway ferry will make its first sailing by the summer of 2028.

Niamh Costello
0:52
That's two years later than promised.

Declan Roche
1:10
It is, and I'd say the fares will stay below twenty euros for the first year.
"""


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("words", "who", "at"),
    [
        ("first sailing by the summer of 2028", "Declan Roche", "00:00:19"),
        ("two years later than promised", "Niamh Costello", "00:00:52"),
        ("fares will stay below twenty euros", "Declan Roche", "00:01:10"),
    ],
)
def test_a_podcast_apps_name_first_headers_name_the_turns(words, who, at):
    plan = _plan(HARBOUR, "transcript.txt", datetime.date(2026, 3, 14))
    found = _found(plan, words)
    assert (found.speaker.name, found.speaker.unsure, found.statement.timestamp) == (
        who,
        False,
        at,
    )
    assert unsure_speakers_message(plan) == ""
