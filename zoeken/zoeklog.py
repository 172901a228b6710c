"""The anonymous search log: what the site's readers search for, how often, how many results
they got, and which result they opened at which position, per day.

Nothing personal is kept: no IP address, session, cookie, user or time of day; the query is
normalised as Wagtail's search promotions normalise it (lower case, single spaces) and long
numbers and e-mail addresses in it are masked (a national register or file number typed by
mistake never reaches the log).

Writing adds no measurable time to a search: a search or a click is one counter increment and
one `set` in the cache (Redis in production, local memory in development); every
ZOEKLOG_BATCH entries the request that fills the batch writes them to the database after its
response has gone out (`schrijf_weg`, added to the response's closers), summed per day and
query in a handful of upserts. The follow-up screen and commands call `schrijf_weg` first, so
they see every search made before they run. Kept for ZOEKLOG_BEWAARTERMIJN_MAANDEN months
(default 13); `zoeklog_opschonen` (a periodic job) deletes what is older."""

import base64
import datetime
import hashlib
import hmac
import logging
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from wagtail.search.utils import normalise_query_string

from .models import KlikMaand, ZoekDag, ZoekKlik, ZoekMaand

logger = logging.getLogger(__name__)

TELLER = "zoeklog:teller"
GESCHREVEN = "zoeklog:geschreven"
SLOT = "zoeklog:slot"
ITEM = "zoeklog:item:{}"
ITEM_BEWAREN = 7 * 24 * 3600  # never flushed (no search for a week): then it is lost
MAX_ZOEKTERM = 200
_NUMMER = re.compile(r"\d[\d .\-/]{4,}\d")
_EMAIL = re.compile(r"\S+@\S+")
_SALT = "zoeken.zoeklog.klik"
_HMAC = {}  # SECRET_KEY -> an HMAC keyed once, copied for each link


def aan():
    return getattr(settings, "ZOEKLOG_AAN", True)


def batch():
    return max(1, int(getattr(settings, "ZOEKLOG_BATCH", 200)))


def bewaartermijn():
    return int(getattr(settings, "ZOEKLOG_BEWAARTERMIJN_MAANDEN", 13))


def normaliseer(zoekterm):
    """The query as the log and the search promotions know it."""
    tekst = _EMAIL.sub("[e-mail]", str(zoekterm or ""))
    tekst = _NUMMER.sub(
        lambda m: "#" if sum(c.isdigit() for c in m.group()) >= 6 else m.group(), tekst
    )
    return normalise_query_string(tekst)[:MAX_ZOEKTERM]


# --- counting (in the cache) ------------------------------------------------------------------


def _voeg_toe(item):
    """Count one entry; True when a batch is full (the caller then flushes after its
    response)."""
    try:
        try:
            nummer = cache.incr(TELLER)
        except ValueError:  # no counter yet (a new or emptied cache)
            cache.add(TELLER, 0, timeout=None)
            nummer = cache.incr(TELLER)
        cache.set(ITEM.format(nummer), item, timeout=ITEM_BEWAREN)
    except Exception:  # the log never breaks a search
        logger.exception("zoeklog: tellen mislukt")
        return False
    return nummer % batch() == 0


_VANDAAG = {"tot": 0.0, "dag": None}  # today's date, and when it ends (the next local midnight)


def _vandaag():
    """timezone.localdate() in the site's time zone (no request activates another), worked out
    once a day instead of once a search: it was a quarter of what counting a search cost."""
    nu = time.time()
    if nu >= _VANDAAG["tot"]:
        dag = timezone.localdate()
        middernacht = datetime.datetime.combine(dag + datetime.timedelta(days=1), datetime.time())
        _VANDAAG.update(tot=timezone.make_aware(middernacht).timestamp(), dag=dag)
    return _VANDAAG["dag"]


def tel_zoekopdracht(term, resultaten, dag=None):
    """Count a search; `term` as `normaliseer` returned it (the view has it already)."""
    if not aan():
        return False
    if not term:
        return False
    dag = dag or _vandaag()
    return _voeg_toe(("z", dag.isoformat(), term, int(resultaten)))


def tel_klik(zoekterm, doel, positie, dag=None):
    if not aan():
        return False
    dag = dag or _vandaag()
    return _voeg_toe(("k", dag.isoformat(), zoekterm[:MAX_ZOEKTERM], doel[:500], int(positie)))


def handtekening(zoekterm, positie, doel):
    """The signature of a result link (HMAC-SHA256 with a key derived from SECRET_KEY, as
    Django's Signer makes it); the keyed HMAC is made once and copied for each link."""
    geheim = settings.SECRET_KEY
    basis = _HMAC.get(geheim)
    if basis is None:
        sleutel = hashlib.sha256(f"{_SALT}signer{geheim}".encode()).digest()
        basis = _HMAC[geheim] = hmac.new(sleutel, digestmod=hashlib.sha256)
    mac = basis.copy()
    mac.update(f"{zoekterm}\n{positie}\n{doel}".encode())
    return base64.urlsafe_b64encode(mac.digest()).strip(b"=").decode()


def geldige_handtekening(zoekterm, positie, doel, teken):
    return constant_time_compare(handtekening(zoekterm, positie, doel), teken or "")


# --- writing (to the database) ----------------------------------------------------------------


def schrijf_weg():
    """Write the counted entries to the database; returns how many. One writer at a time
    (a lock in the cache); an entry whose number is taken but not yet set (a search busy
    at this very moment) is left for the next time, unless the counter has moved far on."""
    if not cache.add(SLOT, 1, timeout=120):
        return 0
    try:
        teller = cache.get(TELLER) or 0
        geschreven = cache.get(GESCHREVEN) or 0
        if teller < geschreven:  # the cache was emptied: start again
            geschreven = 0
        aantal = 0
        while geschreven < teller:
            tot = min(teller, geschreven + 5000)
            sleutels = [ITEM.format(n) for n in range(geschreven + 1, tot + 1)]
            items = cache.get_many(sleutels)
            klaar = geschreven
            gelezen = []
            for n, sleutel in enumerate(sleutels, start=geschreven + 1):
                if sleutel not in items:
                    if teller - n < 100:
                        break  # probably still being written: next time
                    klaar = n
                    continue
                gelezen.append(items[sleutel])
                klaar = n
            bewaar(gelezen)
            cache.set(GESCHREVEN, klaar, timeout=None)
            cache.delete_many(sleutels[: klaar - geschreven])
            aantal += len(gelezen)
            if klaar < tot:
                break
            geschreven = klaar
        return aantal
    finally:
        cache.delete(SLOT)


def _upsert(tabel, kolommen, sleutel, optellen, rijen, vervang=()):
    if not rijen:
        return
    set_ = [f"{k} = {tabel}.{k} + excluded.{k}" for k in optellen]
    set_ += [
        f"{k} = CASE WHEN excluded.aantal > 0 THEN excluded.{k} ELSE {tabel}.{k} END"
        for k in vervang
    ]
    sql = (
        f"INSERT INTO {tabel} ({', '.join(kolommen)}) VALUES ({', '.join(['%s'] * len(kolommen))}) "
        f"ON CONFLICT ({', '.join(sleutel)}) DO UPDATE SET {', '.join(set_)}"
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, rijen)


def bewaar(items):
    """Sum the entries per day and query (and per month) and add them to the tables."""
    dagen, maanden, kliks, doelen = {}, {}, {}, {}
    for item in items:
        dag = datetime.date.fromisoformat(item[1])
        maand = dag.replace(day=1)
        if item[0] == "z":
            _, _, term, resultaten = item
            for tabel, k in ((dagen, (dag, term)), (maanden, (maand, term))):
                rij = tabel.setdefault(k, [0, 0, 0])
                rij[0] += 1
                rij[1] = resultaten
        elif item[0] == "k":
            _, _, term, doel, positie = item
            for tabel, k in ((dagen, (dag, term)), (maanden, (maand, term))):
                tabel.setdefault(k, [0, 0, 0])[2] += 1
            kliks[(dag, term, doel, positie)] = kliks.get((dag, term, doel, positie), 0) + 1
            doelen[(maand, doel)] = doelen.get((maand, doel), 0) + 1
    kolommen = ["aantal", "resultaten", "geopend"]
    with transaction.atomic():
        _upsert(
            ZoekDag._meta.db_table,
            ["dag", "zoekterm", *kolommen],
            ["dag", "zoekterm"],
            ["aantal", "geopend"],
            [(*k, *v) for k, v in dagen.items()],
            vervang=["resultaten"],
        )
        _upsert(
            ZoekMaand._meta.db_table,
            ["maand", "zoekterm", *kolommen],
            ["maand", "zoekterm"],
            ["aantal", "geopend"],
            [(*k, *v) for k, v in maanden.items()],
            vervang=["resultaten"],
        )
        _upsert(
            ZoekKlik._meta.db_table,
            ["dag", "zoekterm", "doel", "positie", "aantal"],
            ["dag", "zoekterm", "doel", "positie"],
            ["aantal"],
            [(*k, v) for k, v in kliks.items()],
        )
        _upsert(
            KlikMaand._meta.db_table,
            ["maand", "doel", "aantal"],
            ["maand", "doel"],
            ["aantal"],
            [(*k, v) for k, v in doelen.items()],
        )


# --- retention --------------------------------------------------------------------------------


def grens(vandaag=None, maanden=None):
    """The first day that is kept: the first day of the month `maanden` months ago."""
    vandaag = vandaag or timezone.localdate()
    maanden = bewaartermijn() if maanden is None else maanden
    jaar, maand = divmod(vandaag.year * 12 + vandaag.month - 1 - maanden, 12)
    return datetime.date(jaar, maand + 1, 1)


def opschonen(vandaag=None, maanden=None):
    """Delete what is older than the retention period; returns the rows deleted."""
    schrijf_weg()
    eerste = grens(vandaag, maanden)
    weg = 0
    with transaction.atomic():
        weg += ZoekDag.objects.filter(dag__lt=eerste)._raw_delete(ZoekDag.objects.db)
        weg += ZoekKlik.objects.filter(dag__lt=eerste)._raw_delete(ZoekKlik.objects.db)
        weg += ZoekMaand.objects.filter(maand__lt=eerste)._raw_delete(ZoekMaand.objects.db)
        weg += KlikMaand.objects.filter(maand__lt=eerste)._raw_delete(KlikMaand.objects.db)
    return weg
