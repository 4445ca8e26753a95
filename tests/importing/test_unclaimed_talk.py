"""Table tests: talk that claims nothing by its shape is not proposed, and the claims of the
same shape still are.

- A line that trails off ("It's... yeah.").
- A chat's question written without a question mark ("where are we on the iOS build").
- A chat's request ("ben pls send me the crash dashboard link").
- A turn cut off by the next speaker ("Minister, can I just—").
- Stress without a verb ("Jobs, jobs, jobs.").
- A newsletter's call to comment, at the end of a paragraph ("Tell me in the comments.").
- A reporter's notes header, above the first note ("ON BACKGROUND").
- A call's courtesies ("Hey, thanks for taking my question, and congrats on the quarter.").

Each row is how people write it; the near misses after them are claims, and stay proposed.
"""

import datetime

import pytest

from claims.choices import DatePrecision
from claims.importing.classify import is_candidate
from claims.importing.front_matter import notes_header
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.unclaimed_talk import (
    call_courtesy,
    chat_question,
    chat_request,
    cut_off,
    newsletter_call,
    trails_off,
    verbless_emphasis,
)

pytestmark = pytest.mark.django_db

SAID_ON = datetime.date(2026, 7, 3)


def _quotes(text: str, file_name: str = "notes.txt") -> list[str]:
    source = SourceChoice(title="Probe", published_on=SAID_ON, precision=DatePrecision.DAY)
    plan = import_plan(
        data=text.encode(),
        file_name=file_name,
        options=ImportOptions(source=source, speakers={"": "Ruth Adeyemi"}),
    )
    return [c.quote for c in plan.candidates]


# ---- A line that trails off.


@pytest.mark.parametrize(
    "text",
    [
        "It's... yeah.",  # the example
        "It's… yeah.",
        "I mean... anyway.",
        "So it's, um... you know.",
        "We were... well.",
        "That's just... I don't know.",
        "It was like... yeah, so.",
        "And they're... whatever.",
        "It's kind of — yeah.",
    ],
)
def test_a_line_that_trails_off_is_no_claim(text):
    assert trails_off(text)
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's... a disaster on Canal Street.",
        "The lanes are... honestly a mess since March.",
        "Prices will... well, they will rise by 2027.",
        "It's yeah, fine, the plant opens in May.",  # no break: read as it is
    ],
)
def test_a_line_that_says_something_around_its_break_is_no_trailing_off(text):
    assert not trails_off(text)
    assert is_candidate(text)


def test_the_trailing_off_is_left_and_the_claim_after_it_proposed():
    quotes = _quotes(
        "Hi, sorry, can you hear me? It's... yeah. I just wanted to say the bike lanes on "
        "Canal Street are a disaster\n"
    )
    assert quotes == [
        "I just wanted to say the bike lanes on Canal Street are a disaster",
    ]


# ---- A chat's question without a question mark.


@pytest.mark.parametrize(
    "text",
    [
        "morning!! where are we on the iOS build",  # the example
        "any update on the permits",
        "who's got the Q3 numbers",
        "ok so when does the vendor ship",
        "hey all, what's the ETA on the hotfix",
        "how are we doing on the hiring plan",
        "quick q - where did we land on pricing",
        "any news re the county permit",
        "has anyone heard back from legal",
        "does anyone have the login for the staging box",
        "anyone know when the freeze starts",
        "which build are we shipping to the app store",
        "so how long does review usually take",
        "what time is standup tomorrow",
        "when's the board meeting",
    ],
)
def test_a_chat_question_without_a_question_mark_is_no_claim(text):
    assert chat_question(text)
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "where we are on the build is fine, it ships Friday",  # the near miss
        "what's clear is that rates will fall by 2027",
        "when the vendor ships, we go live the same week",
        "who got the contract matters less than when it is signed",
        "how we price it will decide the launch",
        "any delay on the permits will push the opening to 2027",
        "what happens next is the board votes in June",
        "does the job, and it ships in March",
        "which is a big deal for the co-op",
        "Which was the plan all along for the depot",
        "which honestly is not good enough",
        "which frankly was always going to happen",
    ],
)
def test_a_statement_opening_with_a_question_word_is_still_proposed(text):
    assert not chat_question(text)
    assert is_candidate(text)


def test_a_chats_questions_are_not_proposed_and_its_claim_is():
    quotes = _quotes(
        "morning!! where are we on the iOS build\n\n"
        "any update on the permits\n\n"
        "who's got the Q3 numbers\n\n"
        "ok so when does the vendor ship\n\n"
        "where we are on the build is fine, it ships Friday\n"
    )
    assert quotes == ["where we are on the build is fine, it ships Friday"]


# ---- A chat's request.


@pytest.mark.parametrize(
    "text",
    [
        "and ben pls send me the crash dashboard link when you get a sec",  # the example
        "can someone share the deck",
        "could you forward me the minutes pls",
        "can u send over the contract",
        "would you mind sharing the slides after",
        "please post the agenda in here",
        "pls review my PR when you can",
        "send me the numbers when you have them",
        "could someone pls drop the zoom link",
        "lmk when the build is up",
        "let me know when you've merged it",
        "Priya can you check the invoice",
        "can we get the Q3 numbers by Friday",
    ],
)
def test_a_chat_request_is_no_claim(text):
    assert chat_request(text)
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'll send the deck by Friday",  # the near miss: a promise
        "We will share the figures with the board in May",
        "We'll post the results on the website by June",
        "Sending the contract over tomorrow",
        "They can't share the numbers until the audit is done in March",
        "Ben will forward the minutes by end of day",
    ],
)
def test_a_promise_to_send_is_still_proposed(text):
    assert not chat_request(text)
    assert is_candidate(text)


# ---- A turn cut off by the next speaker.


@pytest.mark.parametrize(
    "text",
    [
        "-- Secretary, if I could --",  # the examples
        "— if I may —",
        "Minister, can I just—",
        "Sorry, but—",
        "Chair, if I could just come in there —",
        "With respect, Minister --",
        "Madam Speaker, on a point of order —",
        "Can I just say—",
        "Senator, if I may–",
    ],
)
def test_a_cut_off_turn_is_no_claim(text):
    assert cut_off(text)
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "If I may — the budget will balance by 2027.",
        "Minister, the plant will close by March —",
        "— the permits will all be issued by October —",
        "Secretary, if I could, we will finish the road by spring.",
    ],
)
def test_a_cut_off_turn_with_a_claim_in_it_is_still_proposed(text):
    assert not cut_off(text)
    assert is_candidate(text)


def test_a_transcripts_cut_off_turns_are_not_proposed():
    quotes = _quotes(
        "-- Secretary, if I could --\n\n— if I may —\n\nMinister, can I just—\n\n"
        "The new road will open by March 2027.\n"
    )
    assert quotes == ["The new road will open by March 2027."]


# ---- Stress without a verb.


@pytest.mark.parametrize(
    "text",
    [
        "Permits, Claire, permits.",  # the examples
        "Jobs, jobs, jobs.",
        "Safety first, always.",
        "Housing, housing, housing.",
        "Location, location, location!",
        "Families first, always.",
        "Delivery, Tom, delivery.",
        "Patients first, every time.",
    ],
)
def test_stress_without_a_verb_is_no_claim(text):
    assert verbless_emphasis(text)
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Every county, every permit, by the end of October.",  # the near miss: a horizon
        "Jobs, jobs, jobs by 2028.",
        "Permits, permits, 400 of them by spring.",
        "Jobs, jobs and more jobs will come to the valley.",
        "Safety first, so we will close the bridge in May.",
    ],
)
def test_stress_with_a_horizon_or_a_verb_is_still_proposed(text):
    assert not verbless_emphasis(text)
    assert is_candidate(text)


# ---- A newsletter's call to comment, inside a paragraph.


@pytest.mark.parametrize(
    "text",
    [
        "Tell me in the comments.",  # the examples
        "Let me know what you think in the comments",
        "Hit reply and tell me",
        "Hit reply and tell me where I'm wrong.",
        "Let me know in the comments.",
        "Tell me what I missed in the comments!",
        "Leave a comment below.",
        "See you in the comments.",
        "Just reply to this email and let me know.",
        "Drop your thoughts in the comments.",
    ],
)
def test_a_newsletters_call_to_comment_is_no_claim(text):
    assert newsletter_call(text)
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "The comments on the draft rule close on 30 September.",
        "Readers will tell me in the comments that I'm wrong about 2028.",
        "I'll reply to every comment by Friday.",
        "Let me tell you why batteries halve in price by 2028.",
    ],
)
def test_a_claim_about_comments_or_replies_is_still_proposed(text):
    assert not newsletter_call(text)
    assert is_candidate(text)


_POST = (
    "# The Long Bet\n\n"
    "### Why grid batteries halve in price by 2028\n\n"
    "Imogen Fairlie\nSep 12, 2026\n\n"
    "Battery pack prices will halve by 2028. The reason is boring: factories.\n\n"
    "So that's my bet. Am I wrong? Tell me in the comments.\n\n"
    "Let me know what you think in the comments\n\n"
    "Hit reply and tell me\n\n"
    "Thanks for reading The Long Bet! Subscribe for free to receive new posts.\n"
)


@pytest.mark.parametrize("file_name", ["post.md", "post.txt"])
def test_a_posts_call_to_comment_at_the_end_of_its_paragraph_is_not_proposed(file_name):
    # Page chrome is found a line at a time; the call here ends a paragraph of sentences.
    quotes = _quotes(_POST, file_name)
    assert "Battery pack prices will halve by 2028." in quotes
    assert not [q for q in quotes if "comments" in q or "reply" in q.lower()]


# ---- A reporter's notes header.


@pytest.mark.parametrize(
    "text",
    [
        "HALLORAN intv — Ashby Valley Water Trust — notes: Nadia Kerrigan",  # the examples
        "Thu 2 Jul 2026, phone, ~40 min. recorded w/ consent (file AVWT_0702.m4a)",
        "background / on record unless marked",
        "call w/ J. Okafor, 14:10–14:45, zoom",  # how long: no meeting's heading
        "ON BACKGROUND",
        "sources: county filings, trust's 2025 annual report",
        "Off the record unless noted",
        "Not for attribution",
        "notes by Nadia Kerrigan",
        "Tue 14 Apr, in person, their office, ~1 hr",
        "Okafor phoner — Ridgeline Transit — 9 Jul",
        "zoom, 25 mins, not recorded",
        "re: water rates and the reservoir",
    ],
)
def test_a_notes_header_line_is_the_notes_own(text):
    assert notes_header(text)


@pytest.mark.parametrize(
    "text",
    [
        "Phone call: rates will rise 4% next year.",
        "Background: the trust has lost money three years running.",
        "On record: the reservoir will be full by September.",
        "Says the reservoir will be full by September.",
        "Trust expects to finish the pipeline, 2027, maybe 2028",
        "Reservoir full by September, rates up 4% in 2027",
        "Board meets Thursday, votes on the rate rise in August",
        # A meeting's heading names whom the notes are of (``headings.meeting_people``).
        "Note: our fiscal year ends on 30 September.",  # a note, not the notes' own
        "Lunch w/ Greta Holm, 3 Feb 2026",
        "Phone call, Jonas Akerlund (SEB analyst), 12 Nov 2025",
        # The notes' key to initials: read for who the initials are.
        "DH = Deirdre Halloran, chief exec. TB = Theo Brandt, her ops director, joined ~15 min in",
    ],
)
def test_a_note_is_no_notes_header(text):
    assert not notes_header(text)


def test_a_notes_header_is_not_proposed_and_the_notes_below_it_are():
    quotes = _quotes(
        "HALLORAN intv — Ashby Valley Water Trust — notes: Nadia Kerrigan\n"
        "Thu 2 Jul 2026, phone, ~40 min. recorded w/ consent (file AVWT_0702.m4a)\n"
        "background / on record unless marked\n"
        "\n"
        "Says the reservoir will be full by September.\n"
        "The trust will raise rates 4% next year.\n"
        "ON BACKGROUND\n"
        "Board meets Thursday, votes on the rate rise in August\n"
    )
    assert quotes == [
        "Says the reservoir will be full by September.",
        "The trust will raise rates 4% next year.",
        "Board meets Thursday, votes on the rate rise in August",
    ]


def test_a_notes_header_leaves_the_source_given_its_own():
    text = (
        "Okafor phoner — Ridgeline Transit — Thu 9 Jul 2026, 14:10–14:45\n\nFares rise in 2027.\n"
    )
    source = SourceChoice(title="Okafor call", published_on=SAID_ON, precision=DatePrecision.DAY)
    plan = import_plan(
        data=text.encode(),
        file_name="notes.txt",
        options=ImportOptions(source=source, speakers={"": "Jide Okafor"}),
    )
    assert [c.quote for c in plan.candidates] == ["Fares rise in 2027."]
    assert not [n for n in plan.notes if "source given" in n]


def test_a_timed_calls_header_is_no_claim():
    quotes = _quotes("call w/ J. Okafor, 14:10–14:45, zoom\n\nFares will rise in 2027.\n")
    assert quotes == ["Fares will rise in 2027."]


# ---- A call's courtesies.


@pytest.mark.parametrize(
    "text",
    [
        "Hey, thanks for taking my question, and congrats on the quarter.",
        "Hi, thanks for taking my questions.",
        "Yeah, thank you for taking the question, and congratulations on a strong quarter.",
        "Congrats on the results, and thanks for taking my question.",
        "Thanks for taking a couple of questions.",
        "Let me correct myself there.",
        "I need to correct myself quickly.",
        "Sorry, I misspoke earlier.",
        "See you in Chicago.",
        "Thanks, everyone. See you in Chicago.",
        "See you all at investor day.",
        "See you next quarter.",
    ],
)
def test_a_calls_courtesy_is_no_claim(text):
    assert call_courtesy(text)
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for taking my question; will margins recover next year?",
        "Let me correct the figure: revenue was $412 million.",
        "We will see you in Chicago on September 17.",
        "See you in court by June.",
        "See you in court.",
        "I'll correct the record by Friday.",
    ],
)
def test_a_claim_around_a_courtesys_words_is_no_courtesy(text):
    assert not call_courtesy(text)


def test_the_courtesies_of_an_earnings_call_are_left_and_its_claims_proposed():
    call = (
        "Rafael Quintero -- Brightwater Securities -- Analyst\n"
        "Hey, thanks for taking my question, and congrats on the quarter.\n"
        "Ingrid Sollberg -- Chief Financial Officer\n"
        "Let me correct myself there. Fuel alone was about 60 basis points.\n"
        "Marcus Oyelaran -- Chief Executive Officer\n"
        "Thanks, everyone. See you in Chicago.\n"
    )
    assert _quotes(call) == ["Fuel alone was about 60 basis points."]
