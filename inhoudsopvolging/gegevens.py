"""What the follow-up screen and the `inhoudsopvolging` command show for a period: per theme
page the juridesk questions on its themes (through the theme links and the pages a jurist
noted), how many the site did not (well) answer and what was missing, the searches that led
to it, the days since its last substantive update and the news and judgments on it since
then; and the queries that found nothing or whose results nobody opened.

The ranking rule (also in the screen's help text, RANGSCHIKKING):
urgentie = (10 x niet beantwoord + vragen + zoekopdrachten / 10)
           x (1 + dagen sinds de laatste inhoudelijke update / 365)
           + 5 x (nieuws en uitspraken over de pagina sinds die update)."""

import datetime
import json
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Sum
from wagtail.models import Site

from juridesk.models import PaginaDagTelling, ThemaKoppeling, Vraag, VraagPagina, VraagThema
from juridesk.tellingen import zonder_genoteerde_pagina
from kennisbank.models import NieuwsPagina, ThemaPagina
from rechtspraak.models import Uitspraak
from zoeken import zoeklog
from zoeken.models import KlikMaand, ZoekDag, ZoekKlik, ZoekMaand

RANGSCHIKKING = (
    "Volgorde: urgentie = (10 × niet beantwoord + vragen + zoekopdrachten ÷ 10) × (1 + dagen "
    "sinds de laatste inhoudelijke update ÷ 365) + 5 × (nieuws en uitspraken over de pagina "
    "sinds die update). Zo komen eerst de pagina's die lezers en juristen het vaakst tekort "
    "schoten, en bij gelijke vraag de pagina's die het langst niet bijgewerkt zijn terwijl er "
    "intussen nieuws of rechtspraak over verscheen."
)
MAX_ZOEKTERMEN = 50
MAX_NOTITIES = 5


@dataclass
class PaginaRij:
    pk: int
    pad: str
    titel: str
    vragen: int = 0
    niet_beantwoord: int = 0
    notities: list = field(default_factory=list)  # [(note, count)]
    zoekopdrachten: int = 0
    laatst_bijgewerkt: datetime.date | None = None
    dagen_sinds_update: int | None = None
    nieuws_sinds: int = 0
    uitspraken_sinds: int = 0
    urgentie: float = 0.0


@dataclass
class Opvolging:
    van: datetime.date
    tot: datetime.date
    paginas: list
    zonder_resultaat: list  # [(zoekterm, aantal)]
    niet_geopend: list

    def als_json(self):
        return {
            "periode": {"van": self.van.isoformat(), "tot": self.tot.isoformat()},
            "paginas": [
                {
                    "pad": p.pad,
                    "titel": p.titel,
                    "vragen": p.vragen,
                    "niet_beantwoord": p.niet_beantwoord,
                    "zoekopdrachten": p.zoekopdrachten,
                    "laatst_bijgewerkt": p.laatst_bijgewerkt.isoformat()
                    if p.laatst_bijgewerkt
                    else None,
                    "dagen_sinds_update": p.dagen_sinds_update,
                }
                for p in self.paginas
            ],
            "zonder_resultaat": [{"zoekterm": t, "aantal": a} for t, a in self.zonder_resultaat],
            "niet_geopend": [{"zoekterm": t, "aantal": a} for t, a in self.niet_geopend],
        }


def urgentie(rij):
    dagen = rij.dagen_sinds_update or 0
    return round(
        (10 * rij.niet_beantwoord + rij.vragen + rij.zoekopdrachten / 10) * (1 + dagen / 365)
        + 5 * (rij.nieuws_sinds + rij.uitspraken_sinds),
        2,
    )


def _root_path():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site.root_page.url_path if site else "/"


def _maanden(van, tot):
    """(first and last day of the whole months inside van..tot, or None), the loose days."""
    begin = (
        van if van.day == 1 else (van.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    )
    na_tot = tot + datetime.timedelta(days=1)
    einde = na_tot.replace(day=1) - datetime.timedelta(days=1) if na_tot.day != 1 else tot
    if begin > einde:
        return None, [(van, tot)]
    losse = []
    if van < begin:
        losse.append((van, begin - datetime.timedelta(days=1)))
    if einde < tot:
        losse.append((einde + datetime.timedelta(days=1), tot))
    return (begin, einde.replace(day=1)), losse


def _vragen(van, tot):
    """{page pk: [questions, not answered]} and {page pk: {note: count}}.

    The counts are juridesk's daily counts per page (kept by `juridesk.tellingen`): a
    question counts on the pages of its themes and on the pages it noted. The notes are read
    from the questions themselves, only the few not (well) answered ones."""
    tellingen = {
        pk: [int(n), int(nb or 0)]
        for pk, n, nb in PaginaDagTelling.objects.filter(dag__gte=van, dag__lte=tot)
        .values("pagina")
        .annotate(n=Sum("vragen"), nb=Sum("niet_beantwoord"))
        .values_list("pagina", "n", "nb")
    }
    # A note is about the pages the jurist noted with it; only a question that noted none
    # brings its note to the pages of its themes (a question on gezinshereniging and leefloon
    # that noted the leefloon page is not about the gezinshereniging page). Once per page.
    notities_sql = (
        f"SELECT x.pagina_id, x.ontbrekend, COUNT(*) "
        f"FROM (SELECT k.pagina_id AS pagina_id, v.id AS vraag_id, v.ontbrekend AS ontbrekend "
        f"FROM {Vraag._meta.db_table} v JOIN {VraagThema._meta.db_table} vt ON vt.vraag_id = v.id "
        f"JOIN {ThemaKoppeling._meta.db_table} k ON k.thema_id = vt.thema_id "
        f"WHERE v.niet_beantwoord = %s AND v.dag >= %s AND v.dag <= %s AND v.ontbrekend <> '' "
        f"AND {zonder_genoteerde_pagina('v.id')} "
        f"UNION SELECT vp.pagina_id, v.id, v.ontbrekend "
        f"FROM {Vraag._meta.db_table} v JOIN {VraagPagina._meta.db_table} vp "
        f"ON vp.vraag_id = v.id "
        f"WHERE v.niet_beantwoord = %s AND v.dag >= %s AND v.dag <= %s AND v.ontbrekend <> '') x "
        f"GROUP BY x.pagina_id, x.ontbrekend"
    )
    with connection.cursor() as cursor:
        cursor.execute(notities_sql, [True, van, tot, True, van, tot])
        notities = {}
        for pk, notitie, n in cursor.fetchall():
            notities.setdefault(pk, {})[notitie] = n
    return tellingen, notities


def _kliks(van, tot, doelen):
    """{path on the site: searches that opened it}, for the given paths (the theme pages:
    the loose days' clicks are read per page over zoeken's index by path, not all of them)."""
    maanden, losse = _maanden(van, tot)
    per_doel = {}
    if maanden:
        for doel, n in KlikMaand.objects.filter(
            maand__gte=maanden[0], maand__lte=maanden[1], doel__in=doelen
        ).values_list("doel", "aantal"):
            per_doel[doel] = per_doel.get(doel, 0) + n
    for a, b in losse:
        for doel, n in (
            ZoekKlik.objects.filter(dag__gte=a, dag__lte=b, doel__in=doelen)
            .values("doel")
            .annotate(n=Sum("aantal"))
            .values_list("doel", "n")
        ):
            per_doel[doel] = per_doel.get(doel, 0) + n
    return per_doel


def zoektermen(van, tot, limiet=MAX_ZOEKTERMEN):
    """(queries without results, queries whose results nobody opened), most frequent first.

    Both lists hold queries of which no result was opened in the period (a query without
    results has nothing to open). So only the queries with a row never opened are summed
    (`kandidaten`, over zoeken's index on geopend), each through its own rows of the period
    (the index by query): a year of the log is a few hundred thousand rows, the queries on
    the lists a few thousand."""
    maanden, losse = _maanden(van, tot)
    delen = []  # (table, period column, first, last)
    if maanden:
        delen.append((ZoekMaand._meta.db_table, "maand", maanden[0], maanden[1]))
    delen += [(ZoekDag._meta.db_table, "dag", a, b) for a, b in losse]
    kandidaten = " UNION ".join(
        f"SELECT DISTINCT zoekterm FROM {tabel} WHERE geopend = 0 AND {kolom} >= %s "
        f"AND {kolom} <= %s"
        for tabel, kolom, _a, _b in delen
    )
    with connection.cursor() as cursor:
        cursor.execute(kandidaten, [g for _t, _k, a, b in delen for g in (a, b)])
        termen = [t for (t,) in cursor.fetchall()]
        if not termen:
            return [], []
        # The candidates as one parameter, so the database knows how few they are and reads
        # their rows by query (a join to a subquery made PostgreSQL read the whole period).
        if connection.vendor == "postgresql":
            in_termen, lijst = "= ANY(%s)", termen
        else:
            in_termen, lijst = "IN (SELECT value FROM json_each(%s))", json.dumps(termen)
        rijen = " UNION ALL ".join(
            f"SELECT zoekterm, aantal, geopend, resultaten FROM {tabel} "
            f"WHERE zoekterm {in_termen} AND {kolom} >= %s AND {kolom} <= %s"
            for tabel, kolom, _a, _b in delen
        )
        cursor.execute(
            f"SELECT zoekterm, SUM(aantal), MAX(resultaten) FROM ({rijen}) t "
            "GROUP BY zoekterm HAVING SUM(geopend) = 0",
            [p for _t, _k, a, b in delen for p in (lijst, a, b)],
        )
        gevonden = sorted((-int(n), t, r) for t, n, r in cursor.fetchall())
    zonder = [(t, -n) for n, t, r in gevonden if r == 0][:limiet]
    niet_geopend = [(t, -n) for n, t, r in gevonden if r > 0][:limiet]
    return zonder, niet_geopend


def _pad(url_path, root):
    return url_path[len(root) :].strip("/") if url_path.startswith(root) else url_path.strip("/")


def _doel(pad):
    """The path the search log records for a page."""
    return f"/{pad}/" if pad else "/"


def bereken(van, tot):
    """The follow-up of van..tot (inclusive): every search made before is counted."""
    zoeklog.schrijf_weg()
    root = _root_path()
    tellingen, notities = _vragen(van, tot)
    themas = [
        (pk, titel, _pad(url_path, root), bijgewerkt, gepubliceerd)
        for pk, titel, url_path, bijgewerkt, gepubliceerd in ThemaPagina.objects.live().values_list(
            "pk", "title", "url_path", "laatst_bijgewerkt", "last_published_at"
        )
    ]
    kliks = _kliks(van, tot, [_doel(pad) for _pk, _t, pad, _b, _g in themas])
    rijen = []
    for pk, titel, pad, bijgewerkt, gepubliceerd in themas:
        bijgewerkt = bijgewerkt or (gepubliceerd.date() if gepubliceerd else None)
        vragen, nb = tellingen.get(pk, [0, 0])
        rij = PaginaRij(
            pk=pk,
            pad=pad,
            titel=titel,
            vragen=vragen,
            niet_beantwoord=nb,
            notities=sorted(notities.get(pk, {}).items(), key=lambda t: (-t[1], t[0]))[
                :MAX_NOTITIES
            ],
            zoekopdrachten=kliks.get(_doel(pad), 0),
            laatst_bijgewerkt=bijgewerkt,
            dagen_sinds_update=(tot - bijgewerkt).days if bijgewerkt else None,
        )
        rijen.append(rij)
    per_pk = {r.pk: r for r in rijen}
    for model, veld, attr in (
        (NieuwsPagina.objects.live(), "datum", "nieuws_sinds"),
        (Uitspraak.objects.all(), "datum", "uitspraken_sinds"),
    ):
        for pk, datum in model.filter(themas__isnull=False).values_list("themas", veld):
            rij = per_pk.get(pk)
            if rij and rij.laatst_bijgewerkt and datum and rij.laatst_bijgewerkt < datum <= tot:
                setattr(rij, attr, getattr(rij, attr) + 1)
    for rij in rijen:
        rij.urgentie = urgentie(rij)
    rijen.sort(key=lambda r: (-r.urgentie, r.titel))
    zonder, niet_geopend = zoektermen(van, tot)
    return Opvolging(van, tot, rijen, zonder, niet_geopend)
