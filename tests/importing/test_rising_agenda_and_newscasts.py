"""Talk that claims nothing, in shapes of chambers, calls and newscasts: a member rising and
sharing their time, a House's sitting and business, an agenda walked through, leaving a call,
trouble on a call, a newscast's running, a newsletter's sign-up box, praise of a post; and the
speaker's own earlier forecast told in reported speech. Each with near misses that say
something and stay claims."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing import press_briefings
from claims.importing.attribution import told_forecast
from claims.importing.classify import classify, is_candidate
from claims.importing.cues import BLOCK_CUE
from claims.importing.meeting_talk import meeting_talk
from claims.importing.offices import held_office
from claims.importing.procedure_talk import procedure
from claims.importing.site_chrome import site_chrome_line
from tests.importing.test_article_comments import SUBSTACK, _find, _plan

PROCEDURE = [
    ("Mr. Speaker, I will be sharing my time with the hon. member for Maple Hollow East.", True),
    ("I'll be splitting my time with the member for Kenora.", True),
    ("Mr. Speaker, it is a pleasure to rise in support of this bill.", True),
    ("It's an honour to rise today on behalf of the people of Tarn Valley.", True),
    (
        "She said: Mr. Speaker, I am pleased to rise today to open second reading debate on "
        "the northern transmission bill.",
        True,
    ),
    ("The House met at 10 a.m.", True),
    ("The Senate met at 2 p.m.", True),
    (
        "The House resumed consideration of the motion that Bill C-23, An Act respecting the "
        "intercity rail link, be read a second time and referred to a committee.",
        True,
    ),
    (
        "Hon. Marguerite Doiron-Vance (Minister of Energy and Natural Resources, Lib.) moved "
        "that Bill C-23, An Act respecting the northern grid, be now read a second time.",
        True,
    ),
    # Near misses: a claim said while rising, a House that met a target, a committee's delay.
    (
        "It is a pleasure to rise in support of this bill, which will cut fares by 10% by 2028.",
        False,
    ),
    ("I am pleased to rise because the plant will close in 2027.", False),
    ("The house met its target of 40,000 homes last year.", False),
    ("The committee sat on the report for six months.", False),
    ("I will be sharing my thoughts with the minister, and the bill will pass by June.", False),
]


@pytest.mark.parametrize(("text", "expected"), PROCEDURE)
def test_a_member_rising_and_the_sittings_business(text, expected):
    assert procedure(text) is expected
    assert is_candidate(text) is not expected


MEETING = [
    ("So the agenda today is the FY27 plan.", True),
    ("Alright, next is the capital plan.", True),
    ("Last thing on the plan itself is headcount.", True),
    ("OK, let's do fuel.", True),
    ("Let's do action items.", True),
    ("First up is the budget.", True),
    ("OK, we're almost at time.", True),
    ("I'll drop off since my piece is done.", True),
    ("I'm going to drop off, but Sofia has my number if anything comes up.", True),
    ("I have to hop off now.", True),
    ("Joanna Reyes-Cole sends her apologies, she's at the Brightwater trade show all week.", True),
    ("I'll send the notes around after this.", True),
    ("We'll circulate the slides to everyone later today.", True),
    # Near misses: a time of its own, a clause, a deliverable, a future after the apologies.
    ("Let's do it by March.", False),
    ("Next is the plant, which will open in 2027.", False),
    ("The agenda today is clear: we will cut costs by 10%.", False),
    ("I'll drop off, but the plant will close in June.", False),
    ("Let's do a deal in 2027.", False),
    ("I'll send the revised forecast to the board by Friday.", False),
    ("Joanna sends her apologies, but she will be at the launch next week.", False),
    ("First up is the budget, which is £2 million over.", False),
    ("Next year is going to be hard.", False),
]


@pytest.mark.parametrize(("text", "expected"), MEETING)
def test_an_agenda_walked_through_and_leaving_a_call(text, expected):
    assert meeting_talk(text) is expected
    if expected:
        assert not is_candidate(text)


ON_AIR = [
    ("Sorry, one sec, my dog is losing his mind at the mail carrier.", False),
    ("Hi, sorry, I'm on my phone, the app keeps asking me to verify.", False),
    ("Sorry, I think someone's unmuted", False),
    ("there's an echo.", False),
    ("Sorry, Teams just crashed on me.", False),
    # Near misses: the same words about the world.
    ("The app keeps growing faster than we can hire.", True),
    ("My laptop won't last another year, and neither will this company.", True),
    ("There's some echo of the 2008 crisis in these numbers.", True),
    ("I'm on the phone with regulators every week, and they will approve it by June.", True),
    ("The dog is losing his mind because the market will crash in 2027.", True),
]


@pytest.mark.parametrize(("text", "candidate"), ON_AIR)
def test_trouble_on_a_call(text, candidate):
    assert is_candidate(text) is candidate


NEWSCAST = [
    ("Our congressional correspondent Rafael Quintero-Blake starts us off.", False),
    ("Here's what she said.", False),
    ("Here's how the governor put it this morning.", False),
    ("The news continues right now.", False),
    ("Our special coverage continues after the break.", False),
    ("We'll tell you who's in its path.", False),
    ("MNN meteorologist Jordan Eskelsen is tracking it in the Weather Center.", False),
    ("Everybody in the path of this thing, please stay safe.", False),
    # Near misses: a forecast in the same words.
    ("Here's what will happen to rates next year.", True),
    ("The storm will hit the coast by Friday, so stay safe.", True),
    ("The storm will hit by Friday, please stay safe.", True),
    ("The recovery continues into 2027.", True),
    ("We'll tell you now: prices will fall by half by 2030.", True),
]


@pytest.mark.parametrize(("text", "candidate"), NEWSCAST)
def test_a_newscasts_running(text, candidate):
    assert is_candidate(text) is candidate


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Type your email...", True),
        ("Enter your email address", True),
        (
            "By subscribing, I agree to Substack's Terms of Use and acknowledge its "
            "Information Collection Notice and Privacy Policy.",
            True,
        ),
        ("By signing up, you agree to our Terms and Conditions.", True),
        ("Type your email and we'll send the forecast.", False),
        ("By signing up, you agree that rates will fall.", False),
    ],
)
def test_a_newsletters_sign_up_box(line, chrome):
    assert site_chrome_line(line) is chrome


@pytest.mark.django_db
def test_a_sign_up_box_in_an_article_is_no_ones():
    page = SUBSTACK.replace(
        "I expect diesel to fall below $3.50 by the end of 2026.\n",
        "I expect diesel to fall below $3.50 by the end of 2026.\n"
        "Subscribe to The Freight Letter\n"
        "Type your email...\n"
        "By subscribing, I agree to Substack's Terms of Use and acknowledge its Information "
        "Collection Notice and Privacy Policy.\n",
    )
    plan = _plan(page)
    assert _find(plan, "diesel to fall below $3.50").speaker.display.startswith("Nadia Kowal")
    assert _find(plan, "Type your email") is None
    assert _find(plan, "By subscribing") is None


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("Great post as always, thank you!", False),
        ("Great piece, really enjoyed it.", False),
        ("Love this post.", False),
        ("Fantastic read.", False),
        ("Great post, but rents will fall by 2027.", True),
        ("Great piece on the council, which will lose the vote in May.", True),
        ("Solid analysis of why prices will fall.", True),
    ],
)
def test_praise_of_the_post_a_comment_is_under(text, candidate):
    assert is_candidate(text) is candidate


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Two years ago I said mortgage rates would be under 5.5% by 2026.", ClaimKind.FACTUAL),
        (
            "Last March I wrote that the Pier Nine towers would be cancelled before the end "
            "of the year.",
            ClaimKind.FACTUAL,
        ),
        (
            "Last September I said from this podium that goods prices would be falling "
            "outright by the spring.",
            ClaimKind.FACTUAL,
        ),
        # Held still, or a forecast of now: told with no time of its own.
        ("I told the board we'd be profitable by 2028.", ClaimKind.PREDICTION),
        ("I also said mortgage rates would be under 5.5% by the summer.", ClaimKind.PREDICTION),
        ("I said I would build 10,000 homes by 2027 and I will.", ClaimKind.PREDICTION),
        ("We told the regulator the plant would close by 2028, and it will.", ClaimKind.PREDICTION),
        ("I think rates would fall by 2027 if the bank acts.", ClaimKind.PREDICTION),
    ],
)
def test_the_speakers_own_words_told_in_reported_speech(text, kind):
    assert classify(text, has_horizon=True) == kind


@pytest.mark.parametrize(
    ("text", "dated", "kind"),
    [
        # The parser reads "someday" as a vague time: still no time that can come due.
        (
            "Maybe someday it will be, but nobody in my riding is holding their breath.",
            False,
            ClaimKind.OPINION,
        ),
        (
            "Someday, perhaps, we will see a true east-west grid in this country.",
            False,
            ClaimKind.OPINION,
        ),
        ("maybe someday we do a partner marketplace like theirs.", False, ClaimKind.OPINION),
        ("Maybe eventually the suburbs will feel this too.", False, ClaimKind.OPINION),
        ("Maybe someday, by 2030, we will run a third boat.", True, ClaimKind.PREDICTION),
        ("Someday we will win the league.", False, ClaimKind.OPINION),
        ("AI will eventually deliver a real productivity boost.", False, ClaimKind.PREDICTION),
    ],
)
def test_a_someday_hedge_read_as_a_vague_time_is_still_a_view(text, dated, kind):
    assert classify(text, has_horizon=dated, timed=True) == kind


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Democrats on the committee say they'll support the bill as long as the crew "
            "provision stays in.",
            "Democrats on the committee",
        ),
        (
            "Most of the brokers I talk to think the market turns next spring.",
            "Most of the brokers I talk to",
        ),
        (
            "Mr. Speaker, economists across the country are already warning that a recession "
            "is coming.",
            "economists across the country",
        ),
        ("The developers on the board say the tower opens in 2028.", "The developers on the board"),
        # The speaker's own side, or no one told.
        ("Our executives expect margins to rise next year.", None),
        ("Lawmakers in the house will pass the bill by June.", None),
    ],
)
def test_a_group_told_with_where_they_are_forecasts_on_its_own_account(text, who):
    told = told_forecast(text, said_on=datetime.date(2026, 3, 1), speaker="Jo Bloggs")
    assert (told.who if told else None) == who


INSTITUTION_BRIEFING = """Skip to main content
Halden Development Bank
About
Research
Countries
News
Videos
Data
Publications
Home > News > Transcripts
Transcript of Halden Development Bank Press Briefing
March 5, 2026
SPEAKER: Ingrid Korvald, Director, Communications Department
ALSO PARTICIPATING: Nalin Abeysekera, Mission Chief for Valdoria
Washington, D.C.

MS. KORVALD: Good morning, everyone, and welcome to this press briefing.
We will publish the spring outlook on Tuesday, April 14.
MR. ABEYSEKERA: Thank you, Ingrid.
We project that inflation will fall to around 6 percent by the end of 2026.
QUESTIONER: Do you expect the authorities to stay on track before the election?
MR. ABEYSEKERA: Our baseline is that the primary surplus will reach 1.5 percent of GDP by 2028.
(END)
PRESS OFFICER: Ingrid Korvald
Privacy Policy
"""


def test_an_institutions_briefing_names_its_briefers_in_a_block():
    reshaped = press_briefings.reshape(INSTITUTION_BRIEFING.splitlines())
    assert reshaped is not None
    lines = reshaped.lines
    assert lines[19].startswith("Nalin Abeysekera: We project that inflation will fall")
    assert lines[17] == "Ingrid Korvald: We will publish the spring outlook on Tuesday, April 14."
    assert lines[20].startswith("Q: Do you expect")  # the question, asked, never proposed
    assert lines[21].startswith("Nalin Abeysekera: Our baseline is")
    assert lines[23] == ""  # after "(END)": the page's
    assert all(line == "" for line in lines[:16])  # the menus and the briefers' block


def test_a_briefing_named_so_without_questions_or_cues_is_not_read_as_one():
    text = INSTITUTION_BRIEFING.replace("QUESTIONER:", "Someone asked:").replace("MR. ", "")
    assert press_briefings.reshape(text.replace("MS. ", "").splitlines()) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ravi Santangelo  Yesterday 4:40 PM", "Ravi Santangelo"),
        ("Isolde Branwell  3/9 9:05 AM", "Isolde Branwell"),
        ("Marta Yusupova  Thursday 10:02 AM", "Marta Yusupova"),
        ("Carla Mendes   10:02 AM", "Carla Mendes"),
        ("Tom Keene  0:03", "Tom Keene"),
        ("Meeting on 3/9 at noon", None),
        ("Ravi Santangelo  Yesterday", None),  # a day and no time
    ],
)
def test_a_channel_posts_author_line_with_its_day(line, name):
    found = BLOCK_CUE.match(line)
    assert (found.group("name").strip() if found else None) == name


TEAMS_CHANNEL = """Ops Forecasting
Posts
Files

Isolde Branwell  3/9 9:05 AM
Morning all! Please post your calls for Q2 as replies in this thread.
5 replies from Caspar Lindahl, Marta Yusupova and 3 others
Caspar Lindahl  3/9 9:31 AM
Inbound pallets at the Harrowgate DC will pass 12,000 a week before the end of April.

Ravi Santangelo  Yesterday 4:40 PM
Fintan Roche in finance reckons the lease costs will come in 6% over budget by the end of the year.
Meeting in Ops Forecasting ended: 32m 14s
Start a new conversation.
Type @ to mention someone.
"""


@pytest.mark.django_db
def test_a_teams_channels_posts_are_their_authors():
    plan = _plan(TEAMS_CHANNEL)
    assert _find(plan, "Inbound pallets").speaker.display.startswith("Caspar Lindahl")
    told = _find(plan, "Fintan Roche in finance reckons")
    assert told.speaker.name == "Fintan Roche"  # his forecast, as Ravi Santangelo tells it
    assert told.kind == ClaimKind.PREDICTION
    assert "told by Ravi Santangelo" in told.statement.note
    for chrome in ("5 replies from", "Meeting in Ops", "Start a new", "Type @"):
        assert _find(plan, chrome) is None, chrome
    assert not any("Yesterday" in c.speaker.display for c in plan.candidates)


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("Oh, and Lina Farouki sends her apologies, she's at the finance offsite today.", False),
        ("Sorry, I'm on the train, so if I drop out, that's why.", False),
        ("Sorry, the link wasn't working for me.", False),
        ("Sorry, you cut out there.", False),
        ("So three things today.", False),
        ("Let's come back to Lindqvist at the end.", False),
        ("Let's take that offline.", False),
        ("Let's keep an eye on that one.", False),
        ("Owen Kettleby, Marisol Quintero-Hale, thank you both so much for doing this.", False),
        ("Last question for both of you.", False),
        ("Leave is sought to table that document.", False),
        ("There is objection.", False),
        # Near misses.
        ("Let's come back to rates, which will fall by June.", True),
        ("Three things today will decide whether the plant closes by 2027.", True),
        ("The last question for the board is whether prices will fall.", True),
        ("There is objection from the unions, and the strike will go ahead in May.", True),
    ],
)
def test_more_of_a_calls_a_shows_and_a_chambers_running(text, candidate):
    assert is_candidate(text) is candidate


@pytest.mark.django_db
@pytest.mark.parametrize("label", ["Suggested Topics:", "Related Topics:", "Categories:"])
def test_a_label_naming_a_pages_part_is_no_speaker(label):
    text = (
        "By Anika Strand\n"
        "Copper will average $11,200 a ton in 2027, said Ilse Marchetti, an analyst.\n\n"
        f"{label}\n"
        "Mining\n"
        "Anika covers base metals and mining from London.\n"
    )
    plan = _plan(text)
    names = {c.speaker.display for c in plan.candidates}
    assert not any(label.rstrip(":") in name for name in names), names


OFFICIAL_REPORT = "\n".join(
    [
        "Meeting of the Parliament",
        "First Minister's Question Time",
        "",
        "1. Colin Baird (North Argavie) (Con): To ask the First Minister about waits.",
        "The First Minister (Morag Kincaid): Waits of more than 52 weeks have fallen.",
        "Colin Baird: The First Minister has had years to fix that.",
        "The First Minister: Our plan will deliver 1,200 more theatre nurses by December 2026.",
        "The Cabinet Secretary for Transport (Hamish Orrock): The breakwater will be open to "
        "vessels by the end of October 2027.",
        "The Cabinet Secretary for Transport: The harbour will reopen to ferries in March 2027.",
    ]
)


@pytest.mark.django_db
def test_an_office_cued_with_its_holder_names_them_when_cued_alone_later():
    plan = _plan(OFFICIAL_REPORT)
    nurses = _find(plan, "Our plan will deliver")
    assert nurses.speaker.display.startswith("Morag Kincaid")
    assert _find(plan, "harbour will reopen").speaker.display.startswith("Hamish Orrock")
    assert _find(plan, "breakwater").speaker.display.startswith("Hamish Orrock")


@pytest.mark.parametrize(
    ("label", "held"),
    [
        ("The First Minister (Morag Kincaid)", ("first minister", "Morag Kincaid")),
        (
            "The Cabinet Secretary for Transport (Hamish Orrock)",
            ("cabinet secretary for transport", "Hamish Orrock"),
        ),
        (
            "Minister for Housing (Deputy Conal Brady)",
            ("minister for housing", "Deputy Conal Brady"),
        ),
        ("Shareholder (Mr Whelan)", None),  # a part, no office
        ("Colin Baird (North Argavie) (Con)", None),
        ("The First Minister", None),
    ],
)
def test_held_office(label, held):
    assert held_office(label) == held
