"""Search became an app of its own (zoeken 0001, kennisbank 0010): a database made before the
move keeps its synonyms, its index (matched by the same FTS5 table or vector table) and the
groups' permissions on the synonyms."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from zoeken import analyse, index
from zoeken.models import Synoniemgroep, ZoekDocument
from zoeken.search import zoek

VOOR_DE_VERHUIS = ("kennisbank", "0009_nieuwsdatum_volgt_planning")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_database_from_before_the_move_keeps_its_rows_and_permissions():
    executor = MigrationExecutor(connection)
    executor.migrate([("zoeken", None)])  # back to before the move (and kennisbank 0010)
    oud = executor.loader.project_state(VOOR_DE_VERHUIS).apps
    OudeSynoniemgroep = oud.get_model("kennisbank", "Synoniemgroep")
    OudContentType = oud.get_model("contenttypes", "ContentType")
    OudePermission = oud.get_model("auth", "Permission")
    OudeGroup = oud.get_model("auth", "Group")

    assert OudContentType.objects.filter(app_label="kennisbank", model="synoniemgroep").exists()
    verhuisd = ("synoniemgroep", "zoekdocument", "zoekwoord")
    assert not OudContentType.objects.filter(app_label="zoeken", model__in=verhuisd).exists()
    OudeSynoniemgroep.objects.create(termen="kwartelkoning, woudaapje", opmerking="van voor")
    recht = OudePermission.objects.get(
        content_type__app_label="kennisbank", codename="change_synoniemgroep"
    )
    OudeGroup.objects.create(name="Vogelaars").permissions.add(recht)
    # a page of the index, written before the move (the table keeps its name) with the
    # columns it had then (the document length came later: zoeken 0005 fills it)
    velden = index._velden("thema", "Kwartelkoning", "/kwartelkoning/", "", "", None, "")
    velden.pop("lengte")
    oud.get_model("kennisbank", "ZoekDocument").objects.create(bron="test", sleutel="1", **velden)

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    analyse.wis_synoniemen_cache()

    assert Synoniemgroep.objects.get(opmerking="van voor").termen == "kwartelkoning, woudaapje"
    assert ZoekDocument.objects.filter(bron="test", sleutel="1").exists()
    assert [r.titel for r in zoek("woudaapje").resultaten] == ["Kwartelkoning"]
    assert not ContentType.objects.filter(app_label="kennisbank", model="synoniemgroep").exists()
    assert Permission.objects.get(codename="change_synoniemgroep").content_type.app_label == (
        "zoeken"
    )
    for groep in ("Vogelaars", "Redacteurs", "Moderatoren"):
        gebruiker = User.objects.create(username=f"lid-{groep}", is_staff=True)
        gebruiker.groups.add(Group.objects.get(name=groep))
        assert gebruiker.has_perm("zoeken.change_synoniemgroep"), groep
