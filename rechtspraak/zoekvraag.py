"""The question of a case-law search, read from the URL (`Zoekvraag.uit_parameters`): the
words, the chosen facet values, the period, the order and the page, every value checked;
what cannot be read is dropped with a message, never an error. And the answer an engine
gives to it (`Zoekantwoord`: the database's in search.py, Elasticsearch's in documents.py)."""

import datetime
import re
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

from django.db.models import Q

from core.parameters import geheel_getal, gehele_getallen
from kennisbank.models import HomePage, ThemaPagina
from zoeken.analyse import ontleed_query

from .models import Instantie, Soort, Taal, thema_pad

MAX_WAARDEN_PER_FACET = 20
MAX_QUERY = 500
FACETTEN = {
    "instantie": "Instantie",
    "jaar": "Jaar",
    "thema": "Thema",
    "soort": "Soort",
    "taal": "Taal",
}
SORTERINGEN = {
    "relevantie": "Meest relevant",
    "datum": "Nieuwste eerst",
    "oudste": "Oudste eerst",
}


@dataclass
class Zoekantwoord:
    """An engine's answer, before search.py turns it into what the views show."""

    aantal: int
    ids: list
    facetten: dict  # facet -> {internal value: count}
    markeringen: dict = field(default_factory=dict)  # id -> snippet html (Elasticsearch)


# --------------------------------------------------------------------------------------
# The question: parsed from the URL, every value checked
# --------------------------------------------------------------------------------------
@dataclass
class Zoekvraag:
    q: str = ""
    # facet -> {internal value: code in the URL}; internal: instantie/thema pk, jaar int,
    # soort/taal code
    gekozen: dict = field(default_factory=lambda: {naam: {} for naam in FACETTEN})
    sortering: str = ""
    pagina: int = 1
    meldingen: list = field(default_factory=list)
    # decision date from / up to and including (?van=2024-01-01&tot=2024-06-30): not a
    # facet, so it narrows the results and every facet's counts alike
    van: datetime.date | None = None
    tot: datetime.date | None = None

    @cached_property
    def query(self):
        """The analysed query (zoeken.analyse): stems, compound parts, synonyms."""
        return ontleed_query(self.q)

    @property
    def tokens(self):
        return self.query.tokens()

    @property
    def expressie(self):
        """All words must match; a word matches its stem, its compound parts or a synonym."""
        return self.query.expressie("and")

    @property
    def effectieve_sortering(self):
        if self.sortering in SORTERINGEN and (self.sortering != "relevantie" or self.tokens):
            return self.sortering
        return "relevantie" if self.tokens else "datum"

    def filters(self, behalve=None):
        return {
            naam: list(waarden)
            for naam, waarden in self.gekozen.items()
            if waarden and naam != behalve
        }

    @property
    def heeft_periode(self):
        return self.van is not None or self.tot is not None

    @property
    def heeft_filters(self):
        return any(self.gekozen.values()) or self.heeft_periode

    @property
    def aantal_gekozen(self):
        return sum(len(waarden) for waarden in self.gekozen.values())

    @property
    def periode_tekst(self):
        """ "van 1 januari 2024 tot en met 30 juni 2024", "vanaf ...", "tot en met ..." or ""."""
        from django.utils.formats import date_format

        van = date_format(self.van, "j F Y") if self.van else ""
        tot = date_format(self.tot, "j F Y") if self.tot else ""
        if van and tot:
            return f"van {van} tot en met {tot}"
        return f"vanaf {van}" if van else f"tot en met {tot}" if tot else ""

    @property
    def querystring_zonder_periode(self):
        return "&".join(
            urlencode([paar]) for paar in self.parameters() if paar[0] not in ("van", "tot")
        )

    def parameters(self, zonder_pagina=True):
        """The state as a list of (name, value), the order fixed so URLs are stable."""
        paren = []
        if self.q:
            paren.append(("q", self.q))
        for naam in FACETTEN:
            for code in self.gekozen[naam].values():
                paren.append((naam, str(code)))
        if self.van:
            paren.append(("van", self.van.isoformat()))
        if self.tot:
            paren.append(("tot", self.tot.isoformat()))
        if self.sortering and self.sortering in SORTERINGEN:
            paren.append(("sortering", self.sortering))
        if not zonder_pagina and self.pagina > 1:
            paren.append(("page", str(self.pagina)))
        return paren

    def querystring(self, zonder=None, met=None):
        """The current search with one facet value removed (zonder) or added (met), page 1.
        (Called for every facet value on the page: the pairs are encoded once.)"""
        if getattr(self, "_paren", None) is None:
            self._paren = [(paar, urlencode([paar])) for paar in self.parameters()]
        delen = [gecodeerd for paar, gecodeerd in self._paren if paar != zonder]
        if met and all(paar != met for paar, _ in self._paren):
            delen.append(urlencode([met]))
        return "&".join(delen)

    @classmethod
    def uit_parameters(cls, params):
        vraag = cls()
        q = _schoon(params.get("q", ""))
        vraag.q = q[:MAX_QUERY]
        if len(q) > MAX_QUERY:
            vraag.meldingen.append(
                f"Uw zoekopdracht was erg lang: alleen de eerste {MAX_QUERY} tekens zijn gebruikt."
            )
        vraag.sortering = (
            params.get("sortering", "") if params.get("sortering") in SORTERINGEN else ""
        )
        vraag.pagina = geheel_getal(params.get("page"), minimum=1, maximum=999_999, standaard=1)
        for naam in FACETTEN:
            waarden = [_schoon(w)[:200] for w in params.getlist(naam) if _schoon(w)]
            waarden = list(dict.fromkeys(waarden))[:MAX_WAARDEN_PER_FACET]
            if waarden:
                gevonden, onbekend = LEZERS[naam](waarden)
                vraag.gekozen[naam] = gevonden
                for waarde in onbekend:
                    vraag.meldingen.append(
                        f"{FACETTEN[naam]} '{waarde}' is onbekend; die filter is genegeerd."
                    )
        for naam in ("van", "tot"):
            ruw = str(params.get(naam) or "")
            if not ruw.strip():
                continue
            datum = lees_datum(ruw)
            if datum is None:
                vraag.meldingen.append(
                    f"'{_schoon(ruw)[:30]}' is geen datum als JJJJ-MM-DD; "
                    f"de grens '{naam}' is genegeerd."
                )
            setattr(vraag, naam, datum)
        if vraag.van and vraag.tot and vraag.van > vraag.tot:
            vraag.van, vraag.tot = vraag.tot, vraag.van
        return vraag


def lees_datum(tekst) -> datetime.date | None:
    """An ISO date as a form's date field sends it (2024-06-30); anything else is None."""
    tekst = str(tekst or "").strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", tekst, flags=re.ASCII):
        return None
    try:
        return datetime.date.fromisoformat(tekst)
    except ValueError:
        return None


def _schoon(tekst) -> str:
    """No NUL or control characters, trimmed."""
    return "".join(c for c in str(tekst or "") if c.isprintable()).strip()


def _lees_instanties(waarden):
    sleutels = {}
    for inst in Instantie.objects.all():
        for sleutel in (inst.code, inst.afkorting, inst.naam, str(inst.pk)):
            sleutels.setdefault(sleutel.lower(), inst)
    gevonden, onbekend = {}, []
    for waarde in waarden:
        inst = sleutels.get(waarde.lower())
        if inst:
            gevonden[inst.pk] = inst.code
        else:
            onbekend.append(waarde)
    return gevonden, onbekend


def _lees_jaren(waarden):
    gevonden, onbekend = {}, []
    for waarde in waarden:
        jaar = geheel_getal(waarde, minimum=1800, maximum=2200)
        if jaar is not None:
            gevonden[jaar] = str(jaar)
        else:
            onbekend.append(waarde)
    return gevonden, onbekend


def thema_basis():
    home = HomePage.objects.only("url_path").first()
    return home.url_path if home else "/home/"


def themas_voor(waarden):
    """ThemaPagina's by pad ("verblijf/gezinshereniging"), title or id: ({pk: page}, unknown)."""
    basis = thema_basis()
    paden = {basis + w.strip("/") + "/": w for w in waarden}
    ids = gehele_getallen(waarden, minimum=1)
    titels = [w.lower() for w in waarden]
    kandidaten = ThemaPagina.objects.filter(
        Q(url_path__in=list(paden)) | Q(pk__in=ids) | Q(title__in=waarden)
    ).only("pk", "title", "url_path")
    gevonden, onbekend = {}, []
    for waarde in waarden:
        treffer = None
        for thema in kandidaten:
            if (
                thema.url_path == basis + waarde.strip("/") + "/"
                or str(thema.pk) == waarde
                or thema.title.lower() == waarde.lower()
            ):
                treffer = thema
                break
        if treffer:
            gevonden[treffer.pk] = treffer
        else:
            onbekend.append(waarde)
    del titels
    return gevonden, onbekend


def _lees_themas(waarden):
    gevonden, onbekend = themas_voor(waarden)
    return {pk: thema_pad(thema) or str(pk) for pk, thema in gevonden.items()}, onbekend


def _keuze_lezer(choices):
    def lees(waarden):
        per_sleutel = {}
        for code, label in choices:
            per_sleutel[code.lower()] = code
            per_sleutel[str(label).lower()] = code
        gevonden, onbekend = {}, []
        for waarde in waarden:
            code = per_sleutel.get(waarde.lower())
            if code:
                gevonden[code] = code
            else:
                onbekend.append(waarde)
        return gevonden, onbekend

    return lees


LEZERS = {
    "instantie": _lees_instanties,
    "jaar": _lees_jaren,
    "thema": _lees_themas,
    "soort": _keuze_lezer(Soort.choices),
    "taal": _keuze_lezer(Taal.choices),
}
