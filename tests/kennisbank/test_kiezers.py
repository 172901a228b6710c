"""Editors link a theme page to related theme pages and begrippen with Wagtail's choosers
(search, browse the tree), not a multi-select box of 600 titles; the order they choose is the
order readers see."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from kennisbank.models import ThemaPagina

pytestmark = pytest.mark.django_db


def test_verwante_themas_en_begrippen_kies_je_met_een_kiezer(
    client, maak_thema, maak_gebruiker, begrip
):
    gezin = maak_thema("Gezinshereniging")
    werk, opvang = maak_thema("Werk"), maak_thema("Opvang")
    client.force_login(maak_gebruiker("moderator", groep="Moderatoren"))
    url = reverse("wagtailadmin_pages:edit", args=[gezin.pk])

    html = client.get(url).content.decode()

    assert 'name="gerelateerde_themas"' not in html and 'name="begrippen"' not in html
    assert "gerelateerde_themas-TOTAL_FORMS" in html and "begrippen-TOTAL_FORMS" in html
    # Wagtail's page chooser (search and browse), opened from the panel's button
    assert 'id="id_gerelateerde_themas-OPEN_MODAL"' in html
    assert 'id="id_begrippen-OPEN_MODAL"' in html
    assert "new MultipleChooserPanel(" in html

    data = querydict_from_html(html, form_id="page-edit-form")
    data["body-count"] = "0"
    for prefix, veld, paginas in [
        ("gerelateerde_themas", "thema", [opvang, werk]),
        ("begrippen", "begrip", [begrip]),
    ]:
        data[f"{prefix}-TOTAL_FORMS"] = str(len(paginas))
        for i, page in enumerate(paginas):
            data[f"{prefix}-{i}-{veld}"] = str(page.pk)
            data[f"{prefix}-{i}-ORDER"] = str(i + 1)
            data[f"{prefix}-{i}-id"] = ""
            data[f"{prefix}-{i}-DELETE"] = ""
    data["action-publish"] = "1"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]

    gezin = ThemaPagina.objects.get(pk=gezin.pk)
    assert [v.thema for v in gezin.gerelateerde_themas.all()] == [opvang, werk]
    assert [v.begrip for v in gezin.begrippen.all()] == [begrip]
    pagina = client.get(gezin.url).content.decode()
    zie_ook = pagina[pagina.index("Zie ook") :]
    assert zie_ook.index(">Opvang<") < zie_ook.index(">Werk<")
    assert ">Verblijfskaart<" in pagina
    begrip_html = client.get(begrip.url).content.decode()
    assert ">Gezinshereniging<" in begrip_html


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_de_migratie_behoudt_bestaande_verbanden(maak_thema, begrip):
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor
    from wagtail.models import Revision

    gezin, werk, opvang = maak_thema("Gezinshereniging"), maak_thema("Werk"), maak_thema("Opvang")
    voor = [("kennisbank", "0007_in_het_kort_een_bron")]
    executor = MigrationExecutor(connection)
    executor.migrate(voor)
    oude = executor.loader.project_state(voor).apps
    OudeThema = oude.get_model("kennisbank", "ThemaPagina")
    for veld, doelen in [("gerelateerde_themas", [werk, opvang]), ("begrippen", [begrip])]:
        m2m = OudeThema._meta.get_field(veld)
        through = m2m.remote_field.through
        for doel in doelen:
            through.objects.create(
                **{f"{m2m.m2m_field_name()}_id": gezin.pk},
                **{f"{m2m.m2m_reverse_field_name()}_id": doel.pk},
            )
    revisie = Revision.objects.get(pk=gezin.latest_revision_id)
    revisie.content["gerelateerde_themas"] = [opvang.pk]
    revisie.save()

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())  # every app: going back undid dependants

    gezin = ThemaPagina.objects.get(pk=gezin.pk)
    assert [v.thema_id for v in gezin.gerelateerde_themas.all()] == [werk.pk, opvang.pk]
    assert [v.begrip_id for v in gezin.begrippen.all()] == [begrip.pk]
    concept = Revision.objects.get(pk=revisie.pk).as_object()
    assert [v.thema_id for v in concept.gerelateerde_themas.all()] == [opvang.pk]
