"""The record: speakers, sources, claims, resolutions and their evidence.

Writes go through ``claims.services``; the models own single-row behaviour and
the querysets own the reusable reads (what is due, what is public, statuses).
"""

import datetime

from django.conf import settings
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.utils import timezone
from django.utils.formats import date_format
from simple_history.models import HistoricalRecords

from claims import status as status_rules
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
from claims.history import HistoryPathModel
from claims.status import most_overdue_ordering
from claims.validators import (
    BIO_MAX,
    DESCRIPTION_MAX,
    EXCERPT_MAX,
    NOTES_MAX,
    QUOTE_MAX,
    RATIONALE_MAX,
    REASON_MAX,
    length_check,
    refuse_control_characters,
    validate_url_list,
)

# Free text on one line: refuse control characters (the length is the column's).
LINE = [refuse_control_characters]
# A retraction reason is the curator's reason behind "revised: " or "reopened: ".
RETRACTION_REASON_MAX = REASON_MAX + 20


def _text(max_length: int, **kwargs) -> models.TextField:
    """Free text of at most ``max_length`` characters, checked before saving.

    Pair it with ``length_check`` in the model's constraints, so the database
    enforces the same maximum.
    """
    return models.TextField(
        max_length=max_length,
        validators=[MaxLengthValidator(max_length), refuse_control_characters],
        **kwargs,
    )


def _choice_check(field: str, choices: type[models.TextChoices], name: str, *, blank=False):
    """A CheckConstraint that keeps ``field`` inside ``choices`` at the database level."""
    allowed = list(choices.values) + ([""] if blank else [])
    return models.CheckConstraint(condition=Q(**{f"{field}__in": allowed}), name=name)


def period_start(value: datetime.date | None, precision: str) -> datetime.date | None:
    """The first day of the period ``value`` is known to: its month's or its year's.

    A date known only to the month or year is stored as that period's first day,
    so that equal periods compare equal and the record never claims a day it does
    not know (2023-03-15 said in "March 2023" is stored as 2023-03-01).
    """
    if value is None or precision == DatePrecision.DAY:
        return value
    if precision == DatePrecision.MONTH:
        return value.replace(day=1)
    return value.replace(month=1, day=1)


def format_partial_date(value: datetime.date | None, precision: str) -> str:
    """Show a date no finer than it is known: '2023', 'October 2022', '15 February 2023'."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return f"{value.year}"
    if precision == DatePrecision.MONTH:
        return date_format(value, "YEAR_MONTH_FORMAT")
    return date_format(value, "DATE_FORMAT")


class Topic(models.Model):
    """A subject claims are grouped under ("generative video", "AI funding")."""

    name = models.CharField(max_length=100, unique=True, validators=LINE)
    slug = models.SlugField(max_length=100, unique=True)
    description = _text(DESCRIPTION_MAX, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [length_check("description", DESCRIPTION_MAX, "topic_description_length")]

    def __str__(self) -> str:
        return self.name


class SpeakerQuerySet(models.QuerySet):
    def public(self) -> "SpeakerQuerySet":
        """Speakers with a published claim, or taking part in a source that has one.

        An import creates speakers before anyone reviewed what they said: they stay
        out of every public list until a curator publishes one of the claims.
        """
        claims = Claim.objects.filter(speaker=models.OuterRef("pk")).public()
        appearances = SourceParticipant.objects.filter(speaker=models.OuterRef("pk")).filter(
            models.Exists(Claim.objects.filter(source=models.OuterRef("source")).public())
        )
        return self.filter(models.Exists(claims) | models.Exists(appearances))


class SourceQuerySet(models.QuerySet):
    def public(self) -> "SourceQuerySet":
        """Sources with a published claim (an import's source stays private until then)."""
        return self.filter(
            models.Exists(Claim.objects.filter(source=models.OuterRef("pk")).public())
        )


class Speaker(models.Model):
    """A person who makes claims."""

    name = models.CharField(max_length=200, validators=LINE)
    slug = models.SlugField(max_length=200, unique=True)
    bio = _text(BIO_MAX, blank=True)
    affiliations = models.CharField(
        max_length=300,
        blank=True,
        validators=LINE,
        help_text="Organisations and roles, comma-separated.",
    )
    links = models.JSONField(
        default=list,
        blank=True,
        validators=[validate_url_list],
        help_text="The speaker's own pages: http(s) URLs, one per line.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SpeakerQuerySet.as_manager()
    history = HistoricalRecords(bases=[HistoryPathModel])

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=~Q(slug=""), name="speaker_slug_not_blank"),
            length_check("bio", BIO_MAX, "speaker_bio_length"),
        ]

    def __str__(self) -> str:
        return self.name


class Source(models.Model):
    """Where claims were made: a podcast episode, an essay, a talk, a post."""

    kind = models.CharField(max_length=20, choices=SourceKind.choices, default=SourceKind.PODCAST)
    title = models.CharField(max_length=300, validators=LINE)
    publisher = models.CharField(
        max_length=200, blank=True, validators=LINE, help_text="The show, publication or event."
    )
    url = models.URLField(max_length=500, blank=True)
    published_on = models.DateField(
        help_text="The first day of the period when only the month or year is known."
    )
    published_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    notes = _text(NOTES_MAX, blank=True, help_text="Internal notes; never public.")
    participants = models.ManyToManyField(
        Speaker, through="SourceParticipant", related_name="appearances", blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SourceQuerySet.as_manager()
    history = HistoricalRecords(bases=[HistoryPathModel])

    class Meta:
        ordering = ["-published_on", "title"]
        constraints = [
            _choice_check("kind", SourceKind, "source_kind_valid"),
            _choice_check("published_precision", DatePrecision, "source_precision_valid"),
            length_check("notes", NOTES_MAX, "source_notes_length"),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.published_display})"

    @property
    def published_display(self) -> str:
        return format_partial_date(self.published_on, self.published_precision)


class SourceParticipant(models.Model):
    """A speaker's part in a source: host, guest, author."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="participations")
    speaker = models.ForeignKey(Speaker, on_delete=models.PROTECT, related_name="participations")
    role = models.CharField(max_length=10, choices=ParticipantRole.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "speaker"], name="participant_once"),
            _choice_check("role", ParticipantRole, "participant_role_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.speaker} ({self.role})"


class ClaimQuerySet(models.QuerySet):
    """Reusable reads over claims; every date-dependent read takes ``today``.

    Statuses follow ``claims.status``: only published claims are open, due or resolved.
    """

    def public(self) -> "ClaimQuerySet":
        return self.filter(status_rules.published_q())

    def unresolved(self) -> "ClaimQuerySet":
        """Published claims without a current verdict."""
        return self.filter(status_rules.unresolved_q())

    def due(self, today: datetime.date) -> "ClaimQuerySet":
        """Published, deadline passed and unresolved."""
        return self.filter(status_rules.due_q(today))

    def due_within(self, today: datetime.date, days: int) -> "ClaimQuerySet":
        """Published, unresolved and falling due in the next ``days`` days (today included)."""
        return self.filter(status_rules.due_within_q(today, days))

    def with_status(self, today: datetime.date) -> "ClaimQuerySet":
        """Annotate ``status`` computed at query time, so 'due' is never stale."""
        return self.annotate(status=status_rules.status_expression(today))

    def with_status_value(self, status: str, today: datetime.date) -> "ClaimQuerySet":
        """Filter on a status without annotating (so indexes on verdict/deadline apply)."""
        return self.filter(status_rules.status_q(status, today))

    def most_overdue_first(self, today: datetime.date) -> "ClaimQuerySet":
        """Due claims first, longest overdue at the top; then open, resolved, unpublished."""
        return self.order_by(*most_overdue_ordering(today))


# 0 for unresolved claims, 1 for resolved ones: the leading key of the API's "most overdue
# first" over published claims, where it orders as ``claims.status.most_overdue_ordering``
# does (due ones, by deadline, come before open ones) and ``claim_most_overdue_idx`` serves it.
UNRESOLVED_FIRST = Case(
    When(verdict="", then=Value(0)), default=Value(1), output_field=IntegerField()
)


class Claim(models.Model):
    """Something a speaker said, with when it should come true and how it turned out.

    ``verdict`` holds the current resolution's verdict (blank while unresolved);
    it is written only by the services together with the ``Resolution`` rows that
    keep every verdict ever given. "Due" is never stored: see ``ClaimQuerySet``.
    """

    speaker = models.ForeignKey(Speaker, on_delete=models.PROTECT, related_name="claims")
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="claims")
    locator = models.CharField(
        max_length=100,
        blank=True,
        validators=LINE,
        help_text="Where in the source: a timestamp, page or line.",
    )
    kind = models.CharField(max_length=12, choices=ClaimKind.choices, default=ClaimKind.PREDICTION)
    quote = _text(QUOTE_MAX, help_text="The words as said or written.")
    statement = models.CharField(
        max_length=300, validators=LINE, help_text="The claim normalised to one checkable line."
    )
    said_on = models.DateField(
        help_text="The first day of the period when only the month or year is known."
    )
    said_on_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    horizon = models.CharField(
        max_length=200,
        blank=True,
        validators=LINE,
        help_text='The time frame as said: "by next year".',
    )
    deadline = models.DateField(null=True, blank=True)
    deadline_precision = models.CharField(max_length=5, choices=DatePrecision.choices, blank=True)
    deadline_source = models.CharField(
        max_length=10, choices=DeadlineSource.choices, default=DeadlineSource.NONE
    )
    deadline_rule = models.CharField(
        max_length=300, blank=True, help_text="How the deadline was derived, in plain words."
    )
    needs_deadline = models.BooleanField(
        default=False,
        help_text="The horizon is a time reference too vague to date: a curator must decide.",
    )
    confidence = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(0.0), MaxValueValidator(1.0)],
        help_text="The speaker's stated probability, from 0 to 1.",
    )
    topics = models.ManyToManyField(Topic, related_name="claims", blank=True)
    review_state = models.CharField(
        max_length=10, choices=ReviewState.choices, default=ReviewState.PUBLISHED
    )
    verdict = models.CharField(max_length=12, choices=Verdict.choices, blank=True, editable=False)
    resolved_at = models.DateTimeField(null=True, blank=True, editable=False)
    assigned_curator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_claims",
        help_text="Reminders for this claim go to this curator.",
    )
    duplicate_of = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="duplicates"
    )
    internal_notes = _text(NOTES_MAX, blank=True, help_text="Curators' notes; never public.")
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ClaimQuerySet.as_manager()
    history = HistoricalRecords(
        bases=[HistoryPathModel], excluded_fields=["updated_at"], m2m_fields=[topics]
    )

    class Meta:
        ordering = ["-said_on", "-pk"]
        constraints = [
            _choice_check("kind", ClaimKind, "claim_kind_valid"),
            _choice_check("said_on_precision", DatePrecision, "claim_said_on_precision_valid"),
            _choice_check(
                "deadline_precision", DatePrecision, "claim_deadline_precision_valid", blank=True
            ),
            _choice_check("deadline_source", DeadlineSource, "claim_deadline_source_valid"),
            _choice_check("review_state", ReviewState, "claim_review_state_valid"),
            _choice_check("verdict", Verdict, "claim_verdict_valid", blank=True),
            models.CheckConstraint(
                condition=Q(deadline__isnull=True) | Q(deadline__gte=F("said_on")),
                name="claim_deadline_not_before_said_on",
            ),
            models.CheckConstraint(
                condition=Q(confidence__isnull=True) | Q(confidence__gte=0.0, confidence__lte=1.0),
                name="claim_confidence_between_0_and_1",
            ),
            models.CheckConstraint(
                condition=(
                    Q(deadline__isnull=True, deadline_source=DeadlineSource.NONE)
                    | (
                        Q(deadline__isnull=False)
                        & ~Q(deadline_source=DeadlineSource.NONE)
                        & ~Q(deadline_precision="")
                    )
                ),
                name="claim_deadline_source_matches_deadline",
            ),
            models.CheckConstraint(
                condition=Q(verdict="", resolved_at__isnull=True)
                | (~Q(verdict="") & Q(resolved_at__isnull=False)),
                name="claim_verdict_has_resolved_at",
            ),
            models.CheckConstraint(condition=~Q(quote=""), name="claim_quote_not_blank"),
            models.CheckConstraint(condition=~Q(statement=""), name="claim_statement_not_blank"),
            length_check("quote", QUOTE_MAX, "claim_quote_length"),
            length_check("internal_notes", NOTES_MAX, "claim_internal_notes_length"),
        ]
        indexes = [
            # The reminder sweep and the "due" filters scan exactly these rows.
            models.Index(
                fields=["deadline"],
                condition=Q(verdict="", review_state=ReviewState.PUBLISHED, deadline__isnull=False),
                name="claim_unresolved_deadline_idx",
            ),
            models.Index(fields=["verdict", "deadline"], name="claim_verdict_deadline_idx"),
            # One index per list ordering of the API, each ending on the primary key
            # like the ordering itself, so that "ORDER BY ... LIMIT n" (and a keyset
            # cursor) is an index walk that stops after n rows, never a sort of every
            # match. A b-tree is walked both ways: one index serves an ordering and
            # its reverse, except where NULLS LAST must hold in both directions.
            models.Index(fields=["said_on", "id"], name="claim_said_on_id_idx"),
            models.Index(fields=["speaker", "said_on", "id"], name="claim_speaker_said_on_id_idx"),
            models.Index(fields=["updated_at", "id"], name="claim_updated_at_id_idx"),
            # (deadline, id) ascending puts claims without a deadline last, as
            # "deadline" wants; "-deadline" (also without a deadline last) has an
            # index of its own on PostgreSQL (claim_deadline_desc_id_idx, migration
            # 0006: SQLite cannot index NULLS LAST).
            models.Index(fields=["deadline", "id"], name="claim_deadline_id_idx"),
            # "most overdue first": unresolved before resolved, then by deadline. Due
            # claims (deadline before today) come before open ones within the
            # unresolved by the deadline alone, so the order needs no date.
            models.Index(
                UNRESOLVED_FIRST,
                F("deadline").asc(),
                F("said_on").desc(),
                F("id").desc(),
                name="claim_most_overdue_idx",
            ),
            # The latest verdicts first: the public home page and the resolutions feeds.
            models.Index(
                F("resolved_at").desc(),
                F("id").desc(),
                condition=Q(review_state=ReviewState.PUBLISHED, resolved_at__isnull=False),
                name="claim_published_resolved_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.statement

    @property
    def is_resolved(self) -> bool:
        return bool(self.verdict)

    def is_due(self, today: datetime.date) -> bool:
        return self.status_on(today) == Status.DUE

    def status_on(self, today: datetime.date | None = None) -> str:
        """The status on ``today`` (the local date by default), as ``claims.status`` says."""
        return status_rules.status_of(
            review_state=self.review_state,
            verdict=self.verdict,
            deadline=self.deadline,
            today=today or timezone.localdate(),
        )

    def days_overdue(self, today: datetime.date) -> int | None:
        """Days since the deadline passed, for an unresolved claim that is due."""
        if not self.is_due(today):
            return None
        return (today - self.deadline).days

    @property
    def said_on_display(self) -> str:
        return format_partial_date(self.said_on, self.said_on_precision)

    @property
    def deadline_display(self) -> str:
        return format_partial_date(self.deadline, self.deadline_precision or DatePrecision.DAY)


class Resolution(models.Model):
    """One verdict given on a claim. Revisions and reopenings keep the earlier ones.

    At most one resolution per claim is current (``retracted_at`` is null); a
    revision retracts the current one with the stated reason and adds a new one.
    """

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="resolutions")
    verdict = models.CharField(max_length=12, choices=Verdict.choices)
    rationale = _text(RATIONALE_MAX)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="resolutions",
    )
    resolved_at = models.DateTimeField(default=timezone.now)
    revision_reason = _text(
        REASON_MAX,
        blank=True,
        help_text="Why an earlier verdict was revised; required for a revision.",
    )
    retracted_at = models.DateTimeField(null=True, blank=True)
    retracted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    retraction_reason = _text(RETRACTION_REASON_MAX, blank=True)

    history = HistoricalRecords(bases=[HistoryPathModel])

    class Meta:
        ordering = ["-resolved_at", "-pk"]
        constraints = [
            _choice_check("verdict", Verdict, "resolution_verdict_valid"),
            models.UniqueConstraint(
                fields=["claim"],
                condition=Q(retracted_at__isnull=True),
                name="one_current_resolution_per_claim",
            ),
            models.CheckConstraint(
                condition=Q(retracted_at__isnull=True, retraction_reason="")
                | (Q(retracted_at__isnull=False) & ~Q(retraction_reason="")),
                name="resolution_retraction_has_reason",
            ),
            models.CheckConstraint(
                condition=~Q(rationale=""), name="resolution_rationale_not_blank"
            ),
            length_check("rationale", RATIONALE_MAX, "resolution_rationale_length"),
            length_check("revision_reason", REASON_MAX, "resolution_revision_reason_length"),
            length_check(
                "retraction_reason", RETRACTION_REASON_MAX, "resolution_retraction_reason_length"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_verdict_display()} ({self.resolved_at:%Y-%m-%d})"

    @property
    def is_current(self) -> bool:
        return self.retracted_at is None


class Evidence(models.Model):
    """A piece of evidence behind a resolution."""

    resolution = models.ForeignKey(Resolution, on_delete=models.CASCADE, related_name="evidence")
    url = models.URLField(max_length=500)
    archive_url = models.URLField(max_length=500, blank=True)
    excerpt = _text(EXCERPT_MAX, blank=True, help_text="The part of the page that matters.")
    observed_on = models.DateField(help_text="When the evidence was seen.")

    history = HistoricalRecords(bases=[HistoryPathModel])

    class Meta:
        ordering = ["pk"]
        verbose_name_plural = "evidence"
        constraints = [
            models.CheckConstraint(condition=~Q(url=""), name="evidence_url_not_blank"),
            length_check("excerpt", EXCERPT_MAX, "evidence_excerpt_length"),
        ]

    def __str__(self) -> str:
        return self.url


class ChangeCounter(models.Model):
    """How many transactions have changed the published record, for cheap HTTP validators.

    Database triggers (migration ``0007``) move it forward once per committing
    transaction that inserts, updates or deletes speakers, sources and their
    participants, topics, claims and their topics, resolutions or evidence,
    whatever wrote them (services, the admin, a COPY, a shell). It only grows
    (to at least the time in microseconds), even across a flush. The API's ETags
    are built from it: reading one row tells whether anything behind a response
    may have changed, without building the response. Nothing else writes it;
    it is bookkeeping, not part of the record (dumps may leave it out).
    """

    RECORD = "record"
    # The tables whose writes it counts (each has a trigger named "<table>_counts_change").
    TABLES = (
        "claims_speaker",
        "claims_source",
        "claims_sourceparticipant",
        "claims_topic",
        "claims_claim",
        "claims_claim_topics",
        "claims_resolution",
        "claims_evidence",
    )

    name = models.CharField(primary_key=True, max_length=30)
    value = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.name}: {self.value}"


from claims.importing.models import *  # noqa: E402, F403
