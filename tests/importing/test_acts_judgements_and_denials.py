"""Table tests: an organisation's act said by one who speaks for it, judgements, and a denied
"before".

- "Solenza will start production at its Zaragoza gigafactory in Q3 2027", said with its chief
  executive named, is a commitment; "the Netherlands will tender 2 GW …" told by its minister
  and "the co-op will commission …" are commitments with a remark asking whose side; the
  same act of a company nobody says the speaker speaks for stays a prediction, with a remark;
  an outcome no organisation decides ("Tesla will miss its target") is a prediction.
- A judgement is an opinion: "the most overhyped thing in our industry", "too pessimistic, in
  my view", "a stopgap", "never realistic"; a measured superlative stays factual.
- "I don't see a sustained recovery before 2029," she said. is a forecast with a lower bound
  (no deadline, the lower bound's remark), as "I can't see it happening before 2030" is.
"""

import datetime

import pytest

from claims.choices import ClaimKind
from claims.importing.services import ImportOptions, SourceChoice, import_plan

pytestmark = pytest.mark.django_db

P, C, F, OP = ClaimKind.PREDICTION, ClaimKind.COMMITMENT, ClaimKind.FACTUAL, ClaimKind.OPINION
SAID_ON = datetime.date(2026, 11, 19)
ASKED = "a commitment told of “{who}”: is that the speaker's organisation?"
ACT = "a deliberate act of “{who}”: a commitment if the speaker speaks for {who}"
LOWER_BOUND = "lower bound: “before {year}”"


def _one(line: str):
    (candidate,) = import_plan(
        data=f"Ada Quist: {line}\n".encode(),
        file_name="notes.txt",
        options=ImportOptions(source=SourceChoice(title="Summit day two", published_on=SAID_ON)),
    ).candidates
    return candidate


# (line, kind, deadline, a remark it carries or "", why)
ACTS = [
    (
        "Ana María de la Fuente, chief executive of Solenza Energía, opens the afternoon "
        "session: Solenza will start production at its Zaragoza gigafactory in Q3 2027.",
        C, datetime.date(2027, 9, 30), "", "its chief executive, named in the same words",
    ),
    (
        "Quillon's chief executive Mara Olsen says Quillon will release the model in Q1 2027.",
        C, datetime.date(2027, 3, 31), "", "the company's own chief executive",
    ),
    (
        "Dutch climate minister Jan-Willem van der Berg tells the hall the Netherlands will "
        "tender 2 GW of grid storage in the first half of 2027.",
        C, datetime.date(2027, 6, 30), ASKED.format(who="the Netherlands"), "a minister",
    ),
    (
        "WL confirmed the co-op will commission the Site 4 battery in Q2 2027.",
        C, datetime.date(2027, 6, 30), ASKED.format(who="the co-op"), "a member's body",
    ),
    (
        "Our Stockholm pilot starts in Q2 2027.",
        C, datetime.date(2027, 6, 30), "", "our own project, scheduled",
    ),
    (
        "Our new Leeds depot opens in March 2027.",
        C, datetime.date(2027, 3, 31), "", "our own site",
    ),
    (
        "If the IPO window stays open, we will file by the end of March.",
        C, datetime.date(2027, 3, 31), "", "a conditional commitment of ours",
    ),
    (
        "We will tender the second phase in 2027.",
        C, datetime.date(2027, 12, 31), "", "tendering is ours to do",
    ),
    (
        "Voltbank will publish its first climate report in March 2027.",
        P, datetime.date(2027, 3, 31), ACT.format(who="Voltbank"), "nobody says who speaks",
    ),
    (
        "Tesla will launch robotaxis in Europe by 2027.",
        P, datetime.date(2027, 12, 31), ACT.format(who="Tesla"), "a pundit may say it",
    ),
    # Near-misses: no act an organisation decides.
    ("Tesla will miss its delivery target in 2027.", P, datetime.date(2027, 12, 31), "",
     "an outcome"),
    ("Prices will fall by 2027.", P, datetime.date(2027, 12, 31), "", "a market"),
    ("We'll hit full capacity by Q3 2027.", P, datetime.date(2027, 9, 30), "", "an outcome"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "kind", "deadline", "remark", "why"), ACTS)
def test_an_organisations_act_is_a_commitment_when_the_speaker_speaks_for_it(
    line, kind, deadline, remark, why
):
    candidate = _one(line)
    assert (candidate.kind, candidate.deadline) == (kind, deadline), why
    remarks = " ".join(candidate.remarks)
    if remark:
        assert remark in remarks, why
    else:
        assert "deliberate act" not in remarks
        assert "a commitment told of" not in remarks


JUDGEMENTS = [
    "General-purpose humanoid robots are the most overhyped thing in our industry.",
    "They are too pessimistic, in my view.",
    "Grid maintenance is the most neglected part of the plan.",
    "That number was never realistic.",
    "Dredging is a stopgap.",
    "In my view it's a waste of ratepayers' money.",
    "Frankly, Brussels' permitting rules are the single biggest obstacle this industry faces.",
    "The member dividend is far too low given those numbers.",
    "Solid-state is overrated, I'd argue.",
    "Hydrogen cars are a distraction, if you ask me.",
    "Rooftop solar is the most underrated investment out there.",
]


@pytest.mark.parametrize("line", JUDGEMENTS)
def test_a_judgement_is_an_opinion(line):
    assert _one(line).kind == OP


MEASURED = [
    "The most installed battery chemistry in 2025 was LFP.",
    "It is the largest plant in Europe.",
    "Too many plants closed in 2024.",
    "Europe installed roughly 31 GW of grid-scale storage in 2025.",
]


@pytest.mark.parametrize("line", MEASURED)
def test_a_measured_superlative_stays_factual(line):
    assert _one(line).kind == F


DENIALS = [
    ('"I don\'t see a sustained recovery before 2029," she said.', 2029),
    ("I don't see a sustained recovery before 2029.", 2029),
    ("I can't see it happening before 2030.", 2030),
    ("I don't foresee a meaningful rebound before 2029.", 2029),
    ("No way we get a sustained recovery before 2029.", 2029),
    ("“We don't expect a renewed push before 2028,” the chief executive said.", 2028),
]


@pytest.mark.parametrize(("line", "year"), DENIALS)
def test_a_denied_before_is_a_forecast_with_a_lower_bound(line, year):
    candidate = _one(line)
    assert (candidate.kind, candidate.deadline) == (P, None)
    assert LOWER_BOUND.format(year=year) in " ".join(candidate.remarks)


@pytest.mark.parametrize(
    "line",
    [
        "“We shipped 3,000 units in 2024,” he said.",
        "A sustained recovery happened in 2024.",
    ],
)
def test_the_past_stays_factual(line):
    assert _one(line).kind == F


@pytest.mark.parametrize(
    "line",
    [
        "My bus, the 57, has been twenty minutes late every morning this month.",
        "Fares have gone up twice this year.",
    ],
)
def test_the_present_perfect_looks_back(line):
    candidate = _one(line)
    assert (candidate.kind, candidate.deadline) == (F, None)


def test_a_judgement_of_what_was_done_in_a_decade_is_no_forecast():
    candidate = _one(
        "The new Orange Line trains are the best thing this city has done in a decade."
    )
    assert (candidate.kind, candidate.deadline) == (OP, None)


def _plan(text: str, **speakers: str):
    return import_plan(
        data=text.encode(),
        file_name="notes.md",
        options=ImportOptions(
            source=SourceChoice(title="Interview", published_on=SAID_ON), speakers=speakers
        ),
    )


# The document names the speaker's role in an organisation: its act is asked about, as a
# commitment, not read as a forecast. Near-miss: another organisation's act.
LED = [
    (
        "# Q&A: Priyanka Raghunathan, chief executive, Kestrel Robotics\n\n"
        "Kestrel will ship the Hawk picking arm in 2027.\n",
        C, ASKED.format(who="Kestrel"),
    ),
    (
        "# Q&A: Priyanka Raghunathan, chief executive, Kestrel Robotics\n\n"
        "Voltbank will publish its first climate report in March 2027.\n",
        P, ACT.format(who="Voltbank"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "remark"), LED)
def test_an_act_of_an_organisation_the_document_says_the_speaker_leads_is_asked(text, kind, remark):
    (candidate,) = _plan(text, **{"": "Priyanka Raghunathan"}).candidates
    assert candidate.kind == kind
    assert remark in " ".join(candidate.remarks)
