"""Derive every deadline that came from a horizon again, for this release's horizon rules.

What changed: a named day of the year is dated with or without a preposition ("Boxing Day",
"at Christmas", "on New Year's Eve"); "tomorrow" and "tonight" in a forecast, or alone, are
that day; a month named as an event's time ("a December cut", "the March meeting") is that
month. Done as ``manage.py rederive_deadlines`` would, with the function of the earlier
migration that did the same: each changed claim gets a new version and a history entry
("deadline re-derived", written by "migration"); deadlines set by a curator are not touched.
Reversing it changes nothing.
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
        ("claims", "0021_rederive_deadlines_for_periods_running_out_and_perfects"),
    ]

    operations = [
        migrations.RunPython(rederive_deadlines, migrations.RunPython.noop, elidable=True),
    ]
