"""The speaker, source and topic admins save through the services, like every other path."""

import datetime

import pytest
from django.urls import reverse

from claims import services
from claims.models import Source, Speaker, Topic

pytestmark = pytest.mark.django_db


def test_a_speaker_added_and_edited_in_the_admin_is_saved_by_the_service(
    curator_client, curator, monkeypatch
):
    calls = []
    real = services.speaker_save
    monkeypatch.setattr(services, "speaker_save", lambda **kw: calls.append(kw) or real(**kw))
    page = curator_client.post(
        reverse("admin:claims_speaker_add"),
        {"name": "Ada Quist", "slug": "ada-quist", "bio": "", "affiliations": "", "links": ""},
    )
    assert page.status_code == 302, page.context["adminform"].form.errors
    speaker = Speaker.objects.get(name="Ada Quist")
    assert [call["actor"] for call in calls] == [curator]
    entry = speaker.history.get()
    assert (entry.history_user, entry.history_change_reason, entry.history_path) == (
        curator,
        "created",
        "admin",
    )


def test_a_topic_added_in_the_admin_is_validated_and_saved_by_the_service(
    curator_client, monkeypatch
):
    calls = []
    real = services.topic_save
    monkeypatch.setattr(services, "topic_save", lambda **kw: calls.append(kw) or real(**kw))
    page = curator_client.post(
        reverse("admin:claims_topic_add"), {"name": "Energy", "slug": "energy", "description": ""}
    )
    assert page.status_code == 302
    assert Topic.objects.get(name="Energy").slug == "energy"
    assert len(calls) == 1


def test_a_source_added_in_the_admin_is_saved_by_the_service(curator_client, monkeypatch):
    calls = []
    real = services.source_save
    monkeypatch.setattr(services, "source_save", lambda **kw: calls.append(kw) or real(**kw))
    data = {
        "title": "The Long Game",
        "kind": "podcast",
        "publisher": "",
        "url": "",
        "published_on": "14/03/2024",
        "published_precision": "month",
        "notes": "",
        "participations-TOTAL_FORMS": "0",
        "participations-INITIAL_FORMS": "0",
    }
    page = curator_client.post(reverse("admin:claims_source_add"), data)
    assert page.status_code == 302, page.context["adminform"].form.errors
    source = Source.objects.get(title="The Long Game")
    assert source.published_on == datetime.date(2024, 3, 1)  # the month's first day
    assert len(calls) == 1


def test_the_services_make_a_blank_slug_from_the_name():
    speaker = services.speaker_save(speaker=Speaker(name="Dr. Amara Okafor"))
    topic = services.topic_save(topic=Topic(name="Solar power"))
    assert (speaker.slug, topic.slug) == ("dr-amara-okafor", "solar-power")
