"""Import and export of judgments as JSON lines, one judgment a line:

{"instantie", "datum": "YYYY-MM-DD", "nummer", "ecli" (optional), "soort", "taal", "titel",
 "samenvatting", "tekst", "trefwoorden": [...], "themas": [theme page pads], "pdf" (optional
 path)} and optionally "kamer", "wetgeving", "gepubliceerd_op" and "bron" (the judgment's
 page on the court's site or Juportal, an http(s) address).

Keyed on the ECLI, else on instantie + nummer: importing the same file twice changes nothing.
All or nothing: every line is checked before anything is written, the writing happens in one
transaction, and a bad line names itself and its reason. Imported judgments are published
(they were public in the old database). New judgments go in with bulk inserts; the database's
full-text index follows by itself and the site search / Elasticsearch are fed in batches after
the commit. The export writes the same format; its "pdf" is the stored file's absolute
path (media on local disk or a shared volume), which the import reads back when given that
folder (`rechtspraak_import export.jsonl --pdf-map <MEDIA_ROOT>`).

A "pdf" is published at /documenten/, so the import takes only files it may publish: under
the PDF folder (`--pdf-map`, by default the import file's own folder; a relative path is read
from there), named *.pdf and beginning with "%PDF-". Any other path is a bad line."""

import datetime
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from core.importing import ImportFout, lees_jsonl, tel_regels, voortgang
from kennisbank.models import ThemaPagina

from .ecli import ecli_fout, normaliseer_ecli, normaliseer_nummer
from .indexering import bulk_indexeer, verhoog_generatie
from .models import Instantie, Soort, Taal, Uitspraak, thema_pad, valideer_bron_url

VELDEN = {
    "instantie",
    "datum",
    "nummer",
    "ecli",
    "soort",
    "taal",
    "titel",
    "samenvatting",
    "tekst",
    "trefwoorden",
    "themas",
    "pdf",
    "kamer",
    "wetgeving",
    "gepubliceerd_op",
    "bron",
}
TEKSTVELDEN = ("titel", "samenvatting", "tekst", "kamer", "wetgeving")
BATCH = 500


@dataclass
class Verslag:
    nieuw: int = 0
    bijgewerkt: int = 0
    ongewijzigd: int = 0
    nieuwe_instanties: list = field(default_factory=list)

    def __str__(self):
        tekst = (
            f"{self.nieuw} nieuwe uitspraken, {self.bijgewerkt} bijgewerkt, "
            f"{self.ongewijzigd} ongewijzigd"
        )
        if self.nieuwe_instanties:
            tekst += f"; nieuwe instanties: {', '.join(self.nieuwe_instanties)}"
        return tekst


def _tekst(obj, naam, regel, verplicht=False, max_lengte=None):
    waarde = obj.get(naam, "")
    if waarde is None:
        waarde = ""
    if not isinstance(waarde, str):
        raise ImportFout(regel, f"veld '{naam}' moet tekst zijn")
    waarde = waarde.replace("\x00", "").strip() if naam != "tekst" else waarde.replace("\x00", "")
    if verplicht and not waarde.strip():
        raise ImportFout(regel, f"veld '{naam}' ontbreekt of is leeg")
    if max_lengte and len(waarde) > max_lengte:
        raise ImportFout(regel, f"veld '{naam}' is te lang (hoogstens {max_lengte} tekens)")
    return waarde


def _datum(obj, naam, regel, verplicht=True):
    waarde = obj.get(naam)
    if not waarde and not verplicht:
        return None
    try:
        if not isinstance(waarde, str) or len(waarde) != 10:
            raise ValueError
        return datetime.date.fromisoformat(waarde)
    except ValueError:
        raise ImportFout(
            regel, f"'{naam}' moet een geldige datum zijn als JJJJ-MM-DD, niet {waarde!r}"
        ) from None


def _bron(obj, regel):
    from django.core.exceptions import ValidationError

    waarde = obj.get("bron") or ""
    fout = f"'bron' moet een webadres zijn dat begint met http:// of https://, niet {waarde!r}"
    if not isinstance(waarde, str):
        raise ImportFout(regel, fout)
    waarde = waarde.strip()
    if not waarde:
        return ""
    if len(waarde) > 500:
        raise ImportFout(regel, "veld 'bron' is te lang (hoogstens 500 tekens)")
    try:
        valideer_bron_url(waarde)
    except ValidationError:
        raise ImportFout(regel, fout) from None
    return waarde


def _keuze(obj, naam, regel, choices, standaard):
    waarde = obj.get(naam) or standaard
    per_sleutel = {}
    for code, label in choices:
        per_sleutel[code] = code
        per_sleutel[str(label).lower()] = code
    if not isinstance(waarde, str) or waarde.lower() not in per_sleutel:
        toegelaten = ", ".join(code for code, _ in choices)
        raise ImportFout(regel, f"{naam} {waarde!r} is onbekend (toegelaten: {toegelaten})")
    return per_sleutel[waarde.lower()]


class Importeur:
    def __init__(self, nieuwe_instanties=False, stream=None, pdf_map=None):
        self.nieuwe_instanties = nieuwe_instanties
        self.stream = stream
        self.pdf_map = pdf_map
        self.instanties = {}
        for inst in Instantie.objects.all():
            for sleutel in (inst.code, inst.afkorting, inst.naam):
                self.instanties.setdefault(sleutel.lower(), inst)
        self.themas = {}
        for thema in ThemaPagina.objects.only("pk", "url_path"):
            pad = thema_pad(thema)
            if pad:
                self.themas[pad] = thema.pk
        self.te_maken_instanties = {}

    # --- checking a line (no writes) -------------------------------------------------
    def lees(self, regel, obj):
        onbekend = sorted(set(obj) - VELDEN)
        if onbekend:
            raise ImportFout(regel, f"onbekend veld {', '.join(repr(v) for v in onbekend)}")
        instantie_naam = _tekst(obj, "instantie", regel, verplicht=True, max_lengte=120)
        instantie = self.instanties.get(instantie_naam.lower())
        if instantie is None:
            if not self.nieuwe_instanties:
                raise ImportFout(
                    regel,
                    f"onbekende instantie '{instantie_naam}' (voeg ze toe in het beheer, of "
                    "importeer met --nieuwe-instanties)",
                )
            instantie = self.te_maken_instanties.get(instantie_naam.lower())
            if instantie is None:
                code = slugify(instantie_naam)[:40] or "instantie"
                instantie = Instantie(
                    code=code, naam=instantie_naam, afkorting=instantie_naam[:40], volgorde=900
                )
                self.te_maken_instanties[instantie_naam.lower()] = instantie
        ecli = normaliseer_ecli(_tekst(obj, "ecli", regel, max_lengte=64))
        fout = ecli_fout(ecli)
        if fout:
            raise ImportFout(regel, f"ongeldige ECLI '{obj.get('ecli')}': {fout}")
        nummer = _tekst(obj, "nummer", regel, max_lengte=60)
        if not nummer and not ecli:
            raise ImportFout(regel, "een uitspraak heeft een nummer of een ECLI nodig")
        if nummer and not normaliseer_nummer(nummer):
            raise ImportFout(regel, f"nummer '{nummer}' bevat geen letters of cijfers")
        trefwoorden = obj.get("trefwoorden") or []
        if not isinstance(trefwoorden, list) or not all(isinstance(t, str) for t in trefwoorden):
            raise ImportFout(regel, "'trefwoorden' moet een lijst van teksten zijn")
        themas = obj.get("themas") or []
        if not isinstance(themas, list) or not all(isinstance(t, str) for t in themas):
            raise ImportFout(regel, "'themas' moet een lijst van paden van themapagina's zijn")
        thema_ids = []
        for pad in themas:
            pk = self.themas.get(pad.strip("/"))
            if pk is None:
                raise ImportFout(regel, f"onbekend thema '{pad}' (geen themapagina met dit pad)")
            thema_ids.append(pk)
        pdf = obj.get("pdf") or None
        if pdf is not None:
            pdf = self.pdf(regel, pdf)
        waarden = {
            "instantie": instantie,
            "datum": _datum(obj, "datum", regel),
            "nummer": nummer,
            "ecli": ecli or None,
            "soort": _keuze(obj, "soort", regel, Soort.choices, Soort.ARREST),
            "taal": _keuze(obj, "taal", regel, Taal.choices, Taal.NL),
            "titel": _tekst(obj, "titel", regel, verplicht=True, max_lengte=255),
            "samenvatting": _tekst(obj, "samenvatting", regel),
            "tekst": _tekst(obj, "tekst", regel),
            "kamer": _tekst(obj, "kamer", regel, max_lengte=80),
            "wetgeving": _tekst(obj, "wetgeving", regel),
            "bron_url": _bron(obj, regel),
            "trefwoorden": ", ".join(t.strip() for t in trefwoorden if t.strip()),
        }
        if len(waarden["trefwoorden"]) > 500:
            raise ImportFout(regel, "te veel trefwoorden (samen hoogstens 500 tekens)")
        gepubliceerd = _datum(obj, "gepubliceerd_op", regel, verplicht=False)
        if gepubliceerd:
            waarden["gepubliceerd_op"] = gepubliceerd
        return waarden, sorted(set(thema_ids)), pdf

    def pdf(self, regel, waarde):
        """The PDF a line names, if it may be published: a file under the PDF folder
        (after following links), named *.pdf, that begins as a PDF does. Anything else,
        such as /etc/passwd or ../../settings.py, is a bad line."""
        if not isinstance(waarde, str) or "\x00" in waarde:
            raise ImportFout(regel, "'pdf' moet een pad naar een bestand zijn")
        pad = Path(waarde) if Path(waarde).is_absolute() else self.pdf_map / waarde
        try:
            echt = pad.resolve(strict=True)
        except (OSError, RuntimeError):
            raise ImportFout(regel, f"pdf-bestand '{waarde}' bestaat niet") from None
        if not echt.is_relative_to(self.pdf_map):
            raise ImportFout(
                regel,
                f"pdf-bestand '{waarde}' ligt niet in de pdf-map {self.pdf_map} "
                "(kies een andere map met --pdf-map)",
            )
        if not echt.is_file() or echt.suffix.lower() != ".pdf":
            raise ImportFout(regel, f"'{waarde}' is geen .pdf-bestand")
        try:
            with echt.open("rb") as handle:
                begin = handle.read(5)
        except OSError as exc:
            raise ImportFout(regel, f"pdf-bestand '{waarde}' is niet leesbaar ({exc})") from None
        if begin != b"%PDF-":
            raise ImportFout(regel, f"'{waarde}' is geen pdf (het begint niet met %PDF-)")
        return echt

    # --- the whole file ---------------------------------------------------------------
    def importeer(self, pad):
        pad = Path(pad)
        self.pdf_map = Path(self.pdf_map or pad.parent).resolve()
        totaal = tel_regels(pad) if pad.exists() else None
        regels = []
        sleutels = {}
        for regel, obj in voortgang(lees_jsonl(pad), total=totaal, desc="controleren"):
            waarden, themas, pdf = self.lees(regel, obj)
            sleutel = (
                ("ecli", waarden["ecli"])
                if waarden["ecli"]
                else ("nummer", waarden["instantie"].code, normaliseer_nummer(waarden["nummer"]))
            )
            if sleutel in sleutels:
                raise ImportFout(regel, f"dezelfde uitspraak staat al op regel {sleutels[sleutel]}")
            sleutels[sleutel] = regel
            regels.append((regel, waarden, themas, pdf))
        with transaction.atomic():
            verslag, nieuwe_pks = self._schrijf(regels)
        if nieuwe_pks:
            balk = voortgang(None, total=len(nieuwe_pks), desc="zoekindex")
            bulk_indexeer(nieuwe_pks, voortgang=balk.update)
            balk.close()
        if len(nieuwe_pks) >= 1000:
            _na_grote_import()
        return verslag

    def _schrijf(self, regels):
        verhoog_generatie()
        verslag = Verslag()
        for instantie in self.te_maken_instanties.values():
            basis, volgnummer = instantie.code, 2
            while Instantie.objects.filter(code=instantie.code).exists():
                instantie.code = f"{basis[:36]}-{volgnummer}"
                volgnummer += 1
            instantie.save()
            verslag.nieuwe_instanties.append(instantie.naam)

        per_ecli = dict(Uitspraak.objects.exclude(ecli=None).values_list("ecli", "pk"))
        per_nummer = {
            (inst, norm): (pk, ecli)
            for pk, inst, norm, ecli in Uitspraak.objects.values_list(
                "pk", "instantie_id", "nummer_norm", "ecli"
            )
        }
        nu = timezone.now()
        nieuw, bestaand = [], []
        for regel, waarden, themas, pdf in regels:
            pk = per_ecli.get(waarden["ecli"]) if waarden["ecli"] else None
            if pk is None:
                gevonden = per_nummer.get(
                    (waarden["instantie"].pk, normaliseer_nummer(waarden["nummer"]))
                )
                if gevonden and waarden["nummer"]:
                    if waarden["ecli"] and gevonden[1] and gevonden[1] != waarden["ecli"]:
                        raise ImportFout(
                            regel,
                            f"nummer {waarden['nummer']} van deze instantie bestaat al met een "
                            f"andere ECLI ({gevonden[1]})",
                        )
                    pk = gevonden[0]
            if pk is None:
                nieuw.append((regel, waarden, themas, pdf))
            else:
                bestaand.append((regel, pk, waarden, themas, pdf))

        # new judgments: bulk inserts
        nieuwe_pks = []
        balk = voortgang(None, total=len(nieuw), desc="invoeren")
        for start in range(0, len(nieuw), BATCH):
            deel = nieuw[start : start + BATCH]
            objecten = []
            for _regel, waarden, _themas, pdf in deel:
                uitspraak = Uitspraak(
                    **waarden,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=nu,
                    last_published_at=nu,
                )
                if pdf:
                    uitspraak.pdf = _document(pdf, waarden["titel"])
                uitspraak.bereken_afgeleide_velden()
                objecten.append(uitspraak)
            Uitspraak.objects.bulk_create(objecten)
            Door = Uitspraak.themas.through
            Door.objects.bulk_create(
                [
                    Door(uitspraak_id=obj.pk, themapagina_id=thema)
                    for obj, (_r, _w, themas, _p) in zip(objecten, deel, strict=True)
                    for thema in themas
                ]
            )
            nieuwe_pks += [obj.pk for obj in objecten]
            balk.update(len(deel))
        balk.close()
        verslag.nieuw = len(nieuw)

        # existing ones: only what differs, through the model (and a revision when the
        # judgment has been edited in the admin, so the admin shows the imported version)
        if bestaand:
            objecten = Uitspraak.objects.in_bulk([pk for _r, pk, *_ in bestaand])
            huidige_themas = {}
            for uitspraak_id, thema_id in Uitspraak.themas.through.objects.filter(
                uitspraak_id__in=list(objecten)
            ).values_list("uitspraak_id", "themapagina_id"):
                huidige_themas.setdefault(uitspraak_id, set()).add(thema_id)
            for _regel, pk, waarden, themas, pdf in bestaand:
                uitspraak = objecten[pk]
                gewijzigd = {
                    naam: waarde
                    for naam, waarde in waarden.items()
                    if _vergelijk(getattr(uitspraak, naam)) != _vergelijk(waarde)
                }
                if pdf and not uitspraak.pdf_id:
                    gewijzigd["pdf"] = _document(pdf, waarden["titel"])
                if not gewijzigd and set(themas) == huidige_themas.get(pk, set()):
                    verslag.ongewijzigd += 1
                    continue
                for naam, waarde in gewijzigd.items():
                    setattr(uitspraak, naam, waarde)
                uitspraak.themas.set(themas)
                if uitspraak.latest_revision_id:
                    uitspraak.save_revision().publish()
                else:
                    uitspraak.save()
                verslag.bijgewerkt += 1
        return verslag, nieuwe_pks


def _na_grote_import():
    """Merge the full-text index segments and let the planner know the new sizes."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "INSERT INTO rechtspraak_uitspraak_fts(rechtspraak_uitspraak_fts) VALUES ('optimize')"
            )
            cursor.execute("ANALYZE")
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        elif connection.vendor == "postgresql":
            # VACUUM sets the visibility map, so the first searches do not do it row by row
            # (not possible inside a caller's transaction: ANALYZE alone then)
            actie = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
            for tabel in ("rechtspraak_uitspraak", "rechtspraak_uitspraak_themas"):
                cursor.execute(f"ANALYZE {tabel}")
            for tabel in ("rechtspraak_zoekvector", "kennisbank_zoekvector"):
                cursor.execute(f"{actie} {tabel}")


def _vergelijk(waarde):
    if isinstance(waarde, Instantie):
        return waarde.pk
    return waarde


def _document(pad, titel):
    from django.core.files import File
    from wagtail.documents import get_document_model

    Document = get_document_model()
    with open(pad, "rb") as handle:
        document = Document(title=titel[:255])
        document.file.save(Path(pad).name, File(handle), save=False)
        document.save()
    return document


def importeer(pad, nieuwe_instanties=False, pdf_map=None):
    """`pdf_map`: the folder every "pdf" must lie in; by default the import file's own."""
    return Importeur(nieuwe_instanties=nieuwe_instanties, pdf_map=pdf_map).importeer(pad)


# --- export ---------------------------------------------------------------------------
def als_regel(uitspraak, paden):
    regel = {
        "instantie": uitspraak.instantie.code,
        "datum": uitspraak.datum.isoformat(),
        "nummer": uitspraak.nummer,
        "ecli": uitspraak.ecli,
        "soort": uitspraak.soort,
        "taal": uitspraak.taal,
        "titel": uitspraak.titel,
        "samenvatting": uitspraak.samenvatting,
        "tekst": uitspraak.tekst,
        "trefwoorden": uitspraak.trefwoorden_lijst,
        "themas": sorted(paden[t] for t in uitspraak.thema_ids if t in paden),
        "kamer": uitspraak.kamer,
        "wetgeving": uitspraak.wetgeving,
        "gepubliceerd_op": uitspraak.gepubliceerd_op.isoformat(),
        "bron": uitspraak.bron_url,
    }
    for optioneel in ("ecli", "bron"):
        if not regel[optioneel]:
            del regel[optioneel]
    pdf = _pdf_pad(uitspraak)
    if pdf:
        regel["pdf"] = pdf
    return regel


def _pdf_pad(uitspraak):
    """The stored PDF as an absolute path, which rechtspraak_import reads back; None
    without a PDF or when the storage has no local files (object storage)."""
    if not uitspraak.pdf_id:
        return None
    try:
        return uitspraak.pdf.file.path
    except (NotImplementedError, ValueError):
        return None


def exporteer(stream, ook_concepten=False):
    """Write the judgments (live ones, or all) as JSON lines; returns how many."""
    paden = {t.pk: thema_pad(t) for t in ThemaPagina.objects.only("pk", "url_path")}
    per_uitspraak = {}
    for uitspraak_id, thema_id in Uitspraak.themas.through.objects.values_list(
        "uitspraak_id", "themapagina_id"
    ):
        per_uitspraak.setdefault(uitspraak_id, []).append(thema_id)
    qs = Uitspraak.objects.select_related("instantie", "pdf").order_by("datum", "pk")
    if not ook_concepten:
        qs = qs.filter(live=True)
    aantal = 0
    for uitspraak in qs.iterator(chunk_size=1000):
        uitspraak.thema_ids = per_uitspraak.get(uitspraak.pk, [])
        stream.write(json.dumps(als_regel(uitspraak, paden), ensure_ascii=False) + "\n")
        aantal += 1
    return aantal
