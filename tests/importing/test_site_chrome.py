"""A site's or an app's own lines copied with a page are nobody's claims, whatever the page
(``claims.importing.site_chrome``); a date alone is no claim (``date_only``)."""

import datetime

import pytest

from claims.importing.classify import is_candidate
from claims.importing.services import SourceChoice
from claims.importing.site_chrome import date_only, link_pointer, site_chrome_line
from tests.importing import attributed

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "line",
    [
        # Navigation.
        "Skip to content",
        "Skip to main content",
        "Home › Newsroom › Speeches",
        "Home > News > Business",
        "News » Energy » Grids",
        "Deutsch | English | Leichte Sprache",
        "Kontakt | Impressum | Datenschutz | Barrierefreiheit",
        "About · Careers · Press · Help · Terms · Privacy",
        # An account's, an app's and a paywall's prompts.
        "Sign up  Sign in",
        "Open in app",
        "Get the app",
        "Log in to see more replies.",
        "Member-only story",
        "Follow",
        "Listen  Share",
        # Composers and a post's buttons.
        "Type a new message",
        "Write a comment…",
        "Add a comment",
        "Start a new conversation",
        "What are your thoughts?",
        "Like · Reply · 3h",
        "Like · Reply · Share · 2d",
        "Reply · 12",
        "View thread",
        "View 4 more replies",
        "Last reply today at 11:02 AMView thread",
        "3 replies from Ken and Li",
        "Load more comments",
        # A tool's questions about itself.
        "Was this helpful? 👍 👎",
        "Is this summary helpful?",
        "Slack AI can make mistakes. Review the transcript for accuracy. Was this helpful? 👍 👎",
        "AI-generated notes · Only visible to people in this channel",
        # An app's notices.
        "A huddle happened",
        "Priya Raman, Tomasz Wójcik, Dele Adeyemi and 1 other were in the huddle for 34 minutes.",
        "Dele Adeyemi joined the channel",
        "Sam Ortiz has left",
        "Hannah Lusk started a huddle",
        "Ana Ruiz pinned a message to this channel.",
        "Li Wen changed the channel topic: Rollout week 3",
        "Ken Aldana added Li Wen to #triage-rollout.",
        "Meeting ended: 34m 12s",
        "This message was deleted.",
        # Counts and lengths.
        "2.1K Followers · Editor for The Bootstrap Ledger",
        "1,204 subscribers",
        "LinkedIn Live · 1,284 attendees",
        "Recording · 58:12",
        "Episode 41:07",
        "7 min read · Mar 3, 2026",
        "12 min listen",
        # After the content.
        "More from The Bootstrap Ledger",
        "Related posts",
        "Read next",
        "You might also like",
        "Recommended from Medium",
        "Press contact",
    ],
)
def test_a_sites_furniture_is_chrome(line):
    assert site_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sign-ups for the pilot will open in March.",
        "Home sales will fall by 2027.",
        "Follow the money: rates will be cut twice next year.",
        "We will share the figures with members by Friday.",
        "More from us on this by the end of the month, I promise.",
        "Read next year's report before you judge us.",
        "The app will have 2 million users by 2027.",
        "12 million followers by the end of next year, that's the plan.",
        "AI will make mistakes for years, so we keep people in the loop.",
        "Tomas Reyes | Acme",
        "Ana Ruiz | CFO | Acme Corp",
        "Energy | Climate",
        "#outage-response > Feeder 12 trip",
        "Prices: 40 | 42 | 45",
        "Recording will start at 10:00.",
        "Two of our engineers left the company last year.",
        "We were in the meeting for three hours and agreed to cut prices by 2027.",
        "The regulator joined the call and said rates will rise.",
        "Ana Ruiz started the plant on time and will start the second in May.",
    ],
)
def test_words_that_say_something_are_not_chrome(line):
    assert not site_chrome_line(line)


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("17.06.2026", True),
        ("3/24 9:14 AM", True),
        ("Tue 3/24, 9:14 AM", True),
        ("(2026-06-17 10:02)", True),
        ("9:14 AM", True),
        ("16.02.26", True),
        ("On 17.06.2026 the line reopens.", False),
        ("3/4 of members will vote yes.", False),
        ("16.02 seconds is the record.", False),
    ],
)
def test_a_date_alone_is_no_claim(text, alone):
    assert date_only(text) is alone
    if alone:
        assert not is_candidate(text)


PAGE = """\
Skip to content
Harbour Authority of Vellmar
Deutsch | English | Leichte Sprache
Home › Press › Speeches
17.03.2026
Ingrid Solheim: The outer channel will be dredged to fourteen metres by the end of 2027.
Ingrid Solheim: We will publish the tender before the board meeting on 14.04.
Was this helpful? 👍 👎
More from the Harbour Authority
Contact | Imprint | Data protection | Accessibility | Sitemap
"""


def test_a_copied_pages_furniture_is_not_proposed():
    plan = attributed.plan(
        PAGE, SourceChoice(title="Speech", published_on=datetime.date(2026, 3, 17))
    )
    quotes = {c.quote: c for c in plan.candidates}
    assert set(quotes) == {
        "The outer channel will be dredged to fourteen metres by the end of 2027.",
        "We will publish the tender before the board meeting on 14.04.",
    }, list(quotes)
    tender = quotes["We will publish the tender before the board meeting on 14.04."]
    assert tender.deadline == datetime.date(2026, 4, 13)


@pytest.mark.parametrize(
    ("text", "pointer"),
    [
        # A channel's forwarded post, a thread's last post: where the words are, no claim.
        ("Full story: ledger-vessary.co/bridge-update", True),
        ("Read more: https://example.com/northgate-bonds", True),
        ("Full write-up in the newsletter, link in bio.", True),
        ("Link in bio 👆", True),
        ("https://example.com/x", True),
        # Near misses: words after the label, a link inside a sentence.
        ("Full story: the bridge reopens by June.", False),
        ("Source: the IEA expects demand to triple by 2030.", False),
        ("Details: example.com/plan shows the line opens by 2028", False),
    ],
)
def test_a_pointer_to_a_link_is_no_claim(text, pointer):
    assert link_pointer(text) is pointer
    if pointer:
        assert not is_candidate(text)
