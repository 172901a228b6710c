from django.apps import AppConfig


class RechtspraakConfig(AppConfig):
    name = "rechtspraak"
    verbose_name = "Rechtspraak"
