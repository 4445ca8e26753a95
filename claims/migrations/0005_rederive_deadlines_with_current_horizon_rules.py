"""Derive every deadline that came from a horizon again, with the horizon rules of this release.

The horizon parser now reads lower bounds ("not until 2030"), approximations ("around 2033")
and durations counted from an event ("18 months after the IPO") as vague, takes the later end
of an alternative ("by 2030, maybe 2035"), and never derives a deadline on or before the day a
claim was said. Claims stored under the earlier rules follow the new ones here, as
``manage.py rederive_deadlines`` would do it: each changed claim gets a new version and a
history entry ("deadline re-derived", written by "migration"). Deadlines set by a curator are
not touched. Reversing it changes nothing: the earlier rules are gone with the earlier code.
"""

from django.db import migrations
from django.utils import timezone

_DEADLINE_FIELDS = (
    "horizon",
    "deadline",
    "deadline_precision",
    "deadline_source",
    "deadline_rule",
    "needs_deadline",
)


def rederive_deadlines(apps, schema_editor):
    """Re-derive the deadline of every claim whose deadline no curator set."""
    from claims.services import claim_derive_deadline  # the parser and its use, as the services

    claim_model = apps.get_model("claims", "Claim")
    now = timezone.now()
    stale = claim_model.objects.exclude(deadline_source="curator").order_by("pk")
    for claim in stale.iterator(chunk_size=500):
        before = [getattr(claim, field) for field in _DEADLINE_FIELDS]
        claim_derive_deadline(claim)
        if [getattr(claim, field) for field in _DEADLINE_FIELDS] == before:
            continue
        claim.version += 1
        claim.save(update_fields=[*_DEADLINE_FIELDS, "version", "updated_at"])
        _record_history(apps, claim, when=now)


def _record_history(apps, claim, *, when):
    """The history entry django-simple-history writes on a save, which a migration's models
    do not send: the claim's fields, and its topics at the time."""
    historical = apps.get_model("claims", "HistoricalClaim")
    historical_topics = apps.get_model("claims", "HistoricalClaim_topics")
    fields = {field.attname for field in historical._meta.concrete_fields}
    values = {
        field.attname: getattr(claim, field.attname)
        for field in claim._meta.concrete_fields
        if field.attname in fields
    }
    entry = historical.objects.create(
        **values,
        history_date=when,
        history_type="~",
        history_change_reason="deadline re-derived",
        history_path="migration",
    )
    through = claim._meta.get_field("topics").remote_field.through
    historical_topics.objects.bulk_create(
        historical_topics(id=row.pk, claim_id=claim.pk, topic_id=row.topic_id, history=entry)
        for row in through.objects.filter(claim_id=claim.pk)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0004_import_batches_and_review_queue"),
    ]

    operations = [
        migrations.RunPython(rederive_deadlines, migrations.RunPython.noop, elidable=True),
    ]
