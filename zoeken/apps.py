from django.apps import AppConfig


class ZoekenConfig(AppConfig):
    name = "zoeken"
    verbose_name = "Zoeken"

    def ready(self):
        from . import signals  # noqa: F401  (connects the search index handlers)
