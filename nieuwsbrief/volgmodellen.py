"""What a subscriber follows (`Volg`) and the digests of one period (`Meldingronde`: the
changes of the period, frozen when the digests are composed; `Melding`: which of them go into
one delivery). The digests themselves are editions of soort "meldingen", sent by the same
delivery machinery as the newsletter (verzending.py), one `Levering` per subscriber and period.
"""

from django.db import models
from django.utils import timezone


class Volg(models.Model):
    """One thing one subscriber follows. `sleutel` names it the way the change computation
    (wijzigingen.py) does: "thema:<page id>", "dossier:<page id>", "instantie:<id>",
    "zoekopdracht:<query string of the case-law search>" or "rechtspraak" (all case law)."""

    class Soort(models.TextChoices):
        THEMA = "thema", "Thema"
        DOSSIER = "dossier", "Dossier"
        INSTANTIE = "instantie", "Instantie"
        ZOEKOPDRACHT = "zoekopdracht", "Zoekopdracht in de rechtspraak"
        RECHTSPRAAK = "rechtspraak", "Alle rechtspraak"

    abonnee = models.ForeignKey(
        "nieuwsbrief.Abonnee", on_delete=models.CASCADE, related_name="volgt"
    )
    soort = models.CharField("Soort", max_length=20, choices=Soort.choices)
    sleutel = models.CharField(max_length=600)
    pagina = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="Pagina",
    )
    instantie = models.ForeignKey(
        "rechtspraak.Instantie",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="Instantie",
    )
    zoekopdracht = models.CharField("Zoekopdracht", max_length=500, blank=True)
    aangemaakt_op = models.DateTimeField("Gevolgd sinds", default=timezone.now)

    class Meta:
        verbose_name = "Gevolgd onderwerp"
        verbose_name_plural = "Gevolgde onderwerpen"
        ordering = ["soort", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["abonnee", "sleutel"], name="nieuwsbrief_volg_uniek"),
        ]

    def __str__(self):
        return self.label

    @property
    def label(self):
        if self.soort == self.Soort.RECHTSPRAAK:
            return "Alle nieuwe rechtspraak"
        if self.soort == self.Soort.ZOEKOPDRACHT:
            return f"Zoekopdracht in de rechtspraak: {zoekopdracht_label(self.zoekopdracht)}"
        if self.soort == self.Soort.INSTANTIE:
            return f"Rechtspraak van {self.instantie}"
        return f"{self.get_soort_display()}: {self.pagina.title if self.pagina else '?'}"


def zoekopdracht_label(querystring):
    """ "vreemdelingen gezin, instantie rvv": the saved search as words, for people."""
    from urllib.parse import parse_qsl

    delen = [
        waarde if naam == "q" else f"{naam} {waarde}"
        for naam, waarde in parse_qsl(querystring)
        if naam not in ("page", "sortering")
    ]
    return ", ".join(delen) or "alle rechtspraak"


class Meldingronde(models.Model):
    """The digests of one period ("dag" or "week" ending on `tot`, that day included): the
    edition that carries them and the changes per followed thing, as the mail shows them."""

    editie = models.OneToOneField(
        "nieuwsbrief.Editie", on_delete=models.CASCADE, related_name="meldingronde"
    )
    frequentie = models.CharField(max_length=4)
    van = models.DateField()
    tot = models.DateField()
    # sleutel -> {"titel", "link", "items": [{"soort", "titel", "link", "datum", "tekst"}]}
    wijzigingen = models.JSONField(default=dict)

    class Meta:
        verbose_name = "Meldingronde"
        verbose_name_plural = "Meldingrondes"
        constraints = [
            models.UniqueConstraint(
                fields=["frequentie", "tot"], name="nieuwsbrief_meldingronde_uniek"
            ),
        ]

    def __str__(self):
        return f"{self.frequentie} {self.van} – {self.tot}"


class Melding(models.Model):
    """Which followed things (keys of the round's `wijzigingen`) one digest lists."""

    levering = models.OneToOneField(
        "nieuwsbrief.Levering", on_delete=models.CASCADE, primary_key=True, related_name="melding"
    )
    sleutels = models.JSONField(default=list)

    class Meta:
        verbose_name = "Melding"
        verbose_name_plural = "Meldingen"

    def __str__(self):
        return f"{self.levering_id}: {', '.join(self.sleutels)}"
