"""Derive every deadline that came from a horizon again, with this release's negation rules.

A negated forecast now keeps its deadline ("rates will not be cut before the summer" is
judged at the end of May, as the same words without "not"), where it was stored as needing a
deadline; and "no", "nobody", "nothing" now negate, so "no rate cuts until 2026", stored with
the end of 2026, is a lower bound with no deadline. Done as ``manage.py rederive_deadlines``
would, with the function of the earlier migration that did the same: each changed claim gets
a new version and a history entry ("deadline re-derived", written by "migration"); deadlines
set by a curator are not touched. Reversing it changes nothing.
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
        ("claims", "0010_claim_search_month_index"),
    ]

    operations = [
        migrations.RunPython(rederive_deadlines, migrations.RunPython.noop, elidable=True),
    ]
