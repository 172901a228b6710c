from django.apps import AppConfig


class InhoudsopvolgingConfig(AppConfig):
    name = "inhoudsopvolging"
    verbose_name = "Inhoudsopvolging"
