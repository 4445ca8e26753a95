"""Derive every deadline that came from a horizon again, for this release's horizon rules.

What changed: a forecast denied before a date ("I don't think that happens before 2030",
"Not before 2030", "no earlier than 2030") states a lower bound, not a deadline: it gets
none and asks the curator (a commitment not to act before a date keeps the day before); a
forecast retold from the past ("In 2019 she said we'd have self-driving cars by 2021")
gives no deadline; a year or a quarter that names a noun ("forecasts for 2027 will be
cut by the end of 2026", "the Q1 outlook piece by December 15") gives way to the verb's own
time; a fiscal quarter named in words ("our third fiscal quarter") is that quarter; "Probably the best year was 2020" and "the
leaders agreed at the June summit" are no forecasts. Done as ``manage.py
rederive_deadlines`` would, with the function of the earlier migration that did the same:
each changed claim gets a new version and a history entry ("deadline re-derived", written
by "migration"); deadlines set by a curator are not touched. Reversing it changes nothing.
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
        ("claims", "0019_rederive_deadlines_for_calendars_events_and_elections"),
    ]

    operations = [
        migrations.RunPython(rederive_deadlines, migrations.RunPython.noop, elidable=True),
    ]
