from django.apps import AppConfig


class RechtspraakConfig(AppConfig):
    name = "rechtspraak"
    verbose_name = "Rechtspraak"

    def ready(self):
        from . import indexering  # noqa: F401  (signal handlers)
