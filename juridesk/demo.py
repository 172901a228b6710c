"""Demo data for `make run`: two demo users and realistic questions for 2023 up to today,
with the regions of 2024 and 2023 exactly as in figure 55 of the annual report."""

import datetime
import random
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from core.importing import ImportFout

from . import koppelingen
from .genereer import REGIO_2023, REGIO_2024, genereer
from .models import ThemaKoppeling, Vraag, VraagPagina, VraagThema
from .tellingen import alle_dagen, bijwerken

DEMO_WACHTWOORD = "vreemdelingenrecht"
GEBRUIKERS = [("jurist", "Juristen", "Jurist"), ("coordinator", "Coördinatoren", "Coördinator")]


def _gebruikers():
    User = get_user_model()
    gebruikers = {}
    for username, groep, voornaam in GEBRUIKERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "email": f"{username}@example.be",
                "first_name": voornaam,
                "last_name": "Demo",
            },
        )
        if created:
            user.set_password(DEMO_WACHTWOORD)
            user.save()
        user.groups.add(Group.objects.get(name=groep))
        gebruikers[username] = user
    return gebruikers


KOPPELINGEN = Path(__file__).resolve().parent / "demodata" / "themakoppelingen.csv"
# What a jurist noted as missing on the site, per juridesk sub-theme (code), with the page
# (pad) that fell short: the demo's "niet beantwoord" questions gather on a few themes, as
# real gaps do.
ONTBREKEND = {
    "verblijfsrecht-gezinshereniging": [
        (
            "Bedrag bestaansmiddelen van dit jaar staat er niet op",
            "verblijf/gezinshereniging/bestaansmiddelen",
        ),
        (
            "Niets over gezinshereniging met een meerderjarig kind met een handicap",
            "verblijf/gezinshereniging",
        ),
        ("Geen uitleg over de termijn als DVZ niet beslist", "verblijf/gezinshereniging"),
    ],
    "verblijfsrecht-tijdelijke-bescherming": [
        (
            "Verlenging van de tijdelijke bescherming na maart niet te vinden",
            "internationale-bescherming/tijdelijke-bescherming",
        ),
        (
            "Wat bij verhuis naar een ander land van de EU?",
            "internationale-bescherming/tijdelijke-bescherming",
        ),
    ],
    "verblijfsrecht-humanitaire-regularisatie": [
        (
            "Welke documenten als identiteitsbewijs volstaan, ontbreekt",
            "verblijf/humanitaire-regularisatie",
        ),
    ],
    "sociaal-recht-ocmw-steun": [
        ("Leefloon tijdens de beroepsprocedure: niet duidelijk", "sociale-rechten/leefloon"),
        (
            "Niets over OCMW-steun voor Unieburgers in de eerste drie maanden",
            "sociale-rechten/maatschappelijke-dienstverlening",
        ),
    ],
    "ipr-buitenlandse-documenten": [
        (
            "Apostille voor documenten uit Marokko: welke instantie?",
            "internationaal-privaatrecht/buitenlandse-documenten",
        )
    ],
}


def _koppelingen():
    """The demo's links between juridesk themes and the demo theme pages (by pad, through
    the same import the coordinators use); nothing when the pages are not there."""
    if ThemaKoppeling.objects.exists():
        return f"{ThemaKoppeling.objects.count()} themakoppelingen waren al geladen"
    try:
        nieuw, _ = koppelingen.importeer(KOPPELINGEN)
    except ImportFout as fout:
        return f"themakoppelingen overgeslagen ({fout})"
    return f"{nieuw} themakoppelingen aangemaakt"


def _doorverwijzingen(vandaag):
    """Last year's questions: about a third noted a linked page, a few were not (well)
    answered on the site, with what was missing and the page that fell short (a note shows
    on the pages noted with it)."""
    if VraagPagina.objects.exists() or Vraag.objects.filter(niet_beantwoord=True).exists():
        return
    rng = random.Random(16)
    per_thema, per_pad = {}, {}
    for thema_id, pagina_id, url_path in ThemaKoppeling.objects.values_list(
        "thema_id", "pagina_id", "pagina__url_path"
    ):
        per_thema.setdefault(thema_id, []).append(pagina_id)
        per_pad["/".join(url_path.strip("/").split("/")[1:])] = pagina_id  # without the root
    codes = dict(ThemaKoppeling.objects.values_list("thema_id", "thema__code"))
    van = vandaag - datetime.timedelta(days=365)
    rijen = VraagThema.objects.filter(dag__gte=van, thema__parent__isnull=False).order_by("pk")
    paginas, niet_beantwoord = [], {}  # niet_beantwoord: vraag -> (note, the page, day)
    for vraag_id, thema_id, dag in rijen.values_list("vraag_id", "thema_id", "dag"):
        notities = ONTBREKEND.get(codes.get(thema_id))
        if notities and vraag_id not in niet_beantwoord and rng.random() < 0.12:
            notitie, pad = rng.choice(notities)
            pagina_id = per_pad.get(pad, per_thema[thema_id][0])
            niet_beantwoord[vraag_id] = (notitie, pagina_id, dag)
        elif per_thema.get(thema_id) and rng.random() < 0.35:
            paginas.append(
                VraagPagina(vraag_id=vraag_id, pagina_id=rng.choice(per_thema[thema_id]), dag=dag)
            )
    # a question not (well) answered noted the one page that fell short
    paginas = [p for p in paginas if p.vraag_id not in niet_beantwoord] + [
        VraagPagina(vraag_id=vraag_id, pagina_id=pagina_id, dag=dag)
        for vraag_id, (_, pagina_id, dag) in niet_beantwoord.items()
    ]
    with bijwerken() as dagen:
        VraagPagina.objects.bulk_create(paginas, ignore_conflicts=True)
        for vraag_id, (notitie, _, _) in niet_beantwoord.items():
            Vraag.objects.filter(pk=vraag_id).update(niet_beantwoord=True, ontbrekend=notitie)
        dagen.update(alle_dagen(van, vandaag))


def laad():
    gebruikers = _gebruikers()
    jurist = gebruikers["jurist"]
    koppeling = _koppelingen()
    if Vraag.objects.filter(jurist=jurist).exists():
        _doorverwijzingen(timezone.localdate())
        return (
            f"juridesk-vragen waren al geladen ({Vraag.objects.count():,} vragen); ".replace(
                ",", "."
            )
            + koppeling
        )
    vandaag = timezone.localdate()
    aantal = 0
    aantal += genereer(
        0,
        datetime.date(2023, 1, 1),
        datetime.date(2023, 12, 31),
        seed=2023,
        regio_aantallen=REGIO_2023,
        jurist=jurist,
    )
    aantal += genereer(
        0,
        datetime.date(2024, 1, 1),
        datetime.date(2024, 12, 31),
        seed=2024,
        regio_aantallen=REGIO_2024,
        jurist=jurist,
    )
    for jaar in range(2025, vandaag.year + 1):
        einde = min(datetime.date(jaar, 12, 31), vandaag - datetime.timedelta(days=1))
        if einde < datetime.date(jaar, 1, 1):
            continue
        dagen = (einde - datetime.date(jaar, 1, 1)).days + 1
        aantal += genereer(
            round(9200 * dagen / 365), datetime.date(jaar, 1, 1), einde, seed=jaar, jurist=jurist
        )
    _doorverwijzingen(vandaag)
    return (
        f"{aantal:,} juridesk-vragen aangemaakt (2023 tot gisteren; 2024 met de regio's van "
        f"figuur 55); {koppeling}; aanmelden als 'jurist' of 'coordinator' met wachtwoord "
        f"'{DEMO_WACHTWOORD}'"
    ).replace(",", ".", 1)
