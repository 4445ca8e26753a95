"""Derive every deadline that came from a horizon again, with this release's rules for a
speaker's hedge, a fronted negation and a denied date.

"Maybe by 2027", "in perhaps two years" now keep their date (they were stored as
approximate, with no deadline); "Not before 2030 will it ship" and "It won't ship sooner than
2030" are negated forecasts due 31 December 2029, as "It won't ship before 2030" already was;
"Not this year, next year" is due at the end of next year, not this one; "prior to 2030" is
due 31 December 2029, as "before 2030" is, where it was the end of 2030. Done as
``manage.py rederive_deadlines`` would, with the function of the earlier migration that did
the same: each changed claim gets a new version and a history entry ("deadline re-derived",
written by "migration"); deadlines set by a curator are not touched. Reversing it changes
nothing.
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
        ("claims", "0013_rederive_deadlines_for_middles_and_untils"),
    ]

    operations = [
        migrations.RunPython(rederive_deadlines, migrations.RunPython.noop, elidable=True),
    ]
