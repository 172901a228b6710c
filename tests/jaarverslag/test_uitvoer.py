"""The chapter as it leaves the system: the DOCX opened with python-docx (Word tables and
the two charts as pictures), the HTML, and the admin page with its downloads."""

import io
from html.parser import HTMLParser

import pytest
from django.core.management import call_command
from django.urls import reverse
from docx import Document

from jaarverslag.tekst import verandering


def tabel_met_titel(document, kop):
    for tabel in document.tables:
        if [c.text for c in tabel.rows[0].cells] == kop:
            yield [[c.text for c in rij.cells] for rij in tabel.rows]


def test_the_docx_holds_the_tables_and_the_charts(verslag_2024, tmp_path):
    pad = tmp_path / "hoofdstuk.docx"
    call_command("jaarverslag", "--jaar", "2024", "--format", "docx", "--output", str(pad))
    document = Document(str(pad))
    koppen = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert koppen[:2] == ["Juridische dienstverlening", "Publicaties"]
    assert {"Juridesk", "Vormingen", "Begeleidingen", "Dossiers", "Oekraïne"} <= set(koppen)
    per_soort = next(tabel_met_titel(document, ["Soort", "Aantal", "Deelnemers"]))
    assert per_soort[1:] == [
        ["Open aanbod", "18", "712"],
        ["Open aanbod lokale besturen", "12", "436"],
        ["Op aanvraag", "38", "875"],
        ["Intern", "11", "285"],
        ["Totaal", "79", "2.308"],
    ]
    per_sector = next(tabel_met_titel(document, ["Sector", "Aantal", "Deelnemers"]))
    assert per_sector[-1] == ["Totaal", "79", "2.308"] and len(per_sector) == 10
    kop = ["Soort", "Begeleidingen", "Activiteiten", "Werksessies", "Publicaties", "Vormingen"]
    begeleidingen = next(tabel_met_titel(document, kop))
    assert begeleidingen[-1] == ["Totaal", "35", "172", "124", "18", "30"]
    dossiers = next(
        tabel_met_titel(document, ["Dossier", "Moderatieacties", "Juridesk-vragen", "Vormingen"])
    )
    assert dossiers[1] == ["Oekraïne", "0", "0", "4"]  # published by the test today, not in 2024
    assert len(document.inline_shapes) == 2  # figures 58 and 59
    bijschriften = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert any(b.startswith("Figuur 58:") for b in bijschriften)
    assert any(b.startswith("Figuur 59:") for b in bijschriften)
    tekst = "\n".join(p.text for p in document.paragraphs)
    assert "In 2024 gaven we 79 vormingen aan in totaal 2.308 deelnemers." in tekst
    assert "68 externe vormingen bereikten 2.023 deelnemers" in tekst
    assert "11 interne vormingen bereikten 285 deelnemers." in tekst
    assert "35 begeleidingen" in tekst and "172 activiteiten: 124 werksessies" in tekst


class Elementen(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.open = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in {"meta", "img", "br", "link"}:
            self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open.pop() == tag


def test_the_html_is_one_file_with_the_charts_inside(verslag_2024, tmp_path):
    pad = tmp_path / "hoofdstuk.html"
    call_command("jaarverslag", "--jaar", "2024", "--format", "html", "--output", str(pad))
    html = pad.read_text("utf-8")
    lezer = Elementen()
    lezer.feed(html)
    assert lezer.open == []
    afbeeldingen = [a for tag, a in lezer.tags if tag == "img"]
    assert len(afbeeldingen) == 2
    assert all(a["src"].startswith("data:image/png;base64,") and a["alt"] for a in afbeeldingen)
    assert '<html lang="nl-BE">' in html
    assert "<caption>Vormingen per soort (2024)</caption>" in html
    assert '<tr class="totaal"><th scope="row">Totaal</th><td class="getal">79</td>' in html


def test_a_change_is_written_as_the_report_writes_it():
    assert verandering(-13.06, 2023) == "een daling met -13% ten opzichte van 2023"
    assert verandering(4.5, 2023) == "een stijging met +5% ten opzichte van 2023"
    assert verandering(0.2, 2023) == "evenveel als in 2023"
    assert verandering(None, 2023) is None


def test_the_coordinator_sees_the_chapter_and_downloads_it(verslag_2024, aangemeld):
    coordinator = aangemeld("Coördinatoren")
    antwoord = coordinator.get(reverse("jaarverslag"), {"jaar": "2024"})
    assert antwoord.status_code == 200
    assert "In 2024 gaven we 79 vormingen aan in totaal 2.308 deelnemers." in antwoord.text
    grafiek = reverse("jaarverslag_grafiek", args=[2024, "figuur-58"]) + "?vergelijk=2023"
    assert grafiek in antwoord.text
    png = coordinator.get(grafiek)
    assert png["Content-Type"] == "image/png" and png.content.startswith(b"\x89PNG")
    docx = coordinator.get(reverse("jaarverslag_download", args=[2024, "docx"]))
    assert "attachment" in docx["Content-Disposition"]
    assert len(Document(io.BytesIO(docx.content)).inline_shapes) == 2
    json = coordinator.get(reverse("jaarverslag_download", args=[2024, "json"]))
    assert json.json()["vormingen"]["deelnemers"] == 2308
    assert coordinator.get(reverse("jaarverslag_download", args=[2024, "pdf"])).status_code == 404


@pytest.mark.parametrize(
    ("vraag", "melding"),
    [
        ({"jaar": "twintig"}, "Geef een jaartal, bv. 2024."),
        ({"jaar": "2024", "vergelijk": "2024"}, "Het vergelijkingsjaar moet een ander jaar zijn."),
        ({"jaar": "99999999999999999999"}, "2100"),
        ({"jaar": "1200"}, "1990"),
    ],
)
def test_a_bad_year_is_a_dutch_message(db, aangemeld, vraag, melding):
    antwoord = aangemeld("Coördinatoren").get(reverse("jaarverslag"), vraag)
    assert antwoord.status_code == 200
    assert melding in antwoord.text
    assert "Juridische dienstverlening</h2>" not in antwoord.text


def test_a_bad_year_in_a_download_is_not_found(db, aangemeld):
    coordinator = aangemeld("Coördinatoren")
    url = reverse("jaarverslag_download", args=[2024, "json"])
    assert coordinator.get(url, {"vergelijk": "2024"}).status_code == 404
    url = reverse("jaarverslag_grafiek", args=[99999, "figuur-58"])
    assert coordinator.get(url).status_code == 404


@pytest.mark.parametrize("groep", ["Juristen", "Redacteurs", "Moderatoren"])
def test_only_coordinators_see_the_chapter(db, aangemeld, groep):
    client = aangemeld(groep)
    for url in [
        reverse("jaarverslag"),
        reverse("jaarverslag_download", args=[2024, "json"]),
        reverse("jaarverslag_grafiek", args=[2024, "figuur-59"]),
    ]:
        assert client.get(url).status_code in (302, 403)
