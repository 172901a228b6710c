from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Gemeenschappelijk"

    def ready(self):
        from . import checks, signals  # noqa: F401 (checks registers itself)

        signals.verbind()

        from .csvbestand import neutraliseer_wagtail_exports

        neutraliseer_wagtail_exports()
