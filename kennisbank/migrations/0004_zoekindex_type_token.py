# The search index now carries each entry's type as a token (xtype<type>) in tokens_extra,
# so FTS5 filters and counts per type without a join. Existing entries get it here; the
# FTS triggers (SQLite) and the generated tsvector (PostgreSQL) follow by themselves.

from django.db import migrations

SQL = (
    "UPDATE kennisbank_zoekdocument SET tokens_extra = TRIM(tokens_extra || ' xtype' || type) "
    "WHERE tokens_extra NOT LIKE '%xtype%'"
)


class Migration(migrations.Migration):
    dependencies = [("kennisbank", "0003_zoeken")]
    operations = [migrations.RunSQL(SQL, migrations.RunSQL.noop)]
