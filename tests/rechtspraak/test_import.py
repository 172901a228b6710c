"""The import from the old database: all or nothing, idempotent, and the export writes the
same format back."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.documents.models import Document

from rechtspraak.importeren import exporteer, importeer
from rechtspraak.models import Instantie, Uitspraak

from .conftest import regel

pytestmark = pytest.mark.django_db


def test_import_publishes_judgments_with_their_themes_and_finds_them(jsonl, maak_thema, client):
    verblijf = maak_thema("Verblijf")
    gezin = maak_thema("Gezinshereniging", parent=verblijf)
    pad = jsonl(
        [
            regel(themas=["verblijf/gezinshereniging"]),
            regel(
                instantie="Raad van State",
                nummer="256.901",
                ecli=None,
                titel="Cassatieberoep",
                samenvatting="Het cassatieberoep is toelaatbaar.",
                trefwoorden=[],
                tekst="Tekst van de Raad van State.",
            ),
        ]
    )
    out = io.StringIO()
    call_command("rechtspraak_import", str(pad), stdout=out)
    assert "2 nieuwe uitspraken" in out.getvalue()

    uitspraak = Uitspraak.objects.get(ecli="ECLI:BE:RVV:2024:ARR.301234")
    assert uitspraak.live and uitspraak.jaar == 2024 and uitspraak.nummer_norm == "301234"
    assert list(uitspraak.themas.all()) == [gezin]
    rvs = Uitspraak.objects.get(nummer="256.901")
    assert rvs.ecli is None and rvs.instantie.code == "rvs"
    # the bulk path leaves them searchable straight away
    antwoord = client.get("/api/rechtspraak/", {"q": "behoefteanalyse"})
    assert antwoord.json()["count"] == 1


def test_importing_twice_changes_nothing_and_a_changed_line_updates(jsonl):
    pad = jsonl([regel(), regel(nummer="301 235", ecli="ECLI:BE:RVV:2024:ARR.301235")])
    eerste = importeer(pad)
    assert (eerste.nieuw, eerste.bijgewerkt) == (2, 0)
    tweede = importeer(pad)
    assert (tweede.nieuw, tweede.bijgewerkt, tweede.ongewijzigd) == (0, 0, 2)
    assert Uitspraak.objects.count() == 2

    gewijzigd = jsonl([regel(titel="Nieuwe titel")], naam="gewijzigd.jsonl")
    derde = importeer(gewijzigd)
    assert (derde.nieuw, derde.bijgewerkt) == (0, 1)
    assert Uitspraak.objects.get(ecli="ECLI:BE:RVV:2024:ARR.301234").titel == "Nieuwe titel"


def test_number_is_the_key_when_there_is_no_ecli(jsonl):
    pad = jsonl([regel(ecli=None, nummer="301 999")])
    importeer(pad)
    # same number written differently: the same judgment, now with its ECLI
    importeer(jsonl([regel(ecli="ECLI:BE:RVV:2024:ARR.301999", nummer="301.999")], naam="b.jsonl"))
    assert Uitspraak.objects.count() == 1
    assert Uitspraak.objects.get().ecli == "ECLI:BE:RVV:2024:ARR.301999"


@pytest.mark.parametrize(
    ("slechte_regel", "reden"),
    [
        (regel(ecli="ECLI:BE:RVV:24:ARR.1"), "ongeldige ECLI"),
        (regel(datum="13-02-2024"), "JJJJ-MM-DD"),
        (regel(instantie="Hof van Oz"), "onbekende instantie 'Hof van Oz'"),
        (regel(themas=["bestaat/niet"]), "onbekend thema 'bestaat/niet'"),
        (regel(soort="uitspraakje"), "soort 'uitspraakje' is onbekend"),
        (regel(titel=""), "'titel' ontbreekt"),
        ('{"instantie": "RvV", ', "geen geldige JSON"),
        (regel(ecli="ECLI:BE:RVV:2024:ARR.301234", nummer="1"), "regel 1"),
        (regel(bron="javascript:alert(1)"), "'bron' moet een webadres zijn"),
        (regel(bron=["https://juportal.be/"]), "'bron' moet een webadres zijn"),
    ],
)
def test_a_bad_line_imports_nothing_and_names_line_and_reason(jsonl, slechte_regel, reden):
    pad = jsonl(
        [
            regel(),
            regel(nummer="301 240", ecli="ECLI:BE:RVV:2024:ARR.301240"),
            slechte_regel,
        ]
    )
    with pytest.raises(CommandError) as fout:
        call_command("rechtspraak_import", str(pad), stdout=io.StringIO())
    assert "regel 3" in str(fout.value)
    assert reden in str(fout.value)
    assert "niets ingevoerd" in str(fout.value)
    assert Uitspraak.objects.count() == 0


def test_unknown_court_is_created_only_on_request(jsonl):
    pad = jsonl([regel(instantie="Arbeidsrechtbank Hasselt")])
    with pytest.raises(CommandError):
        call_command("rechtspraak_import", str(pad), stdout=io.StringIO())
    call_command("rechtspraak_import", str(pad), "--nieuwe-instanties", stdout=io.StringIO())
    nieuw = Instantie.objects.get(naam="Arbeidsrechtbank Hasselt")
    assert nieuw.code == "arbeidsrechtbank-hasselt"
    assert Uitspraak.objects.get().instantie == nieuw


def test_export_round_trip(jsonl, maak_thema, tmp_path):
    maak_thema("Verblijf")
    pad = jsonl(
        [
            regel(
                themas=["verblijf"],
                kamer="IIIe kamer",
                wetgeving="art. 40ter Vreemdelingenwet",
                bron="https://juportal.be/content/ECLI:BE:RVV:2024:ARR.301234/NL",
            ),
            regel(
                instantie="ehrm",
                nummer="12345/20",
                ecli="ECLI:CE:ECHR:2023:0112JUD001234520",
                taal="en",
                datum="2023-01-12",
                trefwoorden=[],
            ),
        ]
    )
    importeer(pad)
    eerste = io.StringIO()
    assert exporteer(eerste) == 2
    export_pad = tmp_path / "export.jsonl"
    export_pad.write_text(eerste.getvalue(), encoding="utf-8")

    Uitspraak.objects.all().delete()
    assert importeer(export_pad).nieuw == 2
    tweede = io.StringIO()
    exporteer(tweede)
    assert tweede.getvalue() == eerste.getvalue()
    assert '"themas": ["verblijf"]' in eerste.getvalue()
    regels = [json.loads(r) for r in eerste.getvalue().splitlines()]
    assert [r.get("bron") for r in regels] == [
        None,  # 2023: the judgment without a source link has no "bron"
        "https://juportal.be/content/ECLI:BE:RVV:2024:ARR.301234/NL",
    ]

    # and the command writes the same to a file
    call_command("rechtspraak_export", str(tmp_path / "via-command.jsonl"), stderr=io.StringIO())
    assert (tmp_path / "via-command.jsonl").read_text(encoding="utf-8") == eerste.getvalue()


def test_pdf_text_is_extracted_and_searchable(jsonl, tmp_path, client, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    pdf = tmp_path / "arrest.pdf"
    pdf.write_bytes(_pdf_met_tekst("Zeldzaamwoord in de pdf"))
    importeer(jsonl([regel(tekst="", pdf="arrest.pdf")]))
    uitspraak = Uitspraak.objects.get()
    assert "Zeldzaamwoord" in uitspraak.tekst
    assert uitspraak.pdf is not None
    assert client.get("/api/rechtspraak/", {"q": "zeldzaamwoord"}).json()["count"] == 1

    # the export names the stored PDF; importing the export changes nothing, and after a
    # delete it brings the judgment back with its PDF
    uit = io.StringIO()
    exporteer(uit)
    export = json.loads(uit.getvalue())
    assert export["pdf"] == uitspraak.pdf.file.path
    assert Path(export["pdf"]).read_bytes() == pdf.read_bytes()
    export_pad = tmp_path / "export.jsonl"
    export_pad.write_text(uit.getvalue(), encoding="utf-8")
    # the stored PDFs lie under MEDIA_ROOT, not beside the export: that folder is named
    assert importeer(export_pad, pdf_map=settings.MEDIA_ROOT).ongewijzigd == 1
    Uitspraak.objects.all().delete()
    assert importeer(export_pad, pdf_map=settings.MEDIA_ROOT).nieuw == 1
    terug = Uitspraak.objects.get()
    assert terug.pdf.file.read() == pdf.read_bytes()
    assert "Zeldzaamwoord" in terug.tekst


def _geweigerd(pad, *opties):
    with pytest.raises(CommandError) as fout:
        call_command("rechtspraak_import", str(pad), *opties, stdout=io.StringIO())
    assert not Uitspraak.objects.exists()
    assert not Document.objects.exists()
    return str(fout.value)


def test_a_pdf_outside_the_import_folder_is_a_bad_line(jsonl, tmp_path, settings):
    """The import once published /etc/passwd at /documenten/1/passwd."""
    settings.MEDIA_ROOT = tmp_path / "media"
    (tmp_path / "goed.pdf").write_bytes(_pdf_met_tekst("goed"))
    pad = jsonl(
        [
            regel(pdf="goed.pdf"),
            regel(nummer="301 235", ecli="ECLI:BE:RVV:2024:ARR.301235", pdf="/etc/passwd"),
        ]
    )
    melding = _geweigerd(pad)
    assert "regel 2" in melding and "/etc/passwd" in melding and "pdf-map" in melding


@pytest.mark.parametrize(
    ("maak", "verwacht"),
    [
        (lambda map_, buiten: "../buiten/arrest.pdf", "ligt niet in de pdf-map"),
        (lambda map_, buiten: str(buiten / "arrest.pdf"), "ligt niet in de pdf-map"),
        (
            lambda map_, buiten: (
                (map_ / "link.pdf").symlink_to(buiten / "arrest.pdf") or "link.pdf"
            ),
            "ligt niet in de pdf-map",
        ),
        (
            lambda map_, buiten: (map_ / "arrest.txt").write_bytes(b"%PDF-1.4\n") and "arrest.txt",
            "geen .pdf-bestand",
        ),
        (
            lambda map_, buiten: (map_ / "nep.pdf").write_bytes(b"root:x:0:0\n") and "nep.pdf",
            "begint niet met %PDF-",
        ),
        (lambda map_, buiten: "weg.pdf", "bestaat niet"),
        (lambda map_, buiten: ".", "geen .pdf-bestand"),
    ],
)
def test_only_a_pdf_in_the_pdf_folder_is_taken(jsonl, tmp_path, settings, maak, verwacht):
    settings.MEDIA_ROOT = tmp_path / "media"
    buiten = tmp_path / "buiten"
    buiten.mkdir()
    (buiten / "arrest.pdf").write_bytes(_pdf_met_tekst("buiten"))
    map_ = tmp_path / "import"
    map_.mkdir()
    pdf = maak(map_, buiten)
    pad = jsonl([regel(pdf=pdf)], naam="import/uitspraken.jsonl")
    melding = _geweigerd(pad)
    assert "regel 1" in melding and verwacht in melding


def test_the_pdf_folder_is_given_on_the_command_line(jsonl, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    pdfs = tmp_path / "pdfs"
    pdfs.mkdir()
    (pdfs / "arrest.pdf").write_bytes(_pdf_met_tekst("Uitzonderlijkwoord"))
    pad = jsonl([regel(tekst="", pdf="arrest.pdf")])
    # beside the import file there is no arrest.pdf; in the given folder there is
    assert "bestaat niet" in _geweigerd(pad)
    call_command("rechtspraak_import", str(pad), "--pdf-map", str(pdfs), stdout=io.StringIO())
    assert "Uitzonderlijkwoord" in Uitspraak.objects.get().tekst
    # an absolute path in that folder is fine too, one beside the import file no longer
    Uitspraak.objects.all().delete()
    Document.objects.all().delete()
    (tmp_path / "naast.pdf").write_bytes(_pdf_met_tekst("naast"))
    pad = jsonl([regel(pdf=str(tmp_path / "naast.pdf"))], naam="b.jsonl")
    assert "ligt niet in de pdf-map" in _geweigerd(pad, "--pdf-map", str(pdfs))


def _pdf_met_tekst(tekst):
    """A minimal one-page PDF with a line of text (Helvetica)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({tekst}) Tj ET".encode()
    objecten = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    uit = bytearray(b"%PDF-1.4\n")
    posities = []
    for nummer, obj in enumerate(objecten, start=1):
        posities.append(len(uit))
        uit += b"%d 0 obj\n" % nummer + obj + b"\nendobj\n"
    xref = len(uit)
    uit += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objecten) + 1)
    for positie in posities:
        uit += b"%010d 00000 n \n" % positie
    uit += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objecten) + 1,
        xref,
    )
    return bytes(uit)


def test_judgments_go_through_the_moderation_workflow_of_a_fresh_database(db):
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import WorkflowContentType

    link = WorkflowContentType.objects.get(
        content_type=ContentType.objects.get(app_label="rechtspraak", model="uitspraak")
    )
    assert link.workflow.name == "Redactie: goedkeuring door moderator"
