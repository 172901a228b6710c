"""The anonymous search log: what the site's readers search for, how often, how many results
they got, and which result they opened at which position, per day.

Nothing personal is kept: no IP address, session, cookie, user or time of day; the query is
normalised as Wagtail's search promotions normalise it (lower case, single spaces) and long
numbers and e-mail addresses in it are masked (a national register or file number typed by
mistake never reaches the log).

Writing adds no measurable time to a search. A search, an opened result or a direct hit is
one entry, added to a queue in the process (`tel`); a thread of the process puts what is
queued in the cache (Redis in production, local memory in development) every
ZOEKLOG_INTERVAL seconds (0.2), in one write under the process's own number and a sequence
number of its own, so a search makes no round trip to the cache and touches no shared
counter. A process takes a number once an hour (an atomic increment, PROCESSEN), which
tells the writer which processes to read. Every ZOEKLOG_BATCH entries, the process that
counted them writes what all processes put in the cache to the database (`schrijf_weg`,
after its response has gone out), summed per day and query in a handful of upserts. The
follow-up screen and commands call `schrijf_weg` first: it waits one interval for the
other processes (and for a writer that is busy), so they see every search made before
they run. A process that is killed loses what it queued in its last interval; one that
stops normally puts it in the cache first. Kept for ZOEKLOG_BEWAARTERMIJN_MAANDEN months
(default 13); `zoeklog_opschonen` (a periodic job) deletes what is older."""

import atexit
import base64
import collections
import datetime
import functools
import hashlib
import hmac
import itertools
import logging
import os
import re
import secrets
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.db import connection, transaction
from django.dispatch import receiver
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from wagtail.search.utils import normalise_query_string

from .models import KlikMaand, ZoekDag, ZoekKlik, ZoekMaand

logger = logging.getLogger(__name__)

PROCESSEN = "zoeklog:processen"  # the last process number handed out
PROCES = "zoeklog:proces:{}"  # per process number: (token, when it was taken)
STAND = "zoeklog:stand"  # the writer's: {"oudste": first open number, "geschreven": {nr: n}}
SLOT = "zoeklog:slot"
ITEM_BEWAREN = 7 * 24 * 3600  # never written (no search for a week): then it is lost
PROCES_DUUR = 3600  # a process takes a new number after an hour
PROCES_MARGE = 600  # ... and the writer closes the old one when it is this much older still
SPELING = 100  # an entry missing this far behind its process's last is lost, not still coming
BLOK = 1000  # keys read at once
SLOT_WACHTEN = 10  # seconds a reader (screen, command) waits for a busy writer
WACHTMARGE = 0.1  # seconds a reader waits beyond the other processes' interval
MAX_ZOEKTERM = 200
_NUMMER = re.compile(r"\d[\d .\-/]{4,}\d")
_EMAIL = re.compile(r"\S+@\S+")
_SALT = "zoeken.zoeklog.klik"
_HMAC = {}  # SECRET_KEY -> an HMAC keyed once, copied for each link
_INSTELLINGEN = {}  # the ZOEKLOG_* settings, read once (again after a change)


@receiver(setting_changed)
def _instelling_gewijzigd(**kwargs):
    _INSTELLINGEN.clear()


def _instelling(naam, standaard):
    try:
        return _INSTELLINGEN[naam]
    except KeyError:
        waarde = _INSTELLINGEN[naam] = getattr(settings, naam, standaard)
        return waarde


def aan():
    return _instelling("ZOEKLOG_AAN", True)


def batch():
    return max(1, int(_instelling("ZOEKLOG_BATCH", 1000)))


def draad():
    return _instelling("ZOEKLOG_DRAAD", True)


def interval():
    return float(_instelling("ZOEKLOG_INTERVAL", 0.2))


def bewaartermijn():
    return int(_instelling("ZOEKLOG_BEWAARTERMIJN_MAANDEN", 13))


def normaliseer(zoekterm):
    """The query as the log and the search promotions know it."""
    tekst = _EMAIL.sub("[e-mail]", str(zoekterm or ""))
    tekst = _NUMMER.sub(
        lambda m: "#" if sum(c.isdigit() for c in m.group()) >= 6 else m.group(), tekst
    )
    return normalise_query_string(tekst)[:MAX_ZOEKTERM]


# --- the entries --------------------------------------------------------------------------------

_VANDAAG = {"tot": 0.0, "dag": ""}  # today's date (ISO), and when it ends (the next local midnight)


def _vandaag():
    """timezone.localdate() in the site's time zone (no request activates another), worked out
    once a day instead of once a search."""
    nu = time.time()
    if nu >= _VANDAAG["tot"]:
        dag = timezone.localdate()
        middernacht = datetime.datetime.combine(dag + datetime.timedelta(days=1), datetime.time())
        _VANDAAG.update(tot=timezone.make_aware(middernacht).timestamp(), dag=dag.isoformat())
    return _VANDAAG["dag"]


def zoekopdracht(term, resultaten):
    """The entry of a search (None when the log is off); `term` as `normaliseer` returned it."""
    if term and aan():
        return ("z", _vandaag(), term, int(resultaten))
    return None


def klik(zoekterm, doel, positie):
    """The entry of a result opened at `positie`."""
    if aan():
        return ("k", _vandaag(), zoekterm[:MAX_ZOEKTERM], doel[:500], int(positie))
    return None


def treffer(term, doel):
    """The entry of a search that went straight to a page: a search with one result, opened
    at position 1."""
    if term and aan():
        return ("d", _vandaag(), term, doel[:500])
    return None


# --- counting (in this process, then in the cache) --------------------------------------------

_PROCES = {"nummer": None, "token": "", "sinds": 0.0, "voorvoegsel": "", "volgende": None}
# This process's entries not yet in the cache; with the cache unreachable for long, the
# oldest go first (a bounded queue), never the process's memory.
_WACHTRIJ = collections.deque(maxlen=100_000)
_TELLER = {"sinds_wegschrijven": 0, "draad": None}
_PUBLICEREN = threading.Lock()


def _vergeet_proces():
    """A forked child takes a number of its own at its first entry, starts its own thread,
    and does not count its parent's waiting entries again."""
    _PROCES.update(nummer=None, sinds=0.0)
    _WACHTRIJ.clear()
    _TELLER.update(sinds_wegschrijven=0, draad=None)


os.register_at_fork(after_in_child=_vergeet_proces)


def _registreer():
    try:
        nummer = cache.incr(PROCESSEN)
    except ValueError:  # no counter yet (a new or emptied cache)
        cache.add(PROCESSEN, 0, timeout=None)
        nummer = cache.incr(PROCESSEN)
    token, sinds = secrets.token_hex(4), time.time()
    # how long its entries may wait in the process (a reader waits that long for them)
    vertraging = interval() if draad() else 0.0
    cache.set(PROCES.format(nummer), (token, sinds, vertraging), timeout=ITEM_BEWAREN)
    _PROCES.update(
        nummer=nummer,
        token=token,
        sinds=sinds,
        voorvoegsel=_voorvoegsel(nummer, token),
        volgende=itertools.count(1).__next__,
    )


def _voorvoegsel(nummer, token):
    return f"zoeklog:item:{nummer}{token}:"


def tel(item):
    """Count an entry (None: nothing to count). It waits in this process, and a thread of
    the process puts what waits in the cache every ZOEKLOG_INTERVAL seconds, in one write
    (with ZOEKLOG_DRAAD off: at once, one write per entry). True when this process has
    counted a batch since it last wrote the log to the database: its caller then does."""
    if item is None:
        return False
    _WACHTRIJ.append(item)
    if not draad():
        publiceer()
    elif _TELLER["draad"] is None:
        _start_draad()
    _TELLER["sinds_wegschrijven"] += 1
    if _TELLER["sinds_wegschrijven"] >= batch():
        _TELLER["sinds_wegschrijven"] = 0
        return True
    return False


def tel_na(antwoord, item):
    """Count `item` for the search that `antwoord` answers; a full batch is written to the
    database after the response has gone out (Django calls a response's closers when the
    server has sent it)."""
    if tel(item):
        antwoord._resource_closers.append(functools.partial(schrijf_weg, wachten=False))


def publiceer():
    """Put this process's waiting entries in the cache: one write, under the process's
    number and the next number of its own; returns how many."""
    with _PUBLICEREN:
        if not _WACHTRIJ:
            return 0
        items = []
        try:
            while _WACHTRIJ:
                items.append(_WACHTRIJ.popleft())
            if time.time() >= _PROCES["sinds"] + PROCES_DUUR:  # also: no number yet
                _registreer()
            sleutel = _PROCES["voorvoegsel"] + str(_PROCES["volgende"]())
            cache.set(sleutel, items, timeout=ITEM_BEWAREN)
        except Exception:  # the log never breaks a search: the entries wait for the next time
            _WACHTRIJ.extendleft(reversed(items))
            logger.exception("zoeklog: naar de cache schrijven mislukt")
            return 0
        return len(items)


def _start_draad():
    with _PUBLICEREN:
        if _TELLER["draad"] is None:
            _TELLER["draad"] = threading.Thread(
                target=_publiceer_doorlopend, name="zoeklog", daemon=True
            )
            _TELLER["draad"].start()
            atexit.register(publiceer)  # a worker that stops (recycled) leaves nothing behind


def _publiceer_doorlopend():
    while True:
        time.sleep(interval())
        try:
            publiceer()
        except Exception:  # pragma: no cover - publiceer logs its own failures
            logger.exception("zoeklog: draad")


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


def schrijf_weg(wachten=True):
    """Write what every process counted to the database; returns how many entries. One writer
    at a time (a lock in the cache): `wachten` waits for a busy one (a reader that must see
    every search), else this returns 0 at once (a request whose batch is full)."""
    publiceer()
    if wachten:
        _wacht_op_andere_processen()
    einde = time.monotonic() + (SLOT_WACHTEN if wachten else 0)
    while not cache.add(SLOT, 1, timeout=120):
        if time.monotonic() >= einde:
            return 0
        time.sleep(0.02)
    try:
        return _lees_eigen_verloren() + _lees_processen()
    finally:
        cache.delete(SLOT)


def _open_processen():
    """The writer's record, the last process number handed out, and the numbers still open
    (taken and not yet closed by the writer)."""
    stand = cache.get(STAND) or {"oudste": 1, "geschreven": {}}
    laatste = cache.get(PROCESSEN) or 0
    if laatste < stand["oudste"] - 1:  # the cache was emptied: start again
        stand = {"oudste": 1, "geschreven": {}}
    geschreven = stand["geschreven"]
    nummers = [p for p in range(stand["oudste"], laatste + 1) if geschreven.get(p, 0) is not None]
    return stand, laatste, nummers


def _wacht_op_andere_processen():
    """Every other process puts what it counted in the cache within its interval: wait that
    long (and a little), so that every search made before now is there."""
    _, _, nummers = _open_processen()
    anderen = [PROCES.format(p) for p in nummers if p != _PROCES["nummer"]]
    registraties = cache.get_many(anderen).values()
    vertraging = max((registratie[2] for registratie in registraties), default=0.0)
    if vertraging:
        time.sleep(vertraging + WACHTMARGE)


def _lees_processen():
    stand, laatste, nummers = _open_processen()
    geschreven = stand["geschreven"]
    registraties = cache.get_many([PROCES.format(p) for p in nummers])
    nu = time.time()
    aantal = 0
    for p in nummers:
        registratie = registraties.get(PROCES.format(p))
        if registratie is None:  # expired with its entries, or lost with an emptied cache
            geschreven[p] = None
            continue
        token, sinds, _ = registratie
        gedaan, aan_het_einde = geschreven.get(p, 0), False
        while not aan_het_einde:
            items, gedaan, aan_het_einde = _lees_blok(_voorvoegsel(p, token), gedaan)
            if items:
                bewaar(items)
                aantal += len(items)
            geschreven[p] = gedaan
            cache.set(STAND, stand, timeout=None)
        if nu > sinds + PROCES_DUUR + PROCES_MARGE:  # the process took a new number, or stopped
            geschreven[p] = None
    while stand["oudste"] <= laatste and geschreven.get(stand["oudste"], 0) is None:
        geschreven.pop(stand["oudste"], None)
        stand["oudste"] += 1
    cache.set(STAND, stand, timeout=None)
    return aantal


def _lees_blok(voorvoegsel, gedaan):
    """The entries of one process after number `gedaan`, up to BLOK of them, deleted from the
    cache once written: (entries, the last number done, whether the end was reached). A missing
    entry SPELING numbers before the last one present is lost (evicted, or its write failed);
    one closer to the end is probably still being written, and waits for the next time."""
    sleutels = [f"{voorvoegsel}{n}" for n in range(gedaan + 1, gedaan + BLOK + 1)]
    gevonden = cache.get_many(sleutels)
    if not gevonden:
        return [], gedaan, True
    hoogste = max(n for n, sleutel in enumerate(sleutels, start=gedaan + 1) if sleutel in gevonden)
    begin, items = gedaan, []
    for n, sleutel in enumerate(sleutels, start=begin + 1):
        if sleutel in gevonden:
            items.extend(gevonden[sleutel])
        elif hoogste - n < SPELING:
            break
        gedaan = n
    cache.delete_many(sleutels[: gedaan - begin])
    return items, gedaan, gedaan < begin + BLOK


def _lees_eigen_verloren():
    """When the cache lost this process's number (emptied, or its registration evicted), the
    entries it put there since are read here under the old one, and the process takes a new
    number: none of them is lost."""
    with _PUBLICEREN:
        nummer = _PROCES["nummer"]
        if nummer is None:
            return 0
        registratie = cache.get(PROCES.format(nummer))
        if registratie and registratie[:2] == (_PROCES["token"], _PROCES["sinds"]):
            return 0
        voorvoegsel, tot = _PROCES["voorvoegsel"], _PROCES["volgende"]()
        _registreer()
    aantal = 0
    for begin in range(0, tot, BLOK):
        sleutels = [f"{voorvoegsel}{n}" for n in range(begin + 1, min(tot, begin + BLOK) + 1)]
        items = [item for lijst in cache.get_many(sleutels).values() for item in lijst]
        bewaar(items)
        cache.delete_many(sleutels)
        aantal += len(items)
    return aantal


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


def _uitgepakt(items):
    for item in items:
        if item[0] == "d":  # a direct hit: a search with one result, opened at position 1
            _, dag, term, doel = item
            yield ("z", dag, term, 1)
            yield ("k", dag, term, doel, 1)
        else:
            yield item


def bewaar(items):
    """Sum the entries per day and query (and per month) and add them to the tables."""
    dagen, maanden, kliks, doelen = {}, {}, {}, {}
    for item in _uitgepakt(items):
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
