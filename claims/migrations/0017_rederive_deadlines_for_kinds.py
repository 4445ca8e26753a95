"""Derive every deadline that came from a horizon again, now that only a prediction or a
commitment takes one.

A factual claim or an opinion recorded through the API or the admin was given the deadline
its horizon names, as a forecast is, and was reminded of it when it passed; the importer
gave it none. Such a claim keeps its horizon's words and loses the derived deadline here,
with a rule saying why ("'by 2027' names a date, not a deadline: the statement reads as
factual"). Done as ``manage.py rederive_deadlines`` would, with the function of the earlier
migration that did the same: each changed claim gets a new version and a history entry
("deadline re-derived", written by "migration"); deadlines set by a curator are not
touched, whatever the kind. Reversing it changes nothing.
"""

import importlib

from django.db import migrations


def rederive_deadlines(apps, schema_editor):
    earlier = importlib.import_module(
        "claims.migrations.0005_rederive_deadlines_with_current_horizon_rules"
    )
    earlier.rederive_deadlines(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0016_rederive_deadlines_for_yearless_periods_targets_and_conditions"),
    ]

    operations = [
        migrations.RunPython(rederive_deadlines, migrations.RunPython.noop, elidable=True),
    ]
