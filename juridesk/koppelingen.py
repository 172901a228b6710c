"""Import the links between juridesk themes and theme pages from a CSV file: all or nothing.

Header: thema;pad. `thema` as the juridesk import reads a theme ("Hoofdthema > Subthema",
a top theme, or a code; without regard to case or accents), `pad` the theme page's path
below the home page ("verblijf/gezinshereniging", slashes around it allowed). Every row is
checked first; the first bad row stops the import with its line number and reason. Links
that exist already stay; with `vervang` the file becomes the whole list."""

from pathlib import Path

from core.importing import ImportFout, lees_csv

from .lijsten import THEMA
from .models import ThemaKoppeling
from .paginas import OnbekendePagina, PaginaZoeker
from .tellingen import bijwerken
from .waarden import OnbekendeWaarde, Zoeker

KOLOMMEN = ["thema", "pad"]


def importeer(pad, vervang=False):
    """Returns (new links, links in the file). Raises ImportFout on a bad row."""
    if not Path(pad).is_file():
        raise ImportFout(0, f"bestand {pad} bestaat niet")
    themas = Zoeker(THEMA)
    paginas = PaginaZoeker()
    paren = []
    for regel, rij in lees_csv(pad, KOLOMMEN):
        if not rij["thema"] and not rij["pad"]:
            continue
        try:
            thema = themas.vind(rij["thema"])
        except OnbekendeWaarde as fout:
            raise ImportFout(regel, f"kolom thema: {fout}") from None
        if thema is None:
            raise ImportFout(regel, "kolom thema is leeg")
        tekst = rij["pad"].strip()
        if not tekst:
            raise ImportFout(regel, "kolom pad is leeg")
        try:
            pagina = paginas.vind(tekst if "/" in tekst else f"/{tekst}/")
        except OnbekendePagina:
            raise ImportFout(regel, f"kolom pad: '{tekst}' is geen pagina van de site") from None
        if pagina not in paginas.thema_pks:
            raise ImportFout(regel, f"kolom pad: '{tekst}' is geen (gepubliceerde) themapagina")
        if (thema.pk, pagina) not in paren:
            paren.append((thema.pk, pagina))
    if not paren:
        raise ImportFout(0, "het bestand bevat geen koppelingen")
    # The links decide which questions count for which page: their pages are recounted once,
    # at the end (a deletion says so itself; bulk_create sends no signals).
    with bijwerken() as wachtend:
        if vervang:
            ThemaKoppeling.objects.all().delete()
        bestaand = set(ThemaKoppeling.objects.values_list("thema_id", "pagina_id"))
        nieuw = [
            ThemaKoppeling(thema_id=t, pagina_id=p) for t, p in paren if (t, p) not in bestaand
        ]
        ThemaKoppeling.objects.bulk_create(nieuw)
        wachtend.paginas.update(k.pagina_id for k in nieuw)
    return len(nieuw), len(paren)
