"""Table tests: sentences a page breaks in two made whole, bylines in threads and forum topics
written in shapes the reader did not know, and magazine interviews' pull quotes and cued
interviewers.

- A talk's turn cut at its next time mark, and a forecast's frame ending in a colon, joined
  to the lower-case words below (``broken_sentences``); unpunctuated show notes, chats, another
  speaker's turn and a capital below never joined.
- A Bluesky display name that is no person's name ("poll wonk 📊") above the handle and the
  post's age opens that handle's post (``notes_forums``); a handle in notes is no byline.
- A Discourse post's trust level on its own line ("Regular") is never its author; a full
  name above the handle names the author; "ferranti_fan said:" quotes an earlier post
  (``thread_pages``).
- A line printed again in quotation marks is a pull quote, not a second statement
  (``pull_quotes``); "FATHOM: …?" turns above "Sundqvist: …" answers are the interviewer's
  (``written_qa.cued_askers``).
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.broken_sentences import continues, punctuated
from claims.importing.pull_quotes import pull_quotes
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.thread_pages import thread_page
from claims.importing.written_qa import cued_askers
from tests.importing import attributed


def _plan(text: str, name: str, said_on: datetime.date, **speakers: str):
    options = ImportOptions(
        source=SourceChoice(title="Page", published_on=said_on), speakers=speakers
    )
    return import_plan(data=text.encode(), file_name=name, options=options)


def _rows(text: str) -> list[str]:
    """A document's lines written on one line, "|" between them."""
    return text.split("|")


def _found(plan, words: str):
    found = [c for c in plan.candidates if words in c.quote]
    assert len(found) == 1, [c.quote for c in plan.candidates]
    return found[0]


# ---- A sentence the page breaks in two (``broken_sentences``).


@pytest.mark.parametrize(
    ("before", "after", "lower", "expected"),
    [
        # A talk's turn cut at its time mark, going on in lower case.
        (
            "I think the first reactor in this country",
            "is delivering power before 2031.",
            True,
            True,
        ),
        (
            "The first reactor will be licensed next year,",
            "and it delivers power by 2031.",
            True,
            True,
        ),
        # A forecast's frame ending in a colon, the forecast below in lower case.
        (
            "Prediction, since everyone else is doing it:",
            "at least one carmaker quits.",
            False,
            True,
        ),
        ("My final call:", "the port closes by 2030.", False, True),
        # Near misses.
        (
            "I think the first reactor in this country",
            "is delivering power before 2031.",
            False,
            False,
        ),
        ("I think the first reactor in this country.", "is delivering power by 2031.", True, False),
        ("I think the first reactor in this country", "Is it delivering power?", True, False),
        ("I think the first reactor in this country", "2031 at the latest.", True, False),
        ("Is the reactor late?", "not at all, it runs by 2031.", True, False),
        ("My final call:", "The port closes by 2030.", False, False),
        ("My final call:", "", False, False),
    ],
)
def test_continues(before, after, lower, expected):
    assert continues(before, after, lower_goes_on=lower) is expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            [
                "[27:05] Rasmus Holt: Sure. The designs have had a rough year.",
                "[27:21] Maren Solberg: Rough how? Cost overruns, or licensing?",
                "[27:28] Rasmus Holt: Mostly licensing, I'd say.",
                "[27:40] Rasmus Holt: and I think the first reactor in this country",
                "[27:49] Rasmus Holt: is delivering power before 2031.",
            ],
            True,
        ),
        (
            ["He said “it will be late.”", "So it goes…", "Will it, though?", "Maybe. Not sure"],
            True,
        ),
        # Three lines of five end as a sentence does: enough.
        (
            ["One two three four.", "One two three four.", "One two three four."] + ["a b c d"] * 2,
            True,
        ),
        # Notes and chats stop without a mark.
        (
            [
                "00:45 Intro and listener mail",
                "04:30 Why the grid queue is so long",
                "13:10 Spain will generate 80% of its electricity from renewables by 2030",
                "15:55 Forecast: electricity demand will double by 2050",
            ],
            False,
        ),
        (["One two three four.", "One two three four."] + ["a b c d"] * 3, False),
        (["Ends with a colon here:", "and a semicolon here;", "and words"], False),
        # Short lines are not counted: nothing to read.
        (["Yes.", "No.", "ok"], False),
        ([], False),
    ],
)
def test_punctuated(lines, expected):
    assert punctuated(lines) is expected


_TALK_HEAD = (
    "[26:58] Maren Solberg: Let's turn to nuclear, since that's what everyone wrote in about.\n"
    "[27:05] Rasmus Holt: Sure. The small reactor designs have had a rough couple of years.\n"
    "[27:21] Maren Solberg: Rough how? Cost overruns, or licensing?\n"
    "[27:28] Rasmus Holt: Mostly licensing. The regulator took years over the first review.\n"
)
_TALK_TAIL = (
    "[28:02] Maren Solberg: That's a lot sooner than the ministry says.\n"
    "[28:10] Rasmus Holt: The ministry is being cautious. We will publish our cost model soon.\n"
)
_CUT = "But I've changed my mind, and I think the first reactor in this country"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "turns",
    [
        f"[27:40] Rasmus Holt: {_CUT}\n[27:49] Rasmus Holt: is delivering power before 2031.\n",
        f"27:40 Rasmus Holt: {_CUT}\n27:49 Rasmus Holt: is delivering power before 2031.\n",
        # A cue with its time before the colon, then cut: both rules.
        f"Rasmus Holt (27:40): {_CUT}\nRasmus Holt (27:49): is delivering power before 2031.\n",
    ],
)
def test_a_talks_turn_cut_at_its_time_mark_is_one_prediction(turns):
    plan = _plan(_TALK_HEAD + turns + _TALK_TAIL, "talk.txt", datetime.date(2026, 3, 14))
    found = _found(plan, "first reactor in this country is delivering power before 2031.")
    assert found.speaker.name == "Rasmus Holt"
    assert found.kind == ClaimKind.PREDICTION
    assert found.deadline == datetime.date(2030, 12, 31)
    assert not any(c.quote.startswith("is delivering") for c in plan.candidates)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "turns",
    [
        # Another speaker's turn in lower case.
        f"[27:40] Rasmus Holt: {_CUT}\n[27:49] Maren Solberg: is delivering power by 2031, then?\n",
        # The next turn opens with a capital.
        f"[27:40] Rasmus Holt: {_CUT}\n[27:49] Rasmus Holt: Is delivering power by 2031 likely?\n",
        # The turn ends its sentence.
        f"[27:40] Rasmus Holt: {_CUT}.\n[27:49] Rasmus Holt: is delivering power by 2031 likely?\n",
    ],
)
def test_a_talks_turn_that_does_not_go_on_is_not_joined(turns):
    plan = _plan(_TALK_HEAD + turns + _TALK_TAIL, "talk.txt", datetime.date(2026, 3, 14))
    assert not any("country is delivering" in c.quote for c in plan.candidates)
    assert not any("country. is delivering" in c.quote for c in plan.candidates)


SHOW_NOTES = """Episode 212 show notes

00:45 Intro and listener mail
04:30 Why the grid queue is so long
13:10 Spain will generate 80% of its electricity from renewables by 2030
15:55 Forecast: electricity demand will double by 2050
22:40 what the heat pump numbers mean for gas networks
31:05 Listener question on home batteries
"""

CHAT = """[09:14] Ana Ruiz: morning all quick one about the depot
[09:15] Tom Becker: sure go ahead we have ten minutes
[09:15] Ana Ruiz: i think the leeds depot
[09:16] Ana Ruiz: opens in march next year
[09:16] Tom Becker: that seems optimistic given the permits
"""


@pytest.mark.django_db
def test_unpunctuated_show_notes_are_never_joined():
    plan = _plan(SHOW_NOTES, "notes.txt", datetime.date(2026, 3, 14), **{"": "Lucia Ferrer"})
    spain = _found(plan, "Spain will generate 80%")
    demand = _found(plan, "electricity demand will double by 2050")
    assert spain.quote == "Spain will generate 80% of its electricity from renewables by 2030"
    assert spain.deadline == datetime.date(2030, 12, 31)
    assert demand.deadline == datetime.date(2050, 12, 31)
    assert spain.kind == demand.kind == ClaimKind.PREDICTION


@pytest.mark.django_db
def test_a_chats_lines_are_never_joined():
    plan = _plan(CHAT, "chat.txt", datetime.date(2026, 3, 14))
    assert not any("leeds depot opens" in c.quote for c in plan.candidates)
    assert _found(plan, "opens in march next year").speaker.name == "Ana Ruiz"


THREAD = """Ines Carvalho @ines@tides.social
Prediction, since everyone else is doing it:
{forecast} one European carmaker will stop selling petrol cars in Europe before 2029.
"""


@pytest.mark.django_db
def test_a_threads_frame_and_the_lower_case_line_below_are_one_prediction():
    plan = _plan(THREAD.format(forecast="at least"), "thread.txt", datetime.date(2026, 3, 14))
    assert len(plan.candidates) == 1
    found = plan.candidates[0]
    assert found.quote == (
        "Prediction, since everyone else is doing it: at least one European carmaker will stop "
        "selling petrol cars in Europe before 2029."
    )
    assert (found.speaker.name, found.kind) == ("Ines Carvalho", ClaimKind.PREDICTION)
    assert found.deadline == datetime.date(2028, 12, 31)


@pytest.mark.django_db
def test_a_threads_frame_above_a_capital_is_not_joined():
    plan = _plan(THREAD.format(forecast="At least"), "thread.txt", datetime.date(2026, 3, 14))
    assert [c.quote for c in plan.candidates] == [
        "At least one European carmaker will stop selling petrol cars in Europe before 2029."
    ]


# ---- A Bluesky display name of any kind above the handle and the post's age.

SKY = """Home
Explore
Notifications
Post
Lena Park
@lenapark.bsky.social
Some notes on the tram vote 🧵
March 3, 2026 at 9:15 AM
Everybody can reply
12 reposts  2 quotes  64 likes
{display}
@{handle}
· {age}
The tram extension will open before the end of 2028.
💬 3  🔁 4  ♥ 20
Write your reply
"""


@pytest.mark.parametrize(
    ("display", "handle", "age", "who"),
    [
        ("poll wonk 📊", "pollwonk.bsky.social", "1h", "@pollwonk.bsky.social"),
        ("🚋 trams not scams", "tramsnotscams.bsky.social", "45m", "@tramsnotscams.bsky.social"),
        ("the bus nerd", "busnerd.bsky.social", "3h", "@busnerd.bsky.social"),
        ("dr. k (she/her)", "drk.bsky.social", "20h", "@drk.bsky.social"),
        ("Ferro 🚆", "ferro.bsky.social", "Mar 2", "@ferro.bsky.social"),
        # A person's name names the author.
        ("Tomás Ferreira", "tferreira.bsky.social", "1h", "Tomás Ferreira"),
    ],
)
def test_a_display_name_above_a_handle_and_an_age_opens_that_handles_post(
    display, handle, age, who
):
    text = SKY.format(display=display, handle=handle, age=age)
    assert attributed.who(text, "tram extension will open") == who


@pytest.mark.django_db
def test_a_reply_under_a_display_name_is_proposed_as_the_handles():
    text = SKY.format(display="poll wonk 📊", handle="pollwonk.bsky.social", age="1h")
    plan = attributed.plan(text, SourceChoice(title="Thread"))
    found = _found(plan, "tram extension will open")
    assert found.speaker.name == "@pollwonk.bsky.social"
    assert found.kind == ClaimKind.PREDICTION
    assert found.deadline == datetime.date(2028, 12, 31)


# Near misses: a handle in notes, in a sentence or under a line that is no display name.
FOLLOW_IN_LINE = """Transit notes, 3 March
Ana Ruiz: Fares will be capped at €2 next year.
Follow her at @anaruiz.bsky.social
The council will vote on the tram extension in May.
"""

FOLLOW_ABOVE = """Transit notes, 3 March
Ana Ruiz: Fares will be capped at €2 next year.

Follow her on Bluesky:
@anaruiz.bsky.social

The council will vote on the tram extension in May.
"""


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        (FOLLOW_IN_LINE, "Fares will be capped", "Ana Ruiz"),
        (FOLLOW_IN_LINE, "Follow her at", ""),
        (FOLLOW_IN_LINE, "council will vote", ""),
        (FOLLOW_ABOVE, "Fares will be capped", "Ana Ruiz"),
        (FOLLOW_ABOVE, "council will vote", ""),
    ],
)
def test_a_handle_in_notes_is_no_byline(text, words, who):
    assert attributed.who(text, words) == who


# ---- A Discourse topic: trust levels, a name above the handle, "… said:" quotations.

TOPIC = """Skip to main content
Northfield Rail Users
Sign Up   Log In
Will the Ferranti line reopen in 2027?
Local Lines   reopening  ferranti-line
ferranti_fan
Regular
Oct '26
The county says the Ferranti line reopens to passengers in September 2027.
I think that is optimistic: the signalling contract is not even let yet.
1 Reply
❤ 4
Helen Marsh
hmarsh
Leader
Oct '26
I sit on the county's rail working group. The track relaying is 60% done.
We will publish the revised timetable consultation before Christmas.
8
pbrandt
Basic
Oct '26
ferranti_fan said:
The county says the Ferranti line reopens to passengers in September 2027.
I bet the first trains run in spring 2028 at the earliest.
3
kees_mod
Moderator
Nov '26
Thread pinned. The county will hold a public meeting on 12 November.
created Oct '26   last reply Nov '26   3 replies   410 views   4 users   15 likes
Related topics
Topic   Replies   Views   Activity
Bus lane on the Northfield road   6   220   Sep 2026
Powered by Discourse, best viewed with JavaScript enabled
"""


def test_a_topics_posts_are_their_handles_never_their_trust_levels():
    page = thread_page(TOPIC.splitlines())
    assert page.site == "discourse"
    posts = [(p.line, p.handle, p.when, p.name) for p in page.posts.values()]
    assert posts == [
        (6, "ferranti_fan", "Oct '26", ""),
        (14, "hmarsh", "Oct '26", "Helen Marsh"),  # the name above the handle
        (20, "pbrandt", "Oct '26", ""),
        (27, "kees_mod", "Nov '26", ""),
    ]
    assert {7, 15, 21, 28, 23, 24} <= page.chrome  # trust levels; the quotation and its head
    assert not {9, 10, 17, 18, 25, 30} & page.chrome


@pytest.mark.parametrize(
    ("words", "who"),
    [
        ("reopens to passengers in September 2027", "ferranti_fan"),
        ("signalling contract is not even let", "ferranti_fan"),
        ("track relaying is 60% done", "Helen Marsh"),
        ("revised timetable consultation", "Helen Marsh"),
        ("spring 2028 at the earliest", "pbrandt"),
        ("public meeting on 12 November", "kees_mod"),
        ("Regular", "-"),
        ("Leader", "-"),
        ("Basic", "-"),
        ("Moderator", "-"),
        ("ferranti_fan said", "-"),
    ],
)
def test_who_said_what_in_a_topic_with_trust_levels(words, who):
    assert attributed.who(TOPIC, words) == who


def test_a_said_quotation_is_not_the_quoters():
    document = attributed.parsed(TOPIC)
    lines = [s.line for s in document.statements if not s.narration]
    assert 9 in lines
    assert 24 not in lines


@pytest.mark.django_db
def test_a_topic_with_trust_levels_imports_with_each_posts_author():
    plan = attributed.plan(
        TOPIC, SourceChoice(title="Topic", published_on=datetime.date(2026, 10, 20))
    )
    speakers = {c.speaker.name for c in plan.candidates}
    assert speakers == {"ferranti_fan", "Helen Marsh", "pbrandt", "kees_mod"}
    assert len([c for c in plan.candidates if "September 2027" in c.quote]) == 1


POSTS = """Northfield Rail Users
Will the Ferranti line reopen in 2027?
Local Lines   reopening
ferranti_fan
{level}
Oct '26
The county says the line reopens to passengers in September 2027.
{last}
hmarsh
{level}
Oct '26
{head}
{words}
I bet the first trains run in spring 2028 at the earliest.
3
created Oct '26   last reply Oct '26   2 replies   410 views   2 users   15 likes
"""


def _posts(level="Regular", last="1 Reply", head="Ok.", words="Yes."):
    return POSTS.format(level=level, last=last, head=head, words=words)


@pytest.mark.parametrize(
    "level", ["Regular", "Leader", "Basic", "Moderator", "New user", "Member", "Trust level 3"]
)
def test_a_trust_level_on_its_own_line_is_no_handle(level):
    text = _posts(level=level)
    page = thread_page(text.splitlines())
    assert [(p.line, p.handle) for p in page.posts.values()] == [(4, "ferranti_fan"), (9, "hmarsh")]
    assert {5, 10} <= page.chrome
    assert attributed.who(text, "spring 2028") == "hmarsh"


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        # A post's words that open with a trust level's word.
        (_posts(head="Regular trains are another matter."), "Regular trains", "hmarsh"),
        (_posts(head="Leader of the council says 2029."), "Leader of the council", "hmarsh"),
        # A name above the handle that is not its owner's: the previous post's signature.
        (_posts(last="Dana Mills"), "spring 2028", "hmarsh"),
        (_posts(last="Dana Mills"), "Dana Mills", "ferranti_fan"),
        # A quotation's head, in any of the forum's words.
        (
            _posts(head="ferranti_fan wrote:", words="The county says the line reopens"),
            "I bet",
            "hmarsh",
        ),
        # Near misses: words no earlier post holds, under a head that names no poster.
        (
            _posts(head="ferranti_fan said:", words="The depot will close in 2029."),
            "depot will close",
            "hmarsh",
        ),
        (
            _posts(head="My councillor said:", words="The line will reopen by the end of 2027."),
            "reopen by the end of 2027",
            "hmarsh",
        ),
    ],
)
def test_who_said_what_around_a_topics_headers(text, words, who):
    assert attributed.who(text, words) == who


@pytest.mark.parametrize(
    "head", ["ferranti_fan said:", "ferranti_fan:", "@ferranti_fan said:", "ferranti_fan wrote:"]
)
def test_a_quotation_of_an_earlier_post_is_no_claim_of_the_quoter(head):
    text = _posts(
        head=head, words="The county says the line reopens to passengers in September 2027."
    )
    assert {12, 13} <= thread_page(text.splitlines()).chrome
    document = attributed.parsed(text)
    assert 13 not in {s.line for s in document.statements if not s.narration}


# ---- Pull quotes. Each document's lines on one line, "|" between them.

_SAID = "Sundqvist: The demand is not the problem."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sundqvist: It's back, but slowly. The demand is not the problem.||“The demand is not "
         "the problem.”", {3}),
        ("She said the yard will build four ferries by 2029 and hire 300 people.|\"The yard "
         "will build four ferries by 2029\"", {2}),
        ("Oyelaran: Most of the queue will be connected by 2028.|> “Most of the queue will be "
         "connected by 2028.”", {2}),
        ("Braun: Die Brücke wird vor Weihnachten wieder geöffnet sein.|«Die Brücke wird vor "
         "Weihnachten wieder geöffnet»", {2}),
        # Compared without case or punctuation.
        ("Sundqvist: We will, without doubt, double output by 2028!|“we will without doubt "
         "double output by 2028”", {2}),
        (f"{_SAID}|‘The demand is not the problem.’", {2}),
        (f"{_SAID}|“The demand is not the problem.”|“The demand is not the problem.”", {2, 3}),
        # Near misses: said for the first time, with a tag, quoting and going on, too short,
        # printed before it is said, other words.
        ("“We will be profitable by 2028,” she told me.", set()),
        ("The yard's chief was blunt.|“We will be profitable by 2028.”", set()),
        (f"{_SAID}|“The demand is not the problem,” she says, “the price is.”", set()),
        (f"{_SAID}|“The demand is not the problem.” Or so she says.", set()),
        ("Sundqvist: Not yet. Maybe later.|“Not yet. Maybe later.”", set()),
        (f"“The demand is not the problem.”|{_SAID}", set()),
        (f"{_SAID}|“The demand is not really the problem.”", set()),
    ],
)  # fmt: skip
def test_pull_quotes(text, expected):
    assert pull_quotes(_rows(text)) == expected


# ---- An interviewer found by their turns asking.


def _qa(asker: str, answerer: str, questions: list[str], answers: list[str]) -> list[str]:
    lines = []
    for question, answer in zip(questions, answers, strict=True):
        lines += [f"{asker}: {question}", "", f"{answerer}: {answer}", ""]
    return lines


_ASKED = ["Is shipbuilding coming back?", "Then what is?", "Will the yard build warships again?"]
_ANSWERED = ["It's coming back, slowly.", "Steel and people.", "Not before 2030."]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (_qa("FATHOM", "Sundqvist", _ASKED, _ANSWERED), {"fathom"}),
        (
            _qa(
                "Reporter",
                "Minister Achebe",
                ["When will the bridge reopen?", "Is that a promise?", "And the tolls?"],
                ["Before Christmas.", "It is.", "They stay at two euros."],
            ),
            {"reporter"},
        ),
        # Two turns in three that ask are enough; the statement before a question too.
        (
            _qa(
                "FATHOM",
                "Sundqvist",
                ["The yard lost the order. Is it over?", "Then what is?", "Electric ferries."],
                _ANSWERED,
            ),
            {"fathom"},
        ),
        (
            _rows(
                "Fathom: Is it back?|Sundqvist: Slowly.|FATHOM: Then what?|Sundqvist: Steel.|"
                "Fathom: Warships?|Sundqvist: No."
            ),
            {"fathom"},
        ),
        # Near misses: a panel where everyone asks now and then; two questions only; one
        # question in three; answers that ask as often; one voice.
        (
            _rows(
                "Ana Ruiz: I think rates fall next year.|Tom Becker: Do you? I doubt it.|Priya "
                "Raman: What about wages?|Ana Ruiz: Wages rise 3%.|Tom Becker: Rates stay high.|"
                "Priya Raman: Agreed, they stay high.|Ana Ruiz: Why?|Tom Becker: Inflation is "
                "sticky.|Priya Raman: Sticky, yes."
            ),
            set(),
        ),
        (_qa("FATHOM", "Sundqvist", _ASKED[:2], _ANSWERED[:2]), set()),
        (
            _qa(
                "FATHOM",
                "Sundqvist",
                ["Is it coming back?", "Tell me about steel.", "Go on."],
                _ANSWERED,
            ),
            set(),
        ),
        (
            _qa("FATHOM", "Sundqvist", _ASKED, ["Is it? Maybe.", "What do you think?", "Not yet."]),
            set(),
        ),
        (["FATHOM: Is it back?", "FATHOM: Really?", "FATHOM: Are you sure?"], set()),
    ],
)
def test_cued_askers(lines, expected):
    assert cued_askers(lines) == expected


MAGAZINE = """{head}FATHOM MAGAZINE · ISSUE 31 · WINTER 2026

“The demand is not the problem”

Ebba Sundqvist has spent twenty years building ships at the Karlskrona yard. This autumn \
she became its chief executive, weeks after the yard lost its biggest order.

We met her in the drawing office, between two half-finished hull models.

FATHOM: The yard lost the Norrland ferry order in September. Is shipbuilding in Sweden \
coming back?

Sundqvist: It's coming back, but slowly. We have a full order book for coastal vessels. The \
demand is not the problem.

FATHOM: Then what is?

Sundqvist: Steel and people. We will hire 300 welders by the end of 2027, and we need the \
state to fund the training school.

“The demand is not the problem.”

FATHOM: Will the yard build warships again?

Sundqvist: Not before 2030. The navy's next frigates will be built in Gothenburg, I'm almost \
sure of it.

FATHOM: Last question. Electric ferries?

Sundqvist: Every ferry we deliver after 2028 will be fully electric.
"""


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("head", "speakers"),
    [
        pytest.param("", {"Sundqvist": "Ebba Sundqvist"}, id="surname-mapped"),
        pytest.param(
            "# Q&A: Ebba Sundqvist, chief executive, Karlskrona Shipyard\n\n", {}, id="titled"
        ),
    ],
)
def test_a_magazine_interview_proposes_the_guests_answers_once(head, speakers):
    text = MAGAZINE.format(head=head)
    plan = _plan(text, "interview.md", datetime.date(2026, 12, 1), **speakers)
    assert {c.speaker.name for c in plan.candidates} == {"Ebba Sundqvist"}
    # The pull quote is not proposed again.
    assert _found(plan, "demand is not the problem").quote == "The demand is not the problem."
    quotes = " ".join(c.quote for c in plan.candidates)
    for asked in ("Norrland ferry order", "Then what is", "build warships again", "Electric"):
        assert asked not in quotes, asked
    for intro in ("has spent twenty years", "she became its chief executive", "drawing office"):
        assert intro not in quotes, intro
    assert _found(plan, "hire 300 welders").deadline == datetime.date(2027, 12, 31)
    assert _found(plan, "will be fully electric").kind == ClaimKind.PREDICTION
