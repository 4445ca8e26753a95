"""The API's claims, sources and topics endpoints (speakers live in ``tracker.api``)."""

import django_filters
from django.db import connection
from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.utils import timezone
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from claims import services
from claims.api.base import ApiViewSetMixin, ReadOnlyApiViewSet
from claims.api.caching import CHANGE_COUNT, change_count_column, last_modified_of
from claims.api.filters import ClaimFilter
from claims.api.page_statements import PAGE_STATEMENTS, compile_rows, fetch_rows
from claims.api.page_statements import enabled as page_statements_enabled
from claims.api.pagination import KeysetPagination, PageNumberPagination, PageRequest, SortKey
from claims.api.reads import all_claim_rows, attach_related, claim_rows
from claims.api.search import search_page
from claims.api.serializers import (
    ClaimSerializer,
    ClaimUpdateSerializer,
    ClaimWriteSerializer,
    ReopenSerializer,
    ResolveSerializer,
    SourceSerializer,
    TopicSerializer,
)
from claims.models import UNRESOLVED_FIRST, Claim, Source, SourceParticipant, Topic
from claims.services import EvidenceInput
from claims.statements import server_side_binding

PK = SortKey("id", descending=True)
CLAIM_ORDERINGS = {
    "-said_on": [SortKey("said_on", descending=True, kind="date"), PK],
    "said_on": [SortKey("said_on", kind="date"), SortKey("id")],
    "deadline": [SortKey("deadline", nullable=True, kind="date"), SortKey("id")],
    "-deadline": [SortKey("deadline", descending=True, nullable=True, kind="date"), PK],
    "-updated": [SortKey("updated_at", descending=True, kind="datetime"), PK],
    "updated": [SortKey("updated_at", kind="datetime"), SortKey("id")],
    # Unresolved first; among them, ordering by deadline puts the due ones (deadline
    # before today) before the open ones, so the order is served by an index.
    "most_overdue": [
        SortKey("resolved_rank"),
        SortKey("deadline", nullable=True, kind="date"),
        SortKey("said_on", descending=True, kind="date"),
        PK,
    ],
}
ORDERING_DESCRIPTION = (
    "Sort order. `-said_on` (newest first, the default), `said_on`, `deadline` and "
    "`-deadline` (claims without a deadline last), `-updated`, `updated`, and "
    "`most_overdue` (due claims first, longest overdue at the top, then open, then resolved). "
    "Any other value is a 400."
)


# What a claim's representation is built from, for its Last-Modified.
CHANGE_TIMES = ("updated_at", "speaker__updated_at", "source__updated_at")


class ClaimReadMixin:
    """Listing and showing claims through the lean read path."""

    serializer_class = ClaimSerializer
    filterset_class = ClaimFilter
    filter_backends = [DjangoFilterBackend]
    pagination_class = KeysetPagination
    orderings = CLAIM_ORDERINGS
    default_ordering = "-said_on"
    ordering_description = ORDERING_DESCRIPTION
    lookup_value_regex = "[0-9]{1,18}"
    # A page reads the change counter with its rows (``fetch_page``).
    counts_changes_with_data = ("list",)

    def get_queryset(self) -> QuerySet:
        # Lists are read as dict rows from the start (see ``all_claim_rows``).
        if self.action == "list":
            claims = all_claim_rows(curator=self.curator)
        else:
            claims = Claim.objects.all()
        if not self.curator:
            # Drafts and rejected claims exist only for curators.
            claims = claims.public()
        return claims

    def apply_ordering(self, queryset: QuerySet, name: str, expressions: list) -> QuerySet:
        """Order the list's rows (called by the paginator, which then seeks past the cursor)."""
        if name == "most_overdue":
            # Part of the sort key, so it must be selected: annotating rows selects it.
            # The same expression as the index claim_most_overdue_idx.
            queryset = queryset.annotate(resolved_rank=UNRESOLVED_FIRST)
        return queryset.order_by(*expressions)

    def fetch_page(self, queryset: QuerySet, limit: int, seek) -> list:
        """The page's rows (called by the paginator): searches go through ``search_page``."""
        text = self.request.query_params.get("q", "").strip()
        if text and connection.vendor == "postgresql":
            return search_page(queryset, limit, text, seek)
        # The change counter behind the ETag comes with the rows: one statement, its
        # values bound on the server (cheaper for the database to parse and plan).
        rows = queryset.annotate(**{CHANGE_COUNT: change_count_column()})[:limit]
        with server_side_binding():
            shape = getattr(self, "page_shape", None)
            if shape is None:
                return list(rows)
            compiled = compile_rows(rows)
            PAGE_STATEMENTS.compiled(*shape, compiled)
            return fetch_rows(*compiled)

    def page_from_statement(self, request) -> list | None:
        """The page read through its shape's proven statement, or None (then the ORM reads it).

        See ``claims.api.page_statements``. Only for the list as this mixin defines
        it: a view that narrows ``get_queryset`` (a speaker's claims) always builds
        its queryset, and so does a search.
        """
        self.page_shape = None
        narrowed = type(self).get_queryset is not ClaimReadMixin.get_queryset
        if narrowed or "q" in request.query_params or not page_statements_enabled():
            return None
        page = self.paginator.page_request(request, self)
        filterset = self.filterset_class(
            request.query_params, queryset=Claim.objects.all(), request=request
        )
        if not filterset.is_valid():
            return None  # the ORM's path answers the 400, as always
        self.valid_filterset = filterset  # the ORM's path filters with the same values
        self.page_shape = self.statement_shape(page, filterset)
        found = PAGE_STATEMENTS.proven(*self.page_shape)
        if found is None:
            return None
        with server_side_binding():
            return self.paginator.page_of(fetch_rows(*found), page)

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        filterset = getattr(self, "valid_filterset", None)
        if filterset is None:
            return super().filter_queryset(queryset)
        filterset.queryset = queryset
        return filterset.qs

    def statement_shape(self, page: PageRequest, filterset) -> tuple[tuple, list]:
        """(shape, free values) of a page request: what decides its SQL text, and the rest."""
        given, values = [], []
        for name, value in sorted(filterset.form.cleaned_data.items()):
            if isinstance(filterset.filters[name], django_filters.ChoiceFilter):
                given.append((name, value))
            elif value in ("", None):
                given.append((name, None))
            else:
                given.append((name, type(value).__name__))
                values.append(value)
        nulls = None if page.after is None else tuple(value is None for value in page.after)
        values += [value for value in page.after or () if value is not None]
        today = timezone.localdate()
        shape = (type(self), self.curator, today, page.ordering, page.limit, nulls, tuple(given))
        return shape, values

    def get_serializer_context(self) -> dict:
        return {**super().get_serializer_context(), "today": timezone.localdate()}

    def rows(self, queryset: QuerySet, extra: tuple[str, ...] = ()) -> QuerySet:
        return claim_rows(queryset, curator=self.curator, extra=extra)

    def list(self, request, *args, **kwargs) -> Response:
        rows = self.page_from_statement(request)
        if rows is None:
            rows = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        # No Last-Modified on lists: a claim leaving the list (unpublished, or
        # filtered out by a status that changed) would not move it forward.
        page = attach_related(rows)
        if page and CHANGE_COUNT in page[0]:
            self.change_count = page[0][CHANGE_COUNT]
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    def claim_row(self, pk) -> dict:
        row = self.rows(self.get_queryset().filter(pk=pk), extra=CHANGE_TIMES).first()
        if row is None:
            raise Http404
        return attach_related([row])[0]

    def retrieve(self, request, *args, **kwargs) -> Response:
        row = self.claim_row(kwargs["pk"])
        self._last_modified = last_modified_of([row[field] for field in CHANGE_TIMES])
        return Response(self.get_serializer(row).data)


WRITE_RESPONSES = {200: ClaimSerializer}


@extend_schema_view(
    list=extend_schema(summary="List claims", description="Public claims, newest first."),
    retrieve=extend_schema(summary="Show a claim"),
    create=extend_schema(
        summary="Record a claim (curators)",
        request=ClaimWriteSerializer,
        responses={201: ClaimSerializer},
    ),
    partial_update=extend_schema(
        summary="Edit a claim (curators)",
        description="Send the `version` you read; if the claim changed since, the answer is 409.",
        request=ClaimUpdateSerializer,
        responses=WRITE_RESPONSES,
    ),
)
class ClaimViewSet(ClaimReadMixin, ApiViewSetMixin, viewsets.GenericViewSet):
    """Claims: public reads; curators create, edit, resolve and reopen."""

    http_method_names = ["get", "post", "patch", "head", "options"]

    def create(self, request, *args, **kwargs) -> Response:
        serializer = ClaimWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        claim = services.claim_create(**serializer.validated_data, actor=request.user)
        return Response(self.get_serializer(self.claim_row(claim.pk)).data, status=201)

    def partial_update(self, request, *args, **kwargs) -> Response:
        claim = self.get_claim(kwargs["pk"])
        serializer = ClaimUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        changes = dict(serializer.validated_data)
        version = changes.pop("version")
        reason = changes.pop("reason", "")
        topics = changes.pop("topics", None)
        services.claim_update(
            claim=claim,
            expected_version=version,
            changes=changes,
            topics=topics,
            actor=request.user,
            reason=reason,
        )
        return Response(self.get_serializer(self.claim_row(claim.pk)).data)

    def get_claim(self, pk) -> Claim:
        claim = self.get_queryset().filter(pk=pk).first()
        if claim is None:
            raise Http404
        return claim

    @extend_schema(
        summary="Resolve a claim (curators)",
        description="Give a verdict with a rationale and evidence. Revising a verdict needs "
        "a `reason`.",
        request=ResolveSerializer,
        responses=WRITE_RESPONSES,
    )
    @action(detail=True, methods=["post"])
    def resolve(self, request, pk=None) -> Response:
        claim = self.get_claim(pk)
        serializer = ResolveSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        services.claim_resolve(
            claim=claim,
            verdict=data["verdict"],
            rationale=data["rationale"],
            evidence=[EvidenceInput(**item) for item in data.get("evidence", [])],
            reason=data["reason"],
            actor=request.user,
        )
        return Response(self.get_serializer(self.claim_row(claim.pk)).data)

    @extend_schema(
        summary="Reopen a resolved claim (curators)",
        request=ReopenSerializer,
        responses=WRITE_RESPONSES,
    )
    @action(detail=True, methods=["post"])
    def reopen(self, request, pk=None) -> Response:
        claim = self.get_claim(pk)
        serializer = ReopenSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.claim_reopen(
            claim=claim, reason=serializer.validated_data["reason"], actor=request.user
        )
        return Response(
            self.get_serializer(self.claim_row(claim.pk)).data, status=status.HTTP_200_OK
        )


@extend_schema_view(
    list=extend_schema(summary="List sources"), retrieve=extend_schema(summary="Show a source")
)
class SourceViewSet(ReadOnlyApiViewSet):
    """Where claims were made. Internal notes are never exposed."""

    serializer_class = SourceSerializer
    pagination_class = PageNumberPagination
    filter_backends: list = []
    lookup_value_regex = "[0-9]{1,18}"

    def get_queryset(self) -> QuerySet:
        participants = SourceParticipant.objects.select_related("speaker").order_by("pk")
        return (
            Source.objects.public()
            .defer("notes")
            .prefetch_related(Prefetch("participations", queryset=participants))
            .order_by("-published_on", "title", "pk")
        )


@extend_schema_view(
    list=extend_schema(summary="List topics"), retrieve=extend_schema(summary="Show a topic")
)
class TopicViewSet(ReadOnlyApiViewSet):
    """Subjects claims are grouped under."""

    serializer_class = TopicSerializer
    pagination_class = PageNumberPagination
    filter_backends: list = []
    lookup_field = "slug"
    lookup_value_regex = "[-a-zA-Z0-9_]{1,100}"
    queryset = Topic.objects.order_by("name", "pk")
