"""Table tests: words of the conversation are not claims, and an answer that only says when
is marked for the curator rather than proposed as a forecast of its own."""

import datetime

import pytest

from claims.importing.classify import FRAGMENT, fragment_remark, is_candidate, is_filler
from claims.importing.parsing import parse_document
from claims.importing.reading import read_document


@pytest.mark.parametrize(
    "text",
    [
        # Greetings and welcomes.
        "Welcome to Odd Lots.",
        "Welcome back to the show, Cathie.",
        "Hello everyone, and welcome.",
        "Welcome everyone to the November research sync.",
        "Welcome, everyone, to the research sync.",
        "Hi all, welcome to the Q3 planning call.",
        "Good morning everyone, welcome to the weekly stand-up.",
        "Welcome back, folks.",
        "Good morning, Joe.",
        "Great to have you, Cathie Wood.",
        # Thanks and pleasantries.
        "Thanks for having me.",
        "Thank you so much for joining us, Cathie Wood.",
        "Thanks again for having me on.",
        "It's a pleasure to be here.",
        "Good to be here.",
        "Happy to be back on the show.",
        "The pleasure is all mine.",
        # Praise of a question or a point.
        "Great question.",
        "That's a really good point.",
        "What a fascinating question!",
        # A reaction to the line before.
        "That's soon.",
        "That's really interesting.",
        "This is huge.",
        "So true.",
        "Yeah, absolutely, totally.",
        "Right, exactly, makes sense.",
        # The running of the show.
        "We'll be right back after the break.",
        "That's all for today.",
        "Let's dive in.",
        "See you next week.",
        # Said to someone by name, before or after.
        "Great question, Kara.",
        "Priya, great to have you.",
        "Thanks, Tom.",
        "Joe, that's a really good point.",
        "Good point, Dr. Okafor!",
        # A speaker naming themselves.
        "I'm Tracy Alloway.",
        "And I'm Joe Weisenthal.",
        "This is Maya Chen.",
        # A turn to a subject, a bare disagreement.
        "Let's talk energy.",
        "So let's turn to Europe.",
        "A: I don't agree.",
        "I disagree.",
        "Not really.",
    ],
)
def test_filler_is_not_proposed(text):
    assert is_filler(text)
    assert not is_candidate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Welcome to a new era of cheap energy.",  # an era, not a show
        "Welcome, everyone, to a world where solar is the cheapest power.",
        "Thanks to AI, productivity will double by 2030.",  # "thanks to": a cause
        "Great companies will win by 2030.",
        "That was a mistake by the Fed.",
        "Good products sell themselves.",
        "That's why rates will fall by 2026.",
        "This is the decade of solar power.",
        "Happy customers will drive growth next year.",
        # A name set off by a comma, and a claim after it.
        "Tom, rates will fall by 2027.",
        "Rates will fall by 2027, Tom.",
        "Kara, I think Apple ships a car by 2030.",
        # "I'm" with no name after it, and a turn that says something.
        "I'm sure prices will fall next year.",
        "I'm betting on fusion by 2040.",
        "Let's talk about why rates will fall by 2027.",
        "I don't agree that rates will fall this year.",
    ],
)
def test_claims_that_open_like_filler_are_still_proposed(text):
    assert not is_filler(text)
    assert is_candidate(text)


@pytest.mark.parametrize(
    ("text", "remark"),
    [
        # An answer with a horizon and no subject or verb of its own.
        ("Maybe, over the next 12 to 18 months.", FRAGMENT),
        ("Probably by 2027.", FRAGMENT),
        ("Within two years, tops.", FRAGMENT),
        ("Next year, I'd say.", FRAGMENT),
        ("Sometime in 2026, hopefully.", FRAGMENT),
        ("Not before 2030.", FRAGMENT),
        ("Oh, definitely by the end of the decade.", FRAGMENT),
        # A forecast whose subject is the line before.
        ("That will happen by 2030.", FRAGMENT),
        ("This won't last past 2025.", FRAGMENT),
        ("And that's going to come within five years.", FRAGMENT),
        # A claim of its own, however short or however it opens.
        ("In 2026 rates will fall.", ""),
        ("Over the next decade we expect growth.", ""),
        ("Solar cheapest everywhere by 2027", ""),  # a note without a verb names its subject
        ("No rate cuts until 2026.", ""),
        ("Maybe rates fall by 2027.", ""),
        ("That's what the data say.", ""),  # no forecast: no remark
    ],
)
def test_a_fragment_that_only_says_when_is_marked(text, remark):
    assert fragment_remark(text) == remark


def hedged(words: str) -> str:
    return f"hedged (“{words}”): is it a forecast, and of when? check the deadline"


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            "Guest: Cathie Wood\nWelcome to Odd Lots.\nThanks for having me.\n"
            "Q: When will rates be cut?\nMaybe, over the next 12 to 18 months.\n",
            [
                (
                    "Maybe, over the next 12 to 18 months.",
                    f"{FRAGMENT}; {hedged('maybe')}; deadline unclear: “over the next 12 to 18"
                    " months” gives a range, the later end is taken: check it",
                )
            ],
        ),
        (
            "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Joe Weisenthal>When do cuts come?\n\n"
            "00:00:03.000 --> 00:00:06.000\n<v Cathie Wood>Great question. Probably by 2027.\n",
            [("Probably by 2027.", f"{FRAGMENT}; {hedged('probably')}")],
        ),
        (
            "1\n00:00:01,000 --> 00:00:04,000\nCATHIE WOOD: Rates will fall by 2026.\n\n"
            "2\n00:00:05,000 --> 00:00:08,000\nThat's soon. That will happen by 2026, I think.\n",
            [
                ("Rates will fall by 2026.", ""),
                ("That will happen by 2026, I think.", f"{FRAGMENT}; {hedged('i think')}"),
            ],
        ),
    ],
    ids=["notes", "webvtt", "srt"],
)
def test_an_import_proposes_no_filler_and_marks_fragments(document, expected):
    # Said on a fixed day: "by 2026" is a deadline then, and no remark says it is past.
    today = datetime.date(2025, 6, 1)
    statements = parse_document(read_document(document.encode()), today=today).statements
    proposed = [(s.text, s.note) for s in statements if is_candidate(s.text) and not s.host]
    assert proposed == expected
