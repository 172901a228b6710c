from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Gemeenschappelijk"

    def ready(self):
        from . import signals

        signals.verbind()
