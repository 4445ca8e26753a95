"""Derive every deadline that came from a horizon again, for this release's horizon rules.

What changed: a person's life ("in my lifetime") and a term of office ("by the end of his
term") give no date and ask the curator; an election named by its year ("before the 2028 election") is dated, the
end of that year, with a remark asking for the day; a declaration of a fiscal calendar
("Our fiscal year ends in June") is no horizon, where its month was read as a deadline; a
fiscal-year end given in the horizon itself ("FY27 (fiscal year ending June)") dates it;
the date of an event the forecast holds whatever its outcome ("survive whoever wins in
2027") is no deadline but a call to the curator; a meeting named by its month ("at its
December meeting") is due by the end of that month; a forecast's date already past when
said is no deadline, and says so. Done as ``manage.py rederive_deadlines`` would, with the
function of the earlier migration that did the same: each changed claim gets a new version
and a history entry ("deadline re-derived", written by "migration"); deadlines set by a
curator are not touched. Reversing it changes nothing.
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
        ("claims", "0018_import_format_ssa"),
    ]

    operations = [
        migrations.RunPython(rederive_deadlines, migrations.RunPython.noop, elidable=True),
    ]
