"""PostgreSQL: the judgments' full-text vectors move from a generated column of the wide
judgments table to a narrow table of their own (core/zoekvector.py says why): `kop` (title,
summary, keywords, legislation, identifiers) and `alles` (kop weighted A, text B). SQLite
keeps its FTS5 table."""

from django.db import migrations

from core.zoekvector import alleen_postgres, tabel_sql

KOP = "to_tsvector('simple'::regconfig, coalesce(NEW.zoek_kop, ''))"
TEKST = "to_tsvector('simple'::regconfig, left(coalesce(NEW.zoek_tekst, ''), 500000))"
VOORWAARTS, ACHTERWAARTS = tabel_sql(
    "rechtspraak_zoekvector",
    "rechtspraak_uitspraak",
    {
        "kop": ("tsvector", KOP),
        "alles": ("tsvector", f"setweight({KOP}, 'A') || setweight({TEKST}, 'B')"),
    },
    gin=["kop", "alles"],
    bijwerken_bij=["zoek_kop", "zoek_tekst"],
)
OUDE_KOLOM = [
    "DROP INDEX IF EXISTS rechtspraak_uitspraak_zoekvector",
    "ALTER TABLE rechtspraak_uitspraak DROP COLUMN IF EXISTS zoekvector",
]
OUDE_KOLOM_TERUG = [  # as migration 0002 made it
    """ALTER TABLE rechtspraak_uitspraak ADD COLUMN IF NOT EXISTS zoekvector tsvector
        GENERATED ALWAYS AS (
            setweight(to_tsvector('simple'::regconfig, coalesce(zoek_kop, '')), 'A') ||
            setweight(to_tsvector('simple'::regconfig, left(coalesce(zoek_tekst, ''), 500000)), 'B')
        ) STORED""",
    """CREATE INDEX IF NOT EXISTS rechtspraak_uitspraak_zoekvector
        ON rechtspraak_uitspraak USING GIN (zoekvector)""",
]


class Migration(migrations.Migration):
    dependencies = [("rechtspraak", "0006_uitspraak_workflow")]
    operations = [
        migrations.RunPython(
            alleen_postgres(OUDE_KOLOM + VOORWAARTS),
            alleen_postgres(ACHTERWAARTS + OUDE_KOLOM_TERUG),
        ),
    ]
