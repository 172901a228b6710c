"""An editor previews every page type: a new page, an edited page, a revision, and the
moderator's preview of a submitted page. Previews render pages whose relations live in memory
(modelcluster's FakeQuerySet), so these tests give every page its relations."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

from kennisbank.models import (
    BegripPagina,
    DossierPagina,
    HomePage,
    JurideskPagina,
    NieuwsIndexPagina,
    NieuwsPagina,
    ThemaPagina,
)
from kennisbank.verbanden import zet_verbanden

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home, maak_thema, maak_nieuws, dossier_index, begrip):
    verblijf = maak_thema("Verblijf")
    gezin = maak_thema("Gezinshereniging", parent=verblijf)
    werk = maak_thema("Werk")
    lexicon = begrip.get_parent().specific
    nieuws = maak_nieuws("Nieuwe inkomensgrens", themas=[gezin])
    dossier = DossierPagina(title="Oekraïne", in_het_kort="<p>Tijdelijke bescherming.</p>")
    dossier_index.add_child(instance=dossier)
    dossier.themas.set([gezin])
    dossier.nieuws.set([nieuws])
    dossier.save_revision().publish()
    zet_verbanden(gezin, "gerelateerde_themas", [werk.pk])
    zet_verbanden(gezin, "begrippen", [begrip.pk])
    gezin.save_revision().publish()
    return {
        "home": home,
        "verblijf": verblijf,
        "gezin": gezin,
        "werk": werk,
        "begrip": begrip,
        "lexicon": lexicon,
        "nieuws": nieuws,
        "nieuwsindex": NieuwsIndexPagina.objects.get(),
        "dossier": dossier,
        "dossierindex": dossier_index,
    }


def alle_paginas(site):
    return [
        site["home"],
        site["gezin"],
        site["nieuwsindex"],
        site["nieuws"],
        site["dossierindex"],
        site["dossier"],
        site["lexicon"],
        site["begrip"],
    ]


def _wijzig_relaties_in_geheugen(page, site):
    """An edit that changes relations without saving them: what a revision holds."""
    page = page.specific
    page.title = f"{page.title} (herzien)"
    if isinstance(page, HomePage):
        page.intro = "Welkom (herzien)"
    if isinstance(page, ThemaPagina):
        zet_verbanden(page, "gerelateerde_themas", [site["werk"].pk, site["verblijf"].pk])
        zet_verbanden(page, "begrippen", [site["begrip"].pk])
    elif isinstance(page, NieuwsPagina):
        page.themas.set([site["gezin"], site["werk"]])
    elif isinstance(page, DossierPagina):
        page.themas.set([site["werk"], site["gezin"]])
        page.nieuws.set([site["nieuws"]])
    return page


def test_de_revisie_van_elk_paginatype_is_te_bekijken(site):
    for page in alle_paginas(site):
        page = _wijzig_relaties_in_geheugen(page, site)
        revisie = page.save_revision()

        response = revisie.as_object().make_preview_request()

        assert response.status_code == 200, type(page).__name__
        assert "(herzien)" in response.content.decode()


def test_een_revisie_toont_alleen_gepubliceerde_verbanden_in_hun_volgorde(site, home):
    concept = ThemaPagina(title="Nog niet gepubliceerd", samenvatting="Concept.")
    home.add_child(instance=concept)
    concept.unpublish()
    gezin = site["gezin"]
    zet_verbanden(gezin, "gerelateerde_themas", [site["werk"].pk, concept.pk, site["verblijf"].pk])

    html = gezin.save_revision().as_object().make_preview_request().content.decode()

    assert "Nog niet gepubliceerd" not in html
    zie_ook = html[html.index("Zie ook") :]
    assert zie_ook.index(">Werk<") < zie_ook.index(">Verblijf<")


def _als_redacteur(client, maak_gebruiker):
    client.force_login(maak_gebruiker("redacteur", groep="Redacteurs"))


def _formulier(html, model):
    """The edit form's data as the browser sends it; StreamFields are built by the admin's
    JavaScript, so an empty one is sent as zero blocks."""
    data = querydict_from_html(html, form_id="page-edit-form")
    for veld in ("body", "wijzigingen"):
        if any(f.name == veld for f in model._meta.get_fields()):
            data.setdefault(f"{veld}-count", "0")
    return data


def _voorbeeld(client, url, data):
    response = client.post(url, data)
    assert response.status_code == 200
    assert response.json()["is_valid"], response.json()
    return client.get(url)


def test_het_voorbeeldpaneel_van_een_bewerkte_pagina_toont_de_pagina(client, site, maak_gebruiker):
    _als_redacteur(client, maak_gebruiker)
    for page in alle_paginas(site):
        edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert edit.status_code == 200
        data = _formulier(edit.content.decode(), type(page.specific))
        data["title"] = f"{page.title} (herzien)"
        if "intro" in data and isinstance(page.specific, HomePage):
            data["intro"] = "Welkom (herzien)"

        response = _voorbeeld(
            client, reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]), data
        )

        assert response.status_code == 200, type(page.specific).__name__
        assert "(herzien)" in response.content.decode()


@pytest.mark.parametrize(
    "model, ouder",
    [
        (ThemaPagina, "gezin"),
        (NieuwsPagina, "nieuwsindex"),
        (DossierPagina, "dossierindex"),
        (BegripPagina, "lexicon"),
    ],
)
def test_het_voorbeeldpaneel_van_een_nieuwe_pagina_toont_de_pagina(
    client, site, maak_gebruiker, model, ouder
):
    _als_redacteur(client, maak_gebruiker)
    args = [model._meta.app_label, model._meta.model_name, site[ouder].pk]
    add = client.get(reverse("wagtailadmin_pages:add", args=args))
    assert add.status_code == 200
    data = _formulier(add.content.decode(), model)
    data["title"] = "Een nieuwe pagina in wording"
    data["slug"] = "nieuw-in-wording"
    if model is BegripPagina:
        data["definitie"] = '{"blocks": [{"key": "a", "type": "unstyled", "text": "Uitleg.",'
        data["definitie"] += ' "depth": 0, "inlineStyleRanges": [], "entityRanges": []}],'
        data["definitie"] += ' "entityMap": {}}'

    response = _voorbeeld(client, reverse("wagtailadmin_pages:preview_on_add", args=args), data)

    assert response.status_code == 200
    assert "Een nieuwe pagina in wording" in response.content.decode()


@pytest.mark.parametrize("sleutel", ["gezin", "nieuws", "dossier", "begrip"])
def test_de_moderator_ziet_het_voorbeeld_van_een_ingediende_pagina(
    client, site, maak_gebruiker, sleutel
):
    redacteur = maak_gebruiker("redacteur", groep="Redacteurs")
    moderator = maak_gebruiker("moderator", groep="Moderatoren")
    page = _wijzig_relaties_in_geheugen(site[sleutel], site)
    revisie = page.save_revision(user=redacteur)
    workflow = page.get_workflow()
    workflow.start(page, redacteur)
    page = Page.objects.get(pk=page.pk).specific
    task = page.current_workflow_task
    assert revisie.pk == page.latest_revision.pk

    client.force_login(moderator)
    response = client.get(reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task.pk]))

    assert response.status_code == 200
    assert "(herzien)" in response.content.decode()


def test_alle_paginatypes_met_verbanden_zijn_gedekt(site):
    getest = {type(page.specific) for page in alle_paginas(site)}
    paginatypes = {m for m in Page.__subclasses__() if m._meta.app_label == "kennisbank"}
    # the juridesk page has no relations and no page-specific context
    assert paginatypes - getest == {JurideskPagina}
