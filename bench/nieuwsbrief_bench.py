"""Benchmark: one edition to 25,000 subscribers through a local SMTP server (aiosmtpd in its own
process), side by side with a bare smtplib loop that sends messages of the same size over one
connection to the same server, in the same run; then the same send again with DKIM signing on,
with an RSA-2048 key and with an Ed25519 key (the test keys in tests/nieuwsbrief/dkim/).

    .venv/bin/python bench/nieuwsbrief_bench.py [aantal] [--zonder-dkim] [--rondes=4]
                                                                         (default 25000)

The project's send is the real thing: claims, per-recipient rendering and links, one SMTP
connection per batch, a committed delivery record per message. Uses its own SQLite database
(or DATABASE_URL). Goal: at least 80% of the bare loop's messages per second.

The bare loop and the three sends take turns in rounds (--rondes, default 4; each round a
quarter of the messages of each), so that the machine's other load weighs on all four alike;
the rate of each is over all its rounds, and the range of the per-round ratios is printed."""

import os
import smtplib
import sys
import time
from pathlib import Path

from _opzet import ROOT, migreer, sqlite_url, start_django
from nieuwsbrief_smtp import start_server, stop_server

if "--help" in sys.argv or "-h" in sys.argv:
    print(__doc__)
    sys.exit(0)
ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
AANTAL = int(ARGS[0]) if ARGS else 25_000
MET_DKIM = "--zonder-dkim" not in sys.argv
RONDES = next((int(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--rondes=")), 4)
SLEUTELS = ROOT / "tests" / "nieuwsbrief" / "dkim"
os.environ.setdefault("DATABASE_URL", sqlite_url("bench-nb-"))
start_django(migreren=False)

from django.conf import settings  # noqa: E402


def main():
    t0 = time.perf_counter()
    migreer()
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

    # The bare loop and the project's sends take turns in rounds (RONDES, the order rotated
    # each round), each against its own SMTP server process: a load that comes and goes on
    # the machine then weighs on all of them alike. A round of the project's send is
    # `verzend_klaarstaande` with max_batches: about AANTAL / RONDES messages, whole batches;
    # the bare loop sends as many.
    batches = max(1, round(AANTAL / RONDES / settings.NIEUWSBRIEF_BATCH))
    per_ronde = batches * settings.NIEUWSBRIEF_BATCH
    namen = {
        "kaal": "kale smtplib-lus",
        "zonder": "project zonder DKIM",
        "rsa": "project DKIM RSA-2048",
        "ed25519": "project DKIM Ed25519",
    }
    soorten = ["kaal", *edities]
    servers = {soort: start_server() for soort in soorten}
    duur = dict.fromkeys(soorten, 0.0)
    cpu = {soort: [0.0, 0.0] for soort in soorten}  # CPU seconds: this process, the server
    aantal = dict.fromkeys(soorten, 0)
    resultaten = {soort: {} for soort in edities}
    rondes = []
    kaal_volgende = 0  # the bare loop's next recipient
    for ronde in range(-(-AANTAL // per_ronde)):
        gemeten = {}
        for soort in soorten[ronde % len(soorten) :] + soorten[: ronde % len(soorten)]:
            poort = servers[soort][1]
            cpu_begin = (time.process_time(), cpu_tijd(servers[soort][0].pid))
            if soort == "kaal":
                begin_i = kaal_volgende
                tot = min(AANTAL, begin_i + per_ronde)
                smtp = smtplib.SMTP("127.0.0.1", poort)
                begin = time.perf_counter()
                for i in range(begin_i, tot):
                    smtp.sendmail(
                        "nieuwsbrief@vreemdelingenrecht.be",
                        [f"lezer{i:06d}@example.be"],
                        voorbeeld,
                    )
                gemeten[soort] = (time.perf_counter() - begin, tot - begin_i)
                smtp.quit()
                kaal_volgende = tot
            else:
                stel_dkim_in(soort)
                settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
                settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", poort
                begin = time.perf_counter()
                r = verzending.verzend_klaarstaande(edities[soort].pk, max_batches=batches)
                gemeten[soort] = (time.perf_counter() - begin, r["verzonden"])
                for sleutel, waarde in r.items():
                    resultaten[soort][sleutel] = resultaten[soort].get(sleutel, 0) + waarde
            cpu[soort][0] += time.process_time() - cpu_begin[0]
            cpu[soort][1] += cpu_tijd(servers[soort][0].pid) - cpu_begin[1]
        for soort, (d, n) in gemeten.items():
            duur[soort] += d
            aantal[soort] += n
        tempo = {soort: n / d for soort, (d, n) in gemeten.items()}
        rondes.append(tempo)
        print(
            f"ronde {ronde + 1}: "
            + "; ".join(
                f"{soort} {tempo[soort]:.0f}/s"
                + ("" if soort == "kaal" else f" ({tempo[soort] / tempo['kaal'] * 100:.0f}%)")
                for soort in soorten
            )
        )
    stel_dkim_in("zonder")
    ontvangen = {soort: stop_server(*servers[soort][::2]) for soort in soorten}
    kaal_tempo = aantal["kaal"] / duur["kaal"]
    print(
        f"{namen['kaal']}: {kaal_tempo:7.1f} berichten/s ({duur['kaal']:.1f} s, "
        f"{ontvangen['kaal']['berichten']} ontvangen; {cpu_tekst(cpu['kaal'], aantal['kaal'])})"
    )
    for soort, e in edities.items():
        if soort != "zonder":
            ms, sleutel_ms = ondertekenen_ms(voorbeeld, soort)
            print(
                f"  alleen ondertekenen ({soort}): {ms:.2f} ms per bericht, waarvan "
                f"{sleutel_ms:.2f} ms de sleutel opnieuw inlezen (handtekening geverifieerd)"
            )
        server = ontvangen[soort]
        tellingen = server["tellingen"]
        dubbel = sum(1 for n in tellingen.values() if n > 1)
        project_tempo = aantal[soort] / duur[soort]
        per_ronde_pct = [t[soort] / t["kaal"] * 100 for t in rondes]
        print(
            f"{namen[soort]}: {project_tempo:7.1f} berichten/s ({duur[soort]:.1f} s, "
            f"{server['berichten']} ontvangen, gemiddeld "
            f"{server['bytes'] // max(server['berichten'], 1)} bytes); "
            f"verhouding: {project_tempo / kaal_tempo * 100:.0f}% van de kale lus "
            f"(per ronde {min(per_ronde_pct):.0f}-{max(per_ronde_pct):.0f}%; doel: >= 80%); "
            f"{cpu_tekst(cpu[soort], aantal[soort])}"
        )
        print(
            f"  ontvangers: {len(tellingen)} verschillend, {dubbel} dubbel; resultaat: "
            f"{resultaten[soort]}; leveringen verzonden: "
            f"{Levering.objects.filter(editie=e, status='verzonden').count()}"
        )


def cpu_tijd(pid):
    """CPU seconds (user + system) the process `pid` used so far (Linux /proc)."""
    velden = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(velden[11]) + int(velden[12])) / os.sysconf("SC_CLK_TCK")


def cpu_tekst(seconden, n):
    eigen, server = seconden
    return f"CPU per bericht: {eigen / n * 1000:.2f} ms hier, {server / n * 1000:.2f} ms de server"


def stel_dkim_in(soort):
    from django.conf import settings

    if soort == "zonder":
        settings.DKIM_DOMAIN = settings.DKIM_SELECTOR = settings.DKIM_PRIVATE_KEY = ""
    else:
        settings.DKIM_DOMAIN, settings.DKIM_SELECTOR = "vreemdelingenrecht.be", "bench"
        settings.DKIM_PRIVATE_KEY = str(SLEUTELS / f"{soort}.pem")


def ondertekenen_ms(bericht, soort, keer=200):
    """The signing alone (key already read), and a check that the signature verifies."""
    import base64

    import dkim

    from nieuwsbrief import ondertekening

    stel_dkim_in(soort)
    ondertekenaar = ondertekening.ondertekenaar()
    begin = time.perf_counter()
    for _ in range(keer):
        getekend = ondertekenaar.onderteken(bericht)
    duur = (time.perf_counter() - begin) / keer * 1000
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
    stel_dkim_in("zonder")
    return duur, sleutel_ms


if __name__ == "__main__":
    main()
