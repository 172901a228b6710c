from django import forms

from .adressen import mailbaar_adres
from .models import LIJSTEN


class AdresVeld(forms.EmailField):
    """An e-mail address as the mailer will send it (see `adressen.py`); the value is the
    address in that form (lower case, the domain in ASCII)."""

    default_validators = []

    def to_python(self, value):
        value = super().to_python(value)
        return mailbaar_adres(value) if value else value


class LijstenVeld(forms.MultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.setdefault("choices", list(LIJSTEN.items()))
        kwargs.setdefault("label", "Wat wil je ontvangen?")
        super().__init__(**kwargs)


class InschrijvenForm(forms.Form):
    email = AdresVeld(
        label="Je e-mailadres",
        max_length=254,
        error_messages={
            "required": "Vul je e-mailadres in.",
            "invalid": "Dit is geen geldig e-mailadres. Controleer het, bv. naam@organisatie.be.",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    lijsten = LijstenVeld(
        initial=["nieuwsbrief"],
        error_messages={"required": "Kies minstens één mailing."},
    )


class BeherenForm(forms.Form):
    lijsten = LijstenVeld(required=False, label="Ik ontvang graag")
