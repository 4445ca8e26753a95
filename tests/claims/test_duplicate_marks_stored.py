"""Table test: a claim marked as a likely duplicate in bulk stores its ``updated_at`` in the
very form the ORM stores it when a claim is edited one at a time.

``claims_mark_duplicates`` writes with its own statements (one ``UPDATE … FROM`` per batch,
or one per claim on an SQLite older than 3.33). On SQLite a datetime is text: given to the
driver as it is, it was stored with "+00:00" where the ORM stores none, so the same moment
was two texts, unequal in filters and apart in the (updated_at, id) order. The column is
read raw, past the ORM's conversion, on both paths. On PostgreSQL both are timestamps.
"""

import datetime
import types

import pytest
import time_machine
from django.db import connection

from claims import services
from claims.models import Claim
from claims.services import bulk
from tests.factories import SourceFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

SAID = datetime.date(2023, 10, 12)

# (when the claims are marked, the text SQLite stores for it, why)
TIMES = [
    (
        datetime.datetime(2024, 3, 1, 12, 0, 0, 250000, tzinfo=datetime.UTC),
        "2024-03-01 12:00:00.250000",
        "a time with a fraction of a second",
    ),
    (
        datetime.datetime(2024, 3, 1, 12, 0, 0, tzinfo=datetime.UTC),
        "2024-03-01 12:00:00",
        "a whole second: no fraction written, as the ORM writes none",
    ),
    (
        datetime.datetime(2024, 12, 31, 23, 59, 59, 1, tzinfo=datetime.UTC),
        "2024-12-31 23:59:59.000001",
        "the last microsecond but some of a year",
    ),
]

# How the marks are written: one statement for a batch, or one per claim (older SQLite).
STATEMENTS = ["one statement", "one per claim"]


def _raw_updated_at(pk: int):
    """The column as the database holds it, as text: no converter of the driver's (SQLite's
    reads a column declared "datetime" as a datetime) or the ORM's comes between."""
    table = connection.ops.quote_name(Claim._meta.db_table)
    with connection.cursor() as cursor:
        sql = f"SELECT CAST(updated_at AS TEXT) FROM {table} WHERE id = %s"  # noqa: S608
        cursor.execute(sql, [pk])
        return cursor.fetchone()[0]


def _claims(count: int) -> list[Claim]:
    speaker = SpeakerFactory()
    source = SourceFactory(published_on=SAID, published_precision="day")
    made = services.ClaimInput(
        speaker=speaker,
        source=source,
        quote="Stable Diffusion will run on an iPhone by the end of 2024.",
        statement="Stable Diffusion runs on an iPhone by the end of 2024.",
        said_on=SAID,
    )
    return services.claims_bulk_create(claims=[made] * count)


@pytest.mark.parametrize("statements", STATEMENTS)
@pytest.mark.parametrize(("now", "stored", "why"), TIMES, ids=[t[2] for t in TIMES])
def test_a_claim_marked_in_bulk_stores_updated_at_as_the_orm_does(
    monkeypatch, statements, now, stored, why
):
    if statements == "one per claim":
        old = types.SimpleNamespace(sqlite_version_info=(3, 31, 1))
        monkeypatch.setattr(bulk, "sqlite3", old)
    with time_machine.travel(now, tick=False):
        original, by_orm, in_bulk, also_in_bulk = _claims(4)
        services.claim_update(claim=by_orm, expected_version=1, changes={"duplicate_of": original})
        marks = [(in_bulk, original, "likely duplicate"), (also_in_bulk, original, "likely")]
        assert services.claims_mark_duplicates(marks=marks) == 2
    raw = [_raw_updated_at(claim.pk) for claim in (by_orm, in_bulk, also_in_bulk)]
    assert raw == [raw[0]] * 3, why
    if connection.vendor == "sqlite":
        assert raw[0] == stored, why
    marked_then = Claim.objects.filter(updated_at=now, duplicate_of=original)
    assert set(marked_then) == {by_orm, in_bulk, also_in_bulk}, why
