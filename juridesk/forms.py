"""The form a jurist logs a question with, built for the keyboard: radio groups for
kanaal and lijn, selects with the browser's own type-ahead for the short lists, and text
inputs with a <datalist> for themes and nationality (type a few letters, pick with the
arrow keys; a unique beginning is accepted on its own, also without JavaScript).

Also the coordinators' form for a value of a list (`WaardeForm`) and the period of the
statistics (`PeriodeForm`): every form of juridesk lives here, the views only use them."""

import datetime

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.widgets import AdminPageChooser

from core.parameters import geheel_getal

from . import stats, tellingen
from .lijsten import (
    AFHANDELING,
    CATEGORIE,
    DOSSIER,
    ENKELVOUDIG,
    LIJSTEN,
    NATIONALITEIT,
    REGIO,
    SECTOR,
    THEMA,
    VERBLIJFSSITUATIE,
)
from .models import THEMAPAGINA_MODEL, ThemaKoppeling, Vraag, Waarde
from .paginas import OnbekendePagina, PaginaZoeker, themapaginas, weergave
from .waarden import OnbekendeWaarde, Zoeker

AANTAL_THEMAVELDEN = 3
AANTAL_PAGINAVELDEN = 2
PRIVACY_WAARSCHUWING = (
    "Noteer geen namen, adressen, geboortedata, rijksregister-, O.V.- of dossiernummers: "
    "de omschrijving dient alleen voor statistiek en expertise."
)
PRIVACY_ONTBREKEND = (
    "Noteer geen namen, adressen, geboortedata, rijksregister-, O.V.- of dossiernummers: "
    "alleen wat er op de site ontbrak."
)


class DatalistInput(forms.TextInput):
    """A text input with its own <datalist> of suggestions."""

    template_name = "juridesk/widgets/datalist.html"

    def __init__(self, opties=(), attrs=None):
        super().__init__(attrs={"autocomplete": "off", **(attrs or {})})
        self.opties = list(opties)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        lijst_id = f"{context['widget']['attrs'].get('id', name)}-opties"
        context["widget"]["attrs"]["list"] = lijst_id
        context["widget"]["lijst_id"] = lijst_id
        context["widget"]["opties"] = self.opties
        return context


class WaardeKeuze(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.label if obj.actief else f"{obj.label} (niet meer in gebruik)"


def _keuzes(lijst, huidige=None):
    """Active values, plus the one the question already has (even if retired)."""
    filter_ = Q(actief=True)
    if huidige:
        filter_ |= Q(pk=huidige)
    return Waarde.objects.filter(filter_, lijst=lijst).order_by("volgorde", "label")


def _keuze(label, lijst=None):
    """A field for one value of a list (its choices are set per form, in __init__): a
    select with the list's own "not filled in" label, or radio buttons without a blank
    (kanaal and lijn, which are remembered per jurist)."""
    if lijst is None:
        return WaardeKeuze(
            Waarde.objects.none(),
            label=label,
            required=False,
            widget=forms.RadioSelect,
            empty_label=None,
        )
    return WaardeKeuze(
        Waarde.objects.none(),
        label=label,
        required=False,
        empty_label=LIJSTEN[lijst].leeg_label,
    )


class VraagForm(forms.ModelForm):
    datum = forms.DateTimeField(
        label="Datum en uur",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d-%m-%Y %H:%M"],
    )
    kanaal = _keuze("Kanaal")
    lijn = _keuze("Lijn")
    regio = _keuze("Regio van vraagsteller", REGIO)
    categorie = _keuze("Categorie vraagsteller", CATEGORIE)
    sector = _keuze("Sector", SECTOR)
    verblijfssituatie = _keuze("Verblijfssituatie", VERBLIJFSSITUATIE)
    dossier = _keuze("Dossier", DOSSIER)
    afhandeling = _keuze("Afhandeling", AFHANDELING)
    nationaliteit_tekst = forms.CharField(
        label="Nationaliteit",
        required=False,
        help_text="Typ de eerste letters van het land en kies uit de lijst.",
    )

    class Meta:
        model = Vraag
        fields = [
            "kanaal",
            "lijn",
            "regio",
            "categorie",
            "sector",
            "verblijfssituatie",
            "dossier",
            "afhandeling",
            "duur",
            "beschrijving",
            "niet_beantwoord",
            "ontbrekend",
            "datum",
        ]
        widgets = {
            "ontbrekend": forms.Textarea(attrs={"rows": 2, "maxlength": 500}),
            "beschrijving": forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
            "duur": forms.NumberInput(attrs={"min": 0, "max": 600, "inputmode": "numeric"}),
        }

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        vraag = self.instance
        # Declared on the class (not generated from the model): Django would otherwise apply
        # the model's limit_choices_to to every one of them on each request.
        for naam in ENKELVOUDIG:
            if naam == NATIONALITEIT:  # a type-ahead text field, see clean_nationaliteit_tekst
                continue
            self.fields[naam].queryset = _keuzes(naam, getattr(vraag, f"{naam}_id"))
        self.fields["beschrijving"].help_text = PRIVACY_WAARSCHUWING
        self.fields["regio"].widget.attrs["autofocus"] = True

        huidige_themas = list(vraag.themas.select_related("parent")) if vraag.pk else []
        self.thema_zoeker = Zoeker(THEMA, alleen_actief=True)
        thema_opties = self.thema_zoeker.weergaven()
        # Show the most specific themes: a top theme only when none of its subs is chosen.
        gekozen_hoofd = {t.parent_id for t in huidige_themas if t.parent_id}
        getoond = [t for t in huidige_themas if t.parent_id or t.pk not in gekozen_hoofd]
        for i in range(1, AANTAL_THEMAVELDEN + 1):
            self.fields[f"thema_{i}"] = forms.CharField(
                label=f"Thema {i}",
                required=False,
                widget=DatalistInput(thema_opties),
                help_text="Typ een deel van het thema en kies uit de lijst." if i == 1 else "",
            )
            if len(getoond) >= i:
                self.initial[f"thema_{i}"] = str(getoond[i - 1])
        self.land_zoeker = Zoeker(NATIONALITEIT, alleen_actief=True)
        self.fields["nationaliteit_tekst"].widget = DatalistInput(self.land_zoeker.weergaven())
        if vraag.nationaliteit_id:
            self.initial["nationaliteit_tekst"] = vraag.nationaliteit.label
        self._pagina_velden(vraag)
        if not vraag.pk and not self.is_bound:
            self.initial.setdefault("datum", timezone.localtime().replace(second=0, microsecond=0))
        self.order_fields(
            [
                "kanaal",
                "lijn",
                "regio",
                "categorie",
                "sector",
                *(f"thema_{i}" for i in range(1, AANTAL_THEMAVELDEN + 1)),
                "verblijfssituatie",
                "nationaliteit_tekst",
                "dossier",
                "afhandeling",
                "duur",
                "beschrijving",
                *(f"pagina_{i}" for i in range(1, AANTAL_PAGINAVELDEN + 1)),
                "niet_beantwoord",
                "ontbrekend",
                "datum",
            ]
        )

    def _pagina_velden(self, vraag):
        """The pages the caller was referred to: text inputs with the theme pages as a
        <datalist>; the logging screen's script turns them into comboboxes that suggest the
        pages linked to the chosen themes and what the site search finds for the
        description."""
        self.fields["ontbrekend"].help_text = PRIVACY_ONTBREKEND
        opties = [
            weergave(titel, pad)
            for titel, pad in sorted(
                (titel, self.pagina_zoeker.pad(url_path))
                for titel, url_path in themapaginas().values_list("title", "url_path")
            )
        ]
        huidige = list(vraag.paginas.order_by("title")) if vraag.pk else []
        for i in range(1, AANTAL_PAGINAVELDEN + 1):
            self.fields[f"pagina_{i}"] = forms.CharField(
                label=f"Doorverwezen naar pagina {i}",
                required=False,
                max_length=300,
                widget=DatalistInput(opties, attrs={"data-pagina": "ja"}),
                help_text=(
                    "Pijl omlaag toont de pagina's bij de gekozen thema's en wat de site vindt "
                    "voor de omschrijving; of typ een deel van de titel."
                    if i == 1
                    else ""
                ),
            )
            if len(huidige) >= i:
                pagina = huidige[i - 1]
                self.initial[f"pagina_{i}"] = weergave(
                    pagina.title, self.pagina_zoeker.pad(pagina.url_path)
                )

    @cached_property
    def pagina_zoeker(self):
        return PaginaZoeker()

    def koppelingen(self):
        """{theme as the theme fields show it: [page as the page fields show it]}, for the
        script's suggestions."""
        labels = {optie.pk: str(optie) for optie in self.thema_zoeker.opties}
        per_thema = {}
        rijen = ThemaKoppeling.objects.filter(pagina__live=True, thema__actief=True)
        for thema_id, titel, url_path in rijen.order_by("pagina__title").values_list(
            "thema_id", "pagina__title", "pagina__url_path"
        ):
            if thema_id in labels:
                per_thema.setdefault(labels[thema_id], []).append(
                    weergave(titel, self.pagina_zoeker.pad(url_path))
                )
        return per_thema

    def full_clean(self):
        super().full_clean()
        if not self._errors:
            return
        # After an error the cursor goes to the first field in error (in screen order),
        # instead of the region where a new question starts.
        for naam, veld in self.fields.items():
            if naam in self._errors:
                self.fields["regio"].widget.attrs.pop("autofocus", None)
                veld.widget.attrs["autofocus"] = True
                break

    def clean_nationaliteit_tekst(self):
        tekst = self.cleaned_data["nationaliteit_tekst"]
        huidig = self.instance.nationaliteit if self.instance.nationaliteit_id else None
        if huidig and tekst.strip() == huidig.label:
            return huidig  # also when the country was retired meanwhile
        try:
            return self.land_zoeker.vind(tekst, prefix=True)
        except OnbekendeWaarde as fout:
            raise forms.ValidationError(
                f"Onbekend land: {fout} Kies een land uit de lijst."
            ) from None

    def clean(self):
        cleaned = super().clean()
        themas = []
        huidige = {str(t): t for t in self.instance.themas.all()} if self.instance.pk else {}
        for i in range(1, AANTAL_THEMAVELDEN + 1):
            tekst = cleaned.get(f"thema_{i}", "")
            if not tekst:
                continue
            if tekst in huidige:
                themas.append(huidige[tekst])
                continue
            try:
                themas.append(self.thema_zoeker.vind(tekst, prefix=True))
            except OnbekendeWaarde as fout:
                self.add_error(f"thema_{i}", f"Onbekend thema: {fout} Kies een thema uit de lijst.")
        cleaned["themas"] = themas
        paginas = []
        for i in range(1, AANTAL_PAGINAVELDEN + 1):
            try:
                pagina = self.pagina_zoeker.vind(cleaned.get(f"pagina_{i}", ""), prefix=True)
            except OnbekendePagina as fout:
                self.add_error(
                    f"pagina_{i}", f"Onbekende pagina: {fout} Kies een pagina uit de lijst."
                )
                continue
            if pagina and pagina not in paginas:
                paginas.append(pagina)
        cleaned["paginas"] = paginas
        if not cleaned.get("niet_beantwoord") and cleaned.get("ontbrekend", "").strip():
            self.add_error(
                "niet_beantwoord",
                "U noteerde wat er ontbrak: vink dan ook 'niet (goed) beantwoord' aan, of "
                "maak de notitie leeg.",
            )
        return cleaned

    def save(self, commit=True):
        vraag = super().save(commit=False)
        vraag.nationaliteit = self.cleaned_data.get("nationaliteit_tekst")
        if commit:
            tellingen.bewaar(
                vraag, self.cleaned_data.get("themas", []), self.cleaned_data.get("paginas", [])
            )
        return vraag


# --- Lists --------------------------------------------------------------------------


class WaardeForm(forms.ModelForm):
    class Meta:
        model = Waarde
        fields = ["lijst", "label", "code", "volgorde", "actief", "parent"]


class ThemaKeuze(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return str(obj) if obj.actief else f"{obj} (niet meer in gebruik)"


class ThemaKoppelingForm(forms.ModelForm):
    """A juridesk theme and the theme page that answers it. The chooser offers only theme
    pages, named by string: juridesk imports no other app."""

    thema = ThemaKeuze(
        Waarde.objects.filter(lijst=THEMA).select_related("parent").order_by("volgorde", "label"),
        label="Juridesk-thema",
        help_text="Een hoofdthema of een subthema van de juridesk-lijst.",
    )

    class Meta:
        model = ThemaKoppeling
        fields = ["thema", "pagina"]
        widgets = {"pagina": AdminPageChooser(target_models=[THEMAPAGINA_MODEL])}
        help_texts = {"pagina": "De themapagina van de site die vragen over dit thema beantwoordt."}


# --- Statistics --------------------------------------------------------------------

DELEN = [
    ("jaar", "Heel het jaar"),
    ("h1", "Eerste jaarhelft"),
    ("h2", "Tweede jaarhelft"),
    ("q1", "Eerste kwartaal"),
    ("q2", "Tweede kwartaal"),
    ("q3", "Derde kwartaal"),
    ("q4", "Vierde kwartaal"),
]


# The statistics read the daily counts of these years; a date outside is a typing error
# (and 0001-01-01 or 9999-12-31 would overflow the date arithmetic).
EERSTE_DAG = datetime.date(2000, 1, 1)
LAATSTE_DAG = datetime.date(2100, 12, 31)


class DatumVeld(forms.DateField):
    """A date typed as people type it (31-12-2024, 31/12/2024, 2024-12-31), within the
    years the statistics cover. A text field, not type=date: a browser sends an empty
    value for a date it cannot read, and the period then silently became another one."""

    widget = forms.TextInput(attrs={"inputmode": "numeric", "placeholder": "dd-mm-jjjj"})
    input_formats = ["%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"]
    default_error_messages = {"invalid": "Geen geldige datum: typ ze als dd-mm-jjjj."}

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("localize", False)
        super().__init__(**kwargs)
        self.widget.format = "%d-%m-%Y"

    def to_python(self, value):
        if isinstance(value, str) and len(value) > 40:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return super().to_python(value)

    def validate(self, value):
        super().validate(value)
        if value and not EERSTE_DAG <= value <= LAATSTE_DAG:
            raise forms.ValidationError(
                f"Kies een datum tussen {EERSTE_DAG:%d-%m-%Y} en {LAATSTE_DAG:%d-%m-%Y}.",
                code="buiten_bereik",
            )


class PeriodeForm(forms.Form):
    jaar = forms.IntegerField(
        label="Jaar",
        min_value=EERSTE_DAG.year,
        max_value=LAATSTE_DAG.year,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "size": 4}),
    )
    deel = forms.ChoiceField(label="Deel van het jaar", choices=DELEN, required=False)
    van = DatumVeld(label="Of een eigen periode: van")
    tot = DatumVeld(label="tot en met")
    vergelijk_van = DatumVeld(
        label="Vergelijken met: van", help_text="Leeg: dezelfde periode een jaar eerder."
    )
    vergelijk_tot = DatumVeld(label="tot en met")

    def clean_jaar(self):
        # core.parameters' rule: ASCII digits within the range, nothing else
        waarde = self.data.get("jaar", "")
        if (
            waarde
            and geheel_getal(waarde, minimum=EERSTE_DAG.year, maximum=LAATSTE_DAG.year) is None
        ):
            raise forms.ValidationError(
                f"Geef een jaar tussen {EERSTE_DAG.year} en {LAATSTE_DAG.year}."
            )
        return self.cleaned_data.get("jaar")

    def clean(self):
        data = super().clean()
        if self.errors:
            return data  # each bad field says what is wrong; no guess at a period
        if bool(data.get("van")) != bool(data.get("tot")):
            raise forms.ValidationError("Vul voor een eigen periode zowel 'van' als 'tot' in.")
        if bool(data.get("vergelijk_van")) != bool(data.get("vergelijk_tot")):
            raise forms.ValidationError(
                "Vul voor de vergelijking zowel 'van' als 'tot en met' in, of laat beide leeg."
            )
        try:
            data["periode"], data["vergelijking"] = self.perioden(data)
        except stats.PeriodeFout as fout:
            raise forms.ValidationError(str(fout)) from None
        return data

    @staticmethod
    def perioden(data):
        if data.get("van"):
            periode = stats.Periode(data["van"], data["tot"])
        else:
            jaar = data.get("jaar") or timezone.localdate().year - 1
            deel = data.get("deel") or "jaar"
            if deel == "jaar":
                periode = stats.Periode.jaar(jaar)
            elif deel.startswith("h"):
                periode = stats.Periode.halfjaar(jaar, int(deel[1]))
            else:
                periode = stats.Periode.kwartaal(jaar, int(deel[1]))
        vergelijking = None
        if data.get("vergelijk_van"):
            vergelijking = stats.Periode(data["vergelijk_van"], data["vergelijk_tot"])
        return periode, vergelijking or stats.standaard_vergelijking(periode)
