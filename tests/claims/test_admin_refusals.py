"""Every admin form and action that calls a service shows the service's refusal (200, the
message on the field at fault), never a server error, and writes nothing."""

import datetime

import pytest
import time_machine
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims import services
from claims.choices import ReviewState
from claims.models import Claim, Resolution, Source, Speaker, Topic
from claims.validators import QUOTE_MAX, RATIONALE_MAX, REASON_MAX
from tests.claims.test_history import _form_data
from tests.factories import EVIDENCE_SEEN, ClaimFactory, SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:claims_claim_changelist")
QUEUE = reverse("admin:claims_draftclaim_changelist")
# 20:00 UTC on 10 March 2026: already 11 March from Auckland (UTC+13) to Kiritimati (UTC+14).
NOW = datetime.datetime(2026, 3, 10, 20, 0, tzinfo=datetime.UTC)
FUTURE = "2026-03-12"  # not yet anywhere on Earth
FUTURE_MESSAGE = "A claim cannot have been said in the future."


@pytest.fixture(autouse=True)
def _frozen_clock():
    with time_machine.travel(NOW, tick=False):
        yield


def _field_errors(response, field: str) -> list[str]:
    return list(response.context["adminform"].form.errors.get(field, []))


def _non_field_errors(response) -> list[str]:
    return list(response.context["adminform"].form.non_field_errors())


def _add_claim_data(client, **overrides) -> dict:
    data = _form_data(client.get(reverse("admin:claims_claim_add")))
    data.update(
        {
            "speaker": SpeakerFactory().pk,
            "source": SourceFactory(
                published_on=datetime.date(2026, 1, 1), published_precision="year"
            ).pk,
            "kind": "prediction",
            "quote": "We will have it within 2 years.",
            "statement": "It exists within two years.",
            "said_on": "2026-03-01",
            "said_on_precision": "day",
            "review_state": "published",
            **overrides,
        }
    )
    return data


# --- the claim form: add and change ----------------------------------------------------
@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"said_on": FUTURE}, "said_on", FUTURE_MESSAGE),
        ({"said_on": "2999-01-01"}, "said_on", FUTURE_MESSAGE),
        (
            {"quote": "x" * (QUOTE_MAX + 1)},
            "quote",
            f"Ensure this value has at most {QUOTE_MAX} characters (it has {QUOTE_MAX + 1}).",
        ),
        (
            {"statement": "It ships\x1b[31m soon."},
            "statement",
            "Remove the control character '\\x1b' at position 9.",
        ),
        (
            {"internal_notes": "Ask\x07 the editor."},
            "internal_notes",
            "Remove the control character '\\x07' at position 4.",
        ),
    ],
    ids=["said tomorrow", "said in 2999", "quote too long", "escape code", "bell"],
)
def test_adding_a_claim_the_services_refuse_shows_the_error_on_its_field(
    curator_client, overrides, field, message
):
    data = _add_claim_data(curator_client, **overrides)
    response = curator_client.post(reverse("admin:claims_claim_add"), data)
    assert response.status_code == 200
    assert _field_errors(response, field) == [message]
    assert message.replace("'", "&#x27;") in response.text
    assert not Claim.objects.exists()


def test_a_claim_said_today_somewhere_on_earth_is_accepted(curator_client):
    data = _add_claim_data(curator_client, said_on="2026-03-11")
    response = curator_client.post(reverse("admin:claims_claim_add"), data)
    assert response.status_code == 302, _field_errors(response, "said_on")
    assert Claim.objects.get().said_on == datetime.date(2026, 3, 11)


def test_changing_a_claim_to_a_future_said_on_shows_the_error_and_keeps_the_input(
    curator_client,
):
    claim = ClaimFactory(statement="As it was.", deadline=None)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = _form_data(curator_client.get(url))
    data.update(said_on=FUTURE, statement="As I typed it.")
    response = curator_client.post(url, data)
    assert response.status_code == 200
    assert _field_errors(response, "said_on") == [FUTURE_MESSAGE]
    assert response.context["adminform"].form["statement"].value() == "As I typed it."
    claim.refresh_from_db()
    assert (claim.statement, claim.version) == ("As it was.", 1)


def test_a_conflict_found_by_the_service_is_a_form_error_not_a_lost_edit(
    curator_client, monkeypatch
):
    """The form checks the version first; the service's own check closes the race after it."""
    claim = ClaimFactory(statement="Theirs.")
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = _form_data(curator_client.get(url))
    data["statement"] = "Mine."
    real_update = services.claim_update

    def raced(**kwargs):
        Claim.objects.filter(pk=claim.pk).update(version=2)  # another curator saved meanwhile
        return real_update(**kwargs)

    monkeypatch.setattr(services, "claim_update", raced)
    response = curator_client.post(url, data)
    assert response.status_code == 200
    assert "changed by someone else" in _non_field_errors(response)[0]
    assert Claim.objects.get(pk=claim.pk).statement == "Theirs."


# --- resolve and reopen: the pages and the actions ---------------------------------------
def _resolve_data(**overrides) -> dict:
    return {
        "apply": "1",
        "verdict": "true",
        "rationale": "It shipped.",
        "reason": "",
        "evidence-TOTAL_FORMS": "1",
        "evidence-INITIAL_FORMS": "0",
        "evidence-0-url": "https://example.org/launch",
        "evidence-0-observed_on": "2026-01-05",
        **overrides,
    }


def _resolved() -> Claim:
    claim = ClaimFactory()
    services.claim_resolve(evidence=EVIDENCE_SEEN, claim=claim, verdict="true", rationale="Yes.")
    return claim


RESOLVE_CASES = [
    (
        lambda: ClaimFactory(review_state=ReviewState.DRAFT),
        {},
        None,
        "Publish the claim before resolving it.",
    ),
    (
        _resolved,
        {"verdict": "false"},
        "reason",
        "This claim already has a verdict; say why it is being revised.",
    ),
    (
        ClaimFactory,
        {"rationale": "x" * (RATIONALE_MAX + 1)},
        "rationale",
        f"Ensure this value has at most {RATIONALE_MAX} characters (it has {RATIONALE_MAX + 1}).",
    ),
    (
        ClaimFactory,
        {"evidence-0-excerpt": "Seen\x00 there."},
        None,
        "Null characters are not allowed.",
    ),
    (
        ClaimFactory,
        {"evidence-0-observed_on": "2026-03-12"},  # NOW is already 11 March in UTC+14
        None,
        "Evidence 1: it cannot have been seen on 2026-03-12, a day in the future.",
    ),
    (
        ClaimFactory,
        {"evidence-0-url": "ftp://example.org/launch"},
        None,
        "Evidence 1: the URL must be a web address starting with http:// or https://.",
    ),
    (
        ClaimFactory,
        {"evidence-0-archive_url": "FTP://example.org/launch"},
        None,
        "Evidence 1: the archive URL must be a web address starting with http:// or https://.",
    ),
]
RESOLVE_IDS = [
    "a draft",
    "a revision without reason",
    "rationale too long",
    "NUL in evidence",
    "evidence seen in the future",
    "an ftp evidence URL",
    "an ftp archive URL",
]


def test_an_evidence_refusal_is_shown_on_its_row_and_field(curator_client):
    claim = ClaimFactory()
    data = _resolve_data(
        **{
            "evidence-TOTAL_FORMS": "3",
            "evidence-1-url": "",  # a blank row in between is not counted
            "evidence-2-url": "ftp://example.org/a",
            "evidence-2-observed_on": "2026-03-01",
        }
    )
    response = curator_client.post(reverse("admin:claims_claim_resolve", args=[claim.pk]), data)
    assert response.status_code == 200
    rows = response.context["evidence"].forms
    assert [dict(row.errors) for row in rows] == [
        {},
        {},
        {"url": ["Evidence 2: the URL must be a web address starting with http:// or https://."]},
    ]
    assert not response.context["form"].errors
    assert not Resolution.objects.filter(claim=claim).exists()


def _form_errors(response) -> dict:
    form = response.context["form"]
    errors = {field: list(messages) for field, messages in form.errors.items()}
    evidence = response.context.get("evidence")
    for item in evidence.forms if evidence is not None else []:
        for messages in item.errors.values():
            errors.setdefault(None, []).extend(messages)
    return {("__all__" if k is None else k): v for k, v in errors.items()}


@pytest.mark.parametrize(("make", "overrides", "field", "message"), RESOLVE_CASES, ids=RESOLVE_IDS)
def test_the_resolve_page_shows_what_the_services_refuse(
    curator_client, make, overrides, field, message
):
    claim = make()
    before = Resolution.objects.count()
    url = reverse("admin:claims_claim_resolve", args=[claim.pk])
    response = curator_client.post(url, _resolve_data(**overrides))
    assert response.status_code == 200
    assert message in _form_errors(response)[field or "__all__"]
    assert Resolution.objects.count() == before


@pytest.mark.parametrize(("make", "overrides", "field", "message"), RESOLVE_CASES, ids=RESOLVE_IDS)
def test_the_resolve_action_shows_what_the_services_refuse(
    curator_client, make, overrides, field, message
):
    claims = [ClaimFactory(), make()]
    before = Resolution.objects.count()
    data = {
        "action": "resolve_selected",
        ACTION_CHECKBOX_NAME: [c.pk for c in claims],
        **_resolve_data(**overrides),
    }
    response = curator_client.post(CHANGELIST, data)
    assert response.status_code == 200
    assert message in _form_errors(response)[field or "__all__"]
    assert Resolution.objects.count() == before  # all or nothing


@pytest.mark.parametrize(
    ("reason", "message"),
    [
        ("x" * (REASON_MAX + 1), f"at most {REASON_MAX} characters"),
        ("Wrong\x1b[0m model.", "Remove the control character '\\x1b' at position 6."),
        ("   ", "Say why the verdict is taken back"),
    ],
)
@pytest.mark.parametrize("where", ["page", "action"])
def test_reopening_shows_what_is_refused(curator_client, reason, message, where):
    claim = _resolved()
    if where == "page":
        url, data = reverse("admin:claims_claim_reopen", args=[claim.pk]), {}
    else:
        url, data = CHANGELIST, {"action": "reopen_selected", ACTION_CHECKBOX_NAME: [claim.pk]}
    response = curator_client.post(url, {**data, "apply": "1", "reason": reason})
    assert response.status_code == 200
    assert any(message in error for error in response.context["form"].errors["reason"])
    claim.refresh_from_db()
    assert claim.verdict == "true"


def test_a_refused_publish_action_says_why_and_changes_nothing(curator_client):
    fine = ClaimFactory(review_state=ReviewState.DRAFT)
    future = ClaimFactory(review_state=ReviewState.DRAFT, deadline=None)
    Claim.objects.filter(pk=future.pk).update(said_on=datetime.date(2026, 4, 1))
    data = {"action": "publish_selected", ACTION_CHECKBOX_NAME: [fine.pk, future.pk]}
    response = curator_client.post(CHANGELIST, data, follow=True)
    assert response.status_code == 200
    assert f"Nothing was changed: said on: {FUTURE_MESSAGE}" in response.text
    assert set(Claim.objects.values_list("review_state", flat=True)) == {ReviewState.DRAFT}


# --- the review queue ----------------------------------------------------------------------
def _draft_form(draft: Claim, **overrides) -> dict:
    return {
        "speaker": draft.speaker_id,
        "source": draft.source_id,
        "said_on": draft.said_on.isoformat(),
        "said_on_precision": draft.said_on_precision,
        "kind": draft.kind,
        "quote": draft.quote,
        "statement": draft.statement,
        "locator": draft.locator,
        "horizon": draft.horizon,
        "deadline": "",
        "duplicate_of": "",
        "internal_notes": "",
        "expected_version": draft.version,
        **overrides,
    }


def test_publishing_a_draft_the_services_refuse_shows_why_on_the_review_page(curator_client):
    draft = ClaimFactory(review_state=ReviewState.DRAFT, deadline=None)
    Claim.objects.filter(pk=draft.pk).update(said_on=datetime.date(2026, 4, 1))
    draft.refresh_from_db()
    url = reverse("admin:claims_draftclaim_change", args=[draft.pk])
    response = curator_client.post(url, _draft_form(draft, statement="Edited.", _publish="1"))
    assert response.status_code == 200
    assert _field_errors(response, "said_on") == [FUTURE_MESSAGE]
    draft.refresh_from_db()
    assert (draft.review_state, draft.statement) == (ReviewState.DRAFT, draft.statement)
    assert draft.version == 1


@pytest.mark.parametrize(
    ("target", "message"),
    [
        (lambda draft: "", "Pick the claim to merge into in “duplicate of”."),
        (
            lambda draft: ClaimFactory(review_state=ReviewState.REJECTED).pk,
            "Merge into a claim that was not rejected.",
        ),
    ],
    ids=["no target", "a rejected target"],
)
def test_merging_a_draft_the_services_refuse_shows_the_error_on_duplicate_of(
    curator_client, target, message
):
    draft = ClaimFactory(review_state=ReviewState.DRAFT)
    url = reverse("admin:claims_draftclaim_change", args=[draft.pk])
    response = curator_client.post(url, _draft_form(draft, duplicate_of=target(draft), _merge="1"))
    assert response.status_code == 200
    assert _field_errors(response, "duplicate_of") == [message]
    draft.refresh_from_db()
    assert draft.review_state == ReviewState.DRAFT


def test_a_refused_review_action_says_why(curator_client):
    draft = ClaimFactory(review_state=ReviewState.DRAFT, deadline=None)
    Claim.objects.filter(pk=draft.pk).update(said_on=datetime.date(2026, 4, 1))
    data = {"action": "publish_drafts", ACTION_CHECKBOX_NAME: [draft.pk]}
    response = curator_client.post(QUEUE, data, follow=True)
    assert response.status_code == 200
    assert (
        f"Published 0 drafts; 1 could not be published: #{draft.pk} “{draft.statement}”: "
        f"said on: {FUTURE_MESSAGE}"
    ) in response.text
    draft.refresh_from_db()
    assert draft.review_state == ReviewState.DRAFT


# --- the import page -------------------------------------------------------------------------
NOTES = b"Dana Whitfield: We will have solid-state batteries in most new cars within five years.\n"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"source_title": "Storage\x1b[2J panel"}, "Remove the control character"),
        ({"speakers": "Dana = Dana\x07 Host"}, "Remove the control character"),
        ({"published_on": "2026-03-12"}, "The source's date 2026-03-12 is in the future"),
        ({"publisher": "P" * 201}, "Ensure this value has at most 200 characters"),
    ],
    ids=["title", "speaker", "future source", "publisher"],
)
def test_the_import_page_shows_what_is_refused_and_imports_nothing(
    curator_client, overrides, message
):
    data = {
        "file": SimpleUploadedFile("notes.txt", NOTES, content_type="text/plain"),
        "source_title": "Storage panel",
        "published_on": "2026-03-01",
        "source_kind": "podcast",
        "speakers": "",
        "_import": "1",
        **overrides,
    }
    response = curator_client.post(reverse("admin:claims_importbatch_add"), data)
    assert response.status_code == 200
    errors = [str(e) for errors in response.context["form"].errors.values() for e in errors]
    assert any(message in error for error in errors), errors
    assert not Claim.objects.exists()
    assert not Source.objects.exists()
    assert not Speaker.objects.filter(name__startswith="Dana").exists()


def test_an_oversized_upload_is_refused_by_its_size_before_it_is_read(curator_client, monkeypatch):
    from claims.admin import imports as importing_admin

    monkeypatch.setattr(importing_admin, "MAX_BYTES", 1024 * 1024)
    upload = SimpleUploadedFile("notes.txt", NOTES * 20_000, content_type="text/plain")
    data = {
        "file": upload,
        "source_title": "Storage panel",
        "published_on": "2026-03-01",
        "source_kind": "podcast",
    }
    response = curator_client.post(reverse("admin:claims_importbatch_add"), data)
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        "The file is larger than 1 MB. Nothing was imported."
    ]


def test_a_source_published_today_somewhere_on_earth_can_be_imported(curator_client):
    data = {
        "file": SimpleUploadedFile("notes.txt", NOTES, content_type="text/plain"),
        "source_title": "Storage panel",
        "published_on": "2026-03-11",
        "source_kind": "podcast",
        "_import": "1",
    }
    response = curator_client.post(reverse("admin:claims_importbatch_add"), data)
    assert response.status_code == 302, response.context["form"].errors
    assert Claim.objects.count() == 1


# --- the other forms: speakers, sources, topics -------------------------------------------------
@pytest.mark.parametrize(
    ("admin_name", "data", "field", "message"),
    [
        (
            "speaker",
            {"name": "Ada", "slug": "ada", "bio": "b" * 5001, "links": ""},
            "bio",
            "Ensure this value has at most 5000 characters (it has 5001).",
        ),
        (
            "speaker",
            {"name": "Ada\x1b[1m", "slug": "ada", "links": ""},
            "name",
            "Remove the control character '\\x1b' at position 4.",
        ),
        (
            "speaker",
            {"name": "Ada", "slug": "ada", "links": "https://ada.example.org\nada.example.org"},
            "links",
            "Link 2 ('ada.example.org') is not a valid http(s) URL.",
        ),
        (
            "source",
            {
                "title": "Episode\x07 12",
                "kind": "podcast",
                "published_on": "2024-01-01",
                "published_precision": "day",
            },
            "title",
            "Remove the control character '\\x07' at position 8.",
        ),
        (
            "source",
            {
                "title": "Episode 12",
                "kind": "podcast",
                "published_on": "2024-01-01",
                "published_precision": "day",
                "notes": "n" * 10_001,
            },
            "notes",
            "Ensure this value has at most 10000 characters (it has 10001).",
        ),
        (
            "topic",
            {"name": "Video", "slug": "video", "description": "d" * 2001},
            "description",
            "Ensure this value has at most 2000 characters (it has 2001).",
        ),
    ],
    ids=["bio", "speaker name", "links", "source title", "source notes", "topic description"],
)
def test_the_record_forms_refuse_what_the_record_refuses(
    admin_client, admin_name, data, field, message
):
    url = reverse(f"admin:claims_{admin_name}_add")
    inlines = {
        "speaker": {"claims-TOTAL_FORMS": "0", "claims-INITIAL_FORMS": "0"},
        "source": {"participations-TOTAL_FORMS": "0", "participations-INITIAL_FORMS": "0"},
        "topic": {},
    }[admin_name]
    response = admin_client.post(url, {**data, **inlines})
    assert response.status_code == 200
    assert _field_errors(response, field) == [message]
    assert not Speaker.objects.exists()
    assert not Source.objects.exists()
    assert not Topic.objects.exists()


SELF_DUPLICATE = "A claim cannot be a duplicate of itself."


@pytest.mark.parametrize(
    ("button", "page"),
    [("_save", "draftclaim"), ("_continue", "draftclaim"), ("_save", "claim")],
    ids=["draft saved", "draft saved and continued", "claim saved"],
)
def test_a_claim_saved_as_a_duplicate_of_itself_is_refused_on_duplicate_of(
    curator_client, button, page
):
    state = ReviewState.DRAFT if page == "draftclaim" else ReviewState.PUBLISHED
    claim = ClaimFactory(review_state=state)
    url = reverse(f"admin:claims_{page}_change", args=[claim.pk])
    data = _form_data(curator_client.get(url))
    data.update({"duplicate_of": claim.pk, button: "1"})
    response = curator_client.post(url, data)
    assert response.status_code == 200
    assert _field_errors(response, "duplicate_of") == [SELF_DUPLICATE]
    claim.refresh_from_db()
    assert claim.duplicate_of_id is None


def test_the_service_refuses_a_claim_as_a_duplicate_of_itself():
    claim = ClaimFactory(review_state=ReviewState.DRAFT)
    with pytest.raises(ValidationError) as refused:
        services.claim_update(
            claim=claim, expected_version=claim.version, changes={"duplicate_of": claim}
        )
    assert refused.value.message_dict == {"duplicate_of": [SELF_DUPLICATE]}
    claim.refresh_from_db()
    assert claim.duplicate_of_id is None
