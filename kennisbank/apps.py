from django.apps import AppConfig


class KennisbankConfig(AppConfig):
    name = "kennisbank"
    verbose_name = "Kennisbank"

    def ready(self):
        from .zoeken import signals  # noqa: F401  (connects the search index handlers)
