from django.apps import AppConfig


class JurideskConfig(AppConfig):
    name = "juridesk"
    verbose_name = "Juridesk"
