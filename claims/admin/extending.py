"""How another app adds to the record's admin pages without copying them.

An app that wants more on a claim's or speaker's page (reminders, track records)
subclasses the registered admin and hands the subclass to ``extend``, which
checks that it really extends what is registered, so no behaviour of the record's
admin is dropped by accident, and replaces the registration.
"""

from django.contrib import admin
from django.db import models


def extend(
    model: type[models.Model],
    admin_class: type[admin.ModelAdmin],
    *,
    site: admin.AdminSite = admin.site,
) -> admin.ModelAdmin:
    """Register ``admin_class`` for ``model`` in place of the admin it extends.

    ``admin_class`` must be a subclass of the admin class registered for ``model``
    on ``site`` (its own or an earlier extension's). Returns the new admin instance.

    Raises ``django.contrib.admin.exceptions.NotRegistered`` when nothing is
    registered for ``model``, and ``TypeError`` when ``admin_class`` does not
    extend the registered admin.
    """
    current = site.get_model_admin(model)
    if not issubclass(admin_class, type(current)):
        raise TypeError(
            f"{admin_class.__qualname__} does not extend {type(current).__qualname__}, "
            f"the admin registered for {model._meta.label}."
        )
    site.unregister(model)
    site.register(model, admin_class)
    return site.get_model_admin(model)
