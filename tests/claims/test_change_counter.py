"""The change counter keeps counting after a migration rebuilds a table on SQLite."""

import pytest
from django.db import connection

from claims.change_counter import COUNTED_TABLES, ensure_counter_triggers
from claims.models import ChangeCounter
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


def _sqlite_triggers() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        return {name for (name,) in cursor.fetchall()}


@pytest.mark.skipif(connection.vendor != "sqlite", reason="PostgreSQL keeps triggers on ALTER")
def test_triggers_a_table_rebuild_dropped_are_made_again_after_migrating():
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER claims_claim_update_counts_change")  # as a rebuild does
    ensure_counter_triggers(using="default")
    assert {f"{table}_update_counts_change" for table in COUNTED_TABLES} <= _sqlite_triggers()
    claim = ClaimFactory()
    before = ChangeCounter.objects.get().value
    claim.statement = "Edited after the rebuild."
    claim.save()
    assert ChangeCounter.objects.get().value > before


def test_every_counted_table_counts():
    before = ChangeCounter.objects.filter(name="record").values_list("value", flat=True).first()
    ClaimFactory()
    assert ChangeCounter.objects.get().value > (before or 0)
