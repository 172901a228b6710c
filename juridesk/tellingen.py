"""Keep the daily counts (`DagTelling`) in step with the questions.

A day is always recomputed whole from its questions (never incremented), so the counts
cannot drift: whatever changed on that day, the result is what a full count would give.
On PostgreSQL a transaction-level advisory lock per day keeps two jurists who save at the
same moment from recomputing the same day at once; SQLite serialises writers anyway.
"""

import calendar
import datetime

from django.db import connection, transaction

from .lijsten import ENKELVOUDIG, THEMA
from .models import DagTelling, MaandTelling, Vraag, VraagThema

TOTAAL = "totaal"
MET_THEMA = "met_thema"
_LOCK_BASIS = 0x4A55_0000  # "JU": keeps our advisory lock keys apart from others'


def _statements():
    vraag = Vraag._meta.db_table
    vraagthema = VraagThema._meta.db_table
    telling = DagTelling._meta.db_table
    insert = f"INSERT INTO {telling} (dag, lijst, waarde, aantal) "
    statements = [
        insert + f"SELECT dag, %s, 0, COUNT(*) FROM {vraag} "
        "WHERE dag >= %s AND dag <= %s GROUP BY dag",
    ]
    lijsten = [TOTAAL]
    for naam in ENKELVOUDIG:
        statements.append(
            insert + f"SELECT dag, %s, COALESCE({naam}_id, 0), COUNT(*) FROM {vraag} "
            f"WHERE dag >= %s AND dag <= %s GROUP BY dag, {naam}_id"
        )
        lijsten.append(naam)
    statements.append(
        insert + f"SELECT dag, %s, thema_id, COUNT(*) FROM {vraagthema} "
        "WHERE dag >= %s AND dag <= %s GROUP BY dag, thema_id"
    )
    lijsten.append(THEMA)
    statements.append(
        insert + f"SELECT dag, %s, 0, COUNT(DISTINCT vraag_id) FROM {vraagthema} "
        "WHERE dag >= %s AND dag <= %s GROUP BY dag"
    )
    lijsten.append(MET_THEMA)
    return list(zip(statements, lijsten, strict=True))


def herbereken_periode(van, tot):
    """Recompute every day from van to tot (inclusive), e.g. after a bulk import."""
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            if (tot - van).days <= 31:
                dag = van
                while dag <= tot:
                    cursor.execute(
                        "SELECT pg_advisory_xact_lock(%s)", [_LOCK_BASIS + dag.toordinal()]
                    )
                    dag += datetime.timedelta(days=1)
            else:
                cursor.execute(
                    f"LOCK TABLE {DagTelling._meta.db_table} IN SHARE ROW EXCLUSIVE MODE"
                )
        DagTelling.objects.filter(dag__gte=van, dag__lte=tot).delete()
        for sql, lijst in _statements():
            cursor.execute(sql, [lijst, van, tot])
        maand = van.replace(day=1)
        while maand <= tot:
            einde = laatste_dag(maand)
            MaandTelling.objects.filter(maand=maand).delete()
            cursor.execute(
                f"INSERT INTO {MaandTelling._meta.db_table} (maand, lijst, waarde, aantal) "
                f"SELECT %s, lijst, waarde, SUM(aantal) FROM {DagTelling._meta.db_table} "
                "WHERE dag >= %s AND dag <= %s GROUP BY lijst, waarde",
                [maand, maand, einde],
            )
            maand = einde + datetime.timedelta(days=1)


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
    DagTelling.objects.all().delete()
    MaandTelling.objects.all().delete()
    if eerste:
        herbereken_periode(eerste, laatste)
