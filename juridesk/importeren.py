"""Import earlier years from a CSV file: all or nothing.

Header: datum;kanaal;lijn;regio;categorie;sector;themas;verblijfssituatie;nationaliteit;dossier
(datum YYYY-MM-DD, optionally with " HH:MM"; themas separated by "|"; a sub-theme implies
its top theme; an empty field is "Niet ingevuld"; labels match without regard to case or
accents, codes are accepted too). Optional columns: paginas (the pads of the site's pages
the caller was referred to, separated by "|", e.g. "verblijf/gezinshereniging"),
niet_beantwoord ("ja" or "nee": not (well) answered on the site) and ontbrekend (what was
missing). Every row is checked before anything is written; the first bad row stops the
import with its line number and reason.
"""

import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings

from core.importing import ImportFout, lees_csv, tel_regels, voortgang

from .lijsten import (
    CATEGORIE,
    DOSSIER,
    KANAAL,
    LIJN,
    NATIONALITEIT,
    REGIO,
    SECTOR,
    THEMA,
    VERBLIJFSSITUATIE,
)
from .models import Vraag, VraagPagina, VraagThema, lokale_dag
from .paginas import OnbekendePagina, PaginaZoeker
from .tellingen import bijwerken
from .waarden import OnbekendeWaarde, Zoeker

KOLOMMEN = [
    "datum",
    KANAAL,
    LIJN,
    REGIO,
    CATEGORIE,
    SECTOR,
    "themas",
    VERBLIJFSSITUATIE,
    NATIONALITEIT,
    DOSSIER,
]
OPTIONEEL = ["paginas", "niet_beantwoord", "ontbrekend"]
JA_NEE = {"": False, "ja": True, "nee": False}
ENKEL = [KANAAL, LIJN, REGIO, CATEGORIE, SECTOR, VERBLIJFSSITUATIE, NATIONALITEIT, DOSSIER]


def lees_datum(tekst):
    tekst = tekst.strip()
    for formaat in ("%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            moment = datetime.datetime.strptime(tekst, formaat)
        except ValueError:
            continue
        if formaat == "%Y-%m-%d":
            moment = moment.replace(hour=12)  # a day without an hour: noon, never the day before
        return moment.replace(tzinfo=ZoneInfo(settings.TIME_ZONE))
    raise ValueError(f"datum '{tekst}' is geen geldige datum (JJJJ-MM-DD of JJJJ-MM-DD UU:MM)")


def importeer(pad, stream=None, batch=2000):
    """Import the file; returns the number of questions. Raises ImportFout on a bad row."""
    if not Path(pad).is_file():
        raise ImportFout(0, f"bestand {pad} bestaat niet")
    zoekers = {lijst: Zoeker(lijst) for lijst in [*ENKEL, THEMA]}
    pagina_zoeker = PaginaZoeker()
    vragen = []
    for regel, rij in voortgang(
        lees_csv(pad, KOLOMMEN),
        total=max(tel_regels(pad) - 1, 0),
        desc="Controleren",
        stream=stream,
    ):
        try:
            moment = lees_datum(rij["datum"])
            waarden = {lijst: zoekers[lijst].vind(rij[lijst]) for lijst in ENKEL}
            themas = [
                zoekers[THEMA].vind(deel) for deel in rij["themas"].split("|") if deel.strip()
            ]
        except (ValueError, OnbekendeWaarde) as fout:
            kolom = _kolom_van_fout(rij, zoekers, fout)
            raise ImportFout(regel, f"{kolom}{fout}") from None
        waarden.update(_optioneel(regel, rij))
        paginas = _paginas(regel, rij, pagina_zoeker)
        vragen.append((moment, waarden, (themas, paginas)))
    if not vragen:
        raise ImportFout(0, "het bestand bevat geen vragen")

    with bijwerken() as dagen:  # bulk_create sends no signals: the days are added below
        for start in range(0, len(vragen), batch):
            deel = vragen[start : start + batch]
            objecten = Vraag.objects.bulk_create(
                [
                    Vraag(datum=moment, dag=lokale_dag(moment), **waarden)
                    for moment, waarden, _themas in deel
                ]
            )
            rijen, pagina_rijen = [], []
            for vraag, (_moment, _waarden, (themas, paginas)) in zip(objecten, deel, strict=True):
                ids = {t.pk for t in themas} | {t.parent_id for t in themas if t.parent_id}
                rijen += [VraagThema(vraag=vraag, thema_id=i, dag=vraag.dag) for i in sorted(ids)]
                pagina_rijen += [
                    VraagPagina(vraag=vraag, pagina_id=p, dag=vraag.dag) for p in paginas
                ]
            VraagThema.objects.bulk_create(rijen)
            VraagPagina.objects.bulk_create(pagina_rijen)
        dagen.update(lokale_dag(moment) for moment, _w, _t in vragen)
    return len(vragen)


def _optioneel(regel, rij):
    antwoord = (rij.get("niet_beantwoord") or "").strip().lower()
    if antwoord not in JA_NEE:
        raise ImportFout(
            regel, f"kolom niet_beantwoord: '{rij['niet_beantwoord']}' is geen 'ja' of 'nee'"
        )
    ontbrekend = (rij.get("ontbrekend") or "").strip()
    if len(ontbrekend) > 500:
        raise ImportFout(regel, "kolom ontbrekend: langer dan 500 tekens")
    return {"niet_beantwoord": JA_NEE[antwoord], "ontbrekend": ontbrekend}


def _paginas(regel, rij, zoeker):
    """The pks of the pages in the paginas column (pads separated by "|"), each once."""
    paginas = []
    for pad in (rij.get("paginas") or "").split("|"):
        if not pad.strip():
            continue
        try:
            pk = zoeker.vind(pad if "/" in pad else f"/{pad.strip()}/")
        except OnbekendePagina:
            raise ImportFout(
                regel, f"kolom paginas: '{pad.strip()}' is geen pagina van de site"
            ) from None
        if pk not in paginas:
            paginas.append(pk)
    return paginas


def _kolom_van_fout(rij, zoekers, fout):
    if str(fout).startswith("datum"):
        return ""
    for lijst in ENKEL:
        try:
            zoekers[lijst].vind(rij[lijst])
        except OnbekendeWaarde:
            return f"kolom {lijst}: "
    return "kolom themas: "
