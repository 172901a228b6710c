from django.apps import AppConfig


class JaarverslagConfig(AppConfig):
    name = "jaarverslag"
    verbose_name = "Jaarverslag"
    default_auto_field = "django.db.models.BigAutoField"
