"""A counting SMTP server (aiosmtpd) for the newsletter benchmarks, run as its own process.

    .venv/bin/python bench/nieuwsbrief_smtp.py POORTBESTAND TELLINGEN.json

or from another script: `proces, poort, uitvoer = start_server()` ... `stop_server(proces, uitvoer)`.

Writes its port to POORTBESTAND once it listens; on SIGTERM writes {recipient: count} and the
number of distinct Message-IDs to TELLINGEN.json and exits."""

import asyncio
import json
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from aiosmtpd.controller import Controller

tellingen = {}
message_ids = set()
totaal = {"berichten": 0, "bytes": 0}


class Teller:
    async def handle_DATA(self, server, session, envelope):
        totaal["berichten"] += 1
        totaal["bytes"] += len(envelope.content)
        for adres in envelope.rcpt_tos:
            tellingen[adres] = tellingen.get(adres, 0) + 1
        kop = envelope.content[:4096]
        begin = kop.find(b"\nMessage-ID: ")
        if begin >= 0:
            message_ids.add(kop[begin + 13 : kop.find(b"\r", begin + 1)])
        return "250 OK"


def start_server(tmp=None):
    tmp = Path(tmp or tempfile.mkdtemp(prefix="smtp-nb-"))
    poortbestand = tmp / "poort"
    uitvoer = tmp / f"tellingen-{time.monotonic_ns()}.json"
    proces = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            str(poortbestand),
            str(uitvoer),
        ]
    )
    for _ in range(100):
        if poortbestand.exists() and poortbestand.read_text():
            poort = int(poortbestand.read_text())
            poortbestand.unlink()
            return proces, poort, uitvoer
        time.sleep(0.05)
    raise RuntimeError("SMTP-server start niet")


def stop_server(proces, uitvoer):
    proces.send_signal(signal.SIGTERM)
    proces.wait(10)
    return json.loads(uitvoer.read_text())


def main():
    poortbestand, uitvoer = sys.argv[1], sys.argv[2]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        poort = s.getsockname()[1]
    controller = Controller(Teller(), hostname="127.0.0.1", port=poort)
    controller.start()
    Path(poortbestand).write_text(str(poort))

    def stop(*_):
        controller.stop()
        Path(uitvoer).write_text(
            json.dumps({"tellingen": tellingen, "message_ids": len(message_ids), **totaal})
        )
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while True:
        signal.pause()


if __name__ == "__main__":
    asyncio.set_event_loop(asyncio.new_event_loop())
    main()
