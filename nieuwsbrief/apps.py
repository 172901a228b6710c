from django.apps import AppConfig


class NieuwsbriefConfig(AppConfig):
    name = "nieuwsbrief"
    verbose_name = "Nieuwsbrief"

    def ready(self):
        from . import checks  # noqa: F401 (registers the DKIM key check)
