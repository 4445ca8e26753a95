"""Table tests, one per fault kind, of the shapes real notes and caption files take."""

import datetime

import pytest

from claims.importing.errors import ImportFileError
from claims.importing.headings import read_heading
from claims.importing.names import person_key, reads_as_name, role_cue
from claims.importing.parsing import parse_document
from claims.importing.reading import SRT, WEBVTT, read_document

TODAY = datetime.date(2024, 9, 1)


def _parse(text: str, **kwargs):
    return parse_document(read_document(text.encode()), today=TODAY, **kwargs)


def _said(text: str, **kwargs) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in _parse(text, **kwargs).statements]


# ---- One file, several appearances: headings with a speaker, an event and a date.

D = datetime.date


@pytest.mark.parametrize(
    ("line", "marked", "expected"),
    [
        (
            "Ada Quist — Future of Work Summit, Lisbon, 9 May 2023",
            False,
            ("Ada Quist", "Future of Work Summit, Lisbon", D(2023, 5, 9), "day", "talk"),
        ),
        (
            "Ben Ortiz on The Long Game (podcast), 2024-02-01",
            True,
            ("Ben Ortiz", "The Long Game", D(2024, 2, 1), "day", "podcast"),
        ),
        (
            "Panel: Energy Outlook 2030 — Oslo, March 2022",
            False,
            ("", "Energy Outlook 2030 — Oslo", D(2022, 3, 1), "month", "talk"),
        ),
        (
            "Quarterly investor call, 3 August 2023",
            False,
            ("", "Quarterly investor call", D(2023, 8, 3), "day", "other"),
        ),
        (
            "“The Coming Battery Glut” by Rhea Kapoor (essay), 14 September 2023",
            True,
            ("Rhea Kapoor", "The Coming Battery Glut", D(2023, 9, 14), "day", "essay"),
        ),
        (
            "Interview with Dr. Lena Ortiz, May 4, 2021",
            False,
            ("Dr. Lena Ortiz", "Interview", D(2021, 5, 4), "day", ""),
        ),
        (
            "Year-end letter (essay), 2022",
            False,
            ("", "Year-end letter", D(2022, 1, 1), "year", "essay"),
        ),
        (
            "Maya Chen - Launch Day keynote - 2024-05",
            False,
            ("Maya Chen", "Launch Day keynote", D(2024, 5, 1), "month", "talk"),
        ),
        # A show's title that reads like a forecast, after a speaker and a kind.
        (
            "Tom Hale on Power by 2030 (podcast), 2024-02-01",
            False,
            ("Tom Hale", "Power by 2030", D(2024, 2, 1), "day", "podcast"),
        ),
        # The show and the date in brackets after the name, an episode number.
        (
            "Rhea Kapoor (Grid Hour podcast, ep. 12, March 2024)",
            False,
            ("Rhea Kapoor", "Grid Hour podcast, ep. 12", D(2024, 3, 1), "month", "podcast"),
        ),
        # The date first.
        (
            "2024-02-01 — Ben Ortiz, The Long Game",
            True,
            ("Ben Ortiz", "The Long Game", D(2024, 2, 1), "day", ""),
        ),
        (
            "Wed 3 May 2023: Tom Hale at Wind Week, Aberdeen",
            False,
            ("Tom Hale", "Wind Week, Aberdeen", D(2023, 5, 3), "day", ""),
        ),
        (
            "March 2022 | Lena Ortiz — Energy Outlook keynote",
            True,
            ("Lena Ortiz", "Energy Outlook keynote", D(2022, 3, 1), "month", "talk"),
        ),
        # "Name, Show" with the date in brackets.
        (
            "Ben Ortiz, The Long Game podcast (1 Feb 2024)",
            False,
            ("Ben Ortiz", "The Long Game podcast", D(2024, 2, 1), "day", "podcast"),
        ),
    ],
)
def test_a_dated_heading_gives_the_source_its_date_at_the_precision_written(line, marked, expected):
    heading = read_heading(line, marked=marked)
    assert (
        heading.speaker,
        heading.title,
        heading.published_on,
        heading.precision,
        heading.kind,
    ) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Solar will be the cheapest power everywhere by March 2027",  # a horizon
        "Prices will fall before 2030",
        "We expect growth of 5% in 2024",
        "Energy Outlook 2030",  # a year inside a title is no date
        "Revenue grew 12% in the quarter ending 30 June 2023.",  # a sentence
        "The Long Game (podcast)",  # no date
        "Experimented with computer vision models in 2015, 2016",  # a list of years
        "Did the investment round, August 2022",  # past tense: a note
        "Quarterly figures, 2023",  # a bare year names no appearance by itself
        "Tesla, Ford and GM will merge by 2030, 2024-01-01",  # a forecast, then a date
        "We shipped it, 3 May 2023",  # a note
        "2024: prices will double",  # a year then a forecast
    ],
)
def test_lines_that_are_not_dated_headings(line):
    assert read_heading(line, marked=False) is None


def test_each_appearance_opens_a_section_with_its_speaker_and_date():
    parsed = _parse(
        "Ada Quist — Future of Work Summit, Lisbon, 9 May 2023\n"
        "- Half of all leases will not be renewed by 2026\n"
        "## Ben Ortiz on The Long Game (podcast), 2024-02-01\n"
        "- The Fed will cut rates twice before the end of 2024\n"
        "## What he got wrong\n"
        "- Housing starts fell sharply last year\n"
        "Quarterly investor call, 3 August 2023\n"
        "- Margins will recover by the end of 2024\n"
    )
    rows = [
        (s.line, s.speaker, s.inherited_speaker, s.title, s.published_on, s.precision)
        for s in parsed.sections
    ]
    assert rows == [
        (1, "Ada Quist", "", "Future of Work Summit, Lisbon", D(2023, 5, 9), "day"),
        (3, "Ben Ortiz", "", "The Long Game", D(2024, 2, 1), "day"),
        (5, "", "Ben Ortiz", "The Long Game", D(2024, 2, 1), "day"),
        (7, "", "", "Quarterly investor call", D(2023, 8, 3), "day"),
    ]
    # No heading is a statement.
    assert [s.text[:12] for s in parsed.statements] == [
        "Half of all ",
        "The Fed will",
        "Housing star",
        "Margins will",
    ]


def test_a_heading_dated_after_today_naming_nobody_is_no_claim_and_its_date_is_asked_for():
    parsed = _parse("Guest: Ada Quist\nSummit keynote, 9 May 2031\nRates will fall.\n")
    assert [s.text for s in parsed.statements] == ["Rates will fall."]
    section = parsed.sections[-1]
    assert (section.line, section.speaker, section.date_problem) == (
        2,
        "",
        "(9 May 2031) is after today",
    )


# ---- Labels are not speakers.


@pytest.mark.parametrize(
    ("line", "speaker", "topic"),
    [
        ("Energy: solar will be the cheapest power everywhere by 2027", "Ada Quist", "Energy"),
        ("Forecast: every car sold will be electric by 2035", "Ada Quist", ""),
        ("Big picture: emerging markets will drive demand", "Ada Quist", ""),
        ("Bottom line: the transition is an economic story", "Ada Quist", ""),
        ("Key risk: copper shortages could slow grid building", "Ada Quist", "Key risk"),
        ("China: exports of electric cars doubled in 2023", "Ada Quist", "China"),
        ("Maya Chen: prices will halve by 2030", "Maya Chen", ""),  # reads as a name
        ("Dr. Okafor: malaria will be gone by 2040", "Dr. Okafor", ""),
        ("Omar: oil demand has peaked", "Omar Haddad", ""),  # a declared host
        ("Ada: regulation always lags", "Ada Quist", ""),  # the section's speaker
        ("Sriram: it will be a big debate", "Sriram", ""),  # a name the curator mapped
        ("Note: this part was recorded later", "Ada Quist", ""),
        ("The key point is this: prices will fall", "Ada Quist", ""),
    ],
)
def test_a_label_is_a_speaker_only_when_it_names_a_participant(line, speaker, topic):
    statements = _parse(
        f"Guest: Ada Quist, economist\nHosts: Omar Haddad\n{line}\n",
        known_people=frozenset({"sriram"}),
    ).statements
    assert [(s.speaker or "Ada Quist", s.topic) for s in statements] == [(speaker, topic)]


def test_a_clause_before_a_colon_is_kept_in_the_quote():
    (statement,) = _parse(
        "Guest: Ada Quist\nThe point is this: prices will fall by 2027\n"
    ).statements
    assert statement.text == "The point is this: prices will fall by 2027"


def test_an_unsure_label_says_so():
    (statement,) = _parse("Guest: Ada Quist\nMark: markets will rally by 2025\n").statements
    assert (statement.speaker, statement.topic) == ("Ada Quist", "Mark")
    assert "read as a label, not a speaker" in statement.note


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Maya Chen", True),
        ("MAYA CHEN", True),
        ("Dr. Okafor", True),
        ("Ludwig van Beethoven", True),
        ("José Núñez", True),
        ("Big Picture", False),
        ("Bottom Line", False),
        ("Energy", False),
        ("Sriram", False),  # one word alone cannot be told from a label
        ("The Grid Report", False),
        ("Key Takeaway", False),
        # A newsletter's sections, in capitals as it sends them.
        ("QUICK HITS", False),
        ("MOST CLICKED", False),
        ("Coming Up", False),
        ("From The Mailbag", False),
        ("Top Stories", False),
        ("Sponsored", False),
        # Names that share a word with no section: still names.
        ("Mia Quickley", True),
        ("Hana Newsome", True),
    ],
)
def test_what_reads_as_a_persons_name(label, name):
    assert reads_as_name(label) is name


# ---- Host lines.


@pytest.mark.parametrize(
    ("line", "speaker", "narration"),
    [
        ("Interviewer (Maya Chen): asked about pricing", "Maya Chen", True),
        ("Maya Chen (host): what about Europe and its prices then", "Maya Chen", False),
        ("Moderator — on regulation", "Omar Haddad", True),
        ("Omar: pushed back on the timeline", "Omar Haddad", True),
        ("Host: I think rates will fall next year", "Omar Haddad", False),
    ],
)
def test_host_lines_are_the_hosts_and_narration_is_marked(line, speaker, narration):
    statements = _parse(f"Guest: Ada Quist\nHosts: Omar Haddad\n{line}\n").statements
    assert [(s.speaker, s.host, s.narration) for s in statements] == [(speaker, True, narration)]


def test_after_a_hosts_question_the_bullets_are_the_guests_answers():
    said = _said(
        "Guest: Ada Quist\nHosts: Omar Haddad\nOmar: asked about rates\n"
        "- Rates will fall twice this year\nOmar: I am not so sure\n"
    )
    assert said == [
        ("Omar Haddad", "asked about rates"),
        ("Ada Quist", "Rates will fall twice this year"),
        ("Omar Haddad", "I am not so sure"),
    ]


@pytest.mark.parametrize(
    ("label", "cue"),
    [
        ("Interviewer (Maya Chen)", ("Maya Chen", True)),
        ("Maya Chen (host)", ("Maya Chen", True)),
        ("Moderator", ("", True)),
        ("Q", ("", True)),
        ("Guest", ("", False)),
        # A broadcaster's transcript: the role, then the surname or the name.
        ("MODERATOR OKAFOR", ("OKAFOR", True)),
        ("Presenter Lindqvist", ("Lindqvist", True)),
        ("HOST MAYA CHEN", ("MAYA CHEN", True)),
        ("Maya Chen", None),
        ("Energy", None),
        # Near misses: a role before lower-case words, a guest's role, a question's.
        ("Moderator notes", None),
        ("Guest Okafor", None),
        ("Q Okafor", None),
    ],
)
def test_role_cues(label, cue):
    found = role_cue(label)
    assert (found and (found.name, found.host)) == cue


# ---- Caption files as real tools export them.

MULTI_VOICE = (
    "WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n"
    "<v Lena Ortiz>Do prices fall next year?</v><v Tomas Reyes>They fall by 2027, I'd say.</v>\n"
)
AUTO = (
    "WEBVTT\nKind: captions\n\n"
    "00:00:00.000 --> 00:00:02.510 align:start position:0%\n \n"
    "so<00:00:00.320><c> today</c><00:00:00.640><c> we</c><c> talk</c>\n\n"
    "00:00:02.510 --> 00:00:02.520 align:start position:0%\nso today we talk\n \n\n"
    "00:00:02.520 --> 00:00:05.000 align:start position:0%\nso today we talk\n"
    "prices<00:00:03.000><c> will</c><c> halve</c><c> by</c><c> 2030</c>\n"
)
SRT_NO_BLANKS = (
    "1\n00:00:01,000 --> 00:00:03,000\nMAYA CHEN: Launches will double.\n"
    "2\n00:00:03,000 --> 00:00:05,000\nLEO PARK: They will not.\n"
)
SRT_NO_NUMBERS = (
    "00:00:01,000 --> 00:00:03,000\nMAYA CHEN: Launches will double.\n\n"
    "00:00:03,000 --> 00:00:05,000\nLEO PARK: They will not.\n"
)
OVERRIDES = (
    "1\n00:00:01,000 --> 00:00:04,000\n"
    '{\\an8}{\\pos(10,20)}<font color="#00ffff">DR. OKAFOR:</font> {\\i1}Malaria will go.{\\i0}\n'
)


@pytest.mark.parametrize(
    ("text", "file_format", "said"),
    [
        (
            MULTI_VOICE,
            WEBVTT,
            [
                ("Lena Ortiz", "Do prices fall next year?"),
                ("Tomas Reyes", "They fall by 2027, I'd say."),
            ],
        ),
        (AUTO, WEBVTT, [("", "so today we talk"), ("", "prices will halve by 2030")]),
        (
            SRT_NO_BLANKS,
            SRT,
            [("MAYA CHEN", "Launches will double."), ("LEO PARK", "They will not.")],
        ),
        (
            SRT_NO_NUMBERS,
            SRT,
            [("MAYA CHEN", "Launches will double."), ("LEO PARK", "They will not.")],
        ),
        (OVERRIDES, SRT, [("DR. OKAFOR", "Malaria will go.")]),
    ],
)
def test_caption_files_as_tools_export_them(text, file_format, said):
    parsed = _parse(text)
    assert parsed.format == file_format
    assert [(s.speaker, s.text) for s in parsed.statements] == said


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nfine\n\nstray text\nmore\n", "Line 7:"),
        ("1\n00:00:01,000 --> 00:00:02,000\nfine\n\n2\nno timing here\n", "Line 6:"),
        ("WEBVTT\n\n00:00:01.000 -> 00:00:02.000\nhi\n", "Line 3:"),
        ("00:00:01,000 --> 00:00:02,000\nfine\n\n00:00:03,000 --> 00:0x\nbad\n", "Line 4:"),
    ],
)
def test_a_malformed_caption_file_is_refused_naming_the_line(text, message):
    with pytest.raises(ImportFileError, match=f"^{message} Expected a cue timing line"):
        _parse(text)


# ---- One person, one speaker.


@pytest.mark.parametrize(
    ("names", "same"),
    [
        (["MAYA CHEN", "Maya Chen", "Maya  Chen", "maya chen"], True),
        (["José Núñez", "Jose Nunez", "JOSÉ NÚÑEZ"], True),
        (["Dr. Okafor", "DR. OKAFOR", "Okafor", "Dr Okafor"], True),
        (["Prof. Ada Quist", "Ada Quist"], True),
        (["Maya Chen", "Maya Chan"], False),
    ],
)
def test_names_that_differ_in_case_accents_spacing_or_title_are_one_person(names, same):
    assert (len({person_key(n) for n in names}) == 1) is same


def test_appearances_in_the_shapes_curators_write_give_each_speaker_their_own_lines():
    """Unrecognised headings once gave every later guest's forecast, and the headings
    themselves, to the first speaker of the file."""
    parsed = _parse(
        "Ada Quist — Future of Work Summit, Lisbon, 9 May 2023\n"
        "- Remote work will be the default for engineers by 2027.\n"
        "Tom Hale on Power by 2030 (podcast), 2024-02-01\n"
        "- Heat pumps will outsell gas boilers in the UK by 2028.\n"
        "Rhea Kapoor (Grid Hour podcast, ep. 12, March 2024)\n"
        "- Sodium-ion will take 20% of storage by 2028.\n"
        "### 2024-02-01 — Ben Ortiz, The Long Game\n"
        "- Mortgage rates will drop below 3% by 2026.\n"
        "Wed 3 May 2023: Tom Hale at Wind Week, Aberdeen\n"
        "- Floating wind will be cheaper than gas by 2030.\n"
        "## Carla Mendes — Lisbon Fintech Forum\n"
        "- Cash will be gone from Lisbon shops by 2030.\n"
        "Lena Ortiz at the Oslo Energy Forum\n"
        "- Norway will stop selling petrol cars by 2025.\n"
        "Lena Ortiz at the forum said grids will need twice the storage.\n"
    )
    sections = parsed.sections
    said = [(sections[s.section].speaker, s.text) for s in parsed.statements]
    assert said == [
        ("Ada Quist", "Remote work will be the default for engineers by 2027."),
        ("Tom Hale", "Heat pumps will outsell gas boilers in the UK by 2028."),
        ("Rhea Kapoor", "Sodium-ion will take 20% of storage by 2028."),
        ("Ben Ortiz", "Mortgage rates will drop below 3% by 2026."),
        ("Tom Hale", "Floating wind will be cheaper than gas by 2030."),
        ("Carla Mendes", "Cash will be gone from Lisbon shops by 2030."),
        ("Lena Ortiz", "Norway will stop selling petrol cars by 2025."),
        ("Lena Ortiz", "Lena Ortiz at the forum said grids will need twice the storage."),
    ]
    # Each its own appearance; the last one's date is the curator's to give.
    assert [s.published_on for s in sections] == [
        D(2023, 5, 9),
        D(2024, 2, 1),
        D(2024, 3, 1),
        D(2024, 2, 1),
        D(2023, 5, 3),
        None,
        None,
    ]


def test_the_lines_after_a_hosts_question_are_the_guests_answers():
    said = _said(
        "Ada Quist — Future of Work Summit, Lisbon, 9 May 2023\n"
        "Hosts: Maya Chen\n"
        "Maya Chen (host): what about Europe?\n"
        "- Europe will regulate AI agents before the US does.\n"
        "Q: and pricing?\n"
        "- Subscriptions will halve by 2025.\n"
        "Interviewer: what about China?\n"
        "- China will lead on robotics by 2030.\n"
        "Maya Chen (host): Prices will double by 2030, some say.\n"
        "- And housing will crash next year.\n"
    )
    assert said == [
        ("Maya Chen", "what about Europe?"),
        ("Ada Quist", "Europe will regulate AI agents before the US does."),
        ("Maya Chen", "and pricing?"),
        ("Ada Quist", "Subscriptions will halve by 2025."),
        ("Maya Chen", "what about China?"),
        ("Ada Quist", "China will lead on robotics by 2030."),
        # A host's own statement, not a question: the bullet under it is the host's too.
        ("Maya Chen", "Prices will double by 2030, some say."),
        ("Maya Chen", "And housing will crash next year."),
    ]


SRT_AFTER_QUESTION = (
    "1\n00:00:01,000 --> 00:00:03,000\nLEO PARK: Rents rose a lot.\n\n"
    "2\n00:00:03,000 --> 00:00:05,000\nINTERVIEWER: Really?\n\n"
    "3\n00:00:05,000 --> 00:00:08,000\nYes. Rents will follow within two years.\n\n"
    "4\n00:00:08,000 --> 00:00:10,000\nINTERVIEWER: Prices first, then.\n\n"
    "5\n00:00:10,000 --> 00:00:12,000\nAnd wages after that.\n"
)


def test_an_untagged_cue_after_a_hosts_question_is_nobodys_until_the_curator_says():
    said = _said(SRT_AFTER_QUESTION)
    assert said == [
        ("LEO PARK", "Rents rose a lot."),
        ("INTERVIEWER", "Really?"),
        ("", "Yes."),
        ("", "Rents will follow within two years."),
        ("INTERVIEWER", "Prices first, then."),
        ("INTERVIEWER", "And wages after that."),
    ]
    # The curator is told which words were taken as an answer.
    notes = [bool(s.note) for s in _parse(SRT_AFTER_QUESTION).statements]
    assert notes == [False, False, True, True, False, False]


@pytest.mark.parametrize(
    ("message", "command", "page"),
    [
        (
            "Map it with {speaker Maya Chenn=maya-chen}.",
            "Map it with --speaker 'Maya Chenn=maya-chen'.",
            "Map it with “Speakers” (“Maya Chenn = maya-chen”).",
        ),
        (
            "Give it one with {section_date 24=2023-05}.",
            "Give it one with --section-date '24=2023-05'.",
            "Give it one with the section's date in the preview (“2023-05”).",
        ),
        (
            "Pick one ({source_id}), or give {source_title} and {published_on}.",
            "Pick one (--source-id), or give --source-title and --published-on.",
            "Pick one (“Source”), or give “Source title” and “Published on”.",
        ),
        # Braces in a file's own words are left as they are.
        ("The section “{draft} notes” has no date.", None, None),
    ],
)
def test_a_message_names_each_choice_in_the_words_of_its_surface(message, command, page):
    from claims.importing.errors import PAGE, render

    if command is None:
        command = page = message
    assert render(message) == command
    assert render(message, PAGE) == page
    assert ImportFileError(message, line=3).on_page() == f"Line 3: {page}"


@pytest.mark.parametrize("label", ["Take-away", "Key point", "Key take-away", "Main point"])
def test_a_framing_label_is_neither_a_speaker_nor_a_topic(label):
    parsed = _parse(
        f"Guest: Ada Quist\n{label}: nuclear will supply a fifth of the grid by 2035.\n"
    )
    (statement,) = parsed.statements
    assert (statement.speaker, statement.topic) == ("Ada Quist", "")


# Transcripts exported as text by transcription tools: a speaker line with the time they
# start, their words below, up to the next speaker line.
OTTER = (
    "Mohamed El-Erian interview — Bloomberg Surveillance, 6 March 2024\n\n"
    "Tom Keene  0:03\n"
    "Mohamed, good morning. I think the Fed will cut five times this year.\n\n"
    "Mohamed El-Erian  0:09\n"
    "Inflation will be sticky around 3% for the rest of the year.\n"
    "The Fed will cut only twice.\n\n"
    "Tom Keene  1:02:21\n"
    "Only twice?\n"
)


@pytest.mark.parametrize(
    ("speaker_line", "time"),
    [
        ("Tom Keene  {t}", "0:03"),  # Otter
        ("Tom Keene ({t}):", "00:03"),  # Rev
        ("Tom Keene [{t}]", "00:00:03"),  # Descript, with hours
    ],
)
def test_a_tool_s_speaker_line_gives_the_words_below_to_that_speaker(speaker_line, time):
    text = OTTER.replace("Tom Keene  0:03", speaker_line.format(t=time))
    parsed = _parse(text)
    said = [(s.speaker, s.text, s.timestamp) for s in parsed.statements]
    assert said == [
        ("Tom Keene", "Mohamed, good morning.", "00:00:03"),
        ("Tom Keene", "I think the Fed will cut five times this year.", "00:00:03"),
        (
            "Mohamed El-Erian",
            "Inflation will be sticky around 3% for the rest of the year.",
            "00:00:09",
        ),
        ("Mohamed El-Erian", "The Fed will cut only twice.", "00:00:09"),
        ("Tom Keene", "Only twice?", "01:02:21"),
    ]


def test_a_note_ending_in_a_time_is_no_speaker_line():
    parsed = _parse("Guest: Ada Quist\nMeeting at 10:30\n- Solar will win by 2030\n")
    assert [(s.speaker, s.text) for s in parsed.statements] == [
        ("Ada Quist", "Meeting at 10:30"),
        ("Ada Quist", "Solar will win by 2030"),
    ]
