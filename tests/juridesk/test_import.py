"""Import of earlier years: all or nothing, the first bad row named by its line."""

import pytest
from django.core.management import CommandError, call_command

from juridesk.models import Vraag, VraagThema
from juridesk.stats import Periode, bereken

pytestmark = pytest.mark.django_db

KOP = "datum;kanaal;lijn;regio;categorie;sector;themas;verblijfssituatie;nationaliteit;dossier\n"


def bestand(tmp_path, *regels):
    pad = tmp_path / "vragen.csv"
    pad.write_text(KOP + "".join(r + "\n" for r in regels), encoding="utf-8")
    return str(pad)


def test_a_good_file(tmp_path, capsys):
    pad = bestand(
        tmp_path,
        "2019-03-04 10:30;Telefoon;vreemdelingenrecht;provincie antwerpen;Non-profit professional;"
        "WELZIJN;Gezinshereniging|Huwelijk of samenwoning;Onwettig verblijf;Marokko;",
        "2019-03-05;e-mail;Internationaal familierecht;Brussels Gewest;;;"
        "Verblijfsrecht > Unieburger;;;oekraine",
        "2019-12-31;;;;;;;;;",
        "2019-06-01;telefoon;;Oost-Vlaanderen;betrokkene zelf;;belgische nationaliteit;;"
        "oekraine;Oekraine",
    )
    call_command("juridesk_import", pad)
    assert "4 vragen ingevoerd" in capsys.readouterr().out
    assert Vraag.objects.count() == 4
    eerste = Vraag.objects.get(dag="2019-03-04")
    assert (eerste.regio.label, eerste.sector.label, eerste.nationaliteit.label) == (
        "Provincie Antwerpen",
        "Welzijn",
        "Marokko",
    )
    # a sub-theme implies its top theme
    assert set(eerste.themas.values_list("code", flat=True)) == {
        "verblijfsrecht",
        "verblijfsrecht-gezinshereniging",
        "ipr",
        "ipr-huwelijk",
    }
    leeg = Vraag.objects.get(dag="2019-12-31")
    assert leeg.regio is None and leeg.themas.count() == 0
    oekraine = Vraag.objects.get(dag="2019-06-01")
    assert oekraine.nationaliteit.code == "ua" and oekraine.dossier.label == "Oekraïne"

    r = bereken(Periode.jaar(2019))
    assert r["totaal"] == 4
    regio = {row["label"]: row["aantal"] for row in r["tabellen"]["regio"]}
    assert regio["Niet ingevuld"] == 1 and regio["Brussels gewest"] == 1


@pytest.mark.parametrize(
    ("regel", "reden"),
    [
        ("2019-02-30;;;;;;;;;", "regel 3: datum '2019-02-30' is geen geldige datum"),
        ("2019-03-01;;;Gent;;;;;;", "regel 3: kolom regio: 'Gent' staat niet in de lijst"),
        ("2019-03-01;;;;;;Gezinshereniging|Ruimtevaart;;;", "regel 3: kolom themas: 'Ruimtevaart'"),
        ("2019-03-01;;;;;;;;Atlantis;", "regel 3: kolom nationaliteit: 'Atlantis'"),
        ("2019-03-01;;;;;;;;;;extra", "regel 3: te veel velden"),
    ],
)
def test_a_bad_row_imports_nothing(tmp_path, regel, reden):
    pad = bestand(tmp_path, "2019-03-01;telefoon;;;;;;;;", regel, "2019-03-02;;;;;;;;;")
    with pytest.raises(CommandError) as fout:
        call_command("juridesk_import", pad)
    assert "Import afgebroken, er is niets ingevoerd" in str(fout.value)
    assert reden in str(fout.value)
    assert Vraag.objects.count() == 0
    assert VraagThema.objects.count() == 0


def test_a_missing_column_or_file(tmp_path):
    pad = tmp_path / "kort.csv"
    pad.write_text("datum;regio\n2019-01-01;Limburg\n", encoding="utf-8")
    with pytest.raises(CommandError, match="kolommen ontbreken"):
        call_command("juridesk_import", str(pad))
    with pytest.raises(CommandError, match="bestaat niet"):
        call_command("juridesk_import", str(tmp_path / "weg.csv"))
    assert Vraag.objects.count() == 0


def test_the_optional_columns_pages_and_not_answered(tmp_path, maak_thema, capsys):
    verblijf = maak_thema("Verblijf")
    maak_thema("Gezinshereniging", parent=verblijf)
    pad = tmp_path / "vragen.csv"
    pad.write_text(
        KOP.strip()
        + ";paginas;niet_beantwoord;ontbrekend\n"
        + "2019-03-04;;;;;;Gezinshereniging;;;;verblijf/gezinshereniging|/verblijf/;JA;"
        "Bedrag ontbreekt\n" + "2019-03-05;;;;;;;;;;;nee;\n" + "2019-03-06;;;;;;;;;;;;\n",
        encoding="utf-8",
    )
    call_command("juridesk_import", str(pad))
    eerste = Vraag.objects.get(dag="2019-03-04")
    assert set(eerste.paginas.values_list("title", flat=True)) == {"Verblijf", "Gezinshereniging"}
    assert eerste.niet_beantwoord and eerste.ontbrekend == "Bedrag ontbreekt"
    assert not Vraag.objects.filter(dag__gt="2019-03-04", niet_beantwoord=True).exists()


@pytest.mark.parametrize(
    ("staart", "melding"),
    [
        ("verblijf/bestaat-niet;ja", "regel 2: kolom paginas: 'verblijf/bestaat-niet'"),
        ("verblijf;misschien", "regel 2: kolom niet_beantwoord: 'misschien' is geen 'ja' of 'nee'"),
    ],
)
def test_a_bad_page_or_answer_imports_nothing(tmp_path, maak_thema, staart, melding):
    maak_thema("Verblijf")
    pad = tmp_path / "vragen.csv"
    pad.write_text(
        KOP.strip() + ";paginas;niet_beantwoord\n2019-03-04;;;;;;;;;;" + staart + "\n",
        encoding="utf-8",
    )
    with pytest.raises(CommandError, match=melding):
        call_command("juridesk_import", str(pad))
    assert not Vraag.objects.exists()
