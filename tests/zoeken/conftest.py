"""A small site for the search tests: a theme tree, news old and new, a dossier, lexicon
entries, and two judgments indexed the way rechtspraak does it."""

import datetime

import pytest
from django.db import transaction
from wagtail.rich_text import RichText

from kennisbank.models import (
    BegripPagina,
    DossierIndexPagina,
    DossierPagina,
    HomePage,
    LexiconPagina,
    NieuwsIndexPagina,
    NieuwsPagina,
    ThemaPagina,
)
from zoeken import analyse, index


def tekst(*alineas):
    return [("tekst", RichText("".join(f"<p>{a}</p>" for a in alineas)))]


@pytest.fixture(autouse=True)
def verse_caches():
    analyse.wis_synoniemen_cache()
    index.wis_woordenschat_cache()
    yield
    analyse.wis_synoniemen_cache()
    index.wis_woordenschat_cache()


def _publiceer(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def maak_thema(titel, parent=None, **velden):
    velden.setdefault("samenvatting", f"Samenvatting over {titel.lower()}.")
    return _publiceer(parent or HomePage.objects.get(), ThemaPagina(title=titel, **velden))


def maak_nieuws(titel, datum, themas=(), **velden):
    page = _publiceer(
        NieuwsIndexPagina.objects.get(), NieuwsPagina(title=titel, datum=datum, **velden)
    )
    page.themas.set(themas)
    page.save_revision().publish()
    return page


def maak_begrip(titel, definitie):
    return _publiceer(
        LexiconPagina.objects.get(), BegripPagina(title=titel, definitie=f"<p>{definitie}</p>")
    )


def maak_dossier(titel, in_het_kort, body=()):
    page = DossierPagina(title=titel, in_het_kort=f"<p>{in_het_kort}</p>", body=list(body))
    return _publiceer(DossierIndexPagina.objects.get(), page)


@pytest.fixture(scope="module")
def zoeksite(django_db_setup, django_db_blocker):
    """The pages by a short name, built once per test module inside a transaction that is
    rolled back afterwards (each test runs in a savepoint within it)."""
    with django_db_blocker.unblock(), transaction.atomic():
        analyse.wis_synoniemen_cache()
        index.wis_woordenschat_cache()
        yield _bouw_site()
        transaction.set_rollback(True)
    analyse.wis_synoniemen_cache()
    index.wis_woordenschat_cache()


@pytest.fixture
def site(zoeksite, db):
    return zoeksite


def _bouw_site():
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
            "De nationaliteitsverklaring wordt afgelegd bij de ambtenaar van de burgerlijke stand."
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
