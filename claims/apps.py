from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "The record"

    def ready(self) -> None:
        from claims.change_counter import ensure_counter_triggers

        post_migrate.connect(ensure_counter_triggers, sender=self)
