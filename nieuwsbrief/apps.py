from django.apps import AppConfig


class NieuwsbriefConfig(AppConfig):
    name = "nieuwsbrief"
    verbose_name = "Nieuwsbrief"

    def ready(self):
        # checks registers the DKIM key check; meldingmail the digest's message template
        from . import checks, meldingmail  # noqa: F401
