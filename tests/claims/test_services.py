"""The services: creating, editing, resolving, revising and reopening claims."""

import datetime
import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from claims import services
from claims.choices import DeadlineSource, ReviewState
from claims.models import Claim, Resolution
from tests.factories import EVIDENCE_SEEN, ClaimFactory, SourceFactory, SpeakerFactory, TopicFactory

pytestmark = pytest.mark.django_db

EVIDENCE = services.EvidenceInput(
    url="https://machinelearning.apple.com/research/stable-diffusion-coreml-apple-silicon",
    observed_on=datetime.date(2022, 12, 1),
    excerpt="Core ML Stable Diffusion runs on iPhone.",
)


def _create(**overrides) -> Claim:
    fields = {
        "speaker": SpeakerFactory(),
        "source": SourceFactory(),
        "quote": "Run Stable Diffusion on your iPhone by next year",
        "statement": "Stable Diffusion runs on an iPhone by the end of 2023.",
        "said_on": datetime.date(2022, 10, 1),
        "said_on_precision": "month",
    }
    return services.claim_create(**{**fields, **overrides})


def test_creating_a_claim_derives_its_deadline_from_the_quote():
    claim = _create()
    assert claim.deadline == datetime.date(2023, 12, 31)
    assert claim.deadline_source == DeadlineSource.DERIVED
    assert "next year" in claim.horizon.lower()
    assert "2023" in claim.deadline_rule
    assert claim.version == 1


def test_a_curators_deadline_wins_over_the_horizon():
    claim = _create(deadline=datetime.date(2023, 6, 30))
    assert claim.deadline == datetime.date(2023, 6, 30)
    assert claim.deadline_source == DeadlineSource.CURATOR
    assert claim.deadline_rule == "set by a curator"


def test_a_vague_horizon_gets_no_deadline_and_is_flagged():
    claim = _create(quote="Robots will cook dinner soon.", statement="Robots cook dinner.")
    assert claim.deadline is None
    assert claim.deadline_source == DeadlineSource.NONE
    assert claim.needs_deadline is True


def test_a_claim_with_no_horizon_has_no_deadline_and_is_not_flagged():
    claim = _create(quote="Samantha from Her is coming", statement="A Her-like assistant ships.")
    assert claim.deadline is None
    assert claim.needs_deadline is False


def test_creating_with_a_deadline_before_the_said_on_date_is_refused():
    with pytest.raises(ValidationError):
        _create(deadline=datetime.date(2021, 1, 1))
    assert Claim.objects.count() == 0


def test_creating_a_claim_said_in_the_future_is_refused():
    with pytest.raises(ValidationError) as error:
        _create(said_on=datetime.date(2999, 1, 1))
    assert "said_on" in error.value.message_dict


def test_editing_the_horizon_rederives_a_derived_deadline():
    claim = _create()
    updated = services.claim_update(
        claim=claim, expected_version=1, changes={"horizon": "within 5 years"}
    )
    assert updated.deadline == datetime.date(2027, 10, 31)
    assert updated.version == 2


def test_editing_the_horizon_keeps_a_curators_deadline():
    claim = _create(deadline=datetime.date(2023, 6, 30))
    updated = services.claim_update(
        claim=claim, expected_version=1, changes={"horizon": "within 5 years"}
    )
    assert updated.deadline == datetime.date(2023, 6, 30)
    assert updated.deadline_source == DeadlineSource.CURATOR


def test_clearing_a_curators_deadline_hands_it_back_to_the_horizon():
    claim = _create(deadline=datetime.date(2023, 6, 30))
    updated = services.claim_update(claim=claim, expected_version=1, changes={"deadline": None})
    assert updated.deadline == datetime.date(2023, 12, 31)
    assert updated.deadline_source == DeadlineSource.DERIVED


def test_a_stale_edit_is_refused_and_changes_nothing():
    claim = _create()
    services.claim_update(claim=claim, expected_version=1, changes={"statement": "First edit."})
    with pytest.raises(services.ConflictError) as error:
        services.claim_update(claim=claim, expected_version=1, changes={"statement": "Second."})
    assert "changed by someone else" in str(error.value)
    assert Claim.objects.get(pk=claim.pk).statement == "First edit."


def test_fields_a_curator_may_not_set_are_refused():
    claim = _create()
    with pytest.raises(ValidationError):
        services.claim_update(claim=claim, expected_version=1, changes={"verdict": "true"})


def test_topics_are_set_on_create_and_update():
    first, second = TopicFactory(), TopicFactory()
    claim = _create(topics=[first])
    assert list(claim.topics.all()) == [first]
    services.claim_update(claim=claim, expected_version=1, changes={}, topics=[second])
    assert list(claim.topics.all()) == [second]


def test_resolving_records_verdict_rationale_and_evidence(curator):
    claim = ClaimFactory()
    resolution = services.claim_resolve(
        claim=claim,
        verdict="true",
        rationale="Apple shipped it.",
        evidence=[EVIDENCE],
        actor=curator,
    )
    claim.refresh_from_db()
    assert claim.verdict == "true"
    assert claim.resolved_at == resolution.resolved_at
    assert resolution.resolved_by == curator
    assert [e.url for e in resolution.evidence.all()] == [EVIDENCE.url]


def test_revising_a_verdict_needs_a_reason_and_keeps_the_earlier_one(curator):
    claim = ClaimFactory()
    services.claim_resolve(
        evidence=EVIDENCE_SEEN, claim=claim, verdict="true", rationale="Seemed so.", actor=curator
    )
    with pytest.raises(ValidationError) as error:
        services.claim_resolve(
            evidence=EVIDENCE_SEEN, claim=claim, verdict="false", rationale="Not really."
        )
    assert "reason" in error.value.message_dict
    services.claim_resolve(
        evidence=EVIDENCE_SEEN,
        claim=claim,
        verdict="partly_true",
        rationale="Only on some.",
        reason="Checked models.",
    )
    verdicts = list(claim.resolutions.order_by("pk").values_list("verdict", "retracted_at"))
    assert [v for v, _ in verdicts] == ["true", "partly_true"]
    assert verdicts[0][1] is not None
    assert verdicts[1][1] is None
    assert Claim.objects.get(pk=claim.pk).verdict == "partly_true"


def test_reopening_needs_a_reason_and_keeps_the_verdict_on_record(curator):
    claim = ClaimFactory()
    services.claim_resolve(
        evidence=EVIDENCE_SEEN, claim=claim, verdict="true", rationale="Happened.", actor=curator
    )
    with pytest.raises(ValidationError):
        services.claim_reopen(claim=claim, reason="  ")
    services.claim_reopen(claim=claim, reason="The source was misread.", actor=curator)
    claim.refresh_from_db()
    assert claim.verdict == ""
    assert claim.resolved_at is None
    old = Resolution.objects.get(claim=claim)
    assert old.retraction_reason == "reopened: The source was misread."
    assert old.retracted_by == curator


def test_reopening_an_unresolved_claim_is_refused():
    with pytest.raises(ValidationError):
        services.claim_reopen(claim=ClaimFactory(), reason="Why not.")


def test_a_bad_verdict_or_blank_rationale_is_refused_without_writing():
    claim = ClaimFactory()
    with pytest.raises(ValidationError) as error:
        services.claim_resolve(evidence=EVIDENCE_SEEN, claim=claim, verdict="maybe", rationale="")
    assert set(error.value.message_dict) == {"verdict", "rationale"}
    assert not Resolution.objects.exists()


def test_bad_evidence_is_refused_naming_the_item():
    bad = services.EvidenceInput(url="not a url", observed_on=datetime.date(2024, 1, 1))
    with pytest.raises(ValidationError) as error:
        services.claim_resolve(
            claim=ClaimFactory(), verdict="true", rationale="Yes.", evidence=[EVIDENCE, bad]
        )
    assert "evidence[1].url" in error.value.message_dict
    assert not Resolution.objects.exists()


def test_drafts_cannot_be_resolved():
    with pytest.raises(ValidationError):
        services.claim_resolve(
            evidence=EVIDENCE_SEEN,
            claim=ClaimFactory(review_state=ReviewState.DRAFT),
            verdict="true",
            rationale="Yes.",
        )


def test_bulk_resolution_is_all_or_nothing():
    good = ClaimFactory()
    draft = ClaimFactory(review_state=ReviewState.DRAFT)
    with pytest.raises(ValidationError):
        services.claims_resolve(
            evidence=EVIDENCE_SEEN, claims=[good, draft], verdict="true", rationale="Both."
        )
    assert not Resolution.objects.exists()
    assert Claim.objects.get(pk=good.pk).verdict == ""


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_concurrent_edits_one_wins_the_other_is_refused():
    claim = _create()
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def edit(text: str) -> None:
        barrier.wait()
        try:
            services.claim_update(claim=claim, expected_version=1, changes={"statement": text})
            outcomes.append("saved")
        except services.ConflictError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=edit, args=(f"Edit {n}",)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["refused", "saved"]
    assert Claim.objects.get(pk=claim.pk).version == 2
