"""The classification lists of the juridesk: which lists exist, how their tables are titled,
where the empty bucket ("Niet ingevuld") goes, and the values the data migration seeds.

The labels are exactly those of the 2024 annual report (docs/DOMEIN.md). After the first
migration the values live in the database (model `Waarde`) and coordinators manage them;
this module only describes the lists and the starting set.
"""

import gettext
from dataclasses import dataclass

REGIO = "regio"
CATEGORIE = "categorie"
SECTOR = "sector"
THEMA = "thema"
VERBLIJFSSITUATIE = "verblijfssituatie"
NATIONALITEIT = "nationaliteit"
KANAAL = "kanaal"
LIJN = "lijn"
DOSSIER = "dossier"
AFHANDELING = "afhandeling"

NIET_INGEVULD = "Niet ingevuld"


@dataclass(frozen=True)
class Lijst:
    naam: str
    label: str  # name of the list in the admin
    kolom: str  # first column of its statistics table
    grafiektitel: str  # "Aantal juridesk-vragen naar ..."
    leeg_label: str = NIET_INGEVULD
    # the empty bucket is printed after the value with this code (None: at the end)
    leeg_na: str | None = None
    statistiek: bool = True


LIJSTEN = {
    lijst.naam: lijst
    for lijst in [
        Lijst(REGIO, "Regio", "Regio van vraagsteller", "regio van vraagsteller"),
        Lijst(
            CATEGORIE,
            "Categorie vraagsteller",
            "Categorie vraagsteller",
            "categorie vraagsteller",
            leeg_na="vrijwilliger",
        ),
        Lijst(SECTOR, "Sector", "Sector", "sector", leeg_label="Niet ingevulde of geen sector"),
        Lijst(THEMA, "Thema", "Thema", "thema"),
        Lijst(VERBLIJFSSITUATIE, "Verblijfssituatie", "Verblijfssituatie", "verblijfssituatie"),
        Lijst(NATIONALITEIT, "Nationaliteit", "Nationaliteit", "nationaliteit"),
        Lijst(KANAAL, "Kanaal", "Kanaal", "kanaal"),
        Lijst(LIJN, "Lijn", "Lijn", "lijn"),
        Lijst(DOSSIER, "Dossier", "Dossier", "dossier"),
        Lijst(AFHANDELING, "Afhandeling", "Afhandeling", "afhandeling", statistiek=False),
    ]
}
LIJST_KEUZES = [(lijst.naam, lijst.label) for lijst in LIJSTEN.values()]
# The statistics tables, in the order of the annual report.
TABELLEN = [naam for naam, lijst in LIJSTEN.items() if lijst.statistiek]
# Foreign keys of Vraag that hold one value of a list (all lists but the themes).
ENKELVOUDIG = [naam for naam in LIJSTEN if naam != THEMA]

ANDERE_NATIONALITEITEN = "Andere nationaliteiten"
TOP_NATIONALITEITEN = 10

# (code, label) in the report's order.
SEED = {
    REGIO: [
        ("antwerpen", "Provincie Antwerpen"),
        ("brussel", "Brussels gewest"),
        ("oost-vlaanderen", "Oost-Vlaanderen"),
        ("vlaams-brabant", "Vlaams-Brabant"),
        ("west-vlaanderen", "West-Vlaanderen"),
        ("limburg", "Limburg"),
        ("buiten", "Buiten Vlaanderen en Brussel"),
    ],
    CATEGORIE: [
        ("non-profit", "Non-profit professional"),
        ("profit", "Profit professional"),
        ("vlaamse-overheid", "Vlaamse overheidsprofessional"),
        ("gemeentelijke-overheid", "Gemeentelijke overheidsprofessional"),
        ("andere-overheid", "Andere overheidsprofessional"),
        ("vrijwilliger", "Vrijwilliger"),
        ("betrokkene", "Betrokkene zelf"),
        ("ruime-publiek", "Ruime publiek"),
    ],
    SECTOR: [
        ("welzijn", "Welzijn"),
        ("justitie", "Justitie"),
        ("integratie", "Integratie en inburgering"),
        ("maatschappelijke-integratie", "Maatschappelijke integratie en asielopvang"),
        ("werk", "Werk"),
        ("binnenlands-bestuur", "Binnenlands bestuur"),
        ("onderwijs", "Onderwijs"),
        ("gezondheid", "Gezondheid"),
        ("cultuur-jeugd-sport", "Cultuur, jeugd, sport"),
        ("wonen", "Wonen"),
        ("andere", "Andere sectoren"),
    ],
    VERBLIJFSSITUATIE: [
        ("voorlopig", "Voorlopig of voorwaardelijk verblijf"),
        ("buitenland", "Verblijf in het buitenland"),
        ("niet-relevant", "Verblijfssituatie niet relevant"),
        ("onwettig", "Onwettig verblijf"),
        ("definitief", "Definitief en onvoorwaardelijk verblijf"),
    ],
    KANAAL: [("telefoon", "Telefoon"), ("e-mail", "E-mail")],
    LIJN: [
        ("vreemdelingenrecht", "Vreemdelingenrecht"),
        ("ipr", "Internationaal familierecht"),
    ],
    DOSSIER: [
        ("oekraine", "Oekraïne"),
        ("gaza", "Gaza en Palestijnse gebieden"),
        ("afghanistan", "Afghanistan"),
        ("soedan", "Soedan"),
        ("aardbeving-turkije-syrie", "Aardbeving Turkije en Syrië"),
        ("brexit", "Brexit"),
        ("corona", "Coronavirus"),
    ],
    AFHANDELING: [
        ("advies", "Advies"),
        ("doorverwijzing-advocaat", "Doorverwijzing naar een advocaat of juridische bijstand"),
        ("doorverwijzing-ocmw", "Doorverwijzing naar het OCMW"),
        ("doorverwijzing-dvz", "Doorverwijzing naar de Dienst Vreemdelingenzaken"),
        ("doorverwijzing-cgvs", "Doorverwijzing naar het CGVS"),
        ("doorverwijzing-integratie", "Doorverwijzing naar een integratiedienst"),
        ("doorverwijzing-ngo", "Doorverwijzing naar een gespecialiseerde dienst of ngo"),
        ("doorverwijzing-andere", "Doorverwijzing naar een andere dienst"),
    ],
}
# Retired values: kept for the history, hidden from the form.
NIET_ACTIEF = {(DOSSIER, "corona"), (DOSSIER, "brexit")}

# Two levels: (code, label, [(code, label), ...]).
THEMAS = [
    (
        "verblijfsrecht",
        "Verblijfsrecht",
        [
            ("gezinshereniging", "Gezinshereniging"),
            ("arbeidsmigratie", "Arbeidsmigratie"),
            ("bescherming", "Bescherming"),
            ("student", "Student niet-EU"),
            ("unieburger", "Unieburger"),
            ("verblijfsdocumenten", "Verblijfsdocumenten"),
            ("tijdelijke-bescherming", "Tijdelijke bescherming"),
            ("humanitaire-regularisatie", "Humanitaire regularisatie"),
            ("medische-regularisatie", "Medische regularisatie"),
            ("visum-kort-verblijf", "Visum kort verblijf"),
            ("langdurig-ingezetene", "Langdurig ingezetene"),
            ("nbmv", "Niet-begeleide minderjarigen"),
            ("staatloosheid", "Staatloosheid"),
            ("mensenhandel", "Slachtoffers van mensenhandel"),
            ("terugkeer", "Terugkeer en verwijdering"),
            ("detentie", "Detentie"),
        ],
    ),
    (
        "ipr",
        "Internationaal privaatrecht",
        [
            ("huwelijk", "Huwelijk of samenwoning"),
            ("buitenlandse-documenten", "Buitenlandse documenten"),
            ("afstamming", "Afstamming en erkenning"),
            ("echtscheiding", "Echtscheiding"),
            ("naam", "Naam"),
            ("adoptie", "Adoptie"),
            ("ouderlijk-gezag", "Ouderlijk gezag en onderhoudsplicht"),
            ("erfrecht", "Erfrecht"),
        ],
    ),
    (
        "sociaal-recht",
        "Sociaal recht",
        [
            ("werk", "Werk"),
            ("ocmw-steun", "OCMW-steun"),
            ("opvang", "Opvang"),
            ("gezondheidszorg", "Gezondheidszorg en dringende medische hulp"),
            ("groeipakket", "Groeipakket"),
            ("sociale-zekerheid", "Sociale zekerheid"),
            ("huisvesting", "Huisvesting"),
        ],
    ),
    (
        "burgerlijk-recht",
        "Burgerlijk recht",
        [
            ("nationaliteit", "Belgische nationaliteit"),
            ("burgerlijke-stand", "Burgerlijke stand"),
            ("identiteitsdocumenten", "Identiteitsdocumenten"),
        ],
    ),
    (
        "andere-wetgeving",
        "Andere wetgeving",
        [
            ("inburgering", "Inburgeringsdecreet"),
            ("onderwijs", "Onderwijs"),
            ("stemrecht", "Stemrecht"),
            ("rijbewijs", "Rijbewijs"),
            ("strafrecht", "Strafrecht"),
        ],
    ),
]

# Not (officially) in ISO 3166, but what the juridesk must be able to log: Kosovo (the
# code XK that the EU and Belgian administrations use), and two statuses.
EXTRA_LANDEN = [("XK", "Kosovo"), ("staatloos", "Staatloos"), ("onbekend", "Onbekend")]

# The Dutch name as Belgian jurists say it, where pycountry's Dutch catalogue has none
# (it leaves "Georgia" in English) or inverts it the way an index does ("Congo,
# Democratische Republiek"). Migration 0004 applies the same names to existing rows.
NAMEN_NL = {
    "GE": "Georgië",
    "CD": "Democratische Republiek Congo",
    "CG": "Congo-Brazzaville",
    "VA": "Vaticaanstad",
    "VI": "Amerikaanse Maagdeneilanden",
    "VG": "Britse Maagdeneilanden",
    "FK": "Falklandeilanden",
    "CC": "Cocoseilanden",
    "PS": "Palestina",
    "BQ": "Bonaire, Sint-Eustatius en Saba",
    "SH": "Sint-Helena, Ascension en Tristan da Cunha",
}


def landen():
    """(ISO 3166-1 alpha-2 code, Dutch name) of every country, sorted by Dutch name."""
    import pycountry

    vertaling = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"])
    rijen = []
    for land in pycountry.countries:
        naam = getattr(land, "common_name", None) or land.name
        label = NAMEN_NL.get(land.alpha_2) or vertaling.gettext(naam)
        rijen.append((land.alpha_2, label))
    rijen += EXTRA_LANDEN
    return sorted(rijen, key=lambda rij: sorteersleutel(rij[1]))


def sorteersleutel(tekst):
    """Case- and accent-insensitive key: 'Oekraïne' == 'oekraine'."""
    import unicodedata

    genormaliseerd = unicodedata.normalize("NFKD", tekst or "")
    return "".join(c for c in genormaliseerd if not unicodedata.combining(c)).casefold().strip()
