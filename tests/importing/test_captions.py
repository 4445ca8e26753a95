"""Caption files as captioning tools and speakers make them, one table per fault kind.

Auto-generated captions without punctuation (a forecast's horizon on the next caption line),
negated forecasts ("rates will not be cut before the summer"), and who speaks a cue that
names nobody (a host going on across cues, turn markers, declared hosts).
"""

import datetime
import io
import re
from pathlib import Path

import pytest
from django.core.management import call_command

from claims.choices import ClaimKind
from claims.importing.classify import doubt_remark
from claims.importing.parsing import parse_document
from claims.importing.reading import read_document
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.unpunctuated import AMBIGUOUS

D = datetime.date
SAID_ON = D(2025, 3, 10)


def _stamp(seconds: float) -> str:
    minutes, seconds = divmod(seconds, 60)
    return f"00:{int(minutes):02d}:{seconds:06.3f}"


def auto_captions(*lines: str) -> str:
    """A YouTube-style auto-caption file: each caption line is spoken word by word (inline
    timestamps and <c> spans), shown under the line before it, then repeated alone."""
    out, clock, before = ["WEBVTT", "Kind: captions", "Language: en", ""], 0.0, " "
    for line in lines:
        first, *rest = line.split()
        spoken = first + "".join(
            f"<{_stamp(clock + 0.32 * (i + 1))}><c> {word}</c>" for i, word in enumerate(rest)
        )
        end = clock + 0.32 * (len(rest) + 1)
        out += [f"{_stamp(clock)} --> {_stamp(end)} align:start position:0%", before, spoken, ""]
        out += [f"{_stamp(end)} --> {_stamp(end + 0.01)} align:start position:0%", line, " ", ""]
        clock, before = end + 0.01, line
    return "\n".join(out) + "\n"


def _statements(text: str):
    return parse_document(read_document(text.encode()), today=D(2025, 6, 1)).statements


def _plan(text: str, name: str = "captions.vtt", **speakers: str):
    return import_plan(
        data=text.encode(),
        file_name=name,
        options=ImportOptions(
            source=SourceChoice(title="Rates and housing", published_on=SAID_ON),
            speakers={"": "Nadia Brandt", **speakers},
        ),
    )


# ---- 1. Auto-generated captions without punctuation: a clause and its horizon stay together.

AUTO_CLAUSES = [
    pytest.param(
        ["so what happens to housing", "well i think prices will fall", "by 2027 i think"],
        ["so what happens to housing", "well i think prices will fall by 2027 i think"],
        id="horizon-and-hedge-on-the-next-line",
    ),
    pytest.param(
        [
            "we expect half of new trucks sold in",
            "europe to be electric by",
            "the end of the decade",
        ],
        ["we expect half of new trucks sold in europe to be electric by the end of the decade"],
        id="dangling-prepositions",
    ),
    pytest.param(
        ["interest rates are going to come down", "next year probably", "okay let's move on"],
        ["interest rates are going to come down next year probably", "okay let's move on"],
        id="relative-horizon-then-hedge",
    ),
    pytest.param(
        ["mortgage rates will drop below four percent", "within two years or so", "and that is it"],
        ["mortgage rates will drop below four percent within two years or so", "and that is it"],
        id="rolling-horizon-with-or-so",
    ),
    pytest.param(
        ["the merger will close", "by the end of june at the latest", "um so that's the deal"],
        ["the merger will close by the end of june at the latest", "um so that's the deal"],
        id="at-the-latest",
    ),
    pytest.param(
        ["house prices will fall", "sharply next year", "that's what the data say"],
        ["house prices will fall sharply next year", "that's what the data say"],
        id="adverb-and-horizon-on-the-next-line",
    ),
    pytest.param(
        ["half of new cars will be electric", "in norway by 2026", "and the rest of europe lags"],
        ["half of new cars will be electric in norway by 2026", "and the rest of europe lags"],
        id="place-and-horizon-on-the-next-line",
    ),
    pytest.param(
        # "by": a negated "before" is a lower bound, with a remark of its own.
        ["inflation won’t be back at two percent", "by 2026 i’d say", "Thanks for watching"],
        ["inflation won’t be back at two percent by 2026 i’d say", "Thanks for watching"],
        id="negated-with-the-captions-own-apostrophes-and-case",
    ),
    pytest.param(
        ["well i think", "prices will fall by 2027", "and that's the story"],
        ["well i think prices will fall by 2027", "and that's the story"],
        id="a-line-that-only-opens-a-clause",
    ),
    pytest.param(
        ["prices will fall by 2027 and rents", "will follow a year after that"],
        ["prices will fall by 2027", "and rents will follow a year after that"],
        id="auxiliary-starts-the-next-line",
    ),
    pytest.param(
        ["is that a yes or a no", "the answer is no", "petrol cars will be gone by 2035"],
        ["is that a yes or a no", "the answer is no", "petrol cars will be gone by 2035"],
        id="a-clause-ending-in-no-stays-apart",
    ),
    pytest.param(
        ["solar will be cheaper", "than gas in every country by 2030"],
        ["solar will be cheaper than gas in every country by 2030"],
        id="than-goes-on",
    ),
    pytest.param(
        ["we are going to", "see the first commercial fusion plant by 2035"],
        ["we are going to see the first commercial fusion plant by 2035"],
        id="going-to-dangles",
    ),
    pytest.param(
        ["and by 2030", "solar will be the cheapest power everywhere"],
        ["and by 2030 solar will be the cheapest power everywhere"],
        id="horizon-leading-the-next-clause",
    ),
    pytest.param(
        ["inflation will fall by 2027 i think and then", "wages will catch up with prices"],
        ["inflation will fall by 2027 i think", "and then wages will catch up with prices"],
        id="new-clause-after-the-horizon",
    ),
    pytest.param(
        ["today we're talking about batteries", "by 2030 sodium ion will take a fifth of it"],
        ["today we're talking about batteries", "by 2030 sodium ion will take a fifth of it"],
        id="horizon-leads-a-forecast-after-a-plain-line",
    ),
    pytest.param(
        [
            "so today i want to talk about electric trucks",
            "half of new trucks sold in europe will be electric by 2030",
            "charging depots cost about two million each today",
        ],
        [
            "so today i want to talk about electric trucks",
            "half of new trucks sold in europe will be electric by 2030",
            "charging depots cost about two million each today",
        ],
        id="whole-clauses-stay-apart",
    ),
]


@pytest.mark.parametrize(("lines", "said"), AUTO_CLAUSES)
def test_unpunctuated_captions_keep_a_horizon_with_its_clause(lines, said):
    statements = _statements(auto_captions(*lines))
    assert [s.text for s in statements] == said
    # No note but a speaker's hedge ("by 2027 i think"), which keeps the deadline.
    assert [s.note for s in statements] == [doubt_remark(s.text) for s in statements]


@pytest.mark.parametrize(
    ("lines", "said", "phrase"),
    [
        pytest.param(
            ["prices will fall", "by 2027 wages will rise"],
            "prices will fall by 2027 wages will rise",
            "by 2027",
            id="year",
        ),
        pytest.param(
            ["the fed is going to cut", "next year the ecb will follow"],
            "the fed is going to cut next year the ecb will follow",
            "next year",
            id="next-year",
        ),
        pytest.param(
            ["rents will keep rising", "within two years landlords will sell"],
            "rents will keep rising within two years landlords will sell",
            "within two years",
            id="within",
        ),
    ],
)
def test_a_horizon_between_two_forecasts_is_kept_with_both_and_said_to_be_unsure(
    lines, said, phrase
):
    (statement,) = _statements(auto_captions(*lines))
    assert statement.text == said
    assert statement.note == AMBIGUOUS.format(phrase=phrase)


@pytest.mark.parametrize(
    ("lines", "said"),
    [
        pytest.param(
            ["the u.s. economy will grow", "2.5 percent next year i think", "thanks for watching"],
            ["the u.s. economy will grow 2.5 percent next year i think", "thanks for watching"],
            id="a-decimal-point-and-an-abbreviation-are-no-punctuation",
        ),
    ],
)
def test_dots_inside_auto_captions_do_not_make_them_punctuated(lines, said):
    assert [s.text for s in _statements(auto_captions(*lines))] == said


def test_an_unpunctuated_srt_export_keeps_a_horizon_with_its_clause():
    text = (
        "1\n00:00:00,000 --> 00:00:02,500\nso what happens to housing\n\n"
        "2\n00:00:02,500 --> 00:00:05,000\nwell i think prices will fall\n\n"
        "3\n00:00:05,000 --> 00:00:06,800\nby 2027 i think\n\n"
        "4\n00:00:06,800 --> 00:00:09,000\nand rents will follow a year after\n"
    )
    said = [(s.text, s.timestamp) for s in _statements(text)]
    assert said == [
        ("so what happens to housing", "00:00:00"),
        ("well i think prices will fall by 2027 i think", "00:00:02"),
        ("and rents will follow a year after", "00:00:06"),
    ]


def test_a_rolling_line_with_a_turn_marker_is_read_once():
    text = (
        "WEBVTT\nKind: captions\n\n"
        "00:00:00.000 --> 00:00:02.000 align:start position:0%\n \n"
        ">> so<00:00:00.300><c> will</c><00:00:00.600><c> rates</c><00:00:00.900><c> fall</c>\n\n"
        "00:00:02.000 --> 00:00:02.010 align:start position:0%\n>> so will rates fall\n \n\n"
        "00:00:02.010 --> 00:00:04.000 align:start position:0%\n>> so will rates fall\n"
        ">> i<00:00:02.300><c> think</c><00:00:02.600><c> they</c><00:00:02.900><c> will</c>\n\n"
        "00:00:04.000 --> 00:00:04.010 align:start position:0%\n>> i think they will\n \n\n"
        "00:00:04.010 --> 00:00:06.000 align:start position:0%\n>> i think they will\n"
        "fall<00:00:04.300><c> by</c><00:00:04.600><c> 2027</c><00:00:04.900><c> at</c>"
        "<00:00:05.200><c> the</c><00:00:05.500><c> latest</c>\n"
    )
    said = [(s.text, s.timestamp) for s in _statements(text)]
    assert said == [
        ("so will rates fall", "00:00:00"),
        ("i think they will fall by 2027 at the latest", "00:00:02"),
    ]


def test_a_long_run_on_is_cut_at_a_caption_line_and_says_so():
    lines = [f"and the {word} will go to the" for word in "abcdefghijkl"] + ["end"]
    statements = _statements(auto_captions(*lines))
    assert len(statements) > 1
    assert all(len(s.text.split()) <= 60 for s in statements)
    assert "cut at a caption line" in statements[1].note


@pytest.mark.django_db
def test_an_auto_caption_forecast_gets_its_deadline_through_the_command(tmp_path: Path):
    path = tmp_path / "housing.vtt"
    path.write_text(
        auto_captions(
            "so what happens to housing",
            "well i think prices will fall",
            "by 2027 i think",
            "and the fed is going to cut",
            "next year the ecb will follow",
        )
    )
    out = io.StringIO()
    call_command(
        "import_notes",
        str(path),
        "--source-title=Rates and housing",
        "--published-on=2025-03-10",
        "--speaker=Nadia Brandt",
        "--dry-run",
        stdout=out,
    )
    lines = out.getvalue().splitlines()[1:]
    rows = [re.split(r"\s{2,}", line) for line in lines if line[:1].isdigit()][:3]
    assert [row[3:5] for row in rows] == [
        ["factual", "new"],
        ["prediction", "2027-12-31"],
        ["prediction", "2026-12-31"],
    ]
    hedged = "well i think prices will fall by 2027 i think [hedged (“i think”)"
    assert rows[1][-1].startswith(hedged)
    # The table shortens the remark; the draft's notes keep it whole.
    unsure = "and the fed is going to cut next year the ecb will follow [Auto-generated captions"
    assert rows[2][-1].startswith(unsure)


# ---- 2. A negated forecast is a forecast, judged on the same day; a negated "before" is asked.

NEGATED = [  # a negated "before" is a lower bound: no deadline, the curator asked
    ("Rates will not be cut before the summer.", None),
    ("Rates won't be cut before the summer.", None),
    ("The ECB isn't going to move before September.", None),
    ("Inflation will never get back to two percent before the end of the year.", None),
    ("No rate cuts before the summer, that's my call.", None),
    ("There's no way Level 5 ships before 2027.", None),
    ("No humanoid robot will be in homes by 2030.", D(2030, 12, 31)),
    ("Fusion isn't going to power the grid this decade.", D(2029, 12, 31)),
    ("I don't think house prices fall before 2027.", None),
]
# "Not until": when it happens at the earliest, no deadline; a curator decides.
NOT_UNTIL = [
    "Rates will not be cut until 2026.",
    "No rate cuts until 2026, in my view.",
    "Nothing changes till next spring.",
    "I don't see a deal happening until Q3.",
    "Rate cuts, yes, but not before the autumn.",
]


def _captions(*quotes: str) -> str:
    cues = [
        f"{n}\n00:00:{2 * n:02d},000 --> 00:00:{2 * n + 2:02d},000\nLENA ORTIZ: {quote}\n"
        for n, quote in enumerate(quotes, 1)
    ]
    return "\n".join(cues)


@pytest.mark.django_db
def test_a_negated_forecast_is_a_prediction_and_a_negated_before_a_lower_bound():
    plan = _plan(_captions(*(text for text, _ in NEGATED)), "negated.srt")
    got = [(c.quote, c.kind, c.deadline) for c in plan.candidates]
    assert got == [(text, ClaimKind.PREDICTION, deadline) for text, deadline in NEGATED]
    bounds = [c for c in plan.candidates if "before" in c.quote]
    assert all("lower bound: " in c.statement.note for c in bounds)


@pytest.mark.django_db
def test_not_until_is_a_prediction_without_a_deadline_and_says_why():
    plan = _plan(_captions(*NOT_UNTIL), "not-until.srt")
    got = [(c.quote, c.kind, c.deadline) for c in plan.candidates]
    assert got == [(text, ClaimKind.PREDICTION, None) for text in NOT_UNTIL]
    assert all("is a lower bound" in c.reading.rule for c in plan.candidates)


# ---- 3. An untagged cue is the previous speaker's, unless something says the turn changed.

CONTINUED = [
    pytest.param(
        "1\n00:00:01,000 --> 00:00:04,000\nMAYA CHEN (HOST): Welcome back. Mortgage rates will\n\n"
        "2\n00:00:04,000 --> 00:00:07,000\nfall by 2026, the banks say.\n\n"
        "3\n00:00:07,000 --> 00:00:10,000\nLEO PARK: I disagree. Prices will rise by 2027.\n",
        [
            ("MAYA CHEN", True, "Welcome back."),
            ("MAYA CHEN", True, "Mortgage rates will fall by 2026, the banks say."),
            ("LEO PARK", False, "I disagree."),
            ("LEO PARK", False, "Prices will rise by 2027."),
        ],
        id="srt-name-and-role",
    ),
    pytest.param(
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n"
        "Interviewer (Maya Chen): Rents will fall by 2026, the banks say.\n\n"
        "00:00:04.000 --> 00:00:07.000\nAnd house prices will follow next year.\n\n"
        "00:00:07.000 --> 00:00:10.000\n<v Leo Park>I disagree.</v>\n",
        [
            ("Maya Chen", True, "Rents will fall by 2026, the banks say."),
            ("Maya Chen", True, "And house prices will follow next year."),
            ("Leo Park", False, "I disagree."),
        ],
        id="webvtt-role-and-name",
    ),
    pytest.param(
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n"
        "<v Maya Chen (host)>Rents will fall by 2026.</v>\n\n"
        "00:00:04.000 --> 00:00:07.000\nAnd house prices will follow next year.\n\n"
        "00:00:07.000 --> 00:00:10.000\n<v Leo Park>Not a chance.</v>\n",
        [
            ("Maya Chen", True, "Rents will fall by 2026."),
            ("Maya Chen", True, "And house prices will follow next year."),
            ("Leo Park", False, "Not a chance."),
        ],
        id="webvtt-voice-with-role",
    ),
    pytest.param(
        "WEBVTT\n\nNOTE\nHosts: Maya Chen\n\n00:00:01.000 --> 00:00:04.000\n"
        "MAYA CHEN: Housing will crash next year, some say.\n\n"
        "00:00:04.000 --> 00:00:07.000\nAnd wages will stall by 2027.\n\n"
        "00:00:07.000 --> 00:00:10.000\nMAYA CHEN: What do you say?\n\n"
        "00:00:10.000 --> 00:00:13.000\nWages will rise by 2027.\n",
        [
            ("MAYA CHEN", True, "Housing will crash next year, some say."),
            ("MAYA CHEN", True, "And wages will stall by 2027."),
            ("MAYA CHEN", True, "What do you say?"),
            ("", False, "Wages will rise by 2027."),
        ],
        id="webvtt-hosts-in-a-note",
    ),
    pytest.param(
        "1\n00:00:01,000 --> 00:00:03,000\nHosts: Maya Chen and Omar Haddad\n\n"
        "2\n00:00:03,000 --> 00:00:06,000\nOMAR HADDAD: Prices will double by 2030, some say.\n\n"
        "3\n00:00:06,000 --> 00:00:09,000\nAnd rents with them.\n\n"
        "4\n00:00:09,000 --> 00:00:12,000\nOMAR HADDAD: Do they?\n\n"
        "5\n00:00:12,000 --> 00:00:15,000\nNot at all. Rents will fall by 2028.\n",
        [
            ("OMAR HADDAD", True, "Prices will double by 2030, some say."),
            ("OMAR HADDAD", True, "And rents with them."),
            ("OMAR HADDAD", True, "Do they?"),
            ("", False, "Not at all."),
            ("", False, "Rents will fall by 2028."),
        ],
        id="srt-hosts-line",
    ),
    pytest.param(
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nHOST: Rents will fall by 2026, the banks say.\n\n"
        "00:00:04.000 --> 00:00:07.000\nAnd house prices will follow next year.\n\n"
        "00:00:07.000 --> 00:00:10.000\nLEO PARK: I disagree with that, they will rise.\n",
        [
            ("HOST", True, "Rents will fall by 2026, the banks say."),
            ("HOST", True, "And house prices will follow next year."),
            ("LEO PARK", False, "I disagree with that, they will rise."),
        ],
        id="webvtt-role-only",
    ),
    pytest.param(
        "1\n00:00:01,000 --> 00:00:04,000\nHOST: Welcome Back Everyone\n\n"
        "2\n00:00:04,000 --> 00:00:07,000\nHost: Maya Chen here, with Leo Park.\n\n"
        "3\n00:00:07,000 --> 00:00:09,000\nLEO PARK: Rates will fall by 2026.\n",
        [
            ("HOST", True, "Welcome Back Everyone"),
            ("Host", True, "Maya Chen here, with Leo Park."),
            ("LEO PARK", False, "Rates will fall by 2026."),
        ],
        id="srt-a-host-speaking-is-no-declaration",
    ),
    pytest.param(
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nLEO PARK: Rents will fall by 2026.\n\n"
        "00:00:04.000 --> 00:00:07.000\nUpdate (March): they fell four percent already.\n",
        [
            ("LEO PARK", False, "Rents will fall by 2026."),
            ("LEO PARK", False, "Update (March): they fell four percent already."),
        ],
        id="brackets-before-a-colon-name-no-role",
    ),
]


@pytest.mark.parametrize(("text", "said"), CONTINUED)
def test_an_untagged_cue_continues_the_previous_speaker(text, said):
    assert [(s.speaker, s.host, s.text) for s in _statements(text)] == said


TURN_MARKERS = [
    pytest.param(
        "1\n00:00:01,000 --> 00:00:04,000\n>> HOST: Mortgage rates will fall by 2026.\n\n"
        "2\n00:00:04,000 --> 00:00:07,000\nAnd house prices will follow.\n\n"
        "3\n00:00:07,000 --> 00:00:10,000\n>> I disagree. Prices will rise by 2027.\n\n"
        "4\n00:00:10,000 --> 00:00:12,000\nAnd wages will follow.\n",
        [
            ("HOST", "Mortgage rates will fall by 2026.", False),
            ("HOST", "And house prices will follow.", False),
            ("", "I disagree.", True),
            ("", "Prices will rise by 2027.", True),
            ("", "And wages will follow.", True),
        ],
        id="broadcast-chevrons",
    ),
    pytest.param(
        "1\n00:00:01,000 --> 00:00:04,000\nLEO PARK: Prices will rise by 2027.\n\n"
        "2\n00:00:04,000 --> 00:00:07,000\n- HOST: Rents will fall by 2026, the banks say.\n"
        "- I doubt it very much.\n",
        [
            ("LEO PARK", "Prices will rise by 2027.", False),
            ("HOST", "Rents will fall by 2026, the banks say.", False),
            ("", "I doubt it very much.", True),
        ],
        id="subtitle-dialogue-dashes",
    ),
    pytest.param(
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n>> MAYA CHEN: Rates will fall by 2026.\n\n"
        "00:00:04.000 --> 00:00:07.000\n>>> They won't fall before 2027.\n",
        [
            ("MAYA CHEN", "Rates will fall by 2026.", False),
            ("", "They won't fall before 2027.", True),
        ],
        id="webvtt-new-story-chevrons",
    ),
]


@pytest.mark.parametrize(("text", "said"), TURN_MARKERS)
def test_a_turn_marker_without_a_name_is_nobodys_and_says_so(text, said):
    statements = _statements(text)
    assert [(s.speaker, s.text, bool(s.note)) for s in statements] == said
    assert all("turn marker" in s.note for s in statements if s.note)


@pytest.mark.django_db
def test_no_host_line_is_proposed_as_the_guests():
    (text,) = [row.values[0] for row in CONTINUED if row.id == "srt-name-and-role"]
    plan = _plan(text, "interview.srt", **{"LEO PARK": "Leo Park"})
    got = [(c.speaker.name, c.quote) for c in plan.candidates]
    assert got == [
        ("Maya Chen", "Mortgage rates will fall by 2026, the banks say."),
        ("Leo Park", "Prices will rise by 2027."),
    ]


@pytest.mark.django_db
def test_a_role_only_hosts_continued_lines_wait_for_the_curator():
    (text,) = [row.values[0] for row in CONTINUED if row.id == "webvtt-role-only"]
    plan = _plan(text)
    assert [(c.speaker.name, c.quote) for c in plan.candidates] == [
        ("Leo Park", "I disagree with that, they will rise.")
    ]
    assert "2 line(s) of a host named only as HOST were not proposed" in plan.notes[0]


# A podcast's SRT export: the host tagged "[Host]", who names themselves and the others in
# the show's opening; the others cued by first name ("RAVI:").
HANDLEBAR = """1
00:00:01,000 --> 00:00:03,000
[Host] Hello and welcome back to The Handlebar.

2
00:00:03,100 --> 00:00:06,000
I'm Tamsin Velde, and across the table, my co-host Ravi Castellano.

3
00:00:06,100 --> 00:00:09,000
[Host] And in the guest chair, the CEO of Fjellvik Cycles, Ingrid Morrow-Tate.

4
00:00:09,100 --> 00:00:12,000
INGRID: We will be profitable for the full year 2026.

5
00:00:12,100 --> 00:00:15,000
RAVI: Two big brands go bust within six months.

6
00:00:15,100 --> 00:00:18,000
[Host] Cargo e-bikes outsell city e-bikes in 2027.

7
00:00:18,100 --> 00:00:21,000
TOMAS: Pack prices halve by 2028.
"""


def test_first_name_cues_are_the_people_the_host_named_in_the_opening():
    document = read_document(HANDLEBAR.encode(), name="episode.srt")
    said = parse_document(document, today=D(2025, 6, 1)).statements
    by_text = {s.text: (s.speaker, s.note) for s in said}
    speaker, note = by_text["We will be profitable for the full year 2026."]
    assert speaker == "Ingrid Morrow-Tate"
    assert "“INGRID” taken as Ingrid Morrow-Tate" in note
    assert by_text["Two big brands go bust within six months."][0] == "Ravi Castellano"
    # The host tagged by role, who named themselves, is that person.
    assert by_text["Cargo e-bikes outsell city e-bikes in 2027."][0] == "Tamsin Velde"
    # Near miss: a first name the opening gave nobody is left as the cue wrote it.
    assert by_text["Pack prices halve by 2028."][0] != "Tamsin Velde"
    assert "taken as" not in by_text["Pack prices halve by 2028."][1]
