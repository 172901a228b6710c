"""PostgreSQL: the site search's vectors move from a generated column of the wide
kennisbank_zoekdocument table (texts and tokens) to a narrow table of their own
(core/zoekvector.py says why), one vector per ranking tier: `titel` (title and
identifiers), `kop` (also the summary) and `alles` (weighted A title/identifiers,
B summary, C body) for matching and ts_rank; `type` for the counts per type. SQLite keeps
its FTS5 table."""

from django.db import migrations

from core.zoekvector import alleen_postgres, tabel_sql


def _vector(kolom):
    return f"to_tsvector('simple'::regconfig, coalesce(NEW.{kolom}, ''))"


TITEL = f"{_vector('tokens_titel')} || {_vector('tokens_extra')}"
ALLES = (
    f"setweight({TITEL}, 'A') || setweight({_vector('tokens_samenvatting')}, 'B') "
    f"|| setweight({_vector('tokens_tekst')}, 'C')"
)
VOORWAARTS, ACHTERWAARTS = tabel_sql(
    "kennisbank_zoekvector",
    "kennisbank_zoekdocument",
    {
        "type": ("varchar(20)", "NEW.type"),
        "titel": ("tsvector", TITEL),
        "kop": ("tsvector", f"{TITEL} || {_vector('tokens_samenvatting')}"),
        "alles": ("tsvector", ALLES),
    },
    gin=["titel", "kop", "alles"],
    bijwerken_bij=["type", "tokens_titel", "tokens_extra", "tokens_samenvatting", "tokens_tekst"],
)
OUDE_KOLOM = [
    "DROP INDEX IF EXISTS kennisbank_zoekdocument_zoekvector",
    "ALTER TABLE kennisbank_zoekdocument DROP COLUMN IF EXISTS zoekvector",
]
OUDE_KOLOM_TERUG = [  # as migration 0003 made it
    """ALTER TABLE kennisbank_zoekdocument ADD COLUMN zoekvector tsvector
        GENERATED ALWAYS AS (
            setweight(to_tsvector('simple'::regconfig, tokens_titel), 'A')
            || setweight(to_tsvector('simple'::regconfig, tokens_extra), 'A')
            || setweight(to_tsvector('simple'::regconfig, tokens_samenvatting), 'B')
            || setweight(to_tsvector('simple'::regconfig, tokens_tekst), 'C')
        ) STORED""",
    "CREATE INDEX kennisbank_zoekdocument_zoekvector ON kennisbank_zoekdocument "
    "USING GIN (zoekvector)",
]


class Migration(migrations.Migration):
    dependencies = [("kennisbank", "0005_synoniemen_rechten")]
    operations = [
        migrations.RunPython(
            alleen_postgres(OUDE_KOLOM + VOORWAARTS),
            alleen_postgres(ACHTERWAARTS + OUDE_KOLOM_TERUG),
        ),
    ]
