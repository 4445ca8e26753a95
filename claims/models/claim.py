"""The claim: what was said, by whom, where, and by when it falls due."""

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.utils import timezone
from simple_history.models import HistoricalRecords

from claims import status as status_rules
from claims.choices import (
    ClaimKind,
    DatePrecision,
    DeadlineSource,
    ReviewState,
    Status,
    Verdict,
)
from claims.history import HistoryPathModel
from claims.literals import Literal
from claims.models.common import LINE, _choice_check, _text, format_partial_date
from claims.models.sources import Source
from claims.models.speakers import Speaker, Topic
from claims.status import most_overdue_ordering
from claims.validators import (
    NOTES_MAX,
    QUOTE_MAX,
    length_check,
)


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
def unresolved_first(*, literal: bool = True) -> Case:
    """0 for unresolved claims, 1 for resolved ones.

    Queries write the constants into the SQL (``Literal``), as the index has them,
    so that a prepared statement's generic plan matches the index too; the index
    itself is declared with plain values (a migration writes them in anyway).
    """
    if not literal:
        return Case(When(verdict="", then=Value(0)), default=Value(1), output_field=IntegerField())
    return Case(
        When(verdict=Literal(""), then=Literal(0)), default=Literal(1), output_field=IntegerField()
    )


UNRESOLVED_FIRST = unresolved_first()


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
                unresolved_first(literal=False),
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
