"""Following from each place (theme page, dossier, case-law search, the follow page), with the
newsletter's double opt-in, consent record, personal manage link and erasure; unfollowing on
the manage page and with the alerts' one-click link; the case-law list's migration."""

import re
from importlib import import_module

import pytest
from django.apps import apps
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError

from kennisbank.models import DossierPagina
from nieuwsbrief.models import Abonnee, Volg
from rechtspraak.models import Instantie

from .conftest import tekst_van

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def leeg_cache():
    cache.clear()


@pytest.fixture
def dossier(dossier_index):
    pagina = DossierPagina(title="Oekraïne")
    dossier_index.add_child(instance=pagina)
    pagina.save_revision().publish()
    return pagina


def bevestigingslink(postvak, email):
    bericht = postvak.aan(email)[-1]
    return re.search(r"http://testserver(/nieuwsbrief/bevestigen/\S+/)", tekst_van(bericht))[1]


def test_volg_dit_thema_van_de_themapagina_tot_de_bevestiging(client, smtp_server, maak_thema):
    verblijf = maak_thema("Verblijf")
    gezin = maak_thema("Gezinshereniging", parent=verblijf)
    pagina = client.get(gezin.url).content.decode()
    link = re.search(r'href="([^"]+)">Volg dit thema<', pagina)[1]
    assert link == f"/nieuwsbrief/volgen/?thema={gezin.pk}"

    formulier = client.get(link)
    assert formulier.status_code == 200
    html = formulier.content.decode()
    # the theme she came from is checked, the others are not
    assert re.search(rf'value="{gezin.pk}"[^>]*checked', html)
    assert not re.search(rf'value="{verblijf.pk}"[^>]*checked', html)

    antwoord = client.post(
        link, {"email": "Werker@Example.be", "themas": [gezin.pk], "frequentie": "dag"}
    )
    assert antwoord.status_code == 302
    abonnee = Abonnee.objects.get()
    assert abonnee.status == "wachtend" and not abonnee.volgt.exists()

    mail = tekst_van(smtp_server.aan("werker@example.be")[0])
    assert "meldingen over wat je volgt" in mail and "Gezinshereniging" in mail
    bevestig = bevestigingslink(smtp_server, "werker@example.be")
    assert "Gezinshereniging" in client.get(bevestig).content.decode()
    assert not abonnee.volgt.exists()  # a link scanner's GET changes nothing

    client.post(bevestig)
    abonnee.refresh_from_db()
    assert abonnee.status == "ingeschreven" and abonnee.meldingen and not abonnee.nieuwsbrief
    assert abonnee.frequentie == "dag"
    assert [v.sleutel for v in abonnee.volgt.all()] == [f"thema:{gezin.pk}"]
    assert "Volgt: Thema: Gezinshereniging" in abonnee.toestemming
    assert "dubbele opt-in" in abonnee.toestemming
    # the link works once
    assert client.post(bevestig).status_code == 410


def test_volg_dit_dossier(client, smtp_server, dossier):
    html = client.get(dossier.url).content.decode()
    link = re.search(r'href="([^"]+)">Volg dit dossier<', html)[1]
    client.post(link, {"email": "a@example.be", "dossiers": [dossier.pk], "frequentie": "week"})
    client.post(bevestigingslink(smtp_server, "a@example.be"))
    volg = Volg.objects.get()
    assert (volg.soort, volg.pagina_id, volg.abonnee.frequentie) == ("dossier", dossier.pk, "week")


def test_volg_deze_zoekopdracht_bewaart_de_facet_url(client, smtp_server):
    html = client.get("/rechtspraak/?q=gezin&instantie=rvv&page=2").content.decode()
    link = re.search(r'href="([^"]+)">Volg deze zoekopdracht<', html)[1].replace("&amp;", "&")
    assert link.startswith("/nieuwsbrief/volgen/?zoekopdracht=")
    formulier = client.get(link).content.decode()
    assert "gezin, instantie rvv" in formulier
    antwoord = client.post(
        link,
        {
            "email": "b@example.be",
            "zoekopdrachten": ["q=gezin&instantie=rvv"],
            "frequentie": "week",
        },
    )
    assert antwoord.status_code == 302
    client.post(bevestigingslink(smtp_server, "b@example.be"))
    volg = Volg.objects.get()
    assert (volg.soort, volg.zoekopdracht) == ("zoekopdracht", "q=gezin&instantie=rvv")


def test_volg_deze_instantie_vanuit_de_filter_op_een_instantie(client, smtp_server):
    html = client.get("/rechtspraak/?q=gezin&instantie=rvv").content.decode()
    link = re.search(r'href="([^"]+)">Volg deze instantie<', html)[1]
    assert link == "/nieuwsbrief/volgen/?instantie=rvv"
    rvv = Instantie.objects.get(code="rvv")
    formulier = client.get(link).content.decode()
    assert re.search(rf'<input[^>]*value="{rvv.pk}"[^>]*checked', formulier)
    antwoord = client.post(
        link, {"email": "d@example.be", "instanties": [rvv.pk], "frequentie": "dag"}
    )
    assert antwoord.status_code == 302
    client.post(bevestigingslink(smtp_server, "d@example.be"))
    volg = Volg.objects.get()
    assert (volg.soort, volg.instantie_id, volg.abonnee.frequentie) == ("instantie", rvv.pk, "dag")

    # Without a court, or with two, there is no one court to follow.
    for zoekopdracht in ("q=gezin", "instantie=rvv&instantie=rvs"):
        html = client.get(f"/rechtspraak/?{zoekopdracht}").content.decode()
        assert "Volg deze zoekopdracht" in html and "Volg deze instantie" not in html


def test_het_volgformulier_vraagt_iets_om_te_volgen(client, smtp_server):
    antwoord = client.post("/nieuwsbrief/volgen/", {"email": "c@example.be", "frequentie": "week"})
    assert antwoord.status_code == 400
    assert "Kies minstens één thema" in antwoord.content.decode()
    assert not Abonnee.objects.exists() and not smtp_server.berichten


def test_een_abonnee_van_de_nieuwsbrief_volgt_erbij(client, smtp_server, maak_abonnee, maak_thema):
    thema = maak_thema("Nationaliteit")
    abonnee = maak_abonnee("lezer@example.be", nieuwsbrief=True)
    rvv = Instantie.objects.get(code="rvv")
    client.post(
        "/nieuwsbrief/volgen/",
        {
            "email": "lezer@example.be",
            "themas": [thema.pk],
            "instanties": [rvv.pk],
            "rechtspraak": "on",
            "frequentie": "week",
        },
    )
    client.post(bevestigingslink(smtp_server, "lezer@example.be"))
    abonnee.refresh_from_db()
    assert abonnee.lijsten == ["nieuwsbrief", "meldingen"]  # one subscriber, two kinds of mail
    assert sorted(abonnee.volgt.values_list("sleutel", flat=True)) == sorted(
        [f"thema:{thema.pk}", f"instantie:{rvv.pk}", "rechtspraak"]
    )


def test_wijzig_wat_je_volgt_met_de_persoonlijke_link(client, maak_abonnee, maak_thema):
    a, b = maak_thema("Verblijf"), maak_thema("Bescherming")
    abonnee = maak_abonnee("d@example.be", nieuwsbrief=True)
    Volg.objects.create(abonnee=abonnee, soort="thema", sleutel=f"thema:{a.pk}", pagina=a)
    abonnee.kies_lijsten(["nieuwsbrief", "meldingen"])

    beheer = client.get(f"/nieuwsbrief/beheren/{abonnee.token}/").content.decode()
    assert "Wat je volgt" in beheer and "Thema: Verblijf" in beheer
    pagina = f"/nieuwsbrief/beheren/{abonnee.token}/volgen/"
    assert re.search(rf'value="{a.pk}"[^>]*checked', client.get(pagina).content.decode())

    antwoord = client.post(pagina, {"themas": [b.pk], "frequentie": "dag"})
    assert "Je keuze is opgeslagen" in antwoord.content.decode()
    abonnee.refresh_from_db()
    assert list(abonnee.volgt.values_list("sleutel", flat=True)) == [f"thema:{b.pk}"]
    assert abonnee.frequentie == "dag" and abonnee.meldingen

    # nothing checked: she follows nothing and the alerts stop; the newsletter stays
    antwoord = client.post(pagina, {"frequentie": "dag"})
    assert "Je volgt niets meer" in antwoord.content.decode()
    abonnee.refresh_from_db()
    assert not abonnee.volgt.exists() and abonnee.lijsten == ["nieuwsbrief"]
    assert abonnee.status == "ingeschreven"


def test_de_afmeldlink_van_de_meldingen_stopt_alleen_de_meldingen(client, maak_abonnee):
    abonnee = maak_abonnee("e@example.be", nieuwsbrief=True)
    abonnee.kies_lijsten(["nieuwsbrief", "meldingen"])
    antwoord = client.post(f"/nieuwsbrief/afmelden/{abonnee.token}/meldingen/")
    assert antwoord.status_code == 200
    abonnee.refresh_from_db()
    assert abonnee.lijsten == ["nieuwsbrief"] and abonnee.status == "ingeschreven"


def test_wissen_neemt_wat_ze_volgt_mee(maak_abonnee, maak_thema):
    thema = maak_thema("Verblijf")
    abonnee = maak_abonnee("f@example.be")
    Volg.objects.create(abonnee=abonnee, soort="thema", sleutel=f"thema:{thema.pk}", pagina=thema)
    call_command("nieuwsbrief_wissen", "f@example.be")
    assert not Volg.objects.exists() and not Abonnee.objects.exists()


def test_de_rechtspraaklijst_volgt_alle_rechtspraak(maak_abonnee):
    op_de_lijst = maak_abonnee("g@example.be", nieuwsbrief=False, rechtspraak=True)
    alleen_nieuwsbrief = maak_abonnee("h@example.be", nieuwsbrief=True)
    weg = maak_abonnee("i@example.be", rechtspraak=True, status=Abonnee.Status.UITGESCHREVEN)
    migratie = import_module("nieuwsbrief.migrations.0006_rechtspraak_volgt_alle_rechtspraak")
    migratie.zet_om(apps, None)
    op_de_lijst.refresh_from_db()
    # she keeps the monthly mailing and follows all case law with weekly alerts
    assert op_de_lijst.lijsten == ["rechtspraak", "meldingen"]
    assert list(op_de_lijst.volgt.values_list("sleutel", flat=True)) == ["rechtspraak"]
    assert "omgezet van de inschrijving op de rechtspraakmailing" in op_de_lijst.toestemming
    assert not alleen_nieuwsbrief.volgt.exists() and not weg.volgt.exists()
    migratie.zet_om(apps, None)  # twice: still one follow
    assert Volg.objects.count() == 1


def csv_bestand(tmp_path, tekst):
    pad = tmp_path / "lijst.csv"
    pad.write_text(tekst, encoding="utf-8")
    return pad


def test_de_import_leest_volgt_en_frequentie(tmp_path, maak_thema, dossier, capsys):
    verblijf = maak_thema("Verblijf")
    gezin = maak_thema("Gezinshereniging", parent=verblijf)
    pad = csv_bestand(
        tmp_path,
        "email;lijsten;ingeschreven_op;volgt;frequentie\n"
        "jurist@example.be;nieuwsbrief;2019-03-04;thema:verblijf/gezinshereniging|"
        "instantie:RvV|rechtspraak;dag\n"
        "werker@example.be;;2023-11-30;dossier:dossiers/oekraïne;\n"
        "lezer@example.be;nieuwsbrief;2023-11-30;;\n",
    )
    call_command("nieuwsbrief_import", str(pad))
    jurist = Abonnee.objects.get(email="jurist@example.be")
    assert jurist.lijsten == ["nieuwsbrief", "meldingen"] and jurist.frequentie == "dag"
    rvv = Instantie.objects.get(code="rvv")
    assert sorted(jurist.volgt.values_list("sleutel", flat=True)) == sorted(
        [f"thema:{gezin.pk}", f"instantie:{rvv.pk}", "rechtspraak"]
    )
    werker = Abonnee.objects.get(email="werker@example.be")  # follows only: no list needed
    assert werker.lijsten == ["meldingen"] and werker.frequentie == "week"
    assert [v.pagina_id for v in werker.volgt.all()] == [dossier.pk]
    assert "met de meldingen" in werker.toestemming
    lezer = Abonnee.objects.get(email="lezer@example.be")
    assert lezer.lijsten == ["nieuwsbrief"] and not lezer.volgt.exists()

    # the export writes the same columns, and they read back
    capsys.readouterr()
    call_command("nieuwsbrief_export")
    uit = capsys.readouterr().out
    assert (
        "jurist@example.be;nieuwsbrief;2019-03-04;"
        "instantie:rvv|rechtspraak|thema:verblijf/gezinshereniging;dag"
    ) in uit
    Abonnee.objects.all().delete()
    (tmp_path / "terug.csv").write_text(uit, encoding="utf-8")
    call_command("nieuwsbrief_import", str(tmp_path / "terug.csv"))
    assert Abonnee.objects.get(email="jurist@example.be").volgt.count() == 3


@pytest.mark.parametrize(
    "regel, fout",
    [
        (
            "b@example.be;nieuwsbrief;2024-01-01;thema:bestaat/niet;",
            "regel 3: volgt 'thema:bestaat/niet' is onbekend",
        ),
        (
            "b@example.be;nieuwsbrief;2024-01-01;hobby:vissen;",
            "regel 3: volgt 'hobby:vissen' is onbekend",
        ),
        ("b@example.be;nieuwsbrief;2024-01-01;instantie:xyz;", "regel 3: volgt 'instantie:xyz'"),
        (
            "b@example.be;nieuwsbrief;2024-01-01;rechtspraak;maandelijks",
            "regel 3: frequentie 'maandelijks'",
        ),
        ("b@example.be;;2024-01-01;;", "regel 3: lijsten ''"),
        ("b@example.be;meldingen;2024-01-01;;", "regel 3: lijsten 'meldingen'"),
    ],
)
def test_een_foute_volgregel_breekt_de_hele_import_af(tmp_path, regel, fout):
    pad = csv_bestand(
        tmp_path,
        "email;lijsten;ingeschreven_op;volgt;frequentie\n"
        f"a@example.be;nieuwsbrief;2024-01-01;rechtspraak;week\n{regel}\n",
    )
    with pytest.raises(CommandError, match=re.escape(fout)):
        call_command("nieuwsbrief_import", str(pad))
    assert not Abonnee.objects.exists() and not Volg.objects.exists()
