"""Loading the seed record without ever overwriting what curators did since.

``manage.py loaddata`` writes every fixture row as it is in the file, so loading
the seed a second time would silently revert a curator's edits to seed claims
(their locator, their version, their deadline) while the history still showed
the edit. ``seed_load`` only adds: a row whose primary key exists is left as it
is, and the rows a parent owns (a claim's topics and resolutions, a resolution's
evidence, a source's participants) are added only together with their parent, so
a curator's removal stays removed.
"""

from dataclasses import dataclass, field
from pathlib import Path

from django.core import serializers
from django.core.management.color import no_style
from django.db import connection, transaction
from django.utils import timezone

from claims.models import Claim, Evidence, Resolution, SourceParticipant

# Rows owned by a parent: added only when their parent is added by the same load.
OWNED_BY = {
    Claim.topics.through: "claim_id",
    Resolution: "claim_id",
    Evidence: "resolution_id",
    SourceParticipant: "source_id",
}
PARENT_MODEL = {
    Claim.topics.through: Claim,
    Resolution: Claim,
    Evidence: Resolution,
    SourceParticipant: Claim.source.field.related_model,
}


@dataclass
class SeedResult:
    """What a load added and left alone, by model label."""

    added: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)

    def count(self, bucket: dict[str, int], label: str) -> None:
        bucket[label] = bucket.get(label, 0) + 1


def seed_load(*, path: Path) -> SeedResult:
    """Add the rows of the fixture at ``path`` that the database does not hold yet.

    Rows are written raw, as ``loaddata`` writes them (no signals' side effects);
    each added row that keeps a history then gets its first entry, "created from
    the seed". Raises ``django.core.serializers.base.DeserializationError``
    for a file that is not a fixture. The whole load is one transaction.
    """
    result = SeedResult()
    added: dict[type, set] = {}
    deferred = []
    with transaction.atomic(), path.open(encoding="utf-8") as fixture:
        # As loaddata does: rows may refer to rows further down the file.
        with connection.constraint_checks_disabled():
            for item in serializers.deserialize("json", fixture, handle_forward_references=True):
                model = type(item.object)
                if _keep_existing(item.object, model, added):
                    result.count(result.kept, model._meta.label)
                    continue
                item.save()
                if item.deferred_fields:
                    deferred.append(item)
                added.setdefault(model, set()).add(item.object.pk)
                result.count(result.added, model._meta.label)
            for item in deferred:
                item.save_deferred_fields()
        written = _record_creation(added)
        # Also fires the deferred foreign-key checks of the history rows, so that
        # nothing is left pending in the transaction (PostgreSQL).
        connection.check_constraints(
            table_names=[model._meta.db_table for model in [*added, *written]]
        )
        _reset_sequences(added)
    return result


SEED_CHANGE_REASON = "created from the seed"


def _record_creation(added: dict[type, set]) -> list[type]:
    """Give every added row with a history its first entry, "created from the seed".

    Rows are written raw, which simple-history does not record, so a seed claim
    would otherwise have no original version to read or revert to. One bulk
    insert per model (simple-history's ``bulk_history_create``); a claim's entry
    also gets its topics as they were loaded, as a save through the services does.
    Returns the history models written to.
    """
    now = timezone.now()
    written = []
    for model, pks in added.items():
        if not hasattr(model, "history") or not pks:
            continue
        written.append(model.history.model)
        rows = list(model._default_manager.filter(pk__in=pks).order_by("pk"))
        entries = model.history.bulk_history_create(
            rows,
            default_change_reason=SEED_CHANGE_REASON,
            default_date=now,
            custom_historical_attrs={"history_path": "seed"},
        )
        if model is Claim:
            _snapshot_topics(entries)
            written.append(entries[0].topics.model if entries else model.history.model)
    return written


def _snapshot_topics(entries: list) -> None:
    if not entries:
        return
    snapshot = entries[0].topics.model
    by_claim = {entry.id: entry for entry in entries}
    links = Claim.topics.through.objects.filter(claim_id__in=by_claim)
    snapshot.objects.bulk_create(
        snapshot(
            id=link.pk,
            history=by_claim[link.claim_id],
            claim_id=link.claim_id,
            topic_id=link.topic_id,
        )
        for link in links
    )


def _keep_existing(row, model, added: dict[type, set]) -> bool:
    """True when ``row`` must not be written: it exists, or its parent was not added now."""
    if model._default_manager.filter(pk=row.pk).exists():
        return True
    owner = OWNED_BY.get(model)
    if owner is None:
        return False
    return getattr(row, owner) not in added.get(PARENT_MODEL[model], set())


def _reset_sequences(added: dict[type, set]) -> None:
    """Rows inserted with explicit keys leave PostgreSQL's sequences behind: move them on."""
    statements = connection.ops.sequence_reset_sql(no_style(), list(added))
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)
