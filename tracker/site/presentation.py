"""How the record reads on a page: slugs, addresses, status words and partial dates."""

import datetime

from django.urls import reverse
from django.utils.text import slugify

from claims.choices import ClaimKind, DatePrecision, Status
from claims.models import format_partial_date

SLUG_LENGTH = 60
# What each status says to a reader, and the badge it wears.
STATUS_WORDS = {
    Status.OPEN: "open",
    Status.DUE: "due: awaiting a verdict",
    Status.TRUE: "came true",
    Status.FALSE: "did not come true",
    Status.PARTLY_TRUE: "partly true",
    Status.UNRESOLVABLE: "unresolvable",
    Status.WITHDRAWN: "withdrawn",
}
KIND_WORDS = dict(ClaimKind.choices)


def claim_slug(statement: str) -> str:
    """The words of a claim's address: its statement, slugified and cut at a word.

    Decoration only: the id finds the claim, so an edited statement changes the
    slug and the old address redirects. A statement with no Latin letters gets "claim".
    """
    slug = slugify(statement)
    if len(slug) > SLUG_LENGTH:
        slug = slug[:SLUG_LENGTH].rsplit("-", 1)[0]
    return slug or "claim"


def claim_path(pk: int, statement: str) -> str:
    return reverse("site:claim", kwargs={"pk": pk, "slug": claim_slug(statement)})


def status_words(status: str) -> str:
    return STATUS_WORDS.get(status, status)


def partial_date(value: datetime.date | None, precision: str) -> str:
    return format_partial_date(value, precision or DatePrecision.DAY)


def iso_partial_date(value: datetime.date | None, precision: str) -> str | None:
    """ISO 8601 at the precision known: '2022', '2022-10' or '2022-10-14'."""
    if value is None:
        return None
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def decorate(row: dict) -> dict:
    """Add what templates show to a claim row of ``claims.api.reads``."""
    row["path"] = claim_path(row["id"], row["statement"])
    row["speaker_path"] = reverse("site:speaker", kwargs={"slug": row["speaker__slug"]})
    row["source_path"] = reverse("site:source", kwargs={"pk": row["source_id"]})
    row["status_words"] = status_words(row["status"])
    row["kind_words"] = KIND_WORDS.get(row["kind"], row["kind"])
    row["said_on_display"] = partial_date(row["said_on"], row["said_on_precision"])
    row["deadline_display"] = partial_date(row["deadline"], row["deadline_precision"])
    row["source_published_display"] = partial_date(
        row["source__published_on"], row["source__published_precision"]
    )
    return row


def decorate_all(rows: list[dict]) -> list[dict]:
    for row in rows:
        decorate(row)
    return rows
