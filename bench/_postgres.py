"""PostgreSQL databases of the benchmarks: each benchmark works in a database of its own,
made empty at the start (not a benchmark itself: run_all skips files starting with "_")."""

import psycopg


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


def databank_url(backend, pg_url, voorvoegsel, bestand):
    """DATABASE_URL for one run of a benchmark on `backend`: a new SQLite file `bestand` in
    a temporary folder (named with `voorvoegsel`), or the PostgreSQL database of `pg_url` made empty; None (and a line
    saying so) when PostgreSQL cannot be reached."""
    if backend == "sqlite":
        import tempfile

        return f"sqlite:///{tempfile.mkdtemp(prefix=voorvoegsel)}/{bestand}"
    try:
        maak_leeg(pg_url)
    except psycopg.OperationalError as exc:
        print(f"PostgreSQL niet bereikbaar ({exc}); overgeslagen.")
        return None
    return pg_url
