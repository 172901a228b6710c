"""Background tasks (Django's tasks framework; `django_tasks_db` + `manage.py db_worker` in
production, the immediate backend in development and tests).

django_tasks_db leaves a task whose worker was killed in "RUNNING" for good: it never runs it
again. So every run of `verzend_editie` first enqueues its own successor, deferred by the claim
lease (a dead man's switch). If this run is killed, the successor starts after the lease, takes
over the rows the dead run left in "bezig" and carries on. A successor that finds nothing open
ends the chain. Retries due later are picked up by the same chain, one lease apart."""

import logging
from datetime import timedelta
from email.utils import formataddr, parseaddr

import css_inline
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.tasks import default_task_backend, task
from django.template.loader import render_to_string
from django.utils import timezone

from . import leveringen, transport, verzending

logger = logging.getLogger("nieuwsbrief")


@task(queue_name="default")
def verzend_editie(editie_id: int) -> dict:
    if not leveringen.open_werk(editie_id):
        leveringen.rond_af_als_klaar(editie_id)
        return {"klaar": True}
    if default_task_backend.supports_defer:
        verzend_editie.using(
            run_after=timezone.now() + timedelta(seconds=leveringen.lease())
        ).enqueue(editie_id)
    return verzending.verzend_klaarstaande(editie_id)


class PlannenOnmogelijk(Exception):
    """The task backend cannot run a task later (the immediate backend of development)."""


@task(queue_name="default")
def verzend_gepland(editie_id: int) -> dict:
    """A scheduled edition, enqueued with run_after = its time: start it (if it is still
    scheduled for now or earlier) and send it as `verzend_editie` does. A cancelled or
    moved schedule leaves this task with nothing to do: the edition's status decides."""
    if not leveringen.start_gepland(editie_id):
        return {"gestart": False}
    return verzend_editie.call(editie_id)


def plan_verzending(editie, moment):
    """Schedule `editie` for `moment`: the worker (django_tasks_db's db_worker) takes the
    task when it is due. Chosen over a periodic command: no timer to install, and the
    worker that sends is the one that starts it."""
    if not default_task_backend.supports_defer:
        raise PlannenOnmogelijk(
            "Inplannen kan alleen met de takenwachtrij van productie "
            "(TASKS_BACKEND=django_tasks_db.DatabaseBackend en manage.py db_worker); "
            "hier worden taken meteen uitgevoerd."
        )
    with transaction.atomic():  # no schedule without its task, and no task without it
        editie.plan(moment)
        verzend_gepland.using(run_after=moment).enqueue(editie.pk)


def afzender():
    # DEFAULT_FROM_EMAIL may hold an unquoted name with a period ("vreemdelingenrecht.be <...>"),
    # which Django's SMTP backend rejects; formataddr quotes it.
    return formataddr(parseaddr(settings.DEFAULT_FROM_EMAIL))


@task(queue_name="default")
def stuur_bevestiging(email: str, lijsten: list[str], link: str, volgt: str = "") -> bool:
    """The double opt-in mail. Run as a task so the form answers alike for every address.
    `volgt`: what she asked to follow, in words (the alerts)."""
    context = {"link": link, "lijsten": lijsten, "volgt": volgt}
    bericht = EmailMultiAlternatives(
        "Bevestig je inschrijving op vreemdelingenrecht.be",
        render_to_string("nieuwsbrief/mail/bevestiging.txt", context),
        afzender(),
        [email],
    )
    bericht.attach_alternative(
        css_inline.inline(
            render_to_string("nieuwsbrief/mail/bevestiging.html", context),
            load_remote_stylesheets=False,
        ),
        "text/html",
    )
    transport.verstuur_email(bericht)  # signed with DKIM like every newsletter message
    return True
