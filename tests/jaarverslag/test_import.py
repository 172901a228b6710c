"""vormingen_import and begeleidingen_import: all or nothing, the bad line named, kinds and
sectors without regard to case or accents, the dossier by its page's path."""

import re

import pytest
from django.core.management import CommandError, call_command

from jaarverslag.models import Activiteit, Begeleiding, Vorming

from .conftest import VERSLAG_2024

VORMING_KOP = "datum;titel;soort;sector;deelnemers;lokale_besturen;lijn;dossier\n"
BEGELEIDING_KOP = "begeleiding;soort;sector;datum;activiteit\n"


def bestand(tmp_path, naam, tekst):
    pad = tmp_path / naam
    pad.write_text(tekst, encoding="utf-8")
    return pad


def test_the_reports_rows_of_2024_import_whole(verslag_2024, oekraine, capsys):
    assert Vorming.objects.filter(datum__year=2024).count() == 79
    assert sum(Vorming.objects.values_list("deelnemers", flat=True)) == 2308
    assert Vorming.objects.filter(dossier=oekraine).count() == 4
    assert Vorming.objects.filter(soort="open_aanbod_lokale_besturen", partner="VVSG").exists()
    gezinshereniging = Vorming.objects.filter(themas__label="Gezinshereniging")
    assert gezinshereniging.exists()
    assert Activiteit.objects.filter(datum__year=2024).count() == 172
    # one begeleiding of 2023 only, two more that began in 2023
    assert Begeleiding.objects.count() == 36
    assert Activiteit.objects.count() == 177


def test_kind_sector_and_line_match_without_case_or_accents(db, oekraine, tmp_path):
    pad = bestand(
        tmp_path,
        "v.csv",
        VORMING_KOP + "2024-03-05;Tijdelijke bescherming;OPEN AANBOD lokale besturen;"
        "lokale BESTUREN;40;40;Internationaal Familierecht;/dossiers/oekraine/\n",
    )
    call_command("vormingen_import", str(pad))
    vorming = Vorming.objects.get()
    assert vorming.soort == "open_aanbod_lokale_besturen"
    assert vorming.sector.label == "Lokale besturen"
    assert vorming.lijn.code == "ipr"
    assert vorming.dossier == oekraine
    pad = bestand(
        tmp_path,
        "b.csv",
        BEGELEIDING_KOP + "OCMW Gent;problematiekgericht;Integratie en Inburgering;2024-02-01;"
        "Werksessie\nOCMW Gent;Problematiekgericht;integratie en inburgering;2024-03-01;"
        "PUBLICATIE\n",
    )
    call_command("begeleidingen_import", str(pad))
    begeleiding = Begeleiding.objects.get()
    assert sorted(begeleiding.activiteiten.values_list("soort", flat=True)) == [
        "publicatie",
        "werksessie",
    ]


@pytest.mark.parametrize(
    ("regel", "melding"),
    [
        ("2024-02-30;Titel;Intern;Werk;10;;;", "regel 3: datum '2024-02-30' is geen geldige datum"),
        ("2024-02-03;Titel;Extern;Werk;10;;;", "regel 3: soort 'Extern' bestaat niet"),
        ("2024-02-03;Titel;Intern;Sport;10;;;", "regel 3: sector 'Sport' bestaat niet"),
        ("2024-02-03;Titel;Intern;Werk;tien;;;", "regel 3: deelnemers 'tien' is geen geheel getal"),
        ("2024-02-03;Titel;Intern;Werk;10;12;;", "regel 3: lokale_besturen is groter dan"),
        ("2024-02-03;Titel;Intern;Werk;10;;;dossiers/mars", "regel 3: dossier 'dossiers/mars'"),
        ("2024-02-03;Titel;Intern;Werk;10;;strafrecht;", "regel 3: lijn: 'strafrecht'"),
        ("2024-01-10;Goed;Intern;Werk;10;;;", "regel 3: dezelfde vorming staat ook al op regel 2"),
    ],
)
def test_a_bad_training_line_is_named_and_nothing_is_written(
    db, oekraine, tmp_path, regel, melding
):
    pad = bestand(tmp_path, "v.csv", VORMING_KOP + "2024-01-10;Goed;Intern;Werk;10;;;\n" + regel)
    with pytest.raises(CommandError) as fout:
        call_command("vormingen_import", str(pad))
    assert "Import afgebroken, er is niets ingevoerd" in str(fout.value)
    assert melding in str(fout.value)
    assert not Vorming.objects.exists()


def test_a_training_already_recorded_is_refused(db, tmp_path):
    pad = bestand(tmp_path, "v.csv", VORMING_KOP + "2024-01-10;Goed;Intern;Werk;10;;;\n")
    call_command("vormingen_import", str(pad))
    with pytest.raises(CommandError, match="regel 2: de vorming 'Goed' van 10-01-2024 bestaat al"):
        call_command("vormingen_import", str(pad))
    assert Vorming.objects.count() == 1


@pytest.mark.parametrize(
    ("regels", "melding"),
    [
        ("A;Lerend netwerk;Werk;2024-01-05;telefoontje", "regel 3: activiteit 'telefoontje'"),
        (
            "A;Lerend netwerk;Werk;2024-01-05;werksessie\nA;Problematiekgericht;Werk;2024-01-06;"
            "werksessie",
            "regel 4: de begeleiding 'A' heeft op regel 3 een andere soort of sector",
        ),
        (";Lerend netwerk;Werk;2024-01-05;werksessie", "regel 3: begeleiding (de titel) ontbreekt"),
    ],
)
def test_a_bad_coaching_line_is_named_and_nothing_is_written(db, tmp_path, regels, melding):
    pad = bestand(
        tmp_path,
        "b.csv",
        BEGELEIDING_KOP + "Goed;Lerend netwerk;Werk;2024-01-04;werksessie\n" + regels + "\n",
    )
    with pytest.raises(CommandError, match=re.escape(melding)):
        call_command("begeleidingen_import", str(pad))
    assert not Begeleiding.objects.exists() and not Activiteit.objects.exists()


def test_a_later_file_adds_activities_to_a_known_coaching(db, tmp_path):
    eerste = bestand(
        tmp_path, "a.csv", BEGELEIDING_KOP + "A;Lerend netwerk;Werk;2023-05-04;vorming\n"
    )
    tweede = bestand(
        tmp_path, "b.csv", BEGELEIDING_KOP + "A;lerend netwerk;werk;2024-05-04;werksessie\n"
    )
    call_command("begeleidingen_import", str(eerste))
    call_command("begeleidingen_import", str(tweede))
    assert Begeleiding.objects.get().activiteiten.count() == 2
    ander = bestand(
        tmp_path, "c.csv", BEGELEIDING_KOP + "A;Lerend netwerk;Onderwijs;2024-06-04;vorming\n"
    )
    with pytest.raises(CommandError, match="regel 2: de begeleiding 'A' bestaat al als Lerend"):
        call_command("begeleidingen_import", str(ander))
    assert Activiteit.objects.count() == 2


def test_the_demo_holds_the_reports_rows_of_2024():
    from jaarverslag import demo

    def regels(pad, jaar):
        return [r for r in pad.read_text("utf-8").splitlines() if f"{jaar}-" in r]

    assert regels(demo.MAP / "vormingen.csv", 2024) == regels(VERSLAG_2024 / "vormingen.csv", 2024)
    assert regels(demo.MAP / "begeleidingen.csv", 2024) == regels(
        VERSLAG_2024 / "begeleidingen.csv", 2024
    )
