"""The beat schedule that wakes the reminder run, kept in the database and editable in the admin.

Beat is only a wake-up call: each run computes what is owed from the deadlines
and today's date, so a missed, late or doubled beat changes nothing.
"""

from django.db import migrations

TASK_NAME = "Send resolution reminders"


def create_schedule(apps, schema_editor):
    IntervalSchedule = apps.get_model("django_celery_beat", "IntervalSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    interval, _ = IntervalSchedule.objects.get_or_create(every=10, period="minutes")
    PeriodicTask.objects.get_or_create(
        name=TASK_NAME,
        defaults={
            "task": "tracker.tasks.reminders_run",
            "interval": interval,
            "description": "Sweep the due claims, record the reminders owed and send them.",
        },
    )


def delete_schedule(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name=TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0001_reminders"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(create_schedule, delete_schedule)]
