"""Table tests: threads copied from Reddit (new and old), Hacker News, X, Bluesky and
Mastodon. A byline opens its author's comment; the post's header and title name the
original poster; the page's chrome, a bot's notices, a request for questions, a disclaimer
and a sign-off are no claims; a commenter's forecast is the commenter's, under their handle.
Lines that only look like a thread's (a notes line with "u/", a transcript cue, prose with a
handle in it) read as before."""

import datetime
from pathlib import Path

import pytest

from claims.choices import DatePrecision
from claims.importing.forums import (
    byline,
    page_chrome,
    self_introduction,
    thread_chatter,
    title_introduction,
    without_tone_tag,
)
from claims.importing.headings import self_introduction as introduced_name
from claims.importing.services import SourceChoice
from tests.importing import attributed

# ---- Bylines.


@pytest.mark.parametrize(
    ("line", "thread", "expected"),
    [
        # New Reddit: (label, original poster, post header, bot).
        ("u/dry_creek_88 · 6h", False, ("u/dry_creek_88", False, False, False)),
        ("u/GlacierLab_AMA OP · 5h", False, ("u/GlacierLab_AMA", True, False, False)),
        ("u/quantum_goose · 2.1k points", False, ("u/quantum_goose", False, False, False)),
        (
            "u/DrAnikaRao_Tokafusion (OP) · 3.4k points",
            False,
            ("u/DrAnikaRao_Tokafusion", True, False, False),
        ),
        ("level 1 gridwonk · 512 points", False, ("u/gridwonk", False, False, False)),
        ("dry_creek_88 · 6 hr. ago", True, ("u/dry_creek_88", False, False, False)),
        ("kelp_and_kettles • 5h • Edited 4h", True, ("u/kelp_and_kettles", False, False, False)),
        ("AutoModerator · 6h", True, ("u/AutoModerator", False, False, True)),
        ("AutoModerator · 6h", False, ("u/AutoModerator", False, False, True)),
        ("u/RemindMeBot · 2h", False, ("u/RemindMeBot", False, False, True)),
        ("Posted by u/GlacierLab_AMA · 6h", False, ("u/GlacierLab_AMA", True, True, False)),
        (
            "r/science · Posted by u/GlacierLab_AMA 6 hours ago",
            False,
            ("u/GlacierLab_AMA", True, True, False),
        ),
        # Old Reddit: "[S]" marks the submitter, a flair may stand before the score.
        ("[–]dry_creek_88 12 points 6 hours ago", False, ("u/dry_creek_88", False, False, False)),
        (
            "[–]GlacierLab_AMA[S] 40 points 5 hours ago*",
            False,
            ("u/GlacierLab_AMA", True, False, False),
        ),
        (
            "[–]cell_skeptic Chemistry | PhD 12 points 4 hours ago (2 children)",
            False,
            ("u/cell_skeptic", False, False, False),
        ),
        ("[–]AutoModerator[M] 1 point 6 hours ago", False, ("u/AutoModerator", False, False, True)),
        ("submitted 6 hours ago by NordvoltTomas", False, ("u/NordvoltTomas", True, True, False)),
        # Hacker News: the handle as the site shows it.
        ("dry_creek 6 hours ago | parent | next [–]", False, ("dry_creek", False, False, False)),
        ("volt_ama 4 hours ago | next [–]", False, ("volt_ama", False, False, False)),
        ("pg on Sep 17, 2026 | prev | next [–]", False, ("pg", False, False, False)),
        (
            "123 points by peakfan 6 hours ago | hide | past | favorite | 45 comments",
            False,
            ("peakfan", True, True, False),
        ),
        # X, Bluesky, Mastodon.
        ("Ana Lindqvist @GlacierLab · 3h", False, ("@GlacierLab", False, False, False)),
        (
            "Ana Lindqvist ✓ @ana@glaciers.social",
            False,
            ("@ana@glaciers.social", False, False, False),
        ),
        ("Ben Okafor @ben.bsky.social · Sep 17", False, ("@ben.bsky.social", False, False, False)),
        ("@GlacierLab · 3h", False, ("@GlacierLab", False, False, False)),
        (
            "Ines Waldmann 🌊 @iwaldmann@scholar.social · May 19 · Edited",
            False,
            ("@iwaldmann@scholar.social", False, False, False),
        ),
        ("@GlacierLab", True, ("@GlacierLab", False, False, False)),
        # Near-misses: no byline.
        ("u/ is a unit", False, None),
        ("u/v will reach 0.5 by 2030.", True, None),
        ("u/dry_creek_88 is wrong: Thwaites holds until 2100.", True, None),
        ("Tesla · 6h", False, None),
        ("The market will gain 2,000 points by 2027.", False, None),
        ("The index fell 12 points 6 hours ago.", False, None),
        ("Thanks to Ana @ana for the data.", True, None),
        ("Great answer @GlacierLab", True, None),
        ("cc @tom_b", True, None),
        ("Follow Ana Lindqvist @GlacierLab", False, None),
        ("Write to ana@glaciers.org", False, None),
        ("@GlacierLab", False, None),
        ("Ana Ruiz: rates will fall by 2027.", True, None),
        ("Submitted by 30 June, the plan will pass.", False, None),
        ("submitted on time by the team.", False, None),
        ("Submitted 2 days ago by the board, the plan passed.", False, None),
        (
            "submitted on Sep 17, 2026 by NordvoltTomas",
            False,
            ("u/NordvoltTomas", True, True, False),
        ),
        ("Posted by the desk: rates will fall by 2027.", False, None),
        ("Tom said 6 hours ago | that rates fall", False, None),
    ],
)
def test_byline_shapes(line, thread, expected):
    found = byline(line, thread=thread)
    got = None if found is None else (found.label, found.op, found.post, found.bot)
    assert got == expected


def test_a_display_name_is_read_beside_its_handle():
    found = byline("Dry Creek 🌵 @dry_creek · 2h")
    assert (found.display, found.handle) == ("Dry Creek", "dry_creek")


# ---- Page chrome.


@pytest.mark.parametrize(
    ("line", "thread", "chrome"),
    [
        ("1.4k   Comments 212   Share", True, True),
        ("412   Reply   Share", True, True),
        ("Sort by: Best", True, True),
        ("sorted by: best", True, True),
        ("all 88 comments", True, True),
        ("level 2", True, True),
        ("permalink embed save report reply", True, True),
        ("permalink embed save parent report reply", True, True),
        ("load more comments (3 replies)", True, True),
        ("Continue this thread →", True, True),
        ("3 more replies", True, True),
        ("reply", True, True),
        ("Replying to @dry_creek", True, True),
        ("Replying to @dry_creek and @GlacierLab", True, True),
        ("Show more", True, True),
        ("Translate post", True, True),
        ("12:04 PM · Sep 17, 2026 · 45.2K Views", True, True),
        ("1.2K", True, True),
        ("3h", True, True),
        ("·", True, True),
        ("Boost", True, True),
        ("Favourite", True, True),
        ("Ana Lindqvist reposted", True, True),
        ("[deleted]", True, True),
        # Mastodon, copied from the browser: counts, the post's detail, loading, the footer.
        ("214 boosts · 389 favourites", True, True),
        ("12 reblogs · 40 stars", True, True),
        ("May 19, 2026, 08:12 · 🌐 · Web", True, True),
        ("Load new posts", True, True),
        (
            "Mastodon · About · Status · Privacy policy · Get the app · Keyboard shortcuts",
            True,
            True,
        ),
        ("r/science", False, True),
        ("r/science • 6 hr. ago", False, True),
        # Near-misses: words of a comment or of notes.
        ("Share prices will fall 20% by 2027.", True, False),
        ("Sort by date and the trend is clear: rates fall by 2027.", True, False),
        ("More reply options are coming in 2027.", True, False),
        ("2027.", True, False),
        ("Sort by: Best", False, False),
        ("412   Reply   Share", False, False),
        ("3h", False, False),
        ("r/science is where I read it.", False, False),
        ("Replying to critics, she said rates will fall by 2027.", True, False),
        ("May 19, 2026 the grid will fail.", True, False),
        ("Status: the plant opens in May.", True, False),
        ("Load new posts? We will add that by June.", True, False),
    ],
)
def test_page_chrome(line, thread, chrome):
    assert page_chrome(line, thread=thread) is chrome


# ---- What a thread's writers say that is no claim.


@pytest.mark.parametrize(
    ("sentence", "chatter"),
    [
        ("Ask away!", True),
        ("Ask me anything about sea level rise!", True),
        ("AMA!", True),
        ("Change my mind", True),
        ("Prove me wrong.", True),
        ("Ha, I'm not a financial adviser!", True),
        ("Not financial advice.", True),
        ("IANAL", True),
        ("Would luv to play with it", True),
        ("I'd love to see the raw data", True),
        ("That's all the time I have.", True),
        ("Edit: That's all the time I have for today.", True),
        ("Signing off now!", True),
        ("Thanks for all the great questions!", True),
        ("Happy to answer questions about fusion", True),
        # Near-misses: claims that open alike.
        ("Not financial advice, but NVDA hits $300 by 2027.", False),
        ("I'm not a fan of the IPCC's range.", False),
        ("I'm not sure Thwaites will collapse before 2100.", False),
        ("That's all the ice Greenland will lose this decade.", False),
        ("Ask anyone in the field: sea level will rise a metre by 2100.", False),
        ("Change is coming: the margin will retreat by 2040.", False),
        ("AMA members expect drug prices to fall by 2027.", False),
        ("Thwaites is going to collapse within 20 years.", False),
    ],
)
def test_thread_chatter(sentence, chatter):
    assert thread_chatter(sentence) is chatter


@pytest.mark.parametrize(
    ("sentence", "introduction"),
    [
        ("Hi Reddit! I lead the ice dynamics group at UiT The Arctic University of Norway.", True),
        ("I've spent 14 summers on the Greenland ice sheet.", True),
        ("I'm a glaciologist at UiT.", True),
        ("We are a team of battery chemists at Nordvolt.", True),
        ("Proof: imgur.com", True),
        ("My research focuses on ice dynamics.", True),
        # Near-misses: the author's claims.
        ("I think Thwaites will hold until 2100.", False),
        ("I expect 10 cm of sea level rise from Thwaites by 2100.", False),
        ("We will release the dataset by the end of the year.", False),
        ("I'm worried the margin will retreat by 2040.", False),
    ],
)
def test_a_post_authors_self_introduction(sentence, introduction):
    assert self_introduction(sentence) is introduction


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("should I sell my house in Norfolk? (half joking)", "should I sell my house in Norfolk?"),
        ("Will rates fall? (serious question)", "Will rates fall?"),
        ("Is Thwaites done for? (asking for a friend)", "Is Thwaites done for?"),
        ("Rates will fall (by 2027).", "Rates will fall (by 2027)."),
        ("Sea level rises 1 m (IPCC).", "Sea level rises 1 m (IPCC)."),
    ],
)
def test_a_tone_tag_is_no_part_of_the_words(text, kept):
    assert without_tone_tag(text) == kept


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (
            "Science AMA Series: I'm Ana Lindqvist, a glaciologist who has spent 14 summers on "
            "the Greenland ice sheet. Ask me anything about sea level rise!",
            "Ana Lindqvist",
        ),
        (
            "[AMA] I'm Tomas Berg, a battery chemist at Nordvolt. AMA about solid-state cells!",
            "Tomas Berg",
        ),
        ("AMA: Hi Reddit, I am Tom Hale and I run a wind farm", "Tom Hale"),
        ("Ask HN: Will grid batteries undercut gas peakers by 2030?", ""),
        ("Science AMA Series: we are the ice dynamics group at UiT", ""),
    ],
)
def test_a_posts_title_introduces_its_author(title, name):
    assert introduced_name(title_introduction(title)) == name


# ---- Whole threads: who said what ("-": nobody's, no claim).

THREADS = Path(__file__).parent / "data" / "threads"
AMA = (THREADS / "reddit-ama.txt").read_text()


def _said(text: str) -> list[tuple[str, str]]:
    """(who, words) of every line that may be proposed."""
    from claims.importing.classify import is_candidate

    return [(who, words) for who, words in attributed.said(text) if is_candidate(words)]


def test_an_ama_copied_from_new_reddit():
    said = _said(AMA)
    assert [who for who, _ in said] == ["Ana Lindqvist"] + ["u/dry_creek_88"] + [
        "Ana Lindqvist"
    ] * 8
    assert [words.split()[:3] for _, words in said] == [
        ["This", "summer's", "melt"],
        ["Thwaites", "is", "going"],
        ["60", "cm", "is"],
        ["My", "own", "expectation"],
        ["The", "IPCC's", "likely"],
        ["Honestly", "I", "think"],
        ["We", "will", "release"],
        ["We'll", "also", "submit"],
        ["I", "said", "it"],
        ["I", "now", "think"],
    ]


@pytest.mark.django_db
def test_an_amas_plan_names_its_author_and_asks_about_handles():
    source = SourceChoice(
        title="Science AMA", published_on=datetime.date(2026, 9, 17), precision=DatePrecision.DAY
    )
    plan = attributed.plan(AMA, source)  # no default speaker: the title names the author
    by_line = {c.statement.line: c for c in plan.candidates}
    assert sorted(by_line) == [5, 11, 13, 14, 19, 20, 24, 25, 29, 30]
    assert by_line[11].speaker.name == "u/dry_creek_88"
    assert "forum user's handle" in by_line[11].statement.note
    for line in (5, 13, 14, 19, 20, 24, 25, 29, 30):
        assert by_line[line].speaker.name == "Ana Lindqvist"
        assert (
            "“u/GlacierLab_AMA” is taken as Ana Lindqvist: the post's title (line 3) introduces"
            in by_line[line].statement.note
        )
    assert {c.deadline for c in plan.candidates if c.statement.line in (14, 24, 25)} == {
        datetime.date(2100, 12, 31),
        datetime.date(2026, 12, 31),
        datetime.date(2027, 3, 31),
    }
    assert any("line(s) of a thread that claim nothing" in note for note in plan.notes)


OLD_REDDIT = (THREADS / "old-reddit-ama.txt").read_text()

HACKER_NEWS = """Ask HN: Will grid batteries undercut gas peakers by 2030?
123 points by peakfan 6 hours ago | hide | past | favorite | 45 comments
I think batteries will undercut gas peakers in most US markets by 2030.
dry_creek 5 hours ago | next [–]
Batteries will be cheaper than peakers in Texas by 2027.
reply
volt_ama 4 hours ago | parent | next [–]
Storage prices won't halve again before 2032.
reply
peakfan 3 hours ago | parent | next [–]
Fair, but storage prices will halve again by 2028.
reply
"""

X_THREAD = """Ana Lindqvist
@GlacierLab
·
3h
Greenland lost about 410 gigatonnes of ice this summer.
12
45
230
1.2K
Dry Creek 🌵 @dry_creek · 2h
Replying to @GlacierLab
Greenland will pass a tipping point by 2030. Change my mind
3
Ana Lindqvist @GlacierLab · 1h
Replying to @dry_creek
I don't think a tipping point comes before 2040.
"""

MASTODON = """Ana Lindqvist
@ana@glaciers.social
Sep 17
Melt season 2026 was the third largest on record.
Boost
Favourite
glacier watch 🧊 @icewatch@climate.social · 2h
Arctic sea ice will be gone in September by 2040.
"""

HANDLE_GIVEN = """# Thread recap: grid batteries, 20 October 2025

Guests: Priya Raman (@priyaraman) and Lukas Brandt (@lbrandt)

@priyaraman · 3h
Battery storage will pass 100 GW in the US by 2027.
@lbrandt · 2h
Replying to @priyaraman
Not before 2029 in my view.
"""

RECAP = """Ana Lindqvist @GlacierLab · 3h
Thwaites will contribute less than 10 cm by 2100.
Dry Creek @dry_creek · 2h
Replying to @GlacierLab
Thwaites collapses within 20 years.

Reply from @GlacierLab:
> Not this century.
"""


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        # Old Reddit: the title above the header introduces the submitter ("[S]").
        (OLD_REDDIT, "Our pilot line ships its first cells", "Tomas Berg"),
        (OLD_REDDIT, "I expect the first mass-market cars", "Tomas Berg"),
        (OLD_REDDIT, "Solid-state will stay a niche", "u/cell_skeptic"),
        (OLD_REDDIT, "Sodium cells will win", "-"),  # AutoModerator's notice
        (OLD_REDDIT, "Proof", "-"),
        (OLD_REDDIT, "I'm Tomas Berg", "-"),
        (OLD_REDDIT, "permalink", "-"),
        # Hacker News: the submitter by the header's handle, asked about.
        (HACKER_NEWS, "undercut gas peakers in most US markets", "peakfan"),
        (HACKER_NEWS, "cheaper than peakers in Texas", "dry_creek"),
        (HACKER_NEWS, "won't halve again before 2032", "volt_ama"),
        (HACKER_NEWS, "will halve again by 2028", "peakfan"),
        (HACKER_NEWS, "Ask HN", "-"),
        # X: the display name above the handle; a reply is its byline's, not whom it answers.
        (X_THREAD, "410 gigatonnes", "Ana Lindqvist"),
        (X_THREAD, "tipping point by 2030", "Dry Creek"),
        (X_THREAD, "comes before 2040", "Ana Lindqvist"),
        (X_THREAD, "Replying to", "-"),
        (X_THREAD, "1.2K", "-"),
        # Mastodon: a display name that is no person's leaves the handle, asked about.
        (MASTODON, "third largest on record", "Ana Lindqvist"),
        (MASTODON, "sea ice will be gone", "@icewatch@climate.social"),
        (MASTODON, "Boost", "-"),
        # A handle the notes gave with a name earlier is that person's.
        (HANDLE_GIVEN, "pass 100 GW", "Priya Raman"),
        (HANDLE_GIVEN, "Not before 2029", "Lukas Brandt"),
        # A byline's handle is its author's in a recap's lead-in too (``replies``).
        (RECAP, "less than 10 cm by 2100", "Ana Lindqvist"),
        (RECAP, "collapses within 20 years", "Dry Creek"),
        (RECAP, "Not this century", "Ana Lindqvist"),
    ],
)
def test_who_said_what_in_a_copied_thread(text, words, who):
    assert attributed.who(text, words) == who


def test_a_post_header_without_a_name_leaves_the_authors_handle_to_map():
    text = (
        "Posted by u/peak_oil_pam · 6h\nOil demand peaks in 2028\nOil demand will peak in 2028.\n"
    )
    statement = next(
        s for s in attributed.parsed(text).statements if s.text.startswith("Oil demand will")
    )
    assert statement.speaker == "u/peak_oil_pam"
    assert statement.note.endswith("it is the post's author")


# ---- Near-misses: notes and transcripts that are no thread read as before.

NOTES = """# Lab notes — Ana Ruiz, 3 March 2026

Ana Ruiz: The u/v ratio will fall below 0.4 by 2027.
u/ is a unit prefix in the old sheets, so the yields will double by 2028.
Ben Ortiz: Share prices will fall 20% by 2027.
Sort by date and the trend is clear: rates fall by 2027.
Follow us
@labnotes
Ana Ruiz: Sea level will rise 30 cm by 2060.
"""


@pytest.mark.parametrize(
    ("words", "who"),
    [
        ("u/v ratio will fall", "Ana Ruiz"),
        # "u/ is a unit": a note of the section, whose speaker the curator names.
        ("the yields will double by 2028", ""),
        ("Share prices will fall", "Ben Ortiz"),
        ("rates fall by 2027", ""),
        # "Follow us" above "@labnotes" is no byline: the notes go on as they were (the
        # handle alone is a page's link, no one's claim: ``page_chrome``).
        ("Follow us", ""),
        ("@labnotes", "-"),
        ("Sea level will rise 30 cm", "Ana Ruiz"),
    ],
)
def test_notes_that_only_look_like_a_thread(words, who):
    assert attributed.who(NOTES, words) == who
