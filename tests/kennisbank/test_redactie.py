"""Editorial workflow: a redacteur submits a change, a moderator approves it."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Workflow

pytestmark = pytest.mark.django_db


def test_groups_exist():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Redacteurs", "Moderatoren", "Juristen", "Coördinatoren"} <= names


def test_redacteur_submits_and_moderator_approves(client, maak_thema, maak_gebruiker):
    redacteur = maak_gebruiker("redacteur", groep="Redacteurs")
    moderator = maak_gebruiker("moderator", groep="Moderatoren")
    thema = maak_thema("Arbeidsmigratie")

    assert not thema.permissions_for_user(redacteur).can_publish()
    assert thema.permissions_for_user(moderator).can_publish()

    client.force_login(redacteur)
    response = client.post(
        f"/admin/pages/{thema.pk}/edit/",
        {
            "title": "Arbeidsmigratie en gecombineerde vergunning",
            "slug": thema.slug,
            "samenvatting": "Nieuwe samenvatting.",
            "body-count": "0",
            "gerelateerde_themas-TOTAL_FORMS": "0",
            "gerelateerde_themas-INITIAL_FORMS": "0",
            "begrippen-TOTAL_FORMS": "0",
            "begrippen-INITIAL_FORMS": "0",
            "action-submit": "1",
        },
    )
    assert response.status_code == 302
    thema.refresh_from_db()
    assert thema.title == "Arbeidsmigratie"  # nothing published yet
    workflow_state = thema.current_workflow_state
    assert workflow_state is not None and workflow_state.status == "in_progress"
    assert workflow_state.workflow.name == Workflow.objects.get().name

    task_state = workflow_state.current_task_state
    client.force_login(moderator)
    response = client.post(
        f"/admin/pages/workflow/action/{thema.pk}/approve/{task_state.pk}/",
        {"comment": "Akkoord"},
    )
    assert response.status_code in (200, 302)
    thema.refresh_from_db()
    assert thema.title == "Arbeidsmigratie en gecombineerde vergunning"
    assert thema.live


def test_scheduled_publishing_is_available(maak_thema):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    thema = maak_thema("Studenten")
    revision = thema.save_revision()
    thema.title = "Studenten niet-EU"
    revision = thema.save_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save()
    call_command("publish_scheduled")
    thema.refresh_from_db()
    assert thema.title == "Studenten niet-EU"
