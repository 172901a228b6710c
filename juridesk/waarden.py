"""Find a value of a list from what a person typed or a CSV file holds: labels without
regard to case or accents, codes, and for themes "Hoofdthema > Subthema".

The values are read as plain tuples (a few hundred countries and themes): building model
instances for all of them on every form would cost more than the rest of the save."""

import re
from dataclasses import dataclass

from .lijsten import THEMA, sorteersleutel
from .models import Waarde


class OnbekendeWaarde(ValueError):
    pass


@dataclass(frozen=True)
class Optie:
    pk: int
    code: str
    label: str
    parent_id: int | None
    parent_label: str | None
    actief: bool

    def __str__(self):
        if self.parent_label:
            return f"{self.parent_label} > {self.label}"
        return self.label

    def als_waarde(self, lijst):
        return Waarde(
            pk=self.pk,
            lijst=lijst,
            code=self.code,
            label=self.label,
            parent_id=self.parent_id,
            actief=self.actief,
        )


# (lijst, alleen_actief) -> (rows, options, index): the rows are read on every use (one
# small query), the index is only rebuilt when they changed.
_CACHE = {}


class Zoeker:
    def __init__(self, lijst, alleen_actief=False):
        self.lijst = lijst
        waarden = Waarde.objects.filter(lijst=lijst)
        if alleen_actief:
            waarden = waarden.filter(actief=True)
        rijen = list(
            waarden.order_by("volgorde", "label").values_list(
                "pk", "code", "label", "parent_id", "parent__label", "actief"
            )
        )
        bewaard = _CACHE.get((lijst, alleen_actief))
        if bewaard and bewaard[0] == rijen:
            self.opties, self.index = bewaard[1], bewaard[2]
            return
        self.opties = [Optie(*rij) for rij in rijen]
        self.index = {}
        for optie in self.opties:
            for sleutel in self.sleutels(optie):
                self.index.setdefault(sleutel, []).append(optie)
        _CACHE[(lijst, alleen_actief)] = (rijen, self.opties, self.index)

    @staticmethod
    def sleutels(optie):
        sleutels = {sorteersleutel(optie.label), sorteersleutel(optie.code)}
        if optie.parent_label:
            sleutels.add(sorteersleutel(f"{optie.parent_label} > {optie.label}"))
            sleutels.add(sorteersleutel(f"{optie.parent_label} - {optie.label}"))
        return sleutels

    def weergaven(self):
        """What the type-ahead offers: 'Verblijfsrecht > Gezinshereniging', 'Marokko'."""
        return [str(optie) for optie in self.opties]

    def vind(self, tekst, prefix=False):
        """The Waarde for `tekst` (None for an empty text); OnbekendeWaarde otherwise.
        The Waarde is unsaved-looking but carries the real pk: fit for a foreign key."""
        sleutel = sorteersleutel(tekst)
        if not sleutel:
            return None
        treffers = self.index.get(sleutel, [])
        if not treffers and prefix:
            treffers = [
                o for o in self.opties if any(s.startswith(sleutel) for s in self.sleutels(o))
            ]
        if not treffers and prefix:
            # a word inside the label: "steun" for "Sociaal recht > OCMW-steun"
            woord = re.compile(r"(?:^|[\s>\-(/,.])" + re.escape(sleutel))
            treffers = [o for o in self.opties if woord.search(sorteersleutel(str(o)))]
        if len(treffers) > 1 and self.lijst == THEMA:
            # a top theme and a sub-theme with the same beginning: prefer the only sub-theme
            subs = [o for o in treffers if o.parent_id]
            if len(subs) == 1:
                treffers = subs
        if len(treffers) == 1:
            waarde = treffers[0].als_waarde(self.lijst)
            waarde._state.adding = False
            waarde._state.db = "default"
            return waarde
        if treffers:
            opties = ", ".join(str(o) for o in treffers[:5])
            raise OnbekendeWaarde(f"'{tekst}' is niet eenduidig: bedoelt u {opties}?")
        raise OnbekendeWaarde(f"'{tekst}' staat niet in de lijst.")
