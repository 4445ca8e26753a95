"""Table tests: acts a colleague takes on in an operations chat ("I'll have the report to the
committee by Friday", "I'll join it and give them the same number") are their commitments;
an outcome or a view said with the same words ("I'll have to wait", "I'll join the queue of
critics", "We'll have a problem by Friday") is not."""

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import classify


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I'll have the post-event report to the ops committee by Friday.", ClaimKind.COMMITMENT),
        ("We'll have the figures to you tomorrow.", ClaimKind.COMMITMENT),
        ("I'll have it over to finance by noon.", ClaimKind.COMMITMENT),
        ("I'll join it and give them the same number.", ClaimKind.COMMITMENT),
        ("I'll join the 10 o'clock call.", ClaimKind.COMMITMENT),
        ("I'll give the board the revised estimate.", ClaimKind.COMMITMENT),
        ("I'll rerun the soak tests tomorrow.", ClaimKind.COMMITMENT),
        ("Fine, I'll re-run them on Friday.", ClaimKind.COMMITMENT),
        ("I'll get the dates in writing from the landlord by Friday.", ClaimKind.COMMITMENT),
        # Near misses: an outcome, a view, a hedge.
        ("I'll have to wait for the crew.", ClaimKind.PREDICTION),
        ("We'll have a problem by Friday.", ClaimKind.PREDICTION),
        ("I'll join the queue of critics.", ClaimKind.PREDICTION),
        ("The plant will run at full load by Friday.", ClaimKind.PREDICTION),
        ("I think I'll have the report to the committee by Friday.", ClaimKind.PREDICTION),
    ],
)
def test_a_colleagues_work_act(text, kind):
    assert classify(text, has_horizon="Friday" in text or "tomorrow" in text) == kind
