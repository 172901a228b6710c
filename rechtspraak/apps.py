from django.apps import AppConfig


class RechtspraakConfig(AppConfig):
    name = "rechtspraak"
    verbose_name = "Rechtspraak"

    def ready(self):
        from zoeken.search import registreer_directe_zoeker

        from . import indexering  # noqa: F401  (signal handlers)
        from .search import directe_url

        # "RvV 301 234" or an ECLI in the header's search box opens the judgment, as in
        # the case-law search box (the site search does not import rechtspraak)
        registreer_directe_zoeker(directe_url)
