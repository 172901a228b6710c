"""The juridesk statistics: pure computation, no HTTP.

`statistiek(periode, vergelijking)` returns a `Statistiek`: its two `Periode`s, the
totals and per table its `Rij`en (a sub-theme's row knows its top theme's row). The admin
view, the command, the tables, the CSV/XLSX/JSON exports and the charts only format it,
reading attributes; nothing is turned into text and parsed back. `bereken()` gives the
same as the plain structure of the JSON export (`Statistiek.als_dict()`).

Everything is counted in SQL, on the daily counts (`DagTelling`, kept by
`tellingen.py`): one SUM ... GROUP BY list, value per period over a covering index that
starts with the day, so the cost follows the days of the two periods (a few hundred
rows a day at most), not the number of questions or the other years in the log.
"""

import calendar
import datetime
from collections import defaultdict, namedtuple
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Q, Sum

from .lijsten import (
    ANDERE_NATIONALITEITEN,
    LIJSTEN,
    NATIONALITEIT,
    NIET_INGEVULD,
    TABELLEN,
    THEMA,
    TOP_NATIONALITEITEN,
)
from .models import DagTelling, MaandTelling, Waarde
from .tellingen import MET_THEMA, TOTAAL, laatste_dag

_Waarde = namedtuple("_Waarde", "pk lijst code label volgorde actief parent_id")


RANG = ["eerste", "tweede", "derde", "vierde"]
MAANDEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


class PeriodeFout(ValueError):
    pass


@dataclass(frozen=True)
class Periode:
    van: datetime.date
    tot: datetime.date  # inclusive

    def __post_init__(self):
        if self.tot < self.van:
            raise PeriodeFout("Het einde van de periode ligt voor het begin.")

    @classmethod
    def jaar(cls, jaar):
        return cls(datetime.date(jaar, 1, 1), datetime.date(jaar, 12, 31))

    @classmethod
    def halfjaar(cls, jaar, helft):
        if helft == 1:
            return cls(datetime.date(jaar, 1, 1), datetime.date(jaar, 6, 30))
        return cls(datetime.date(jaar, 7, 1), datetime.date(jaar, 12, 31))

    @classmethod
    def kwartaal(cls, jaar, kwartaal):
        eerste_maand = 3 * (kwartaal - 1) + 1
        laatste_maand = eerste_maand + 2
        laatste_dag = calendar.monthrange(jaar, laatste_maand)[1]
        return cls(
            datetime.date(jaar, eerste_maand, 1), datetime.date(jaar, laatste_maand, laatste_dag)
        )

    def jaar_eerder(self):
        return Periode(_jaar_terug(self.van), _jaar_terug(self.tot))

    def grenzen(self):
        """[start, end) as aware datetimes: days are Brussels days."""
        zone = ZoneInfo(settings.TIME_ZONE)
        begin = datetime.datetime.combine(self.van, datetime.time.min, tzinfo=zone)
        einde = datetime.datetime.combine(
            self.tot + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone
        )
        return begin, einde

    def filter(self, veld="datum"):
        begin, einde = self.grenzen()
        return Q(**{f"{veld}__gte": begin, f"{veld}__lt": einde})

    @property
    def is_kalenderjaar(self):
        return (self.van.month, self.van.day, self.tot.month, self.tot.day) == (1, 1, 12, 31) and (
            self.van.year == self.tot.year
        )

    @property
    def label(self):
        """The period as people say it: '2024', 'tweede jaarhelft 2024', 'eerste kwartaal
        2025', 'maart 2024'; any other period '01-07-2023 tot 15-12-2023'."""
        van, tot = self.van, self.tot
        if van.year == tot.year and van.day == 1 and tot == laatste_dag(tot.replace(day=1)):
            maanden = (van.month, tot.month)
            if maanden == (1, 12):
                return str(van.year)
            if maanden in ((1, 6), (7, 12)):
                return f"{RANG[van.month // 6]} jaarhelft {van.year}"
            if van.month % 3 == 1 and tot.month == van.month + 2:
                return f"{RANG[van.month // 3]} kwartaal {van.year}"
            if van.month == tot.month:
                return f"{MAANDEN[van.month - 1]} {van.year}"
        return f"{van:%d-%m-%Y} tot {tot:%d-%m-%Y}"


def _jaar_terug(datum):
    try:
        return datum.replace(year=datum.year - 1)
    except ValueError:  # 29 February
        return datum.replace(year=datum.year - 1, day=28)


def _procent(deel, geheel):
    return deel * 100 / geheel if geheel else 0.0


def _evolutie(nu, vroeger):
    return (nu - vroeger) * 100 / vroeger if vroeger else None


@dataclass(eq=False)
class Rij:
    """One row of a table: a value of a list (or the empty bucket, or the total)."""

    label: str
    aantal: int
    aantal_vergelijking: int
    aandeel: float  # percent of the period's questions (75.0)
    evolutie: float | None  # percent change against the comparison period; None: from 0
    code: str | None = None
    # A sub-theme's row knows its top theme's row; a top theme's row lists its sub-themes
    # (None on the rows of the other tables, which have none).
    hoofd: "Rij | None" = field(default=None, repr=False)
    subthemas: "list[Rij] | None" = None
    is_totaal: bool = False

    @property
    def niveau(self):
        """0 for a row, 1 for a sub-theme (indented under its theme), 2 for the total."""
        return 2 if self.is_totaal else 1 if self.hoofd else 0

    @property
    def volledig_label(self):
        """The label where the row stands alone (a CSV line, a spreadsheet row): a
        sub-theme as 'Hoofdthema > Subthema'."""
        return f"{self.hoofd.label} > {self.label}" if self.hoofd else self.label

    def als_dict(self):
        data = {
            "code": self.code,
            "label": self.label,
            "aantal": self.aantal,
            "aandeel": self.aandeel,
            "aantal_vergelijking": self.aantal_vergelijking,
            "evolutie": self.evolutie,
        }
        if self.subthemas is not None:
            data["subthemas"] = [sub.als_dict() for sub in self.subthemas]
        return data


def rij(label, aantal, aantal_vergelijking, totaal, code=None, hoofd=None):
    return Rij(
        label=label,
        aantal=aantal,
        aantal_vergelijking=aantal_vergelijking,
        aandeel=_procent(aantal, totaal),
        evolutie=_evolutie(aantal, aantal_vergelijking),
        code=code,
        hoofd=hoofd,
    )


@dataclass(eq=False)
class Statistiek:
    """All tables of one period against a comparison period."""

    periode: Periode
    vergelijking: Periode
    totaal: int
    totaal_vergelijking: int
    tabellen: dict  # {list name: [Rij]}, in the report's order

    @property
    def evolutie(self):
        return _evolutie(self.totaal, self.totaal_vergelijking)

    @property
    def totaal_rij(self):
        totaal = rij("Totaal", self.totaal, self.totaal_vergelijking, self.totaal)
        totaal.is_totaal = True
        return totaal

    def rijen(self, naam):
        """The rows of one table as they are printed: each theme followed by its
        sub-themes, the total last."""
        for hoofdrij in self.tabellen[naam]:
            yield hoofdrij
            yield from hoofdrij.subthemas or ()
        yield self.totaal_rij

    def als_dict(self):
        """The structure of the JSON export."""
        return {
            "periode": _als_dict(self.periode),
            "vergelijking": _als_dict(self.vergelijking),
            "periode_naam": self.periode.label,
            "vergelijking_naam": self.vergelijking.label,
            "totaal": self.totaal,
            "totaal_vergelijking": self.totaal_vergelijking,
            "evolutie": self.evolutie,
            "tabellen": {
                naam: [r.als_dict() for r in rijen] for naam, rijen in self.tabellen.items()
            },
        }


def _als_dict(periode):
    return {"van": periode.van.isoformat(), "tot": periode.tot.isoformat()}


def _tellingen(periode):
    """{list: {value id (0: empty): count}} for one period: whole calendar months from
    the monthly counts, the loose days at either edge from the daily counts."""
    eerste_maand = periode.van if periode.van.day == 1 else volgende_maand(periode.van)
    laatste_maand = laatste_dag(periode.tot.replace(day=1))
    if laatste_maand != periode.tot:
        laatste_maand = periode.tot.replace(day=1) - datetime.timedelta(days=1)
    tellingen = defaultdict(lambda: defaultdict(int))
    if eerste_maand <= laatste_maand:
        bronnen = [
            MaandTelling.objects.filter(maand__gte=eerste_maand, maand__lte=laatste_maand),
            DagTelling.objects.filter(
                Q(dag__gte=periode.van, dag__lt=eerste_maand)
                | Q(dag__gt=laatste_maand, dag__lte=periode.tot)
            ),
        ]
    else:
        bronnen = [DagTelling.objects.filter(dag__gte=periode.van, dag__lte=periode.tot)]
    for bron in bronnen:
        rijen = bron.values_list("lijst", "waarde").annotate(n=Sum("aantal")).order_by()
        for lijst, waarde, n in rijen:
            tellingen[lijst][waarde] += n
    return tellingen


def volgende_maand(dag):
    return laatste_dag(dag.replace(day=1)) + datetime.timedelta(days=1)


def _paren(a, b, lijst):
    """{value id (0: empty): (count now, count in the comparison period)}."""
    ta, tb = a.get(lijst, {}), b.get(lijst, {})
    return {k: (ta.get(k, 0), tb.get(k, 0)) for k in ta.keys() | tb.keys()}


def _lijst_rijen(lijst, waarden, tellingen, totaal):
    """Rows in the list's own order, the empty bucket where the report puts it."""
    config = LIJSTEN[lijst]
    leeg = tellingen.get(0, (0, 0))
    leeg_rij = rij(config.leeg_label, leeg[0], leeg[1], totaal)
    rijen = []
    for waarde in waarden:
        a, b = tellingen.get(waarde.pk, (0, 0))
        if waarde.actief or a or b:
            rijen.append(rij(waarde.label, a, b, totaal, code=waarde.code))
        if config.leeg_na and waarde.code == config.leeg_na:
            rijen.append(leeg_rij)
            leeg_rij = None
    if leeg_rij is not None:
        rijen.append(leeg_rij)
    return rijen


def _nationaliteit_rijen(waarden, tellingen, totaal):
    landen = [(w, *tellingen.get(w.pk, (0, 0))) for w in waarden]
    top = sorted(
        (land for land in landen if land[1]), key=lambda land: (-land[1], land[0].volgorde)
    )
    top = top[:TOP_NATIONALITEITEN]
    top_ids = {land[0].pk for land in top}
    rest_a = sum(a for w, a, b in landen if w.pk not in top_ids)
    rest_b = sum(b for w, a, b in landen if w.pk not in top_ids)
    leeg = tellingen.get(0, (0, 0))
    return [
        *(rij(w.label, a, b, totaal, code=w.code) for w, a, b in top),
        rij(ANDERE_NATIONALITEITEN, rest_a, rest_b, totaal),
        rij(LIJSTEN[NATIONALITEIT].leeg_label, leeg[0], leeg[1], totaal),
    ]


def _thema_rijen(waarden, tellingen, met_thema, totaal, totaal_vgl):
    hoofdthemas = [w for w in waarden if w.parent_id is None]
    rijen = []
    for hoofd in hoofdthemas:
        a, b = tellingen.get(hoofd.pk, (0, 0))
        if not (hoofd.actief or a or b):
            continue
        hoofd_rij = rij(hoofd.label, a, b, totaal, code=hoofd.code)
        hoofd_rij.subthemas = []
        for sub in waarden:
            if sub.parent_id != hoofd.pk:
                continue
            sa, sb = tellingen.get(sub.pk, (0, 0))
            if sub.actief or sa or sb:
                hoofd_rij.subthemas.append(
                    rij(sub.label, sa, sb, totaal, code=sub.code, hoofd=hoofd_rij)
                )
        rijen.append(hoofd_rij)
    leeg = rij(NIET_INGEVULD, totaal - met_thema[0], totaal_vgl - met_thema[1], totaal)
    leeg.subthemas = []
    rijen.append(leeg)
    return rijen


def standaard_vergelijking(periode):
    return periode.jaar_eerder()


def statistiek(periode, vergelijking=None):
    """All tables for `periode` against `vergelijking` (default: a year earlier)."""
    vergelijking = vergelijking or standaard_vergelijking(periode)
    waarden_per_lijst = {naam: [] for naam in LIJSTEN}
    velden = ("pk", "lijst", "code", "label", "volgorde", "actief", "parent_id")
    for rij in Waarde.objects.order_by("volgorde", "label").values_list(*velden):
        waarde = _Waarde(*rij)
        waarden_per_lijst[waarde.lijst].append(waarde)

    a, b = _tellingen(periode), _tellingen(vergelijking)
    totaal, totaal_vgl = _paren(a, b, TOTAAL).get(0, (0, 0))

    tabellen = {}
    for naam in TABELLEN:
        if naam == THEMA:
            tabellen[naam] = _thema_rijen(
                waarden_per_lijst[THEMA],
                _paren(a, b, THEMA),
                _paren(a, b, MET_THEMA).get(0, (0, 0)),
                totaal,
                totaal_vgl,
            )
        elif naam == NATIONALITEIT:
            tabellen[naam] = _nationaliteit_rijen(
                waarden_per_lijst[naam], _paren(a, b, naam), totaal
            )
        else:
            tabellen[naam] = _lijst_rijen(naam, waarden_per_lijst[naam], _paren(a, b, naam), totaal)
    return Statistiek(
        periode=periode,
        vergelijking=vergelijking,
        totaal=totaal,
        totaal_vergelijking=totaal_vgl,
        tabellen=tabellen,
    )


def bereken(periode, vergelijking=None):
    """`statistiek()` as the plain structure of the JSON export."""
    return statistiek(periode, vergelijking).als_dict()
