"""Serializers of the public API.

Read serializers declare every field (that is what the OpenAPI schema is built
from) and build their output by hand from the rows of ``claims.api.reads``,
which is several times faster than DRF's field-by-field machinery. Tests pin
the keys of every representation and validate responses against the schema,
so the two cannot drift apart.

Write serializers only validate input; the writes themselves go through
``claims.services``.
"""

import datetime
import functools
import re
from functools import cached_property
from typing import Any

from django.conf import settings
from django.core.signals import setting_changed
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language
from rest_framework import serializers

from claims.choices import (
    ClaimKind,
    DatePrecision,
    DeadlineSource,
    ParticipantRole,
    ReviewState,
    SourceKind,
    Status,
    Verdict,
)
from claims.models import Source, Speaker, Topic, format_partial_date
from claims.validators import EXCERPT_MAX, NOTES_MAX, QUOTE_MAX, RATIONALE_MAX, REASON_MAX

API_NAMESPACE = "api-v1"


def iso_datetime(value: datetime.datetime | None) -> str | None:
    """ISO 8601 as DRF writes it: UTC as 'Z'."""
    if value is None:
        return None
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def iso_date(value: datetime.date | None) -> str | None:
    return value.isoformat() if value is not None else None


@functools.lru_cache(maxsize=64)
def _reversed(name: str, urlconf: str, prefix: str) -> str:
    # Keyed on everything reverse() depends on; a path is the same for every request.
    return reverse(name, urlconf=urlconf)


# Displays of partial dates by (date, precision, language): formatting one
# through Django's localised date formats cost more than the rest of a row.
_DATE_DISPLAYS: dict[tuple, str] = {}
MAX_DATE_DISPLAYS = 20_000


def date_display(value: datetime.date | None, precision: str, language: str | None) -> str:
    """``format_partial_date(value, precision)`` in ``language``, remembered per process."""
    key = (value, precision, language)
    text = _DATE_DISPLAYS.get(key)
    if text is None:
        if len(_DATE_DISPLAYS) >= MAX_DATE_DISPLAYS:
            _DATE_DISPLAYS.clear()
        text = _DATE_DISPLAYS[key] = format_partial_date(value, precision)
    return text


def _forget_formats(**kwargs) -> None:
    """Formats and URLs come from settings: a test that changes them must not see old ones."""
    _DATE_DISPLAYS.clear()
    _reversed.cache_clear()


setting_changed.connect(_forget_formats)


class Links:
    """Absolute URL prefixes of the API's resources, each computed once per request.

    Each prefix is computed when first used: a speaker's page needs one of the
    four, and reversing the other three cost as much as serialising the speaker.
    """

    def __init__(self, request) -> None:
        self.request = request

    def _prefix(self, name: str) -> str:
        urlconf = get_urlconf() or settings.ROOT_URLCONF
        path = _reversed(f"{API_NAMESPACE}:{name}-list", urlconf, get_script_prefix())
        return self.request.build_absolute_uri(path) if self.request is not None else path

    @cached_property
    def claims(self) -> str:
        return self._prefix("claim")

    @cached_property
    def speakers(self) -> str:
        return self._prefix("speaker")

    @cached_property
    def sources(self) -> str:
        return self._prefix("source")

    @cached_property
    def topics(self) -> str:
        return self._prefix("topic")

    def claim(self, pk: int) -> str:
        return f"{self.claims}{pk}/"

    def speaker(self, slug: str) -> str:
        return f"{self.speakers}{slug}/"

    def source(self, pk: int) -> str:
        return f"{self.sources}{pk}/"

    def topic(self, slug: str) -> str:
        return f"{self.topics}{slug}/"


def links_from(context: dict) -> Links:
    links = context.get("links")
    if links is None:
        links = context["links"] = Links(context.get("request"))
    return links


# --- read: nested parts -------------------------------------------------------
class SpeakerSummarySerializer(serializers.Serializer):
    slug = serializers.SlugField(read_only=True)
    name = serializers.CharField(read_only=True)


class SourceSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    kind = serializers.ChoiceField(choices=SourceKind.choices, read_only=True)
    title = serializers.CharField(read_only=True)
    publisher = serializers.CharField(read_only=True)
    url = serializers.CharField(read_only=True, help_text="Where the source is published.")
    published_on = serializers.DateField(read_only=True)
    published_precision = serializers.ChoiceField(choices=DatePrecision.choices, read_only=True)


class TopicSummarySerializer(serializers.Serializer):
    slug = serializers.SlugField(read_only=True)
    name = serializers.CharField(read_only=True)


class EvidenceSerializer(serializers.Serializer):
    url = serializers.URLField(max_length=500)
    archive_url = serializers.URLField(max_length=500, required=False, allow_blank=True)
    excerpt = serializers.CharField(required=False, allow_blank=True, max_length=EXCERPT_MAX)
    observed_on = serializers.DateField()


class ResolutionSerializer(serializers.Serializer):
    verdict = serializers.ChoiceField(choices=Verdict.choices, read_only=True)
    rationale = serializers.CharField(read_only=True)
    resolved_at = serializers.DateTimeField(read_only=True)
    revision_reason = serializers.CharField(
        read_only=True, help_text="Why an earlier verdict was revised (blank for a first verdict)."
    )
    evidence = EvidenceSerializer(many=True, read_only=True)


class ClaimLinksSerializer(serializers.Serializer):
    self = serializers.URLField(read_only=True)
    speaker = serializers.URLField(read_only=True)
    source = serializers.URLField(read_only=True)


class CurationSerializer(serializers.Serializer):
    review_state = serializers.ChoiceField(choices=ReviewState.choices, read_only=True)
    internal_notes = serializers.CharField(read_only=True)
    assigned_curator = serializers.IntegerField(read_only=True, allow_null=True)


# --- read: claims ---------------------------------------------------------------
class ClaimSerializer(serializers.Serializer):
    """A claim with its speaker, source, topics, status, deadline and resolution."""

    id = serializers.IntegerField(read_only=True)
    kind = serializers.ChoiceField(choices=ClaimKind.choices, read_only=True)
    quote = serializers.CharField(read_only=True)
    statement = serializers.CharField(read_only=True)
    locator = serializers.CharField(read_only=True, help_text="A timestamp, page or line.")
    said_on = serializers.DateField(
        read_only=True, help_text="First day of the period when only the month or year is known."
    )
    said_on_precision = serializers.ChoiceField(choices=DatePrecision.choices, read_only=True)
    said_on_display = serializers.CharField(read_only=True)
    horizon = serializers.CharField(read_only=True, help_text="The time frame as said.")
    deadline = serializers.DateField(read_only=True, allow_null=True)
    deadline_precision = serializers.ChoiceField(
        choices=[*DatePrecision.choices, ("", "none")], read_only=True
    )
    deadline_source = serializers.ChoiceField(choices=DeadlineSource.choices, read_only=True)
    deadline_rule = serializers.CharField(
        read_only=True, help_text="How the deadline was set, in plain words."
    )
    needs_deadline = serializers.BooleanField(read_only=True)
    confidence = serializers.FloatField(read_only=True, allow_null=True, min_value=0, max_value=1)
    status = serializers.ChoiceField(choices=Status.choices, read_only=True)
    days_overdue = serializers.IntegerField(read_only=True, allow_null=True)
    speaker = SpeakerSummarySerializer(read_only=True)
    source = SourceSummarySerializer(read_only=True)
    topics = TopicSummarySerializer(many=True, read_only=True)
    resolution = ResolutionSerializer(read_only=True, allow_null=True)
    version = serializers.IntegerField(
        read_only=True, help_text="Send it back when updating (optimistic concurrency)."
    )
    created_at = serializers.DateTimeField(read_only=True)
    updated_at = serializers.DateTimeField(read_only=True)
    links = ClaimLinksSerializer(read_only=True)
    curation = CurationSerializer(
        read_only=True, allow_null=True, help_text="Curators only; null for everyone else."
    )

    def to_representation(self, row: dict) -> dict:
        links = links_from(self.context)
        today = self.context["today"]
        language = self.context.get("language")
        if language is None:
            language = self.context["language"] = get_language()
        deadline = row["deadline"]
        overdue = (today - deadline).days if row["status"] == Status.DUE else None
        return {
            "id": row["id"],
            "kind": row["kind"],
            "quote": row["quote"],
            "statement": row["statement"],
            "locator": row["locator"],
            "said_on": iso_date(row["said_on"]),
            "said_on_precision": row["said_on_precision"],
            "said_on_display": date_display(row["said_on"], row["said_on_precision"], language),
            "horizon": row["horizon"],
            "deadline": iso_date(deadline),
            "deadline_precision": row["deadline_precision"],
            "deadline_source": row["deadline_source"],
            "deadline_rule": row["deadline_rule"],
            "needs_deadline": row["needs_deadline"],
            "confidence": row["confidence"],
            "status": row["status"],
            "days_overdue": overdue,
            "speaker": {"slug": row["speaker__slug"], "name": row["speaker__name"]},
            "source": _source_summary(row),
            "topics": row["topics"],
            "resolution": _resolution(row["resolution"]),
            "version": row["version"],
            "created_at": iso_datetime(row["created_at"]),
            "updated_at": iso_datetime(row["updated_at"]),
            "links": {
                "self": links.claim(row["id"]),
                "speaker": links.speaker(row["speaker__slug"]),
                "source": links.source(row["source_id"]),
            },
            "curation": _curation(row),
        }


def _source_summary(row: dict) -> dict:
    return {
        "id": row["source_id"],
        "kind": row["source__kind"],
        "title": row["source__title"],
        "publisher": row["source__publisher"],
        "url": row["source__url"],
        "published_on": iso_date(row["source__published_on"]),
        "published_precision": row["source__published_precision"],
    }


def _resolution(resolution: dict | None) -> dict | None:
    if resolution is None:
        return None
    return {
        "verdict": resolution["verdict"],
        "rationale": resolution["rationale"],
        "resolved_at": iso_datetime(resolution["resolved_at"]),
        "revision_reason": resolution["revision_reason"],
        "evidence": [
            {
                "url": item["url"],
                "archive_url": item["archive_url"],
                "excerpt": item["excerpt"],
                "observed_on": iso_date(item["observed_on"]),
            }
            for item in resolution["evidence"]
        ],
    }


def _curation(row: dict) -> dict | None:
    if "review_state" not in row:
        return None
    return {
        "review_state": row["review_state"],
        "internal_notes": row["internal_notes"],
        "assigned_curator": row["assigned_curator_id"],
    }


# --- read: sources and topics ---------------------------------------------------
class ParticipantSerializer(serializers.Serializer):
    slug = serializers.SlugField(read_only=True)
    name = serializers.CharField(read_only=True)
    role = serializers.ChoiceField(choices=ParticipantRole.choices, read_only=True)


class CollectionLinksSerializer(serializers.Serializer):
    self = serializers.URLField(read_only=True)
    claims = serializers.URLField(read_only=True, help_text="Its public claims.")


class SourceSerializer(SourceSummarySerializer):
    """A podcast episode, essay, talk or post, with who took part."""

    published_display = serializers.CharField(read_only=True)
    participants = ParticipantSerializer(many=True, read_only=True)
    links = CollectionLinksSerializer(read_only=True)

    def to_representation(self, source: Source) -> dict:
        links = links_from(self.context)
        return {
            "id": source.pk,
            "kind": source.kind,
            "title": source.title,
            "publisher": source.publisher,
            "url": source.url,
            "published_on": iso_date(source.published_on),
            "published_precision": source.published_precision,
            "published_display": source.published_display,
            "participants": [
                {"slug": p.speaker.slug, "name": p.speaker.name, "role": p.role}
                for p in source.participations.all()
            ],
            "links": {
                "self": links.source(source.pk),
                "claims": f"{links.claims}?source={source.pk}",
            },
        }


class TopicSerializer(TopicSummarySerializer):
    """A subject claims are grouped under."""

    description = serializers.CharField(read_only=True)
    links = CollectionLinksSerializer(read_only=True)

    def to_representation(self, topic: Topic) -> dict:
        links = links_from(self.context)
        return {
            "slug": topic.slug,
            "name": topic.name,
            "description": topic.description,
            "links": {
                "self": links.topic(topic.slug),
                "claims": f"{links.claims}?topic={topic.slug}",
            },
        }


# --- write ------------------------------------------------------------------------
class SlugReference(serializers.SlugRelatedField):
    """A reference by slug that refuses text no slug can be before asking the database.

    PostgreSQL rejects NUL characters in a query outright, which would be a 500.
    """

    default_error_messages = {
        **serializers.SlugRelatedField.default_error_messages,
        "invalid_slug": "{value!r} is not a slug: use letters, digits, hyphens and underscores.",
    }

    def to_internal_value(self, data):
        if not isinstance(data, str) or not SLUG_RE.fullmatch(data):
            self.fail("invalid_slug", value=data)
        return super().to_internal_value(data)


SLUG_RE = re.compile(r"[-\w]+")


class ClaimWriteSerializer(serializers.Serializer):
    """A curator's input for a new claim (all fields) or an edit (fields to change)."""

    speaker = SlugReference(slug_field="slug", queryset=Speaker.objects.all())
    source = serializers.PrimaryKeyRelatedField(
        queryset=Source.objects.all(),
        pk_field=serializers.IntegerField(min_value=1, max_value=2**63 - 1),
    )
    quote = serializers.CharField(max_length=QUOTE_MAX)
    statement = serializers.CharField(max_length=300)
    said_on = serializers.DateField()
    said_on_precision = serializers.ChoiceField(
        choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    kind = serializers.ChoiceField(choices=ClaimKind.choices, default=ClaimKind.PREDICTION)
    locator = serializers.CharField(max_length=100, required=False, allow_blank=True)
    horizon = serializers.CharField(max_length=200, required=False, allow_blank=True)
    deadline = serializers.DateField(
        required=False,
        allow_null=True,
        help_text="A curator's deadline. Leave out to derive it from the horizon; "
        "on an edit, null hands the deadline back to the horizon.",
    )
    deadline_precision = serializers.ChoiceField(
        choices=DatePrecision.choices, required=False, allow_blank=True
    )
    confidence = serializers.FloatField(
        required=False, allow_null=True, min_value=0.0, max_value=1.0
    )
    topics = SlugReference(
        slug_field="slug", queryset=Topic.objects.all(), many=True, required=False
    )
    review_state = serializers.ChoiceField(
        choices=ReviewState.choices, default=ReviewState.PUBLISHED
    )
    internal_notes = serializers.CharField(required=False, allow_blank=True, max_length=NOTES_MAX)


class ClaimUpdateSerializer(ClaimWriteSerializer):
    """The fields to change, plus the ``version`` the client read."""

    # Documented as required in the OpenAPI schema although the update is partial.
    required_when_partial = ("version",)

    version = serializers.IntegerField(
        min_value=1, max_value=2**31 - 1, help_text="The version you read; a stale one is a 409."
    )
    reason = serializers.CharField(
        required=False, allow_blank=True, max_length=100, help_text="Why, for the history."
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["partial"] = True
        super().__init__(*args, **kwargs)

    def validate(self, attrs: dict) -> dict:
        if "version" not in attrs:
            raise serializers.ValidationError({"version": ["This field is required."]})
        return attrs


class ResolveSerializer(serializers.Serializer):
    verdict = serializers.ChoiceField(choices=Verdict.choices)
    rationale = serializers.CharField(max_length=RATIONALE_MAX)
    evidence = EvidenceSerializer(many=True, required=False)
    reason = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        max_length=REASON_MAX,
        help_text="Required when the claim already has a verdict: why it is being revised.",
    )


class ReopenSerializer(serializers.Serializer):
    reason = serializers.CharField(
        max_length=REASON_MAX, help_text="Why the verdict is being taken back."
    )
