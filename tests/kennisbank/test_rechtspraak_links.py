"""Each theme page and dossier links to the case law on its theme: the case-law search and
its Atom feed. Kennisbank shows them through rechtspraak's template tag (it does not import
rechtspraak: tests/test_architectuur.py)."""

import pytest

from kennisbank.models import DossierPagina

pytestmark = pytest.mark.django_db


def test_een_themapagina_linkt_naar_haar_rechtspraak_en_feed(client, maak_thema):
    verblijf = maak_thema("Verblijf")
    gezin = maak_thema("Gezinshereniging", parent=verblijf)

    html = client.get(gezin.url).content.decode()

    assert "Rechtspraak over dit thema" in html
    zoeken, feed = f"/rechtspraak/?thema={gezin.pk}", f"/rechtspraak/feed/?thema={gezin.pk}"
    assert f'href="{zoeken}"' in html and f'href="{feed}"' in html
    assert client.get(zoeken).status_code == 200
    antwoord = client.get(feed)
    assert antwoord.status_code == 200 and b"<feed" in antwoord.content
    assert b"Gezinshereniging" in antwoord.content


def test_een_dossier_linkt_naar_de_rechtspraak_van_zijn_themas(client, maak_thema, dossier_index):
    gezin, werk = maak_thema("Gezinshereniging"), maak_thema("Werk")
    dossier = DossierPagina(title="Oekraïne", in_het_kort="<p>Tijdelijke bescherming.</p>")
    dossier_index.add_child(instance=dossier)
    dossier.themas.set([gezin, werk])
    dossier.save_revision().publish()

    html = client.get(dossier.url).content.decode()

    assert "Rechtspraak in dit dossier" in html
    for thema in (gezin, werk):
        assert f'href="/rechtspraak/?thema={thema.pk}"' in html
        assert f'href="/rechtspraak/feed/?thema={thema.pk}"' in html
