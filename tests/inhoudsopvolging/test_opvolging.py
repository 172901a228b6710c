"""The content follow-up: per theme page the juridesk questions and failed searches, ranked
by what most needs an editor; the queries without results or without an opened result, each
with the action that closes the loop (a synonym, a promoted page) changing the next search;
the exports; and who sees the screen."""

import datetime
import io
import json
from urllib.parse import parse_qs, urlsplit

import openpyxl
import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from inhoudsopvolging.gegevens import bereken
from juridesk.models import ThemaKoppeling, Vraag, Waarde
from zoeken import zoeklog

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("leeg_logboek")]
SCHERM = "/admin/inhoudsopvolging/"


@pytest.fixture
def site(maak_thema, maak_nieuws):
    lang_geleden = datetime.date.today() - datetime.timedelta(days=730)
    verblijf = maak_thema("Verblijf", laatst_bijgewerkt=datetime.date.today())
    gezin = maak_thema(
        "Gezinshereniging",
        parent=verblijf,
        samenvatting="Een familielid laten overkomen.",
        laatst_bijgewerkt=lang_geleden,
    )
    leefloon = maak_thema(
        "Leefloon",
        samenvatting="Het leefloon van het OCMW: voorwaarden en bedragen.",
        laatst_bijgewerkt=datetime.date.today() - datetime.timedelta(days=30),
    )
    maak_nieuws("Nieuwe inkomensgrens voor gezinshereniging", themas=[gezin])
    call_command("zoekindex_bijwerken", verbosity=0)
    thema = Waarde.objects.get(lijst="thema", code="verblijfsrecht-gezinshereniging")
    ThemaKoppeling.objects.create(thema=thema, pagina=gezin)
    ocmw = Waarde.objects.get(lijst="thema", code="sociaal-recht-ocmw-steun")
    ThemaKoppeling.objects.create(thema=ocmw, pagina=leefloon)
    nu = timezone.now()
    for i in range(3):
        vraag = Vraag(
            datum=nu, niet_beantwoord=i == 0, ontbrekend="Bedrag ontbreekt" if i == 0 else ""
        )
        vraag.save()
        vraag.zet_themas([thema])
    for _ in range(5):  # more questions, all answered, on a page updated recently
        vraag = Vraag(datum=nu)
        vraag.save()
        vraag.zet_paginas([leefloon])
    return {"verblijf": verblijf, "gezin": gezin, "leefloon": leefloon}


def test_the_pages_are_ranked_by_what_most_needs_an_editor(site):
    vandaag = timezone.localdate()
    opvolging = bereken(vandaag - datetime.timedelta(days=30), vandaag)
    titels = [p.titel for p in opvolging.paginas]
    assert titels == ["Gezinshereniging", "Leefloon", "Verblijf"]
    gezin, leefloon, verblijf = opvolging.paginas
    assert (gezin.vragen, gezin.niet_beantwoord, gezin.notities) == (
        3,
        1,
        [("Bedrag ontbreekt", 1)],
    )
    assert gezin.nieuws_sinds == 1 and gezin.dagen_sinds_update == 730
    # (10 x 1 + 3) x (1 + 730/365) + 5 x 1 news = 44
    assert gezin.urgentie == 44
    # (0 + 5) x (1 + 30/365)
    assert leefloon.vragen == 5 and leefloon.urgentie == round(5 * (1 + 30 / 365), 2)
    assert verblijf.urgentie == 0


def test_a_not_answered_question_counts_on_the_page_noted_with_it_not_every_theme_s_page(
    site, aangemeld_als
):
    # a question on gezinshereniging and OCMW-steun, referred to the leefloon page: what was
    # missing is about leefloon; it counts as a question on both pages, as not answered
    # only on the leefloon page
    vraag = Vraag(datum=timezone.now(), niet_beantwoord=True, ontbrekend="Leefloonbedrag 2026")
    vraag.save()
    vraag.zet_themas(
        [
            Waarde.objects.get(lijst="thema", code="verblijfsrecht-gezinshereniging"),
            Waarde.objects.get(lijst="thema", code="sociaal-recht-ocmw-steun"),
        ]
    )
    vraag.zet_paginas([site["leefloon"]])
    vandaag = timezone.localdate()
    paginas = {p.titel: p for p in bereken(vandaag - datetime.timedelta(days=30), vandaag).paginas}
    html = aangemeld_als("Coördinatoren").get(SCHERM).content.decode()
    assert "Niet beantwoord en wat ontbrak: op de pagina die de jurist erbij noteerde" in html
    assert paginas["Leefloon"].notities == [("Leefloonbedrag 2026", 1)]
    assert (paginas["Leefloon"].vragen, paginas["Leefloon"].niet_beantwoord) == (6, 1)
    assert paginas["Gezinshereniging"].notities == [("Bedrag ontbreekt", 1)]
    assert (paginas["Gezinshereniging"].vragen, paginas["Gezinshereniging"].niet_beantwoord) == (
        4,
        1,
    )


def test_searches_count_for_the_page_they_led_to(site, client):
    antwoord = client.get("/zoeken/", {"q": "leefloon voorwaarden", "direct": "0"})
    link = antwoord.content.decode().split('<h2><a href="')[1].split('"')[0].replace("&amp;", "&")
    client.get(link)
    vandaag = timezone.localdate()
    opvolging = bereken(vandaag, vandaag)  # flushes the log first
    assert {p.titel: p.zoekopdrachten for p in opvolging.paginas}["Leefloon"] == 1


def test_a_synonym_for_a_query_without_results_changes_the_next_search(site, aangemeld_als):
    lezer = Client()
    lezer.get("/zoeken/", {"q": "bijstandsuitkering", "direct": "0"})
    coordinator = aangemeld_als("Coördinatoren")
    html = coordinator.get(SCHERM).content.decode()
    assert "bijstandsuitkering" in html
    actie = [
        deel.split('"')[0].replace("&amp;", "&")
        for deel in html.split('href="')
        if "synoniemgroep/add/" in deel.split('"')[0]
    ][0]
    assert parse_qs(urlsplit(actie).query)["termen"] == ["bijstandsuitkering"]
    formulier = coordinator.get(actie).content.decode()
    assert "bijstandsuitkering, " in formulier  # the existing synonym form, prefilled
    antwoord = coordinator.post(
        actie, {"termen": "bijstandsuitkering, leefloon", "opmerking": "", "actief": "on"}
    )
    assert antwoord.status_code == 302, antwoord.content.decode()[-1500:]
    na = lezer.get("/zoeken/", {"q": "bijstandsuitkering", "direct": "0"})
    assert [r.titel for r in na.context["uitkomst"].resultaten][0] == "Leefloon"


def test_promoting_a_page_for_a_query_nobody_opened_puts_it_on_top(site, aangemeld_als):
    lezer = Client()
    lezer.get("/zoeken/", {"q": "voorwaarden", "direct": "0"})
    redacteur = aangemeld_als("Redacteurs")
    html = redacteur.get(SCHERM).content.decode()
    assert "Pagina promoten" in html
    antwoord = redacteur.post(
        "/admin/inhoudsopvolging/promoot/", {"zoekterm": "voorwaarden", "pagina": site["gezin"].pk}
    )
    assert antwoord.status_code == 302
    na = lezer.get("/zoeken/", {"q": "Voorwaarden", "direct": "0"})
    eerste = na.context["uitkomst"].resultaten[0]
    assert (eerste.titel, eerste.gepromoot) == ("Gezinshereniging", True)


@pytest.mark.parametrize(
    ("groep", "mag"),
    [("Redacteurs", True), ("Coördinatoren", True), ("Juristen", False), (None, False)],
)
def test_who_sees_the_screen(site, aangemeld_als, groep, mag):
    client = aangemeld_als(groep) if groep else Client()
    for url in (SCHERM, "/admin/inhoudsopvolging/export.csv"):
        antwoord = client.get(url)
        if mag:
            assert antwoord.status_code == 200
        else:
            assert antwoord.status_code in (302, 403)
            assert "Gezinshereniging" not in antwoord.content.decode()


def test_the_exports_read_back(site, aangemeld_als, tmp_path):
    coordinator = aangemeld_als("Coördinatoren")
    xlsx = coordinator.get("/admin/inhoudsopvolging/export.xlsx")
    boek = openpyxl.load_workbook(io.BytesIO(xlsx.content))
    assert boek.sheetnames == ["Pagina's", "Zonder resultaat", "Niet geopend"]
    rijen = list(boek["Pagina's"].values)
    assert rijen[0][:4] == ("Pad", "Titel", "Vragen", "Niet beantwoord")
    assert rijen[1][:4] == ("verblijf/gezinshereniging", "Gezinshereniging", 3, 1)
    csv = coordinator.get("/admin/inhoudsopvolging/export.csv").content.decode("utf-8-sig")
    assert "verblijf/gezinshereniging;Gezinshereniging;3;1;Bedrag ontbreekt (1)" in csv


def test_the_command_writes_the_issues_json(site, tmp_path, capsys):
    vandaag = timezone.localdate()
    Client().get("/zoeken/", {"q": "qqqxyz", "direct": "0"})
    uit = tmp_path / "opvolging.json"
    call_command(
        "inhoudsopvolging",
        van=str(vandaag - datetime.timedelta(days=7)),
        tot=str(vandaag),
        output=str(uit),
    )
    data = json.loads(uit.read_text(encoding="utf-8"))
    assert set(data) == {"periode", "paginas", "zonder_resultaat", "niet_geopend"}
    assert data["periode"] == {
        "van": str(vandaag - datetime.timedelta(days=7)),
        "tot": str(vandaag),
    }
    assert data["paginas"][0] == {
        "pad": "verblijf/gezinshereniging",
        "titel": "Gezinshereniging",
        "vragen": 3,
        "niet_beantwoord": 1,
        "zoekopdrachten": 0,
        "laatst_bijgewerkt": str(datetime.date.today() - datetime.timedelta(days=730)),
        "dagen_sinds_update": 730 + 0,
    }
    assert data["zonder_resultaat"] == [{"zoekterm": "qqqxyz", "aantal": 1}]
    call_command(
        "inhoudsopvolging",
        van=str(vandaag),
        tot=str(vandaag),
        format="xlsx",
        output=str(tmp_path / "o.xlsx"),
    )
    assert openpyxl.load_workbook(tmp_path / "o.xlsx").sheetnames[0] == "Pagina's"
    assert zoeklog.schrijf_weg() == 0
