"""Table tests: a TikTok video page, a Kindle clippings file, a lecture capture's captions
page and a curator's tracking sheet pasted as tab-separated text; a lecture's and a question
time's running, and "not financial advice", claim nothing.

Each layout names who speaks in its own way: the page's creator beside the day posted, a
book's author in the clipping's title line, a titled speaker above the captions, a row's
"Who" cell. Near misses (notes that mention TikTok or a Kindle, a sheet with no speaker
column) read as before."""

import datetime

import pytest

from claims.choices import ClaimKind, DatePrecision
from claims.horizons import parse_horizon
from claims.importing import csv_answers, kindle_clippings, tiktok, youtube_live
from claims.importing.boilerplate import boilerplate
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.talk_about_talk import talk_about_talk


def _plan(text: str, name: str = "page.txt", day: datetime.date = datetime.date(2026, 10, 12)):
    source = SourceChoice(title="page", published_on=day, precision=DatePrecision.DAY)
    return import_plan(data=text.encode(), file_name=name, options=ImportOptions(source=source))


def _line_of(text: str, words: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if words in line)


TIKTOK = """TikTok
Search
For You
Following
LIVE
Upload
Log in
kofi.watts
Kofi Asante-Reyes · 10-12
Follow
negative prices every sunny weekend by next summer, screenshot this ☀️ #energy #solar
♬ original sound - kofi.watts
48.2K
1873
https://www.tiktok.com/@kofi.watts/video/7560194418832271638
Copy link
Transcript
0:00 okay so three things are about to happen to your electricity bill
0:52 by the end of next year you'll get a home battery for less than a used hatchback
Comments (1,873)
Creator videos
Log in to comment
Tomás R
you'll get 20 days max next year, the interconnectors just export it all
10-13
Reply
1088
View 8 replies
Kofi Asante-Reyes
Creator
give it 18 months and it'll be most weekends, you'll see
10-13
Reply
642
You may like
Batteries will be free by 2030 lol
heatpumphenry
312.4K
"""


def test_a_tiktok_pages_caption_and_transcript_are_its_creators():
    shaped = tiktok.reshape(TIKTOK.splitlines())
    assert shaped is not None

    def at(words: str) -> str:
        return shaped.lines[_line_of(TIKTOK, words) - 1]

    assert at("negative prices every").startswith("Kofi Asante-Reyes: negative prices")
    assert at("0:52 by the end").startswith("Kofi Asante-Reyes: by the end of next year")
    assert at("you'll get 20 days").startswith("Tomás R: you'll get 20 days")
    assert at("give it 18 months").startswith("Kofi Asante-Reyes: give it 18 months")
    assert "creator" in shaped.notes[_line_of(TIKTOK, "give it 18 months")]
    assert "display name" in shaped.notes[_line_of(TIKTOK, "you'll get 20 days")]
    for words in ("♬", "48.2K", "https://", "Comments (", "Creator videos", "10-13", "1088"):
        assert at(words) == "", words
    assert at("Batteries will be free") == ""  # another video's title
    # A comment's day, without its year, dates its words.
    assert shaped.month_days[_line_of(TIKTOK, "give it 18 months")] == (10, 13, None)


@pytest.mark.django_db
def test_a_tiktok_page_imported():
    plan = _plan(TIKTOK)
    reply = next(c for c in plan.candidates if "give it 18 months" in c.quote)
    assert reply.speaker.name == "Kofi Asante-Reyes"
    assert reply.kind == ClaimKind.PREDICTION
    assert reply.deadline == datetime.date(2028, 4, 13)  # 18 months from the reply's day
    commenter = next(c for c in plan.candidates if "20 days max" in c.quote)
    assert commenter.speaker.name == "Tomás R"
    assert any("display name on TikTok" in remark for remark in commenter.remarks)


@pytest.mark.parametrize(
    "text",
    [
        "Notes\nI saw it on TikTok\nKofi · 10-12\nprices will fall\n",
        # The header without the page's sound line.
        "TikTok\nkofi.watts\nKofi Asante-Reyes · 10-12\nprices will fall by 2027\n",
    ],
)
def test_documents_that_are_no_tiktok_page(text):
    assert tiktok.reshape(text.splitlines()) is None


CLIPPINGS = """\ufeffThe Quiet Grid (Marisol Achterberg)
- Your Highlight on page 27 | Location 398-402 | Added on Monday, 23 February 2026 07:12:45

Within three years, a battery park will be the cheaper way to cover the evening peak.
==========
The Quiet Grid (Marisol Achterberg)
- Your Note on page 27 | Location 402 | Added on Monday, 23 February 2026 07:13:02

bet it's on the grid by 2029
==========
The Quiet Grid (Marisol Achterberg)
- Your Bookmark on page 34 | Location 511 | Added on Tuesday, 24 February 2026 23:30:02


==========
Rails Without Smoke (Wrenfield-Okafor, Tobias)
- Your Highlight on Location 88-90 | Added on Friday, 6 March 2026 19:02:11

By 2032 battery-electric locomotives will haul most new intermodal services.
==========
"""


def test_a_clippings_highlights_are_their_books_authors():
    shaped = kindle_clippings.reshape(CLIPPINGS.splitlines())
    assert shaped is not None
    lines = shaped.lines
    assert lines[_line_of(CLIPPINGS, "Within three years") - 1].startswith(
        "Marisol Achterberg: Within three years"
    )
    # "Surname, Given" in the title line is turned about.
    assert lines[_line_of(CLIPPINGS, "By 2032") - 1].startswith("Tobias Wrenfield-Okafor: By 2032")
    # The reader's own note, the bookmark, titles, metadata and separators are nobody's.
    assert lines[_line_of(CLIPPINGS, "bet it's on the grid") - 1] == ""
    assert all(
        lines[i] == "" for i, text in enumerate(CLIPPINGS.splitlines()) if text.startswith("-")
    )
    assert "book's author" in shaped.notes[_line_of(CLIPPINGS, "By 2032")]


@pytest.mark.django_db
def test_a_clippings_file_imported():
    plan = _plan(CLIPPINGS, "My Clippings.txt", datetime.date(2026, 1, 20))
    by_quote = {c.quote: c for c in plan.candidates}
    assert not any("bet it's on the grid" in q for q in by_quote)
    locomotives = next(c for q, c in by_quote.items() if "locomotives" in q)
    assert locomotives.speaker.name == "Tobias Wrenfield-Okafor"
    assert locomotives.kind == ClaimKind.PREDICTION


@pytest.mark.parametrize(
    "text",
    [
        "Reading notes (Kindle)\nThe Quiet Grid (Marisol Achterberg)\nGood book.\n",
        "The Quiet Grid (Marisol Achterberg)\n- a list item\nprices fall\n",
    ],
)
def test_documents_that_are_no_clippings_file(text):
    assert kindle_clippings.reshape(text.splitlines()) is None


LECTURE = """Panopto
Home
Ideas at One: Decarbonising the Commute
Prof. Amara Thistlewood
University of Kelbourne › Public Lectures
Wed, Feb 18, 2026 1:00 PM
1,284 views
Captions
Search in video
English (Automatic captions)
0:00 [MUSIC]
0:47 transport is now the largest source of emissions in the region
1:23 honestly I think most bus fleets are electric before 2030
8:40 [Audience member] hi thanks what happens to the old diesel ones
8:57 so the question is what happens to the diesel fleet when it's retired
9:04 mostly they get sold on
"""


def test_a_lecture_captures_captions_are_its_titled_speakers():
    shaped = youtube_live.reshape(LECTURE.splitlines())
    assert shaped is not None

    def at(words: str) -> str:
        return shaped.lines[_line_of(LECTURE, words) - 1]

    assert at("1:23 honestly").startswith("Prof. Amara Thistlewood: honestly I think")
    assert "names above the transcript" in shaped.notes[_line_of(LECTURE, "1:23 honestly")]
    # A voice the captions mark as from the floor is the floor's, asked; the lecturer's
    # next line is hers again.
    assert at("[Audience member]").startswith("Audience member: hi thanks")
    assert at("9:04 mostly").startswith("Prof. Amara Thistlewood: mostly")
    assert shaped.days[_line_of(LECTURE, "1:23 honestly")] == datetime.date(2026, 2, 18)


@pytest.mark.django_db
def test_a_lecture_capture_imported():
    plan = _plan(LECTURE, day=datetime.date(2026, 2, 18))
    buses = next(c for c in plan.candidates if "bus fleets" in c.quote)
    assert buses.speaker.name in ("Amara Thistlewood", "Prof. Amara Thistlewood")
    assert buses.kind == ClaimKind.PREDICTION
    assert not any("the question is" in c.quote for c in plan.candidates)


TRACKER = (
    "PREDICTION TRACKER\t\t\t\t\n"
    "Date said\tWho\tWhere\tQuote\tStatus\tCurator notes\n"
    "2025-01-28\tIngrid Solvang\tEarnings call\tOffshore prices will be under 60 euros by 2027."
    "\topen\tprobably slips to 2028\n"
    '14 Mar 2025\tPriya Raghunathan\tRadio\t"Q: So are rates ""going nowhere""?\n'
    "A: I'd say we get two cuts before the end of the year.\"\tresolved\t\n"
    "2025-06-30\tCeleste Marchetti\tLunch\tWithin 18 months, one of the big five builders won't "
    "exist in its current form.\topen\tMy bet: 2029.\n"
    "\t\t\t\t\t\n"
)


def test_a_tracking_sheets_rows_are_their_speakers_and_dated_by_their_row():
    shaped = csv_answers.reshape(TRACKER.splitlines())
    assert shaped is not None
    lines = shaped.lines
    assert lines[2] == "Ingrid Solvang: Offshore prices will be under 60 euros by 2027."
    assert lines[3] == ""  # the interviewer's question inside the cell
    assert lines[4] == "Priya Raghunathan: I'd say we get two cuts before the end of the year."
    assert shaped.days[5] == datetime.date(2025, 3, 14)
    assert shaped.days[6] == datetime.date(2025, 6, 30)


@pytest.mark.django_db
def test_a_tracking_sheet_imported():
    plan = _plan(TRACKER, "tracker.tsv", datetime.date(2026, 5, 14))
    builders = next(c for c in plan.candidates if "big five builders" in c.quote)
    assert builders.speaker.name == "Celeste Marchetti"
    assert builders.deadline == datetime.date(2026, 12, 30)  # 18 months from the row's day
    quotes = " | ".join(c.quote for c in plan.candidates)
    assert "slips to 2028" not in quotes  # the curator's notes
    assert "My bet" not in quotes


def test_a_sheet_without_a_speaker_column_is_no_tracker():
    text = "Date\tWhere\tQuote\n2025-01-28\tCall\tPrices fall by 2027.\n"
    assert csv_answers.reshape(text.splitlines()) is None


@pytest.mark.parametrize(
    ("text", "running"),
    [
        ("a quick word on micro mobility", True),
        ("let me wrap up because I promised to leave time for questions", True),
        ("three takeaways on this last slide", True),
        ("next slide please oh I've got the clicker never mind", True),
        ("so the question is what happens to the diesel fleet when it's retired", True),
        ("yes in the middle", True),
        ("okay we've got a few minutes yes at the front", True),
        ("one more question", True),
        ("sorry could you say that again the mic didn't pick it up", True),
        ("follow for part two where I show you my actual bill", True),
        # Claims said with the room's words.
        ("The question is whether prices will fall, and they will by 2027.", False),
        ("A quick word on rates: they will fall by 2027.", False),
        ("Next slide shows prices will fall by 2027.", False),
        ("One more thing will change by 2027.", False),
        ("The back of the hall will be rebuilt in May.", False),
    ],
)
def test_a_lecture_and_question_times_running(text, running):
    assert talk_about_talk(text) is running


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("not financial advice obviously, I'm just a guy with a battery in his garage", True),
        ("This is not investment advice.", True),
        ("Not financial advice but the stock will double by 2027.", False),
        ("My advice: sell before the rate cut.", False),
    ],
)
def test_not_financial_advice(text, read):
    assert boilerplate(text) is read


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("give it 18 months and it'll be most weekends, you'll see", datetime.date(2028, 4, 13)),
        ("Give it two years max and nobody's on a flat rate.", datetime.date(2028, 10, 13)),
        ("Give it another 6 months and it closes.", datetime.date(2027, 4, 13)),
        # No span given: no horizon.
        ("I give it my all.", None),
        ("Give it a rest.", None),
    ],
)
def test_a_span_given_to_happen_in(text, deadline):
    assert parse_horizon(text, said_on=datetime.date(2026, 10, 13)).deadline == deadline


PODCAST = """Spotify
Home
Podcast Episode
Ep. 84 – Data centers vs. the grid
Grid Talk with Mara Ellison
Jul 15, 2026
52 min 18 sec
Follow
Transcript
Auto-generated
00:19
Thanks for having me, Mara. Long-time listener.
00:38
Our peak load forecast went from 9.2 to 13.6 gigawatts.
01:52
I think at least one Midwest state pauses new data center hookups before the end of 2026.
"""


def test_a_podcast_pages_transcript_naming_no_voice_asks_each_paragraph():
    shaped = youtube_live.reshape(PODCAST.splitlines())
    assert shaped is not None

    def at(words: str) -> str:
        return shaped.lines[_line_of(PODCAST, words) - 1]

    # No voice is named or marked, and the page names nobody who presents alone: each
    # paragraph is asked on its own, never one default speaker for both voices.
    speakers = {at(w).split(":")[0] for w in ("Thanks for having", "Our peak", "I think at")}
    assert len(speakers) == 3
    assert "names no voice" in shaped.notes[_line_of(PODCAST, "I think at least")]
    assert shaped.days[_line_of(PODCAST, "Our peak")] == datetime.date(2026, 7, 15)


@pytest.mark.django_db
def test_a_podcast_page_naming_no_voice_is_imported_not_refused():
    plan = _plan(PODCAST, day=datetime.date(2026, 7, 15))
    hookups = next(c for c in plan.candidates if "hookups" in c.quote)
    assert hookups.kind == ClaimKind.PREDICTION
    assert hookups.speaker.speaker is None  # nobody is taken for it
    assert any("names no voice" in remark for remark in hookups.remarks)


@pytest.mark.parametrize(
    ("text", "running"),
    [
        (
            "okay so three things are about to happen to your bill and nobody is talking about it",
            True,
        ),
        ("number one, wholesale prices going negative", True),
        ("number two, Vantor Energy", True),
        ("number three, and this is the big one, home batteries", True),
        # A point of the list said with its claim keeps it.
        ("Number one, rates will fall by 2027.", False),
        ("Number two, the plant closes in 2027 and the jobs go with it.", False),
    ],
)
def test_a_videos_list_announced_and_counted(text, running):
    assert talk_about_talk(text) is running
