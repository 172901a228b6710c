from django.apps import AppConfig


class RechtspraakConfig(AppConfig):
    name = "rechtspraak"
    verbose_name = "Rechtspraak"

    def ready(self):
        from zoeken.registratie import registreer_bron
        from zoeken.search import registreer_directe_zoeker

        from . import indexering  # (its signal handlers keep the site index in step)
        from .search import directe_url

        # judgments in the site search, rebuilt with it (zoekindex_bijwerken)
        registreer_bron(indexering.UITSPRAAK, indexering.BRON, indexering.site_documenten)

        # "RvV 301 234" or an ECLI in the header's search box opens the judgment, as in
        # the case-law search box (the site search does not import rechtspraak)
        registreer_directe_zoeker(directe_url)
