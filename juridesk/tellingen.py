"""The one owner of the daily and monthly counts (`DagTelling`, `MaandTelling`) and of the
daily counts per page of the site (`PaginaDagTelling`, which the content follow-up reads).

Every way a question comes, changes or goes ends here: the logging form and the admin's
correction call `bewaar`, the import and the generator write in bulk inside `bijwerken()`,
a deletion (one question in the admin, or many at once) goes through `verwijder` or the
post_delete receiver below, and a plain `Vraag.save()`, `zet_themas()` or `delete()` is
caught by the receivers below. Inside a `bijwerken()` block the touched days are collected
and recounted once, at the end, in the same transaction; outside one, at once.

This module imports the models, never the other way round: the models only keep a
question's `dag` (and the day it had before a save, `vorige_dag`) and send Django's signals.

A day is always recomputed whole from its questions (never incremented), so the counts
cannot drift: whatever changed on that day, the result is what a full count would give.
A theme link (`ThemaKoppeling`) added, changed or removed moves questions of every day to or
from a page: its pages (the old and the new one) are recounted over all days, in the same
way (inside a `bijwerken()` block once, at its end).
On PostgreSQL a transaction-level advisory lock per day keeps two jurists who save at the
same moment from recomputing the same day at once; SQLite serialises writers anyway.
"""

import calendar
import datetime
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.models import Page

from .lijsten import ENKELVOUDIG, THEMA
from .models import (
    DagTelling,
    MaandTelling,
    PaginaDagTelling,
    ThemaKoppeling,
    Vraag,
    VraagPagina,
    VraagThema,
)

TOTAAL = "totaal"
MET_THEMA = "met_thema"
_LOCK_BASIS = 0x4A55_0000  # "JU": keeps our advisory lock keys apart from others'
# The days touched inside the innermost open `bijwerken()` block (None: no block open).
_WACHTEND = ContextVar("juridesk_tellingen_wachtend", default=None)


class _Wachtend(set):
    """The touched days, and the pages whose theme links changed (`paginas`)."""

    def __init__(self):
        super().__init__()
        self.paginas = set()


@contextmanager
def bijwerken():
    """One recount for a block of changes: yields the set of touched days, which saves,
    theme changes and deletions inside the block fill; a bulk write (which sends no
    signals) adds its own days (and, for theme links, their pages to `.paginas`). At the end
    of the block those days and pages are recounted at once, in the block's transaction.
    A nested block joins the outer one."""
    open_ = _WACHTEND.get()
    if open_ is not None:
        yield open_
        return
    dagen = _Wachtend()
    with transaction.atomic():
        token = _WACHTEND.set(dagen)
        try:
            yield dagen
        finally:
            _WACHTEND.reset(token)
        herbereken_dagen(dagen)
        herbereken_paginas(dagen.paginas)


def bewaar(vraag, themas=None, paginas=None):
    """A question logged or corrected, with its themes and the pages the caller was
    referred to (None: leave them): its day, and the day it had before, are recounted once."""
    with bijwerken():
        vraag.save()
        if themas is not None:
            vraag.zet_themas(themas)
        if paginas is not None:
            vraag.zet_paginas(paginas)
    return vraag


def verwijder(vragen):
    """Delete one question or many (a queryset or a list): their days are recounted once."""
    with bijwerken():
        if hasattr(vragen, "delete"):  # one question, or a queryset
            vragen.delete()
        else:
            for vraag in vragen:
                vraag.delete()


def alle_dagen(van, tot):
    """Every day from van to tot (inclusive): what a bulk write adds to `bijwerken()`."""
    return {van + datetime.timedelta(days=i) for i in range((tot - van).days + 1)}


def _geraakt(dagen):
    dagen = {dag for dag in dagen if dag is not None}
    open_ = _WACHTEND.get()
    if open_ is not None:
        open_.update(dagen)
    else:
        herbereken_dagen(dagen)


def _paginas_geraakt(paginas):
    paginas = {pk for pk in paginas if pk is not None}
    open_ = _WACHTEND.get()
    if open_ is not None:
        open_.paginas.update(paginas)
    else:
        herbereken_paginas(paginas)


@receiver(post_save, sender=Vraag, dispatch_uid="juridesk_tellingen_bewaard")
def _vraag_bewaard(sender, instance, **kwargs):
    _geraakt({instance.dag, instance.vorige_dag})


@receiver(post_delete, sender=Vraag, dispatch_uid="juridesk_tellingen_verwijderd")
def _vraag_verwijderd(sender, instance, **kwargs):
    _geraakt({instance.dag})


@receiver(m2m_changed, sender=VraagThema, dispatch_uid="juridesk_tellingen_themas")
def _themas_gewijzigd(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove") or not pk_set:
        return
    if reverse:  # waarde.vragen.add(...): the questions are the pk_set
        _geraakt(set(Vraag.objects.filter(pk__in=pk_set).values_list("dag", flat=True)))
    else:
        _geraakt({instance.dag})


@receiver(m2m_changed, sender=VraagPagina, dispatch_uid="juridesk_tellingen_paginas")
def _paginas_gewijzigd(sender, instance, action, **kwargs):
    # vraag.paginas only: the pages keep no reverse accessor (related_name="+")
    if action in ("post_add", "post_remove", "post_clear"):
        _geraakt({instance.dag})


@receiver(pre_save, sender=ThemaKoppeling, dispatch_uid="juridesk_tellingen_koppeling_oud")
def _koppeling_wordt_bewaard(sender, instance, **kwargs):
    instance.vorige_pagina_id = (
        ThemaKoppeling.objects.filter(pk=instance.pk).values_list("pagina_id", flat=True).first()
        if instance.pk
        else None
    )


@receiver(post_save, sender=ThemaKoppeling, dispatch_uid="juridesk_tellingen_koppeling")
def _koppeling_bewaard(sender, instance, **kwargs):
    _paginas_geraakt({instance.pagina_id, getattr(instance, "vorige_pagina_id", None)})


@receiver(post_delete, sender=ThemaKoppeling, dispatch_uid="juridesk_tellingen_ontkoppeld")
def _koppeling_verwijderd(sender, instance, **kwargs):
    _paginas_geraakt({instance.pagina_id})


@receiver(post_delete, sender=Page, dispatch_uid="juridesk_tellingen_pagina_weg")
def _pagina_verwijderd(sender, instance, **kwargs):
    # After its links and noted pages (deleted before the page): nothing counts for it now.
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {PaginaDagTelling._meta.db_table} WHERE pagina_id = %s", [instance.pk]
        )


def _herteldag_sql():
    """One statement that recounts days (params: (lijst, van, tot) per part): the total,
    every one-valued list, the themes and the questions with a theme, as UNION ALL parts
    (one round trip to the database instead of twelve)."""
    vraag = Vraag._meta.db_table
    vraagthema = VraagThema._meta.db_table
    periode = "WHERE dag >= %s AND dag <= %s"
    delen = [(f"SELECT dag, %s, 0, COUNT(*) FROM {vraag} {periode} GROUP BY dag", TOTAAL)]
    for naam in ENKELVOUDIG:
        delen.append(
            (
                f"SELECT dag, %s, COALESCE({naam}_id, 0), COUNT(*) FROM {vraag} {periode} "
                f"GROUP BY dag, {naam}_id",
                naam,
            )
        )
    delen.append(
        (
            f"SELECT dag, %s, thema_id, COUNT(*) FROM {vraagthema} {periode} "
            "GROUP BY dag, thema_id",
            THEMA,
        )
    )
    delen.append(
        (
            f"SELECT dag, %s, 0, COUNT(DISTINCT vraag_id) FROM {vraagthema} {periode} GROUP BY dag",
            MET_THEMA,
        )
    )
    sql = f"INSERT INTO {DagTelling._meta.db_table} (dag, lijst, waarde, aantal) " + (
        " UNION ALL ".join(deel for deel, _ in delen)
    )
    return sql, [lijst for _, lijst in delen]


def zonder_genoteerde_pagina(vraag_kolom):
    """SQL that holds when the question `vraag_kolom` noted no page. A question not (well)
    answered, and its note, belong to the pages it noted; only without one, to the pages of
    its themes (the per-page counts below, and the notes of inhoudsopvolging)."""
    return (
        f"NOT EXISTS (SELECT 1 FROM {VraagPagina._meta.db_table} vp0 "
        f"WHERE vp0.vraag_id = {vraag_kolom})"
    )


def _paginatelling_sql(waar_koppeling, waar_pagina):
    """Recount questions per day and page (each question once per page, through a theme
    link or a noted page) where the conditions hold: on `vt`/`k` (theme rows and links) and
    on the noted pages. The theme and page rows carry their question's day. A question not
    (well) answered counts as such on the pages it noted; one that noted none, on the pages
    of its themes (as its note shows, inhoudsopvolging)."""
    return (
        f"INSERT INTO {PaginaDagTelling._meta.db_table} "
        "(dag, pagina_id, vragen, niet_beantwoord) "
        "SELECT x.dag, x.pagina_id, COUNT(*), "
        "SUM(CASE WHEN v.niet_beantwoord AND x.eigen = 1 THEN 1 ELSE 0 END) "
        "FROM (SELECT dag, pagina_id, vraag_id, MAX(eigen) AS eigen "
        "FROM (SELECT vt.dag AS dag, k.pagina_id AS pagina_id, vt.vraag_id AS vraag_id, "
        f"CASE WHEN {zonder_genoteerde_pagina('vt.vraag_id')} THEN 1 ELSE 0 END AS eigen "
        f"FROM {VraagThema._meta.db_table} vt JOIN {ThemaKoppeling._meta.db_table} k "
        f"ON k.thema_id = vt.thema_id WHERE {waar_koppeling} "
        f"UNION ALL SELECT dag, pagina_id, vraag_id, 1 FROM {VraagPagina._meta.db_table} "
        f"WHERE {waar_pagina}) y GROUP BY dag, pagina_id, vraag_id) x "
        f"JOIN {Vraag._meta.db_table} v ON v.id = x.vraag_id "
        "GROUP BY x.dag, x.pagina_id"
    )


def herbereken_paginas(paginas):
    """Recount the given pages (pks) over all days: after their theme links changed."""
    paginas = sorted(paginas)
    if not paginas:
        return
    tabel = PaginaDagTelling._meta.db_table
    lijst = ", ".join(["%s"] * len(paginas))
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"LOCK TABLE {tabel} IN SHARE ROW EXCLUSIVE MODE")
        cursor.execute(f"DELETE FROM {tabel} WHERE pagina_id IN ({lijst})", paginas)
        cursor.execute(
            _paginatelling_sql(f"k.pagina_id IN ({lijst})", f"pagina_id IN ({lijst})"),
            paginas + paginas,
        )


def herbereken_periode(van, tot):
    """Recompute every day from van to tot (inclusive), and their months.

    A few days (a save, a correction) move their months by the difference between the
    old and the new day counts; a longer range (an import) recomputes its months whole."""
    dag_tabel, maand_tabel = DagTelling._meta.db_table, MaandTelling._meta.db_table
    pagina_tabel = PaginaDagTelling._meta.db_table
    klein = (tot - van).days < 7
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            if klein:
                dag = van
                while dag <= tot:
                    cursor.execute(
                        "SELECT pg_advisory_xact_lock(%s)", [_LOCK_BASIS + dag.toordinal()]
                    )
                    dag += datetime.timedelta(days=1)
            else:
                cursor.execute(f"LOCK TABLE {dag_tabel} IN SHARE ROW EXCLUSIVE MODE")
        if klein:
            oud = _per_maand(cursor, van, tot)
        # raw SQL: the ORM would first fetch every row to send delete signals
        cursor.execute(f"DELETE FROM {dag_tabel} WHERE dag >= %s AND dag <= %s", [van, tot])
        sql, lijsten = _herteldag_sql()
        cursor.execute(sql, [p for lijst in lijsten for p in (lijst, van, tot)])
        cursor.execute(f"DELETE FROM {pagina_tabel} WHERE dag >= %s AND dag <= %s", [van, tot])
        cursor.execute(
            _paginatelling_sql("vt.dag >= %s AND vt.dag <= %s", "dag >= %s AND dag <= %s"),
            [van, tot, van, tot],
        )
        if klein:
            nieuw = _per_maand(cursor, van, tot)
            verschil = [
                (maand, lijst, waarde, nieuw.get(k, 0) - oud.get(k, 0))
                for k in oud.keys() | nieuw.keys()
                for maand, lijst, waarde in [k]
                if nieuw.get(k, 0) != oud.get(k, 0)
            ]
            # The CHECK (aantal >= 0) applies to the row an upsert proposes, so decreases
            # go through a plain UPDATE of the (existing) month row.
            erbij = [v for v in verschil if v[3] > 0]
            eraf = [(v[3], v[0], v[1], v[2]) for v in verschil if v[3] < 0]
            if erbij:
                cursor.executemany(
                    f"INSERT INTO {maand_tabel} (maand, lijst, waarde, aantal) "
                    "VALUES (%s, %s, %s, %s) ON CONFLICT (maand, lijst, waarde) "
                    f"DO UPDATE SET aantal = {maand_tabel}.aantal + excluded.aantal",
                    erbij,
                )
            if eraf:
                cursor.executemany(
                    f"UPDATE {maand_tabel} SET aantal = aantal + %s "
                    "WHERE maand = %s AND lijst = %s AND waarde = %s",
                    eraf,
                )
            return
        maand = van.replace(day=1)
        while maand <= tot:
            einde = laatste_dag(maand)
            cursor.execute(f"DELETE FROM {maand_tabel} WHERE maand = %s", [maand])
            cursor.execute(
                f"INSERT INTO {maand_tabel} (maand, lijst, waarde, aantal) "
                f"SELECT %s, lijst, waarde, SUM(aantal) FROM {dag_tabel} "
                "WHERE dag >= %s AND dag <= %s GROUP BY lijst, waarde",
                [maand, maand, einde],
            )
            maand = einde + datetime.timedelta(days=1)


def _per_maand(cursor, van, tot):
    """{(first day of the month, lijst, waarde): count} of the days van..tot."""
    cursor.execute(
        f"SELECT dag, lijst, waarde, aantal FROM {DagTelling._meta.db_table} "
        "WHERE dag >= %s AND dag <= %s",
        [van, tot],
    )
    tellingen = {}
    for dag, lijst, waarde, aantal in cursor.fetchall():
        if isinstance(dag, str):  # SQLite without converters on a raw cursor
            dag = datetime.date.fromisoformat(dag)
        sleutel = (dag.replace(day=1), lijst, waarde)
        tellingen[sleutel] = tellingen.get(sleutel, 0) + aantal
    return tellingen


def laatste_dag(maand):
    return maand.replace(day=calendar.monthrange(maand.year, maand.month)[1])


def herbereken_dagen(dagen):
    """Recompute the given days (each contiguous run in one go)."""
    dagen = sorted(set(dagen))
    if not dagen:
        return
    start = vorige = dagen[0]
    for dag in dagen[1:]:
        if dag - vorige > datetime.timedelta(days=1):
            herbereken_periode(start, vorige)
            start = dag
        vorige = dag
    herbereken_periode(start, vorige)


def herbereken_alles():
    grenzen = Vraag.objects.order_by("dag").values_list("dag", flat=True)
    eerste, laatste = grenzen.first(), grenzen.last()
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {DagTelling._meta.db_table}")
        cursor.execute(f"DELETE FROM {MaandTelling._meta.db_table}")
        cursor.execute(f"DELETE FROM {PaginaDagTelling._meta.db_table}")
    if eerste:
        herbereken_periode(eerste, laatste)
