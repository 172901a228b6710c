"""The demo content: loaded through the importer, believable, and idempotent."""

import datetime
import io

from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision

from kennisbank import demo
from kennisbank.models import (
    BegripPagina,
    DossierPagina,
    JurideskPagina,
    NieuwsPagina,
    ThemaPagina,
)


def test_demo_laadt_twee_keer_zonder_wijzigingen_en_overleeft_de_rondreis(home, tmp_path, client):
    eerste = demo.laad()
    revisies = Revision.objects.count()
    logregels = PageLogEntry.objects.count()

    tweede = demo.laad()

    assert "nieuw" in eerste and "0 nieuw, 0 gewijzigd" in tweede
    assert Revision.objects.count() == revisies
    assert PageLogEntry.objects.count() == logregels
    themas = ThemaPagina.objects.live()
    assert 55 <= themas.count() <= 70
    assert NieuwsPagina.objects.live().count() == 30
    assert DossierPagina.objects.live().count() == 3
    assert BegripPagina.objects.live().count() == 20
    # a tree two or three levels deep under the home page, every page with "In het kort"
    assert {t.depth - home.depth for t in themas} == {1, 2, 3}
    assert all(t.samenvatting and t.laatst_bijgewerkt for t in themas)
    belg = ThemaPagina.objects.get(url_path="/home/verblijf/gezinshereniging/met-een-belg/")
    soorten = {blok.block_type for blok in belg.body}
    assert {"tussentitel", "let_op", "faq", "wetsverwijzingen"} <= soorten
    assert "40ter" in str(belg.body)
    # news dated 2024-2026 and linked to theme pages; dossiers with dated changes
    assert {n.datum.year for n in NieuwsPagina.objects.all()} == {2024, 2025, 2026}
    assert all(n.themas.exists() for n in NieuwsPagina.objects.all())
    oekraine = DossierPagina.objects.get(slug="oekraine")
    assert len(oekraine.wijzigingen) >= 2 and oekraine.themas.exists() and oekraine.nieuws.exists()
    # dated as a site that has run since 2020: first published then or on the news' date,
    # and a publication in Wagtail's log on the news' date and the theme's last update
    vandaag = datetime.date.today()
    for pagina in [*themas, *DossierPagina.objects.all()]:
        assert timezone.localdate(pagina.first_published_at) == demo.SINDS
    for nieuws in NieuwsPagina.objects.filter(datum__lt=vandaag):
        assert timezone.localdate(nieuws.first_published_at) == nieuws.datum
    publicaties = {
        (log.page_id, timezone.localdate(log.timestamp))
        for log in PageLogEntry.objects.filter(action="wagtail.publish")
    }
    assert {(n.pk, n.datum) for n in NieuwsPagina.objects.filter(datum__lt=vandaag)} <= publicaties
    assert {(t.pk, t.laatst_bijgewerkt) for t in themas} <= publicaties
    juridesk = JurideskPagina.objects.get()
    assert juridesk.telefoon == "02 205 00 55" and juridesk.email_ipr == "ipr@integratiebeleid.be"
    assert "professionals" in juridesk.intro

    # export -> import changes nothing, and the export is stable
    call_command("kennisbank_export", output=str(tmp_path / "een.jsonl"), stderr=io.StringIO())
    out = io.StringIO()
    call_command("kennisbank_import", str(tmp_path / "een.jsonl"), stdout=out)
    call_command("kennisbank_export", output=str(tmp_path / "twee.jsonl"), stderr=io.StringIO())
    assert "0 nieuw, 0 gewijzigd, 118 ongewijzigd" in out.getvalue()
    assert (tmp_path / "een.jsonl").read_text() == (tmp_path / "twee.jsonl").read_text()
    assert Revision.objects.count() == revisies

    for url in ("/verblijf/gezinshereniging/met-een-belg/", "/dossiers/oekraine/", "/juridesk/"):
        assert client.get(url).status_code == 200
