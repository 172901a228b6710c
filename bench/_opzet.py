"""What every benchmark does before it measures: a database of its own (a new SQLite file in a
temporary folder, or a PostgreSQL database made empty), the settings, django.setup() and the
migrations. Not a benchmark itself: run_all skips files starting with "_"."""

import logging
import os
import sys
import tempfile
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent


def _beheer(url):
    naam = url.rsplit("/", 1)[1]
    return naam, url.rsplit("/", 1)[0] + "/postgres"


def maak_leeg(url):
    """Drop (closing its connections) and create the database of `url`; raises
    psycopg.OperationalError when PostgreSQL cannot be reached."""
    naam, beheer = _beheer(url)
    with psycopg.connect(beheer, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{naam}"')


def verwijder(url):
    naam, beheer = _beheer(url)
    with psycopg.connect(beheer, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{naam}" WITH (FORCE)')


def sqlite_url(voorvoegsel, bestand="bench.sqlite3"):
    """DATABASE_URL of a new SQLite file `bestand` in a temporary folder named `voorvoegsel`."""
    return f"sqlite:///{tempfile.mkdtemp(prefix=voorvoegsel)}/{bestand}"


def databank_url(backend, pg_url, voorvoegsel, bestand="bench.sqlite3"):
    """DATABASE_URL for one run of a benchmark on `backend`: a new SQLite file (sqlite_url), or
    the PostgreSQL database of `pg_url` made empty; None (and a line saying so) when PostgreSQL
    cannot be reached."""
    if backend == "sqlite":
        return sqlite_url(voorvoegsel, bestand)
    try:
        maak_leeg(pg_url)
    except psycopg.OperationalError as exc:
        print(f"PostgreSQL niet bereikbaar ({exc}); overgeslagen.")
        return None
    return pg_url


def per_databank(pg_url, voorvoegsel, bestand, alleen=None):
    """For a benchmark that measures each database in a process of its own: per database,
    SQLite first (`alleen`: only that one), its name and the environment for that process; a
    PostgreSQL that cannot be reached is left out with a line saying so (databank_url)."""
    for backend in ("sqlite", "postgresql"):
        if alleen and backend != alleen:
            continue
        url = databank_url(backend, pg_url, voorvoegsel, bestand)
        if url is not None:
            yield (
                backend,
                dict(os.environ, DJANGO_SETTINGS_MODULE="config.settings.test", DATABASE_URL=url),
            )


def start_django(
    database_url=None, settings="config.settings.test", stil=logging.WARNING, migreren=True
):
    """Django in this process: DATABASE_URL (when given; else the environment's), the settings,
    the project on sys.path, django.setup(), log messages up to `stil` off (None: as the
    settings say) and the migrations (migreren=False: call migreer() later, or never on a
    database that is there already). Returns the seconds the migrations took (0.0 without)."""
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = settings
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    if stil is not None:
        logging.disable(stil)
    return migreer() if migreren else 0.0


def migreer():
    """Migrate the benchmark's database; returns the seconds it took."""
    from django.core.management import call_command

    begin = time.perf_counter()
    call_command("migrate", verbosity=0)
    return time.perf_counter() - begin
