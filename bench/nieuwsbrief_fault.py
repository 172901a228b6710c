"""Fault test: send one edition to 5,000 subscribers with a real `db_worker` that is killed
(SIGKILL) five times at random moments while it sends, and restarted each time; then count
what the SMTP server (aiosmtpd, its own process) received: exactly one message per subscriber.

    .venv/bin/python bench/nieuwsbrief_fault.py [aantal] [kills]      (default 5000 5)

Uses its own SQLite database (or DATABASE_URL), Django's tasks framework with django_tasks_db,
and a claim lease of 3 seconds (NIEUWSBRIEF_CLAIM_LEASE) so that the takeovers are quick."""

import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _opzet import ROOT, migreer, start_django
from nieuwsbrief_smtp import start_server, stop_server

AANTAL = int(sys.argv[1]) if len(sys.argv) > 1 else 5_000
KILLS = int(sys.argv[2]) if len(sys.argv) > 2 else 5
tmp = Path(tempfile.mkdtemp(prefix="fault-nb-"))
os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp}/fault.sqlite3")
os.environ["DEBUG"] = "0"
os.environ["TASKS_BACKEND"] = "django_tasks_db.DatabaseBackend"
os.environ.setdefault("NIEUWSBRIEF_CLAIM_LEASE", "3")
os.environ["LOG_LEVEL"] = "WARNING"

proces_smtp, poort, uitvoer = start_server(tmp)
os.environ["EMAIL_HOST"] = "127.0.0.1"
os.environ["EMAIL_PORT"] = str(poort)

start_django(settings="config.settings.dev", stil=None, migreren=False)


def start_worker(log):
    return subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "manage.py"),
            "db_worker",
            "--interval",
            "0.2",
            "--no-startup-delay",
            "--no-reload",
            "-v",
            "0",
        ],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def main():
    random.seed(os.environ.get("SEED"))
    migreer()
    from django_tasks_db.models import DBTaskResult

    from nieuwsbrief import verzending
    from nieuwsbrief.models import Abonnee, Editie, Levering, WetgevingItem
    from nieuwsbrief.tasks import verzend_editie

    # a reused DATABASE_URL starts clean
    DBTaskResult.objects.all().delete()
    Levering.objects.all().delete()
    Editie.objects.all().delete()
    Abonnee.objects.all().delete()
    Abonnee.objects.bulk_create(
        [
            Abonnee(email=f"lezer{i:05d}@example.be", nieuwsbrief=True, status="ingeschreven")
            for i in range(AANTAL)
        ],
        batch_size=5000,
    )
    editie = Editie.objects.create(titel="E-nieuwsbrief – fouttest", inleiding="Beste lezer,")
    WetgevingItem.objects.create(
        editie=editie,
        titel="Wet van 12 mei 2024",
        datum_bs="2024-05-28",
        link="https://www.ejustice.just.fgov.be/eli/wet/2024/05/12/2024004567/staatsblad",
    )
    verzending.zet_in_wachtrij(editie)
    verzend_editie.enqueue(editie.pk)

    def verzonden():
        return Levering.objects.filter(editie=editie, status="verzonden").count()

    begin = time.perf_counter()
    log = (tmp / "worker.log").open("ab")  # noqa: SIM115  (shared by every worker)
    gedood = 0
    for kill in range(1, KILLS + 1):
        worker = start_worker(log)
        bij_start = verzonden()
        # kill while it is sending, not while it waits (and stop killing once all is sent:
        # a small edition can be done before the first kill)
        while verzonden() == bij_start < AANTAL and time.perf_counter() - begin < 1800:
            time.sleep(0.05)
        if bij_start >= AANTAL:
            print(f"kill {kill}: niet nodig, alles is al verzonden")
            worker.send_signal(signal.SIGTERM)
            worker.wait(30)
            break
        time.sleep(random.uniform(0.2, 2.0))  # at ~400 messages a second: mid-send
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        gedood += 1
        bezig = Levering.objects.filter(editie=editie, status="bezig").count()
        print(
            f"kill {kill}: na {time.perf_counter() - begin:5.1f} s, {verzonden()} verzonden, "
            f"{bezig} achtergelaten in 'bezig'"
        )
    worker = start_worker(log)
    while Editie.objects.get(pk=editie.pk).status != Editie.Status.VERZONDEN:
        if time.perf_counter() - begin > 1800:
            print("TIJDSLIMIET: de verzending raakte niet af")
            break
        time.sleep(0.5)
    worker.send_signal(signal.SIGTERM)
    worker.wait(30)
    duur = time.perf_counter() - begin
    server = stop_server(proces_smtp, uitvoer)

    tellingen = server["tellingen"]
    adressen = [f"lezer{i:05d}@example.be" for i in range(AANTAL)]
    ontbrekend = [a for a in adressen if tellingen.get(a, 0) == 0]
    dubbel = {a: n for a, n in tellingen.items() if n > 1}
    print(
        f"{duur:.1f} s, {gedood} kills; server ontving {server['berichten']} berichten voor "
        f"{len(tellingen)} verschillende ontvangers ({server['message_ids']} Message-IDs)"
    )
    print(
        f"ontbrekend: {len(ontbrekend)} {ontbrekend[:5]}; dubbel: {len(dubbel)} "
        f"{list(dubbel.items())[:5]}"
    )
    print(f"leveringen: {verzending.tellingen(editie)}")
    ok = not ontbrekend and not dubbel and server["berichten"] == AANTAL
    print("RESULTAAT: " + ("precies één bericht per abonnee" if ok else "FOUT"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
