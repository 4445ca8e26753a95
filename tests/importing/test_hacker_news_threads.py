"""Table tests: Hacker News threads copied from the browser. The site's bar and footer, the
curator's copy note, the story's title and header, every comment's header ("▲ dry_creek 5
hours ago | parent | next [–]") and "reply" are nobody's; a comment's words are its
author's, under their handle, or under the name their comment introduces them by; a
moderator's warning, a wink, a flagged comment are no claims; relative ages count back from
the day the page was saved. Near-misses (a note's bar of words, advice, a smile, a trade
with a forecast after it) read as before."""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing.copy_notes import copied_at, copy_note
from claims.importing.forums import byline
from claims.importing.hacker_news import (
    moderator_notice,
    site_chrome,
    thread_aside,
    without_vote_arrow,
    written_on,
)
from claims.importing.services import SourceChoice, unsure_speakers_message
from tests.importing import attributed

# ---- Headers, with the vote arrow, and the site's marks.


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # (handle, age, gone, marked)
        ("▲ dry_creek 5 hours ago | next [–]", ("dry_creek", "5 hours ago", False, "")),
        ("    ▲ volt_ama 4 hours ago | parent | next [–]", ("volt_ama", "4 hours ago", False, "")),
        ("▲ ferro on Sep 17, 2026 | prev | next [–]", ("ferro", "on Sep 17, 2026", False, "")),
        ("▲ oldtimer 2 years ago | prev | next [3 more]", ("oldtimer", "2 years ago", False, "")),
        ("▲ [flagged] 2 hours ago", ("[flagged]", "", True, "")),
        ("▲ [dead] 40 minutes ago", ("[dead]", "", True, "")),
        ("▲ troll9 1 day ago [dead] | prev | next [–]", ("troll9", "1 day ago", False, "dead")),
        (
            "▲ quiet_k 3 hours ago [flagged] | parent [–]",
            ("quiet_k", "3 hours ago", False, "flagged"),
        ),
        # Not headers: prose with an arrow, a title.
        ("▲ Prices rose 5% in two hours ago-style swings", None),
        ("▲ Heat pumps outsold gas boilers in the UK (thermalwatch.example)", None),
    ],
)
def test_a_comments_header_with_its_vote_arrow(line, expected):
    found = byline(line, thread=True)
    got = None if found is None else (found.handle, found.age, found.gone, found.marked)
    assert got == expected


def test_the_vote_arrow_alone_is_read_past():
    assert without_vote_arrow("▲ Ask HN: Is it worth it?") == "Ask HN: Is it worth it?"
    assert without_vote_arrow("Prices ▲ 5%") == "Prices ▲ 5%"


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        (
            "Hacker News new | past | comments | ask | show | jobs | submit                login",
            True,
        ),
        (
            "Hacker News new | threads | past | comments | ask | show | jobs | submit   ana (812)"
            " | logout",
            True,
        ),
        ("new | past | comments | ask | show | jobs | submit", True),
        ("Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact", True),
        ("Search: ", True),
        # Near-misses: a note's words with bars, a label with words after it.
        ("Agenda | past | next steps", False),
        ("Search: the grid will need 30 GW more by 2030.", False),
        ("Guidelines for installers will change in 2027.", False),
    ],
)
def test_the_sites_bar_and_footer(line, chrome):
    assert site_chrome(line) is chrome


# ---- When the page was saved, and when each comment was written.


def _at(year: int, month: int, day: int, hour: int, minute: int) -> datetime.datetime:
    """A moment on the clock the copy note gives (its zone left out, as ``copied_at`` does)."""
    return datetime.datetime.combine(datetime.date(year, month, day), datetime.time(hour, minute))


@pytest.mark.parametrize(
    ("line", "when"),
    [
        (
            "[saved from https://news.ycombinator.com/item?id=45218830 on 2026-09-22, 18:40 BST]",
            _at(2026, 9, 22, 18, 40),
        ),
        (
            "saved from news.ycombinator.com, 14 Nov 2026, 09:10",
            _at(2026, 11, 14, 9, 10),
        ),
        ("Saved from HN on Sep 3, 2026 at 9:15 pm", _at(2026, 9, 3, 21, 15)),
        (
            "copied from LinkedIn, Thu 14 May 2026 (post + top comments) - JT",
            datetime.date(2026, 5, 14),
        ),
        ("(copied from news.ycombinator.com 2026-05-20 CEST)", datetime.date(2026, 5, 20)),
        # No day it can be sure of, or no copy note at all.
        ("Clipped from x.com 3/5/26 by JT", None),
        ("Saved from the minutes: rates will rise by 2027.", None),
    ],
)
def test_when_the_curator_saved_the_page(line, when):
    assert copied_at(line) == when


def test_a_bracketed_copy_note_is_a_copy_note():
    assert copy_note("[saved from https://news.ycombinator.com/item?id=1 on 2026-09-22, 18:40 BST]")
    assert not copy_note("[saved from https://news.ycombinator.com/item?id=1: prices will fall]")


SAVED = _at(2026, 9, 22, 18, 40)


@pytest.mark.parametrize(
    ("header", "saved", "day"),
    [
        ("dry_creek 5 hours ago | next [–]", SAVED, datetime.date(2026, 9, 22)),
        ("dry_creek 20 hours ago | next [–]", SAVED, datetime.date(2026, 9, 21)),
        ("dry_creek 45 minutes ago | next [–]", SAVED, datetime.date(2026, 9, 22)),
        ("dry_creek 3 days ago", SAVED, datetime.date(2026, 9, 19)),
        ("dry_creek 3 days ago", datetime.date(2026, 9, 22), datetime.date(2026, 9, 19)),
        ("dry_creek 5 hours ago", datetime.date(2026, 9, 22), datetime.date(2026, 9, 22)),
        (
            "dry_creek 2 years ago",
            SAVED,
            datetime.date(2024, 9, 22),
        ),  # 730 days, as the site rounds
        ("412 points by quietferret 6 hours ago | hide", SAVED, datetime.date(2026, 9, 22)),
        ("ferro on Sep 17, 2026 | prev", None, datetime.date(2026, 9, 17)),
        # Without a saved-on moment an age dates nothing: the source's date does.
        ("dry_creek 5 hours ago", None, None),
    ],
)
def test_the_day_a_comment_was_written(header, saved, day):
    assert written_on(header, saved) == day


# ---- What a thread's writers say that is no claim.


@pytest.mark.parametrize(
    ("sentence", "notice"),
    [
        ("Please don't post flamebait or name-call here.", True),
        (
            "Please review https://news.ycombinator.com/newsguidelines.html and stick to the"
            " rules.",
            True,
        ),
        (
            "Can you please make your substantive points without swipes? This is in the"
            " guidelines.",
            True,
        ),
        ("We've banned this account for repeatedly breaking the site guidelines.", True),
        ("We detached this subthread from https://news.ycombinator.com/item?id=1.", True),
        ("I've detached this subthread from the parent.", True),
        ("You've been breaking the site guidelines a lot lately.", True),
        ("If you keep doing this, we will have to ban you.", True),
        # Near-misses: advice and plans that are the commenter's own.
        ("Please don't buy the cheap units, they fail within two years.", False),
        ("We've shipped 2,000 units this year.", False),
        ("We banned gas boilers in new builds in 2025.", False),
        ("You've been right about prices so far.", False),
    ],
)
def test_a_moderators_notice(sentence, notice):
    assert moderator_notice(sentence) is notice


@pytest.mark.parametrize(
    ("sentence", "aside"),
    [
        ("2026 is the year of the heat pump, just like every year since 2015 ;)", True),
        ("Sure, and grid batteries will fix everything /s", True),
        ("Batteries will fix everything 😉", True),
        ("Take that for what it's worth.", True),
        ("YMMV.", True),
        ("OP here.", True),
        ("I install these for a living in Leeds.", True),
        ("I do this professionally.", True),
        ("Hi HN, I built this after our own install went wrong.", True),
        # Near-misses: a smile, a trade with a forecast after it, a greeting that claims.
        ("We'll submit the paper in Q1 2027 :)", False),
        ("I install these for a living, and prices will fall 20% next year.", False),
        ("Hi HN, prices will fall by 2027.", False),
        ("Take the grant while it lasts: it ends in March.", False),
    ],
)
def test_a_threads_aside(sentence, aside):
    assert thread_aside(sentence) is aside


# ---- Whole threads: who said what ("-": nobody's, no claim).

STORY = """[saved from https://news.ycombinator.com/item?id=4100 on 2026-05-20, 18:40 BST]
Hacker News new | past | comments | ask | show | jobs | submit                login
▲ Sodium-ion cells enter mass production in Europe (cellwire.example)
301 points by lowvolt 7 hours ago | hide | past | favorite | 120 comments

▲ kestrel_r 6 hours ago | next [–]
Our plant will ship its first sodium packs by the end of August.
reply
  ▲ lowvolt 5 hours ago | parent | next [–]
  OP here. The article's cost figure is per kWh at cell level, not pack level.
  reply
▲ ines_w 5 hours ago | prev | next [–]
Disclosure: I'm Ines Walcott, I run sales at Corvane Cells. Happy to answer questions.
We're opening a second line in Gdańsk in early 2027.
reply
  ▲ pjotr 4 hours ago | parent | next [–]
  How do they do in the cold?
  reply
    ▲ ines_w 4 hours ago | parent | next [–]
    They keep 90% of capacity at -20 C.
    reply
▲ tarn_b 3 hours ago | prev | next [–]
Sodium will be cheaper than LFP at pack level by 2028 ;)
reply
▲ [flagged] 2 hours ago
  ▲ moss_admin 1 hour ago | parent | next [–]
  Please don't post flamebait or name-call here. https://news.ycombinator.com/newsguidelines.html
▲ gullwing 1 hour ago | prev [–]
LFP will stay cheaper than sodium until at least 2030.
reply

Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact
Search:
"""

ASK = """Ask HN: Will home batteries pay for themselves by 2030?
88 points by glenlivet 2 days ago | hide | past | favorite | 61 comments
I think they will in most of the UK by 2030.

fjord_dev 2 days ago | next [–]
We installed one in 2024. Ours will pay for itself by 2029.
Edit: the tariff changed in April, so maybe 2030.
reply
  glenlivet 2 days ago | parent | next [–]
  Thanks, that's useful.
  reply
    fjord_dev 2 days ago | parent | next [–]
    No problem.
    reply
      kiln_x 1 day ago | parent | next [–]
      Tariffs will fall again next winter.
      reply
        fjord_dev 1 day ago | parent | next [3 more]
"""

SHOW = """saved from news.ycombinator.com, 14 May 2026, 09:10
▲ Show HN: Kettle – a heat pump sizing calculator for old houses
96 points by kettle_dev 3 days ago | hide | past | favorite | 40 comments
Hi HN, I built this after our own install went wrong. We will add hybrid systems next month.

▲ marlow 2 days ago | next [–]
The radiator sizing will be the hard part for most people.
reply
  ▲ marlow 2 days ago | parent | next [–]
  Sure, and grid batteries will fix everything /s
  reply
▲ troll9 1 day ago [dead] | prev | next [–]
Heat pumps will be banned in the EU by 2030.
"""


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        # The page's own lines, the story's title (the linked article's headline).
        (STORY, "saved from", "-"),
        (STORY, "Hacker News new", "-"),
        (STORY, "Sodium-ion cells enter", "-"),
        (STORY, "301 points", "-"),
        (STORY, "kestrel_r", "-"),
        (STORY, "Guidelines", "-"),
        # Each comment is its author's, under their handle.
        (STORY, "first sodium packs", "kestrel_r"),
        (STORY, "cost figure is per kWh", "lowvolt"),
        (STORY, "OP here", "-"),
        # A commenter introducing themselves: the handle is that person, then and later.
        (STORY, "I'm Ines Walcott", "-"),
        (STORY, "second line in Gdańsk", "Ines Walcott"),
        (STORY, "90% of capacity", "Ines Walcott"),
        # A wink, a flagged comment, a moderator's warning: no claims.
        (STORY, "cheaper than LFP", "-"),
        (STORY, "[flagged]", "-"),
        (STORY, "flamebait", "-"),
        (STORY, "until at least 2030", "gullwing"),
        # Ask HN: the title asks; the body is the submitter's; "Edit:" keeps the author.
        (ASK, "Ask HN", "-"),
        (ASK, "most of the UK", "glenlivet"),
        (ASK, "pay for itself by 2029", "fjord_dev"),
        (ASK, "maybe 2030", "fjord_dev"),
        (ASK, "fall again next winter", "kiln_x"),
        # Show HN: the title shows; the maker's greeting is no claim, their plan is.
        (SHOW, "Show HN", "-"),
        (SHOW, "Hi HN", "-"),
        (SHOW, "hybrid systems next month", "kettle_dev"),
        (SHOW, "radiator sizing", "marlow"),
        (SHOW, "fix everything", "-"),
        (SHOW, "banned in the EU", "troll9"),
    ],
)
def test_who_said_what_in_a_hacker_news_thread(text, words, who):
    assert attributed.who(text, words) == who


def _plan(text: str, published: datetime.date):
    source = SourceChoice(title="HN thread", published_on=published, precision=DatePrecision.DAY)
    return attributed.plan(text, source)


@pytest.mark.django_db
def test_a_hacker_news_threads_plan_asks_about_handles_without_refusing():
    plan = _plan(STORY, datetime.date(2026, 5, 20))
    by_words = {c.statement.text.split()[0]: c for c in plan.candidates}
    assert "handle" in by_words["Our"].statement.note  # kestrel_r: asked, by its remark
    assert by_words["We're"].speaker.name == "Ines Walcott"
    assert "“ines_w” is taken as Ines Walcott: their comment (line 13)" in (
        by_words["They"].statement.note
    )
    assert unsure_speakers_message(plan) == ""


OLD_COMMENT = """[saved from https://news.ycombinator.com/item?id=4200 on 2026-05-20, 18:40 BST]
▲ fjord_dev 2 years ago | next [–]
We'll have 500 installs done by the end of this year.
▲ kiln_x 3 days ago | prev [–]
We'll have 900 installs done by the end of this year.
"""


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "published", "first", "deadline"),
    [
        # Counted back from the saved-on day: the comment was written in 2024.
        (OLD_COMMENT, datetime.date(2026, 5, 20), "500", datetime.date(2024, 12, 31)),
        (OLD_COMMENT, datetime.date(2026, 5, 20), "900", datetime.date(2026, 12, 31)),
        # The Show HN post, three days before 14 May: "next month" is June.
        (SHOW, datetime.date(2026, 5, 14), "hybrid", datetime.date(2026, 6, 30)),
        # Without a copy note the source's date dates every comment.
        (
            OLD_COMMENT.split("\n", 1)[1],
            datetime.date(2026, 5, 20),
            "500",
            datetime.date(2026, 12, 31),
        ),
    ],
)
def test_a_comments_time_counts_from_the_day_it_was_written(text, published, first, deadline):
    plan = _plan(text, published)
    found = next(c for c in plan.candidates if first in c.statement.text)
    assert found.deadline == deadline
