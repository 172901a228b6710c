"""The daily counts per page (`PaginaDagTelling`, what the content follow-up reads) have the
same owner as the other counts (`juridesk.tellingen`): after every way a question or a theme
link is made, changed or removed, they equal a recount from scratch; a question counts once
per page, through a theme link, a noted page or both."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from juridesk import tellingen
from juridesk.genereer import genereer
from juridesk.importeren import KOLOMMEN, OPTIONEEL, importeer
from juridesk.models import PaginaDagTelling, ThemaKoppeling, Vraag

pytestmark = pytest.mark.django_db
REGISTREREN = "/admin/juridesk/registreren/"


def stand():
    return sorted(
        PaginaDagTelling.objects.values_list("dag", "pagina_id", "vragen", "niet_beantwoord")
    )


def klopt_met_een_volledige_hertelling():
    bijgehouden = stand()
    tellingen.herbereken_alles()
    assert bijgehouden == stand()
    return bijgehouden


def telling(dag, pagina):
    rij = PaginaDagTelling.objects.filter(dag=dag, pagina=pagina).first()
    return (rij.vragen, rij.niet_beantwoord) if rij else None


@pytest.fixture
def paginas(maak_thema):
    verblijf = maak_thema("Verblijf")
    gezin = maak_thema("Gezinshereniging", parent=verblijf)
    leefloon = maak_thema("Leefloon")
    return {"verblijf": verblijf, "gezin": gezin, "leefloon": leefloon}


def test_every_path_keeps_the_page_counts_equal_to_a_recount(aangemeld, paginas, waarde, tmp_path):
    gezin, leefloon, verblijf = paginas["gezin"], paginas["leefloon"], paginas["verblijf"]
    ThemaKoppeling.objects.create(
        thema=waarde("thema", "verblijfsrecht-gezinshereniging"), pagina=gezin
    )
    jurist = aangemeld("Juristen", "pagina-jurist")
    coordinator = aangemeld("Coördinatoren", "pagina-coordinator")

    # the generator
    genereer(60, datetime.date(2024, 1, 20), datetime.date(2024, 3, 10), seed=7)
    rijen = klopt_met_een_volledige_hertelling()
    assert {pagina for _d, pagina, _n, _nb in rijen} == {gezin.pk}

    # the import, with noted pages and a question the site did not answer
    csv = tmp_path / "vragen.csv"
    csv.write_text(
        ";".join(KOLOMMEN + OPTIONEEL)
        + "\n2024-02-05;Telefoon;;Limburg;;;Gezinshereniging;;Marokko;;"
        + "leefloon|verblijf/gezinshereniging;ja;Het bedrag\n"
        + "2024-05-31 23:30;E-mail;;;;;;;;;leefloon;;\n",
        encoding="utf-8",
    )
    assert importeer(csv) == 2
    klopt_met_een_volledige_hertelling()
    assert telling(datetime.date(2024, 5, 31), leefloon) == (1, 0)

    # the logging form: a theme linked to the page and the page noted too count once
    nu = timezone.localtime()
    antwoord = jurist.post(
        REGISTREREN,
        {
            "thema_1": "Gezinshereniging",
            "pagina_1": "Gezinshereniging (/verblijf/gezinshereniging/)",
            "pagina_2": "Leefloon (/leefloon/)",
            "niet_beantwoord": "on",
            "ontbrekend": "Het bedrag van dit jaar",
            "datum": nu.strftime("%Y-%m-%dT%H:%M"),
            "actie": "nieuw",
        },
    )
    assert antwoord.status_code == 302, antwoord.content.decode()[-2000:]
    klopt_met_een_volledige_hertelling()
    assert telling(nu.date(), gezin) == (1, 1)
    assert telling(nu.date(), leefloon) == (1, 1)

    # a correction in the admin: another day, no pages, answered after all
    vraag = Vraag.objects.get(jurist=jurist.user)
    antwoord = jurist.post(
        f"/admin/juridesk/vragen/edit/{vraag.pk}/",
        {"thema_1": "OCMW-steun", "datum": "2024-02-29T09:15"},
    )
    assert antwoord.status_code == 302, antwoord.content.decode()[-2000:]
    klopt_met_een_volledige_hertelling()
    assert telling(nu.date(), gezin) is None and telling(nu.date(), leefloon) is None

    # theme links in the admin: added, moved to another page, removed
    antwoord = coordinator.post(
        "/admin/juridesk/themakoppelingen/new/",
        {"thema": waarde("thema", "sociaal-recht-ocmw-steun").pk, "pagina": leefloon.pk},
    )
    assert antwoord.status_code == 302, antwoord.content.decode()[-2000:]
    assert telling(datetime.date(2024, 2, 29), leefloon) == (1, 0)
    klopt_met_een_volledige_hertelling()
    koppeling = ThemaKoppeling.objects.get(pagina=leefloon)
    antwoord = coordinator.post(
        f"/admin/juridesk/themakoppelingen/edit/{koppeling.pk}/",
        {"thema": koppeling.thema_id, "pagina": verblijf.pk},
    )
    assert antwoord.status_code == 302, antwoord.content.decode()[-2000:]
    assert telling(datetime.date(2024, 2, 29), leefloon) is None
    assert telling(datetime.date(2024, 2, 29), verblijf) == (1, 0)
    klopt_met_een_volledige_hertelling()
    antwoord = coordinator.post(f"/admin/juridesk/themakoppelingen/delete/{koppeling.pk}/")
    assert antwoord.status_code == 302
    assert not ThemaKoppeling.objects.filter(pk=koppeling.pk).exists()
    assert telling(datetime.date(2024, 2, 29), verblijf) is None
    klopt_met_een_volledige_hertelling()

    # theme links from a file (juridesk_themakoppeling), added and then replacing all
    bestand = tmp_path / "koppelingen.csv"
    bestand.write_text("thema;pad\nVerblijfsrecht;verblijf\n", encoding="utf-8")
    call_command("juridesk_themakoppeling", str(bestand))
    rijen = klopt_met_een_volledige_hertelling()
    assert {pagina for _d, pagina, _n, _nb in rijen} == {gezin.pk, leefloon.pk, verblijf.pk}
    call_command("juridesk_themakoppeling", str(bestand), vervang=True)
    rijen = klopt_met_een_volledige_hertelling()
    assert {pagina for _d, pagina, _n, _nb in rijen} == {gezin.pk, leefloon.pk, verblijf.pk}
    assert not ThemaKoppeling.objects.filter(pagina=gezin).exists()
    # gezin keeps only the imported question that noted it
    assert sum(n for _d, pagina, n, _nb in rijen if pagina == gezin.pk) == 1

    # deletion of one question in the admin, and of many at once
    vraag = Vraag.objects.get(ontbrekend="Het bedrag")  # the imported one, with two pages
    antwoord = coordinator.post(f"/admin/juridesk/vragen/delete/{vraag.pk}/")
    assert antwoord.status_code == 302
    klopt_met_een_volledige_hertelling()
    tellingen.verwijder(Vraag.objects.filter(dag__month=2))
    rijen = klopt_met_een_volledige_hertelling()
    assert not [r for r in rijen if r[0].month == 2]

    # a page deleted: nothing counts for it any more
    leefloon.delete()
    rijen = klopt_met_een_volledige_hertelling()
    assert leefloon.pk not in {pagina for _d, pagina, _n, _nb in rijen}


def test_a_plain_save_and_page_change_outside_a_block_are_counted(paginas, maak_vraag):
    vraag = maak_vraag("2024-03-05")
    vraag.zet_paginas([paginas["leefloon"]])
    assert telling(datetime.date(2024, 3, 5), paginas["leefloon"]) == (1, 0)
    Vraag.objects.filter(pk=vraag.pk).update(niet_beantwoord=True)  # no signal: nothing yet
    vraag.refresh_from_db()
    vraag.save()
    assert telling(datetime.date(2024, 3, 5), paginas["leefloon"]) == (1, 1)
    vraag.zet_paginas([])
    assert telling(datetime.date(2024, 3, 5), paginas["leefloon"]) is None
    klopt_met_een_volledige_hertelling()
