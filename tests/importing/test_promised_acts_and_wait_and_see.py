"""Table tests: the kind of a first person's promised act, and of a line that only says the
future will show.

"I will publish the full demographic study next spring" was read as a prediction: a
speaker's own deliberate act in the first person singular is a commitment, as the first
person plural's "We will publish the audit by 2026" is. An outcome or a view ("I will be
surprised if …", "I will bet …"), the speaker's housekeeping ("I'll leave it there",
"I'll introduce our guest") and a third person's act ("The company will publish results
on 3 March") are read as before.

"You'll see." was proposed as a prediction: "you'll see", "we'll see", "time will tell",
"let's see what happens" say that the future will show, and nothing it will show. Not
proposed; with what it will show ("We'll see rates fall by June") it is read as it is.
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.classify import classify, is_candidate
from claims.importing.fragments import waits_and_sees
from claims.importing.services import ImportOptions, SourceChoice, import_plan

C, P = ClaimKind.COMMITMENT, ClaimKind.PREDICTION
SAID_ON = datetime.date(2026, 11, 24)

# (line, kind)
ACTS = [
    # The stranger's line, with and without its full stop.
    ("I will publish the full demographic study next spring.", C),
    ("I will publish the full demographic study next spring", C),
    # The same kind: other acts a person promises, other ways of saying "will".
    ("I'll release the code next month.", C),
    ("I'm going to launch the fund in 2027.", C),
    ("I won't resign before 2027.", C),
    ("I will not sign that bill.", C),
    ("I'll personally donate half of it by 2030.", C),
    ("I will hire 50 engineers by June.", C),
    ("I'm going to step down as chair next year.", C),
    ("I'll open-source the model weights by the summer.", C),
    ("I will run for mayor in 2027.", C),
    ("I'll unveil the shortlist in January.", C),
    ("I shall veto any tax rise.", C),
    ("We will publish the audit by 2026.", C),
    ("We will release the figures in June.", C),
    # Read as now: an outcome, a view, a bet, seeing, the speaker's housekeeping.
    ("I will be surprised if rates fall by June.", P),
    ("I will bet you rates fall by June.", P),
    ("We will see rates fall by June.", P),
    ("I'll see rates fall by June, I think.", P),
    ("I'll give it two years.", P),
    ("I'll put money on it that rates fall by 2027.", P),
    ("I'll leave it there for today.", P),
    ("I'll sign off there.", P),
    # A third person's act is a prediction: not the speaker's promise.
    ("The company will publish results on 3 March.", P),
    ("She will publish the study next spring.", P),
    ("They will release the figures in June.", P),
    # "end up" is an outcome, never an act.
    ("We'll end up with a recession by 2027.", P),
]


@pytest.mark.parametrize(("line", "kind"), ACTS, ids=[r[0] for r in ACTS])
def test_a_first_persons_promised_act_is_a_commitment(line, kind):
    assert classify(line, has_horizon=True) == kind


@pytest.mark.django_db
def test_the_strangers_caption_line_is_a_commitment_due_next_spring():
    srt = (
        "1\n00:00:01,000 --> 00:00:04,000\n"
        "<i>YUKI TANAKA:</i> I will publish the full demographic study next spring.\n"
    )
    plan = import_plan(
        data=srt.encode(),
        file_name="interview.srt",
        options=ImportOptions(
            source=SourceChoice(title="Interview", published_on=SAID_ON, precision="day")
        ),
    )
    (candidate,) = plan.candidates
    assert (candidate.kind, candidate.deadline) == (C, datetime.date(2027, 5, 31))


# (line, only says the future will show)
WAIT_AND_SEE = [
    ("You'll see.", True),
    ("You will see.", True),
    ("We'll see.", True),
    ("We shall see.", True),
    ("Well, we'll see.", True),
    ("We'll have to wait and see.", True),
    ("We'll just have to see how it plays out.", True),
    ("Time will tell.", True),
    ("Only time will tell.", True),
    ("Let's see what happens.", True),
    ("Let's wait and see.", True),
    ("Wait and see.", True),
    ("Just you wait.", True),
    ("Trust me, you'll see.", True),
    ("You'll see what I mean.", True),
    ("We'll find out soon.", True),
    ("Watch this space!", True),
    ("Stay tuned.", True),
    # What it will show is said: read as it is.
    ("We'll see rates fall by June.", False),
    ("You'll see, AI writes most code by 2030.", False),
    ("We'll see who wins in 2027.", False),
    ("Time will tell whether rates fall by 2027.", False),
    ("You'll see a lot more robots in warehouses by 2030.", False),
]


@pytest.mark.parametrize(("line", "empty"), WAIT_AND_SEE, ids=[r[0] for r in WAIT_AND_SEE])
def test_a_line_that_only_says_the_future_will_show_is_not_proposed(line, empty):
    assert waits_and_sees(line) == empty
    assert is_candidate(line) == (not empty)


@pytest.mark.django_db
def test_the_strangers_panel_line_youll_see_is_not_proposed():
    vtt = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:06.000\n"
        "<v Ingrid Solberg>I disagree.<v Dr. Kwame Asante>You'll see.<v Ingrid Solberg>Norway"
        " will stop issuing new oil licences before 2035.\n"
    )
    plan = import_plan(
        data=vtt.encode(),
        file_name="panel.vtt",
        options=ImportOptions(
            source=SourceChoice(title="Panel", published_on=SAID_ON, precision="day")
        ),
    )
    assert [c.quote for c in plan.candidates if "see" in c.quote.lower()] == []
    assert any("Norway" in c.quote for c in plan.candidates)
