"""Enumerations shared by the record, its parsers and its API.

Kept free of model imports so that pure modules (the horizon parser, importers)
can use them without loading the ORM.
"""

from django.db import models


class DatePrecision(models.TextChoices):
    """How much of a date is actually known."""

    DAY = "day", "day"
    MONTH = "month", "month"
    YEAR = "year", "year"


class ClaimKind(models.TextChoices):
    PREDICTION = "prediction", "prediction"
    FACTUAL = "factual", "factual"
    OPINION = "opinion", "opinion"
    COMMITMENT = "commitment", "commitment"


class Verdict(models.TextChoices):
    """The outcomes a resolution can record."""

    TRUE = "true", "true"
    FALSE = "false", "false"
    PARTLY_TRUE = "partly_true", "partly true"
    UNRESOLVABLE = "unresolvable", "unresolvable / ambiguous"
    WITHDRAWN = "withdrawn", "withdrawn"


class Status(models.TextChoices):
    """A claim's status: the two unresolved states, every verdict, and for a claim that
    is not published, its review state (see ``claims.status``)."""

    OPEN = "open", "open"
    DUE = "due", "due"
    TRUE = "true", "true"
    FALSE = "false", "false"
    PARTLY_TRUE = "partly_true", "partly true"
    UNRESOLVABLE = "unresolvable", "unresolvable / ambiguous"
    WITHDRAWN = "withdrawn", "withdrawn"
    DRAFT = "draft", "draft"
    REJECTED = "rejected", "rejected"


class DeadlineSource(models.TextChoices):
    """How a claim's deadline was set."""

    DERIVED = "derived", "derived from the horizon"
    CURATOR = "curator", "set by a curator"
    NONE = "none", "no deadline"


class ReviewState(models.TextChoices):
    """Drafts are curators' work in progress and are never public."""

    DRAFT = "draft", "draft"
    PUBLISHED = "published", "published"
    REJECTED = "rejected", "rejected"


class SourceKind(models.TextChoices):
    PODCAST = "podcast", "podcast episode"
    ESSAY = "essay", "essay"
    TALK = "talk", "talk"
    POST = "post", "post"
    ARTICLE = "article", "article"
    VIDEO = "video", "video"
    OTHER = "other", "other"


class ParticipantRole(models.TextChoices):
    HOST = "host", "host"
    GUEST = "guest", "guest"
    AUTHOR = "author", "author"
    SPEAKER = "speaker", "speaker"
