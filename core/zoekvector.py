"""PostgreSQL full-text vectors in a narrow table of their own, kept in step by a trigger.

A generated tsvector column on a wide table (judgments with their full text) makes every
full-text match read the wide rows: a common word over 100,000 judgments read 24,000 heap
pages (110-180 ms), and the planner, seeing three quarters of the rows match, preferred a
sequential scan that unpacked every vector (500 ms). In a narrow table whose vectors are
moved out of line (toast_tuple_target) the rows are a few dozen bytes: the GIN index's
matches are checked against about a thousand pages, and the vectors are only unpacked to
rank a page of results. `ophalen` runs such a query with sequential scans off, so the
planner uses the index whatever share of the rows matches.

Used by the migrations of kennisbank (site search) and rechtspraak (case law); SQLite has
its FTS5 tables instead."""

import psycopg
from django.db import connection, transaction


def tabel_sql(tabel, bron, kolommen, gin, bijwerken_bij):
    """(forward, backward) statements for a side table `tabel` with one row per row of
    `bron` (primary key `id`): `kolommen` maps each column to (SQL type, expression over
    the source row as NEW); `gin` names the columns to index. Triggers keep it in step:
    insert and updates of the source columns `bijwerken_bij` write the row, a delete
    removes it, a TRUNCATE (Django's flush) empties the table. No foreign key: the flush
    truncates only the tables Django knows, which a key to them would forbid. Rows of
    `bron` that exist are copied in."""
    namen = ", ".join(kolommen)
    waarden = ", ".join(expr for _, expr in kolommen.values())
    bij_conflict = ", ".join(f"{k} = EXCLUDED.{k}" for k in kolommen)
    functie = f"{tabel}_bijwerken"
    voorwaarts = [
        f"""CREATE TABLE {tabel} (
            id bigint PRIMARY KEY,
            {", ".join(f"{k} {sqltype} NOT NULL" for k, (sqltype, _) in kolommen.items())}
        ) WITH (toast_tuple_target = 128)""",
        *[f"CREATE INDEX {tabel}_{k} ON {tabel} USING GIN ({k})" for k in gin],
        f"""CREATE FUNCTION {functie}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'TRUNCATE' THEN
                TRUNCATE {tabel};
            ELSIF TG_OP = 'DELETE' THEN
                DELETE FROM {tabel} WHERE id = OLD.id;
            ELSE
                INSERT INTO {tabel} (id, {namen}) VALUES (NEW.id, {waarden})
                ON CONFLICT (id) DO UPDATE SET {bij_conflict};
            END IF;
            RETURN NULL;
        END $$""",
        f"""CREATE TRIGGER {functie} AFTER INSERT OR DELETE OR UPDATE OF {", ".join(bijwerken_bij)}
            ON {bron} FOR EACH ROW EXECUTE FUNCTION {functie}()""",
        f"""CREATE TRIGGER {functie}_leeg AFTER TRUNCATE ON {bron}
            FOR EACH STATEMENT EXECUTE FUNCTION {functie}()""",
        f"INSERT INTO {tabel} (id, {namen}) SELECT NEW.id, {waarden} FROM {bron} NEW",
        f"ANALYZE {tabel}",
    ]
    achterwaarts = [
        f"DROP TRIGGER IF EXISTS {functie}_leeg ON {bron}",
        f"DROP TRIGGER IF EXISTS {functie} ON {bron}",
        f"DROP FUNCTION IF EXISTS {functie}()",
        f"DROP TABLE IF EXISTS {tabel}",
    ]
    return voorwaarts, achterwaarts


def ophalen(sql, params, een=False, binair=False):
    """Run a full-text query on PostgreSQL through the GIN index (sequential scans off for
    this statement only); fetchall(), or fetchone() when `een`. `binair`: results in
    PostgreSQL's binary format (an array of 90,000 ids arrives in 21 ms instead of 29)."""
    eigen_transactie = not connection.in_atomic_block
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        if eigen_transactie:  # SET LOCAL ends with this transaction: nothing to restore
            cursor.execute("SET LOCAL enable_seqscan = off")
        else:  # a caller's transaction: restore its setting afterwards
            cursor.execute(
                "SELECT current_setting('enable_seqscan'), "
                "set_config('enable_seqscan', 'off', true)"
            )
            vorige = cursor.fetchone()[0]
        try:
            if binair:
                # Django's cursors bind parameters on the client, which cannot read binary
                with psycopg.Cursor(connection.connection) as server:
                    server.execute(sql, params, binary=True)
                    return server.fetchone() if een else server.fetchall()
            cursor.execute(sql, params)
            return cursor.fetchone() if een else cursor.fetchall()
        finally:
            if not eigen_transactie:
                cursor.execute("SELECT set_config('enable_seqscan', %s, true)", [vorige])


def alleen_postgres(statements):
    """A RunPython function that runs these statements on PostgreSQL and does nothing on
    other databases."""

    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return run
