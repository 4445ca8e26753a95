"""Table tests: lines that are no claims are not proposed, whatever their words.

- A host introducing a guest or the next speaker ("Joining me now is the CEO of …", "My
  guest today needs no introduction", "Please welcome to the stage …").
- An article's byline, credits and furniture ("By Maya Chen, Technology Correspondent",
  "Reporting by …; Editing by …", "Updated March 3, 2026 at 9:14 a.m. ET"), and the news
  agency's dateline before a story's first words ("LONDON, March 3 (Reuters) - "), which is
  dropped and the story kept.
- A chat's back-channel ("lol", "+1", "same", "this 👆", "agreed!!", "ok will do").
- A remark that tells the curator nothing: a hedge on what looks back ("I think we launched
  it in 2019") asks of no deadline.

Each row is how people write it; the rows after them are lines of the same shape that are
claims, and stay proposed.
"""

import datetime

import pytest

from claims.choices import ClaimKind, DatePrecision
from claims.importing.asides import byline, without_dateline
from claims.importing.chats import back_channel
from claims.importing.classify import doubt_remark, is_candidate, is_filler, is_housekeeping
from claims.importing.services import ImportOptions, SourceChoice, import_plan

pytestmark = pytest.mark.django_db

SAID_ON = datetime.date(2026, 3, 5)


def _plan(text: str, file_name: str = "notes.txt"):
    source = SourceChoice(title="Probe", published_on=SAID_ON, precision=DatePrecision.DAY)
    return import_plan(
        data=text.encode(),
        file_name=file_name,
        options=ImportOptions(source=source, speakers={"": "Ruth Adeyemi"}),
    )


# ---- A host's introductions.


@pytest.mark.parametrize(
    "text",
    [
        "Joining me now is the CEO of Voltera, Sofia Ramirez.",
        "My guest today needs no introduction.",
        "Our guest tonight hardly needs an introduction.",
        "With me in the studio is Voltera's chief executive, Sofia Ramirez.",
        "Joining us from London is Tom Becker of Gridline.",
        "Joining us on the line is the governor of the central bank.",
        "Please welcome to the stage the founder of Voltera.",
        "Welcome to the stage, Sofia Ramirez.",
        "Please welcome Sofia Ramirez.",
        "Please give a warm welcome to Sofia Ramirez.",
        "Join me in welcoming our keynote speaker.",
        "Please give a big round of applause for our panel.",
        "Our next speaker is the head of research at Gridline.",
        "Our first panelist is a former regulator.",
        "It's my pleasure to introduce our keynote speaker.",
        "It is a great privilege to welcome the minister.",
        "I'm delighted to welcome Sofia Ramirez.",
        "We are very pleased to introduce our new chief economist.",
        "Let me introduce our panel.",
        "Allow me to introduce Tom Becker.",
        "Without further ado, here is Sofia.",
        "Put your hands together for Sofia Ramirez!",
        "Our next guest, as many of you know, needs no introduction.",
        "Sofia Ramirez is the chief executive of Voltera and she joins us from Madrid.",
        "Tom Becker, head of research at Gridline, is with us today.",
        "I'm joined in the studio by the author of a new book on batteries.",
    ],
)
def test_a_hosts_introduction_is_no_claim(text):
    assert is_housekeeping(text)
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our guest thinks rates will fall by 2027.",
        "Our speakers will announce the plant next year.",
        "Our first guest has been at Voltera since 2015.",
        "She joins us at a time when rates will fall by 2027.",
        "Welcome prices will fall by 2027.",
        "We welcome the decision, which will cut bills by 2027.",
        "Tom Becker joined Gridline in 2019 as head of research.",
    ],
)
def test_a_claim_about_a_guest_or_said_to_one_is_still_proposed(text):
    assert not is_housekeeping(text)
    assert is_candidate(text)


# ---- An article's byline, credits, furniture and dateline.


@pytest.mark.parametrize(
    "text",
    [
        "By Maya Chen, Technology Correspondent",
        "By Maya Chen and Tom Becker | March 3, 2026",
        "By Maya Chen, Tom Becker and Ana Ruiz",
        "By MAYA CHEN",
        "By Maya Chen in London",
        "By Maya Chen - Staff Writer",
        "(By Maya Chen)",
        "Reporting by Maya Chen; Editing by Tom Becker",
        "(Reporting by Maya Chen; Additional reporting by Ana Ruiz; Editing by Tom Becker)",
        "Additional reporting by Ana Ruiz in Madrid",
        "Written by Maya Chen",
        "Photography by Tom Becker",
        "Updated March 3, 2026 at 9:14 a.m. ET",
        "Last updated 14:05 GMT, Tuesday",
        "Updated: Tue 3 Mar 2026 09.14 GMT",
        "4 min read",
        "12-minute read",
        "© 2026 Reuters. All rights reserved.",
        "Copyright 2026 The Associated Press.",
        "Advertisement",
        "Read more: Voltera will cut 200 jobs by 2027",
        "Related: Why batteries will get cheaper by 2030",
        "Sign up for our energy newsletter",
        "Follow Maya on X @mayachen",
        "Contact the author at maya@example.com",
    ],
)
def test_an_articles_byline_and_furniture_are_nobodys_claim(text):
    assert byline(text)


@pytest.mark.parametrize(
    "text",
    [
        "By March, rates will fall.",
        "By Christmas we will have shipped it.",
        "By 2027 rates will fall.",
        "By Maya Chen's count, prices will double by 2030.",
        "By Maya Chen, who says rates will fall",
        "Updated forecasts show rates falling by 2027.",
        "Published research says solar will be cheapest by 2027.",
    ],
)
def test_a_claim_opening_like_a_byline_is_none(text):
    assert not byline(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "LONDON, March 3 (Reuters) - The company undertook to the court to delete the data"
            " by March 2027.",
            "The company undertook to the court to delete the data by March 2027.",
        ),
        ("NEW YORK (AP) — Voltera gave an undertaking.", "Voltera gave an undertaking."),
        ("BRUSSELS, 3 March (Reuters) – EU ministers agreed.", "EU ministers agreed."),
        ("Paris, March 3 (AFP) - Prices rose.", "Prices rose."),
        ("LONDON (Bloomberg) -- Rates will fall.", "Rates will fall."),
        ("SAN FRANCISCO, Calif. (AP) — Voltera said.", "Voltera said."),
        ("FRANKFURT, Sept 12 — The ECB will cut.", "The ECB will cut."),
        ("TOKYO, Jan. 8 (Kyodo) - Exports fell.", "Exports fell."),
        # A speaker's cue in capitals, a place alone, an acronym explained: no dateline.
        ("MAYA CHEN — rates will fall", "MAYA CHEN — rates will fall"),
        ("WASHINGTON — The Fed will cut.", "WASHINGTON — The Fed will cut."),
        ("AI (Artificial Intelligence) - will change work.", "AI (Artificial Intelligence) -"
         " will change work."),
        ("Q3 (Reported) - revenue rose", "Q3 (Reported) - revenue rose"),
    ],
)  # fmt: skip
def test_a_dateline_is_dropped_and_the_story_kept(text, kept):
    assert without_dateline(text) == kept


ARTICLE = """# Voltera to delete user data

By Maya Chen, Technology Correspondent

Updated March 3, 2026 at 9:14 a.m. ET

LONDON, March 3 (Reuters) - Voltera will stop selling user data by June 2027.

Read more: Voltera will cut 200 jobs by 2027

(Reporting by Maya Chen; Editing by Tom Becker)
"""


def test_an_article_proposes_its_story_and_none_of_its_furniture():
    quotes = [c.quote for c in _plan(ARTICLE, "article.md").candidates]
    assert quotes == ["Voltera will stop selling user data by June 2027."]


# ---- A chat's back-channel.


@pytest.mark.parametrize(
    "text",
    [
        "lol",
        "+1",
        "+100",
        "lol you two",  # teasing the two who spoke before
        "haha you guys",
        "you both, lol",
        "same",
        "same here lol",
        "this 👆",
        "this 👆👆",
        "^ this",
        "lmao this",
        "agreed!!",
        "agreed 100%",
        "100% agree with this",
        "hard agree",
        "couldn't agree more",
        "ok will do",
        "will do!",
        "👍 will do",
        "on it, will do",
        "yes, will do",
        "ok thanks, will do",
        "sounds good to me",
        "ok sounds good",
        "works for me",
        "this is the way",
        "haha so true",
        "haha yes exactly",
        "ngl this is huge",
        "big if true",
        "thanks for sharing!",
        "ty will take a look",
        "will take a look",
        "I'll take a look later",
        "let me check",
        "checking now",
        "I'll circle back",
        "I'll follow up after lunch",
        "will share the deck later",
        "same, will update the doc",
        "running 5 min late",
        "Sorry, will be 5 min late",
        "can't make it today sorry",
        "thanks all, talk tomorrow",
        "+1 to this",
        "+1, let's do it",
        "nice!! congrats",
        "congrats team 🎉",
        "gm all",
        "brb",
    ],
)
def test_a_chats_back_channel_is_no_claim(text):
    assert back_channel(text)
    assert is_filler(text)
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "this will double by 2027",
        "ok, rates will fall by 2027",
        "Same as last year, revenue grew 4%",
        "done by Friday, the plant opens in May",
        "I agree rates will fall by 2027",
        "thanks, and I think margins recover by Q3",
        "will do the deal by June 2026, promise",
        "+1, this will be the year of agents",
        "lol the Fed cuts three times by December",
        "lol you two will see rates at 5% by June",
    ],
)
def test_a_claim_said_with_chat_words_is_still_proposed(text):
    assert not back_channel(text)
    assert is_candidate(text)


CHAT = """Priya Shah  9:02 AM
Rates will fall by March 2027.
Tom Becker  9:03 AM
lol
+1
same
this 👆
agreed!!
ok will do
this is the way
Priya Shah  9:04 AM
ty, will take a look
Oil will be below $60 by June 2026. (edited)
"""


def test_a_chat_proposes_its_claims_and_none_of_its_back_channel():
    candidates = _plan(CHAT, "chat.txt").candidates
    assert [(c.speaker.key, c.kind, c.quote) for c in candidates] == [
        ("Priya Shah", ClaimKind.PREDICTION, "Rates will fall by March 2027."),
        ("Priya Shah", ClaimKind.PREDICTION, "Oil will be below $60 by June 2026."),
    ]


# ---- Remarks that tell the curator nothing.


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        # A hedge on the past: no deadline to check.
        ("I think we launched it in 2019.", ""),
        ("Maybe in 2021 we sold more.", ""),
        ("I think revenue grew 12% in 2023.", ""),
        ("I guess we hired 200 people in 2022.", ""),
        ("I think the plant opened in March 2024.", ""),
        ("I think it was 2019, maybe 2020.", ""),
        # A hedge on a forecast, or on when: the curator checks the deadline.
        ("I think rates fall by 2027.", "i think"),
        ("Maybe by 2027.", "maybe"),
        ("Rates will probably fall by 2027.", "probably"),
        ("I think we launch it in 2027.", "i think"),
        ("I guess we'll hire 200 people by 2027.", "i guess"),
    ],
)
def test_a_hedge_is_remarked_only_where_there_is_a_deadline_to_check(text, hedge):
    remark = doubt_remark(text)
    assert remark.startswith(f"hedged (“{hedge}”)") if hedge else remark == ""


# ---- Leaving a subject, handing the turn back, announcing one, starting: no claim.


@pytest.mark.parametrize(
    "text",
    [
        "I'll leave it there.",
        "I'll stop there.",
        "Let's leave it there for today.",
        "We'll leave it there.",
        "Let me stop there.",
        "I will leave it at that.",
        "I'll hand it back to you.",
        "Back to you, Kara.",
        "Over to you.",
        "Back to you in the studio.",
        "OK, I'll let you go.",
        "WE HAVE TO LEAVE IT THERE.",
        "We'll have to leave it there for today.",
        "I must stop there.",
        "Mark my words.",
        # Announcing the subject, or starting the meeting.
        "This week I want to talk about the dollar.",
        "Today I'd like to talk about AI chips.",
        "In this issue I want to look at housing.",
        "OK, everyone's here, let's start.",
        "Okay everybody's here let's begin",
        "Let's get started.",
    ],
)
def test_leaving_a_subject_is_no_claim(text):
    assert is_filler(text)
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'll leave the company by 2027.",
        "I'll stop drinking by June.",
        "Back to you: rates fall by 2027.",
        "I'll let you go first on the numbers.",
        "Let me leave the board in 2026.",
        "Mark my words: rates will fall by 2027.",
        "I want to talk about why rates will fall by 2027 and what it means.",
        "We have to leave the EU by 2027.",
        "Let's start a company by 2027.",
        "We're going to talk to the regulator by June.",
    ],
)
def test_a_claim_opening_like_a_sign_off_is_still_proposed(text):
    assert not is_filler(text)
    assert is_candidate(text)
