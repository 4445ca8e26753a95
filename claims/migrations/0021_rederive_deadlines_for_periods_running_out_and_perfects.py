"""Derive every deadline that came from a horizon again, for this release's horizon rules.

What changed: a period said to run out after "before" ("before fiscal 2028 is out", "before
2028 is over", "before March ends") is dated at its end, not the day before it starts; a
time in a sentence told in the present perfect ("has been late every morning this month",
"the best thing this city has done in a decade") tells of the past and gives no deadline.
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
        ("claims", "0020_rederive_deadlines_for_bounds_retellings_and_noun_years"),
    ]

    operations = [
        migrations.RunPython(rederive_deadlines, migrations.RunPython.noop, elidable=True),
    ]
