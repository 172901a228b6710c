"""CSV as the project writes it, for every export.

- Cells are neutralised against formula injection (OWASP "CSV injection"): a text cell that
  begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a
  spreadsheet shows it as text instead of running it. A cell that is only a number
  ("-13", "-0,5", "+4") is left as it is: it cannot hold a formula and must stay a number.
- `excel_schrijver` writes what Belgian (Dutch-language) Excel opens without an import
  dialog: `;` between fields and UTF-8 with a byte-order mark."""

import csv
import re

GEVAARLIJK = ("=", "+", "-", "@", "\t", "\r")
_GETAL = re.compile(r"[+-]?[0-9]+([.,][0-9]+)?%?")
BOM = "\ufeff"


def veilige_cel(waarde):
    """`waarde` as it may stand in a CSV cell: dangerous text prefixed with `'`."""
    if isinstance(waarde, str) and waarde.startswith(GEVAARLIJK) and not _GETAL.fullmatch(waarde):
        return "'" + waarde
    return waarde


def herstel_cel(waarde):
    """The inverse for importers that read back what an export wrote."""
    if isinstance(waarde, str) and waarde.startswith("'") and waarde[1:].startswith(GEVAARLIJK):
        return waarde[1:]
    return waarde


class VeiligeSchrijver:
    """csv.writer whose rows are neutralised cell by cell."""

    def __init__(self, bestand, **opties):
        opties.setdefault("delimiter", ";")
        opties.setdefault("lineterminator", "\r\n")
        self._schrijver = csv.writer(bestand, **opties)

    def writerow(self, rij):
        return self._schrijver.writerow([veilige_cel(cel) for cel in rij])

    def writerows(self, rijen):
        for rij in rijen:
            self.writerow(rij)


def excel_schrijver(bestand, met_bom=True):
    """A neutralising writer for Belgian Excel; writes the byte-order mark first."""
    if met_bom:
        bestand.write(BOM)
    return VeiligeSchrijver(bestand, delimiter=";", lineterminator="\r\n")


def neutraliseer_wagtail_exports():
    """Wagtail's own CSV exports (the admin reports: site history, locked pages, aging pages,
    and any listing with `list_export`) write titles and names as they are, so a page titled
    =HYPERLINK(...) became a live formula. Called once from CoreConfig.ready(): every text
    cell of those exports goes through `veilige_cel` (XLSX cells Wagtail keeps as text).
    Idempotent, also for views that already neutralise (juridesk's listing)."""
    from decimal import Decimal

    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "_cellen_veilig", False):
        return
    oorspronkelijk = SpreadsheetExportMixin.preprocess_field_value

    def preprocess_field_value(self, field, value, export_format):
        waarde = oorspronkelijk(self, field, value, export_format)
        if export_format != self.FORMAT_CSV or waarde is None:
            return waarde
        if isinstance(waarde, int | float | Decimal):
            return waarde
        return veilige_cel(str(waarde))

    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin._cellen_veilig = True
