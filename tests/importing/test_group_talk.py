"""Table tests: what people type in group chats that is no claim (arrangements, availability,
a draft handed round, a suggestion of wording, banter), against claims of the same look."""

import datetime

import pytest

from claims.importing.classify import is_candidate
from claims.importing.group_talk import group_talk
from claims.importing.services import SourceChoice
from tests.importing import attributed


@pytest.mark.parametrize(
    "text",
    [
        # Arrangements.
        "Meeting point 10am outside the Co-op on Elm St. Bring water and comfy shoes",
        "Kick-off 2pm, be there by 1.30",
        "I'll bring the cones",
        "Parking is round the back",
        "Meet at the clubhouse at 9.",
        "We're meeting outside the library from 6pm.",
        "Don't forget your boots and a packed lunch.",
        "Training 7pm Thursday, bring your bibs",
        "I can bring the urn and some biscuits",
        "See you all there!",
        # Availability.
        "Can do mornings",
        "I'm free Saturday",
        "Count me in",
        "Can't make it, sorry",
        "Can do Saturday but not Sunday",
        "Free after 6 on weekdays",
        "Not this week sorry",
        "Saturday works for me",
        "I'm around all weekend",
        # A draft handed round.
        "Quick one, this is going in Tuesday's leaflet, tell me if it reads ok:",
        "Draft below for the newsletter, any thoughts?",
        "Here's the wording for the Facebook post, let me know if anything's off:",
        "Does this read ok for the website:",
        # A suggestion of wording or of what to do.
        'Love it. Maybe say "by next summer" for the crossing? people like a date',
        "Maybe say 'within a year' instead",
        "How about 'by spring'",
        "Perhaps put 'from January' in the headline",
        "Why don't we do Elm St first then the flats",
        # Banter.
        "let them come lol",
        "Don't jinx it 😂",
        "legend 🙌",
        "haha no chance",
        "😂😂",
        "bring it on 💪",
        "fingers crossed",
        "well done all",
        "you wish lol",
    ],
)
def test_group_chat_talk_is_no_claim(text: str) -> None:
    assert group_talk(text)
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "The new stadium will open in 2028",
        "Turnout was under 30%",
        "Turnout at the last three by-elections in this city was under 30%",
        "Maybe rates fall by summer",
        "no chance they win the seat",
        "they won't win this lol",
        "I'll get the rest to the town hall by Friday",
        "If I'm elected, I will hold an open advice surgery in the ward every single month.",
        "And I will get the Elm St crossing installed within my first year.",
        "We'll win this by 200 votes, calling it now",
        "Highways told me the earliest they could fit it is spring 2028 anyway",
        "Reminder for newbies: polling day is Thursday 5 November",
        "The council will close the car park on Elm St next year.",
        "Parking charges went up 20% in April.",
        "Parking is free on Sundays from next year",
        "The car park is closed until the new station opens",
        "I'm sure the bypass will be built by 2030.",
        "Mark my words, the Independents will get their national leader up here before polling day",
        "The club will bring in a new coach before the season starts.",
        "We can do better than 31% if we knock every door",
        "Honestly the leaflet reads like the council wrote it",
        "I'd say the opposite: human-written code will still be the majority in 2030.",
        "I'd put 40% odds on another inflation scare by 2025.",
        "Maybe say we'll have it by spring",
        "Kick-off of the new stadium season will be in 2028",
        "The meeting point for the march will be moved to the town hall, the council said",
    ],
)
def test_claims_of_the_same_look_stay(text: str) -> None:
    assert not group_talk(text)


# A club's group chat: arrangements, availability, banter and a draft handed round, between
# the messages that are claims.
CLUB = """12/03/2026, 18:02 - Dana Whitlow: Kick-off 2pm Saturday, be there by 1.30
12/03/2026, 18:04 - Omar Reyes: I'll bring the cones
12/03/2026, 18:05 - Priya Nandakumar: Can't make it, sorry
12/03/2026, 18:06 - Omar Reyes: The new stadium will open in 2028
12/03/2026, 18:07 - Dana Whitlow: haha no chance
12/03/2026, 18:09 - Priya Nandakumar: Draft for the newsletter below, tell me if it reads ok:
We will finish the new clubhouse roof by September.
12/03/2026, 18:11 - Omar Reyes: Maybe say 'by the autumn'? sounds softer
12/03/2026, 18:12 - Dana Whitlow: no chance they win the league this year
"""


@pytest.mark.django_db
def test_a_club_chats_talk_is_left_out_and_its_claims_kept():
    plan = attributed.plan(
        CLUB,
        SourceChoice(title="Club chat", published_on=datetime.date(2026, 3, 12), precision="day"),
    )
    proposed = [candidate.statement.text for candidate in plan.candidates]
    assert proposed == [
        "The new stadium will open in 2028",
        "We will finish the new clubhouse roof by September.",
        "no chance they win the league this year",
    ]
