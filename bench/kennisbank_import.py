"""Benchmark: import 600 theme pages (three levels) plus 120 news pages into a fresh SQLite
database, import the same file again (nothing changes), and export everything.

    .venv/bin/python bench/kennisbank_import.py [aantal_themapaginas]

Prints the seconds each step took. Uses its own temporary database."""

import json
import logging
import sys
import tempfile
import time
from pathlib import Path

from _opzet import migreer, start_django

tmp = tempfile.mkdtemp(prefix="bench-kb-")
start_django(f"sqlite:///{tmp}/bench.sqlite3", stil=logging.INFO, migreren=False)


def schrijf_bestand(path, aantal):
    alinea = (
        "<p>De aanvrager moet aantonen dat hij over stabiele, regelmatige en voldoende "
        "bestaansmiddelen beschikt, over behoorlijke huisvesting en een ziektekostenverzekering "
        "(art. 10 Vreemdelingenwet).</p>"
    )

    def thema(pad, n):
        return {
            "type": "thema",
            "pad": pad,
            "titel": f"Onderwerp {n}",
            "samenvatting": "Wie kan zich laten vervoegen, onder welke voorwaarden.",
            "inhoud_html": f"{alinea}<h2>Voorwaarden</h2>{alinea * 3}<h2>Procedure</h2>"
            f'{alinea * 2}<aside class="let-op"><p class="titel">Let op</p>{alinea}</aside>',
            "bijgewerkt": "2025-06-01",
        }

    uniek = []
    per_thema = max(1, (aantal - 72 + 63) // 64)
    for a in range(8):
        uniek.append(thema(f"gebied-{a}", len(uniek)))
        for b in range(8):
            uniek.append(thema(f"gebied-{a}/thema-{b}", len(uniek)))
            for c in range(per_thema):
                uniek.append(thema(f"gebied-{a}/thema-{b}/onderwerp-{c}", len(uniek)))
    uniek = uniek[:aantal]
    aantal_themas = len(uniek)
    for i in range(120):
        uniek.append(
            {
                "type": "nieuws",
                "pad": f"nieuws/bericht-{i}",
                "titel": f"Bericht {i}",
                "datum": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
                "inhoud_html": alinea * 3,
                "themas": [uniek[i % aantal_themas]["pad"]],
            }
        )
    with open(path, "w", encoding="utf-8") as handle:
        for r in uniek:
            handle.write(json.dumps(r, ensure_ascii=False) + "\n")
    return aantal_themas, 120


def main():
    aantal = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    migreer()
    from kennisbank.export import exporteer
    from kennisbank.importer import importeer
    from kennisbank.models import ThemaPagina

    bestand = Path(tmp) / "import.jsonl"
    themas, nieuws = schrijf_bestand(bestand, aantal)
    t = time.perf_counter()
    resultaat = importeer(bestand)
    eerste = time.perf_counter() - t
    t = time.perf_counter()
    opnieuw = importeer(bestand)
    tweede = time.perf_counter() - t
    t = time.perf_counter()
    with open(Path(tmp) / "export.jsonl", "w", encoding="utf-8") as handle:
        regels = exporteer(handle)
    export = time.perf_counter() - t
    print(f"bestand: {themas} themapagina's in het bestand + {nieuws} nieuwspagina's")
    print(f"eerste import:   {eerste:6.1f} s  ({resultaat})")
    print(f"tweede import:   {tweede:6.1f} s  ({opnieuw})")
    print(f"export:          {export:6.1f} s  ({regels} regels)")
    print(f"themapagina's in de databank: {ThemaPagina.objects.live().count()}")
    print(f"eerste import per pagina: {eerste / resultaat.nieuw * 1000:.0f} ms")
    print(
        f"ter vergelijking, gewone Wagtail (add_child + save_revision().publish()): "
        f"{basislijn() * 1000:.0f} ms per pagina"
    )


def basislijn(aantal=40):
    """Per page, the plain Wagtail way to make and publish a page with the same content."""
    from django.db import transaction

    from kennisbank.models import HomePage, ThemaPagina
    from kennisbank.omzetting import html_naar_blokken

    home = HomePage.objects.get()
    alinea = "<p>De aanvrager moet aantonen dat hij over voldoende bestaansmiddelen beschikt.</p>"
    body = html_naar_blokken(f"{alinea}<h2>Voorwaarden</h2>{alinea * 3}<h2>Procedure</h2>")
    t = time.perf_counter()
    with transaction.atomic():
        for i in range(aantal):
            page = ThemaPagina(title=f"Basis {i}", slug=f"basis-{i}", body=body)
            home.add_child(instance=page)
            page.save_revision().publish()
    return (time.perf_counter() - t) / aantal


if __name__ == "__main__":
    main()
