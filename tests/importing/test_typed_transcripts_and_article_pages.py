"""Table tests: a typed-up interview transcript whose turns run over several lines, with an
off-record span marked on lines of its own; a Medium article with its responses, a post
embedded in it and its images' captions.

A plain line right under a turn's line goes on with the turn only in a document most of
whose lines are cued turns; a curator's notes keep giving plain lines to the section's
speaker. An off-record span is never proposed, its marks included, and without a closing
mark it lasts to the end."""

import datetime

import pytest

from claims.choices import ClaimKind, DatePrecision
from claims.importing import article_comments
from claims.importing.asides import OFF_RECORD, Asides
from claims.importing.named_bylines import bylined
from claims.importing.running_turns import running_turns
from claims.importing.services import ImportOptions, SourceChoice, import_plan

INTERVIEW = """Interview transcript
Interviewee: Dr. Priya Nandakumar, Chief Economist, Halvorsen & Reeve Capital
Interviewer: Jonah Marsh, Northgate Business Review

INTERVIEWER: Let's start broad. Where are we in the cycle?
INTERVIEWEE: We're past the worst of the slowdown.
Real wages have been positive for eleven months now.
INTERVIEWER: And inflation?
INTERVIEWEE: My central case is that CPI gets back to target,
properly back, by the end of Q3 next year.
INTERVIEWER: The market's pricing three cuts this year.
INTERVIEWEE: I think they get two.

JM: Can we talk about the governor?
PN: Can we go off the record for a second?
[off the record until 00:31:40]
PN: Between us, I think he's gone before the summer.
I'd put it at seventy-thirty that he announces something by June.
[back on record]
PN: On the record, the institution is robust.
JM: Energy. Does the grid levy survive?
PN: It comes off household bills entirely within eighteen months.
"""

SPEAKERS = {
    "INTERVIEWEE": "Priya Nandakumar",
    "INTERVIEWER": "Jonah Marsh",
    "PN": "Priya Nandakumar",
    "JM": "Jonah Marsh",
}


def _plan(text: str, speakers: dict[str, str] | None = None, name: str = "doc.txt"):
    source = SourceChoice(
        title="doc", published_on=datetime.date(2026, 3, 3), precision=DatePrecision.DAY
    )
    options = ImportOptions(source=source, speakers=speakers or {})
    return import_plan(data=text.encode(), file_name=name, options=options)


@pytest.mark.django_db
def test_a_typed_transcripts_turn_runs_over_its_lines():
    plan = _plan(INTERVIEW, SPEAKERS)
    by_quote = {c.quote: c for c in plan.candidates}
    wages = next(c for q, c in by_quote.items() if q.startswith("Real wages"))
    assert wages.speaker.name == "Priya Nandakumar"
    target = next(c for q, c in by_quote.items() if "back to target" in q)
    assert target.speaker.name == "Priya Nandakumar"
    assert "end of Q3 next year" in target.quote  # the sentence goes on over the next line
    assert target.kind == ClaimKind.PREDICTION
    assert target.deadline == datetime.date(2027, 9, 30)


@pytest.mark.django_db
def test_an_off_record_span_is_never_proposed():
    plan = _plan(INTERVIEW, SPEAKERS)
    quotes = " | ".join(c.quote for c in plan.candidates)
    assert "gone before the summer" not in quotes
    assert "seventy-thirty" not in quotes
    assert "the institution is robust" in quotes  # back on the record
    levy = next(c for c in plan.candidates if "grid levy" in c.quote or "bills" in c.quote)
    assert levy.speaker.name == "Priya Nandakumar"


@pytest.mark.parametrize(
    ("lines", "withheld"),
    [
        # Every line from the mark to the closing mark, both marks too.
        (
            ["[off the record until 00:31:40]", "PN: he goes.", "[back on record]", "PN: ok."],
            [True, True, True, False],
        ),
        (
            ["[OFF THE RECORD]", "It closes in May.", "[ON THE RECORD]", "It opens in June."],
            [True, True, True, False],
        ),
        (
            ["(off the record)", "It closes.", "(on the record again)", "Fine."],
            [True, True, True, False],
        ),
        # No closing mark: to the end.
        (["[off the record]", "It closes in May.", "It opens in June."], [True, True, True]),
        # A mark with words after it on its line is that line's only.
        (["[off the record: it closes in May]", "It opens in June."], [True, False]),
        # "On the record" said in a sentence ends nothing and starts nothing.
        (["On the record, the plan is sound.", "It opens in June."], [False, False]),
    ],
)
def test_an_off_record_span(lines, withheld):
    asides = Asides()
    read = [asides.screen(line) for line in lines]
    assert [r.text == "" and r.withheld == OFF_RECORD for r in read] == withheld


@pytest.mark.parametrize(
    ("text", "running"),
    [
        (INTERVIEW, True),
        # A curator's notes quoting people now and then: plain lines stay the section's.
        (
            "Ada Quist at the summit\nSolar is cheap now.\nAda: prices halve by 2030\n"
            "Said it twice.\nBatteries next.\nGrid is the bottleneck.\nBen: agreed\n"
            "Audience liked it.\nNo slides.\nShort talk.\n",
            False,
        ),
        # One voice only: a statement, not turns.
        ("\n".join(f"ADA: point {n}." for n in range(10)), False),
        # Too short to tell.
        ("A: one\nB: two\nA: three\nB: four\n", False),
    ],
)
def test_a_transcript_whose_turns_run_over_lines(text, running):
    assert running_turns(text.splitlines()) is running


MEDIUM = """Open in app
Sign up
Member-only story
The Boiler Is Dead. Nobody Has Told the Plumbers.
Halima Ostrander
Follow
Published in Grid Notes
12 min read · Sep 14, 2026
--
Listen
Share
Dai Pryce-Evans commissioning an air-source unit in Tref Isaf. Photo by the author.
Heat pumps will outsell new gas boilers in this country by the end of 2028.
And it isn't only me saying it:
Dev Kapoor-Lind
@devkl_heat
Calling it now: a retailer will sell a sub-£5k heat pump before the end of next year.
9:14 AM · Jun 3, 2026
1.2K
Reply
Kapoor-Lind has been right about this more often than the analysts have.
Published in Grid Notes
3.1K Followers
Plain-English writing on energy, heat and the grid.
Written by Halima Ostrander
6.2K Followers
Energy and housing writer.
Follow
Responses (23)
What are your thoughts?
Gus Pellegrino
Sep 15, 2026
Hydrogen-ready boilers will still be at least half of all new heating installs in 2030.
48
Reply
Halima Ostrander
Sep 15, 2026
Gus, I'll bet you a pint it's under a quarter.
31
Reply
"""


def test_a_medium_articles_author_is_named_above_its_read_time():
    lines = bylined(MEDIUM.splitlines())
    assert lines[4] == "By Halima Ostrander"


def test_a_medium_article_its_embedded_post_and_its_responses():
    shaped = article_comments.reshape(MEDIUM.splitlines())
    assert shaped is not None
    texts = MEDIUM.splitlines()

    def at(words: str) -> str:
        return shaped.lines[next(i for i, t in enumerate(texts) if words in t)]

    assert at("Heat pumps will outsell").startswith("Halima Ostrander: Heat pumps")
    # A post embedded in the article is its poster's; its handle, time and counts nobody's.
    assert at("Calling it now").startswith("Dev Kapoor-Lind: Calling it now")
    for words in ("@devkl_heat", "9:14 AM", "1.2K"):
        assert at(words) == "", words
    # The image's caption, the publication's box and the author's box are nobody's.
    for words in ("Photo by the author", "Plain-English writing", "Energy and housing writer"):
        assert at(words) == "", words
    # Each response is its writer's; the author answering is the author.
    assert at("Hydrogen-ready boilers").startswith("Gus Pellegrino: Hydrogen-ready")
    assert at("bet you a pint").startswith("Halima Ostrander: Gus, I'll bet you a pint")


@pytest.mark.django_db
def test_a_medium_article_imported():
    plan = _plan(MEDIUM, name="article.txt")

    def speaker(start: str) -> str:
        return next(c.speaker.name for c in plan.candidates if c.quote.startswith(start))

    assert speaker("Heat pumps will outsell") == "Halima Ostrander"
    assert speaker("Calling it now") == "Dev Kapoor-Lind"
    assert speaker("Hydrogen-ready boilers") == "Gus Pellegrino"


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Dai Pryce-Evans commissioning a unit in Tref Isaf. Photo by the author.", True),
        ("Annual installs vs. boiler sales, 2019–2026. Chart by the author.", True),
        ("The harbour at dawn. Image: Port Authority", True),
        ("I took the photo by the harbour, and prices will fall by 2027.", False),
        ("Heat pumps will outsell gas boilers by 2028.", False),
    ],
)
def test_an_images_caption(line, caption):
    assert bool(article_comments._CREDITED.search(line)) is caption


@pytest.mark.django_db
def test_clauses_of_one_timed_line_are_never_joined_back_without_their_words():
    text = (
        "Maya Chen (@mayachen) 00:00:41\nSo what's your call?\n\n"
        "Sam Adeyemi (@samadeyemi) 00:07:52\n"
        "I think council tax goes up by the maximum allowed next year, and they'll blame the "
        "tram for it.\n\n"
        "Maya Chen (@mayachen) 00:08:30\nNoted.\n\n"
        "Sam Adeyemi (@samadeyemi) 00:08:52\nThe budget has a gap of fourteen million.\n"
    )
    plan = _plan(text)
    quotes = [c.quote for c in plan.candidates if c.speaker.name == "Sam Adeyemi"]
    # Each quote is the speaker's words as written: no ", and" lost between clauses.
    source = text.replace("\n", " ")
    assert all(quote in source for quote in quotes)
    assert any(q.startswith("I think council tax goes up") for q in quotes)


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        # "Per Leo," is "according to Leo": Leo's, asked about; never a person "Per Leo".
        ("Per Leo, the plant closes in 2027.", "Leo"),
        ("According to Leo, the plant closes in 2027.", "Leo"),
        # Per as a first name, not set off by a comma.
        ("Per Olsen said rates will fall by 2027.", "Per Olsen"),
    ],
)
@pytest.mark.django_db
def test_per_someone_in_notes(line, speaker):
    plan = _plan(line + "\n")
    assert [c.speaker.name for c in plan.candidates] == [speaker]


def test_per_before_a_name_set_off_by_a_comma_names_no_one_called_per():
    from claims.importing.introductions import names_in

    assert names_in("Per Leo, the plant closes in 2027.") == ["Leo"]
    assert names_in("Per Olsen said rates will fall.") == ["Per Olsen"]
