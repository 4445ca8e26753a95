"""Table tests: a stance taken and a plan's boldness judged are opinions.

- The first person plural's view is the speaker's side's view, as "I think" is the
  speaker's: "We think we capture more value by commercialising alone." A forecast in it
  stays a forecast ("We believe revenue will double by 2028").
- A stance taken on a thing said or proposed: "we welcome this statement", "I oppose the
  bill", "we regret the delay", and "I say we can't afford not to".
- A plan judged bold or unlikely to be met, whatever its dates: "Doubling output in three
  years at a brine operation is a stretch", "Opening the line by 2027 is wishful thinking",
  "That timetable is ambitious".
Near misses: a welcome that is no stance ("We welcome visitors every day"), a forecast about
a bold plan ("That bold plan will fail by 2027").
"""

import re

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import classify

OP, P, F = ClaimKind.OPINION, ClaimKind.PREDICTION, ClaimKind.FACTUAL


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We think we capture more value by commercialising alone in the US.", OP),
        ("We feel the consultation was rushed.", OP),
        ("We believe revenue will double by 2028.", P),
        ("We welcome this statement.", OP),
        ("Commissioner, we warmly welcome the proposal.", OP),
        ("I oppose the bill.", OP),
        ("We regret the delay to the audit.", OP),
        ("We condemn these attacks on our staff.", OP),
        ("I say we can't afford not to.", OP),
        ("Doubling output in three years at a brine operation is a stretch.", OP),
        ("Opening the line by 2027 is wishful thinking.", OP),
        ("That timetable is ambitious.", OP),
        ("Net zero by 2030 is frankly optimistic.", OP),
        ("A Mars base by 2035 is a long shot.", OP),
        ("Hitting 95% by March is a tall order.", OP),
        # Near misses
        ("We welcome visitors every day.", F),
        ("That bold plan will fail by 2027.", P),
        ("The reservoir will be full by April.", P),
        ("Say hello when I say go.", F),
    ],
)
def test_stances_and_plan_verdicts(text, kind):
    # a date in the words is a horizon, as the import reads it
    dated = re.search(r"\b(?:20\d\d|years|March|April)\b", text) is not None
    assert classify(text, has_horizon=dated) == kind
