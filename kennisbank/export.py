"""The export of the kennisbank pages as JSON lines: what the import reads (the format:
kennisbank/importer.py), so that export and import make a stable round trip."""

import json

from wagtail.models import Page

from .models import HomePage
from .omzetting import TYPES, Links, blokken_naar_html, relaties, rich_export


def exporteer_regels():
    """Yield one dict per live kennisbank page under the home page, parents before children."""
    home = HomePage.objects.get()
    start = len(home.url_path)
    alle = Page.objects.filter(path__startswith=home.path, depth__gt=home.depth)
    id_naar_pad, live, volgorde = {}, set(), {}
    for pk, url, is_live, path in alle.values_list("pk", "url_path", "live", "path"):
        id_naar_pad[pk] = url[start:].strip("/")
        volgorde[pk] = path
        if is_live:
            live.add(pk)
    links = Links(home.url_path, {}, id_naar_pad)
    alle_refs = {}

    def refs(page, modelveld):
        if (type(page), modelveld) not in alle_refs:
            alle_refs[(type(page), modelveld)] = relaties(type(page), modelveld)
        doelen = alle_refs[(type(page), modelveld)].get(page.pk, ())
        return [id_naar_pad[pk] for pk in sorted(doelen, key=volgorde.get) if pk in live]

    for soort, klasse in TYPES.items():
        qs = klasse.objects.live().descendant_of(home).order_by("path")
        for page in qs:
            regel = {"type": soort, "pad": id_naar_pad[page.pk], "titel": page.title}
            if soort == "thema":
                regel.update(
                    samenvatting=page.samenvatting,
                    inhoud_html=blokken_naar_html(page.body.get_prep_value(), links),
                    bijgewerkt=page.laatst_bijgewerkt.isoformat()
                    if page.laatst_bijgewerkt
                    else None,
                    wat_gewijzigd=page.wat_gewijzigd,
                    themas=refs(page, "gerelateerde_themas"),
                    begrippen=refs(page, "begrippen"),
                )
            elif soort == "nieuws":
                regel.update(
                    datum=page.datum.isoformat(),
                    samenvatting=page.samenvatting,
                    inhoud_html=blokken_naar_html(page.body.get_prep_value(), links),
                    themas=refs(page, "themas"),
                )
            elif soort == "dossier":
                regel.update(
                    samenvatting=rich_export(page.in_het_kort, links),
                    inhoud_html=blokken_naar_html(page.body.get_prep_value(), links),
                    actueel=page.actueel,
                    themas=refs(page, "themas"),
                    nieuws=refs(page, "nieuws"),
                    wijzigingen=[
                        {
                            "datum": str(blok["value"]["datum"]),
                            "tekst_html": rich_export(blok["value"]["tekst"], links),
                        }
                        for blok in page.wijzigingen.get_prep_value()
                    ],
                )
            else:
                regel.update(inhoud_html=rich_export(page.definitie, links))
            yield regel


def exporteer(handle):
    """Write the export to an open text file; return the number of lines."""
    aantal = 0
    for regel in exporteer_regels():
        handle.write(json.dumps(regel, ensure_ascii=False) + "\n")
        aantal += 1
    return aantal
