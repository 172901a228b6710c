from django.apps import AppConfig


class JurideskConfig(AppConfig):
    name = "juridesk"
    verbose_name = "Juridesk"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete

        from .models import Vraag

        post_delete.connect(_vraag_verwijderd, sender=Vraag, dispatch_uid="juridesk_tellingen")


def _vraag_verwijderd(sender, instance, **kwargs):
    from .tellingen import herbereken_dagen

    herbereken_dagen({instance.dag})
