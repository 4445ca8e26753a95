"""Table tests: the page around what was said (a video's description and comments, a
newsletter post's links and calls) is nobody's claim, whatever it says.

The example is a video's page copied from the browser: its title above "184,392 views
Premiered Sep 9, 2026", a chapter list, links, credits, hashtags and the pinned comment's
chrome; the near misses are the claims written among them.
"""

import datetime

import pytest

from claims.importing.page_chrome import chrome_line, chrome_lines
from claims.importing.services import ImportOptions, SourceChoice, import_plan

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "text",
    [
        "184,392 views  Premiered Sep 9, 2026  #EV #solidstate #batteries",  # the example
        "1.2M views  3 years ago",
        "🔌 Support the channel: patreon.com/jonahdrives",
        "📸 Instagram: @jonahdrives",
        "Gear I use (affiliate links): https://kit.co/jonahdrives",
        "https://example.com/newsletter",
        "Music: Lakeside Loops (licensed)",
        "Edited by: Sam Ortiz",
        "#electricvehicles #solidstatebattery #kestrelmotors",
        "Show less",
        "...more",
        "Pinned by @JonahDrives",
        "@JonahDrives  2 days ago (edited)",
        "👍 2.1K   👎   Reply",
        "▼ 87 replies",
        "View 12 replies",
        "[Share](https://thelongbet.substack.com/p/grid?utm_source=share)",
        "[Subscribe now](https://thelongbet.substack.com/subscribe?)",
        "© 2026 Imogen Fairlie · [Privacy](https://substack.com/privacy) ∙ [Terms](https://x.co)",
        "*Thanks for reading The Long Bet! Subscribe for free to receive new posts.*",
        "Tell me in the comments.",
        "Let me know what you think below.",
        "Leave a comment",
        # A report's table of contents.
        "3. What others expect ........................................ 3",
        "Box 2: What we got wrong last year ....................... 4",
        "About the authors / Disclaimer ...........................",
        "Introduction . . . . . . . . . 1",
        "Annex B: Forecast tables ………… 27",
        "Preface ...... iv",
    ],
)
def test_a_pages_chrome_is_no_claim(text):
    assert chrome_line(text)


@pytest.mark.parametrize(
    "text",
    [
        # Claims written beside the chrome: they keep their place.
        "Also a lot of you are asking about the UK: Kestrel says right-hand drive won't come "
        "before 2028.",
        "By 2028 I reckon one Chinese maker will sell a semi-solid-state car in Europe.",
        "Views on rates: they will fall by 2027.",
        "Music streaming revenue will double by 2030.",
        "Thanks to the subsidy, installs will pass 400,000 by 2027.",
        "Kestrel's engineers said @ the launch that production starts in 2027.",
        "We reply to every shareholder letter within 14 days.",
        "Rates will fall.... by 2027, I think.",
        "Well.... we will see the plant reopen by June.",
    ],
)
def test_a_claim_among_the_chrome_is_no_chrome(text):
    assert not chrome_line(text)


def _lines(text: str) -> list[str]:
    return text.splitlines()


def test_a_chapter_list_under_its_heading_and_the_title_above_the_views():
    lines = _lines(
        "I Drove a Solid-State Prototype. Here's When You'll Get One.\n"
        "184,392 views  Premiered Sep 9, 2026\n"
        "By 2028 I reckon prices will halve.\n"
        "\n"
        "CHAPTERS\n"
        "0:00 Intro\n"
        '1:12 What "solid-state" actually means\n'
        "9:30 Charging: 10–80% in 11 minutes?!\n"
        "\n"
        "Prices will halve by 2030.\n"
    )
    assert chrome_lines(lines) == {1, 2, 5, 6, 7, 8}


def test_a_chapter_list_without_a_heading_opens_at_zero_and_names_no_claim():
    chapters = _lines("0:00 Intro\n2:10 The battery\n5:45 Charging\n")
    assert chrome_lines(chapters) == {1, 2, 3}
    # Show notes' timed lines are claims, not chapters: a cue, a year, a forecast's verb.
    notes = _lines("0:00 Welcome\n[03:10] Maya: prices fall by 2026\n5:00 Rates will fall\n")
    assert chrome_lines(notes) == frozenset()


def test_a_video_pages_description_proposes_only_its_claims():
    text = (
        "I Drove a Solid-State Battery Prototype. Here's When You'll Actually Get One.\n"
        "184,392 views  Premiered Sep 9, 2026  #EV #solidstate\n"
        "By 2028 I reckon at least one Chinese maker will be selling a semi-solid-state car.\n"
        "\n"
        "CHAPTERS\n"
        "0:00 Intro\n"
        "17:40 My predictions\n"
        "\n"
        "🔌 Support the channel: patreon.com/jonahdrives\n"
        "Music: Lakeside Loops (licensed)\n"
        "#electricvehicles #kestrelmotors\n"
        "Pinned by @JonahDrives\n"
        "@JonahDrives  2 days ago (edited)\n"
        "Kestrel says right-hand drive versions won't come before 2028.\n"
        "👍 2.1K   👎   Reply\n"
    )
    plan = import_plan(
        data=text.encode(),
        file_name="description.txt",
        options=ImportOptions(
            source=SourceChoice(title="Video", published_on=datetime.date(2026, 9, 11)),
            speakers={"": "Jonah Mercer"},
        ),
    )
    quotes = [c.quote for c in plan.candidates]
    assert len(quotes) == 2
    assert quotes[0].startswith("By 2028 I reckon")
    assert quotes[1].startswith("Kestrel says")


@pytest.mark.parametrize("text", [":eyes: 1  :100: 1", ":+1: 2", ":rocket: 3", ":tada:"])
def test_a_chats_reactions_on_their_own_line_are_chrome(text):
    assert chrome_line(text)


def test_a_message_with_an_emoji_code_in_it_is_no_chrome():
    assert not chrome_line(":rocket: we launch on September 1st")
