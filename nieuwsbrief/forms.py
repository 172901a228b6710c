from django import forms

from .adressen import mailbaar_adres
from .lijsten import MAILINGS
from .models import LIJSTEN
from .rechtspraak import normaliseer_zoekopdracht
from .volgen import FREQUENTIES
from .volgmodellen import zoekopdracht_label


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
        choices=list(MAILINGS.items()),
        initial=["nieuwsbrief"],
        error_messages={"required": "Kies minstens één mailing."},
    )


class BeherenForm(forms.Form):
    lijsten = LijstenVeld(required=False, label="Ik ontvang graag")


class ThemaKeuze(forms.ModelMultipleChoiceField):
    """Theme pages in their tree order, a sub-theme indented under its theme."""

    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj):
        return obj.title

    def diepte(self, obj):
        return max(0, obj.depth - 3)


class VolgKeuzeForm(forms.Form):
    """What to follow and how often. `keuzes()`: the choices as [soort, waarde] pairs."""

    themas = ThemaKeuze(queryset=None, required=False, label="Thema's")
    dossiers = forms.ModelMultipleChoiceField(
        queryset=None, required=False, label="Dossiers", widget=forms.CheckboxSelectMultiple
    )
    instanties = forms.ModelMultipleChoiceField(
        queryset=None,
        required=False,
        label="Rechtspraak van een instantie",
        widget=forms.CheckboxSelectMultiple,
    )
    rechtspraak = forms.BooleanField(required=False, label="Alle nieuwe rechtspraak")
    zoekopdrachten = forms.MultipleChoiceField(
        required=False,
        label="Zoekopdrachten in de rechtspraak",
        widget=forms.CheckboxSelectMultiple,
    )
    frequentie = forms.ChoiceField(
        choices=list(FREQUENTIES.items()),
        initial="week",
        widget=forms.RadioSelect,
        label="Hoe vaak wil je een mail?",
        error_messages={"required": "Kies dagelijks of wekelijks."},
    )
    minstens_een = True

    def __init__(self, *args, zoekopdrachten=(), **kwargs):
        from kennisbank.models import DossierPagina, ThemaPagina
        from rechtspraak.models import Instantie

        super().__init__(*args, **kwargs)
        self.fields["themas"].queryset = (
            ThemaPagina.objects.live().public().order_by("path").only("pk", "title", "depth")
        )
        self.fields["dossiers"].queryset = (
            DossierPagina.objects.live().public().order_by("title").only("pk", "title")
        )
        self.fields["instanties"].queryset = Instantie.objects.all()
        # The saved searches she follows, the one she came from, and the ones posted back.
        gevraagd = list(zoekopdrachten) + (self.data.getlist("zoekopdrachten") if self.data else [])
        genormaliseerd = dict.fromkeys(normaliseer_zoekopdracht(z) for z in gevraagd)
        self.fields["zoekopdrachten"].choices = [(z, zoekopdracht_label(z)) for z in genormaliseerd]

    def thema_keuzes(self):
        """(bound checkbox, depth) per theme page, for the indented list."""
        veld = self["themas"]
        dieptes = [self.fields["themas"].diepte(t) for t in self.fields["themas"].queryset]
        return list(zip(veld, dieptes, strict=False))

    def clean(self):
        data = super().clean()
        if self.minstens_een and not self.errors and not self.keuzes():
            raise forms.ValidationError(
                "Kies minstens één thema, dossier, instantie of zoekopdracht om te volgen."
            )
        return data

    def keuzes(self):
        data = self.cleaned_data
        keuzes = [["thema", t.pk] for t in data.get("themas") or []]
        keuzes += [["dossier", d.pk] for d in data.get("dossiers") or []]
        keuzes += [["instantie", i.pk] for i in data.get("instanties") or []]
        keuzes += [["zoekopdracht", z] for z in data.get("zoekopdrachten") or []]
        if data.get("rechtspraak"):
            keuzes.append(["rechtspraak", ""])
        return keuzes


class VolgenForm(VolgKeuzeForm):
    email = AdresVeld(
        label="Je e-mailadres",
        max_length=254,
        error_messages=InschrijvenForm.base_fields["email"].error_messages,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class VolgenBeherenForm(VolgKeuzeForm):
    minstens_een = False  # nothing checked: she follows nothing any more
