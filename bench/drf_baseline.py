"""The competent DRF baseline: the API as a capable Django REST framework user writes it.

ModelSerializers with explicit fields, ``select_related``/``prefetch_related``
in the queryset, ``CursorPagination`` on an indexed ordering (``-said_on, -id``
or ``deadline, id``), a ``FilterSet``, and the same GIN search (the stored
``search_vector``, or the speaker's name) as one filter. Same rows, same order,
same field values as the project's API (the representation's keys that need no
project code: links and display strings are left out); ``tests/bench`` checks it.

Mounted under ``/drf/`` by ``bench.urls``, served by ``bench.wsgi``. A speaker's track record
is the project's own (``tracker.track_records``): its grouped query and arithmetic.
"""

import django_filters
from django.db.models import BooleanField, Prefetch
from django.db.models.expressions import RawSQL
from django.urls import include, path
from django.utils import timezone
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import pagination, permissions, routers, serializers, viewsets

from claims.models import Claim, Evidence, Resolution, Source, Speaker, Topic
from tracker.track_records import track_records

SEARCH_SQL = (
    "(claims_claim.search_vector @@ websearch_to_tsquery('english', %s) OR "
    "claims_claim.speaker_id IN (SELECT s.id FROM claims_speaker s WHERE "
    "to_tsvector('english'::regconfig, s.name) @@ websearch_to_tsquery('english', %s)))"
)


class SpeakerSummary(serializers.ModelSerializer):
    class Meta:
        model = Speaker
        fields = ["slug", "name"]


class SourceSummary(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "kind", "title", "publisher", "url", "published_on", "published_precision"]


class TopicSummary(serializers.ModelSerializer):
    class Meta:
        model = Topic
        fields = ["slug", "name"]


class EvidenceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Evidence
        fields = ["url", "archive_url", "excerpt", "observed_on"]


class ResolutionSerializer(serializers.ModelSerializer):
    evidence = EvidenceSerializer(many=True, read_only=True)

    class Meta:
        model = Resolution
        fields = ["verdict", "rationale", "resolved_at", "revision_reason", "evidence"]


class ClaimSerializer(serializers.ModelSerializer):
    speaker = SpeakerSummary(read_only=True)
    source = SourceSummary(read_only=True)
    topics = TopicSummary(many=True, read_only=True)
    resolution = serializers.SerializerMethodField()
    status = serializers.SerializerMethodField()
    days_overdue = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = [
            "id", "kind", "quote", "statement", "locator", "said_on", "said_on_precision",
            "horizon", "deadline", "deadline_precision", "deadline_source", "deadline_rule",
            "needs_deadline", "confidence", "status", "days_overdue", "speaker", "source",
            "topics", "resolution", "version", "created_at", "updated_at",
        ]  # fmt: skip

    def get_status(self, claim: Claim) -> str:
        return claim.status_on(self.context["today"])

    def get_days_overdue(self, claim: Claim) -> int | None:
        return claim.days_overdue(self.context["today"])

    def get_resolution(self, claim: Claim) -> dict | None:
        current = claim.current_resolutions
        return ResolutionSerializer(current[0]).data if current else None


class ClaimFilter(django_filters.FilterSet):
    status = django_filters.CharFilter(method="filter_status")
    q = django_filters.CharFilter(method="filter_search")

    class Meta:
        model = Claim
        fields = ["kind"]

    def filter_status(self, queryset, name, value):
        return queryset.with_status_value(value, timezone.localdate())

    def filter_search(self, queryset, name, value):
        match = RawSQL(SEARCH_SQL, [value, value], output_field=BooleanField())  # noqa: S611
        return queryset.filter(match)


class ClaimCursor(pagination.CursorPagination):
    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = 100
    ordering = ("-said_on", "-id")
    ordering_param = "ordering"  # served by claim_said_on_id_idx / claim_deadline_id_idx


class ClaimViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ClaimSerializer
    permission_classes = [permissions.AllowAny]
    pagination_class = ClaimCursor
    filter_backends = [DjangoFilterBackend]
    filterset_class = ClaimFilter

    def get_queryset(self):
        current = Resolution.objects.filter(retracted_at__isnull=True).prefetch_related(
            Prefetch("evidence", queryset=Evidence.objects.order_by("pk"))
        )
        claims = (
            Claim.objects.public()
            .select_related("speaker", "source")
            .prefetch_related(
                Prefetch("topics", queryset=Topic.objects.order_by("name")),
                Prefetch("resolutions", queryset=current, to_attr="current_resolutions"),
            )
        )
        if self.request.query_params.get("ordering") == "deadline":
            return claims.order_by("deadline", "id")
        return claims.order_by("-said_on", "-id")

    def paginate_queryset(self, queryset):
        # CursorPagination takes its ordering from the view for an unknown parameter value.
        self.paginator.ordering = queryset.query.order_by
        return super().paginate_queryset(queryset)

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "today": timezone.localdate()}


class TrackRecordSerializer(serializers.ModelSerializer):
    external_links = serializers.ListField(source="links", child=serializers.CharField())
    track_record = serializers.SerializerMethodField()

    class Meta:
        model = Speaker
        fields = ["slug", "name", "bio", "affiliations", "external_links", "track_record"]

    def get_track_record(self, speaker: Speaker) -> dict:
        # The project's own grouped query and arithmetic: the same record, one query.
        return track_records([speaker.pk], self.context["today"])[speaker.pk]


class SpeakerViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = TrackRecordSerializer
    permission_classes = [permissions.AllowAny]
    lookup_field = "slug"
    queryset = Speaker.objects.public().only("id", *TrackRecordSerializer.Meta.fields[:4], "links")

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "today": timezone.localdate()}


router = routers.SimpleRouter()
router.register("claims", ClaimViewSet, basename="drf-claim")
router.register("speakers", SpeakerViewSet, basename="drf-speaker")
urlpatterns = [path("drf/", include(router.urls))]
