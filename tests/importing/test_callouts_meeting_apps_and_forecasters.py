"""Table tests: a research note's callouts (a quote callout titled with who said it); a
meeting notes app's "Me" and "Them" labels and its notes above the transcript; a label whose
brackets hold a quantity; a forecaster named with an appositive or told to an audience; a
transcription service's own promotion around the transcript.

Who is unknown is asked ("Them" is a placeholder for the other participants), never given
to a neighbour; a tool's paraphrase and a service's advertising are nobody's claims."""

import datetime

import pytest

from claims.choices import ClaimKind, DatePrecision
from claims.importing.attribution import told_forecast
from claims.importing.callouts import callout_lines
from claims.importing.classify import is_candidate
from claims.importing.meeting_exports import tool_promotion
from claims.importing.names import is_placeholder
from claims.importing.services import ImportOptions, SourceChoice, import_plan

DAY = datetime.date(2026, 2, 20)


def _plan(text: str, speakers: dict[str, str] | None = None, *, on=DAY):
    source = SourceChoice(title="doc", published_on=on, precision=DatePrecision.DAY)
    options = ImportOptions(source=source, speakers=speakers or {})
    return import_plan(data=text.encode(), file_name="doc.md", options=options)


def _find(plan, words: str):
    return next(c for c in plan.candidates if words in c.quote)


def _quotes(plan) -> str:
    return " | ".join(c.quote for c in plan.candidates)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["> [!quote] Mayor Tobias Renwick, 12 Feb 2026", "> We will open by 2027."],
            ["", "Tobias Renwick: We will open by 2027."],
        ),
        (
            ["> [!cite]- Dr Amara Ekwueme (Linden Institute)", "> Starts fall below 20,000."],
            ["", "Amara Ekwueme: Starts fall below 20,000."],
        ),
        # The note-taker's own callouts, and a quote titled with no one's name: no one's.
        (["> [!info] Scope", "> Forward-looking statements only."], ["", ""]),
        (["> [!NOTE]", "> Check the minutes."], ["", ""]),
        (["> [!quote] From the council minutes", "> The works finish in May."], ["", ""]),
        # A plain block quote, and the line after a callout, are as they were.
        (["> A plain quote.", "After it."], ["> A plain quote.", "After it."]),
        (
            ["> [!quote] Ana Ruiz", "> Prices fall.", "", "My note."],
            ["", "Ana Ruiz: Prices fall.", "", "My note."],
        ),
    ],
)
def test_a_notes_callouts(lines, expected):
    assert callout_lines(lines) == expected


NOTE = """---
tags:
  - claims-log
created: 2026-02-20T09:14
---

# Stenhaven ferry claims log

> [!info] Scope
> Forward-looking statements about the ferry will be logged here by March.

## Source: Stenhaven Gazette interview, 2026-02-12

> [!quote] Mayor Tobias Renwick, 12 Feb 2026
> We will have the first electric ferry carrying passengers by spring 2027.
> Fares will stay at £2.50 for residents for at least the first two years of service.

- Renwick: "the council has already paid the deposit on both hulls"
- my take: spring 2027 is unlikely
"""


@pytest.mark.django_db
def test_a_quote_callouts_words_are_its_speakers():
    plan = _plan(NOTE)
    ferry = _find(plan, "first electric ferry")
    assert ferry.speaker.name == "Tobias Renwick"
    assert ferry.kind == ClaimKind.PREDICTION
    assert ferry.deadline == datetime.date(2027, 5, 31)
    assert _find(plan, "deposit on both hulls").speaker.name == "Tobias Renwick"
    quotes = _quotes(plan)
    assert "Forward-looking statements" not in quotes
    assert "spring 2027 is unlikely" not in quotes


GRANOLA = """Grid storage feature: Tom Ashdown (Brightwater) + Ines Marchetti (Kestrel)
Thu, Feb 19, 2026 · 2:02 PM – 2:49 PM
Attendees
Ruth Calloway <ruth.calloway@meridianledger.com>
Tom Ashdown <tom.ashdown@brightwaterstorage.com>
Ines Marchetti <imarchetti@kestrel-research.com>

### Context
- Background call for the March storage feature; both on record

### Brightwater pipeline
- Tom expects 3 GW operating by end of 2027; says it's contracted
- Pell Creek (400 MW): groundbreaking planned for Q2

### Action items
- [ ] Tom to send Pell Creek fact sheet

Transcript
Me: Thanks both for making the time. Where's Brightwater at right now?
Them: We will have three gigawatts operating by the end of 2027.
Me: Ines, does that match what you're seeing?
Them: I'd expect average evening peak prices to be down about thirty percent by the end of 2027.
"""


@pytest.mark.django_db
def test_a_meeting_apps_them_is_asked_and_its_notes_are_the_tools():
    plan = _plan(GRANOLA, {"Me": "Ruth Calloway"}, on=datetime.date(2026, 2, 19))
    gigawatts = _find(plan, "three gigawatts")
    assert "placeholder" in " ".join(gigawatts.remarks)  # who "Them" is, the curator says
    assert gigawatts.speaker.name not in ("Ruth Calloway", "Tom Ashdown", "Ines Marchetti")
    quotes = _quotes(plan)
    assert "Tom expects 3 GW" not in quotes  # the app's paraphrase above the transcript
    assert "groundbreaking planned" not in quotes
    assert all(c.speaker.name != "Pell Creek" for c in plan.candidates)
    mapped = _plan(GRANOLA, {"Me": "Ruth Calloway", "Them": "Tom Ashdown"})
    assert _find(mapped, "three gigawatts").speaker.name == "Tom Ashdown"


@pytest.mark.django_db
def test_a_me_cue_the_curator_maps_is_no_error():
    text = "Me: I think rents fall 10% by 2027.\nMe: And sales rise next year.\n"
    plan = _plan(text, {"Me": "Ruth Calloway"})
    assert _find(plan, "rents fall").speaker.name == "Ruth Calloway"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Them", True),
        ("them", True),
        ("Speaker 3", True),
        ("Themba", False),
        ("Thembi Nkosi", False),
    ],
)
def test_them_is_a_placeholder(label, expected):
    assert is_placeholder(label) is expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    "line",
    [
        "Pell Creek (400 MW): groundbreaking planned for Q2",
        "Site B (2.1 GW): commissioning slips to 2027",
        "Harbour Line ($40m): tender closes in May",
        "Westfield (30%): stake sale by year end",
    ],
)
def test_a_label_whose_brackets_hold_a_quantity_is_no_speaker(line):
    plan = _plan(f"# Notes\n\n{line}\n", {"": "Curator Desk"})
    assert all(c.speaker.name != line.split(" (")[0] for c in plan.candidates)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Helga Strand, who runs the regional grid operator, said at their investor day "
            "last month that data center demand will double by 2030.",
            "Helga Strand",
        ),
        (
            "Helga Strand, the grid operator's chief, said demand will double by 2030.",
            "Helga Strand",
        ),
        ("Marco, who sits on our board, thinks prices will halve by 2028.", "Marco"),
        (
            'Finance Minister Teodor Balasz told parliament yesterday that unemployment "will be '
            'back below 4 percent by the end of next year."',
            "Finance Minister Teodor Balasz",
        ),
        (
            "Mayor Corin Aldous told the council on 11 March that the bridge will open in 2027.",
            "Mayor Corin Aldous",
        ),
        # The speaker's own: their side, or a plain forecast with a comma.
        ("We told investors that margins will recover by 2027.", None),
        ("Prices, which rose last year, will fall by 2027.", None),
    ],
)
def test_a_forecaster_named_with_an_appositive_or_an_audience(text, who):
    told = told_forecast(text, said_on=datetime.date(2026, 4, 7))
    assert (told.who if told else None) == who


SONIX = """ep112_final.mp3
Duration: 00:12:31
Transcribed by Sonix
ep112_final.mp3: this mp3 audio file was automatically transcribed by Sonix.

[00:11:40] Tomasz Hallerud
Thanks for having me.

[00:11:53] Priya Raman
Our grid will add two gigawatts of storage by the end of next year.

Automatically convert your audio files to text with Sonix.
Sonix is the best online, automated transcription service.
Better audio means a higher transcript accuracy.
"""


def test_a_transcription_services_promotion():
    lines = SONIX.splitlines()
    assert tool_promotion(lines) == frozenset({3, 4, 12, 13, 14})
    # A transcript that names no maker, or whose last block does not name it, keeps its end.
    assert tool_promotion(["Priya Raman", "Sonix is great.", "", "Thanks all."]) == frozenset()
    assert tool_promotion([*lines[:11], "", "Thanks for listening."]) == frozenset({3, 4})


@pytest.mark.django_db
def test_a_transcription_services_promotion_is_never_proposed():
    plan = _plan(SONIX, on=datetime.date(2026, 4, 7))
    quotes = _quotes(plan)
    assert "Sonix" not in quotes
    assert "Better audio" not in quotes
    assert _find(plan, "two gigawatts").speaker.name == "Priya Raman"


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("That's our show.", False),
        ("Tomasz Hallerud, Amara Ekwueme, thank you both.", False),
        ("We'll get to housing in a minute, but first, a quick break.", False),
        ("Let's play it.", False),
        ("Amara, finish your thought.", False),
        ("I'll stop there and look forward to your questions.", False),
        ("That concludes today's press conference.", False),
        ("I'll let you know.", False),
        ("We'll start with Rohan.", False),
        ("Let's go to Kwame.", False),
        ("I'd like to ask about the labor market.", False),
        # A webinar's speaker handing on the turn.
        ("One more thing before I hand over.", False),
        ("With that, I'll hand over to Jana.", False),
        ("Let me hand it back to Daniel.", False),
        # What only looks like the running of a show forecasts or promises.
        ("We'll go to 50 percent renewables by 2030.", True),
        ("We'll start with the Leeds depot in May.", True),
        ("Prices, rents and wages, thank you for asking, will all rise next year.", True),
        ("That's the show we will put on in 2027.", True),
        ("We will hand over the keys to tenants by June 2027.", True),
    ],
)
def test_a_shows_and_a_briefings_running(text, candidate):
    assert is_candidate(text) is candidate
