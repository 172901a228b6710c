"""Find a value of a list from what a person typed or a CSV file holds: labels without
regard to case or accents, codes, and for themes "Hoofdthema > Subthema"."""

from .lijsten import THEMA, sorteersleutel
from .models import Waarde


class OnbekendeWaarde(ValueError):
    pass


class Zoeker:
    def __init__(self, lijst, alleen_actief=False, queryset=None):
        self.lijst = lijst
        waarden = queryset if queryset is not None else Waarde.objects.filter(lijst=lijst)
        if alleen_actief:
            waarden = waarden.filter(actief=True)
        self.waarden = list(waarden.select_related("parent").order_by("volgorde", "label"))
        self.index = {}
        for waarde in self.waarden:
            for sleutel in self.sleutels(waarde):
                self.index.setdefault(sleutel, []).append(waarde)

    @staticmethod
    def sleutels(waarde):
        sleutels = {sorteersleutel(waarde.label), sorteersleutel(waarde.code)}
        if waarde.parent_id:
            sleutels.add(sorteersleutel(f"{waarde.parent.label} > {waarde.label}"))
            sleutels.add(sorteersleutel(f"{waarde.parent.label} - {waarde.label}"))
        return sleutels

    @staticmethod
    def weergave(waarde):
        """What the type-ahead offers: 'Verblijfsrecht > Gezinshereniging'."""
        return str(waarde)

    def vind(self, tekst, prefix=False):
        """The value for `tekst`, None for an empty text; OnbekendeWaarde otherwise."""
        sleutel = sorteersleutel(tekst)
        if not sleutel:
            return None
        treffers = self.index.get(sleutel, [])
        if not treffers and prefix:
            treffers = [
                w for w in self.waarden if any(s.startswith(sleutel) for s in self.sleutels(w))
            ]
        if len(treffers) == 1:
            return treffers[0]
        if len(treffers) > 1 and self.lijst == THEMA:
            # "Werk" is both a sector-like top word and a sub-theme: prefer a sub-theme.
            subs = [w for w in treffers if w.parent_id]
            if len(subs) == 1:
                return subs[0]
        if treffers:
            opties = ", ".join(self.weergave(w) for w in treffers[:5])
            raise OnbekendeWaarde(f"'{tekst}' is niet eenduidig: bedoelt u {opties}?")
        raise OnbekendeWaarde(f"'{tekst}' staat niet in de lijst.")
