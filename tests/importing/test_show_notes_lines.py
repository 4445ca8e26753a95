"""Table tests: podcast show notes' furniture. Links, sponsors and credits are nobody's
claims; a "Published …" (or "Released:", "Aired", "Recorded on") line under the episode's
title dates its section; a "Guest: Name, role" line right under that dated title names the
section's speaker, in the same section and source, rather than opening an undated one."""

import datetime

import pytest

from claims.importing.asides import byline, own_line
from tests.importing import attributed


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Links: northgate.vc, our episode 180 with Maya Chen.", True),
        ("Links mentioned: northgate.vc, ft.com/ai-boom", True),
        ("Episode links — thelongview.fm/212", True),
        ("Mentioned in this episode: Stripe, Plaid, the 2024 Fed minutes", True),
        ("Books mentioned: The Power Law, Chip War", True),
        ("Sponsor: Northwind Bank. Go to northwind.com/longview.", True),
        ("Sponsored by Acme Insurance.", True),
        ("This episode is brought to you by Northwind.", True),
        ("Produced by Tom Becker, edited by Lena Ortiz.", True),
        ("Theme music by Blue Dot Sessions", True),
        ("Find us: thelongview.fm, @longviewpod", True),
        # Claims and topic labels that open with the same words: kept.
        ("Links between rates and housing will weaken by 2027.", False),
        ("Sponsors will pull out of Formula 1 by 2027.", False),
        ("Produced by 2030, the chips will cost half as much.", False),
        ("Music: streaming revenue will double by 2030.", False),
        ("Resources: mining stocks will outperform in 2027.", False),
    ],
)
def test_show_notes_links_sponsors_and_credits_are_nobodys(line, furniture):
    assert byline(line) is furniture
    assert own_line(f"[15:48] {line}") is furniture


SHOW = """The Long View — Episode 212: "What comes after the AI boom?"
{date}
Hosts: Dana Whitfield
Guest: Arjun Mehta, partner at Northgate Capital

[00:00] Dana Whitfield: Welcome back to The Long View. I'm Dana Whitfield.
[01:12] Arjun Mehta: Half of today's AI startups will be gone by the end of 2027.
[12:15] Arjun Mehta: Nvidia will still be the most valuable company in 2028.
[15:48] Links: northgate.vc, our episode 180 with Maya Chen.
"""


@pytest.mark.parametrize(
    ("date", "published_on"),
    [
        ("Published 3 May 2026", datetime.date(2026, 5, 3)),
        ("Released: 3 May 2026", datetime.date(2026, 5, 3)),
        ("Aired 3 May 2026", datetime.date(2026, 5, 3)),
        ("Recorded on 28 April 2026", datetime.date(2026, 4, 28)),
        ("Published: May 3, 2026", datetime.date(2026, 5, 3)),
    ],
)
def test_a_date_line_under_the_title_dates_the_guests_section(date, published_on):
    document = attributed.parsed(SHOW.format(date=date))
    (index,) = {s.section for s in document.statements if s.speaker}
    section = document.sections[index]
    assert (section.speaker, section.published_on) == ("Arjun Mehta", published_on)
    assert attributed.said(SHOW.format(date=date)) == [
        ("Dana Whitfield", "Welcome back to The Long View."),
        ("Dana Whitfield", "I'm Dana Whitfield."),
        ("Arjun Mehta", "Half of today's AI startups will be gone by the end of 2027."),
        ("Arjun Mehta", "Nvidia will still be the most valuable company in 2028."),
    ]


@pytest.mark.parametrize(
    "title",
    [
        'The Long View — Episode 212: "What comes after the AI boom?"',
        "The Long View — Episode 212: “What comes after the AI boom?”",
        "The Long View, episode 212",
    ],
)
def test_an_episodes_quoted_title_is_its_heading_not_a_question(title):
    text = SHOW.format(date="Published 3 May 2026").replace(SHOW.splitlines()[0], title)
    assert all(title[:16] not in words for _, words in attributed.said(text))
    document = attributed.parsed(text)
    assert document.sections[-1].published_on == datetime.date(2026, 5, 3)


def test_a_guest_line_under_an_undated_title_still_opens_its_section():
    text = "Guest: Arjun Mehta, partner at Northgate Capital\n\nArjun Mehta: Rates fall in 2027.\n"
    document = attributed.parsed(text)
    assert [s.speaker for s in document.sections] == ["Arjun Mehta"]
    assert document.sections[0].published_on is None
