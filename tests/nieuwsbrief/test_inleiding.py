"""The introduction of an edition is rich text: HTML in the HTML part, readable text in the
plain-text part, and the old plain-text introductions became paragraphs."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from nieuwsbrief import demo
from nieuwsbrief.admin_views import stuur_proef
from nieuwsbrief.mail import html_naar_tekst
from nieuwsbrief.models import Editie

from .conftest import tekst_van


@pytest.mark.django_db
def test_de_demo_editie_toont_haar_inleiding_als_opmaak(smtp_server, maak_nieuws):
    maak_nieuws("Demo-nieuws")
    demo.laad()
    stuur_proef(Editie.objects.get(status="concept"), "redactie@example.be")
    (bericht,) = smtp_server.aan("redactie@example.be")
    html = tekst_van(bericht, "html")
    assert "&lt;" not in html and "&amp;lt;" not in html
    assert "<p" in html and "Beste lezer," in html
    tekst = tekst_van(bericht).replace("\r\n", "\n")
    assert "<p>" not in tekst and "Beste lezer," in tekst


@pytest.mark.django_db
def test_links_vet_en_lijsten_in_beide_delen(smtp_server):
    editie = Editie.objects.create(
        titel="Editie",
        inleiding=(
            "<p>Beste lezer, lees <b>vooral</b> "
            '<a href="https://www.vreemdelingenrecht.be/verblijf/">het thema verblijf</a>.</p>'
            "<ul><li>eerste punt</li><li>tweede punt</li></ul>"
            "<ol><li>stap een</li><li>stap twee</li></ol><p>Tot ziens &amp; groeten</p>"
        ),
    )
    stuur_proef(editie, "redactie@example.be")
    (bericht,) = smtp_server.aan("redactie@example.be")
    html = tekst_van(bericht, "html")
    assert "<b" in html and "vooral</b>" in html
    assert 'href="https://www.vreemdelingenrecht.be/verblijf/"' in html
    assert "<li" in html and "&lt;" not in html
    tekst = tekst_van(bericht).replace("\r\n", "\n")
    assert (
        "Beste lezer, lees vooral het thema verblijf "
        "(https://www.vreemdelingenrecht.be/verblijf/)." in tekst
    )
    assert "- eerste punt\n- tweede punt\n" in tekst
    assert "1. stap een\n2. stap twee\n" in tekst
    assert "Tot ziens & groeten" in tekst


def test_html_naar_tekst():
    assert html_naar_tekst("<p>Een</p><p>Twee<br>drie</p>") == "Een\n\nTwee\ndrie"
    assert html_naar_tekst('<p><a href="https://x.be/">https://x.be/</a></p>') == "https://x.be/"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_bestaande_inleidingen_worden_alineas():
    executor = MigrationExecutor(connection)
    executor.migrate([("nieuwsbrief", "0002_rechten")])
    oude = executor.loader.project_state([("nieuwsbrief", "0002_rechten")]).apps
    OudeEditie = oude.get_model("nieuwsbrief", "Editie")
    tekst = OudeEditie.objects.create(
        titel="Tekst", inleiding="Beste lezer,\n\nEén <b> en\ntwee\n\n\nDrie"
    ).pk
    html = OudeEditie.objects.create(
        titel="HTML", inleiding="<p>Beste lezer,</p> <p>In deze editie: ...</p>"
    ).pk
    leeg = OudeEditie.objects.create(titel="Leeg", inleiding="").pk

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())  # every app: going back undid dependants

    assert Editie.objects.get(pk=tekst).inleiding == (
        "<p>Beste lezer,</p><p>Eén &lt;b&gt; en<br>twee</p><p>Drie</p>"
    )
    assert Editie.objects.get(pk=html).inleiding == "<p>Beste lezer,</p> <p>In deze editie: ...</p>"
    assert Editie.objects.get(pk=leeg).inleiding == ""
