"""Bookkeeping beside the record: the change counter behind HTTP validators."""

from django.db import models


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
