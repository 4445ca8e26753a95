"""Table tests: a forecast the speaker tells as someone else's is not the speaker's prediction.

A podcast host's "The Bank of England's governor expects inflation back at 2% by 2027.", a
note's "Analysts at Berenberg think the stock doubles by 2028.", a forum post's "They say
we'll have fusion power by 2028.": read as a report (factual, as a forecast told of the
past is), with no deadline, and a remark naming whose forecast it is. The speaker's own
stays a prediction with its deadline: endorsed ("I think, like the governor, …"), with the
date in the speaker's own clause ("Analysts expect a cut; I expect none by the end of 2026"), said
by the speaker's side ("We expect …"), hearsay passed on as the speaker's expectation ("I'm
told it ships by June", with a remark).

And a modal before a verb whose past is its base form ("might hit", "could well cut") looks
ahead: a forecast, not a fact about the past.
"""

import datetime
import io

import pytest
from django.core.management import call_command

from claims.choices import ClaimKind
from claims.importing.classify import classify
from claims.importing.services import ImportOptions, SourceChoice, import_apply, import_plan
from claims.models import Claim
from claims.services import claim_update

P, F = ClaimKind.PREDICTION, ClaimKind.FACTUAL

pytestmark = pytest.mark.django_db

SAID_ON = datetime.date(2025, 3, 3)
SOURCE = SourceChoice(title="Rates this week, episode 12", published_on=SAID_ON, precision="day")
END_2026, END_2027, END_2028 = (datetime.date(y, 12, 31) for y in (2026, 2027, 2028))
REPORTS = "reports another's forecast (“{who}”): not the speaker's own; no deadline"


def _plan(line: str):
    """``line`` as a turn of Ada Quist's in a transcript's text export."""
    return import_plan(
        data=f"Ada Quist: {line}\n".encode(),
        file_name="episode.txt",
        options=ImportOptions(source=SOURCE),
    )


def _one(line: str):
    (candidate,) = _plan(line).candidates
    return candidate


# (line, whose forecast as the remark names it, why it is another's)
REPORTED = [
    # The shapes the review found.
    (
        "The Bank of England's governor expects inflation back at 2% by 2027.",
        "The Bank of England's governor",
        "a role, named by its institution",
    ),
    (
        "Analysts at Berenberg think the stock doubles by 2028.",
        "Analysts at Berenberg",
        "a trade, with where they work",
    ),
    ("They say we'll have fusion power by 2028.", "They", "hearsay of nobody in particular"),
    ("According to the IEA, solar overtakes coal by 2027.", "the IEA", "told by its source"),
    (
        "Official figures project unemployment at 5% next year.",
        "Official figures",
        "official numbers",
    ),
    ("Most economists expect two cuts next year.", "Most economists", "a consensus"),
    # Other ways speakers, notes and transcripts tell them.
    (
        "Analysts at Berenberg think the stock doubles by 2028, and that margins will recover.",
        "Analysts at Berenberg",
        "their words go on after the comma",
    ),
    (
        "Goldman Sachs strategists see the S&P at 7,000 by the end of next year.",
        "Goldman Sachs strategists",
        "a bank's call",
    ),
    ("The IMF says growth will slow to 2% next year.", "The IMF", "an institution's outlook"),
    (
        "Inflation will be back at 2% by 2027, according to the Bank of England.",
        "the Bank of England",
        "its source told last",
    ),
    ("Rates will fall by June, analysts say.", "analysts", "who says it, told last"),
    ("Markets are pricing in three cuts next year.", "Markets", "market pricing"),
    (
        "And, you know, the market is pricing two cuts by December.",
        "the market",
        "market pricing, after filler",
    ),
    ("The OBR's forecast has unemployment at 5% next year.", "The OBR", "a forecast's owner"),
    (
        "Inflation is expected by the Bank to be back at 2% by 2027.",
        "the Bank",
        "a passive with its agent",
    ),
    ("Everyone expects a recession next year.", "Everyone", "a consensus"),
    ("Powell thinks the economy lands softly by 2026.", "Powell", "a named person, not Ada"),
    ("In the IMF's view, growth slows next year.", "the IMF", "a view, told as theirs"),
    ("Some analysts reckon the stock doubles by 2028.", "Some analysts", "some of a trade"),
    (
        "Nvidia's CEO thinks robots will be everywhere by 2030.",
        "Nvidia's CEO",
        "a role, named by its company",
    ),
    (
        "Economists polled by Reuters expect a cut in June.",
        "Economists polled by Reuters",
        "a poll",
    ),
    ("Wall Street expects the Fed to cut in June.", "Wall Street", "a consensus"),
    ("Most economists wrongly expect two cuts next year.", "Most economists", "told to be doubted"),
    (
        "Most economists expect two cuts next year, but I doubt it.",
        "Most economists",
        "the speaker's own clause doubts it",
    ),
]


@pytest.mark.parametrize(("line", "who", "why"), REPORTED, ids=[r[0] for r in REPORTED])
def test_a_forecast_told_as_anothers_is_no_dated_prediction_of_the_speaker(line, who, why):
    candidate = _one(line)
    assert (candidate.kind, candidate.deadline) == (F, None), why
    remarks = " ".join(candidate.remarks)
    assert REPORTS.format(who=who) in remarks, remarks
    assert "names a date, but" not in remarks  # one remark, not two, says why no deadline


# (line, deadline, a remark's words or "", why it is the speaker's own)
OWN = [
    (
        "I think, like the governor, that inflation is back at 2% by 2027.",
        END_2027,
        "hedged",
        "endorsed: the speaker's clause",
    ),
    ("Like most economists, I expect two cuts next year.", END_2026, "", "endorsed, said first"),
    ("Most economists expect two cuts next year, and I agree.", END_2026, "", "endorsed after it"),
    (
        "Rates will fall by June, as analysts expect.",
        datetime.date(2025, 6, 30),
        "",
        "told as agreeing with them",
    ),
    ("Analysts are right that margins recover by 2027.", END_2027, "", "endorsed"),
    # "none by the end of 2026" (a negated "before" is a lower bound, asked about).
    (
        "Analysts expect a cut; I expect none by the end of 2026.",
        END_2026,
        "",
        "the speaker's own clause holds the date",
    ),
    ("We expect revenue to double by 2028.", END_2028, "", "we: the speaker's side"),
    # "Our analysts": the speaker's own organisation, whose house view its people give as
    # theirs (an analyst on the bank's podcast, a CFO on the call). Read as the speaker's.
    (
        "Our analysts think the stock doubles by 2028.",
        END_2028,
        "",
        "our: the speaker's organisation",
    ),
    ("My team expects a cut in June.", datetime.date(2025, 6, 30), "", "my: the speaker's side"),
    # The company, said by one of its own on a call: the speaker's side, as "we" is.
    ("The company expects revenue of $2bn next year.", END_2026, "", "a company's own call"),
    (
        "I'm told it ships by June.",
        datetime.date(2025, 6, 30),
        "hearsay (“I'm told”)",
        "hearsay passed on as the speaker's own expectation, not clearly another's",
    ),
    ("Rates will be cut by June.", datetime.date(2025, 6, 30), "", "nobody else named"),
    ("According to plan, the plant opens by 2027.", END_2027, "", "a plan, not a forecaster"),
    # A place or a market "sees" what it will undergo: only a trade's or a role's "see" is a
    # forecast of theirs ("Goldman Sachs strategists see …"); a bare name's is read as this.
    ("Europe sees growth of 1% next year.", END_2026, "", "sees: will undergo"),
]


@pytest.mark.parametrize(("line", "deadline", "remark", "why"), OWN, ids=[r[0] for r in OWN])
def test_the_speakers_own_forecast_keeps_its_deadline(line, deadline, remark, why):
    candidate = _one(line)
    assert (candidate.kind, candidate.deadline) == (P, deadline), why
    remarks = " ".join(candidate.remarks)
    assert "another's forecast" not in remarks
    assert remark in remarks


def test_anothers_dated_forecast_beside_the_speakers_undated_one_takes_no_deadline():
    candidate = _one("Markets expect cuts in June, but inflation will stay sticky.")
    assert (candidate.kind, candidate.deadline) == (P, None)
    assert any(
        r.startswith("reports another's forecast (“Markets”) and its date")
        for r in candidate.remarks
    )


@pytest.mark.parametrize(
    "line",
    [
        "Markets expect cuts in June, but inflation will stay sticky.",
        "Analysts see oil at $100 by 2027; I think it overshoots.",
    ],
)
def test_anothers_date_beside_the_speakers_forecast_is_not_its_horizon(line):
    """Stored with no horizon: an edit of its words, or deadlines derived again, must not
    give the speaker the other's date."""
    text = f"Ada Quist: {line}\n"
    plan = import_plan(
        data=text.encode(), file_name="episode.txt", options=ImportOptions(source=SOURCE)
    )
    (candidate,) = plan.candidates
    assert (candidate.kind, candidate.horizon, candidate.deadline) == (P, "", None)
    import_apply(plan=plan)
    claim = Claim.objects.get(quote=line)
    assert (claim.horizon, claim.deadline) == ("", None)
    edited = claim_update(
        claim=claim, expected_version=claim.version, changes={"quote": line.replace(",", ";")}
    )
    assert edited.deadline is None
    call_command("rederive_deadlines", stdout=io.StringIO())
    claim.refresh_from_db()
    assert claim.deadline is None


NOTES = "Jan Hatzius — Goldman Sachs research call, 3 March 2025\n\n{line}\n"


@pytest.mark.parametrize(
    ("line", "kind", "deadline"),
    [
        # A summary of the section's speaker, named by surname: the speaker's own.
        ("Hatzius expects three cuts in 2026.", P, END_2026),
        # Someone else named in the same notes: another's, told.
        ("Most economists expect two cuts in 2026.", F, None),
    ],
)
def test_notes_about_the_speaker_keep_their_summary_as_the_speakers_own(line, kind, deadline):
    plan = import_plan(
        data=NOTES.format(line=line).encode(),
        file_name="notes.md",
        options=ImportOptions(source=SourceChoice()),
    )
    (candidate,) = plan.candidates
    assert (candidate.speaker.name, candidate.kind, candidate.deadline) == (
        "Jan Hatzius",
        kind,
        deadline,
    )


@pytest.mark.parametrize("bulk", [True, False], ids=["in bulk", "one by one"])
def test_anothers_forecast_is_written_without_a_deadline(bulk):
    lines = ["Analysts at Berenberg think the stock doubles by 2028.", "Rates will fall by 2027."]
    text = "".join(f"Ada Quist: {line}\n" for line in lines)
    plan = import_plan(
        data=text.encode(), file_name="episode.txt", options=ImportOptions(source=SOURCE)
    )
    import_apply(plan=plan, bulk_threshold=0 if bulk else 10**6)
    reported = Claim.objects.get(quote=lines[0])
    assert (reported.kind, reported.deadline, reported.needs_deadline) == (F, None, False)
    assert "Analysts at Berenberg" in reported.internal_notes
    own = Claim.objects.get(quote=lines[1])
    assert (own.kind, own.deadline) == (P, END_2027)


# ---- A modal before a base form that is also a past form: the future, not the past.
# (line, kind, deadline, why)
MODALS = [
    ("Bitcoin might hit $200k by 2027.", P, END_2027, "might + hit: a base form"),
    (
        "The Fed might well cut rates by June.",
        P,
        datetime.date(2025, 6, 30),
        "an adverb between the modal and the verb",
    ),
    ("Sales could easily hit $1bn by 2027.", P, END_2027, "could easily hit"),
    ("Oil may finally hit $100 next year.", P, END_2026, "may finally hit"),
    ("Unemployment could spread to services by 2026.", P, END_2026, "could spread"),
    ("Tesla may never hit its target by 2027.", P, END_2027, "a negated forecast"),
    ("We want to hit $1bn in revenue by 2027.", P, END_2027, "an infinitive: to hit"),
    ("Prices might not let up by 2026.", P, datetime.date(2026, 12, 31), "might not let"),
    # After its subject, with a time ahead later in its clause: the present of a forecast,
    # as notes put it.
    ("We hit 40k users by Q3.", P, datetime.date(2025, 9, 30), "hit, then by Q3"),
    ("Thinks we hit 40k users by September.", P, datetime.date(2025, 9, 30), "notes' hearsay"),
    (
        "Infra cost per active user halves by year end.",
        P,
        datetime.date(2025, 12, 31),
        "cost a noun, by year end ahead",
    ),
    ("They cut rates before Christmas.", P, datetime.date(2025, 12, 24), "cut, before"),
    # The past stays the past.
    ("We hit 40k users in March.", F, None, "hit with a month, no bound ahead: the past"),
    ("We hit 40k users by 2024.", F, None, "a bound gone by: the past"),
    ("Inflation hit 9% in 2022.", F, None, "hit after its subject: the past"),
    ("The Fed cut rates three times in 2024.", F, None, "cut after its subject: the past"),
    ("Bitcoin might have hit $100k by now.", F, None, "a modal's perfect: the past"),
]


@pytest.mark.parametrize(("line", "kind", "deadline", "why"), MODALS, ids=[m[0] for m in MODALS])
def test_a_modal_before_a_base_form_looks_ahead(line, kind, deadline, why):
    candidate = _one(line)
    assert (candidate.kind, candidate.deadline) == (kind, deadline), why


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Bitcoin might hit $200k by 2027.", P),
        ("The strike could well shut the plant in 2026.", P),
        ("Unemployment hit a record in 2020.", F),
    ],
)
def test_classify_reads_the_modal_base_form_as_the_future(text, kind):
    assert classify(text, has_horizon=kind == P) == kind
