"""Benchmark: one edition to 25,000 subscribers through a local SMTP server (aiosmtpd in its own
process), side by side with a bare smtplib loop that sends messages of the same size over one
connection to the same server, in the same run; then the same send again with DKIM signing on,
with an RSA-2048 key and with an Ed25519 key (the test keys in tests/nieuwsbrief/dkim/).

    .venv/bin/python bench/nieuwsbrief_bench.py [aantal] [--zonder-dkim]     (default 25000)

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
ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
AANTAL = int(ARGS[0]) if ARGS else 25_000
MET_DKIM = "--zonder-dkim" not in sys.argv
SLEUTELS = ROOT / "tests" / "nieuwsbrief" / "dkim"
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
    from django.utils import timezone

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
    edities = {"zonder": editie}
    if MET_DKIM:
        for soort in ("rsa", "ed25519"):
            kopie = stel_nieuwsbrief_op(sinds=timezone.localtime(editie.periode_van).date())
            for item in editie.wetgeving_items.all():
                item.pk, item.editie = None, kopie
                item.save()
            edities[soort] = kopie
    for e in edities.values():
        verzending.zet_in_wachtrij(e)
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
    print(
        f"kale smtplib-lus:  {AANTAL / kaal:7.1f} berichten/s ({kaal:.1f} s, "
        f"{kaal_server['berichten']} ontvangen)"
    )

    # 2. the project's send: unsigned, then signed with each key
    for soort, e in edities.items():
        stel_dkim_in(soort)
        if soort != "zonder":
            duur, sleutel_ms = ondertekenen_ms(voorbeeld)
            print(
                f"  alleen ondertekenen ({soort}): {duur:.2f} ms per bericht, waarvan "
                f"{sleutel_ms:.2f} ms de sleutel opnieuw inlezen (handtekening geverifieerd)"
            )
        proces, poort, uitvoer = start_server()
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", poort
        begin = time.perf_counter()
        resultaat = verzending.verzend_klaarstaande(e.pk)
        project = time.perf_counter() - begin
        project_server = stop_server(proces, uitvoer)
        tellingen = project_server["tellingen"]
        dubbel = sum(1 for n in tellingen.values() if n > 1)
        naam = {"zonder": "zonder DKIM", "rsa": "DKIM RSA-2048", "ed25519": "DKIM Ed25519"}[soort]
        print(
            f"project ({naam}): {AANTAL / project:7.1f} berichten/s ({project:.1f} s, "
            f"{project_server['berichten']} ontvangen, gemiddeld "
            f"{project_server['bytes'] // max(project_server['berichten'], 1)} bytes); "
            f"verhouding: {kaal / project * 100:.0f}% van de kale lus (doel: >= 80%)"
        )
        print(
            f"  ontvangers: {len(tellingen)} verschillend, {dubbel} dubbel; resultaat: "
            f"{resultaat}; leveringen verzonden: "
            f"{Levering.objects.filter(editie=e, status='verzonden').count()}"
        )
    stel_dkim_in("zonder")


def stel_dkim_in(soort):
    from django.conf import settings

    if soort == "zonder":
        settings.DKIM_DOMAIN = settings.DKIM_SELECTOR = settings.DKIM_PRIVATE_KEY = ""
    else:
        settings.DKIM_DOMAIN, settings.DKIM_SELECTOR = "vreemdelingenrecht.be", "bench"
        settings.DKIM_PRIVATE_KEY = str(SLEUTELS / f"{soort}.pem")


def ondertekenen_ms(bericht, keer=200):
    """The signing alone (key already read), and a check that the signature verifies."""
    import base64

    import dkim

    from nieuwsbrief import ondertekening

    ondertekenaar = ondertekening.ondertekenaar()
    begin = time.perf_counter()
    for _ in range(keer):
        getekend = ondertekenaar.onderteken(bericht)
    duur = (time.perf_counter() - begin) / keer * 1000
    soort = "ed25519" if ondertekenaar.sleutel.algoritme.startswith(b"ed25519") else "rsa"
    # Of that, what dkimpy spends reading the key again for each signature (for RSA the name
    # its signer calls, which ondertekening.py points at the key it read once).
    begin = time.perf_counter()
    for _ in range(keer):
        if soort == "rsa":
            dkim.parse_pem_private_key(ondertekenaar.sleutel.privkey)
        else:
            import nacl.encoding
            import nacl.signing

            nacl.signing.SigningKey(
                ondertekenaar.sleutel.privkey, encoder=nacl.encoding.Base64Encoder
            )
    sleutel_ms = (time.perf_counter() - begin) / keer * 1000
    pem = (SLEUTELS / f"{soort}.pub.pem").read_text().splitlines()
    der = base64.b64decode("".join(r for r in pem if not r.startswith("-----")))
    p = base64.b64encode(der[-32:] if soort == "ed25519" else der)
    record = b"v=DKIM1; k=" + soort.encode() + b"; p=" + p
    assert dkim.verify(getekend, dnsfunc=lambda naam, timeout=5: record), "handtekening klopt niet"
    return duur, sleutel_ms


if __name__ == "__main__":
    main()
