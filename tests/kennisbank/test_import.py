"""The migration from the old site: `kennisbank_import` / `kennisbank_export` (JSON lines)."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page, Revision

from kennisbank.models import BegripPagina, DossierPagina, NieuwsPagina, ThemaPagina

INHOUD = (
    "<p>Een Belg kan zich laten vervoegen door zijn echtgenoot. Zie ook "
    '<a href="/verblijf/gezinshereniging/">gezinshereniging</a>.</p>'
    "<h2>Voorwaarden</h2><p>De Belg moet <b>voldoende bestaansmiddelen</b> hebben.</p>"
    "<ul><li>behoorlijke huisvesting</li><li>ziektekostenverzekering</li></ul>"
    '<aside class="let-op"><p class="titel">Let op</p><p>De Belg die nooit van zijn recht '
    "op vrij verkeer gebruikmaakte, valt onder artikel 40ter.</p></aside>"
    "<h2>Procedure</h2><p>De aanvraag gebeurt bij de gemeente.</p>"
    '<section class="faq"><h2>Veelgestelde vragen</h2><details><summary>Hoe lang duurt het?'
    "</summary><p>De DVZ beslist binnen zes maanden.</p></details></section>"
    '<section class="wetsverwijzingen"><h2>Regelgeving</h2><ul>'
    '<li><a href="https://www.ejustice.just.fgov.be/">art. 40ter Vreemdelingenwet</a>: '
    "familieleden van Belgen</li><li><cite>art. 52 Vreemdelingenbesluit</cite></li></ul></section>"
    "<table><caption>Verblijfskaarten</caption><tr><th>Kaart</th><th>Voor wie</th></tr>"
    "<tr><td>F-kaart</td><td>familielid van een Belg</td></tr></table>"
)


def regel(**velden):
    return velden


def basis():
    return [
        regel(type="thema", pad="verblijf", titel="Verblijf", samenvatting="Over verblijf."),
        regel(
            type="thema",
            pad="verblijf/gezinshereniging/met-een-belg",
            titel="Gezinshereniging met een Belg",
            samenvatting="Wie kan een Belg vervoegen?",
            inhoud_html=INHOUD,
            bijgewerkt="2025-02-03",
            themas=["werk"],
            begrippen=["begrippen/f-kaart"],
        ),
        regel(type="thema", pad="werk", titel="Werk", themas=["verblijf"]),
        regel(
            type="begrip",
            pad="begrippen/f-kaart",
            titel="F-kaart",
            samenvatting="Verblijfskaart van een familielid van een burger van de Unie.",
        ),
        regel(
            type="nieuws",
            pad="nieuws/nieuwe-inkomensgrens",
            titel="Nieuwe inkomensgrens",
            datum="2024-03-01",
            samenvatting="De inkomensgrens steeg.",
            inhoud_html='<p>Zie <a href="/verblijf/">verblijf</a>.</p>',
            themas=["verblijf/gezinshereniging/met-een-belg"],
        ),
        regel(
            type="dossier",
            pad="dossiers/oekraine",
            titel="Oekraïne",
            samenvatting="Tijdelijke bescherming voor wie de oorlog ontvlucht.",
            themas=["verblijf"],
            nieuws=["nieuws/nieuwe-inkomensgrens"],
            wijzigingen=[{"datum": "2025-03-01", "tekst_html": "<p>Verlengd tot 2027.</p>"}],
        ),
    ]


def schrijf(tmp_path, regels, naam="import.jsonl"):
    path = tmp_path / naam
    path.write_text(
        "".join(
            r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) + "\n" for r in regels
        ),
        encoding="utf-8",
    )
    return path


def importeer(path):
    out = io.StringIO()
    call_command("kennisbank_import", str(path), stdout=out, stderr=io.StringIO())
    return out.getvalue()


def exporteer(path):
    call_command("kennisbank_export", output=str(path), stderr=io.StringIO())
    return path.read_text(encoding="utf-8")


def test_import_maakt_gepubliceerde_paginas_met_een_revisie(home, tmp_path, client):
    uitvoer = importeer(schrijf(tmp_path, basis()))

    assert "7 nieuw" in uitvoer
    assert "verblijf/gezinshereniging" in uitvoer  # the parent that was made
    belg = ThemaPagina.objects.get(slug="met-een-belg")
    assert belg.live and belg.url_path == "/home/verblijf/gezinshereniging/met-een-belg/"
    assert Revision.page_revisions.filter(object_id=str(belg.pk)).count() == 1
    assert str(belg.laatst_bijgewerkt) == "2025-02-03"
    soorten = [blok.block_type for blok in belg.body]
    assert soorten == [
        "tekst",
        "tussentitel",
        "tekst",
        "let_op",
        "tussentitel",
        "tekst",
        "faq",
        "wetsverwijzingen",
        "tabel",
    ]
    # the link to a page of the site is a real page link (it survives moves)
    ouder = ThemaPagina.objects.get(slug="gezinshereniging")
    assert f'linktype="page" id="{ouder.pk}"' in belg.body[0].value.source
    assert ouder.title == "Gezinshereniging" and ouder.live
    assert [v.thema.slug for v in belg.gerelateerde_themas.all()] == ["werk"]
    assert [v.begrip.slug for v in belg.begrippen.all()] == ["f-kaart"]
    werk = ThemaPagina.objects.get(slug="werk")
    assert [v.thema.slug for v in werk.gerelateerde_themas.all()] == ["verblijf"]
    nieuws = NieuwsPagina.objects.get()
    assert str(nieuws.datum) == "2024-03-01" and list(nieuws.themas.all()) == [belg]
    dossier = DossierPagina.objects.get()
    assert dossier.in_het_kort == "<p>Tijdelijke bescherming voor wie de oorlog ontvlucht.</p>"
    assert [str(w.value["datum"]) for w in dossier.wijzigingen] == ["2025-03-01"]
    assert list(dossier.nieuws.all()) == [nieuws]
    assert "familielid van een burger" in BegripPagina.objects.get().definitie
    wetten = next(b.value for b in belg.body if b.block_type == "wetsverwijzingen")
    assert [v["titel"] for v in wetten["verwijzingen"]] == [
        "art. 40ter Vreemdelingenwet",
        "art. 52 Vreemdelingenbesluit",
    ]
    vragen = next(b.value for b in belg.body if b.block_type == "faq")["vragen"]
    assert vragen[0]["vraag"] == "Hoe lang duurt het?"

    antwoord = client.get("/verblijf/gezinshereniging/met-een-belg/")
    assert antwoord.status_code == 200
    html = antwoord.content.decode()
    assert "Voorwaarden" in html and "art. 40ter Vreemdelingenwet" in html


def test_dezelfde_import_twee_keer_verandert_niets(home, tmp_path):
    path = schrijf(tmp_path, basis())
    importeer(path)
    revisies = Revision.objects.count()
    pages = Page.objects.count()

    uitvoer = importeer(path)

    assert "0 nieuw, 0 gewijzigd, 6 ongewijzigd" in uitvoer
    assert Revision.objects.count() == revisies
    assert Page.objects.count() == pages


def test_export_en_terug_importeren_is_een_rondreis(home, tmp_path):
    importeer(schrijf(tmp_path, basis()))
    revisies = Revision.objects.count()

    eerste = exporteer(tmp_path / "export1.jsonl")
    uitvoer = importeer(tmp_path / "export1.jsonl")
    tweede = exporteer(tmp_path / "export2.jsonl")

    assert "0 nieuw, 0 gewijzigd, 7 ongewijzigd" in uitvoer
    assert Revision.objects.count() == revisies
    assert eerste == tweede
    regels = [json.loads(r) for r in eerste.splitlines()]
    paden = [r["pad"] for r in regels]
    # parents before children, and the page link is written back as its path
    assert paden.index("verblijf/gezinshereniging") < paden.index(
        "verblijf/gezinshereniging/met-een-belg"
    )
    belg = next(r for r in regels if r["pad"].endswith("met-een-belg"))
    assert '<a href="/verblijf/gezinshereniging/">' in belg["inhoud_html"]
    assert '<aside class="let-op">' in belg["inhoud_html"]


def test_export_naar_stdout(home, tmp_path):
    importeer(schrijf(tmp_path, basis()))
    out = io.StringIO()
    call_command("kennisbank_export", stdout=out)
    assert len(out.getvalue().splitlines()) == 7


def test_een_gewijzigde_regel_werkt_de_pagina_bij(home, tmp_path):
    regels = basis()
    importeer(schrijf(tmp_path, regels))
    belg = ThemaPagina.objects.get(slug="met-een-belg")
    nieuws = NieuwsPagina.objects.get()
    revisies = Revision.objects.count()

    regels[1]["samenvatting"] = "Nieuwe samenvatting na de wetswijziging."
    regels[1]["bijgewerkt"] = "2025-06-30"
    regels[4]["themas"] = ["verblijf"]
    uitvoer = importeer(schrijf(tmp_path, regels))

    assert "0 nieuw, 2 gewijzigd" in uitvoer
    assert Revision.objects.count() == revisies + 2
    belg.refresh_from_db()
    assert belg.samenvatting == "Nieuwe samenvatting na de wetswijziging."
    assert str(belg.laatst_bijgewerkt) == "2025-06-30"
    assert belg.live and not belg.has_unpublished_changes
    assert belg.live_revision_id == belg.latest_revision_id
    nieuws.refresh_from_db()
    assert [t.slug for t in nieuws.themas.all()] == ["verblijf"]


def test_een_handmatig_gelegde_paginalink_overleeft_de_rondreis(home, tmp_path, maak_thema):
    doel = maak_thema("Terugkeer")
    bron = maak_thema("Verwijdering")
    bron.body = [("tekst", f'<p>Zie <a linktype="page" id="{doel.pk}">terugkeer</a>.</p>')]
    bron.save_revision().publish()
    revisies = Revision.objects.count()

    export = exporteer(tmp_path / "export.jsonl")
    regels = {r["pad"]: r for r in map(json.loads, export.splitlines())}
    assert '<a href="/terugkeer/">terugkeer</a>' in regels["verwijdering"]["inhoud_html"]
    uitvoer = importeer(tmp_path / "export.jsonl")

    assert "0 gewijzigd" in uitvoer
    assert Revision.objects.count() == revisies


@pytest.mark.parametrize(
    ("slechte_regel", "reden"),
    [
        ('{"type": "thema", "pad": "kapot", "titel": "Kapot"\n', "geen geldige JSON"),
        ('["geen", "object"]\n', "JSON-object"),
        (regel(type="wetgeving", pad="x", titel="X"), "onbekend type 'wetgeving'"),
        (regel(type="thema", pad="zonder-titel", titel=""), "'titel' ontbreekt"),
        (regel(type="thema", pad="x", titel="X", bijgewerkt="03-02-2025"), "JJJJ-MM-DD"),
        (regel(type="nieuws", pad="nieuws/x", titel="X", datum="2025-02-30"), "geen bestaande"),
        (regel(type="nieuws", pad="nieuws/x", titel="X"), "'datum' ontbreekt"),
        (regel(type="thema", pad="x", titel="X", themas=["bestaat/niet"]), "bestaat niet"),
        (regel(type="thema", pad="x", titel="X", themas=["nieuws/een"]), "geen themapagina"),
        (regel(type="thema", pad="nieuws/een/thema", titel="X"), "is geen themapagina"),
        (regel(type="thema", pad="juridesk/thema", titel="X"), "daaronder kan geen"),
        (regel(type="thema", pad="nieuws", titel="Nieuws"), "bestaat al als nieuwsoverzicht"),
        (regel(type="nieuws", pad="actua/x", titel="X", datum="2025-01-01"), "'nieuws/<slug>'"),
        (regel(type="thema", pad="Hoofdletters/Pad", titel="X"), "ongeldig pad"),
        (regel(type="thema", pad="verblijf", titel="Dubbel"), "staat ook al op regel 1"),
        (regel(type="thema", pad="x", titel="X", auteur="iemand"), "onbekend veld 'auteur'"),
        (regel(type="begrip", pad="begrippen/leeg", titel="Leeg"), "definitie"),
        (
            regel(
                type="thema",
                pad="x",
                titel="X",
                inhoud_html='<section class="wetsverwijzingen"><ul><li>'
                '<a href="javascript:alert(1)">art. 1</a></li></ul></section>',
            ),
            "ongeldige link",
        ),
    ],
)
def test_een_foute_regel_voert_niets_in(home, tmp_path, slechte_regel, reden):
    regels = [
        regel(type="thema", pad="verblijf", titel="Verblijf"),
        regel(type="nieuws", pad="nieuws/een", titel="Een", datum="2024-01-01"),
        slechte_regel,
        regel(type="thema", pad="werk", titel="Werk"),
    ]
    pages, revisies = Page.objects.count(), Revision.objects.count()

    with pytest.raises(CommandError) as fout:
        importeer(schrijf(tmp_path, regels))

    melding = str(fout.value)
    assert "regel 3" in melding and reden in melding
    assert "niets ingevoerd" in melding
    assert Page.objects.count() == pages
    assert Revision.objects.count() == revisies


def test_een_bestand_dat_niet_bestaat(home, tmp_path):
    with pytest.raises(CommandError, match="bestaat niet"):
        importeer(tmp_path / "weg.jsonl")


def test_ontbrekende_ouders_worden_gemaakt_en_bestaande_blijven(home, tmp_path, maak_thema):
    verblijf = maak_thema("Verblijf")
    revisies = Revision.page_revisions.filter(object_id=str(verblijf.pk)).count()

    uitvoer = importeer(
        schrijf(
            tmp_path,
            [regel(type="thema", pad="verblijf/internationaal-privaatrecht/namen", titel="Namen")],
        )
    )

    assert "1 ontbrekende bovenliggende" in uitvoer
    tussen = ThemaPagina.objects.get(slug="internationaal-privaatrecht")
    assert tussen.title == "Internationaal privaatrecht" and tussen.live
    assert tussen.get_parent().specific == verblijf
    assert ThemaPagina.objects.get(slug="namen").get_parent().specific == tussen
    # the existing parent is not touched
    assert Revision.page_revisions.filter(object_id=str(verblijf.pk)).count() == revisies
