"""Import the trainings and coaching of earlier years from CSV: all or nothing.

Trainings, one line each: datum;titel;soort;sector;deelnemers;lokale_besturen;lijn;dossier
(optional columns: partner, themas separated by "|"). Coaching, one line per activity:
begeleiding;soort;sector;datum;activiteit; the lines with the same `begeleiding` title make
one begeleiding (one already in the database gets the new activities). Kinds, sectors, lines
and themes are matched without regard to case or accents; `dossier` is the dossier page's
path below the home page (`dossiers/oekraine`). Every line is checked before anything is
written; the first bad one stops the import with its number and reason (core/importing.py).
"""

import datetime
from dataclasses import dataclass, field

from django.db import transaction

from core.importing import ImportFout, lees_csv, tel_regels, voortgang
from juridesk.lijsten import LIJN, THEMA, sorteersleutel
from juridesk.waarden import OnbekendeWaarde, Zoeker
from kennisbank.models import DossierPagina, HomePage

from .lijsten import ActiviteitSoort, BegeleidingSoort, VormingSoort
from .models import Activiteit, Begeleiding, Sector, Vorming

VORMING_KOLOMMEN = [
    "datum",
    "titel",
    "soort",
    "sector",
    "deelnemers",
    "lokale_besturen",
    "lijn",
    "dossier",
]
BEGELEIDING_KOLOMMEN = ["begeleiding", "soort", "sector", "datum", "activiteit"]


class Keuzes:
    """A fixed choice list or the sectors, found by label or code, case and accents aside."""

    def __init__(self, naam, paren):
        self.naam = naam
        self.index = {}
        for waarde, label in paren:
            self.index[sorteersleutel(label)] = waarde
            self.index[sorteersleutel(str(label).replace(" ", "_"))] = waarde
            self.index[sorteersleutel(str(waarde))] = waarde
        self.labels = [label for _waarde, label in paren]

    def vind(self, tekst):
        sleutel = sorteersleutel(tekst)
        if not sleutel:
            raise ValueError(f"{self.naam} ontbreekt")
        if sleutel not in self.index:
            raise ValueError(
                f"{self.naam} '{tekst}' bestaat niet; kies uit: {', '.join(self.labels)}"
            )
        return self.index[sleutel]


def sector_keuzes():
    return Keuzes("sector", [(s, s.label) for s in Sector.objects.order_by("volgorde", "label")])


def lees_datum(tekst):
    try:
        return datetime.date.fromisoformat(tekst.strip())
    except ValueError:
        raise ValueError(f"datum '{tekst}' is geen geldige datum (JJJJ-MM-DD)") from None


def lees_aantal(tekst, naam, leeg_mag=False):
    tekst = tekst.strip().replace(".", "")
    if not tekst and leeg_mag:
        return None
    if not (tekst.isascii() and tekst.isdigit()):
        raise ValueError(f"{naam} '{tekst}' is geen geheel getal van 0 of meer")
    return int(tekst)


class Dossiers:
    """Dossier pages by their path below the home page, as the kennisbank import names them."""

    def __init__(self):
        home = HomePage.objects.first()
        begin = home.url_path if home else "/"
        self.per_pad = {
            url_path[len(begin) :].strip("/"): pk
            for pk, url_path in DossierPagina.objects.values_list("pk", "url_path")
            if url_path.startswith(begin)
        }

    def vind(self, pad):
        pad = pad.strip().strip("/")
        if not pad:
            return None
        if pad not in self.per_pad:
            bekend = ", ".join(sorted(self.per_pad)) or "geen"
            raise ValueError(f"dossier '{pad}' bestaat niet (bekende dossiers: {bekend})")
        return self.per_pad[pad]


def importeer_vormingen(pad, stream=None):
    """Import the trainings of the file; returns their number. Raises ImportFout."""
    soorten = Keuzes("soort", VormingSoort.choices)
    sectoren = sector_keuzes()
    lijnen, themas = Zoeker(LIJN), Zoeker(THEMA)
    dossiers = Dossiers()
    bestaand = set(Vorming.objects.values_list("datum", "titel"))
    gezien = {}
    vormingen = []
    for regel, rij in voortgang(
        lees_csv(pad, VORMING_KOLOMMEN),
        total=max(tel_regels(pad) - 1, 0),
        desc="Controleren",
        stream=stream,
    ):
        try:
            datum = lees_datum(rij["datum"])
            titel = rij["titel"].strip()
            if not titel:
                raise ValueError("titel ontbreekt")
            if len(titel) > 255:
                raise ValueError("titel is langer dan 255 tekens")
            deelnemers = lees_aantal(rij["deelnemers"], "deelnemers")
            lokaal = lees_aantal(rij["lokale_besturen"], "lokale_besturen", leeg_mag=True)
            if lokaal is not None and lokaal > deelnemers:
                raise ValueError("lokale_besturen is groter dan deelnemers")
            vorming = Vorming(
                datum=datum,
                titel=titel,
                soort=soorten.vind(rij["soort"]),
                sector=sectoren.vind(rij["sector"]),
                partner=rij.get("partner", "").strip()[:200],
                lijn=_waarde(lijnen, rij["lijn"], "lijn"),
                dossier_id=dossiers.vind(rij["dossier"]),
                deelnemers=deelnemers,
                lokale_besturen=lokaal,
            )
            vorming_themas = [
                _waarde(themas, deel, "themas") for deel in rij.get("themas", "").split("|")
            ]
        except ValueError as fout:
            raise ImportFout(regel, str(fout)) from None
        sleutel = (datum, titel)
        if sleutel in bestaand:
            raise ImportFout(regel, f"de vorming '{titel}' van {datum:%d-%m-%Y} bestaat al")
        if sleutel in gezien:
            raise ImportFout(regel, f"dezelfde vorming staat ook al op regel {gezien[sleutel]}")
        gezien[sleutel] = regel
        vormingen.append((vorming, [t for t in vorming_themas if t is not None]))
    if not vormingen:
        raise ImportFout(0, "het bestand bevat geen vormingen")
    with transaction.atomic():
        Vorming.objects.bulk_create([v for v, _t in vormingen])
        Vorming.themas.through.objects.bulk_create(
            [
                Vorming.themas.through(vorming_id=v.pk, waarde_id=t.pk)
                for v, lijst in vormingen
                for t in {t.pk: t for t in lijst}.values()
            ]
        )
    return len(vormingen)


def _waarde(zoeker, tekst, kolom):
    try:
        return zoeker.vind(tekst)
    except OnbekendeWaarde as fout:
        raise ValueError(f"{kolom}: {fout}") from None


@dataclass
class _Nieuw:
    regel: int
    soort: str
    sector: Sector
    begeleiding: Begeleiding | None
    activiteiten: list = field(default_factory=list)


def importeer_begeleidingen(pad, stream=None):
    """Import the coaching activities of the file; returns (begeleidingen, activities)."""
    soorten = Keuzes("soort", BegeleidingSoort.choices)
    activiteiten = Keuzes("activiteit", ActiviteitSoort.choices)
    sectoren = sector_keuzes()
    bestaand = {b.titel: b for b in Begeleiding.objects.select_related("sector")}
    per_titel = {}
    for regel, rij in voortgang(
        lees_csv(pad, BEGELEIDING_KOLOMMEN),
        total=max(tel_regels(pad) - 1, 0),
        desc="Controleren",
        stream=stream,
    ):
        try:
            titel = rij["begeleiding"].strip()
            if not titel:
                raise ValueError("begeleiding (de titel) ontbreekt")
            if len(titel) > 255:
                raise ValueError("begeleiding is langer dan 255 tekens")
            soort, sector = soorten.vind(rij["soort"]), sectoren.vind(rij["sector"])
            activiteit = Activiteit(
                datum=lees_datum(rij["datum"]), soort=activiteiten.vind(rij["activiteit"])
            )
        except ValueError as fout:
            raise ImportFout(regel, str(fout)) from None
        nieuw = per_titel.get(titel)
        if nieuw is None:
            eerder = bestaand.get(titel)
            nieuw = per_titel[titel] = _Nieuw(regel, soort, sector, eerder)
            if eerder and (eerder.soort, eerder.sector_id) != (soort, sector.pk):
                raise ImportFout(
                    regel,
                    f"de begeleiding '{titel}' bestaat al als {eerder.get_soort_display()} "
                    f"in de sector {eerder.sector}",
                )
        elif (nieuw.soort, nieuw.sector.pk) != (soort, sector.pk):
            raise ImportFout(
                regel,
                f"de begeleiding '{titel}' heeft op regel {nieuw.regel} een andere soort of sector",
            )
        nieuw.activiteiten.append(activiteit)
    if not per_titel:
        raise ImportFout(0, "het bestand bevat geen activiteiten")
    with transaction.atomic():
        rijen = []
        for titel, nieuw in per_titel.items():
            begeleiding = nieuw.begeleiding
            if begeleiding is None:
                begeleiding = Begeleiding.objects.create(
                    titel=titel, soort=nieuw.soort, sector=nieuw.sector
                )
            for activiteit in nieuw.activiteiten:
                activiteit.begeleiding = begeleiding
                rijen.append(activiteit)
        Activiteit.objects.bulk_create(rijen)
    return len(per_titel), len(rijen)
