"""Table tests: an old Reddit thread and a LinkedIn post with its comments, as they are
selected and copied from the browser. A header or a byline opens its author's words; the
page's furniture (counts, buttons, headlines, ages, a curator's copy note) is nobody's; a
bot's notice and a deleted account's comment are nobody's claims; a link post's title is its
submitter's words; a quotation a comment pastes with its sayer is the sayer's. Lines that
only look like a page's (notes, prose) read as before."""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing.copy_notes import copy_note
from claims.importing.forums import (
    byline,
    page_chrome,
    thread_chatter,
    title_words,
    without_lead_in,
)
from claims.importing.linkedin import activity_line, post_chrome, post_header, without_see_more
from claims.importing.services import SourceChoice
from tests.importing import attributed

# ---- A curator's copy note.


@pytest.mark.parametrize(
    ("line", "note"),
    [
        ("saved from old.reddit.com, Wed 22 Jul 2026, ~21:40", True),
        ("copied from LinkedIn, Thu 14 May 2026 (post + top comments) - JT", True),
        ("Clipped from x.com 3/5/26 by JT", True),
        ("copied from Hacker News on 2 March 2026", True),
        ("Copied from reddit.com/r/electricvehicles at 21:40", True),
        ("Pasted from LinkedIn 6 Oct 2026 [comments trimmed]", True),
        ("Saved from news.ycombinator.com, Sunday morning", True),
        # Near-misses: words that say more than where and when.
        ("Copied from the minutes: rates will rise by 2027.", False),
        ("Saved from bankruptcy, the firm will grow by 2027.", False),
        ("Saved from Reddit because prices will fall by 2027", False),
        ("Copied from LinkedIn, where Aisha says costs will halve by 2028.", False),
        ("We copied from Tesla's playbook and will ship by 2027.", False),
    ],
)
def test_a_curators_copy_note(line, note):
    assert copy_note(line) is note


# ---- Old Reddit: bylines, chrome, titles.


@pytest.mark.parametrize(
    ("line", "thread", "expected"),
    [
        # (label, original poster, bot, deleted)
        (
            "[–]AutoModerator[M] 1 point 9 hours ago - stickied comment",
            False,
            ("u/AutoModerator", False, True, False),
        ),
        (
            "[–]mod_team_ev[M] 5 points 2 hours ago - stickied comment",
            False,
            ("u/mod_team_ev", False, False, False),
        ),
        (
            "[–]cell_chemist_kr 412 points 8 hours ago*",
            False,
            ("u/cell_chemist_kr", False, False, False),
        ),
        (
            "[–]volt_and_bolts[S] 88 points 7 hours ago",
            False,
            ("u/volt_and_bolts", True, False, False),
        ),
        ("[–][deleted] 31 points 7 hours ago", False, ("[deleted]", False, False, True)),
        ("[+][removed] 2 points 1 hour ago (1 child)", False, ("[removed]", False, False, True)),
        ("[deleted] · 7h", True, ("[deleted]", False, False, True)),
        (
            "submitted 9 hours ago by volt_and_bolts to r/electricvehicles",
            False,
            ("u/volt_and_bolts", True, False, False),
        ),
        # Near-misses.
        ("[deleted] · 7h", False, None),
        ("The comment was [deleted] 7 hours ago.", True, None),
        ("[–]cell_chemist_kr said 412 points 8 hours ago - stickied it", False, None),
    ],
)
def test_old_reddit_bylines(line, thread, expected):
    found = byline(line, thread=thread)
    got = None if found is None else (found.label, found.op, found.bot, found.gone)
    assert got == expected


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("152 comments share save hide report crosspost", True),
        ("permalink embed save parent report give award reply", True),
        ("1,204 points (94% upvoted)", True),
        ("shortlink: redd.it/1abc2d", True),
        ("this post was submitted on 22 Jul 2026", True),
        ("electrive-news.example", True),
        ("87 comments · 23 reposts", True),
        ("Like · Reply · 14 reactions · 3 replies", True),
        ("Like · Reply", True),
        ("Like Comment Repost Send", True),
        ("Most relevant", True),
        ("Most recent ▾", True),
        ("Sort by: Most relevant", True),
        ("Load more comments", True),
        ("See previous replies", True),
        ("View 3 more replies", True),
        ("Owen Prichard reposted this", True),
        ("+ Follow", True),
        # Near-misses: a comment's words.
        ("Most relevant data shows prices will fall by 2027.", False),
        ("Send the report by Friday.", False),
        ("See more in our 2027 report.", False),
        ("Reactions were mixed: the grant ends in March.", False),
        ("Crosspost this and the grant will still end in March.", False),
        ("electrive-news.example says deliveries start in 2027.", False),
    ],
)
def test_the_pages_chrome_in_a_thread(line, chrome):
    assert page_chrome(line, thread=True) is chrome


@pytest.mark.parametrize(
    ("title", "words"),
    [
        (
            "Valdano says its hatchback goes on sale before 2027 (electrive-news.example)",
            "Valdano says its hatchback goes on sale before 2027",
        ),
        (
            "Solid-state is five years away at least (self.electricvehicles)",
            "Solid-state is five years away at least",
        ),
        ("Ask HN: Will grid batteries undercut gas peakers by 2030?", ""),
        ("Show HN: A tracker for battery prices", ""),
        # Near-misses: brackets that are the title's own.
        (
            "Grid batteries will undercut peakers (in Texas)",
            "Grid batteries will undercut peakers (in Texas)",
        ),
        ("Ask the experts: will rates fall?", "Ask the experts: will rates fall?"),
    ],
)
def test_a_posts_title_as_its_submitters_words(title, words):
    assert title_words(title) == words


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            'From the article: "We will start deliveries before 2027," said CTO Ingrid Solheim.',
            '"We will start deliveries before 2027," said CTO Ingrid Solheim.',
        ),
        ("Quote: “Prices will fall,” said Ana Gil.", "“Prices will fall,” said Ana Gil."),
        # Near-misses: a colon that is the sentence's own.
        ("My guess: 2030 at the earliest.", "My guess: 2030 at the earliest."),
        ('He said it plainly, then: "by 2027".', 'He said it plainly, then: "by 2027".'),
        ('He said it plainly then: "by 2027".', 'He said it plainly then: "by 2027".'),
    ],
)
def test_a_lead_in_before_a_pasted_quotation(line, kept):
    assert without_lead_in(line) == kept


@pytest.mark.parametrize(
    ("sentence", "chatter"),
    [
        ("Congratulations Aisha and team!", True),
        ("Congrats to the whole crew at Baltic Ferry Lines! 🎉", True),
        ("Huge thanks to the team at Clearpath and our partners at Severn Vale ICB 🙏", True),
        ("Thanks Dana!", True),
        ("Great post!", True),
        ("Well said, Aisha.", True),
        # Near-misses: thanks or praise that state something.
        ("Thanks to cheaper cells, EVs will outsell petrol cars by 2030.", False),
        ("Thanks to cheaper cells EVs will outsell petrol by 2030.", False),
        ("Congratulations, the plant will open by 2027.", False),
        ("Great news: the plant opens in 2027.", False),
        ("Well done is better than well said, and we ship in May.", False),
    ],
)
def test_praise_and_thanks_claim_nothing(sentence, chatter):
    assert thread_chatter(sentence) is chatter


# ---- LinkedIn: headers, chrome.


def _header(text: str, *, in_post: bool = False):
    found = post_header(text.split("\n"), 0, in_post=in_post)
    return None if found is None else (found.name, found.lines, found.author)


@pytest.mark.parametrize(
    ("text", "in_post", "expected"),
    [
        (
            "Aisha Bello-Martins\n • 2nd\nChief Operating Officer at Clearpath\n2d • Edited • 🌐\n"
            "Twelve months ago we switched on triage.",
            False,
            ("Aisha Bello-Martins", (0, 1, 2, 3), False),
        ),
        (
            "Siobhan Kearney\n • 1st\n5h\nCongratulations!",
            False,
            ("Siobhan Kearney", (0, 1, 2), False),
        ),
        (
            "Owen Prichard, MD (He/Him)\n • 3rd+\nGP Partner\n\n1d\nRespectfully, no.",
            False,
            ("Owen Prichard", (0, 1, 2, 4), False),
        ),
        (
            "Dana Whitlock\nDana Whitlock\n Verified • 2nd\nHead of Digital\n1w • Edited\nWords.",
            False,
            ("Dana Whitlock", (0, 1, 2, 3, 4), False),
        ),
        (
            "Dana Whitlock • 2nd\nHead of Digital\n3d\nWords.",
            False,
            ("Dana Whitlock", (0, 1, 2), False),
        ),
        (
            "Clearpath Health\n12,408 followers\nPromoted\nOur tool will be live by 2027.",
            False,
            ("Clearpath Health", (0, 1, 2), False),
        ),
        (
            "Aisha Bello-Martins\nAuthor\nChief Operating Officer\n1d\nFair challenge.",
            True,
            ("Aisha Bello-Martins", (0, 1, 2, 3), True),
        ),
        (
            "Aisha Bello-Martins\n • Author\nChief Operating Officer\n1d\nFair challenge.",
            True,
            ("Aisha Bello-Martins", (0, 1, 2, 3), True),
        ),
        (
            "Aisha Bello-Martins • Author\nChief Operating Officer\n1d\nFair challenge.",
            True,
            ("Aisha Bello-Martins", (0, 1, 2), True),
        ),
        # No age below the mark: the words follow it, none is a headline.
        ("Ola Berg\n • 1st\nThe masts will be late.", False, ("Ola Berg", (0, 1), False)),
        # Near-misses: no mark under the name, or no name above it.
        ("Aisha Bello-Martins\nChief Operating Officer\n2d\nWords.", False, None),
        ("Book club\nAuthor\nThe novel ends well.", False, None),
        ("Our newsletter\n12,408 followers\nWe will double by 2027.", False, None),
        ("Rates will rise.\n • 2nd\n3d", False, None),
        ("Podium finishes\n• 1st place in Oslo\n3d", False, None),
        ("## Results\n • 2nd\n3d", False, None),
    ],
)
def test_a_linkedin_header(text, in_post, expected):
    assert _header(text, in_post=in_post) == expected


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("👍❤️💡 412", True),
        ("👍 Aisha Bello-Martins and 411 others", True),
        ("Follow", True),
        ("+ Connect", True),
        ("View Aisha’s profile", True),
        ("View Dana Whitlock’s graphic link", True),
        ("…see more", True),
        ("...more", True),
        ("See translation", True),
        ("Activate to view larger image,", True),
        # Near-misses: a comment's words.
        ("Follow the money: the grant ends in March.", False),
        ("412 practices will be live by 2027.", False),
        ("Aisha and 4 others will publish the evaluation by June.", False),
        ("See more practices join by 2027.", False),
    ],
)
def test_a_posts_chrome(line, chrome):
    assert post_chrome(line) is chrome


@pytest.mark.parametrize(
    ("line", "activity"),
    [
        ("Owen Prichard reposted this", True),
        ("Jane Doe likes this", True),
        ("Jane Doe and 2 others commented on this", True),
        ("Tomasz Wielgosz finds this insightful", True),
        ("Nobody likes this", True),
        # Near-misses.
        ("I suspect nobody likes this plan, and it will fail by 2027.", False),
        ("Regulators will approve this", False),
    ],
)
def test_why_a_post_is_shown(line, activity):
    assert activity_line(line) is activity


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "GP demand will fall by 8% by 2028, which would …see more",
            "GP demand will fall by 8% by 2028, which would …",
        ),
        ("The masts are the hard part... see more", "The masts are the hard part …"),
        ("I'd love to see more.", "I'd love to see more."),
        ("Expect more", "Expect more"),
    ],
)
def test_a_cut_comments_see_more(text, kept):
    assert without_see_more(text) == kept


# ---- Whole pages: who said what ("-": nobody's, no claim).

OLD_REDDIT = """saved from old.reddit.com, Sat 3 Oct 2026, ~08:15

Harbour council says the new tram line opens to passengers before the end of 2028 (portcity-news.example)
submitted 5 hours ago by tram_spotter to r/portcity
64 comments share save hide report crosspost
all 64 comments
sorted by: best

[–]AutoModerator[M] 1 point 5 hours ago - stickied comment
Reminder: link posts must use the original headline. The line will open late, says the sidebar.
permalink embed save report reply

[–]rail_nerd_77 210 points 4 hours ago*
Signalling contracts are not even signed yet. I expect the first passengers in 2030 at the earliest.
permalink embed save report reply

    [–]tram_spotter[S] 45 points 3 hours ago
    From the article: "We will run the first passenger trams before the end of 2028," said council leader Miriam Okonjo.
    So at least there is a date.
    permalink embed save parent report reply

[–][deleted] 12 points 3 hours ago
The depot will flood every winter.
permalink embed save report reply

[–]quay_walker 3 points 1 hour ago
The line will carry 40,000 riders a day by 2031.
permalink embed save report reply

load more comments (12 replies)
"""  # noqa: E501

LINKEDIN = """copied from LinkedIn, Tue 6 Oct 2026 (post + comments) - MK

Priya Natarajan reposted this

Tomasz Wielgosz
 • 2nd
Director of Operations at Baltic Ferry Lines | Decarbonising shipping
3d • Edited • 🌐
Our first battery ferry entered service on the Gdańsk route this week.
By the end of 2027 half of our fleet will run on batteries.
Huge thanks to the crews who made it happen 🙏
#Shipping #Decarbonisation

👍❤️👏 268
41 comments · 9 reposts
Most relevant

Hannah Lindqvist
 • 3rd+
Naval architect | Views my own
2d
The charging masts are the hard part. I doubt the Klaipėda route gets one before 2029, which leaves the …see more
Like · Reply · 12 reactions · 2 replies

Tomasz Wielgosz
Author
Director of Operations at Baltic Ferry Lines | Decarbonising shipping
2d
Fair point, Hannah. I'll send you the mast schedule by Friday.
Like · Reply · 3 reactions

Ola Berg
 • 1st
1d
Congratulations Tomasz and team!
Like · Reply

Tomasz Wielgosz
 • Author
Director of Operations at Baltic Ferry Lines | Decarbonising shipping
1d
Thanks Ola. The second ferry enters service by June 2027.
Like · Reply
Load more comments
Promoted
Fleetmetric: cut fuel use 18% in 90 days. Free trial for fleets of 10+.
Learn more
People also viewed
Dariusz Okonkwo-Reyes
Director of Autonomy Programs at Vantage Haul
"""  # noqa: E501


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        (OLD_REDDIT, "saved from old.reddit.com", "-"),
        (OLD_REDDIT, "Harbour council says the new tram line", "u/tram_spotter"),
        (OLD_REDDIT, "64 comments", "-"),
        (OLD_REDDIT, "The line will open late", "-"),  # AutoModerator's notice
        (OLD_REDDIT, "I expect the first passengers in 2030", "u/rail_nerd_77"),
        (OLD_REDDIT, "We will run the first passenger trams", "Miriam Okonjo"),
        (OLD_REDDIT, "So at least there is a date", "u/tram_spotter"),
        (OLD_REDDIT, "The depot will flood", "-"),  # a deleted account's comment
        (OLD_REDDIT, "40,000 riders a day", "u/quay_walker"),
        (OLD_REDDIT, "load more comments", "-"),
        (LINKEDIN, "copied from LinkedIn", "-"),
        (LINKEDIN, "reposted this", "-"),
        (LINKEDIN, "Director of Operations", "-"),
        (LINKEDIN, "half of our fleet will run on batteries", "Tomasz Wielgosz"),
        (LINKEDIN, "Huge thanks", "-"),
        (LINKEDIN, "268", "-"),
        (LINKEDIN, "Naval architect", "-"),
        (LINKEDIN, "I doubt the Klaipėda route", "Hannah Lindqvist"),
        (LINKEDIN, "I'll send you the mast schedule", "Tomasz Wielgosz"),
        (LINKEDIN, "Congratulations Tomasz", "-"),
        (LINKEDIN, "Like · Reply", "-"),
        # The author's reply marked " • Author"; the advert and the side panel below.
        (LINKEDIN, "The second ferry enters service", "Tomasz Wielgosz"),
        (LINKEDIN, "cut fuel use 18% in 90 days", "-"),
        (LINKEDIN, "Director of Autonomy Programs", "-"),
    ],
)
def test_who_says_what_on_a_copied_page(text, words, who):
    assert attributed.who(text, words) == who


PASTED = """[–]volt_and_bolts[S] 88 points 7 hours ago
From the article: "Deliveries start in Germany in 2027," the company said.
"We will sell it in Spain by 2028," he said.
Korvane promised solid state by 2021 too, and it was "no doubt" coming.
Quoting Ana Gil: "Prices will fall by 2027," said Ana Gil at the launch.
"""


@pytest.mark.parametrize(
    ("words", "who"),
    [
        # Someone unnamed: another's words, told by the commenter (``attribution``).
        ("Deliveries start in Germany", "u/volt_and_bolts"),
        # Near-misses: a pronoun the comment does not resolve; quotes around a phrase only.
        ("We will sell it in Spain", "u/volt_and_bolts"),
        ("Korvane promised solid state", "u/volt_and_bolts"),
        ("Prices will fall by 2027", "Ana Gil"),
    ],
)
def test_a_quotation_pasted_into_a_comment(words, who):
    assert attributed.who(PASTED, words) == who


# Near-misses: notes that only look like a page's lines read as before.
NOTES = """# Harbour council briefing, 3 October 2026

Miriam Okonjo
Council leader
The first passenger trams will run before the end of 2028.
Tomasz Wielgosz: half of our fleet will run on batteries by 2027.
"""


def test_notes_with_a_name_above_a_role_are_no_post():
    assert attributed.who(NOTES, "first passenger trams") != "-"
    assert attributed.who(NOTES, "half of our fleet") == "Tomasz Wielgosz"


def _source(day: datetime.date) -> SourceChoice:
    return SourceChoice(title="Copied page", published_on=day, precision=DatePrecision.DAY)


@pytest.mark.django_db
def test_an_old_reddit_threads_plan_gives_each_line_its_writer():
    plan = attributed.plan(OLD_REDDIT, _source(datetime.date(2026, 10, 3)))
    by_line = {c.statement.line: c for c in plan.candidates}
    assert sorted(by_line) == [3, 14, 18, 19, 27]
    assert {line: by_line[line].speaker.name for line in by_line} == {
        3: "u/tram_spotter",
        14: "u/rail_nerd_77",
        18: "Miriam Okonjo",
        19: "u/tram_spotter",
        27: "u/quay_walker",
    }
    assert by_line[18].quote.startswith("We will run the first passenger trams")
    assert "forum user's handle" not in by_line[18].statement.note


@pytest.mark.django_db
def test_a_linkedin_posts_plan_gives_each_comment_its_author():
    plan = attributed.plan(LINKEDIN, _source(datetime.date(2026, 10, 3)))
    said = sorted({(c.statement.line, c.speaker.name) for c in plan.candidates})
    assert said == [
        (9, "Tomasz Wielgosz"),
        (10, "Tomasz Wielgosz"),
        (22, "Hannah Lindqvist"),
        (29, "Tomasz Wielgosz"),
        (42, "Tomasz Wielgosz"),  # the author's reply; the advert below is nobody's
    ]
    cut = next(c for c in plan.candidates if "Klaipėda" in c.quote)
    assert "see more" not in cut.quote
