"""Factories for the case-law tests: judgments straight through the model (published), and
JSON-lines files for the importer."""

import datetime
import json

import pytest

from rechtspraak.models import Instantie, Uitspraak


@pytest.fixture
def instantie(db):
    return lambda code: Instantie.objects.get(code=code)


@pytest.fixture
def maak_uitspraak(db):
    teller = {"n": 0}

    def maak(titel="Een uitspraak", instantie="rvv", themas=(), live=True, **velden):
        teller["n"] += 1
        velden.setdefault("datum", datetime.date(2024, 3, 1))
        velden.setdefault("nummer", str(300000 + teller["n"]))
        velden.setdefault("samenvatting", f"Samenvatting van {titel.lower()}.")
        uitspraak = Uitspraak(
            titel=titel, instantie=Instantie.objects.get(code=instantie), live=live, **velden
        )
        uitspraak.save()
        if themas:
            uitspraak.themas.set(themas)
            uitspraak.save()
        return uitspraak

    return maak


@pytest.fixture
def jsonl(tmp_path):
    """jsonl([obj, ...]) -> path of a JSON-lines file (strings are written as they are)."""

    def schrijf(regels, naam="uitspraken.jsonl"):
        pad = tmp_path / naam
        with pad.open("w", encoding="utf-8") as handle:
            for regel in regels:
                handle.write(
                    regel if isinstance(regel, str) else json.dumps(regel, ensure_ascii=False)
                )
                handle.write("\n")
        return pad

    return schrijf


def regel(**velden):
    basis = {
        "instantie": "RvV",
        "datum": "2024-02-13",
        "nummer": "301 234",
        "ecli": "ECLI:BE:RVV:2024:ARR.301234",
        "soort": "arrest",
        "taal": "nl",
        "titel": "Gezinshereniging met een Belg: bestaansmiddelen",
        "samenvatting": "De DVZ moest een behoefteanalyse maken.",
        "tekst": "Volledige tekst over de bestaansmiddelen van de referentiepersoon.",
        "trefwoorden": ["bestaansmiddelen", "behoefteanalyse"],
        "themas": [],
    }
    basis.update(velden)
    return basis
