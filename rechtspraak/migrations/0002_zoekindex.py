"""The database's own full-text index over the analysed tokens of each judgment.

SQLite: an FTS5 table with the judgments table as external content, kept in step by
triggers (so bulk inserts, updates and deletes need no application code).
PostgreSQL: a generated, weighted tsvector column with a GIN index.
Other databases: nothing (search falls back to LIKE, slowly)."""

from django.db import migrations

SQLITE = [
    """CREATE VIRTUAL TABLE IF NOT EXISTS rechtspraak_uitspraak_fts USING fts5(
        zoek_kop, zoek_tekst,
        content='rechtspraak_uitspraak', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER IF NOT EXISTS rechtspraak_uitspraak_fts_ai
        AFTER INSERT ON rechtspraak_uitspraak BEGIN
        INSERT INTO rechtspraak_uitspraak_fts(rowid, zoek_kop, zoek_tekst)
        VALUES (new.id, new.zoek_kop, new.zoek_tekst);
    END""",
    """CREATE TRIGGER IF NOT EXISTS rechtspraak_uitspraak_fts_ad
        AFTER DELETE ON rechtspraak_uitspraak BEGIN
        INSERT INTO rechtspraak_uitspraak_fts(rechtspraak_uitspraak_fts, rowid, zoek_kop, zoek_tekst)
        VALUES ('delete', old.id, old.zoek_kop, old.zoek_tekst);
    END""",
    """CREATE TRIGGER IF NOT EXISTS rechtspraak_uitspraak_fts_au
        AFTER UPDATE OF zoek_kop, zoek_tekst ON rechtspraak_uitspraak
        WHEN old.zoek_kop IS NOT new.zoek_kop OR old.zoek_tekst IS NOT new.zoek_tekst BEGIN
        INSERT INTO rechtspraak_uitspraak_fts(rechtspraak_uitspraak_fts, rowid, zoek_kop, zoek_tekst)
        VALUES ('delete', old.id, old.zoek_kop, old.zoek_tekst);
        INSERT INTO rechtspraak_uitspraak_fts(rowid, zoek_kop, zoek_tekst)
        VALUES (new.id, new.zoek_kop, new.zoek_tekst);
    END""",
    "INSERT INTO rechtspraak_uitspraak_fts(rechtspraak_uitspraak_fts) VALUES ('rebuild')",
]
SQLITE_TERUG = [
    "DROP TRIGGER IF EXISTS rechtspraak_uitspraak_fts_ai",
    "DROP TRIGGER IF EXISTS rechtspraak_uitspraak_fts_ad",
    "DROP TRIGGER IF EXISTS rechtspraak_uitspraak_fts_au",
    "DROP TABLE IF EXISTS rechtspraak_uitspraak_fts",
]
POSTGRES = [
    """ALTER TABLE rechtspraak_uitspraak ADD COLUMN IF NOT EXISTS zoekvector tsvector
        GENERATED ALWAYS AS (
            setweight(to_tsvector('simple'::regconfig, coalesce(zoek_kop, '')), 'A') ||
            setweight(to_tsvector('simple'::regconfig, left(coalesce(zoek_tekst, ''), 500000)), 'B')
        ) STORED""",
    """CREATE INDEX IF NOT EXISTS rechtspraak_uitspraak_zoekvector
        ON rechtspraak_uitspraak USING GIN (zoekvector)""",
]
POSTGRES_TERUG = [
    "DROP INDEX IF EXISTS rechtspraak_uitspraak_zoekvector",
    "ALTER TABLE rechtspraak_uitspraak DROP COLUMN IF EXISTS zoekvector",
]


def _voer_uit(statements_per_vendor):
    def run(apps, schema_editor):
        for sql in statements_per_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("rechtspraak", "0001_initial")]
    operations = [
        migrations.RunPython(
            _voer_uit({"sqlite": SQLITE, "postgresql": POSTGRES}),
            _voer_uit({"sqlite": SQLITE_TERUG, "postgresql": POSTGRES_TERUG}),
        )
    ]
