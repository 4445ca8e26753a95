"""Derive every deadline that came from a horizon again, with this release's rules for a
fronted "not before" whose clause is elided and for a year a quantity ends at.

"Not before 2026." as a sentence of its own (an answer: "Inflation at 2%? Not before 2026.",
"Probably not before 2029, if you ask me.") is now read as "Not before 2026 will it happen":
a negated forecast due 31 December 2025, where it was a lower bound with no deadline; "It
will ship, but not before 2030" stays a lower bound. "The 10-year yield ends 2024 around 4%"
is now due at the end of 2024, where it had no horizon; "Exports shrank in 2026", said in
2026, has no horizon, where it was due at the end of 2026. Done as ``manage.py
rederive_deadlines`` would, with the function of the earlier migration that did the same:
each changed claim gets a new version and a history entry ("deadline re-derived", written by
"migration"); deadlines set by a curator are not touched. Reversing it changes nothing.
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
        ("claims", "0014_rederive_deadlines_for_hedges_and_denials"),
    ]

    operations = [
        migrations.RunPython(rederive_deadlines, migrations.RunPython.noop, elidable=True),
    ]
