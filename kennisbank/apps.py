from django.apps import AppConfig


class KennisbankConfig(AppConfig):
    name = "kennisbank"
    verbose_name = "Kennisbank"

    def ready(self):
        from zoeken.paginas import registreer_paginatype

        from . import models

        # what the site search finds of the kennisbank (models.py: the kinds and each page
        # type's zoekvelden); in this order the filters of /zoeken/
        registreer_paginatype(models.ThemaPagina, models.THEMA)
        registreer_paginatype(models.NieuwsPagina, models.NIEUWS)
        registreer_paginatype(models.DossierPagina, models.DOSSIER)
        registreer_paginatype(models.BegripPagina, models.BEGRIP)
        registreer_paginatype(models.JurideskPagina, models.THEMA)
