"""The admin as a curator uses it, through the test client."""

import csv
import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from claims import services
from claims.choices import DeadlineSource
from claims.models import Claim, Resolution
from tests.claims.test_history import _form_data
from tests.factories import (
    EVIDENCE_SEEN,
    ClaimFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:claims_claim_changelist")


def _listed(response) -> list[int]:
    return [claim.pk for claim in response.context["cl"].result_list]


def test_the_claim_list_shows_status_deadline_and_days_overdue(curator_client):
    today = timezone.localdate()
    claim = ClaimFactory(
        said_on=today - datetime.timedelta(days=400), deadline=today - datetime.timedelta(days=12)
    )
    response = curator_client.get(CHANGELIST)
    assert response.status_code == 200
    assert 'class="status-badge status-due"' in response.text
    assert "due" in response.text
    assert claim.statement in response.text
    row = response.context["cl"].result_list[0]
    assert row.status == "due"
    assert ">12<" in response.text


def test_most_overdue_claims_come_first_by_default(curator_client):
    today = timezone.localdate()
    old = today - datetime.timedelta(days=900)
    later = ClaimFactory(said_on=old, deadline=today - datetime.timedelta(days=3))
    open_ = ClaimFactory(said_on=old, deadline=today + datetime.timedelta(days=30))
    earliest = ClaimFactory(said_on=old, deadline=today - datetime.timedelta(days=300))
    assert _listed(curator_client.get(CHANGELIST)) == [earliest.pk, later.pk, open_.pk]


def test_the_claim_list_has_no_n_plus_one(curator_client):
    topics = [TopicFactory()]
    ClaimFactory.create_batch(2, topics=topics)
    with CaptureQueriesContext(connection) as few:
        curator_client.get(CHANGELIST)
    ClaimFactory.create_batch(25, topics=topics)
    with CaptureQueriesContext(connection) as many:
        curator_client.get(CHANGELIST)
    assert len(many.captured_queries) == len(few.captured_queries)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"status": "due"}, {"due"}),
        ({"status": "open"}, {"open", "no deadline"}),
        ({"status": "true"}, {"true"}),
        ({"due": "overdue"}, {"due"}),
        ({"due": "week"}, {"this week"}),
        ({"due": "none"}, {"no deadline", "vague", "opinion"}),
        ({"needs_deadline": "yes"}, {"vague"}),
        ({"kind": "opinion"}, {"opinion"}),
    ],
)
def test_filters(curator_client, params, expected):
    today = timezone.localdate()
    said = today - datetime.timedelta(days=800)
    named = {
        "due": ClaimFactory(said_on=said, deadline=today - datetime.timedelta(days=5)),
        "open": ClaimFactory(said_on=said, deadline=today + datetime.timedelta(days=60)),
        "this week": ClaimFactory(said_on=said, deadline=today + datetime.timedelta(days=3)),
        "no deadline": ClaimFactory(said_on=said, deadline=None),
        "vague": ClaimFactory(said_on=said, deadline=None, kind="commitment", needs_deadline=True),
        "true": ClaimFactory(said_on=said, verdict="true", resolved_at=timezone.now()),
        "opinion": ClaimFactory(said_on=said, kind="opinion", deadline=None),
    }
    if params == {"status": "open"}:
        expected = {"open", "this week", "no deadline", "vague", "opinion"}
    listed = set(_listed(curator_client.get(CHANGELIST, params)))
    assert listed == {named[name].pk for name in expected}


def test_filters_by_speaker_and_topic(curator_client):
    topic = TopicFactory()
    mine = ClaimFactory(topics=[topic])
    ClaimFactory()
    assert _listed(curator_client.get(CHANGELIST, {"topics__id__exact": topic.pk})) == [mine.pk]
    assert _listed(curator_client.get(CHANGELIST, {"speaker__id__exact": mine.speaker_id})) == [
        mine.pk
    ]


def test_search_covers_quote_statement_and_speaker(curator_client):
    emad = SpeakerFactory(name="Emad Mostaque")
    by_speaker = ClaimFactory(speaker=emad)
    by_quote = ClaimFactory(quote="Run Stable Diffusion on your iPhone")
    by_statement = ClaimFactory(statement="Uzbekistan produces the breakthrough")
    assert _listed(curator_client.get(CHANGELIST, {"q": "mostaque"})) == [by_speaker.pk]
    assert _listed(curator_client.get(CHANGELIST, {"q": "iphone"})) == [by_quote.pk]
    assert _listed(curator_client.get(CHANGELIST, {"q": "uzbekistan"})) == [by_statement.pk]


def test_the_date_hierarchy_drills_into_said_on(curator_client):
    ClaimFactory(said_on=datetime.date(2022, 10, 1))
    ClaimFactory(said_on=datetime.date(2023, 2, 15))
    response = curator_client.get(CHANGELIST, {"said_on__year": "2023"})
    assert len(_listed(response)) == 1


def test_resolving_selected_claims_through_the_intermediate_page(curator_client, curator):
    claims = ClaimFactory.create_batch(2)
    selected = [c.pk for c in claims]
    page = curator_client.post(
        CHANGELIST, {"action": "resolve_selected", "_selected_action": selected}
    )
    assert page.status_code == 200
    assert "Give 2 claims a verdict" in page.text
    response = curator_client.post(
        CHANGELIST,
        {
            "action": "resolve_selected",
            "_selected_action": selected,
            "apply": "1",
            "verdict": "false",
            "rationale": "Nothing shipped.",
            "reason": "",
            "evidence-TOTAL_FORMS": "1",
            "evidence-INITIAL_FORMS": "0",
            "evidence-0-url": "https://example.org/report",
            "evidence-0-archive_url": "",
            "evidence-0-excerpt": "No such product.",
            "evidence-0-observed_on": "2024-01-05",
        },
    )
    assert response.status_code == 302
    for claim in Claim.objects.filter(pk__in=selected):
        assert claim.verdict == "false"
        resolution = claim.resolutions.get()
        assert resolution.resolved_by == curator
        assert list(resolution.evidence.values_list("url", flat=True)) == [
            "https://example.org/report"
        ]


def test_the_resolve_page_reports_bad_input_and_writes_nothing(curator_client):
    claim = ClaimFactory()
    response = curator_client.post(
        reverse("admin:claims_claim_resolve", args=[claim.pk]),
        {
            "apply": "1",
            "verdict": "true",
            "rationale": "",
            "evidence-TOTAL_FORMS": "1",
            "evidence-INITIAL_FORMS": "0",
            "evidence-0-url": "not a url",
            "evidence-0-observed_on": "yesterday",
        },
    )
    assert response.status_code == 200
    assert "Say why: a resolution needs a rationale." in response.text
    assert "Enter a valid URL" in response.text
    assert not Resolution.objects.exists()


def test_reopening_through_the_claim_page(curator_client, curator):
    claim = ClaimFactory()
    services.claim_resolve(
        evidence=EVIDENCE_SEEN, claim=claim, verdict="true", rationale="Yes.", actor=curator
    )
    change = curator_client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    assert reverse("admin:claims_claim_reopen", args=[claim.pk]) in change.text
    response = curator_client.post(
        reverse("admin:claims_claim_reopen", args=[claim.pk]),
        {"apply": "1", "reason": "Evidence was about another model."},
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.verdict == ""
    assert "Evidence was about another model." in Resolution.objects.get().retraction_reason


def test_export_as_csv(curator_client):
    claim = ClaimFactory(quote="=HYPERLINK(1)")
    response = curator_client.post(
        CHANGELIST, {"action": "export_csv", "_selected_action": [claim.pk]}
    )
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == 1
    assert rows[0]["id"] == str(claim.pk)
    assert rows[0]["quote"] == "'=HYPERLINK(1)"
    assert rows[0]["status"] in {"open", "due"}


def test_adding_a_claim_with_a_blank_deadline_derives_it(curator_client):
    speaker, source = SpeakerFactory(), SourceFactory()
    add = reverse("admin:claims_claim_add")
    data = _form_data(curator_client.get(add))
    data.update(
        {
            "speaker": speaker.pk,
            "source": source.pk,
            "kind": "prediction",
            "quote": "We will have it within 2 years",
            "statement": "It exists by late 2024.",
            "said_on": "2022-10-01",
            "said_on_precision": "month",
            "review_state": "published",
        }
    )
    response = curator_client.post(add, data, follow=True)
    assert response.status_code == 200
    claim = Claim.objects.get()
    assert claim.deadline == datetime.date(2024, 10, 31)
    assert claim.deadline_source == DeadlineSource.DERIVED
    assert "2024" in response.text  # the rule applied is shown


def test_a_second_curator_saving_a_stale_form_is_refused(curator_client, curator):
    claim = ClaimFactory()
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    stale = _form_data(curator_client.get(url))
    services.claim_update(claim=claim, expected_version=1, changes={"statement": "Theirs."})
    stale["statement"] = "Mine."
    response = curator_client.post(url, stale)
    assert response.status_code == 200
    assert "Someone else saved this claim" in response.text
    assert Claim.objects.get(pk=claim.pk).statement == "Theirs."


def test_the_speaker_page_shows_claims_and_a_track_record(curator_client):
    claim = ClaimFactory(verdict="true", resolved_at=timezone.now(), confidence=0.8)
    ClaimFactory(speaker=claim.speaker, verdict="false", resolved_at=timezone.now(), confidence=0.6)
    response = curator_client.get(reverse("admin:claims_speaker_change", args=[claim.speaker_id]))
    assert response.status_code == 200
    assert "Track record" in response.text
    assert claim.statement in response.text
    assert "Resolved predictions: 2" in response.text
    assert "came true: 50%" in response.text
    assert "Brier score 0.200" in response.text  # ((0.8-1)^2 + (0.6-0)^2) / 2
    assert "Calibration" in response.text


def test_curators_cannot_delete_claims(curator_client):
    claim = ClaimFactory()
    response = curator_client.get(reverse("admin:claims_claim_delete", args=[claim.pk]))
    assert response.status_code == 403


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    response = client.get(CHANGELIST)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.parametrize("model", ["claim", "draftclaim"])
def test_a_curator_picks_the_assigned_curator_from_active_staff(curator_client, curator, model):
    UserFactory(username="reader", is_staff=False)
    UserFactory(username="gone", is_staff=True, is_active=False)
    claim = ClaimFactory(review_state="draft" if model == "draftclaim" else "published")
    page = curator_client.get(reverse(f"admin:claims_{model}_change", args=[claim.pk]))
    assert page.status_code == 200
    field = page.context["adminform"].form.fields["assigned_curator"]
    assert list(field.queryset) == [curator]
    # Not an autocomplete: the users' autocomplete answers 403 to curators.
    assert "admin-autocomplete" not in str(field.widget.render("assigned_curator", None))


@pytest.mark.parametrize("admin_name", ["claim", "draftclaim"])
def test_duplicate_of_never_offers_the_claim_being_edited(curator_client, admin_name):
    """The autocomplete's search carries the edited claim's id, and leaves it out."""
    import json
    import re
    from urllib.parse import unquote, urlencode

    review_state = "draft" if admin_name == "draftclaim" else "published"
    claim = ClaimFactory(statement="Grid storage doubles by 2030.", review_state=review_state)
    other = ClaimFactory(statement="Grid storage doubles by 2031.", speaker=claim.speaker)
    page = curator_client.get(reverse(f"admin:claims_{admin_name}_change", args=[claim.pk])).text
    url = re.search(r'<select name="duplicate_of"[^>]*data-ajax--url="([^"]+)"', page)[1]
    assert unquote(url).endswith(f"?exclude={claim.pk}")
    # As select2 asks (jQuery appends its parameters to the URL's own).
    params = {
        "term": "Grid storage",
        "app_label": "claims",
        "model_name": admin_name,
        "field_name": "duplicate_of",
    }
    answer = curator_client.get(f"{url.replace('&amp;', '&')}&{urlencode(params)}")
    offered = [int(row["id"]) for row in json.loads(answer.content)["results"]]
    assert offered == [other.pk]
