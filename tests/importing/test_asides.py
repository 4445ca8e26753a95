"""Table tests: the note-taker's own lines (off the record, asides, to-dos, live-blog
chatter, update labels) are never proposed as the speaker's claims."""

import datetime

import pytest

from claims.importing.asides import OFF_RECORD, OWN, Asides, off_record, own_line
from claims.importing.services import ImportOptions, SourceChoice, import_plan

SOURCE = SourceChoice(title="Interview", published_on=datetime.date(2024, 11, 1))
HEADING = "Interview with Hanne Vik\n\n"


def _plan(text: str):
    return import_plan(
        data=text.encode(),
        file_name="notes.txt",
        options=ImportOptions(source=SOURCE, speakers={"": "Hanne Vik"}),
    )


# ---- Off the record: never proposed, in whatever shape it is marked.


@pytest.mark.parametrize(
    "line",
    [
        "[OFF RECORD: Northvolt talks with her board collapsed in October]",
        "[OFF RECORD: the merger will close by June 2027]",
        "(off the record) the merger will close by June 2027",
        "Off the record: the merger will close by June 2027",
        "- OTR: they will cut 300 jobs next year",
        "Not for attribution: the regulator will block the deal by 2026",
        "Background only: the CEO will step down within a year",
        "A: [off the record] we'll miss the Q3 target",
        "A: (off-the-record) prices will double by 2026",
        "[12:04] [OTR] the plant will close in 2025",
        "Deep background — the bid will be raised next week",
        "Off the record, the merger will close by June 2027.",
    ],
)
def test_off_record_lines_are_recognised(line):
    assert off_record(line)
    assert Asides().screen(line).text == ""
    assert Asides().screen(line).withheld == OFF_RECORD


@pytest.mark.parametrize(
    "line",
    [
        "A: We'll hit full capacity by Q3 2025.",
        "She said the record output will come by 2026.",  # "record", not "off the record"
        "[background: raised €400m Series C in June]",  # background colour, not off record
        "Rates will be off their record highs by 2026.",
    ],
)
def test_lines_that_are_not_off_record(line):
    assert not off_record(line)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "A: It's real. [OFF RECORD: she means the merger closes in June]",
            "A: It's real.",
        ),
        ("A: Yes. (off the record) the merger will close by June 2027", "A: Yes."),
        ("- Prices will fall by 2026. Off the record: by half.", "- Prices will fall by 2026."),
        ("A: Behind, honestly [OTR: by a year].", "A: Behind, honestly."),
    ],
)
def test_an_off_record_passage_within_a_line_is_cut_and_the_rest_kept(line, kept):
    screened = Asides().screen(line)
    assert screened.text.replace(" .", ".") == kept
    assert screened.withheld == OFF_RECORD


@pytest.mark.django_db
def test_off_record_words_never_reach_the_plan_and_the_notes_count_them():
    plan = _plan(
        HEADING + "Q: The plant?\n"
        "A: We'll hit full capacity by Q3 2025.\n"
        "[OFF RECORD: Northvolt talks with her board collapsed in October]\n"
        "(off the record) the merger will close by June 2027\n"
        "A: It's real. [OFF RECORD: the IPO will slip to 2027]\n"
    )
    quotes = " ".join(c.quote for c in plan.candidates)
    assert "We'll hit full capacity by Q3 2025." in quotes
    for secret in ("Northvolt", "merger", "IPO", "2027"):
        assert secret not in quotes
        assert not any(secret in note for note in plan.notes)
        assert not any(secret in " ".join(c.remarks) for c in plan.candidates)
    assert "3 off-the-record line(s) were left out" in " ".join(plan.notes)


CAPTIONS_OFF_RECORD = {
    "panel.srt": (
        "1\n00:00:01,000 --> 00:00:04,000\n>> SEN. POLLARD: Rates will fall by 2027.\n\n"
        "2\n00:00:04,000 --> 00:00:08,000\n"
        ">> SEN. POLLARD: (off the record) Leadership doesn't have the votes yet.\n\n"
        "3\n00:00:08,000 --> 00:00:12,000\n"
        "Growth picks up next year. [OFF RECORD: the merger closes in June]\n\n"
    ),
    "webinar.vtt": (
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Tomas Rivera>Rates will fall by 2027.\n\n"
        "00:00:04.000 --> 00:00:08.000\n"
        "<v Tomas Rivera>Growth picks up next year. Off the record: the merger closes in June.\n\n"
        "00:00:08.000 --> 00:00:12.000\n<v Tomas Rivera>OTR: leadership doesn't have the votes.\n"
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("name", list(CAPTIONS_OFF_RECORD))
def test_off_record_words_in_caption_files_never_reach_the_plan(name):
    plan = import_plan(
        data=CAPTIONS_OFF_RECORD[name].encode(),
        file_name=name,
        options=ImportOptions(
            source=SOURCE,
            speakers={"SEN. POLLARD": "James Pollard"} if name.endswith(".srt") else {},
        ),
    )
    quotes = " ".join(c.quote for c in plan.candidates)
    assert "Rates will fall by 2027." in quotes
    assert "Growth picks up next year." in quotes
    for secret in ("Leadership", "leadership", "merger", "votes"):
        assert secret not in quotes
        assert not any(secret in note for note in plan.notes)
        assert not any(secret in " ".join(c.remarks) for c in plan.candidates)
    assert "2 off-the-record line(s) were left out" in " ".join(plan.notes)


@pytest.mark.parametrize(
    ("text", "kept", "off"),
    [
        ("(off the record) Leadership doesn't have the votes yet.", "", True),
        ("Rates will fall. (off the record) the votes aren't there.", "Rates will fall.", True),
        ("OTR: the merger closes in June.", "", True),
        ("It's real. [OFF RECORD: the IPO slips]", "It's real.", True),
        ("Rates will fall by 2027.", "Rates will fall by 2027.", False),
        ("The record shows rates fell in 2024.", "The record shows rates fell in 2024.", False),
    ],
)
def test_a_cues_off_record_passage_is_cut(text, kept, off):
    from claims.importing.asides import without_off_record

    assert without_off_record(text) == (kept, off)


# ---- Asides, colour, to-dos and chatter: the note-taker's, never a claim.


@pytest.mark.parametrize(
    "line",
    [
        "[she hesitated on the date — check with comms]",
        "[background: raised €400m Series C in June; plant in Mo i Rana]",
        "(said it twice)",
        "- very relaxed, joked about the weather in Mo i Rana",
        "- seemed tired, kept checking the time",
        "she laughed at the question about Tesla",
        "- visibly annoyed by the question on layoffs",
        "- TODO: send quotes for approval by Fri",
        "- photo: ask press office for hi-res headshot",
        "- check his March call against the actual dot plot",
        "- check his March call against the dot plot by 2027",
        "- ask GS press for the Exchanges transcript",
        "Follow up: ask whether rates fall by 2027",
        " -> follow up: does she mean cell or pack?",
        "NB: verify the 20% figure with the annual report",
        "- confirm with comms whether the plant opens in 2025",
        "10:26 — Quick aside: the Wi-Fi here is dying. Apologies for the delays.",
        "We're live from the main stage, where the first panel is about to start.",
        "Next up at 11:00: a keynote on crypto (we'll skip that one).",
        "11:32 — That's all from us on this session. Back after lunch.",
        "Back after lunch.",
        "Stay tuned for the afternoon session.",
        "That's it for this week. Forward this to a friend!",
        "Hi all! This week: a packed grid conference and your letters.",
        "Call, 14 Nov 2024, ~40 min, on record except where noted",
        "Phone call, 2 May 2024",
        "Zoom call, 7 June, 30 min, off the record after 20 min",
        "Interview, 3 March 2024, 1h",
    ],
)
def test_the_note_takers_own_lines_are_left_out(line):
    screened = Asides().screen(line)
    assert screened.text == ""
    assert screened.withheld == OWN


@pytest.mark.parametrize(
    "line",
    [
        "A: We'll hit full capacity by Q3 2025.",
        "- Unemployment will peak at 4% this year, not higher.",
        "Check-ins at hotels will double by 2026.",
        "Asked about rates, she said they will fall by 2025.",  # narration: read elsewhere
        "- Ask any grid operator: congestion fees will double by 2027.",
        "[laughs]",  # a sound tag: read elsewhere
        "They paused hiring in 2023.",
        "Relaxed rules will bring more banks to Europe by 2026.",
        "- Back in 2019 we said prices would fall.",
        "Panel wraps.",
        "Call it 4% by 2025.",
        "Interviews, 300 of them, will be done by AI by 2027.",
    ],
)
def test_the_speakers_lines_are_kept(line):
    screened = Asides().screen(line)
    assert screened.text == line.strip()
    assert screened.withheld == ""


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("10:45 — Panel wraps. Next up at 11:00: a keynote on crypto.", "10:45 — Panel wraps."),
        (
            "10:02 — Good morning from the arena. Mehta says agents will win.",
            "10:02 — Mehta says agents will win.",
        ),
        (
            "LIVE: Web Summit Lisbon, day 2 — AI main stage",
            "Web Summit Lisbon, day 2 — AI main stage",
        ),
        (
            "Three days, 2,000 people, a lot of coffee. The headline act was Ingrid Solberg.",
            "The headline act was Ingrid Solberg.",
        ),
        (
            "Two stages, 40 talks, and the grid was the only topic.",
            "Two stages, 40 talks, and the grid was the only topic.",
        ),
    ],
)
def test_chatter_is_cut_from_a_line_and_the_rest_kept(line, kept):
    assert Asides().screen(line).text == kept


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("Three days, 2,000 people, a lot of coffee.", True),
        ("Two stages, 40 talks, and 12 panels.", True),
        ("Five speakers, hundreds of questions, no answers.", True),
        ("One keynote, two panels, plenty of hype!", True),
        # A forecast's fragment, a verb, or fewer than three items: not a tally of the scene.
        ("Three cuts, 50 basis points, by June.", False),
        ("Two cuts this year, three next year, four in 2027.", False),
        ("Three days, 2,000 people.", False),
        ("Ten million subscribers, 40 markets, profit by 2027.", False),
        ("Three plants will open, two will close, one will be sold.", False),
    ],
)
def test_a_tally_of_the_scene_is_no_claim(text, scene):
    from claims.importing.asides import scene_tally

    assert scene_tally(text) is scene


@pytest.mark.parametrize(
    ("line", "kept", "note"),
    [
        ('A: "We are not for sale." (said it twice)', 'A: "We are not for sale."', "said it twice"),
        (
            "- she thinks Tesla will license its 4680 cell design by 2026 (paraphrase, not a "
            "quote!)",
            "- she thinks Tesla will license its 4680 cell design by 2026",
            "paraphrase, not a quote!",
        ),
        ("A: Margins hit 30% last year [check figure]", "A: Margins hit 30% last year", "check"),
        ("A: Rates will fall by 2025 (his emphasis)", "A: Rates will fall by 2025", "his emphasis"),
        # The speaker's own brackets stay.
        (
            "A: Rates (the policy rate) will fall by 2025",
            "A: Rates (the policy rate) will fall by 2025",
            "",
        ),
        ("A: We'll grow 20% (in Europe)", "A: We'll grow 20% (in Europe)", ""),
    ],
)
def test_a_trailing_remark_of_the_note_takers_is_cut_and_kept_as_a_remark(line, kept, note):
    screened = Asides().screen(line)
    assert screened.text == kept
    assert note in screened.note
    assert bool(screened.note) == bool(note)


def test_own_line_reads_past_bullets_and_times():
    assert own_line("[10:26] - TODO: chase the slides")
    assert not own_line("[10:26] - Rates will fall by 2025.")


# ---- "Update (March):": later words, asked about; the note-taker's report, left out.


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["* Update (March): he moved the first cut to June."], [("", OWN, "")]),
        (["Update (March): the forecast moved to June 2025"], [("", OWN, "")]),
        (
            ["Update (March): rates will fall by June"],
            [("rates will fall by June", "", "update (March)")],
        ),
        (
            ["Update (March):", "- the forecast moved to June 2025", "- rates will fall by June"],
            [("", "", ""), ("", OWN, ""), ("- rates will fall by June", "", "update (March)")],
        ),
        (
            ["UPDATE 2 April: she now says the plant opens in 2026"],
            [("", OWN, "")],
        ),
        (
            ["Update (March):", "- rates will fall by June", "Back to the interview.", "- X"],
            [
                ("", "", ""),
                ("- rates will fall by June", "", "update (March)"),
                ("Back to the interview.", "", ""),
                ("- X", "", ""),
            ],
        ),
    ],
)
def test_update_labels(lines, expected):
    asides = Asides()
    got = []
    for line in lines:
        screened = asides.screen(line)
        got.append((screened.text, screened.withheld, screened.note[: len("update (March)")]))
    assert got == expected


@pytest.mark.django_db
def test_an_update_is_proposed_with_a_remark_and_a_report_is_not():
    plan = _plan(
        HEADING + "- Rates will fall by 2025.\n"
        "* Update (March): he moved the first cut to June.\n"
        "* Update (March): rates will fall by June 2025.\n"
    )
    quotes = [c.quote for c in plan.candidates]
    assert quotes == ["Rates will fall by 2025.", "rates will fall by June 2025."]
    assert any("update (March)" in r for r in plan.candidates[1].remarks)
    assert "1 line(s) of the note-taker's own" in " ".join(plan.notes)


# ---- A reading list's items are titles, not claims, and open no section.


@pytest.mark.django_db
def test_a_reading_list_is_no_claim_and_opens_no_section():
    plan = _plan(
        "## The hydrogen call\n\nGreen hydrogen will cost less than €2 per kilo by 2028.\n\n"
        "## What we're reading\n\n- *The Battery Glut* (Rhea Kapoor) — long but worth it\n"
        "- Odd Lots with Jigar Shah, 21 November 2024\n- IEA World Energy Outlook, October 2024\n"
        "\nPrices will fall 10% by 2026.\n"
    )
    assert [c.quote for c in plan.candidates] == [
        "Green hydrogen will cost less than €2 per kilo by 2028.",
        "Prices will fall 10% by 2026.",
    ]
    assert len(plan.sources) == 1


# ---- The note-taker's own notes under their heading ("my notes:", "notes to self").


@pytest.mark.django_db
@pytest.mark.parametrize("heading", ["my notes:", "My notes", "## Notes to self", "for me:"])
def test_the_bullets_under_the_note_takers_own_heading_are_theirs(heading):
    text = (
        HEADING
        + "Prices will fall by 2027.\n\n"
        + f"{heading}\n"
        + "- strong line = the price cut. lead with that?\n"
        + "- file by 5pm Fri for Sat paper\n"
        + "- she will raise prices again by June, I bet\n"
    )
    quotes = [c.quote for c in _plan(text).candidates]
    assert quotes == ["Prices will fall by 2027."]


@pytest.mark.django_db
def test_notes_about_the_speaker_are_no_heading_of_the_note_takers_own():
    # "Notes on pricing:" names a topic of the speaker's, whose bullets stay theirs.
    text = HEADING + "Notes on pricing:\n- Prices will fall by 2027.\n"
    assert [c.quote for c in _plan(text).candidates] == ["Prices will fall by 2027."]
