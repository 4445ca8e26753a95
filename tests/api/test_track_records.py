"""Speakers' track records: counts, hit rate, small-sample score, Brier score, calibration."""

import datetime

import pytest

from claims.choices import ClaimKind, ReviewState, Verdict
from claims.models import SourceParticipant
from tests.api.conftest import resolve
from tests.factories import ClaimFactory, SpeakerFactory
from tracker.scoring import wilson_lower_bound

pytestmark = pytest.mark.django_db


def record_of(client, slug: str) -> dict:
    response = client.get(f"/api/v1/speakers/{slug}/")
    assert response.status_code == 200, response.content
    return response.json()["track_record"]


def test_wilson_lower_bound_rewards_evidence_over_luck():
    assert wilson_lower_bound(0, 0) is None
    assert wilson_lower_bound(1, 1) == pytest.approx(0.2065, abs=1e-4)
    assert wilson_lower_bound(8, 10) == pytest.approx(0.4902, abs=1e-4)
    assert wilson_lower_bound(1, 1) < wilson_lower_bound(8, 10)


def test_a_track_record_counts_by_status_and_scores_resolved_predictions(anon):
    speaker = SpeakerFactory(slug="emad")
    make = lambda **kw: ClaimFactory(speaker=speaker, **kw)  # noqa: E731
    for verdict, confidence in [
        (Verdict.TRUE, 0.9),
        (Verdict.TRUE, 0.8),
        (Verdict.PARTLY_TRUE, 0.7),
        (Verdict.FALSE, 0.9),
        (Verdict.UNRESOLVABLE, None),
        (Verdict.WITHDRAWN, None),
    ]:
        resolve(make(confidence=confidence), verdict)
    resolve(make(kind=ClaimKind.FACTUAL), Verdict.FALSE)  # not a prediction: not scored
    make(deadline=datetime.date(2024, 1, 1))  # due
    make(deadline=None)  # open, no deadline
    make(deadline=datetime.date(2099, 1, 1))  # open
    make(review_state=ReviewState.DRAFT)  # never counted
    record = record_of(anon, "emad")
    assert record["claims"] == 10
    assert record["by_status"] == {
        "open": 2,
        "due": 1,
        "true": 2,
        "false": 2,
        "partly_true": 1,
        "unresolvable": 1,
        "withdrawn": 1,
    }
    assert record["overdue"] == 1
    assert record["resolved_predictions"] == 4
    assert record["hit_rate"] == pytest.approx(2.5 / 4)
    assert record["score"] == pytest.approx(wilson_lower_bound(2.5, 4), abs=1e-4)
    assert record["score_method"] == "wilson_lower_bound_95"
    brier = ((0.9 - 1) ** 2 + (0.8 - 1) ** 2 + (0.7 - 0.5) ** 2 + (0.9 - 0) ** 2) / 4
    assert record["brier_score"] == pytest.approx(brier, abs=1e-4)
    assert record["brier_predictions"] == 4
    assert record["calibration"] == [
        {
            "lower": 0.7,
            "upper": 0.8,
            "predictions": 1,
            "mean_confidence": 0.7,
            "observed_rate": 0.5,
        },
        {
            "lower": 0.8,
            "upper": 0.9,
            "predictions": 1,
            "mean_confidence": 0.8,
            "observed_rate": 1.0,
        },
        {
            "lower": 0.9,
            "upper": 1.0,
            "predictions": 2,
            "mean_confidence": 0.9,
            "observed_rate": 0.5,
        },
    ]


def test_a_speaker_without_resolved_predictions_has_no_score(anon):
    ClaimFactory(speaker=SpeakerFactory(slug="quiet"), kind=ClaimKind.OPINION)
    record = record_of(anon, "quiet")
    assert record["claims"] == 1
    assert (record["hit_rate"], record["score"], record["brier_score"]) == (None, None, None)


def test_one_lucky_call_does_not_top_the_ranking(anon):
    lucky, steady, wrong = (SpeakerFactory(slug=slug) for slug in ["lucky", "steady", "wrong"])
    ClaimFactory(speaker=SpeakerFactory(slug="unscored"))
    resolve(ClaimFactory(speaker=lucky), Verdict.TRUE)
    for index in range(10):
        resolve(ClaimFactory(speaker=steady), Verdict.TRUE if index < 8 else Verdict.FALSE)
    resolve(ClaimFactory(speaker=wrong), Verdict.FALSE)
    body = anon.get("/api/v1/speakers/?ordering=-score").json()
    assert [s["slug"] for s in body["results"]] == ["steady", "lucky", "wrong", "unscored"]
    body = anon.get("/api/v1/speakers/?ordering=score").json()
    assert [s["slug"] for s in body["results"]] == ["wrong", "lucky", "steady", "unscored"]


def test_an_unknown_speaker_ordering_is_a_400(anon):
    response = anon.get("/api/v1/speakers/?ordering=hit_rate")
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "ordering"


@pytest.mark.parametrize("count", [1, 30])
def test_a_page_of_speakers_costs_the_same_queries_whatever_its_size(
    anon, count, django_assert_num_queries
):
    for _ in range(count):
        speaker = SpeakerFactory()
        resolve(ClaimFactory(speaker=speaker, confidence=0.6))
        ClaimFactory(speaker=speaker)
    # change counter, count, page, track records
    with django_assert_num_queries(4):
        response = anon.get("/api/v1/speakers/?page_size=50&ordering=-score")
    assert len(response.json()["results"]) == count


def test_a_speakers_claims_are_listed_and_an_unknown_speaker_is_a_404(anon, published):
    body = anon.get("/api/v1/speakers/ada-example/claims/").json()
    assert [claim["id"] for claim in body["results"]] == [published.pk]
    assert anon.get("/api/v1/speakers/nobody/claims/").status_code == 404
    assert anon.get("/api/v1/speakers/nobody/").status_code == 404


def test_page_numbers_are_validated(anon):
    SpeakerFactory()
    assert anon.get("/api/v1/speakers/?page=0").status_code == 400
    assert anon.get("/api/v1/speakers/?page=x").status_code == 400
    past_the_end = anon.get("/api/v1/speakers/?page=5")
    assert past_the_end.status_code == 200
    assert past_the_end.json()["results"] == []


def test_a_speakers_page_shows_what_the_speakers_list_shows(anon):
    speaker = SpeakerFactory(slug="both", links=["https://example.org/both"])
    for verdict, confidence in [(Verdict.TRUE, 1.0), (Verdict.FALSE, 0.05), (Verdict.TRUE, 0.55)]:
        resolve(ClaimFactory(speaker=speaker, confidence=confidence), verdict)
    ClaimFactory(speaker=speaker, deadline=datetime.date(2024, 1, 1))
    ClaimFactory(speaker=SpeakerFactory(slug="drafts-only"), review_state=ReviewState.DRAFT)
    host = SpeakerFactory(slug="host-only")  # public through a public source, no claims
    SourceParticipant.objects.create(
        source=speaker.claims.first().source, speaker=host, role="host"
    )
    listed = {s["slug"]: s for s in anon.get("/api/v1/speakers/").json()["results"]}
    for slug in ("both", "host-only"):
        assert anon.get(f"/api/v1/speakers/{slug}/").json() == listed[slug]
    assert listed["host-only"]["track_record"]["claims"] == 0
    assert "drafts-only" not in listed
    assert anon.get("/api/v1/speakers/drafts-only/").status_code == 404
    calibration = listed["both"]["track_record"]["calibration"]
    assert [(row["lower"], row["predictions"]) for row in calibration] == [
        (0.0, 1),
        (0.5, 1),
        (0.9, 1),  # a confidence of 1.0 falls in the last tenth
    ]
