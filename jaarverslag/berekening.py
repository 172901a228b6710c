"""The chapter "Juridische dienstverlening" of one year against a comparison year: pure
computation, no HTTP, no formatting.

`bereken(jaar, vergelijking)` returns a `Verslag`: `data` is the structure of the JSON
output (counts as integers, `evolutie` in percent, unrounded, None where the comparison is
0), `juridesk` the juridesk statistics object its tables are printed from (`data["juridesk"]`
is exactly what `juridesk_stats` writes for the same year). Every total is the sum of its
rows, computed here from the rows, never counted apart: the chapter cannot disagree with
itself.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Q, Sum
from wagtail.models import PageLogEntry

from juridesk import stats
from juridesk.lijsten import DOSSIER, sorteersleutel
from kennisbank.models import DossierPagina, NieuwsPagina, ThemaPagina
from nieuwsbrief.models import Abonnee, Editie, Levering, NieuwsItem
from rechtspraak.models import Uitspraak

from .lijsten import ActiviteitSoort, BegeleidingSoort, VormingSoort
from .models import Activiteit, ExterneCijfers, Sector, Vorming

# What the report counts as a moderation action in Wagtail's log: each change that went
# live or off line, and each change a moderator sent back.
MODERATIE_ACTIES = ("wagtail.publish", "wagtail.unpublish", "wagtail.workflow.reject")
# The years a report can be asked for (the comparison year is one of them too).
EERSTE_JAAR, LAATSTE_JAAR = 1990, 2100


def evolutie(nu, vroeger):
    """The change in percent, unrounded; None where there is nothing to compare with."""
    return (nu - vroeger) * 100 / vroeger if vroeger else None


@dataclass(eq=False)
class Verslag:
    jaar: int
    vergelijking: int
    data: dict
    juridesk: stats.Statistiek


def _jaar(jaar):
    return stats.Periode.jaar(jaar)


def _in_jaar(jaar, veld):
    """A filter on a datetime field for the Brussels calendar year."""
    begin, einde = _jaar(jaar).grenzen()
    return Q(**{f"{veld}__gte": begin, f"{veld}__lt": einde})


def _jaareinde(jaar):
    return _jaar(jaar).grenzen()[1]


# --- Publications -------------------------------------------------------------------


def _uitspraken(jaar):
    return Uitspraak.objects.filter(live=True, gepubliceerd_op__year=jaar).count()


def _abonnees(jaar):
    """E-newsletter subscribers at the end of the year: consent given before it and not
    unsubscribed (or undeliverable) before it."""
    einde = _jaareinde(jaar)
    return (
        Abonnee.objects.filter(nieuwsbrief=True, toestemming_op__lt=einde)
        .exclude(status=Abonnee.Status.WACHTEND)
        .filter(Q(uitgeschreven_op__isnull=True) | Q(uitgeschreven_op__gte=einde))
        .count()
    )


def _verzonden(jaar, soort):
    return Editie.objects.filter(
        _in_jaar(jaar, "verzonden_op"), soort=soort, status=Editie.Status.VERZONDEN
    )


def moderatie_acties(jaar, pagina_ids=None):
    acties = PageLogEntry.objects.filter(_in_jaar(jaar, "timestamp"), action__in=MODERATIE_ACTIES)
    if pagina_ids is not None:
        acties = acties.filter(page_id__in=pagina_ids)
    return acties.count()


def publicaties(jaar, vergelijking):
    einde = _jaareinde(jaar)
    themas = ThemaPagina.objects.live().filter(first_published_at__lt=einde)
    uitspraken, uitspraken_vgl = _uitspraken(jaar), _uitspraken(vergelijking)
    abonnees, abonnees_vgl = _abonnees(jaar), _abonnees(vergelijking)
    mailings = _verzonden(jaar, Editie.Soort.RECHTSPRAAK)
    nieuwsbrieven = _verzonden(jaar, Editie.Soort.NIEUWSBRIEF)
    return {
        "themapaginas": themas.count(),
        "themapaginas_bijgewerkt": themas.filter(laatst_bijgewerkt__year=jaar).count(),
        "nieuwspaginas": NieuwsPagina.objects.live().filter(datum__year=jaar).count(),
        "dossiers": DossierPagina.objects.live().filter(first_published_at__lt=einde).count(),
        "uitspraken": uitspraken,
        "uitspraken_vergelijking": uitspraken_vgl,
        "uitspraken_evolutie": evolutie(uitspraken, uitspraken_vgl),
        "rechtspraakmailings": mailings.count(),
        "rechtspraakmailing_ontvangers": Levering.objects.filter(
            editie__in=mailings, status=Levering.Status.VERZONDEN
        ).count(),
        "nieuwsbrieven": nieuwsbrieven.count(),
        "nieuwsbrief_berichten": NieuwsItem.objects.filter(editie__in=nieuwsbrieven).count(),
        "abonnees": abonnees,
        "abonnees_evolutie": evolutie(abonnees, abonnees_vgl),
        "moderatie_acties": moderatie_acties(jaar),
    }


# --- Trainings ----------------------------------------------------------------------


def _sectoren(gebruikt):
    """The sectors in their order: the active ones, and retired ones that have rows."""
    return [s for s in Sector.objects.order_by("volgorde", "label") if s.actief or s.pk in gebruikt]


def vormingen(jaar, vergelijking):
    rijen = (
        Vorming.objects.filter(datum__year=jaar)
        .values_list("soort", "sector")
        .annotate(aantal=Count("pk"), deelnemers=Sum("deelnemers"), lokaal=Sum("lokale_besturen"))
        .order_by()
    )
    per_soort = {s: [0, 0] for s in VormingSoort.values}
    per_sector = defaultdict(lambda: [0, 0])
    lokale_besturen = 0
    for soort, sector, aantal, deelnemers, lokaal in rijen:
        for teller in (per_soort[soort], per_sector[sector]):
            teller[0] += aantal
            teller[1] += deelnemers
        if soort != VormingSoort.INTERN:
            lokale_besturen += lokaal or 0
    soort_rijen = [
        {"label": VormingSoort(s).label, "aantal": a, "deelnemers": d}
        for s, (a, d) in per_soort.items()
    ]
    sector_rijen = [
        {"label": s.label, "aantal": per_sector[s.pk][0], "deelnemers": per_sector[s.pk][1]}
        for s in _sectoren(per_sector)
    ]
    extern = [per_soort[s] for s in VormingSoort.values if s != VormingSoort.INTERN]
    intern = per_soort[VormingSoort.INTERN]
    aantal = sum(r["aantal"] for r in soort_rijen)
    aantal_vgl = Vorming.objects.filter(datum__year=vergelijking).count()
    return {
        "aantal": aantal,
        "deelnemers": sum(r["deelnemers"] for r in soort_rijen),
        "aantal_vergelijking": aantal_vgl,
        "evolutie": evolutie(aantal, aantal_vgl),
        "extern": {
            "aantal": sum(a for a, _d in extern),
            "deelnemers": sum(d for _a, d in extern),
            "lokale_besturen": lokale_besturen,
        },
        "intern": {"aantal": intern[0], "deelnemers": intern[1]},
        "per_soort": soort_rijen,
        "per_sector": sector_rijen,
    }


# --- Coaching -----------------------------------------------------------------------


def _per_activiteit(tellingen):
    return {s: tellingen.get(s, 0) for s in ActiviteitSoort.values}


def begeleidingen(jaar):
    """A coaching counts in the year when it has an activity in it; only the activities
    dated in the year count."""
    activiteiten = Activiteit.objects.filter(datum__year=jaar)
    rijen = (
        activiteiten.values_list("begeleiding__soort", "begeleiding__sector", "soort")
        .annotate(n=Count("pk"))
        .order_by()
    )
    aantallen = (
        activiteiten.values_list("begeleiding__soort", "begeleiding__sector")
        .annotate(n=Count("begeleiding", distinct=True))
        .order_by()
    )
    soort_act = defaultdict(dict)
    sector_act = defaultdict(int)
    for soort, sector, activiteit, n in rijen:
        soort_act[soort][activiteit] = soort_act[soort].get(activiteit, 0) + n
        sector_act[sector] += n
    soort_aantal, sector_aantal = defaultdict(int), defaultdict(int)
    for soort, sector, n in aantallen:  # a coaching has one kind and one sector
        soort_aantal[soort] += n
        sector_aantal[sector] += n
    soort_rijen = []
    for soort in BegeleidingSoort.values:
        per_activiteit = _per_activiteit(soort_act[soort])
        soort_rijen.append(
            {
                "label": BegeleidingSoort(soort).label,
                "aantal": soort_aantal[soort],
                "activiteiten": sum(per_activiteit.values()),
                "per_activiteit": per_activiteit,
            }
        )
    sector_rijen = [
        {"label": s.label, "aantal": sector_aantal[s.pk], "activiteiten": sector_act[s.pk]}
        for s in _sectoren(sector_aantal)
    ]
    per_activiteit = {
        s: sum(r["per_activiteit"][s] for r in soort_rijen) for s in ActiviteitSoort.values
    }
    return {
        "aantal": sum(r["aantal"] for r in soort_rijen),
        "activiteiten": sum(per_activiteit.values()),
        "per_activiteit": per_activiteit,
        "per_soort": soort_rijen,
        "per_sector": sector_rijen,
    }


# --- Dossiers -----------------------------------------------------------------------


def _juridesk_per_dossier(statistiek):
    """{folded label or code: count} of the juridesk's dossier table."""
    vragen = {}
    for rij in statistiek.tabellen.get(DOSSIER, []):
        vragen[sorteersleutel(rij.label)] = rij.aantal
        if rij.code:
            vragen[sorteersleutel(rij.code)] = rij.aantal
    return vragen


def dossiers(jaar, statistiek):
    """Per dossier page: moderation actions on it and on its theme and news pages, the
    juridesk questions of the dossier of the same name (or code: the page's slug), and the
    trainings about it."""
    juridesk = _juridesk_per_dossier(statistiek)
    pagina_s = list(
        DossierPagina.objects.live()
        .filter(first_published_at__lt=_jaareinde(jaar))
        .order_by("path")
        .prefetch_related("themas", "nieuws")
    )
    trainingen = dict(
        Vorming.objects.filter(datum__year=jaar, dossier__isnull=False)
        .values_list("dossier")
        .annotate(n=Count("pk"))
        .order_by()
    )
    uit = []
    for dossier in pagina_s:
        paginas = {dossier.pk, *(p.pk for p in dossier.themas.all())}
        paginas |= {p.pk for p in dossier.nieuws.all()}
        vragen = juridesk.get(sorteersleutel(dossier.title))
        if vragen is None:
            vragen = juridesk.get(sorteersleutel(dossier.slug), 0)
        uit.append(
            {
                "titel": dossier.title,
                "moderatie_acties": moderatie_acties(jaar, paginas),
                "juridesk_vragen": vragen,
                "vormingen": trainingen.get(dossier.pk, 0),
            }
        )
    return uit


# --- Figures from outside -----------------------------------------------------------


def extern(jaar):
    cijfers = ExterneCijfers.objects.filter(jaar=jaar).first()
    if cijfers is None:
        return dict.fromkeys(ExterneCijfers.VELDEN)
    return cijfers.als_dict()


def bereken(jaar, vergelijking=None):
    """The whole chapter of `jaar` against `vergelijking` (default: the year before)."""
    vergelijking = vergelijking if vergelijking is not None else jaar - 1
    statistiek = stats.statistiek(_jaar(jaar), _jaar(vergelijking))
    data = {
        "jaar": jaar,
        "vergelijking": vergelijking,
        "publicaties": publicaties(jaar, vergelijking),
        "juridesk": statistiek.als_dict(),
        "vormingen": vormingen(jaar, vergelijking),
        "begeleidingen": begeleidingen(jaar),
        "dossiers": dossiers(jaar, statistiek),
        "extern": extern(jaar),
    }
    return Verslag(jaar=jaar, vergelijking=vergelijking, data=data, juridesk=statistiek)
