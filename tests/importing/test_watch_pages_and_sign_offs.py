"""Table tests: a video's watch page (not streamed) copied with its transcript panel and its
comments; a transcript that marks no other voice is its one presenter's; the comments are
each commenter's handle; a video's sign-offs and sponsor reads, and a third party's role
named by its possessive ("their CEO says …"), claim nothing of the speaker's.

Near misses: a streamed page's ">>" turns stay one placeholder a turn; a page naming no
channel and crediting nobody asks; sentences that hold a sign-off's words and a claim keep
the claim."""

import datetime

import pytest

from claims.choices import ClaimKind, DatePrecision
from claims.importing import youtube_live
from claims.importing.boilerplate import boilerplate
from claims.importing.classify import is_candidate
from claims.importing.forums import age_line
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.show_notes import credited_hosts
from claims.importing.unclaimed_talk import call_courtesy

WATCH = """Skip navigation
Search
Create
Sign in
Heat pumps in cold flats: my honest numbers after one winter
Warmline
88.2K subscribers
Subscribe
2.1K
Share
64,310 views  Oct 4, 2026  #heatpumps
I fitted a heat pump in a 1960s flat and logged every kWh for a year.
Written and presented by Ines Halloran.
Chapters
0:00 Intro
1:12 The bills
Show transcript
Transcript
Search in video
Intro
0:00
hey everyone Ines here
0:04
today it's the heat pump video
The bills
1:12
my bills came down by about a third over the winter
1:18
and I think flat owners will be fitting these at scale
1:22
within 18 months
1:30
this video was sponsored by Coldline, use code WARM10 for 10% off your first service
1:36
that's it from me, let me know your own numbers in the comments
1:40
and I'll see you in the next one
312 Comments
Sort by
Add a comment...
Pinned by @warmline
@warmline
2 days ago
Correction: the flat is 58 square metres, not 68.
211
Reply
@frost_fen
1 day ago (edited)
Mine cut my bill by 40%. Installers here will be booked out until spring, mark my words.
74
Reply
4 replies
@gale.ward
18 hours ago
great video as always
Reply
"""


def _lines(text: str) -> list[str]:
    return text.splitlines()


def _line_of(text: str, words: str) -> int:
    return next(i for i, line in enumerate(_lines(text), start=1) if words in line)


def _plan(text: str, speakers: dict[str, str] | None = None):
    source = SourceChoice(
        title="video", published_on=datetime.date(2026, 10, 4), precision=DatePrecision.DAY
    )
    options = ImportOptions(source=source, speakers=speakers or {})
    return import_plan(data=text.encode(), file_name="video.txt", options=options)


def test_a_watch_pages_transcript_is_its_credited_presenters():
    shaped = youtube_live.reshape(_lines(WATCH))
    line = _line_of(WATCH, "my bills came down")
    assert (
        shaped.lines[line - 1]
        == "Ines Halloran: my bills came down by about a third over the winter"
    )
    assert "video's credit" in shaped.notes[line]
    # The page above the transcript, the chapters' headings and the times are nobody's.
    for words in ("Heat pumps in cold flats", "I fitted a heat pump", "The bills", "1:12"):
        assert shaped.lines[_line_of(WATCH, words) - 1] in ("", "October 4, 2026")
    assert shaped.days[line] == datetime.date(2026, 10, 4)


def test_a_watch_pages_comments_are_each_commenters_handle():
    shaped = youtube_live.reshape(_lines(WATCH))
    edited = _line_of(WATCH, "Mine cut my bill")
    assert shaped.lines[edited - 1].startswith("@frost_fen: Mine cut my bill")
    assert "account's handle" in shaped.notes[edited]
    assert shaped.lines[_line_of(WATCH, "Correction:") - 1].startswith("@warmline: Correction")
    for words in ("312 Comments", "Sort by", "Pinned by", "1 day ago (edited)", "4 replies"):
        assert shaped.lines[_line_of(WATCH, words) - 1] == ""


@pytest.mark.django_db
def test_a_watch_page_imported():
    plan = _plan(WATCH)
    by_quote = {c.quote: c for c in plan.candidates}
    forecast = next(c for q, c in by_quote.items() if "fitting these at scale" in q)
    assert forecast.speaker.name == "Ines Halloran"
    assert forecast.kind == ClaimKind.PREDICTION
    quotes = " | ".join(by_quote)
    # The sponsor read, the sign-off and the call to comment are no claims.
    for words in ("sponsored by", "see you in the next one", "that's it from me"):
        assert words not in quotes
    commenter = next(c for q, c in by_quote.items() if "booked out until spring" in q)
    assert commenter.speaker.name == "@frost_fen"
    assert commenter.speaker.unsure


@pytest.mark.django_db
def test_the_channels_mapping_names_its_own_comment():
    plan = _plan(WATCH, {"@warmline": "Ines Halloran"})
    correction = next(c for c in plan.candidates if "58 square metres" in c.quote)
    assert correction.speaker.name == "Ines Halloran"


def _without(text: str, *words: str) -> str:
    return "\n".join(line for line in _lines(text) if not any(w in line for w in words))


@pytest.mark.parametrize(
    ("text", "speaker", "asked"),
    [
        # No credit: the channel's own handle (only the channel pins a comment), asked.
        (_without(WATCH, "Written and presented"), "@warmline", "channel that posted"),
        # No credit and no pinned comment: the channel's name above its subscribers, asked.
        (_without(WATCH, "Written and presented", "Pinned by"), "Warmline", "channel that"),
        # The channel's name before its subscribers on one line.
        (
            _without(WATCH, "Written and presented", "Pinned by", "88.2K").replace(
                "Warmline\n", "Warmline · 88.2K subscribers\n"
            ),
            "Warmline",
            "channel that",
        ),
    ],
)
def test_an_uncredited_presenter_is_the_channel_asked(text, speaker, asked):
    shaped = youtube_live.reshape(_lines(text))
    line = _line_of(text, "my bills came down")
    assert shaped.lines[line - 1].startswith(f"{speaker}: my bills")
    assert asked in shaped.notes[line]


def test_a_transcript_that_marks_voices_keeps_its_placeholders():
    text = WATCH.replace("today it's the heat pump video", ">> today it's the heat pump video")
    shaped = youtube_live.reshape(_lines(text))
    line = _line_of(text, "my bills came down")
    assert shaped.lines[line - 1].startswith("Speaker 2: my bills")  # the turn ">>" opened


def test_a_watch_page_copied_without_its_transcript_reads_its_comments():
    text = "\n".join(
        line
        for i, line in enumerate(_lines(WATCH), start=1)
        if not (_line_of(WATCH, "Show transcript") <= i < _line_of(WATCH, "312 Comments"))
    )
    shaped = youtube_live.reshape(_lines(text))
    assert shaped.lines[_line_of(text, "Mine cut my bill") - 1].startswith("@frost_fen:")
    assert shaped.lines[_line_of(text, "great video") - 1] == "@gale.ward: great video as always"


@pytest.mark.parametrize(
    "text",
    [
        # Notes that tell of a video's views: no watch page.
        "We watched the clip.\n64,310 views by Friday, said the producer.\nTranscript\n0:01 hi\n",
        # A page with its views and day but neither transcript nor comments.
        "Warmline\n64,310 views  Oct 4, 2026\nI fitted a heat pump in a 1960s flat.\n",
        # A "Comments" heading nothing follows as comments do.
        "Warmline\n64,310 views  Oct 4, 2026\nComments\nThe council will vote in May.\n",
    ],
)
def test_documents_that_are_no_watch_page(text):
    assert youtube_live.reshape(_lines(text)) is None


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("286,411 views  Aug 21, 2026", datetime.date(2026, 8, 21)),
        ("1.2M views  Premiered Mar 3, 2026", datetime.date(2026, 3, 3)),
        ("64,310 views  4 Oct 2026  #heatpumps", datetime.date(2026, 10, 4)),
        ("88K views  3 weeks ago", None),
        ("1,204 views  Streamed live on May 20, 2026", datetime.date(2026, 5, 20)),
    ],
)
def test_a_watch_pages_day(line, found):
    assert youtube_live.streamed_on(["Skip navigation", line]) == (1, found)


@pytest.mark.parametrize(
    ("line", "hosts"),
    [
        ("Written and presented by Ines Halloran.", ["Ines Halloran"]),
        ("Hosted by Ana Ruiz & Ben Ode", ["Ana Ruiz", "Ben Ode"]),
        ("**Presented by Callum Reyes**", ["Callum Reyes"]),
        ("Presented by the harbour team", []),
        ("Ines presented by the harbour", []),
    ],
)
def test_a_credits_hosts(line, hosts):
    assert credited_hosts(line) == hosts


@pytest.mark.parametrize(
    ("line", "age"),
    [
        ("1 day ago (edited)", True),
        ("3h · Edited", True),
        ("2 days ago", True),
        ("edited", False),
        ("It was edited 2 days ago", False),
    ],
)
def test_an_age_marked_as_edited(line, age):
    assert age_line(line) is age


@pytest.mark.parametrize(
    ("text", "courtesy"),
    [
        ("and I'll see you in the next one", True),
        ("See you next time!", True),
        ("We'll catch you next week.", True),
        ("That's all for today.", True),
        ("okay that's it from me", True),
        ("that's it from me, let me know your own timeline in the comments", True),
        ("That's it for this episode, and see you next week.", True),
        # A claim said with a sign-off's words keeps its claim.
        ("That's it from me, and the plant opens in May.", False),
        ("See you in court by June.", False),
        ("That is all we know about the plant.", False),
        ("I'll see you at the opening of the new line in 2027.", False),
    ],
)
def test_a_shows_sign_off(text, courtesy):
    assert call_courtesy(text) is courtesy


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("this video was sponsored by Gridlink Home, use code VOLTWISE for 10% off", True),
        ("Today's episode is brought to you by Acme.", True),
        ("And this stream is supported by Fenwick Mills.", True),
        ("Use code HARBOUR for 15% off your first box.", True),
        # Not a sponsor read: a forecast of a discount, a code that ships.
        ("Prices will fall by 10% by 2027, and the code will ship in May.", False),
        ("Sponsors will pay by 2027.", False),
        ("The video was watched by a million people.", False),
    ],
)
def test_a_sponsor_read(text, read):
    assert boilerplate(text) is read


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("okay, my actual timeline, and you can hold me to this", False),
        ("That's my forecast.", False),
        ("My forecast is 2027.", True),
        ("My actual timeline has the line open in 2028.", True),
    ],
)
def test_talk_about_the_forecast_itself(text, candidate):
    assert is_candidate(text) is candidate


_THIRD_PARTY = """Callum Reyes: Their CEO says they will be in customer cars by 2027.
Callum Reyes: and its chief economist says rates will be cut by March.
Callum Reyes: His team thinks the plant opens next year.
Callum Reyes: I think they will be in customer cars by 2028.
Callum Reyes: Our CEO says we will open the plant by 2027.
"""


@pytest.mark.django_db
def test_a_third_partys_role_by_its_possessive_reports_their_forecast():
    plan = _plan(_THIRD_PARTY)
    kinds = {c.statement.line: c.kind for c in plan.candidates}
    assert kinds[1] != ClaimKind.PREDICTION
    assert kinds[2] != ClaimKind.PREDICTION
    assert kinds[3] != ClaimKind.PREDICTION
    assert kinds[4] == ClaimKind.PREDICTION  # the speaker's own
    reported = next(c for c in plan.candidates if c.statement.line == 1)
    assert any("Their CEO" in remark for remark in reported.remarks)
