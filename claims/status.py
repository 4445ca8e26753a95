"""A claim's status, defined once for every surface (admin, API, track records, reminders).

Only a published claim can be open, due or resolved in public: a draft or a
rejected claim has its review state as its status, everywhere. A published
claim's status is its verdict once resolved; otherwise "due" when its deadline
has passed, and "open" while it has not (or when it has no deadline).

"Due" is never stored: every form below takes ``today`` (a ``datetime.date`` in
the tracker's time zone) and is computed when read. The same rule exists in
three forms, pinned to each other by tests:

- ``status_of``: for one row already in memory;
- ``status_q`` / ``due_q`` / ``status_expression``: the ORM's filters and
  annotation, through any relation prefix (``"claims__"`` from a speaker);
- ``STATUS_SQL``: hand-written SQL for the track records' grouped query.
"""

import datetime

from django.db.models import Case, CharField, F, IntegerField, Q, When

from claims.choices import ReviewState, Status, Verdict
from claims.literals import Literal

# Every status a published claim can have, in the order pages list them.
PUBLIC_STATUSES = (
    Status.OPEN,
    Status.DUE,
    Status.TRUE,
    Status.FALSE,
    Status.PARTLY_TRUE,
    Status.UNRESOLVABLE,
    Status.WITHDRAWN,
)


def status_of(
    *,
    review_state: str,
    verdict: str,
    deadline: datetime.date | None,
    today: datetime.date,
) -> str:
    """The status of one claim's values on ``today``; a ``Status`` value."""
    if review_state != ReviewState.PUBLISHED:
        return review_state
    if verdict:
        return verdict
    if deadline is not None and deadline < today:
        return Status.DUE.value
    return Status.OPEN.value


# The constants below are written into the SQL (``Literal``), as they are in the
# partial and expression indexes that serve these conditions.
def published_q(prefix: str = "") -> Q:
    return Q(**{f"{prefix}review_state": Literal(ReviewState.PUBLISHED.value)})


def unresolved_q(prefix: str = "") -> Q:
    """Published and without a current verdict."""
    return published_q(prefix) & Q(**{f"{prefix}verdict": Literal("")})


def due_q(today: datetime.date, prefix: str = "") -> Q:
    """Published, unresolved and past its deadline on ``today``.

    Matches the partial index ``claim_unresolved_deadline_idx``.
    """
    return unresolved_q(prefix) & Q(**{f"{prefix}deadline__lt": today})


def open_q(today: datetime.date, prefix: str = "") -> Q:
    """Published, unresolved, and with no deadline or one not yet passed."""
    not_yet = Q(**{f"{prefix}deadline__isnull": True}) | Q(**{f"{prefix}deadline__gte": today})
    return unresolved_q(prefix) & not_yet


def due_within_q(today: datetime.date, days: int, prefix: str = "") -> Q:
    """Published, unresolved, and falling due in the next ``days`` days (today included)."""
    end = today + datetime.timedelta(days=days)
    window = Q(**{f"{prefix}deadline__gte": today, f"{prefix}deadline__lte": end})
    return unresolved_q(prefix) & window


def status_q(status: str, today: datetime.date, prefix: str = "") -> Q:
    """Claims whose status on ``today`` is ``status`` (a ``Status`` value).

    Raises ``ValueError`` for a value that is not a status.
    """
    if status == Status.DUE:
        return due_q(today, prefix)
    if status == Status.OPEN:
        return open_q(today, prefix)
    if status in Verdict.values:
        return published_q(prefix) & Q(**{f"{prefix}verdict": Literal(str(status))})
    if status in (ReviewState.DRAFT, ReviewState.REJECTED):
        return Q(**{f"{prefix}review_state": Literal(str(status))})
    raise ValueError(f"{status!r} is not a claim status.")


def status_expression(today: datetime.date) -> Case:
    """The status on ``today`` as an SQL expression, for ``annotate``."""
    return Case(
        When(~published_q(), then=F("review_state")),
        When(~Q(verdict=Literal("")), then=F("verdict")),
        When(deadline__lt=today, then=Literal(Status.DUE.value)),
        default=Literal(Status.OPEN.value),
        output_field=CharField(),
    )


def overdue_rank(today: datetime.date) -> Case:
    """0 for due claims, 1 for open ones, 2 for resolved ones, 3 for unpublished ones."""
    return Case(
        When(~published_q(), then=Literal(3)),
        When(~Q(verdict=Literal("")), then=Literal(2)),
        When(deadline__lt=today, then=Literal(0)),
        default=Literal(1),
        output_field=IntegerField(),
    )


def most_overdue_ordering(today: datetime.date) -> list:
    """Order expressions for "most overdue first", usable on any claim queryset."""
    return [overdue_rank(today).asc(), F("deadline").asc(nulls_last=True), "-said_on", "-pk"]


# The status of a *published* claim row aliased ``claim``, in SQL, with the
# parameters ``today``, ``due`` and ``open``. Callers select published rows only.
STATUS_SQL = (
    "CASE WHEN claim.verdict <> '' THEN claim.verdict "
    "WHEN claim.deadline < %(today)s THEN %(due)s ELSE %(open)s END"
)
STATUS_SQL_PARAMS = {"due": Status.DUE.value, "open": Status.OPEN.value}
