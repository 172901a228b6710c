"""Following: a subscriber's choices (theme pages, dossiers, courts, saved case-law searches,
all case law) turned into `Volg` rows. A choice is a pair [soort, waarde] (page or court id,
the search's query string, "" for all case law): the form gives them, the confirmation link
carries them (signed), the import reads them."""

from django.db import transaction

from .models import Abonnee, Volg
from .rechtspraak import normaliseer_zoekopdracht

FREQUENTIES = {"dag": "Dagelijks", "week": "Wekelijks"}


def sleutel_van(soort, waarde):
    return soort if soort == Volg.Soort.RECHTSPRAAK else f"{soort}:{waarde}"


def volg_rijen(abonnee, keuzes) -> list[Volg]:
    """Unsaved `Volg` rows for the choices that still exist (a page deleted since the link
    was made is left out)."""
    from kennisbank.models import DossierPagina, ThemaPagina
    from rechtspraak.models import Instantie

    ids = {soort: {int(w) for s, w in keuzes if s == soort} for soort in ("thema", "dossier")}
    paginas = {
        "thema": set(ThemaPagina.objects.filter(pk__in=ids["thema"]).values_list("pk", flat=True)),
        "dossier": set(
            DossierPagina.objects.filter(pk__in=ids["dossier"]).values_list("pk", flat=True)
        ),
    }
    instanties = set(
        Instantie.objects.filter(
            pk__in=[int(w) for s, w in keuzes if s == "instantie"]
        ).values_list("pk", flat=True)
    )
    rijen = {}
    for soort, waarde in keuzes:
        rij = None
        if soort in paginas and int(waarde) in paginas[soort]:
            rij = Volg(abonnee=abonnee, soort=soort, pagina_id=int(waarde))
            waarde = int(waarde)
        elif soort == "instantie" and int(waarde) in instanties:
            rij = Volg(abonnee=abonnee, soort=soort, instantie_id=int(waarde))
        elif soort == "zoekopdracht":
            waarde = normaliseer_zoekopdracht(waarde)
            rij = Volg(abonnee=abonnee, soort=soort, zoekopdracht=waarde)
        elif soort == "rechtspraak":
            rij = Volg(abonnee=abonnee, soort=soort)
        if rij is not None:
            rij.sleutel = sleutel_van(soort, waarde)
            rijen[rij.sleutel] = rij
    return list(rijen.values())


def keuzes_van(abonnee) -> list[list]:
    """Her current follows as choices (the form's initial values)."""
    keuzes = []
    for volg in abonnee.volgt.all():
        waarde = {
            "thema": volg.pagina_id,
            "dossier": volg.pagina_id,
            "instantie": volg.instantie_id,
            "zoekopdracht": volg.zoekopdracht,
        }.get(volg.soort, "")
        keuzes.append([volg.soort, waarde])
    return keuzes


def beschrijf(keuzes) -> str:
    """ "Volgt: Thema: Gezinshereniging; Alle nieuwe rechtspraak." for the consent record."""
    labels = [rij.label for rij in volg_rijen(None, keuzes)]
    return f"Volgt: {'; '.join(labels)}." if labels else ""


@transaction.atomic
def volg(abonnee: Abonnee, keuzes, frequentie=None, vervang=False):
    """Add the choices to what she follows (`vervang`: instead of it). Following nothing
    any more stops the alerts; following something starts them for a subscribed address
    (the caller asked for the consent: the confirmation link or her personal manage link)."""
    rijen = volg_rijen(abonnee, keuzes)
    if vervang:
        abonnee.volgt.exclude(sleutel__in=[r.sleutel for r in rijen]).delete()
    Volg.objects.bulk_create(rijen, ignore_conflicts=True)
    if frequentie in FREQUENTIES and frequentie != abonnee.frequentie:
        abonnee.frequentie = frequentie
        abonnee.save(update_fields=["frequentie", "gewijzigd_op"])
    volgt_iets = abonnee.volgt.exists()
    if abonnee.status == Abonnee.Status.INGESCHREVEN:
        if volgt_iets and not abonnee.meldingen:
            abonnee.kies_lijsten([*abonnee.lijsten, "meldingen"])
        elif not volgt_iets and abonnee.meldingen:
            abonnee.schrijf_uit("meldingen", reden="volgt niets meer")
    return volgt_iets
