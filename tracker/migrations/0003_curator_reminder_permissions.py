"""Curators see the reminders, the deliveries and the overdue view, and set their preferences."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CURATOR_PERMISSIONS = {
    "reminder": ["view"],
    "delivery": ["view"],
    "reminderpreference": ["add", "change", "view"],
    "overdueclaim": ["view"],
}


def _codenames() -> list[str]:
    return [f"{action}_{model}" for model, actions in CURATOR_PERMISSIONS.items() for action in actions]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations ran; create them
    # now so that a fresh database gets a complete group.
    app_config = apps.get_app_config("tracker")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Curator")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="tracker", codename__in=_codenames())
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name="Curator"):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="tracker", codename__in=_codenames())
        )


class Migration(migrations.Migration):
    dependencies = [
        ("tracker", "0002_reminder_schedule"),
        ("claims", "0002_curator_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
