"""A theme page says "In het kort" once: the field is the one source (the demo, the search
results and the theme cards use it); an "In het kort" block joins the field."""

import importlib
import json

import pytest
from django.apps import apps

from kennisbank.models import DossierPagina, ThemaPagina

pytestmark = pytest.mark.django_db

BLOK = {
    "type": "in_het_kort",
    "value": "<p>Een gezin <b>samenbrengen</b>.</p><ul><li>Partner</li></ul>",
}
TEKST = {"type": "tekst", "value": "<p>De uitleg.</p>"}


def test_een_gepubliceerde_themapagina_toont_in_het_kort_een_keer(client, maak_thema):
    thema = maak_thema(
        "Gezinshereniging",
        samenvatting="Wie mag zijn gezin laten overkomen.",
        body=json.dumps([BLOK, TEKST]),
    )

    html = client.get(thema.url).content.decode()

    assert html.count(">In het kort</h2>") == 1
    assert "Wie mag zijn gezin laten overkomen." in html
    assert "Een gezin samenbrengen." in html and "Partner" in html
    thema.refresh_from_db()
    assert [blok.block_type for blok in thema.body] == ["tekst"]
    assert "Een gezin samenbrengen." in thema.samenvatting


def test_een_blok_met_dezelfde_tekst_verdubbelt_niets(maak_thema):
    thema = maak_thema(
        "Werk",
        samenvatting="Een gezin samenbrengen.\nPartner",
        body=json.dumps([BLOK]),
    )

    assert thema.samenvatting == "Een gezin samenbrengen.\nPartner"
    assert len(thema.body) == 0


def test_een_dossier_neemt_het_blok_op_in_zijn_veld(dossier_index):
    dossier = DossierPagina(
        title="Oekraïne", in_het_kort="<p>Tijdelijke bescherming.</p>", body=json.dumps([BLOK])
    )
    dossier_index.add_child(instance=dossier)

    assert dossier.in_het_kort.startswith("<p>Tijdelijke bescherming.</p>")
    assert "<b>samenbrengen</b>" in dossier.in_het_kort
    assert len(dossier.body) == 0


def test_de_migratie_brengt_bestaande_blokken_naar_het_veld(maak_thema, dossier_index):
    thema = maak_thema("Opvang", samenvatting="")
    dossier = DossierPagina(title="Gaza", in_het_kort="")
    dossier_index.add_child(instance=dossier)
    # as the data stood before: a block beside the field (saved without the model's rules)
    ThemaPagina.objects.filter(pk=thema.pk).update(body=json.dumps([BLOK, TEKST]))
    DossierPagina.objects.filter(pk=dossier.pk).update(body=json.dumps([BLOK]))
    migratie = importlib.import_module("kennisbank.migrations.0007_in_het_kort_een_bron")

    migratie.verenig(apps, None)

    thema.refresh_from_db()
    dossier.refresh_from_db()
    assert thema.samenvatting == "Een gezin samenbrengen.\nPartner"
    assert [blok.block_type for blok in thema.body] == ["tekst"]
    assert dossier.in_het_kort == BLOK["value"] and len(dossier.body) == 0
