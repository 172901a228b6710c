"""Benchmark: one edition to 25,000 subscribers through a local SMTP server (aiosmtpd in its own
process), side by side with a bare smtplib loop that sends messages of the same size over one
connection to the same server, in the same run.

    .venv/bin/python bench/nieuwsbrief_bench.py [aantal]      (default 25000)

The project's send is the real thing: claims, per-recipient rendering and links, one SMTP
connection per batch, a committed delivery record per message. Uses its own SQLite database
(or DATABASE_URL). Goal: at least 80% of the bare loop's messages per second."""

import os
import smtplib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
AANTAL = int(sys.argv[1]) if len(sys.argv) > 1 else 25_000
tmp = Path(tempfile.mkdtemp(prefix="bench-nb-"))
os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
sys.path.insert(0, str(ROOT / "bench"))

import django  # noqa: E402
from nieuwsbrief_smtp import start_server, stop_server  # noqa: E402

django.setup()

import logging  # noqa: E402

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402

logging.disable(logging.WARNING)


def main():
    t0 = time.perf_counter()
    call_command("migrate", verbosity=0)
    from kennisbank.models import NieuwsIndexPagina, NieuwsPagina
    from nieuwsbrief import verzending
    from nieuwsbrief.mail import Sjabloon
    from nieuwsbrief.models import Abonnee, Editie, Levering, WetgevingItem
    from nieuwsbrief.opstellen import stel_nieuwsbrief_op

    Levering.objects.all().delete()
    Editie.objects.all().delete()
    Abonnee.objects.all().delete()
    index = NieuwsIndexPagina.objects.first()
    if index and not NieuwsPagina.objects.exists():
        for i in range(10):
            pagina = NieuwsPagina(
                title=f"Gezinshereniging: nieuwe voorwaarden voor bestaansmiddelen ({i + 1})",
                samenvatting="De bestaansmiddelen van de gezinshereniger worden voortaan "
                "anders berekend. Wat verandert er voor aanvragen die lopen? " * 2,
            )
            index.add_child(instance=pagina)
            pagina.save_revision().publish()
    Abonnee.objects.bulk_create(
        [
            Abonnee(email=f"lezer{i:06d}@example.be", nieuwsbrief=True, status="ingeschreven")
            for i in range(AANTAL)
        ],
        batch_size=5000,
    )
    editie = stel_nieuwsbrief_op()
    for i in range(6):
        WetgevingItem.objects.create(
            editie=editie,
            titel=f"Koninklijk besluit van 3 juni 2024 tot wijziging van het KB van 8 oktober 1981 ({i})",
            datum_bs="2024-06-14",
            link=f"https://www.ejustice.just.fgov.be/eli/besluit/2024/06/03/20240{i}/staatsblad",
        )
    verzending.zet_in_wachtrij(editie)
    voorbeeld = Sjabloon(editie).bericht("lezer000000@example.be", "A" * 22, 1)
    print(
        f"voorbereiding: {time.perf_counter() - t0:.1f} s; {AANTAL} abonnees; "
        f"bericht {len(voorbeeld)} bytes; batch {settings.NIEUWSBRIEF_BATCH}"
    )

    # 1. the bare loop: same-size messages, one connection, no database, no rendering
    proces, poort, uitvoer = start_server()
    smtp = smtplib.SMTP("127.0.0.1", poort)
    begin = time.perf_counter()
    for i in range(AANTAL):
        smtp.sendmail("nieuwsbrief@vreemdelingenrecht.be", [f"lezer{i:06d}@example.be"], voorbeeld)
    kaal = time.perf_counter() - begin
    smtp.quit()
    kaal_server = stop_server(proces, uitvoer)

    # 2. the project's send
    proces, poort, uitvoer = start_server()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", poort
    begin = time.perf_counter()
    resultaat = verzending.verzend_klaarstaande(editie.pk)
    project = time.perf_counter() - begin
    project_server = stop_server(proces, uitvoer)

    tellingen = project_server["tellingen"]
    dubbel = sum(1 for n in tellingen.values() if n > 1)
    print(
        f"kale smtplib-lus:  {AANTAL / kaal:7.1f} berichten/s ({kaal:.1f} s, "
        f"{kaal_server['berichten']} ontvangen)"
    )
    print(
        f"project (verzend): {AANTAL / project:7.1f} berichten/s ({project:.1f} s, "
        f"{project_server['berichten']} ontvangen, gemiddeld "
        f"{project_server['bytes'] // max(project_server['berichten'], 1)} bytes)"
    )
    print(f"verhouding: {kaal / project * 100:.0f}% van de kale lus (doel: >= 80%)")
    print(
        f"ontvangers: {len(tellingen)} verschillend, {dubbel} dubbel; resultaat: {resultaat}; "
        f"leveringen verzonden: {Levering.objects.filter(status='verzonden').count()}"
    )


if __name__ == "__main__":
    main()
