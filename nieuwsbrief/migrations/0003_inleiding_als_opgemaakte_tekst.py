"""The introduction becomes rich text. An introduction typed as plain text becomes paragraphs
(a blank line starts a new one, a single line break stays a <br>), its characters escaped;
one that already is HTML (such as the demo's "<p>Beste lezer,</p> ...") is kept as it is,
so its tags are shown as formatting instead of as text."""

import re

import wagtail.fields
from django.db import migrations
from django.utils.html import linebreaks

# Rich text (and the demo's HTML) begins with a block element; plain text does not.
_HTML = re.compile(r"\s*<(p|ul|ol|h[1-6]|div|blockquote)\b[^>]*>", re.IGNORECASE)


def als_alineas(tekst):
    if not tekst.strip() or _HTML.match(tekst):
        return tekst
    # Django's linebreaks: blank lines split paragraphs, the text itself is escaped.
    return linebreaks(tekst.strip(), autoescape=True).replace("\n\n", "").replace("\n", "")


def naar_opgemaakte_tekst(apps, schema_editor):
    Editie = apps.get_model("nieuwsbrief", "Editie")
    for editie in Editie.objects.exclude(inleiding="").only("pk", "inleiding"):
        nieuw = als_alineas(editie.inleiding)
        if nieuw != editie.inleiding:
            Editie.objects.filter(pk=editie.pk).update(inleiding=nieuw)


class Migration(migrations.Migration):
    dependencies = [
        ("nieuwsbrief", "0002_rechten"),
    ]

    operations = [
        migrations.AlterField(
            model_name="editie",
            name="inleiding",
            field=wagtail.fields.RichTextField(
                blank=True,
                help_text="Een korte tekst bovenaan, met links, vet en opsommingen als je wil.",
                verbose_name="Inleiding",
            ),
        ),
        # Back to plain text, the HTML stays: nothing is lost.
        migrations.RunPython(naar_opgemaakte_tekst, migrations.RunPython.noop),
    ]
