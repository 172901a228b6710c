"""Recount the daily counts per page: a question not (well) answered now counts as such on
the pages it noted, and only when it noted none on the pages of its themes (as
juridesk/tellingen.py counts since). A frozen copy of that count, as 0006 has one."""

from django.db import migrations


def herteld(apps, schema_editor):
    Vraag = apps.get_model("juridesk", "Vraag")
    VraagThema = apps.get_model("juridesk", "VraagThema")
    VraagPagina = apps.get_model("juridesk", "VraagPagina")
    ThemaKoppeling = apps.get_model("juridesk", "ThemaKoppeling")
    PaginaDagTelling = apps.get_model("juridesk", "PaginaDagTelling")
    vraagpagina = VraagPagina._meta.db_table
    schema_editor.execute(f"DELETE FROM {PaginaDagTelling._meta.db_table}")
    schema_editor.execute(
        f"INSERT INTO {PaginaDagTelling._meta.db_table} "
        "(dag, pagina_id, vragen, niet_beantwoord) "
        "SELECT x.dag, x.pagina_id, COUNT(*), "
        "SUM(CASE WHEN v.niet_beantwoord AND x.eigen = 1 THEN 1 ELSE 0 END) "
        "FROM (SELECT dag, pagina_id, vraag_id, MAX(eigen) AS eigen "
        "FROM (SELECT vt.dag AS dag, k.pagina_id AS pagina_id, vt.vraag_id AS vraag_id, "
        f"CASE WHEN EXISTS (SELECT 1 FROM {vraagpagina} vp0 WHERE vp0.vraag_id = vt.vraag_id) "
        "THEN 0 ELSE 1 END AS eigen "
        f"FROM {VraagThema._meta.db_table} vt JOIN {ThemaKoppeling._meta.db_table} k "
        "ON k.thema_id = vt.thema_id "
        f"UNION ALL SELECT dag, pagina_id, vraag_id, 1 FROM {vraagpagina}) y "
        "GROUP BY dag, pagina_id, vraag_id) x "
        f"JOIN {Vraag._meta.db_table} v ON v.id = x.vraag_id GROUP BY x.dag, x.pagina_id"
    )


class Migration(migrations.Migration):
    dependencies = [("juridesk", "0007_notities_index")]

    operations = [migrations.RunPython(herteld, migrations.RunPython.noop)]
