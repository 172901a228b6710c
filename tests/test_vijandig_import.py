"""Hostile import files: every importer (they share core/importing.py) names the bad line
by its physical line number and imports nothing.

- bytes that are not UTF-8 used to end the import with a raw UnicodeDecodeError that named
  no line;
- a quoted value over two lines in a CSV file made the importer name the line where the
  record ended instead of the one where it begins."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from core.importing import ImportFout, lees_csv, lees_jsonl
from juridesk.models import Vraag
from kennisbank.models import ThemaPagina
from nieuwsbrief.models import Abonnee
from rechtspraak.models import Uitspraak

pytestmark = pytest.mark.django_db

UITSPRAAK = {
    "instantie": "RvV",
    "datum": "2024-02-13",
    "nummer": "301 234",
    "titel": "Bestaansmiddelen",
    "samenvatting": "Een samenvatting.",
}


def _import(commando, pad):
    with pytest.raises(CommandError) as fout:
        call_command(commando, str(pad), stdout=io.StringIO(), stderr=io.StringIO())
    return str(fout.value)


def _jsonl(tmp_path, *regels):
    pad = tmp_path / "bestand.jsonl"
    pad.write_bytes(b"".join(regels))
    return pad


def test_invalid_utf8_in_judgments_is_a_bad_line(tmp_path):
    goed = json.dumps(UITSPRAAK, ensure_ascii=False).encode() + b"\n"
    ander = dict(UITSPRAAK, nummer="301 235", titel="Caf\u00e9")
    slecht = json.dumps(ander, ensure_ascii=False).encode("latin-1") + b"\n"
    pad = _jsonl(tmp_path, goed, b"\n", slecht)
    melding = _import("rechtspraak_import", pad)
    assert "regel 3" in melding and "UTF-8" in melding
    assert not Uitspraak.objects.exists()


def test_invalid_utf8_in_pages_is_a_bad_line(tmp_path, home):
    slecht = b'{"type": "thema", "titel": "Verblijf \xff"}\n'
    pad = _jsonl(tmp_path, slecht)
    melding = _import("kennisbank_import", pad)
    assert "regel 1" in melding and "UTF-8" in melding and "0xFF" in melding
    assert not ThemaPagina.objects.exists()


def test_a_json_line_counts_physical_lines_only(tmp_path):
    """A U+2028 or a lone carriage return inside a value does not start a line."""
    eerste = json.dumps(dict(UITSPRAAK, samenvatting="Een\u2028twee\rdrie"), ensure_ascii=False)
    pad = _jsonl(tmp_path, eerste.encode() + b"\n", b"{niet: json}\n")
    with pytest.raises(ImportFout) as fout:
        list(lees_jsonl(pad))
    assert fout.value.regel == 2


def _csv(tmp_path, tekst, codering="utf-8"):
    pad = tmp_path / "bestand.csv"
    pad.write_bytes(tekst.encode(codering) if isinstance(tekst, str) else tekst)
    return pad


def test_invalid_utf8_in_subscribers_is_a_bad_line(tmp_path):
    pad = _csv(
        tmp_path,
        "email;lijsten;ingeschreven_op\na@example.be;nieuwsbrief;2024-01-01\n"
        "zoë@example.be;nieuwsbrief;2024-01-01\n",
        codering="cp1252",
    )
    melding = _import("nieuwsbrief_import", pad)
    assert "regel 3" in melding and "UTF-8" in melding
    assert not Abonnee.objects.exists()


def test_invalid_utf8_in_questions_is_a_bad_line(tmp_path):
    kop = (
        "datum;kanaal;lijn;regio;categorie;sector;themas;verblijfssituatie;nationaliteit;dossier\n"
    )
    pad = _csv(tmp_path, kop.encode() + b"2019-01-01;;;Li\xe8ge;;;;;;\n")
    melding = _import("juridesk_import", pad)
    assert "regel 2" in melding and "UTF-8" in melding
    assert not Vraag.objects.exists()


KOP = "email;lijsten;ingeschreven_op\n"


def test_a_quoted_newline_does_not_shift_the_line_numbers(tmp_path):
    # lines 2-3 hold one record; line 4 is bad and is named line 4
    pad = _csv(
        tmp_path,
        KOP
        + 'a@example.be;"nieuwsbrief\n|rechtspraak";2024-01-01\ngeen-adres;nieuwsbrief;2024-01-01\n',
    )
    assert "regel 4: ongeldig e-mailadres" in _import("nieuwsbrief_import", pad)
    assert not Abonnee.objects.exists()


def test_a_record_over_two_lines_is_named_by_its_first_line(tmp_path):
    pad = _csv(
        tmp_path,
        KOP + 'a@example.be;nieuwsbrief;2024-01-01\ngeen-adres;"nieuwsbrief\n";2024-01-01\n'
        "b@example.be;nieuwsbrief;2024-01-01\n",
    )
    assert "regel 3: ongeldig e-mailadres" in _import("nieuwsbrief_import", pad)


def test_csv_rows_keep_their_physical_numbers_with_crlf_and_blank_lines(tmp_path):
    pad = _csv(
        tmp_path,
        "\ufeff" + KOP.replace("\n", "\r\n") + "a@x.be;n;d\r\n\r\n"
        'b@x.be;"twee\r\nregels";d\r\nc@x.be;n;d\r\n',
    )
    rijen = list(lees_csv(pad, ["email", "lijsten", "ingeschreven_op"]))
    assert [(nummer, rij["email"]) for nummer, rij in rijen] == [
        (2, "a@x.be"),
        (4, "b@x.be"),
        (6, "c@x.be"),
    ]
    assert rijen[1][1]["lijsten"] == "twee\r\nregels"
