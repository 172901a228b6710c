"""A small site for the search tests: a theme tree, news old and new, a dossier, lexicon
entries, and two judgments indexed the way rechtspraak does it."""

import datetime

import pytest
from wagtail.rich_text import RichText

from kennisbank.models import BegripPagina, DossierPagina, LexiconPagina
from kennisbank.zoeken import analyse, index


def tekst(*alineas):
    return [("tekst", RichText("".join(f"<p>{a}</p>" for a in alineas)))]


@pytest.fixture(autouse=True)
def verse_caches():
    analyse.wis_synoniemen_cache()
    index.wis_woordenschat_cache()
    yield
    analyse.wis_synoniemen_cache()
    index.wis_woordenschat_cache()


@pytest.fixture
def maak_begrip(home):
    def maak(titel, definitie):
        lexicon = LexiconPagina.objects.get()
        page = BegripPagina(title=titel, definitie=f"<p>{definitie}</p>")
        lexicon.add_child(instance=page)
        page.save_revision().publish()
        return page

    return maak


@pytest.fixture
def maak_dossier(dossier_index):
    def maak(titel, in_het_kort, body=()):
        page = DossierPagina(title=titel, in_het_kort=f"<p>{in_het_kort}</p>", body=list(body))
        dossier_index.add_child(instance=page)
        page.save_revision().publish()
        return page

    return maak


@pytest.fixture
def site(maak_thema, maak_nieuws, maak_begrip, maak_dossier):
    """The pages by a short name."""
    p = {}
    p["verblijf"] = maak_thema(
        "Verblijf",
        samenvatting="Wie mag in België verblijven, en met welke verblijfsdocumenten?",
        body=tekst("Een overzicht van de verblijfsprocedures voor vreemdelingen."),
    )
    p["gezinshereniging"] = maak_thema(
        "Gezinshereniging",
        parent=p["verblijf"],
        samenvatting=(
            "Familieleden van een vreemdeling of een Belg kunnen een verblijfsrecht krijgen "
            "via gezinshereniging."
        ),
        body=tekst(
            "De aanvraag gebeurt bij de gemeente of bij de Belgische ambassade.",
            "De Dienst Vreemdelingenzaken beslist binnen negen maanden.",
        ),
    )
    p["met_een_belg"] = maak_thema(
        "Gezinshereniging met een Belg",
        parent=p["gezinshereniging"],
        samenvatting="De voorwaarden voor de echtgenoot en de kinderen van een Belg.",
        body=tekst("De Belg moet stabiele, regelmatige en toereikende bestaansmiddelen hebben."),
    )
    p["verblijfskaarten"] = maak_thema(
        "Verblijfskaarten",
        parent=p["verblijf"],
        samenvatting="De elektronische kaarten: A-kaart, B-kaart, F-kaart en EU-kaarten.",
        body=tekst("Een verblijfskaart wordt afgegeven door de gemeente."),
    )
    p["werk"] = maak_thema(
        "Werk",
        samenvatting="Wanneer mag een vreemdeling in België werken?",
        body=tekst("Voor werknemers bestaat de gecombineerde vergunning."),
    )
    p["arbeidskaart"] = maak_thema(
        "Arbeidskaart en gecombineerde vergunning",
        parent=p["werk"],
        samenvatting="De oude arbeidskaart werd vervangen door de gecombineerde vergunning.",
        body=tekst("De werkgever vraagt de toelating tot arbeid aan bij het gewest."),
    )
    p["nationaliteit"] = maak_thema(
        "Belgische nationaliteit",
        samenvatting="De wegen naar de Belgische nationaliteit.",
        body=tekst(
            "De nationaliteitsverklaring wordt afgelegd bij de ambtenaar van de burgerlijke "
            "stand."
        ),
    )
    p["huwelijk"] = maak_thema(
        "Huwelijk",
        samenvatting="Een huwelijk in België of in het buitenland, en de erkenning ervan.",
        body=tekst("Internationaal privaatrecht bepaalt welk recht van toepassing is."),
    )
    p["leefloon"] = maak_thema(
        "Leefloon",
        samenvatting=(
            "Het recht op maatschappelijke integratie voor erkende vluchtelingen en "
            "subsidiair beschermden."
        ),
        body=tekst("Het OCMW kent het leefloon toe na een sociaal onderzoek."),
    )
    p["nieuws_nieuw"] = maak_nieuws(
        "Strengere inkomensvoorwaarde bij gezinshereniging",
        datum=datetime.date.today() - datetime.timedelta(days=20),
        samenvatting="De inkomensvoorwaarde voor gezinshereniging stijgt.",
        themas=[p["gezinshereniging"]],
    )
    p["nieuws_oud"] = maak_nieuws(
        "Gezinshereniging: nieuwe formulieren",
        datum=datetime.date.today() - datetime.timedelta(days=2000),
        samenvatting="De formulieren voor gezinshereniging veranderen.",
        themas=[p["gezinshereniging"]],
    )
    p["unieburger"] = maak_begrip(
        "Unieburger", "Een onderdaan van een lidstaat van de Europese Unie."
    )
    p["oekraine"] = maak_dossier(
        "Oekraïne",
        "Tijdelijke bescherming voor wie de oorlog in Oekraïne ontvlucht.",
        body=tekst("Ontheemden uit Oekraïne krijgen een A-kaart."),
    )
    index.indexeer_document(
        bron="test.uitspraak",
        sleutel="1",
        type="uitspraak",
        titel="RvV 12 maart 2024, nr. 301 234",
        url="/rechtspraak/1/",
        samenvatting="Weigering van een visum gezinshereniging vernietigd.",
        tekst="De Raad voor Vreemdelingenbetwistingen vernietigt de bestreden beslissing.",
        datum=datetime.date(2024, 3, 12),
        extra_termen="ECLI:BE:RVV:2024:ARR.301234 301.234 RvV",
    )
    index.indexeer_document(
        bron="test.uitspraak",
        sleutel="2",
        type="uitspraak",
        titel="GwH 7 juli 2023, nr. 110/2023",
        url="/rechtspraak/2/",
        samenvatting="Het Grondwettelijk Hof over de wachttijd voor gezinshereniging.",
        tekst="Het Hof verwerpt het beroep.",
        datum=datetime.date(2023, 7, 7),
        extra_termen="ECLI:BE:GHCC:2023:ARR.110 110/2023 GwH",
    )
    return p
