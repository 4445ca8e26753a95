"""Derive every deadline that came from a horizon again, with this release's rules for
periods named without their year, targets named by their year, spans until a part of a
year, dates said inside a condition, and times told as looking back.

"Margins improve in the fourth quarter" and "second-half growth" are now due at the end of
the next such period not yet over when it was said, and "for the full year" at the end of
the year it was said in, where they had no deadline. "Germany will miss its 2030 target"
is due at the end of 2030, where it had none. "Until the second half of 2026" is due at the
end of that half. A date inside a condition ("If rates stay high through 2026, starts will
drop") no longer dates the consequence, and a present state lasting until a date ("booked
out until 2029") is no forecast due then. A time told as looking back ("Fusion has been 30
years away for 60 years", "We used to say by the end of the century") gives no deadline,
and "The 10-year ends the year around 4%" is due at the end of the year it was said in. Done as ``manage.py rederive_deadlines`` would,
with the function of the earlier migration that did the same: each changed claim gets a new
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
        ("claims", "0015_rederive_deadlines_for_elided_denials_and_year_ends"),
    ]

    operations = [
        migrations.RunPython(rederive_deadlines, migrations.RunPython.noop, elidable=True),
    ]
