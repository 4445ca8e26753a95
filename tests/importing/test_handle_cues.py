"""Table tests: a social handle in brackets after a cue's name is the person's account, not
an affiliation or a role: no remark asks about it; an affiliation after it still does."""

import pytest

from claims.importing.names import affiliation_remark, social_handle
from claims.importing.replies import handles_in
from tests.importing import attributed

HEAD = "Thread recap: rate cuts and housing, 20 October 2025\n\n"


@pytest.mark.parametrize(
    ("cue", "who"),
    [
        # The example.
        ("Devon Price (@devprice)", "Devon Price"),
        ("Devon Price (@devprice on X)", "Devon Price"),
        ("Devon Price (@dev.price.bsky.social)", "Devon Price"),
        ("Devon Price (u/devprice)", "Devon Price"),
        ("Devon Price (/u/devprice)", "Devon Price"),
        ("Devon Price (@devprice@mastodon.social)", "Devon Price"),
        ("- Lee Wong (@leewong, Threads)", "Lee Wong"),
    ],
)
def test_a_handle_is_no_affiliation(cue, who):
    document = attributed.parsed(f"{HEAD}{cue}: rates will fall by March 2026.\n")
    statement = document.statements[0]
    assert (statement.speaker, statement.note) == (who, "")


@pytest.mark.parametrize(
    ("cue", "note"),
    [
        (
            "Kim Park (@kimpark), Salesforce",
            "the cue gives “Kim Park” as of “Salesforce”: check the speaker",
        ),
        (
            "Jo Bell (@jobell on X), Stripe",
            "the cue gives “Jo Bell” as of “Stripe”: check the speaker",
        ),
        (
            "Christine Lagarde (ECB)",
            "the cue gives “Christine Lagarde” as of “ECB”: check the speaker",
        ),
    ],
)
def test_an_affiliation_is_still_asked_about(cue, note):
    statement = attributed.parsed(f"{HEAD}{cue}: rates will fall by 2027.\n").statements[0]
    assert statement.note == note


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("@devprice", True),
        ("@devprice on X", True),
        ("@dev.price.bsky.social", True),
        ("u/devprice", True),
        ("ECB", False),
        ("CFO at Stackwise", False),
        ("ex-Google", False),
    ],
)
def test_social_handle(text, handle):
    assert social_handle(text) is handle
    assert (affiliation_remark("Devon Price", text) == "") is handle


@pytest.mark.parametrize(
    ("line", "handles"),
    [
        ("Devon Price (@devprice): agents are demos", {"devprice": "Devon Price"}),
        ("Devon Price (@devprice on X) posted", {"devprice": "Devon Price"}),
        ("Devon Price (u/devprice) wrote", {"devprice": "Devon Price"}),
    ],
)
def test_handles_in(line, handles):
    assert handles_in(line) == handles
