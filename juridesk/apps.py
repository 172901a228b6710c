from django.apps import AppConfig


class JurideskConfig(AppConfig):
    name = "juridesk"
    verbose_name = "Juridesk"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The owner of the day and month counts listens to the questions' signals.
        from . import tellingen  # noqa: F401
