"""Table tests: a view told plainly reads as an opinion, and a forecast told as the speaker's
surprise reads as a prediction.

- A verdict with no "I think" is an opinion: a place or a service judged ("parking on Wren
  Lane is already a nightmare"), a wear idiom ("the lift is on its last legs"), the speaker's
  pride or dismay ("I'm really proud of how the crew handled it"), a belief with its adverb
  or its denial ("I firmly believe …", "I don't think the survey reflects …"), and a kind of
  people's habit of speech ("Lobbyists always say that.").
- "I'd be surprised if it took more than a month" forecasts: a prediction, not a
  hypothetical, and no remark calls it one.
- Near misses keep their reading: "a disaster relief fund", "I'm pleased to announce", "she
  always says that the bus is late", "I was surprised when it opened early".
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import classify
from claims.importing.services import ImportOptions, SourceChoice, import_plan

pytestmark = pytest.mark.django_db

P, F, OP = ClaimKind.PREDICTION, ClaimKind.FACTUAL, ClaimKind.OPINION
SAID_ON = datetime.date(2026, 10, 7)

# (line, kind, why)
VIEWS = [
    ("Lobbyists always say that.", OP, "a kind of people's habit of speech, judged"),
    ("Auditors always tell you that.", OP, "the same, with its 'tell you'"),
    ("Parking on Wren Lane is already a nightmare", OP, "a street judged"),
    ("The new rota is a complete shambles.", OP, "a rota judged"),
    ("Honestly the ring road is a death trap for cyclists.", OP, "a road judged"),
    ("I'm really proud of how the crew handled the storm.", OP, "the speaker's pride"),
    ("We're bitterly disappointed with the ruling.", OP, "the speaker's dismay"),
    ("Well, I don't think the survey reflects our members' views.", OP, "a belief denied"),
    ("And I firmly believe that a four-day week is the fairer choice", OP, "an adverb, then"
     " 'believe'"),
    ("We genuinely think the depot belongs on the east side.", OP, "the same, with 'we'"),
    ("The boiler in the annexe is on its last legs, frankly.", OP, "a wear idiom"),
    ("That old pier is past its best.", OP, "a wear idiom"),
    # Near misses: no view of the speaker's.
    ("The disaster relief fund is open to all residents.", F, "a fund's name"),
    ("I'm pleased to announce that the survey closed on Friday.", F, "an announcement"),
    ("She always says that the bus is late on Mondays.", F, "a habit told, with its clause"),
    ("I was surprised when it opened early.", F, "a surprise in the past"),
    ("The lift was serviced last week.", F, "a fact told"),
]  # fmt: skip

# (line, kind, why)
SURPRISES = [
    ("I'd be surprised if it took more than a month.", P, "no more than a month, forecast"),
    ("I wouldn't be surprised if rents rose again.", P, "a rise, forecast"),
    ("Frankly, it would astonish me if the bridge opened on time.", P, "a delay, forecast"),
    ("We'd be very surprised if the vote went the other way.", P, "the outcome, forecast"),
    # Near miss: a hypothetical with no surprise in it stays one.
    ("A longer closure would hurt the traders on the quay.", OP, "what would follow"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "kind", "why"), VIEWS + SURPRISES)
def test_a_view_or_a_surprise_reads_as_its_kind(line, kind, why):
    assert classify(line) == kind, why


def test_a_forecast_of_surprise_is_imported_as_a_prediction_with_no_hypothetical_remark():
    (candidate,) = import_plan(
        data=b"Tomas Veld: I'd be surprised if the ferry refit slipped more than a fortnight.\n",
        file_name="notes.txt",
        options=ImportOptions(source=SourceChoice(title="Harbour board", published_on=SAID_ON)),
    ).candidates
    assert candidate.kind == P
    assert not any("would follow" in remark for remark in candidate.remarks)
