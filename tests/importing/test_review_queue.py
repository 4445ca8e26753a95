"""The review queue as a curator works through it: imports in turn, each in document order."""

import datetime
import re

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from claims import services
from claims.choices import ReviewState
from claims.importing.services import (
    ImportOptions,
    SourceChoice,
    drafts_merge,
    drafts_publish,
    import_document,
)
from claims.models import Claim
from claims.validators import latest_today
from tests.factories import (
    ClaimFactory,
    CuratorFactory,
    SourceFactory,
    SpeakerFactory,
    TopicFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db
QUEUE = reverse("admin:claims_draftclaim_changelist")
YEARS = [2031, 2027, 2040, 2029, 2035, 2028, 2033, 2030, 2038, 2032, 2036]
SUMMIT = (
    "Ada Quist — Future of Work Summit, Lisbon, 9 May 2023\n"
    + "".join(f"- Office leases in city {n} will halve by {year}\n" for n, year in enumerate(YEARS))
).encode()
PANEL = (
    "Carla Mendes — Margins panel, Porto, 2 June 2023\n"
    "- Our factories will run at full capacity by 2026\n"
    "- Steel prices will fall by half within 3 years\n"
).encode()


def _import(data: bytes, name: str, curator) -> list[Claim]:
    options = ImportOptions(source=SourceChoice())
    return import_document(data=data, file_name=name, options=options, actor=curator).claims


def _listed(response) -> list[int]:
    return [claim.pk for claim in response.context["cl"].result_list]


def _messages(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_the_newest_import_comes_first_and_each_reads_in_document_order(curator_client, curator):
    summit = _import(SUMMIT, "summit.md", curator)
    panel = _import(PANEL, "panel.md", curator)
    by_hand = ClaimFactory(review_state=ReviewState.DRAFT)

    response = curator_client.get(QUEUE)

    assert _listed(response) == [c.pk for c in panel] + [c.pk for c in summit] + [by_hand.pk]
    # "line 10" reads after "line 9", as in the document, not as text sorts it.
    locators = [Claim.objects.get(pk=pk).locator for pk in _listed(response)[2:13]]
    assert locators == [f"line {n}" for n in range(2, 13)]


def test_each_import_is_introduced_by_a_header_naming_it(curator_client, curator):
    summit = _import(SUMMIT, "summit.md", curator)
    _import(PANEL, "panel.md", curator)
    services.claim_publish(claim=summit[0], actor=curator)
    ClaimFactory(review_state=ReviewState.DRAFT)

    page = curator_client.get(QUEUE).content.decode()

    headers = re.findall(r'<tr class="queue-import"><th[^>]*>(.*?)</th></tr>', page, re.S)
    text = [re.sub(r"<[^>]+>", "", header) for header in headers]
    assert len(text) == 3
    assert text[0].startswith("Import of panel.md into Margins panel, Porto,")
    assert text[0].endswith(f"by {curator.username} · 2 of 2 drafts waiting · only this import")
    assert "Import of summit.md into Future of Work Summit, Lisbon" in text[1]
    assert "10 of 11 drafts waiting" in text[1]
    assert text[2] == "Drafts entered by hand"
    assert page.index(headers[1]) < page.index(f"/draftclaim/{summit[1].pk}/change/")


def test_sorting_by_a_column_drops_the_import_headers(curator_client, curator):
    _import(PANEL, "panel.md", curator)
    page = curator_client.get(QUEUE, {"o": "1"}).content.decode()
    assert "queue-import" not in page


def test_the_import_filter_lists_imports_with_drafts_waiting_and_keeps_its_address(
    curator_client, curator
):
    summit = _import(SUMMIT, "summit.md", curator)
    panel = _import(PANEL, "panel.md", curator)
    batch = panel[0].import_record.batch
    for claim in summit:
        services.claim_publish(claim=claim, actor=curator)

    response = curator_client.get(QUEUE, {"import_record__batch__id__exact": batch.pk})

    assert _listed(response) == [c.pk for c in panel]
    choices = [c["display"] for c in _filter(response, "import").choices(response.context["cl"])]
    when = date_format(timezone.localtime(batch.created_at), "DATETIME_FORMAT")
    assert choices[1:] == [f"panel.md → Margins panel, Porto ({when})"]  # "29 November 2026, 14:01"
    bad = curator_client.get(QUEUE, {"import_record__batch__id__exact": "x"})
    assert bad.status_code == 200
    assert _listed(bad) == []


def _filter(response, title: str):
    return next(f for f in response.context["cl"].filter_specs if f.title == title)


# --- the draft's page -------------------------------------------------------


def test_the_draft_page_edits_everything_a_claim_has_with_the_same_widgets(curator_client, curator):
    draft = _import(PANEL, "panel.md", curator)[0]
    url = reverse("admin:claims_draftclaim_change", args=[draft.pk])

    response = curator_client.get(url)

    form = response.context["adminform"].form
    for field in [
        "topics",
        "confidence",
        "said_on",
        "said_on_precision",
        "deadline_precision",
        "source",
        "assigned_curator",
    ]:
        assert field in form.fields, field
    for field in ["speaker", "source", "topics", "duplicate_of"]:
        assert "admin-autocomplete" in str(form[field]), field
    page = response.content.decode()
    assert re.search(r'<input [^>]*name="_merge" id="merge-button" hidden>', page)
    assert "claims/draft_review.js" in page
    assert "panel.md" in page
    assert "line 2" in page


def _post_data(draft: Claim, **changes) -> dict:
    data = {
        "speaker": draft.speaker_id,
        "source": draft.source_id,
        "locator": draft.locator,
        "kind": draft.kind,
        "quote": draft.quote,
        "statement": draft.statement,
        "said_on": draft.said_on.isoformat(),
        "said_on_precision": draft.said_on_precision,
        "horizon": draft.horizon,
        "deadline": "",
        "deadline_precision": draft.deadline_precision,
        "confidence": "",
        "topics": [],
        "assigned_curator": "",
        "duplicate_of": draft.duplicate_of_id or "",
        "internal_notes": draft.internal_notes,
        "expected_version": draft.version,
    }
    data.update(changes)
    return data


def test_topics_and_confidence_set_on_the_draft_page_are_published_with_it(curator_client, curator):
    draft = _import(PANEL, "panel.md", curator)[0]
    energy = TopicFactory(name="Energy", slug="energy")
    url = reverse("admin:claims_draftclaim_change", args=[draft.pk])

    response = curator_client.post(
        url, _post_data(draft, topics=[energy.pk], confidence="0.8", _publish="1")
    )

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.review_state == ReviewState.PUBLISHED
    assert list(draft.topics.all()) == [energy]
    assert draft.confidence == 0.8
    entry = draft.history.order_by("-history_id")[1]  # the edit, before the publishing
    assert [t.topic_id for t in entry.topics.all()] == [energy.pk]


def test_a_draft_opened_before_someone_else_changed_it_is_not_published(curator_client, curator):
    draft = _import(PANEL, "panel.md", curator)[0]
    url = reverse("admin:claims_draftclaim_change", args=[draft.pk])
    stale = _post_data(draft, _publish="1")
    services.claim_update(
        claim=draft, expected_version=draft.version, changes={"horizon": "by 2027"}, actor=curator
    )

    response = curator_client.post(url, stale)

    assert response.status_code == 200
    assert "was changed by someone else after you opened it" in response.content.decode()
    draft.refresh_from_db()
    assert draft.review_state == ReviewState.DRAFT


def test_the_merge_button_shows_once_a_duplicate_is_set_and_merges(curator_client, curator):
    original = ClaimFactory(statement="Factories run at full capacity by 2026.")
    draft = _import(PANEL, "panel.md", curator)[0]
    url = reverse("admin:claims_draftclaim_change", args=[draft.pk])
    saved = curator_client.post(url, _post_data(draft, duplicate_of=original.pk, _continue="1"))
    assert saved.status_code == 302
    draft.refresh_from_db()

    page = curator_client.get(url).content.decode()
    assert re.search(r'<input [^>]*name="_merge" id="merge-button">', page)
    response = curator_client.post(url, _post_data(draft, _merge="1"))

    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.review_state, draft.duplicate_of_id) == (ReviewState.REJECTED, original.pk)


# --- bulk decisions ---------------------------------------------------------


def _said_in_the_future(claim: Claim) -> None:
    """A draft whose date was mistyped: the services refuse to publish it."""
    future = latest_today() + datetime.timedelta(days=30)
    Claim.objects.filter(pk=claim.pk).update(said_on=future, deadline=None, deadline_source="none")


def test_publishing_many_reports_what_was_published_and_why_the_rest_was_not(
    curator_client, curator
):
    drafts = _import(SUMMIT, "summit.md", curator)[:4]
    _said_in_the_future(drafts[2])
    pks = [d.pk for d in drafts]

    response = curator_client.post(
        QUEUE, {"action": "publish_drafts", ACTION_CHECKBOX_NAME: pks}, follow=True
    )

    assert response.status_code == 200
    assert _messages(response) == [
        f"Published 3 drafts; 1 could not be published: #{drafts[2].pk} "
        f"“{drafts[2].statement}”: said on: A claim cannot have been said in the future."
    ]
    states = dict(Claim.objects.filter(pk__in=pks).values_list("pk", "review_state"))
    assert states == {
        pks[0]: "published",
        pks[1]: "published",
        pks[2]: "draft",
        pks[3]: "published",
    }


def test_merging_many_merges_the_flagged_and_says_why_the_others_were_not(curator_client, curator):
    original = ClaimFactory()
    first, second, unflagged = _import(SUMMIT, "summit.md", curator)[:3]
    for draft in (first, second):
        Claim.objects.filter(pk=draft.pk).update(duplicate_of=original)
    rejected = ClaimFactory(review_state=ReviewState.REJECTED)
    Claim.objects.filter(pk=second.pk).update(duplicate_of=rejected)
    pks = [first.pk, second.pk, unflagged.pk]

    response = curator_client.post(
        QUEUE, {"action": "merge_flagged", ACTION_CHECKBOX_NAME: pks}, follow=True
    )

    [message] = _messages(response)
    assert message.startswith("Merged 1 draft; 2 could not be merged: ")
    assert "duplicate of: Merge into a claim that was not rejected." in message
    assert f"#{unflagged.pk} " in message
    assert "It is not flagged as a duplicate" in message
    states = dict(Claim.objects.filter(pk__in=pks).values_list("pk", "review_state"))
    assert states == {first.pk: "rejected", second.pk: "draft", unflagged.pk: "draft"}


def test_rejecting_many_and_drafts_that_left_the_queue_meanwhile(curator_client, curator):
    drafts = _import(PANEL, "panel.md", curator)
    services.claim_publish(claim=drafts[1], actor=curator)  # by someone else, meanwhile

    response = curator_client.post(
        QUEUE,
        {"action": "reject_drafts", ACTION_CHECKBOX_NAME: [d.pk for d in drafts]},
        follow=True,
    )

    assert _messages(response) == ["Rejected 1 draft; 1 selected had already left the queue."]
    assert Claim.objects.get(pk=drafts[1].pk).review_state == ReviewState.PUBLISHED


def test_merging_into_a_draft_merged_earlier_in_the_same_run_merges_into_its_original(curator):
    original = ClaimFactory()
    speaker, source = SpeakerFactory(), SourceFactory()
    middle = ClaimFactory(speaker=speaker, source=source, review_state=ReviewState.DRAFT)
    last = ClaimFactory(speaker=speaker, source=source, review_state=ReviewState.DRAFT)
    Claim.objects.filter(pk=middle.pk).update(duplicate_of=original)
    Claim.objects.filter(pk=last.pk).update(duplicate_of=middle)
    claims = list(Claim.objects.filter(pk__in=[middle.pk, last.pk]).order_by("pk"))

    outcome = drafts_merge(claims=claims, actor=curator)

    # A duplicate points at the original, never at another duplicate.
    assert [c.pk for c in outcome.done] == [middle.pk, last.pk]
    assert outcome.refused == []
    assert {c.duplicate_of_id for c in Claim.objects.filter(pk__in=[middle.pk, last.pk])} == {
        original.pk
    }


def test_publishing_a_claim_that_is_no_longer_a_draft_is_refused_not_repeated(curator):
    draft = ClaimFactory(review_state=ReviewState.DRAFT)
    stale = Claim.objects.get(pk=draft.pk)
    drafts_publish(claims=[draft], actor=curator)

    outcome = drafts_publish(claims=[stale], actor=curator)

    assert outcome.done == []
    [(_claim, error)] = outcome.refused
    assert "changed by someone else" in str(error)


def test_a_deadline_left_without_its_precision_is_refused_on_the_form(curator_client, curator):
    draft = _import(PANEL, "panel.md", curator)[0]
    assert draft.deadline is not None
    url = reverse("admin:claims_draftclaim_change", args=[draft.pk])

    response = curator_client.post(url, _post_data(draft, deadline_precision="", _publish="1"))

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["deadline_precision"] == [
        "A deadline needs its precision: day, month or year."
    ]
    draft.refresh_from_db()
    assert (draft.review_state, draft.deadline_precision) == (ReviewState.DRAFT, "year")


def test_deciding_on_a_draft_opens_the_next_one_of_its_import_then_the_queue(
    curator_client, curator
):
    first, second = _import(PANEL, "panel.md", curator)

    after_first = curator_client.post(
        reverse("admin:claims_draftclaim_change", args=[first.pk]), _post_data(first, _reject="1")
    )
    after_last = curator_client.post(
        reverse("admin:claims_draftclaim_change", args=[second.pk]),
        _post_data(second, _publish="1"),
    )

    assert after_first["Location"] == reverse("admin:claims_draftclaim_change", args=[second.pk])
    assert after_last["Location"] == QUEUE
    states = dict(Claim.objects.values_list("pk", "review_state"))
    assert states == {first.pk: "rejected", second.pk: "published"}


@pytest.mark.parametrize("changelist", ["claims_speaker", "claims_source"])
def test_draft_counts_in_the_speaker_and_source_lists_open_exactly_those_drafts(
    curator_client, curator, changelist
):
    _import(PANEL, "panel.md", curator)
    drafts = _import(SUMMIT, "summit.md", curator)
    services.claim_publish(claim=drafts[0], actor=curator)
    ClaimFactory(speaker=drafts[1].speaker, source=drafts[1].source, review_state="rejected")

    page = curator_client.get(reverse(f"admin:{changelist}_changelist")).text

    links = re.findall(r'<a href="(/admin/claims/draftclaim/\?[^"]+)">(\d+)</a>', page)
    assert sorted(int(count) for _, count in links) == [2, 10]
    for url, count in links:
        listed = curator_client.get(url.replace("&amp;", "&"))
        assert listed.context["cl"].result_count == int(count), url


def test_the_imports_list_counts_the_drafts_still_waiting_linked_to_them(curator_client, curator):
    drafts = _import(PANEL, "panel.md", curator)
    batch = drafts[0].import_record.batch
    services.claim_publish(claim=drafts[0], actor=curator)

    page = curator_client.get(reverse("admin:claims_importbatch_changelist")).text

    link = f"{QUEUE}?import_record__batch__id__exact={batch.pk}"
    assert f'<a href="{link}">1 to review</a>' in page
    assert _listed(curator_client.get(link)) == [drafts[1].pk]


def test_a_curator_assigns_a_draft_to_a_colleague_from_a_list_of_curators(curator_client, curator):
    colleague = CuratorFactory(username="colleague")
    reader = UserFactory(username="reader")
    draft = _import(PANEL, "panel.md", curator)[0]
    url = reverse("admin:claims_draftclaim_change", args=[draft.pk])

    field = curator_client.get(url).context["adminform"].form.fields["assigned_curator"]
    response = curator_client.post(
        url, _post_data(draft, assigned_curator=colleague.pk, _continue="1")
    )

    assert set(field.queryset) == {curator, colleague}
    assert reader not in field.queryset
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.assigned_curator == colleague
