"""Table tests: GitHub issue, pull request and discussion pages and Discourse topics copied
whole from the browser. The site's chrome, the title, every post's header, reactions,
badges, timeline events, the sidebar, the comment box, a topic's summary and related topics
are nobody's; a quoted reply and a code block are no claims of the quoter; each post's words
are its author's, under their handle, or under the name beside it, in their signature or
their self-introduction when that plainly is the handle's owner; a post's day dates its
words. Near-misses (a claim that opens with a chrome word, a signature naming somebody else,
notes with one "commented on" line) read as before."""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing.services import SourceChoice, unsure_speakers_message
from claims.importing.thread_pages import owns_handle, post_day, thread_page
from tests.importing import attributed

ISSUE = """Skip to content
fernwood-labs / quarry  Public
Code  Issues 88  Pull requests 14  Discussions  Actions  Projects  Security  Insights
New issue
Jump to bottom

Support S3-compatible storage backends #882
Closed  olu-adeyemi opened this issue on Feb 10, 2026 · 5 comments

olu-adeyemi commented on Feb 10, 2026
Our team runs quarry against MinIO and we patch the storage layer by hand.
Is there a plan for S3-compatible backends?
👍 14  🚀 3

priya-raman (Owner) commented on Feb 11, 2026 • edited
Yes. We will ship S3-compatible storage in the 0.9 release.
Labels will be printed on the new packaging by May.
```
quarry store --backend s3 --bucket demo
This will fail if the bucket is missing.
```
-- Priya Raman

priya-raman self-assigned this on Feb 11, 2026
priya-raman added this to the v0.9 milestone on Feb 11, 2026
dependabot[bot] mentioned this issue on Feb 20, 2026
Bump boto3 from 1.34 to 1.35 #895

tkowalczyk (Contributor) commented 3 days ago
> We will ship S3-compatible storage in the 0.9 release.
I doubt 0.9 will be out before the summer.
Comment threads will be archived after 90 days anyway.
👀 2

priya-raman (Owner) commented on Mar 2, 2026
Merged in #901. The backend passes all 212 integration tests.
— Donald Knuth, quoted in our README

olu-adeyemi closed this as completed in #901 on Mar 2, 2026

Assignees
priya-raman
Labels
enhancement
storage
Milestone
v0.9
Participants

Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment
Footer
© 2026 GitHub, Inc.
Terms  Privacy  Security  Status  Docs  Contact  Manage cookies
"""

# The newer page: the avatar's handle, the handle, "opened on …" below it, a badge alone; a
# bot's comment; a review with its words.
NEW_ISSUE = """Skip to content
Navigation Menu
harbor-dev / tidewatch  Public
Code
Issues
87
Pull requests
12
Baltic tide model: release plan #1204
Open
@lena-brandt
lena-brandt
opened on Jan 5, 2026
Member
We need the Baltic model for the spring storm season. Will it be ready?

@oskar-nyqvist
oskar-nyqvist
commented on Jan 6, 2026
Member
Hi all, Oskar Nyqvist here, I maintain the tide solver.
We'll publish the Baltic model by the end of March.
The current solver is 30% faster than the 2024 release.
❤️ 7

@ci-bot
ci-bot
commented on Jan 6, 2026
Benchmarks will run again tonight.

lena-brandt
commented on Jan 7, 2026
Author
The Danish Meteorological Institute expects storm surges to get worse over the next decade.
I think the model will need recalibration within two years.

jpark approved these changes on Jan 8, 2026
View reviewed changes
Looks good, we'll merge this once CI is green.
"""

# Discourse: a name or a user title beside the handle, the day below; a quotation of an
# earlier post; the system's notice; the topic's summary and suggested topics.
TOPIC = """Skip to main content
Riverbend Makers Forum
Sign Up   Log In
Printer farm firmware 4.0 — when?
Firmware   firmware  roadmap
anna.k  Anna Kowalski
Mar 3
Our farm has 40 printers still on firmware 3.2. Any news on 4.0?
2 Replies
❤ 6
tomas_h  Firmware Lead
Mar 4
Firmware 4.0 is in beta with about 300 testers.
We will release 4.0 to everyone within two weeks.
18
gwen.o
Mar 5
anna.k:
Our farm has 40 printers still on firmware 3.2.
Same here. Honestly the 3.x line has been the most stable firmware we've had.
I bet 4.0 slips past April.
Solution
3
system
Closed on Apr 2
This topic was automatically closed 30 days after the last reply. New replies are no longer allowed.
created
Mar 3
last reply
Mar 5
3
replies
1.4k
views
27
likes
Suggested Topics
Topic   Replies   Views   Activity
Nozzle clogs after 3.2 update   12   880   Feb 2026
Powered by Discourse, best viewed with JavaScript enabled
"""

# Discourse with each post's day beside its handle, and the summary on one line.
RIDERS = """Cityline Transit Riders
Will the Route 9 tram open on time?
Local Transit   tram  route-9
derek_w   Oct 2, 2025
The council says the Route 9 tram opens in September 2026.
1 Reply
4
dana.mills  Dana Mills   Oct 3, 2025
I sit on the riders' panel. The track is 80% laid.
I expect the opening to slip into 2027.
12
derek_w   Oct 4, 2025
dana.mills:
I expect the opening to slip into 2027.
Why so pessimistic?
Topic 4 on the panel agenda will be the signalling contract, decided in November.
2
created Oct '25   last reply Oct 4   3 replies   210 views   2 users   18 likes
Related topics
Topic   Replies   Views   Activity
Route 4 bus lane consultation   8   330   Sep 2025
"""


# ---- Which documents are such pages.


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (ISSUE, "github"),
        (NEW_ISSUE, "github"),
        (TOPIC, "discourse"),
        (RIDERS, "discourse"),
        # Near-misses: notes with one "commented on" line; dated headings; a Hacker News page.
        ("Review notes\nMaria commented on Sep 4, 2025\nWe will ship the fix in May.\n", None),
        ("Agenda\nNov 12, 2025\nBudget\nNov 13, 2025\nWe will cut costs by 5%.\n", None),
        ("dry_creek 5 hours ago | next [–]\nPrices will fall.\nreply\n", None),
    ],
)
def test_which_documents_are_issue_pages_or_forum_topics(text, site):
    page = thread_page(text.splitlines())
    assert (page.site if page else None) == site


@pytest.mark.parametrize(
    ("text", "headers"),
    [
        # (line, handle, when, name)
        (
            ISSUE,
            [
                (8, "olu-adeyemi", "on Feb 10, 2026", ""),  # the issue's state line
                (10, "olu-adeyemi", "on Feb 10, 2026", ""),
                (15, "priya-raman", "on Feb 11, 2026", "Priya Raman"),  # the signature's
                (29, "tkowalczyk", "3 days ago", ""),
                (35, "priya-raman", "on Mar 2, 2026", ""),  # Donald Knuth is not her
            ],
        ),
        (
            NEW_ISSUE,
            [
                (12, "lena-brandt", "on Jan 5, 2026", ""),
                (18, "oskar-nyqvist", "on Jan 6, 2026", "Oskar Nyqvist"),  # "… here"
                (27, "ci-bot", "on Jan 6, 2026", ""),
                (31, "lena-brandt", "on Jan 7, 2026", ""),
                (37, "jpark", "on Jan 8, 2026", ""),  # a review, its words below
            ],
        ),
        (
            TOPIC,
            [
                (6, "anna.k", "Mar 3", "Anna Kowalski"),  # the name beside the handle
                (11, "tomas_h", "Mar 4", ""),  # "Firmware Lead": a user title
                (16, "gwen.o", "Mar 5", ""),
            ],
        ),
        (
            RIDERS,
            [
                (4, "derek_w", "Oct 2, 2025", ""),
                (8, "dana.mills", "Oct 3, 2025", "Dana Mills"),
                (12, "derek_w", "Oct 4, 2025", ""),
            ],
        ),
    ],
)
def test_each_posts_header_and_its_author(text, headers):
    page = thread_page(text.splitlines())
    got = [(p.line, p.handle, p.when, p.name) for p in page.posts.values()]
    assert got == headers


@pytest.mark.parametrize(
    ("text", "line", "chrome"),
    [
        (ISSUE, 2, True),  # "fernwood-labs / quarry  Public"
        (ISSUE, 3, True),  # the tab bar
        (ISSUE, 7, True),  # the title
        (ISSUE, 13, True),  # "👍 14  🚀 3"
        (ISSUE, 18, True),  # a code block's fence and its lines
        (ISSUE, 20, True),
        (ISSUE, 22, True),  # "-- Priya Raman"
        (ISSUE, 24, True),  # "… self-assigned this on …"
        (ISSUE, 27, True),  # the pull request that mentions the issue, after the event
        (ISSUE, 30, True),  # a quoted reply
        (ISSUE, 37, True),  # "— Donald Knuth, …": a page line, the handle kept
        (ISSUE, 39, True),  # "… closed this as completed in #901 …"
        (ISSUE, 44, True),  # a label under "Labels"
        (ISSUE, 47, True),  # "v0.9" under "Milestone"
        (ISSUE, 52, True),  # "© 2026 GitHub, Inc."
        (NEW_ISSUE, 17, True),  # the avatar's "@oskar-nyqvist"
        (NEW_ISSUE, 20, True),  # "Member"
        (NEW_ISSUE, 38, True),  # "View reviewed changes"
        (TOPIC, 4, True),  # the topic's title
        (TOPIC, 9, True),  # "2 Replies"
        (TOPIC, 10, True),  # "❤ 6"
        (TOPIC, 18, True),  # "anna.k:" above the words quoted
        (TOPIC, 19, True),  # the words quoted, an earlier post's
        (TOPIC, 22, True),  # "Solution"
        (TOPIC, 24, True),  # "system"
        (TOPIC, 26, True),  # the automatic closing notice
        (TOPIC, 30, True),  # the summary's day
        (TOPIC, 33, True),  # the summary's count
        (TOPIC, 39, True),  # a suggested topic
        (RIDERS, 18, True),  # the summary on one line
        # Near-misses: a post's words that open with a chrome word, a count in a sentence.
        (ISSUE, 17, False),  # "Labels will be printed …"
        (ISSUE, 32, False),  # "Comment threads will be archived …"
        (ISSUE, 36, False),  # "Merged in #901. The backend passes all 212 …"
        (TOPIC, 13, False),  # "Firmware 4.0 is in beta with about 300 testers."
        (TOPIC, 20, False),  # "Same here. Honestly …": not the quotation
        (RIDERS, 16, False),  # "Topic 4 on the panel agenda will be …"
    ],
)
def test_the_pages_own_lines(text, line, chrome):
    assert (line in thread_page(text.splitlines()).chrome) is chrome


EVENTS = """hannah-lindqvist commented on Sep 4, 2025
We will tag 1.14 on Friday.

{event}
Add async API behind a flag #4133

jpark commented on Sep 6, 2025
The flag will be removed in 2.0.
"""


@pytest.mark.parametrize(
    ("event", "chrome"),
    [
        ("hannah-lindqvist added the enhancement label on Sep 5, 2025", True),
        ("hannah-lindqvist added bug enhancement labels 3 days ago", True),
        ("github-actions bot added the roadmap label on Sep 5, 2025", True),
        ("jpark mentioned this issue on Sep 6, 2025", True),
        ("jpark linked a pull request that will close this issue on Sep 6, 2025", True),
        ("hannah-lindqvist changed the title Roadmap Roadmap for 2.0 on Sep 5, 2025", True),
        ("hannah-lindqvist closed this as not planned on Sep 5, 2025", True),
        ("hannah-lindqvist added this to the 2.0 milestone on Sep 5, 2025", True),
        # Near-misses: the comment's own words, whose subject is no handle or whose verb
        # tells no event.
        ("We added 3 new maintainers this year.", False),
        ("The team closed this as completed in March.", False),
        ("hannah-lindqvist thinks 2.0 will land in March.", False),
    ],
)
def test_a_timeline_event_and_the_line_after_it(event, chrome):
    page = thread_page(EVENTS.format(event=event).splitlines())
    assert {4, 5} <= page.chrome if chrome else not {4, 5} & page.chrome


SIDEBAR = """hannah-lindqvist commented on Sep 4, 2025
We will tag 1.14 on Friday.

jpark commented on Sep 6, 2025
The flag will be removed in 2.0.

Assignees
No one assigned
Labels
enhancement
good first issue
Milestone
2.0
"""


def test_a_sidebars_headings_and_values():
    page = thread_page(SIDEBAR.splitlines())
    assert set(range(7, 14)) <= page.chrome
    assert not {2, 5} & page.chrome


# ---- Who a handle is, and when a post was written.


@pytest.mark.parametrize(
    ("name", "handle", "owns"),
    [
        ("Hannah Lindqvist", "hannah-lindqvist", True),
        ("Maja Kovács", "mkovacs-dev", True),
        ("Jin Park", "jpark", True),
        ("Anna Kowalski", "anna.k", True),
        # A user title, another's name, a first name alone.
        ("Verdant Team", "ines_baptista", False),
        ("Firmware Lead", "tomas_h", False),
        ("Donald Knuth", "priya-raman", False),
        ("Anna", "anna.k", False),
        ("Anna Berg", "anna.k", False),
    ],
)
def test_a_name_that_plainly_owns_a_handle(name, handle, owns):
    assert owns_handle(name, handle) is owns


@pytest.mark.parametrize(
    ("when", "said_on", "day"),
    [
        ("on Sep 4, 2025", None, datetime.date(2025, 9, 4)),
        ("Nov 14, 2025", datetime.date(2025, 11, 12), datetime.date(2025, 11, 14)),
        ("Mar 5", datetime.date(2026, 3, 3), datetime.date(2026, 3, 5)),
        ("14 Nov 2025", None, datetime.date(2025, 11, 14)),
        # Unsure: a month alone, an age, a day without its year far from the source's.
        ("Mar '26", datetime.date(2026, 3, 3), None),
        ("2d", datetime.date(2026, 3, 3), None),
        ("Jan 3", datetime.date(2025, 12, 20), None),
        ("Mar 5", None, None),
    ],
)
def test_the_day_a_post_was_written(when, said_on, day):
    assert post_day(when, said_on) == day


# ---- Whole pages: who said what ("-": nobody's, no claim).


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        (ISSUE, "Skip to content", "-"),
        (ISSUE, "S3-compatible storage backends #882", "-"),
        (ISSUE, "patch the storage layer", "olu-adeyemi"),
        # The signature names the handle's owner, for the comment's first line too.
        (ISSUE, "ship S3-compatible storage in the 0.9", "Priya Raman"),
        (ISSUE, "Labels will be printed", "Priya Raman"),
        (ISSUE, "fail if the bucket", "-"),
        (ISSUE, "Bump boto3", "-"),
        (ISSUE, "before the summer", "tkowalczyk"),
        (ISSUE, "Comment threads will be archived", "tkowalczyk"),
        (ISSUE, "212 integration tests", "Priya Raman"),
        (ISSUE, "Donald Knuth", "-"),
        (ISSUE, "enhancement", "-"),
        (ISSUE, "Sign up for free", "-"),
        (NEW_ISSUE, "spring storm season", "lena-brandt"),
        (NEW_ISSUE, "Oskar Nyqvist here", "-"),
        (NEW_ISSUE, "Baltic model by the end of March", "Oskar Nyqvist"),
        (NEW_ISSUE, "Benchmarks will run", "-"),  # a bot's
        (NEW_ISSUE, "recalibration within two years", "lena-brandt"),
        (NEW_ISSUE, "merge this once CI is green", "jpark"),
        (TOPIC, "Printer farm firmware", "-"),
        (TOPIC, "40 printers", "Anna Kowalski"),
        (TOPIC, "within two weeks", "tomas_h"),
        (TOPIC, "most stable firmware", "gwen.o"),
        (TOPIC, "slips past April", "gwen.o"),
        (TOPIC, "automatically closed", "-"),
        (TOPIC, "Nozzle clogs", "-"),
        (RIDERS, "opens in September 2026", "derek_w"),
        (RIDERS, "track is 80% laid", "Dana Mills"),
        # A post runs to the next header, its question and all.
        (RIDERS, "signalling contract", "derek_w"),
        (RIDERS, "Route 4 bus lane", "-"),
    ],
)
def test_who_said_what_on_an_issue_page_or_a_forum_topic(text, words, who):
    assert attributed.who(text, words) == who


def test_a_quotation_of_an_earlier_post_is_not_the_quoters():
    said = [(line, who) for line, who in _said_lines(RIDERS) if line in (10, 14)]
    assert said == [(10, "Dana Mills")]


def _said_lines(text: str) -> list[tuple[int, str]]:
    document = attributed.parsed(text)
    return [
        (s.line, s.speaker or document.sections[s.section].speaker)
        for s in document.statements
        if not s.narration
    ]


# ---- Plans: no refusal, every post dated by its own day.


def _plan(text: str, published: datetime.date):
    source = SourceChoice(title="Thread", published_on=published, precision=DatePrecision.DAY)
    return attributed.plan(text, source)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "published"),
    [
        (ISSUE, datetime.date(2026, 2, 10)),
        (NEW_ISSUE, datetime.date(2026, 1, 5)),
        (TOPIC, datetime.date(2026, 3, 3)),
        (RIDERS, datetime.date(2025, 10, 2)),
    ],
)
def test_a_page_imports_without_a_default_speaker(text, published):
    plan = _plan(text, published)
    assert plan.candidates
    assert unsure_speakers_message(plan) == ""
    assert all(c.speaker.name for c in plan.candidates)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "published", "words", "deadline"),
    [
        # Two weeks from the Mar 4 post, not from the topic's Mar 3.
        (TOPIC, datetime.date(2026, 3, 3), "within two weeks", datetime.date(2026, 3, 18)),
        # Two years from the Jan 7 comment.
        (NEW_ISSUE, datetime.date(2026, 1, 5), "within two years", datetime.date(2028, 1, 7)),
    ],
)
def test_a_posts_day_dates_its_words(text, published, words, deadline):
    plan = _plan(text, published)
    found = next(c for c in plan.candidates if words in c.statement.text)
    assert found.deadline == deadline


@pytest.mark.django_db
def test_a_signed_comment_says_whose_signature_names_its_author():
    plan = _plan(ISSUE, datetime.date(2026, 2, 10))
    found = next(c for c in plan.candidates if "212 integration" in c.statement.text)
    assert found.speaker.name == "Priya Raman"
    assert "their signature (line 22) names them so" in found.statement.note
