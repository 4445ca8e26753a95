"""Table tests: the lines of a copied fediverse thread and of a talk that claim nothing, and
the hedges that keep a forecast whole.

A post's content warning ("CW: …", "Content warning: …") is its writer's label; a reply's
leading "@handle"s are whom it answers; "Asking as a …" tells who asks; a talk's "I will tell
you why" and "Which brings me to the question …" run the talk. "…, I'd guess sometime in
the next two or three years, because …" hedges the forecast before it and gives its time
(the later end); "By 2030, at least three cities will …" counts cities, not years. Near
misses keep today's reading.
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.bluesky import tone_only
from claims.importing.clause_pairs import split_clause_pair, timed_hedge
from claims.importing.forums import content_warning, without_addressees
from claims.importing.services import ImportOptions, SourceChoice, import_plan
from claims.importing.talk_about_talk import talk_about_talk
from tests.importing.attributed import spoken

DAY = datetime.date(2026, 5, 4)

_THREAD = """Back
Post

Maren Solvik
@maren@fells.social
Follow
1/ Thread on the upland bus network. 🧵
May 4, 2026, 07:55
·
Web
2
replies
9
boosts
14
favourites
Maren Solvik
@maren@fells.social
May 4
{post}
1
3
7
Piet Olde
@piet@moor.example
May 4
{reply}
0
1
2
Reply
Boost
Favourite
"""


def _thread_quotes(post: str, reply: str = "@maren thanks.") -> list[str]:
    options = ImportOptions(source=SourceChoice(title="Thread", published_on=DAY))
    plan = import_plan(
        data=_THREAD.format(post=post, reply=reply).encode(), file_name="t.txt", options=options
    )
    return [c.quote for c in plan.candidates]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("post", "reply", "never", "kept"),
    [
        (
            "Content warning: politics, long\nShow more\n2/ The route 40 subsidy ends in 2027.",
            "@maren thanks.",
            "politics, long",
            "The route 40 subsidy ends in 2027.",
        ),
        (
            "CW: money\nShow more\n2/ Fares rose 12% this year.",
            "@maren thanks.",
            "money",
            "Fares rose 12% this year.",
        ),
        (
            "2/ The depot will close by 2028.",
            "@maren For reference: ridership fell 8% last year.",
            "@maren",
            "ridership fell 8% last year.",
        ),
        (
            "2/ The depot will close by 2028.",
            "@maren@fells.social @ana That's the plan the council voted for in March.",
            "@ana",
            "That's the plan the council voted for in March.",
        ),
        (
            "2/ The depot will close by 2028.",
            "Will the night bus survive? Asking as a very tired shift worker.",
            "Asking as",
            "The depot will close by 2028.",
        ),
    ],
)
def test_a_threads_labels_and_addressees_are_no_words(post, reply, never, kept):
    quotes = _thread_quotes(post, reply)
    assert not any(never in quote for quote in quotes), quotes
    assert any(quote.endswith(kept) for quote in quotes), quotes


@pytest.mark.parametrize(
    ("sentence", "kind", "deadline", "parts"),
    [
        (
            "Fares will be frozen, I'd guess sometime in the next two or three years, because "
            "the operator wants the riders back.",
            ClaimKind.PREDICTION,
            datetime.date(2029, 5, 4),
            1,
        ),
        ("The depot will be sold, I'd say within 18 months.", ClaimKind.PREDICTION, None, 1),
        ("The line will reopen, I reckon by 2029.", ClaimKind.PREDICTION, None, 1),
        (
            "By 2030, at least three valleys will have a bus every hour.",
            ClaimKind.PREDICTION,
            datetime.date(2030, 12, 31),
            1,
        ),
        ("I think that fare is too high, and I will tell you why.", None, None, 1),
        # Near misses: a hedge with a clause of its own is split; a bound stays one.
        (
            "The depot will be sold, I'd guess they will close the line by 2030.",
            None,
            None,
            2,
        ),
        ("The line won't reopen before 2030, at least.", ClaimKind.PREDICTION, None, 1),
    ],
)
@pytest.mark.django_db
def test_hedged_times_and_counted_bounds(sentence, kind, deadline, parts):
    candidates = spoken(sentence, DAY)
    assert len(candidates) == parts, [c.quote for c in candidates]
    if kind is not None:
        assert candidates[0].kind == kind
    if deadline is not None:
        assert candidates[0].deadline == deadline


@pytest.mark.django_db
def test_a_talks_running_words_are_no_claims():
    assert spoken("Which brings me to the question everyone asks me at dinner parties.", DAY) == []
    assert spoken("I'll come back to that in a minute.", DAY) == []
    kept = spoken("That brings us to the budget, which will be cut by 2027.", DAY)
    assert kept
    assert kept[0].kind == ClaimKind.PREDICTION


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Content warning: politics, the compact, long", True),
        ("CW: numbers", True),
        ("cw - food, weight", True),
        ("TW: violence", True),
        ("Show content", True),
        ("Content warnings are a Mastodon feature.", False),
        ("CWs help people.", False),
    ],
)
def test_content_warning(line, expected):
    assert content_warning(line) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@ines great thread.", "great thread."),
        ("@tmw @ines@hydro.community That's it.", "That's it."),
        ("@lena_rides, yes, from August.", "yes, from August."),
        ("The @council account posted it.", "The @council account posted it."),
        ("@ines", "@ines"),
    ],
)
def test_without_addressees(text, expected):
    assert without_addressees(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Asking as a very tired county planner.", True),
        ("Genuinely asking as someone who rents", True),
        ("Asking as a planner: the rule will change by 2028.", False),
        ("Asking as a planner, the rule will change by 2028.", False),
    ],
)
def test_asking_as_is_a_tone_tag(sentence, expected):
    assert tone_only(sentence) is expected


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("I'd guess sometime in the next two or three years, because it's old.", True),
        ("I'd say within 18 months.", True),
        ("we would expect by the spring", True),
        ("I'd guess they will sell it by 2030.", False),
        ("I'd say it's too early.", False),
    ],
)
def test_timed_hedge(part, expected):
    assert timed_hedge(part) is expected


def test_a_timed_hedge_keeps_its_forecast_whole():
    sentence = "The rules will get rewritten, I'd guess sometime in the next two years."
    assert split_clause_pair(sentence, said_on=DAY) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("I will tell you why.", True),
        ("Let me show you how.", True),
        ("I'll come back to that later.", True),
        ("Which brings me to my second point.", True),
        ("I will tell you why the port will close by 2028.", False),
    ],
)
def test_a_talks_running(sentence, expected):
    assert talk_about_talk(sentence) is expected
