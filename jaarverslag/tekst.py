"""The chapter as the report writes it: headings, sentences built from the data, tables and
charts, in order. HTML, DOCX and the admin page all render this one list of blocks, so
they say the same. Numbers in the report's format (`juridesk.opmaak`)."""

from dataclasses import dataclass, field
from typing import ClassVar

from juridesk import opmaak
from juridesk.exports import gedrukt
from juridesk.lijsten import LIJN, LIJSTEN, REGIO, TABELLEN

from .lijsten import ActiviteitSoort


@dataclass
class Kop:
    soort: ClassVar[str] = "kop"
    niveau: int
    tekst: str


@dataclass
class Alinea:
    soort: ClassVar[str] = "alinea"
    tekst: str


@dataclass
class Tabel:
    soort: ClassVar[str] = "tabel"
    titel: str
    kolommen: list
    rijen: list  # lists of cells (text); the first cell is the label
    totaal: bool = True  # the last row is the total
    ingesprongen: set = field(default_factory=set)  # rows indented (sub-themes)


@dataclass
class Grafiek:
    soort: ClassVar[str] = "grafiek"
    naam: str  # "figuur-58" or "figuur-59" (grafieken.py)
    titel: str
    alt: str


def getal(n):
    return opmaak.aantal(n)


def meervoud(n, enkel, meer):
    return f"{getal(n)} {enkel if n == 1 else meer}"


def verandering(procent, vergelijking):
    """'een daling met -13% ten opzichte van 2023' (the report writes the sign)."""
    if procent is None:
        return None
    tekst = opmaak.evolutie(procent)
    if tekst == "0":
        return f"evenveel als in {vergelijking}"
    soort = "stijging" if tekst.startswith("+") else "daling"
    return f"een {soort} met {tekst}% ten opzichte van {vergelijking}"


def opsomming(delen):
    delen = [d for d in delen if d]
    if len(delen) <= 1:
        return "".join(delen)
    return ", ".join(delen[:-1]) + " en " + delen[-1]


# --- the sections -------------------------------------------------------------------


def inleiding(data):
    return [
        Kop(1, "Juridische dienstverlening"),
        Alinea(
            "Met vier producten ondersteunen we professionals die met vreemdelingen werken: "
            "publicaties op vreemdelingenrecht.be, de juridesk, vormingen en begeleidingen. "
            f"Dit hoofdstuk geeft de cijfers van {data['jaar']}, vergeleken met "
            f"{data['vergelijking']}."
        ),
    ]


def publicaties(data):
    p, jaar, vgl = data["publicaties"], data["jaar"], data["vergelijking"]
    zinnen = [
        f"Eind {jaar} stonden er {meervoud(p['themapaginas'], 'themapagina', "themapagina's")} "
        f"op vreemdelingenrecht.be; {getal(p['themapaginas_bijgewerkt'])} daarvan werden in "
        f"{jaar} inhoudelijk bijgewerkt.",
        f"We publiceerden {meervoud(p['nieuwspaginas'], 'nieuwsbericht', 'nieuwsberichten')} "
        f"en hielden {meervoud(p['dossiers'], 'dossier', 'dossiers')} bij.",
    ]
    uitspraken = f"In de rechtspraakdatabank verschenen {getal(p['uitspraken'])} uitspraken"
    wijziging = verandering(p["uitspraken_evolutie"], vgl)
    zinnen.append(
        f"{uitspraken}. Dat is {wijziging}." if wijziging else f"{uitspraken}, in {vgl} geen."
    )
    if not (p["nieuwsbrieven"] or p["rechtspraakmailings"]):
        zinnen.append(f"In {jaar} verstuurden we geen e-nieuwsbrieven of rechtspraakmailings.")
    else:
        zinnen.append(_verzonden(p))
    abonnees = f"Eind {jaar} had de e-nieuwsbrief {meervoud(p['abonnees'], 'abonnee', 'abonnees')}"
    wijziging = verandering(p["abonnees_evolutie"], f"eind {vgl}")
    zinnen.append(f"{abonnees}, {wijziging}." if wijziging else f"{abonnees}.")
    zinnen.append(
        f"De redactie voerde {meervoud(p['moderatie_acties'], 'moderatieactie', 'moderatieacties')}"
        " uit: publicaties, depublicaties en teruggestuurde wijzigingen."
    )
    blokken = [Kop(2, "Publicaties"), Alinea(" ".join(zinnen))]
    blokken += [Alinea(zin) for zin in extern_zinnen(data["extern"], jaar)]
    return blokken


def _verzonden(p):
    return (
        f"We verstuurden {meervoud(p['nieuwsbrieven'], 'e-nieuwsbrief', 'e-nieuwsbrieven')} "
        f"met samen {meervoud(p['nieuwsbrief_berichten'], 'nieuwsbericht', 'nieuwsberichten')} "
        f"en {meervoud(p['rechtspraakmailings'], 'rechtspraakmailing', 'rechtspraakmailings')} "
        f"aan in totaal {meervoud(p['rechtspraakmailing_ontvangers'], 'ontvanger', 'ontvangers')}."
    )


def _bron(bron):
    return f" (bron: {bron})" if bron else ""


def extern_zinnen(e, jaar):
    zinnen = []
    website = opsomming(
        [
            e["unieke_gebruikers"] is not None
            and f"{getal(e['unieke_gebruikers'])} unieke gebruikers",
            e["sessies"] is not None and f"{getal(e['sessies'])} sessies",
            e["paginaweergaven"] is not None and f"{getal(e['paginaweergaven'])} paginaweergaven",
            e["gebeurtenissen"] is not None and f"{getal(e['gebeurtenissen'])} gebeurtenissen",
        ]
    )
    if website:
        zinnen.append(f"De website telde in {jaar} {website}{_bron(e['bron_website'])}.")
    tijdschrift = opsomming(
        [
            e["tijdschrift_nummers"] is not None
            and meervoud(e["tijdschrift_nummers"], "nummer", "nummers"),
            e["tijdschrift_paginas"] is not None
            and meervoud(e["tijdschrift_paginas"], "pagina", "pagina's"),
            e["tijdschrift_abonnees"] is not None
            and meervoud(e["tijdschrift_abonnees"], "abonnee", "abonnees"),
        ]
    )
    if tijdschrift:
        zinnen.append(
            f"Het Tijdschrift voor Vreemdelingenrecht telde {tijdschrift}"
            f"{_bron(e['bron_tijdschrift'])}."
        )
    andere = [regel.strip() for regel in (e["andere_publicaties"] or "").splitlines()]
    andere = [regel for regel in andere if regel]
    if andere:
        zinnen.append(f"Andere publicaties: {'; '.join(andere)}{_bron(e['bron_andere'])}.")
    return zinnen


def _juridesk_tabel(statistiek, naam):
    vgl = statistiek.vergelijking.label
    rijen, ingesprongen = [], set()
    for i, rij in enumerate(statistiek.rijen(naam)):
        rijen.append([rij.label, getal(rij.aantal), gedrukt(rij)])
        if rij.niveau == 1:
            ingesprongen.add(i)
    return Tabel(
        titel=f"Juridesk-vragen naar {LIJSTEN[naam].grafiektitel}",
        kolommen=[
            LIJSTEN[naam].kolom,
            f"Aantal {statistiek.periode.label}",
            f"Aandeel op totaal (en evolutie t.o.v. {vgl})",
        ],
        rijen=rijen,
        ingesprongen=ingesprongen,
    )


def juridesk(data, statistiek):
    jaar, vgl = data["jaar"], data["vergelijking"]
    zinnen = [
        f"In {jaar} beantwoordden we {getal(statistiek.totaal)} concrete juridische "
        "toepassingsvragen."
    ]
    wijziging = verandering(statistiek.evolutie, vgl)
    if wijziging:
        zinnen.append(f"Dat is {wijziging}.")
    lijnen = [r for r in statistiek.tabellen[LIJN] if r.code and r.aantal]
    if lijnen:
        zinnen.append(
            "Per lijn: " + opsomming(f"{r.label} {getal(r.aantal)}" for r in lijnen) + "."
        )
    regios = sorted((r for r in statistiek.tabellen[REGIO] if r.code), key=lambda r: -r.aantal)
    if regios and regios[0].aantal:
        zinnen.append(
            f"De meeste vragen kwamen uit {regios[0].label} ({opmaak.aandeel(regios[0].aandeel)})."
        )
    blokken = [Kop(2, "Juridesk"), Alinea(" ".join(zinnen))]
    return blokken + [_juridesk_tabel(statistiek, naam) for naam in TABELLEN]


def vormingen(data):
    v, jaar, vgl = data["vormingen"], data["jaar"], data["vergelijking"]
    zinnen = [
        f"In {jaar} gaven we {meervoud(v['aantal'], 'vorming', 'vormingen')} aan in totaal "
        f"{meervoud(v['deelnemers'], 'deelnemer', 'deelnemers')}."
    ]
    wijziging = verandering(v["evolutie"], vgl)
    if wijziging:
        zinnen.append(f"Het aantal vormingen kende {wijziging}.")
    e, i = v["extern"], v["intern"]
    zinnen.append(
        f"{meervoud(e['aantal'], 'externe vorming', 'externe vormingen')} bereikten "
        f"{meervoud(e['deelnemers'], 'deelnemer', 'deelnemers')}, van wie "
        f"{getal(e['lokale_besturen'])} uit lokale besturen; "
        f"{meervoud(i['aantal'], 'interne vorming', 'interne vormingen')} bereikten "
        f"{meervoud(i['deelnemers'], 'deelnemer', 'deelnemers')}."
    )
    kolommen = ["Aantal", "Deelnemers"]
    per_soort = [[r["label"], getal(r["aantal"]), getal(r["deelnemers"])] for r in v["per_soort"]]
    per_sector = [[r["label"], getal(r["aantal"]), getal(r["deelnemers"])] for r in v["per_sector"]]
    totaal = ["Totaal", getal(v["aantal"]), getal(v["deelnemers"])]
    return [
        Kop(2, "Vormingen"),
        Alinea(" ".join(zinnen)),
        Tabel(f"Vormingen per soort ({jaar})", ["Soort", *kolommen], [*per_soort, totaal]),
        Tabel(f"Vormingen per sector ({jaar})", ["Sector", *kolommen], [*per_sector, totaal]),
        Grafiek(
            "figuur-58",
            f"Figuur 58: vormingen en deelnemers per soort en per sector ({jaar})",
            f"Staafdiagram van de vormingen van {jaar} per soort en per sector, met hun "
            "deelnemers. De cijfers staan in de tabellen hierboven.",
        ),
    ]


ACTIVITEITEN = {
    ActiviteitSoort.WERKSESSIE: ("werksessie", "werksessies"),
    ActiviteitSoort.PUBLICATIE: ("publicatie", "publicaties"),
    ActiviteitSoort.VORMING: ("vorming", "vormingen"),
}


def begeleidingen(data):
    b, jaar = data["begeleidingen"], data["jaar"]
    per_activiteit = opsomming(
        meervoud(b["per_activiteit"][soort], *namen) for soort, namen in ACTIVITEITEN.items()
    )
    zinnen = [
        f"In {jaar} liepen er {meervoud(b['aantal'], 'begeleiding', 'begeleidingen')} van "
        "organisaties, werkgroepen en lerende netwerken, met samen "
        f"{meervoud(b['activiteiten'], 'activiteit', 'activiteiten')}: {per_activiteit}."
    ]
    soorten = [
        f"{r['label'].lower()} {getal(r['aantal'])} met "
        f"{meervoud(r['activiteiten'], 'activiteit', 'activiteiten')}"
        for r in b["per_soort"]
        if r["aantal"]
    ]
    if soorten:
        zinnen.append(f"Per soort: {opsomming(soorten)}.")
    koppen = ["Begeleidingen", "Activiteiten", "Werksessies", "Publicaties", "Vormingen"]
    per_soort = [
        [
            r["label"],
            getal(r["aantal"]),
            getal(r["activiteiten"]),
            *(getal(r["per_activiteit"][s]) for s in ACTIVITEITEN),
        ]
        for r in b["per_soort"]
    ]
    per_soort.append(
        [
            "Totaal",
            getal(b["aantal"]),
            getal(b["activiteiten"]),
            *(getal(b["per_activiteit"][s]) for s in ACTIVITEITEN),
        ]
    )
    per_sector = [
        [r["label"], getal(r["aantal"]), getal(r["activiteiten"])] for r in b["per_sector"]
    ]
    per_sector.append(["Totaal", getal(b["aantal"]), getal(b["activiteiten"])])
    return [
        Kop(2, "Begeleidingen"),
        Alinea(" ".join(zinnen)),
        Tabel(f"Begeleidingen per soort ({jaar})", ["Soort", *koppen], per_soort),
        Tabel(f"Begeleidingen per sector ({jaar})", ["Sector", *koppen[:2]], per_sector),
        Grafiek(
            "figuur-59",
            f"Figuur 59: begeleidingen en hun activiteiten per soort en per sector ({jaar})",
            f"Staafdiagram van de activiteiten van de begeleidingen van {jaar} per soort (naar "
            "werksessie, publicatie en vorming) en per sector. De cijfers staan in de tabellen "
            "hierboven.",
        ),
    ]


def dossiers(data):
    jaar = data["jaar"]
    if not data["dossiers"]:
        return []
    blokken = [
        Kop(2, "Dossiers"),
        Tabel(
            f"Dossiers ({jaar})",
            ["Dossier", "Moderatieacties", "Juridesk-vragen", "Vormingen"],
            [
                [
                    d["titel"],
                    getal(d["moderatie_acties"]),
                    getal(d["juridesk_vragen"]),
                    getal(d["vormingen"]),
                ]
                for d in data["dossiers"]
            ],
            totaal=False,
        ),
    ]
    for d in data["dossiers"]:
        blokken += [
            Kop(3, d["titel"]),
            Alinea(
                f"Voor het dossier {d['titel']} telden we in {jaar} "
                f"{meervoud(d['moderatie_acties'], 'moderatieactie', 'moderatieacties')}, "
                f"{meervoud(d['juridesk_vragen'], 'juridesk-vraag', 'juridesk-vragen')} en "
                f"{meervoud(d['vormingen'], 'vorming', 'vormingen')}."
            ),
        ]
    return blokken


def hoofdstuk(verslag):
    """Every block of the chapter, in the report's order."""
    data = verslag.data
    return [
        *inleiding(data),
        *publicaties(data),
        *juridesk(data, verslag.juridesk),
        *vormingen(data),
        *begeleidingen(data),
        *dossiers(data),
    ]
