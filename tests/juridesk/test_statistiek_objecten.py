"""The statistics are objects that the screen, the files and the charts read: a period,
and rows that know their parent. Nothing is written as text and parsed back, so a label
with " > " in it (a coordinator may type one) stays whole everywhere."""

import pytest

from juridesk.stats import Periode, Rij, Statistiek, bereken, statistiek

pytestmark = pytest.mark.django_db


@pytest.fixture
def gegevens(maak_vraag, waarde):
    hoofd = waarde("thema", "verblijfsrecht")
    hoofd.label = "Verblijf > recht"
    hoofd.save()
    maak_vraag("2024-03-05", themas=["verblijfsrecht-gezinshereniging"])
    maak_vraag("2023-03-05", themas=["verblijfsrecht"])
    return hoofd


def test_rows_know_their_top_theme_and_the_periods_are_periods(gegevens):
    resultaat = statistiek(Periode.jaar(2024))
    assert isinstance(resultaat, Statistiek)
    assert resultaat.periode == Periode.jaar(2024)
    assert resultaat.vergelijking == Periode.jaar(2023)
    hoofdrij = next(r for r in resultaat.tabellen["thema"] if r.code == "verblijfsrecht")
    sub = next(s for s in hoofdrij.subthemas if s.code == "verblijfsrecht-gezinshereniging")
    assert isinstance(sub, Rij) and sub.hoofd is hoofdrij
    assert (sub.label, sub.volledig_label) == (
        "Gezinshereniging",
        "Verblijf > recht > Gezinshereniging",
    )
    assert (hoofdrij.niveau, sub.niveau, resultaat.totaal_rij.niveau) == (0, 1, 2)
    # the JSON structure is the same data
    assert resultaat.als_dict() == bereken(Periode.jaar(2024))


def test_a_label_with_an_arrow_stays_whole_on_the_screen_and_in_the_csv(gegevens, aangemeld):
    coordinator = aangemeld("Coördinatoren")
    antwoord = coordinator.get("/admin/juridesk/statistieken/", {"jaar": 2024})
    thema = next(t for t in antwoord.context["tabellen"] if t["naam"] == "thema")["tabel"]
    labels = [r.record["label"] for r in thema.rows]
    assert "Verblijf > recht" in labels
    assert "Gezinshereniging" in labels  # the sub-theme under its theme, its own label only
    csv = coordinator.get("/admin/juridesk/statistieken/thema.csv", {"jaar": 2024})
    tekst = csv.content.decode("utf-8-sig")
    assert "Verblijf > recht > Gezinshereniging;1;0;" in tekst
