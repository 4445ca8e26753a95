"""A deadline taken from before: a sentence standing by the one before ("That's a firm
commitment.", "We will stick to that date.") takes its time, and one naming an event whose day
the document set ("before go-live") takes that day, each with a remark; never across a
speaker's turn unless the words point back to a date."""

import datetime

import pytest

from claims.importing.answered_times import AnswerTimes, borrowed_horizon
from claims.importing.borrowed_times import EventDays
from claims.importing.plans import ImportOptions, SourceChoice
from claims.importing.services import import_plan

D = datetime.date
SAID = D(2026, 3, 2)


def _notes(turns: list[tuple[str, str]], said_on=SAID) -> list[str]:
    times = AnswerTimes()
    notes = []
    for speaker, text in turns:
        notes.append(times.note(text, speaker, said_on))
        times.heard(text, speaker, said_on)
    return notes


def _deadline(note: str, said_on=SAID):
    found = borrowed_horizon(note, said_on)
    return found.deadline if found else None


@pytest.mark.parametrize(
    ("turns", "deadline"),
    [
        # the same speaker stands by what was just said
        (
            [
                ("Ana Ruiz", "We will have the depot open by the end of next year."),
                ("Ana Ruiz", "That's a firm commitment from our board."),
            ],
            D(2027, 12, 31),
        ),
        (
            [
                ("Ana Ruiz", "The clinic will reopen by June."),
                ("Ana Ruiz", "That is a promise."),
            ],
            D(2026, 6, 30),
        ),
        # a date pointed back to: whoever said it, among the recent sentences
        (
            [
                ("Ben Okafor", "The council wants the new bins out by 30 April."),
                ("Ana Ruiz", "We will stick to that date."),
            ],
            D(2026, 4, 30),
        ),
        (
            [
                ("Ana Ruiz", "The audit will be filed by the end of May."),
                ("Ana Ruiz", "Costs are up."),
                ("Ana Ruiz", "That deadline stands."),
            ],
            D(2026, 5, 31),
        ),
    ],
)
def test_a_sentence_standing_by_the_one_before_takes_its_time(turns, deadline):
    note = _notes(turns)[-1]
    assert "is taken as its deadline; check it" in note
    assert _deadline(note) == deadline


@pytest.mark.parametrize(
    "turns",
    [
        # another speaker's turn, and words that do not point to a date: not borrowed
        [
            ("Ben Okafor", "We will have the depot open by the end of next year."),
            ("Ana Ruiz", "That's a firm commitment from our board."),
        ],
        # nothing said before has a time
        [
            ("Ana Ruiz", "We will open a depot."),
            ("Ana Ruiz", "That's a firm commitment."),
        ],
        # a time of its own
        [
            ("Ana Ruiz", "We will open the depot by June."),
            ("Ana Ruiz", "That's a firm commitment to finish by 2028."),
        ],
        # a commitment named, not stood by
        [
            ("Ana Ruiz", "We will open the depot by June."),
            ("Ana Ruiz", "The board made a firm commitment last week."),
        ],
        # a time said before that is over
        [
            ("Ana Ruiz", "We had the depot open by 2019."),
            ("Ana Ruiz", "We will stick to that date."),
        ],
    ],
)
def test_near_misses_borrow_nothing(turns):
    assert _notes(turns)[-1] == ""


@pytest.mark.parametrize(
    ("set_by", "later", "deadline"),
    [
        (
            "The new booking site goes live on Monday 4 May.",
            "I'll send everyone their passwords before go-live.",
            D(2026, 5, 3),
        ),
        (
            "The portal goes live across both depots on Friday 3 April.",
            "We will finish the training by go-live.",
            D(2026, 4, 3),
        ),
        (
            "The app will launch on 12 June.",
            "Marketing will have the posters up ahead of the launch.",
            D(2026, 6, 11),
        ),
    ],
)
def test_an_event_named_takes_the_day_the_document_set(set_by, later, deadline):
    notes = _notes([("Ana Ruiz", set_by), ("Ben Okafor", later)])
    assert "whose day was given before" in notes[-1]
    assert _deadline(notes[-1]) == deadline


@pytest.mark.parametrize(
    ("set_by", "later"),
    [
        # the event's day told in the past
        ("The old site went live on Monday 2 March.", "I'll send the passwords before go-live."),
        # no day set, only a month
        ("The site goes live in May.", "I'll send the passwords before go-live."),
        # another event
        ("The app will launch on 12 June.", "I'll send the passwords before go-live."),
        # the launch named, not set: the day is the discussion's
        ("We will discuss the launch on Monday 4 May.", "I'll fix it before the launch."),
        # a time of its own wins
        ("The site goes live on Monday 4 May.", "I'll send the passwords before go-live on 1 May."),
        # go-live named but not as a time
        ("The site goes live on Monday 4 May.", "The go-live plan is on the wiki."),
    ],
)
def test_event_near_misses_borrow_nothing(set_by, later):
    assert _notes([("Ana Ruiz", set_by), ("Ana Ruiz", later)])[-1] == ""


def test_event_days_keeps_only_a_day():
    days = EventDays()
    days.heard("Phase two launches in the autumn.", SAID)
    assert days.days == {}


TEAM_CHAT = "\n".join(
    (
        "Ana Ruiz: Heads up: the new rota tool goes live in both wards on Monday 6 April.",
        "Ben Okafor: Will night staff get logins?",
        "Ana Ruiz: Yes, I'll send their logins out before go-live.",
        "Cara Lind: We will have the new depot open by the end of next year. That's a firm"
        " commitment from our trustees.",
    )
)


@pytest.mark.django_db
def test_a_document_s_borrowed_deadlines_with_remarks():
    plan = import_plan(
        data=TEAM_CHAT.encode(),
        file_name="notes.txt",
        options=ImportOptions(source=SourceChoice(title="Rota tool", published_on=D(2026, 3, 24))),
    )
    by_quote = {c.quote: c for c in plan.candidates}
    logins = by_quote["Yes, I'll send their logins out before go-live."]
    assert logins.deadline == D(2026, 4, 5)
    assert any("whose day was given before" in r for r in logins.remarks)
    firm = by_quote["That's a firm commitment from our trustees."]
    assert firm.deadline == D(2027, 12, 31)
    assert any("stands by" in r for r in firm.remarks)
