"""Reading and checking an import file (the format: kennisbank/importer.py) into a Plan: every
line checked, missing parents and references resolved, before anything is written."""

import datetime
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import validate_unicode_slug
from wagtail.models import Page

from core.importing import ImportFout, lees_jsonl, tel_regels, voortgang

from .models import DossierIndexPagina, HomePage, LexiconPagina, NieuwsIndexPagina, ThemaPagina
from .omzetting import TYPE_VAN_KLASSE, TYPES, html_naar_blokken, rich_text

SECTIES = {"nieuws": NieuwsIndexPagina, "dossier": DossierIndexPagina, "begrip": LexiconPagina}
TYPE_LABEL = {
    "thema": "themapagina",
    "nieuws": "nieuwspagina",
    "dossier": "dossier",
    "begrip": "begrip",
}

GEMEENSCHAPPELIJK = {"type", "pad", "titel", "samenvatting", "inhoud_html"}
VELDEN = {
    "thema": GEMEENSCHAPPELIJK | {"bijgewerkt", "wat_gewijzigd", "themas", "begrippen"},
    "nieuws": GEMEENSCHAPPELIJK | {"datum", "themas", "bijgewerkt"},
    "dossier": GEMEENSCHAPPELIJK | {"themas", "nieuws", "actueel", "wijzigingen", "bijgewerkt"},
    "begrip": GEMEENSCHAPPELIJK | {"bijgewerkt"},
}
# reference key in the file -> (model field, type of the pages it names)
VERWIJZINGEN = {
    "thema": {"themas": ("gerelateerde_themas", "thema"), "begrippen": ("begrippen", "begrip")},
    "nieuws": {"themas": ("themas", "thema")},
    "dossier": {"themas": ("themas", "thema"), "nieuws": ("nieuws", "nieuws")},
    "begrip": {},
}
DATUM_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class Regel:
    nummer: int
    type: str
    pad: str
    titel: str
    velden: dict
    verwijzingen: dict = field(default_factory=dict)  # model field -> list of pads
    automatisch: bool = False  # a missing parent made by the import


def _datum(waarde, naam, nummer, verplicht=False):
    if waarde in (None, ""):
        if verplicht:
            raise ImportFout(nummer, f"'{naam}' ontbreekt")
        return None
    if not isinstance(waarde, str) or not DATUM_RE.match(waarde):
        raise ImportFout(nummer, f"'{naam}' moet een datum JJJJ-MM-DD zijn, niet {waarde!r}")
    try:
        return datetime.date.fromisoformat(waarde)
    except ValueError:
        raise ImportFout(nummer, f"'{naam}' is geen bestaande datum: {waarde!r}") from None


def _tekstveld(obj, naam, nummer):
    waarde = obj.get(naam)
    if waarde is None:
        return ""
    if not isinstance(waarde, str):
        raise ImportFout(nummer, f"'{naam}' moet tekst zijn")
    return waarde.strip()


def _padlijst(obj, naam, nummer):
    waarde = obj.get(naam)
    if waarde in (None, ""):
        return []
    if not isinstance(waarde, list) or not all(isinstance(p, str) for p in waarde):
        raise ImportFout(nummer, f"'{naam}' moet een lijst van paden zijn")
    return list(dict.fromkeys(p.strip().strip("/") for p in waarde if p.strip().strip("/")))


def _controleer_pad(pad, nummer):
    if not isinstance(pad, str) or not pad.strip().strip("/"):
        raise ImportFout(nummer, "'pad' ontbreekt")
    pad = pad.strip().strip("/")
    for deel in pad.split("/"):
        try:
            validate_unicode_slug(deel)
        except ValidationError:
            raise ImportFout(
                nummer,
                f"ongeldig pad {pad!r}: '{deel}' mag alleen kleine letters, cijfers en "
                "koppeltekens bevatten",
            ) from None
        if deel != deel.lower():
            raise ImportFout(nummer, f"ongeldig pad {pad!r}: gebruik kleine letters")
    return pad


def titel_uit_slug(slug):
    woorden = slug.replace("-", " ").replace("_", " ").strip()
    return woorden[:1].upper() + woorden[1:]


def lees_regel(nummer, obj, secties):
    """Check one line and turn it into a Regel (raises ImportFout with the line number)."""
    soort = obj.get("type")
    if soort not in TYPES:
        raise ImportFout(
            nummer,
            f"onbekend type {soort!r} (kies uit {', '.join(repr(t) for t in TYPES)})",
        )
    onbekend = sorted(set(obj) - VELDEN[soort])
    if onbekend:
        raise ImportFout(
            nummer, f"onbekend veld {', '.join(repr(k) for k in onbekend)} voor type {soort!r}"
        )
    pad = _controleer_pad(obj.get("pad"), nummer)
    titel = _tekstveld(obj, "titel", nummer)
    if not titel:
        raise ImportFout(nummer, "'titel' ontbreekt")
    if len(titel) > 255:
        raise ImportFout(nummer, "'titel' is langer dan 255 tekens")
    samenvatting = _tekstveld(obj, "samenvatting", nummer)
    inhoud = _tekstveld(obj, "inhoud_html", nummer)
    bijgewerkt = _datum(obj.get("bijgewerkt"), "bijgewerkt", nummer)

    if soort != "thema":
        sectie = secties.get(soort)
        if sectie is None:
            raise ImportFout(
                nummer, f"er is geen {SECTIES[soort]._meta.verbose_name} onder de startpagina"
            )
        delen = pad.split("/")
        if len(delen) != 2 or delen[0] != sectie:
            raise ImportFout(
                nummer,
                f"het pad van een {TYPE_LABEL[soort]} moet '{sectie}/<slug>' zijn, niet {pad!r}",
            )

    try:
        body = html_naar_blokken(inhoud) if soort != "begrip" else None
    except ValueError as exc:
        raise ImportFout(nummer, f"'inhoud_html': {exc}") from None

    velden = {"title": titel}
    if soort == "thema":
        wat_gewijzigd = _tekstveld(obj, "wat_gewijzigd", nummer)
        if len(wat_gewijzigd) > 300:
            raise ImportFout(nummer, "'wat_gewijzigd' is langer dan 300 tekens")
        velden.update(
            samenvatting=samenvatting,
            laatst_bijgewerkt=bijgewerkt,
            wat_gewijzigd=wat_gewijzigd,
            body=body,
        )
    elif soort == "nieuws":
        velden.update(
            datum=_datum(obj.get("datum"), "datum", nummer, verplicht=True),
            samenvatting=samenvatting,
            body=body,
        )
    elif soort == "dossier":
        actueel = obj.get("actueel", True)
        if not isinstance(actueel, bool):
            raise ImportFout(nummer, "'actueel' moet true of false zijn")
        wijzigingen = obj.get("wijzigingen") or []
        if not isinstance(wijzigingen, list):
            raise ImportFout(nummer, "'wijzigingen' moet een lijst zijn")
        stroom = []
        for i, w in enumerate(wijzigingen, start=1):
            if not isinstance(w, dict) or set(w) - {"datum", "tekst_html"}:
                raise ImportFout(
                    nummer, f'wijziging {i}: verwacht {{"datum": ..., "tekst_html": ...}}'
                )
            datum = _datum(w.get("datum"), f"wijziging {i}: datum", nummer, verplicht=True)
            tekst = rich_text(w.get("tekst_html") or "")
            if not tekst:
                raise ImportFout(nummer, f"wijziging {i}: 'tekst_html' ontbreekt")
            stroom.append(
                {"type": "wijziging", "value": {"datum": datum.isoformat(), "tekst": tekst}}
            )
        in_het_kort = rich_text(samenvatting if "<" in samenvatting else _alinea(samenvatting))
        velden.update(in_het_kort=in_het_kort, actueel=actueel, wijzigingen=stroom, body=body)
    else:
        definitie = rich_text(inhoud) if inhoud else rich_text(_alinea(samenvatting))
        if not definitie:
            raise ImportFout(
                nummer, "een begrip heeft een definitie nodig ('inhoud_html' of 'samenvatting')"
            )
        velden.update(definitie=definitie)

    verwijzingen = {}
    for sleutel, (modelveld, _doeltype) in VERWIJZINGEN[soort].items():
        verwijzingen[modelveld] = _padlijst(obj, sleutel, nummer)
    return Regel(nummer, soort, pad, titel, velden, verwijzingen)


def _alinea(tekst):
    return f"<p>{html.escape(tekst)}</p>" if tekst else ""


@dataclass
class Bestaand:
    pk: int
    klasse: type
    live: bool


class Plan:
    """Everything the import will do, computed (and checked) before anything is written."""

    def __init__(self):
        self.home = HomePage.objects.get()
        self.home_url_path = self.home.url_path
        self.bestaand = {}  # pad -> Bestaand
        rows = Page.objects.filter(path__startswith=self.home.path, depth__gt=self.home.depth)
        from django.contrib.contenttypes.models import ContentType

        for pk, url_path, ct_id, live in rows.values_list(
            "pk", "url_path", "content_type_id", "live"
        ):
            klasse = ContentType.objects.get_for_id(ct_id).model_class()
            self.bestaand[self.pad_van(url_path)] = Bestaand(pk, klasse, live)
        self.secties = {}
        for soort, klasse in SECTIES.items():
            sectie = klasse.objects.child_of(self.home).first()
            if sectie is not None:
                self.secties[soort] = self.pad_van(sectie.url_path)
        self.regels = []  # file order
        self.per_pad = {}

    def pad_van(self, url_path):
        return url_path[len(self.home_url_path) :].strip("/")

    def voeg_toe(self, regel):
        eerder = self.per_pad.get(regel.pad)
        if eerder is not None:
            raise ImportFout(
                regel.nummer, f"pad {regel.pad!r} staat ook al op regel {eerder.nummer}"
            )
        bestaand = self.bestaand.get(regel.pad)
        if bestaand is not None and bestaand.klasse is not TYPES[regel.type]:
            raise ImportFout(
                regel.nummer,
                f"pad {regel.pad!r} bestaat al als {bestaand.klasse._meta.verbose_name.lower()}, "
                f"niet als {TYPE_LABEL[regel.type]}",
            )
        self.regels.append(regel)
        self.per_pad[regel.pad] = regel

    def type_van(self, pad):
        if pad in self.per_pad:
            return self.per_pad[pad].type
        bestaand = self.bestaand.get(pad)
        if bestaand is not None:
            return TYPE_VAN_KLASSE.get(bestaand.klasse)
        return None

    def controleer_samenhang(self):
        """Parents of theme pages and references, once the whole file is read."""
        ouders = {}
        for regel in list(self.regels):
            if regel.type != "thema" or "/" not in regel.pad:
                continue
            ouder = regel.pad.rsplit("/", 1)[0]
            while ouder:
                if ouder in self.per_pad or ouder in ouders:
                    soort = self.per_pad[ouder].type if ouder in self.per_pad else "thema"
                    if soort != "thema":
                        raise ImportFout(
                            regel.nummer,
                            f"de bovenliggende pagina {ouder!r} "
                            f"(regel {self.per_pad[ouder].nummer}) "
                            "is geen themapagina",
                        )
                    break
                bestaand = self.bestaand.get(ouder)
                if bestaand is not None:
                    if bestaand.klasse is not ThemaPagina:
                        raise ImportFout(
                            regel.nummer,
                            f"de bovenliggende pagina {ouder!r} is een "
                            f"{bestaand.klasse._meta.verbose_name.lower()}; daaronder kan geen "
                            "themapagina komen",
                        )
                    break
                ouders[ouder] = regel.nummer
                ouder = ouder.rsplit("/", 1)[0] if "/" in ouder else ""
        # missing parents are made first, shallowest first
        for ouder in sorted(ouders, key=lambda p: p.count("/")):
            slug = ouder.rsplit("/", 1)[-1]
            regel = Regel(
                ouders[ouder],
                "thema",
                ouder,
                titel_uit_slug(slug),
                {
                    "title": titel_uit_slug(slug),
                    "samenvatting": "",
                    "laatst_bijgewerkt": None,
                    "body": [],
                },
                {"gerelateerde_themas": [], "begrippen": []},
                automatisch=True,
            )
            self.per_pad[ouder] = regel
        self.ouders = sorted(ouders, key=lambda p: p.count("/"))
        self.regels = [self.per_pad[p] for p in self.ouders] + self.regels

        for regel in self.regels:
            for sleutel, (modelveld, doeltype) in VERWIJZINGEN[regel.type].items():
                for pad in regel.verwijzingen.get(modelveld, []):
                    soort = self.type_van(pad)
                    if soort is None:
                        raise ImportFout(
                            regel.nummer,
                            f"'{sleutel}' verwijst naar {pad!r}, maar die pagina bestaat niet "
                            "(niet in de databank en niet in dit bestand)",
                        )
                    if soort != doeltype:
                        raise ImportFout(
                            regel.nummer,
                            f"'{sleutel}' verwijst naar {pad!r}, maar dat is geen "
                            f"{TYPE_LABEL[doeltype]}",
                        )


def maak_plan(path, stream=None):
    plan = Plan()
    zichtbaar = stream is not None and stream.isatty() and Path(path).exists()
    totaal = tel_regels(path) if zichtbaar else None
    for nummer, obj in voortgang(lees_jsonl(path), total=totaal, desc="controleren", stream=stream):
        plan.voeg_toe(lees_regel(nummer, obj, plan.secties))
    plan.controleer_samenhang()
    return plan
