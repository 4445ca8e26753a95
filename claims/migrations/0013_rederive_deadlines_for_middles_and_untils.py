"""Derive every deadline that came from a horizon again, with this release's rules for the
middle of a decade and for "until" in any word order.

"By mid-decade", "in the mid-2030s" are now vague (the middle of a decade has no firm end)
where they were stored with the end of the decade's sixth year; "Until 2026, no rate cuts"
and "It won't, realistically, ship until 2025" are now lower bounds, with no deadline, as
"No rate cuts until 2026" already was. Done as ``manage.py rederive_deadlines`` would, with
the function of the earlier migration that did the same: each changed claim gets a new
version and a history entry ("deadline re-derived", written by "migration"); deadlines set
by a curator are not touched. Reversing it changes nothing.
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
        ("claims", "0012_rederive_deadlines_for_period_turns"),
    ]

    operations = [
        migrations.RunPython(rederive_deadlines, migrations.RunPython.noop, elidable=True),
    ]
