"""Table tests: a sentence the page breaks in two is one statement again (``broken_sentences``).

A thread's post that runs on into the author's next post ("…it gets renegotiated" / "6/
...within 18 months."), and a talk's paragraph that a time line cuts in mid-sentence ("my
bet is that the ferry" / "04:12" / "will run at a profit before 2029"), are read as one
forecast, due when the second half says. Near misses: a post that ends its sentence, a next
post without an ellipsis, another author's reply, a talk's paragraph after "(Applause)" and a
paragraph that opens with a capital read as before.
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.broken_sentences import continues, joined
from claims.importing.services import ImportOptions, SourceChoice, import_plan

DAY = datetime.date(2026, 3, 14)


def _plan(text: str, name: str = "thread.txt", **speakers: str):
    options = ImportOptions(source=SourceChoice(title="Page", published_on=DAY), speakers=speakers)
    return import_plan(data=text.encode(), file_name=name, options=options)


def _thread(first: str, second: str, *, replier: str = "") -> str:
    """A fediverse thread copied from the web app: two posts, the second by ``replier``
    (the author when empty)."""
    name, handle = ("Ruth Abernethy", "@ruth@tides.social")
    second_name, second_handle = name, handle
    if replier:
        second_name = replier
        second_handle = "@" + replier.split(maxsplit=1)[0].lower() + "@harbour.example"
    return (
        f"Back\nPost\n\n{name}\n{handle}\nFollow\n1/ Thread on the harbour dredging plan. 🧵\n"
        f"Feb 2, 2026, 09:10\n·\nWeb\n3\nreplies\n12\nboosts\n20\nfavourites\n"
        f"{name}\n{handle}\nFeb 2\n2/ {first}\n1\n4\n9\n"
        f"{second_name}\n{second_handle}\nFeb 2\n3/ {second}\n0\n2\n5\n"
        "Reply\nBoost\nFavourite\nBookmark\nMore\n"
    )


_TALK = """Tidewater Talks
Watch
Ruth Abernethy: What the harbour will look like
Coastline Forum 2026 | March 14, 2026
Share
Transcript
English
Transcript (English)
00:05
Thank you all for coming.
(Laughter)
00:40
The port moved four million tonnes last year, a record.
01:12
{first}
01:40
{second}
02:30
Thank you.
(Applause)
Share this talk
Watch next
Related talks
"""


def _candidate(plan, words: str):
    return next((c for c in plan.candidates if words in c.quote), None)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("first", "second", "words", "deadline"),
    [
        (
            "My bet is that the dredging contract gets cancelled",
            "...within 18 months. The money was never there.",
            "cancelled within 18 months",
            datetime.date(2027, 9, 14),
        ),
        (
            "I expect the north quay to close",
            "… before the end of 2027, whatever the council says.",
            "close before the end of 2027",
            datetime.date(2027, 12, 31),
        ),
        (
            "The ferry company will drop the winter timetable...",
            "...by next March, mark my words.",
            "winter timetable by next March",
            datetime.date(2027, 3, 31),
        ),
        (
            "Harbour fees will double",
            "...by 2028 at the latest.",
            "Harbour fees will double by 2028",
            datetime.date(2028, 12, 31),
        ),
    ],
)
def test_a_post_that_goes_on_with_the_last_is_one_forecast(first, second, words, deadline):
    plan = _plan(_thread(first, second))
    found = _candidate(plan, words)
    assert found is not None, [c.quote for c in plan.candidates]
    assert found.kind == ClaimKind.PREDICTION
    assert found.deadline == deadline
    assert not any(c.quote.lstrip(".… ").startswith(second[3:15]) for c in plan.candidates)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("first", "second", "never"),
    [
        # The first post ends its sentence: two statements.
        ("The dredging contract gets cancelled in 2027.", "...and the quay closes.", "2027. and"),
        # No ellipsis: a new post, even in lower case.
        ("The dredging contract gets cancelled", "lol yes, I know", "cancelled lol"),
        # The first ends with an emoji: its sentence is over.
        ("The quay will close 🙃", "...within a year, sadly.", "close within a year"),
    ],
)
def test_a_post_that_does_not_go_on_reads_as_before(first, second, never):
    plan = _plan(_thread(first, second))
    quotes = [c.quote for c in plan.candidates]
    assert not any(never in q.replace("🙃 ", "") for q in quotes), quotes


@pytest.mark.django_db
def test_another_authors_reply_is_never_joined():
    text = _thread(
        "My bet is that the quay closes", "...within a year, sadly.", replier="Owen Tarr"
    )
    plan = _plan(text)
    assert not any("quay closes within a year" in c.quote for c in plan.candidates)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("first", "second", "words", "deadline"),
    [
        (
            "And my bet is that the ferry",
            "will run at a profit before the end of 2029, with or without the subsidy.",
            "the ferry will run at a profit before the end of 2029",
            datetime.date(2029, 12, 31),
        ),
        (
            "Over the next few years, I think the harbour authority is going to",
            "sell the south basin by 2030.",
            "going to sell the south basin by 2030",
            datetime.date(2030, 12, 31),
        ),
        (
            "The council will approve the new breakwater,",
            "probably within two years.",
            "breakwater, probably within two years",
            datetime.date(2028, 3, 14),
        ),
    ],
)
def test_a_talks_paragraph_cut_by_its_time_line_is_one_forecast(first, second, words, deadline):
    plan = _plan(_TALK.format(first=first, second=second), "talk.txt", **{"": "Ruth Abernethy"})
    found = _candidate(plan, words)
    assert found is not None, [c.quote for c in plan.candidates]
    assert found.kind == ClaimKind.PREDICTION
    assert found.deadline == deadline


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("first", "second", "alone"),
    [
        # A capital after the time line: a new sentence.
        ("The quay closed in 2019", "The ferry will run at a profit by 2029.", "The ferry will"),
        # A sentence that ends before the time line.
        ("The quay closed in 2019.", "the ferry will run at a profit by 2029.", "the ferry will"),
    ],
)
def test_a_talks_paragraph_after_an_ended_one_reads_as_before(first, second, alone):
    plan = _plan(_TALK.format(first=first, second=second), "talk.txt", **{"": "Ruth Abernethy"})
    assert any(c.quote.startswith(alone) for c in plan.candidates)


@pytest.mark.parametrize(
    ("before", "after", "lower", "expected"),
    [
        ("My bet is that it gets renegotiated", "...within 18 months.", False, True),
        ("it gets renegotiated...", "...within 18 months.", False, True),
        ("it gets renegotiated —", "… by the spring.", False, True),
        ("the first pier to reopen", "will do it before 2028", True, True),
        ("the first pier to reopen", "will do it before 2028", False, False),
        ("It reopened in May.", "...and stayed open.", False, False),
        ("Is it open?", "...nobody knows.", False, False),
        ("It will reopen 🎉", "...eventually.", False, False),
        ("They said so. /end", "...and that's it.", False, False),
        ("the first pier to reopen", "Will it?", True, False),
        ("", "...within 18 months.", False, False),
    ],
)
def test_continues(before, after, lower, expected):
    assert continues(before, after, lower_goes_on=lower) is expected


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (
            "My bet is that it gets renegotiated",
            "...within 18 months.",
            "My bet is that it gets renegotiated within 18 months.",
        ),
        ("it closes...", "…by June.", "it closes by June."),
        (
            "the first pier to reopen",
            "will do it in 2028",
            "the first pier to reopen will do it in 2028",
        ),
    ],
)
def test_joined(before, after, expected):
    assert joined(before, after) == expected
