"""The "Curator" group: curators enter, edit and resolve claims in the admin."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CURATOR_PERMISSIONS = {
    "claims": {
        "speaker": ["add", "change", "view"],
        "source": ["add", "change", "view"],
        "sourceparticipant": ["add", "change", "delete", "view"],
        "topic": ["add", "change", "view"],
        "claim": ["add", "change", "view"],
        "resolution": ["add", "change", "view"],
        "evidence": ["add", "change", "delete", "view"],
    },
}


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations ran; create them
    # now so that a fresh database gets a complete group.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Curator")
    for app_label, models in CURATOR_PERMISSIONS.items():
        for model, actions in models.items():
            codenames = [f"{action}_{model}" for action in actions]
            group.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label=app_label, codename__in=codenames
                )
            )


def revoke(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Curator").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
