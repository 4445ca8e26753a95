"""Derive every deadline that came from a horizon again, with this release's rules for the
turn of a period and for shorthand.

"The end of the decade" said in a decade's last year is now vague (it may mean this decade
or the next ten years) where it was stored with the end of that year; "in the second half"
without a year, "for the rest of the year" and "by '27" are now dated where they had none;
and "rates will fall next year" is next year, where it was stored as the end of next autumn.
Done as ``manage.py rederive_deadlines`` would, with the function of the earlier migration
that did the same: each changed claim gets a new version and a history entry ("deadline
re-derived", written by "migration"); deadlines set by a curator are not touched. Reversing
it changes nothing.
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
        ("claims", "0011_rederive_deadlines_for_negated_forecasts"),
    ]

    operations = [
        migrations.RunPython(rederive_deadlines, migrations.RunPython.noop, elidable=True),
    ]
