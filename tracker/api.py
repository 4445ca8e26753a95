"""Speakers in the public API, with their track records.

Their routes are in ``tracker.api_urls``; ``config.api`` composes the API.
"""

from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers
from rest_framework.response import Response

from claims.api.base import ReadOnlyApiViewSet
from claims.api.exceptions import BadParameter
from claims.api.pagination import PageNumberPagination
from claims.api.serializers import CollectionLinksSerializer, links_from
from claims.api.views import ClaimViewSet
from claims.models import Claim, Speaker
from tracker.scoring import SCORE_METHOD
from tracker.track_records import (
    speaker_with_track_record_and_count,
    speakers_by_score,
    track_records,
)

SPEAKER_ORDERINGS = ("name", "-name", "-score", "score")


class CalibrationBinSerializer(serializers.Serializer):
    lower = serializers.FloatField(read_only=True, help_text="Stated confidence from...")
    upper = serializers.FloatField(read_only=True, help_text="...up to (exclusive, 1.0 included).")
    predictions = serializers.IntegerField(read_only=True)
    mean_confidence = serializers.FloatField(read_only=True)
    observed_rate = serializers.FloatField(
        read_only=True, help_text="Share that came true (partly true counts half)."
    )


class StatusCountsSerializer(serializers.Serializer):
    open = serializers.IntegerField(read_only=True)
    due = serializers.IntegerField(read_only=True)
    true = serializers.IntegerField(read_only=True)
    false = serializers.IntegerField(read_only=True)
    partly_true = serializers.IntegerField(read_only=True)
    unresolvable = serializers.IntegerField(read_only=True)
    withdrawn = serializers.IntegerField(read_only=True)


class TrackRecordSerializer(serializers.Serializer):
    claims = serializers.IntegerField(read_only=True, help_text="Public claims.")
    by_status = StatusCountsSerializer(read_only=True)
    overdue = serializers.IntegerField(
        read_only=True, help_text="Claims past their deadline and still unresolved."
    )
    resolved_predictions = serializers.IntegerField(
        read_only=True, help_text="Predictions resolved true, partly true or false."
    )
    hit_rate = serializers.FloatField(
        read_only=True, allow_null=True, help_text="Share that came true, partly true as half."
    )
    score = serializers.FloatField(
        read_only=True,
        allow_null=True,
        help_text="Lower bound of the 95% Wilson interval of the hit rate: small samples "
        "score low. Null without resolved predictions.",
    )
    score_method = serializers.ChoiceField(choices=[SCORE_METHOD], read_only=True)
    brier_score = serializers.FloatField(
        read_only=True,
        allow_null=True,
        help_text="Mean squared error of stated confidences (0 is perfect); null if none stated.",
    )
    brier_predictions = serializers.IntegerField(read_only=True)
    calibration = CalibrationBinSerializer(many=True, read_only=True)


class SpeakerSerializer(serializers.Serializer):
    """A speaker with their track record."""

    slug = serializers.SlugField(read_only=True)
    name = serializers.CharField(read_only=True)
    bio = serializers.CharField(read_only=True)
    affiliations = serializers.CharField(read_only=True)
    external_links = serializers.ListField(
        child=serializers.CharField(), read_only=True, help_text="The speaker's own pages."
    )
    track_record = TrackRecordSerializer(read_only=True)
    links = CollectionLinksSerializer(read_only=True)

    def to_representation(self, speaker: Speaker) -> dict:
        links = links_from(self.context)
        return {
            "slug": speaker.slug,
            "name": speaker.name,
            "bio": speaker.bio,
            "affiliations": speaker.affiliations,
            # Stored links are a list of URLs (validated, and migrated into shape).
            "external_links": list(speaker.links) if isinstance(speaker.links, list) else [],
            "track_record": self.context["track_records"][speaker.pk],
            "links": {
                "self": links.speaker(speaker.slug),
                "claims": f"{links.speaker(speaker.slug)}claims/",
            },
        }


SPEAKER_ORDERING_PARAMETER = OpenApiParameter(
    "ordering",
    OpenApiTypes.STR,
    enum=list(SPEAKER_ORDERINGS),
    default="name",
    description="`name`/`-name`, or `-score`/`score` (track-record score; speakers "
    "without a resolved prediction last). Any other value is a 400.",
)


@extend_schema_view(
    list=extend_schema(summary="List speakers", parameters=[SPEAKER_ORDERING_PARAMETER]),
    retrieve=extend_schema(summary="Show a speaker and their track record"),
)
class SpeakerViewSet(ReadOnlyApiViewSet):
    """People who make claims, each with their track record."""

    serializer_class = SpeakerSerializer
    pagination_class = PageNumberPagination
    filter_backends: list = []
    lookup_field = "slug"
    lookup_value_regex = "[-a-zA-Z0-9_]{1,200}"
    counts_changes_with_data = ("retrieve",)

    def get_queryset(self) -> QuerySet:
        return Speaker.objects.public().order_by("name", "pk")

    def ordered(self, queryset: QuerySet) -> QuerySet:
        ordering = self.request.query_params.get("ordering", "name")
        if ordering not in SPEAKER_ORDERINGS:
            allowed = ", ".join(SPEAKER_ORDERINGS)
            raise BadParameter("ordering", f"Unknown ordering {ordering!r}; use one of {allowed}.")
        if ordering.endswith("score"):
            today = timezone.localdate()
            return speakers_by_score(queryset, today, descending=ordering.startswith("-"))
        return queryset.order_by("-name" if ordering == "-name" else "name", "pk")

    def get_serializer_context(self) -> dict:
        records = getattr(self, "_track_records", {})
        return {**super().get_serializer_context(), "track_records": records}

    def serialize(self, speakers: list[Speaker]) -> list[dict]:
        """The speakers' representations, their track records computed in one go."""
        self._track_records = track_records([s.pk for s in speakers], timezone.localdate())
        return self.get_serializer(speakers, many=True).data

    def list(self, request, *args, **kwargs) -> Response:
        page = self.paginate_queryset(self.ordered(self.get_queryset()))
        return self.get_paginated_response(self.serialize(page))

    def retrieve(self, request, *args, **kwargs) -> Response:
        found = self.public_speaker(kwargs[self.lookup_field])
        if found is None:
            raise Http404
        speaker, record, self.change_count = found
        self._track_records = {speaker.pk: record}
        return Response(self.get_serializer(speaker).data)

    @staticmethod
    def public_speaker(slug: str) -> tuple[Speaker, dict, int | None] | None:
        """(speaker, track record, change counter) of the public speaker ``slug``, else None.

        One query for the speaker, their record and the change counter behind
        the ETag (reads need no object permission); a second only for a
        speaker without public claims, who may be known only to an unreviewed
        import.
        """
        found = speaker_with_track_record_and_count(slug, timezone.localdate())
        if found is None:
            return None
        speaker, record, _ = found
        if not record["claims"] and not Speaker.objects.public().filter(pk=speaker.pk).exists():
            return None
        return found

    @classmethod
    def early_read(cls, request, action, kwargs):
        """A speaker's public page, for an anonymous JSON read without parameters."""
        if action != "retrieve" or request.GET or set(kwargs) != {cls.lookup_field}:
            return None
        found = cls.public_speaker(kwargs[cls.lookup_field])
        if found is None:
            return None
        speaker, record, count = found
        context = {"request": request, "track_records": {speaker.pk: record}}
        return SpeakerSerializer(context=context).to_representation(speaker), count


class SpeakerClaimViewSet(ClaimViewSet):
    """The public claims of one speaker, with every filter and ordering of /claims/."""

    def get_queryset(self) -> QuerySet:
        if getattr(self, "swagger_fake_view", False):
            return Claim.objects.none()
        slug = self.kwargs["slug"]
        if not Speaker.objects.public().filter(slug=slug).exists():
            raise Http404
        return super().get_queryset().filter(speaker__slug=slug)


speaker_claims = extend_schema(summary="List a speaker's claims")(SpeakerClaimViewSet).as_view(
    {"get": "list"}
)
