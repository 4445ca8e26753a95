"""Two claims of different kinds in one line, joined by a comma or "and": two candidates,
each of its kind and with its own deadline (``claims.importing.clause_pairs``)."""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.clause_pairs import emphasis_joined, split_clause_pair
from claims.importing.plans import ImportOptions, SourceChoice
from claims.importing.services import import_plan

SAID_ON = datetime.date(2026, 8, 4)
F, C, P, OP = ClaimKind.FACTUAL, ClaimKind.COMMITMENT, ClaimKind.PREDICTION, ClaimKind.OPINION


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        # A fact, then a promise with its own deadline (a chat message).
        (
            "marketing site is done except the pricing page, I'll have that live by Thursday EOD",
            [
                "marketing site is done except the pricing page",
                "I'll have that live by Thursday EOD",
            ],
        ),
        # Two promises spliced with a bare comma: each is kept or broken alone.
        (
            "We launch on September 1st, I'm putting it in the investor update tonight.",
            ["We launch on September 1st", "I'm putting it in the investor update tonight."],
        ),
        # A view, then a forecast.
        (
            "Honestly I think the category is at the bottom of its cycle, and I'd expect growth"
            " to accelerate in the second half of this calendar year.",
            [
                "Honestly I think the category is at the bottom of its cycle",
                "I'd expect growth to accelerate in the second half of this calendar year.",
            ],
        ),
        # Two promises, only the second dated.
        (
            "We will consult with every employee before any announcement, and I'll meet the Hull"
            " works council myself next month.",
            [
                "We will consult with every employee before any announcement",
                "I'll meet the Hull works council myself next month.",
            ],
        ),
        # A forecast, then the speaker's verdict on it.
        (
            "at that rate we're done around 2033, which honestly is not good enough",
            ["at that rate we're done around 2033", "which honestly is not good enough"],
        ),
        (
            "Our churn fell to 3% in October, which frankly is the best number we've had",
            ["Our churn fell to 3% in October", "which frankly is the best number we've had"],
        ),
        # A reporter's paraphrase, then the quoted words in lower case.
        (
            "we lose 19% of treated water to leakage. \"too high, I'm not going to pretend"
            ' otherwise"',
            [
                "we lose 19% of treated water to leakage.",
                '"too high, I\'m not going to pretend otherwise"',
            ],
        ),
        # Invented the way people write in chats, notes and letters.
        (
            "Q3 numbers are in, we'll publish the deck on Monday",
            ["Q3 numbers are in", "we'll publish the deck on Monday"],
        ),
        (
            "The migration finished last night, and I'll send the write-up by Friday",
            ["The migration finished last night", "I'll send the write-up by Friday"],
        ),
        (
            "I think the board is too cautious, and I expect rates to fall by March",
            ["I think the board is too cautious", "I expect rates to fall by March"],
        ),
        (
            "Demand has been brutal this quarter, we'll be hiring again by spring",
            ["Demand has been brutal this quarter", "we'll be hiring again by spring"],
        ),
        (
            "Headcount went from 1,200 to 1,450, and we'll be at 2,000 by 2028.",
            ["Headcount went from 1,200 to 1,450", "we'll be at 2,000 by 2028."],
        ),
        (
            "the vendor slipped again, I'll escalate with their CEO tomorrow",
            ["the vendor slipped again", "I'll escalate with their CEO tomorrow"],
        ),
        (
            "We will close the Derby depot in March, and we will reopen it as a training centre"
            " in 2028.",
            [
                "We will close the Derby depot in March",
                "we will reopen it as a training centre in 2028.",
            ],
        ),
    ],
)
def test_two_claims_in_one_line_are_two_parts(line, parts):
    assert split_clause_pair(line, said_on=SAID_ON) == parts


@pytest.mark.parametrize(
    "line",
    [
        # A clause that is no claim alone: a condition, a way of saying, a lead-in, a tag.
        "If demand holds, we will open a second plant by 2028.",
        "Once the audit is done, I'll send you the numbers by Friday.",
        "As I said, we'll have it done by June.",
        "Honestly, I think we'll be done by June.",
        "The point is, we will ship by June.",
        "He said, we'll have it by June.",
        "We'll be done by June, I think.",
        "too high, I'm not going to pretend otherwise",
        # A pledge on what was just said.
        "And on Collier, I'll get you a written answer by Friday, Daniel, you have my word.",
        "We will open the depot by March, mark my words.",
        "We will open Line 4 by the end of September, that's the commitment from our side.",
        # An echo by the auxiliary alone: "…, it always does."
        "The resurfacing will overrun into August, it always does.",
        "Prices will rise again by 2027, they usually do.",
        # A consequence: "X, and so Y", "X, so Y".
        "Rates stayed high, and so we will delay the launch until 2027.",
        "Rates stayed high, so we will delay the launch until 2027.",
        # Lists, an appositive, a comma inside a number.
        "We'll open stores in Leeds, York, and Hull by 2028.",
        "Our CFO, Dana Reyes, expects margins to recover by 2027.",
        "We sold 1,200 units last year, and 1,450 this year.",
        "We will hire 1,250 people by 2028 and train them all.",
        # The second part does what the first says, or only says it is settled.
        "I am always happy to meet the hon. Member, and I will do so before Christmas.",
        "We will open the new surgical hub at Fellgate by the end of March, that's signed off.",
        # Two claims of one kind, neither dated: one candidate as before.
        "We hired 40 people, we opened two offices.",
        "The product is great, the team is strong.",
        "Prices will rise, they'll rise a lot.",
        "We'll hire 40 engineers, and we'll train them in-house.",
        # "but" joins a contrast, not a comma or "and".
        "We missed Q2, but we'll hit Q3.",
    ],
)
def test_one_claim_stays_one_part(line):
    assert split_clause_pair(line, said_on=SAID_ON) == [line]


@pytest.mark.parametrize(
    ("sentences", "joined"),
    [
        (
            ["I'm putting it in the investor update tonight.", "No more slipping"],
            ["I'm putting it in the investor update tonight. No more slipping"],
        ),
        (
            ["We ship on the 14th.", "No excuses."],
            ["We ship on the 14th. No excuses."],
        ),
        # Near-misses: a claim of its own, nothing before, a question before.
        (["We ship on the 14th.", "No more delays to the roof."], None),
        (["No more slipping"], None),
        (["Will you ship on the 14th?", "No excuses."], None),
    ],
)
def test_a_line_of_emphasis_joins_the_claim_before(sentences, joined):
    assert emphasis_joined(sentences) == (joined or sentences)


def _candidates(text: str, file_name: str, speakers: dict[str, str] | None = None):
    plan = import_plan(
        data=text.encode(),
        file_name=file_name,
        options=ImportOptions(
            source=SourceChoice(title="Notes", published_on=SAID_ON),
            speakers=speakers or {},
        ),
    )
    return [(c.quote, c.kind, c.deadline) for c in plan.candidates]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "file_name", "expected"),
    [
        (
            "[2026-08-04 09:02] Priya Shah: marketing site is done except the pricing page,"
            " I'll have that live by Thursday EOD\n",
            "slack.txt",
            [
                ("marketing site is done except the pricing page", F, None),
                ("I'll have that live by Thursday EOD", C, datetime.date(2026, 8, 6)),
            ],
        ),
        (
            "[2026-08-04 09:02] Priya Shah: We launch on September 1st, I'm putting it in the"
            " investor update tonight. No more slipping\n",
            "slack.txt",
            [
                ("We launch on September 1st", C, None),
                ("I'm putting it in the investor update tonight. No more slipping", C, None),
            ],
        ),
        (
            "Honestly I think the category is at the bottom of its cycle, and I'd expect growth"
            " to accelerate in the second half of this calendar year.\n",
            "notes.txt",
            [
                ("Honestly I think the category is at the bottom of its cycle", OP, None),
                (
                    "I'd expect growth to accelerate in the second half of this calendar year.",
                    P,
                    datetime.date(SAID_ON.year, 12, 31),
                ),
            ],
        ),
        (
            "We will consult with every employee before any announcement, and I'll meet the"
            " Hull works council myself next month.\n",
            "notes.txt",
            [
                ("We will consult with every employee before any announcement", C, None),
                (
                    "I'll meet the Hull works council myself next month.",
                    C,
                    datetime.date(2026, 9, 30),
                ),
            ],
        ),
    ],
)
def test_each_claim_of_a_line_is_a_candidate_of_its_kind(text, file_name, expected):
    assert _candidates(text, file_name, {"": "Rachel Onyango"}) == expected


REPORTER_NOTES = """# Leakage interviews

DH = Dana Hollis, TB = Tom Baird

DH: we lose 19% of treated water to leakage. "too high, I'm not going to pretend otherwise"

TB: "at that rate we're done around 2033, which honestly is not good enough"
"""


@pytest.mark.django_db
def test_a_paraphrase_and_a_quote_are_each_the_speakers_claim():
    plan = import_plan(
        data=REPORTER_NOTES.encode(),
        file_name="notes.md",
        options=ImportOptions(source=SourceChoice(title="Notes", published_on=SAID_ON)),
    )
    got = [(c.statement.speaker, c.quote, c.kind) for c in plan.candidates]
    assert got == [
        ("Dana Hollis", "we lose 19% of treated water to leakage.", F),
        ("Dana Hollis", '"too high, I\'m not going to pretend otherwise"', OP),
        ("Tom Baird", "at that rate we're done around 2033", P),
        ("Tom Baird", "which honestly is not good enough", OP),
    ]
    # "around 2033" is approximate: read, and left to the curator to date.
    assert plan.candidates[2].horizon == "around 2033"
