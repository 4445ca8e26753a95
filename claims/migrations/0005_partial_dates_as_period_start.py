"""Dates known only to the month or year are stored as the period's first day.

Earlier writes kept the day they were given (2023-03-15 with precision "month");
this brings those rows in line with what every write path now stores.
"""

from django.db import migrations

BATCH = 1000


def _period_start(value, precision):
    if precision == "month":
        return value.replace(day=1)
    if precision == "year":
        return value.replace(month=1, day=1)
    return value


def _normalise(model, date_field, precision_field):
    rows = model.objects.exclude(**{precision_field: "day"}).exclude(
        **{f"{date_field}__day": 1, f"{date_field}__month": 1}
    )
    changed = []
    for row in rows.only("pk", date_field, precision_field).iterator(chunk_size=BATCH):
        start = _period_start(getattr(row, date_field), getattr(row, precision_field))
        if start != getattr(row, date_field):
            setattr(row, date_field, start)
            changed.append(row)
        if len(changed) >= BATCH:
            model.objects.bulk_update(changed, [date_field])
            changed = []
    if changed:
        model.objects.bulk_update(changed, [date_field])


def forwards(apps, schema_editor):
    _normalise(apps.get_model("claims", "Claim"), "said_on", "said_on_precision")
    _normalise(apps.get_model("claims", "Source"), "published_on", "published_precision")


class Migration(migrations.Migration):
    dependencies = [("claims", "0004_import_batches_and_review_queue")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
