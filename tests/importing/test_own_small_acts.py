"""Table tests: the speaker's own acts said in everyday words, and own words that promise nothing.

"I'll find out who holds the keys" and "we'll have oat-milk scones at the café every
Saturday" were read as forecasts: a small act said to colleagues and a business's own offer
are commitments. "The 09:10 will sail as normal" on an operator's channel is its own service,
and a return to service moved to a new day is its own act too: both commitments, asked about
(the importer cannot know the speaker runs the service). "At this pace we'll clear the
backlog by March" forecasts one's own progress, and "We're building a kiln shed behind the
hall" tells an act under way: no promise unless a time to finish is said.
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.horizons.parser import parse_horizon
from claims.importing.agency import DOERLESS_ACT, OWN_ACT, own_act
from claims.importing.classify import classify
from claims.importing.wording import normalise

C, P, F = ClaimKind.COMMITMENT, ClaimKind.PREDICTION, ClaimKind.FACTUAL

KINDS = [
    # Small acts said to colleagues.
    ("I'll ask the landlord tomorrow.", C),
    ("OK, I'll ask her about the insurance.", C),
    ("I'll draft the reply to the tenants' association.", C),
    ("We'll find out who holds the keys to the annexe.", C),
    ("I'll put together the rota for December.", C),
    ("Fine, I'll call them back after lunch.", C),
    # A business's own offer.
    ("we'll have oat-milk scones at the café every Saturday!", C),
    ("We will have the winter boots in stock from Monday.", C),
    ("From next week we'll be baking rye on Fridays.", C),
    # Near misses: no act of one's own.
    ("I'll ask you all to keep your microphones muted.", None),
    ("We'll sell out of these by noon.", P),
    ("We will have rain every Saturday this month.", None),
    ("They'll have a stall at the market every Sunday.", None),
    # A forecast of one's own progress.
    ("At this pace we'll clear the backlog by March.", P),
    ("On current progress we'll finish the survey in the spring.", P),
    ("We'll clear the backlog by March.", C),
    # An act under way, told.
    ("We're building a new kiln shed behind the village hall.", F),
]


@pytest.mark.parametrize(("line", "kind"), KINDS)
def test_own_everyday_acts(line, kind):
    got = classify(line)
    if kind is None:
        assert got != C
    else:
        assert got == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("We're building a kiln shed behind the hall, to open in May 2027.", C),
        ("We're building 40 homes on the old depot site by 2029.", C),
    ],
)
def test_an_act_under_way_with_a_time_to_finish_stays_a_promise(line, kind):
    assert classify(line, has_horizon=True, timed=True) == kind


SERVICES = [
    ("The 09:10 will sail as normal.", DOERLESS_ACT),
    ("Update: the evening shuttle will run as scheduled.", DOERLESS_ACT),
    ("After the storm, the Lark's return moves to Thursday 12.03.", DOERLESS_ACT),
    ("The depot's reopening is pushed back to 4 May.", DOERLESS_ACT),
    ("I'll find out who holds the keys.", OWN_ACT),
    # Near misses: an outcome, a service in the past, a thing's return of no service.
    ("The trains ran as normal yesterday.", ""),
    ("The river will run high after the rain.", ""),
    ("Prices will return to normal by March.", ""),
]


@pytest.mark.parametrize(("line", "how"), SERVICES)
def test_a_service_told_without_its_doer_is_asked_about(line, how):
    assert own_act(normalise(line)) == how


@pytest.mark.parametrize(("line", "_how"), SERVICES[:4])
def test_a_told_service_is_a_commitment(line, _how):
    assert classify(line) == C


@pytest.mark.parametrize(
    ("line", "deadline"),
    [
        ("I'll commit to the end of March for the audit.", datetime.date(2027, 3, 31)),
        ("We can commit to next spring for the new roof.", datetime.date(2027, 5, 31)),
        ("We commit to 2028 for the depot.", datetime.date(2028, 12, 31)),
        ("I'll commit to the plan.", None),
        ("We'll commit to it.", None),
    ],
)
def test_commit_to_a_period_names_its_deadline(line, deadline):
    found = parse_horizon(line, said_on=datetime.date(2026, 10, 7))
    assert found.deadline == deadline
