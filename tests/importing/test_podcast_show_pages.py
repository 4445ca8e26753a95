"""Table tests: a podcast episode's page copied from the show's web site.

The page names its host ("Hosted by …") and its guests ("… with Ines Valdoro",
"(feat. …)") and dates the episode ("Published March 11, 2026 · 58 min"); its title, the
player's bar, the blurb, the lists of chapters and links, the sponsor read, the calls for
support, the transcript's notice and its paywall are nobody's claims. The transcript's
cues ("[03:20] INES: …") are the host's and the guests', by their full names. Near
misses: notes that say who is who themselves ("Host: …" / "Guest: …"), a sentence that
only opens like chrome ("Published research shows …", "Listen, Spotify will …"), a page
without a transcript (its prose is read as notes are).
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.show_notes import host_asides, laughing_concession, page_line, show_page

pytestmark = pytest.mark.django_db

SAID_ON = datetime.date(2026, 11, 9)
P, F, C = ClaimKind.PREDICTION, ClaimKind.FACTUAL, ClaimKind.COMMITMENT

TRANSISTOR = """\
Cellar Door — Episode 41: "Cold Storage, Hot Market" with Ines Valdoro
Published March 11, 2026 · 58 min · Hosted by Corin Ashdale
Listen on Apple Podcasts | Spotify | Overcast | RSS   ·   Download MP3 (53.4 MB)

This week Corin sits down with Ines Valdoro, founder of Frostline, which rents out cold rooms.

CHAPTERS
00:00 Cold open
03:12 Why cold rooms
19:40 "The 2030 squeeze"

LINKS MENTIONED
- Frostline 2025 annual report (PDF)
- Explainer: the cold-chain rules in the new food law
- Corin's newsletter: cellardoor.fm/letter

This episode is sponsored by Brightpane. Use code CELLAR for 20% off your first year.

PARTIAL TRANSCRIPT (auto-generated, lightly edited)

[03:12] CORIN: So why cold rooms? It's not exactly a glamorous business.
[03:20] INES: We rent out 4,200 pallet places across three sites today.
[03:31] CORIN: That's a lot of frozen peas.
[03:34] INES: (laughs) Some of it is peas, yes.
[19:40] INES: We will open a fourth site in Porto before the end of 2027.

Transcript continues for members. Become a Cellar member to read the full text.
© 2026 Cellar Door Media. All rights reserved.
"""

YOUTUBE = """\
Ep. 12: Heat pumps in old houses (feat. Marta Quillon)
Released 4 February 2026 | 1 hr 4 min | Hosted by Dev Harrow

Timestamps:
0:00 Intro
2:15 Old houses
31:40 What's next

Episode links:
• Marta's lab: quillonlab.org
• The study we discuss: heatgrid.org/study

Support the show on Patreon: patreon.com/devharrow

Transcript (auto-generated, may contain errors)

DEV: Do heat pumps work in a house from 1890?
MARTA: They do; our trial homes cut their gas use by 70 percent last winter.
MARTA: I think most new boilers sold in Britain will be heat pumps by 2030.
"""

TWO_GUESTS = """\
#212 — The Port Question with Anouk Tessel and Rafe Okonjo
Posted Feb 4, 2026 • 47 min • Hosted by Lise Marrow

Two port planners argue about automation.

Today's episode is brought to you by Gridwise. Try it free at gridwise.io.
Rate and review us on Apple Podcasts.

Full transcript:

LISE: Anouk, will the port be automated?
ANOUK: Our cranes will be fully automated by 2029.
RAFE: Our union signed a ten-year agreement last spring.
Subscribe to read the rest of the transcript.
"""

# (page, [(first words, speaker, kind)], the source's date, why)
PAGES = [
    (
        TRANSISTOR,
        [
            ("We rent out 4,200 pallet places", "Ines Valdoro", F),
            ("We will open a fourth site in Porto", "Ines Valdoro", C),
        ],
        datetime.date(2026, 3, 11),
        "a host's page: title with the guest, publication line, chapters, links, sponsor",
    ),
    (
        YOUTUBE,
        [
            ("They do; our trial homes cut", "Marta Quillon", F),
            ("I think most new boilers", "Marta Quillon", P),
        ],
        datetime.date(2026, 2, 4),
        "a video's description: timestamps, episode links, Patreon, an auto transcript",
    ),
    (
        TWO_GUESTS,
        [
            ("Our cranes will be fully automated", "Anouk Tessel", P),
            ("Our union signed", "Rafe Okonjo", F),
        ],
        datetime.date(2026, 2, 4),
        "two guests in the title, a sponsor, a call to review, a paywall",
    ),
]


def _plan(text: str):
    return import_plan(
        data=text.encode(),
        file_name="episode.txt",
        options=ImportOptions(source=SourceChoice(title="Episode page", published_on=SAID_ON)),
    )


@pytest.mark.parametrize(("page", "expected", "said_on", "why"), PAGES)
def test_an_episode_page_gives_only_the_transcripts_claims(page, expected, said_on, why):
    plan = _plan(page)
    lines = page.splitlines()
    got = [(c.statement.line, c.speaker.name, c.kind, c.quote) for c in plan.candidates]
    assert len(got) == len(expected), (why, got)
    for (line, speaker, kind, quote), (words, who, what) in zip(got, expected, strict=True):
        assert (speaker, kind) == (who, what), (why, quote)
        assert quote.startswith(words), (why, quote)
        assert words in lines[line - 1], (why, line)
    assert {c.source.said_on for c in plan.candidates} == {said_on}, why


# (page's first lines, hosts, guests, date)
HEADERS = [
    (
        ["Cellar Door — Episode 41: “Cold Storage” with Ines Valdoro",
         "Published March 11, 2026 · 58 min · Hosted by Corin Ashdale"],
        ("Corin Ashdale",), ("Ines Valdoro",), datetime.date(2026, 3, 11),
    ),
    (
        ["Ep. 12: Heat pumps in old houses (feat. Marta Quillon)",
         "Released 4 February 2026 | 1 hr 4 min | Hosted by Dev Harrow"],
        ("Dev Harrow",), ("Marta Quillon",), datetime.date(2026, 2, 4),
    ),
    (
        ["S3 E7 · Ports", "Aired 2026-01-20 · 39 min · Hosted by Lise Marrow & Tom Brandal"],
        ("Lise Marrow", "Tom Brandal"), (), datetime.date(2026, 1, 20),
    ),
    (
        ["The Long Haul", "52 min · Hosted by Lise Marrow"],
        ("Lise Marrow",), (), None,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "hosts", "guests", "published_on"), HEADERS)
def test_a_pages_header_names_its_host_guests_and_date(lines, hosts, guests, published_on):
    page = show_page([*lines, "", "LISE: Welcome."])
    assert page is not None
    assert (page.hosts, page.guests, page.published_on) == (hosts, guests, published_on)
    assert page.header == 2
    assert 1 in page.chrome or not guests


# Notes and prose that only open like a page's header: no page.
NOT_PAGES = [
    ["Host: Corin Ashdale", "Guest: Ines Valdoro", "", "INES: We will open in 2027."],
    ["Published research shows prices will fall by 2027.", "Ada: I agree."],
    ["# Episode 212: Ports", "Published 3 November 2026", "Guest: Anouk Tessel", "", "x"],
    ["Recorded 12 June 2024 with the team in Leeds.", "Ada: Rates will fall by 2027."],
]


@pytest.mark.parametrize("lines", NOT_PAGES)
def test_notes_that_only_open_like_a_page_are_no_page(lines):
    assert show_page(lines) is None


def test_a_page_without_a_transcript_keeps_its_prose():
    lines = [
        "Episode 9: Rates with Ines Valdoro",
        "Published March 11, 2026 · 58 min · Hosted by Corin Ashdale",
        "",
        "Ines expects the central bank to cut rates twice by 2027.",
    ]
    page = show_page(lines)
    assert page is not None
    assert 4 not in page.chrome


# (line, whether it is a page's own)
LINES = [
    ("Listen on Apple Podcasts | Spotify | Overcast | RSS", True),
    ("Subscribe: Apple Podcasts · Pocket Casts · YouTube", True),
    ("This episode is sponsored by Brightpane. Use code CELLAR for 20% off.", True),
    ("Support for this podcast comes from Gridwise.", True),
    ("Support the show on Patreon: patreon.com/devharrow", True),
    ("Become a patron to get episodes early.", True),
    ("Transcript (auto-generated, may contain errors)", True),
    ("PARTIAL TRANSCRIPT (auto-generated, lightly edited)", True),
    ("Transcripts are generated automatically and may contain errors.", True),
    ("Transcript continues for members. Become a Cellar member to read the full text.", True),
    ("The rest of the transcript is for paid subscribers.", True),
    # Near misses: claims that only open like chrome.
    ("Listen, Spotify will lose money on podcasts until 2028.", False),
    ("Download numbers on Spotify will double by 2028.", False),
    ("Support for the bill will collapse by March.", False),
    ("The transcript shows the minister promised a vote in 2027.", False),
    ("Members will get a refund by June.", False),
]


@pytest.mark.parametrize(("text", "chrome"), LINES)
def test_a_pages_own_lines_and_near_misses(text, chrome):
    assert page_line(text) is chrome


# (a host's line in an episode's transcript, what it asks or says, its asides)
HOST_LINES = [
    ("So why Luleå? It's not exactly the obvious place for a plant.", "So why Luleå?",
     "It's not exactly the obvious place for a plant."),
    ("That's a lot of Volvos.", "", "That's a lot of Volvos."),
    ("Wow. That's fast.", "", "Wow. That's fast."),
    # Near misses: a report before the question, a reaction with a figure or a forecast.
    ("Your CFO said prices would fall by 2028. Do you agree?",
     "Your CFO said prices would fall by 2028. Do you agree?", ""),
    ("That's 40 percent of the market.", "That's 40 percent of the market.", ""),
    ("That's wrong, prices will fall by 2027.", "That's wrong, prices will fall by 2027.", ""),
    ("Tesla is overvalued.", "Tesla is overvalued.", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "said", "asides"), HOST_LINES)
def test_a_hosts_reactions_and_glosses_are_asides(text, said, asides):
    assert host_asides(text) == (said, asides)


# (a guest's line, whether it is a laugh's concession and no claim)
LAUGHS = [
    ("(laughs) Some of them are Volvos, yes.", True),
    ("[laughs] Fair enough.", True),
    ("(chuckles) Not me, no.", True),
    ("(laughs) We will open a fifth site in 2028.", False),
    ("(laughs) We process 8,400 tonnes now.", False),
    ("Some of them are Volvos, yes.", False),
]


@pytest.mark.parametrize(("text", "banter"), LAUGHS)
def test_a_laughs_concession_is_no_claim(text, banter):
    assert laughing_concession(text) is banter
