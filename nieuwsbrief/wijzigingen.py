"""What counts as a change for a followed thing in a period (the digests, the Atom feeds).

The dates are the ones readers see, so importing older content alerts nobody and a typo fix
(date not moved) is no change:

* a theme page whose "laatst inhoudelijk bijgewerkt" falls in the period (with the editor's
  "wat is er gewijzigd"); a follower of a theme hears of its sub-themes too;
* a news page whose `datum` falls in the period and that links to the theme (or its
  sub-themes), or that the dossier lists;
* a judgment whose `gepubliceerd_op` falls in the period and that is linked to the theme (or
  its sub-themes) or the dossier, is from the followed court, matches the saved search, or
  any judgment for "alle rechtspraak";
* a dossier's "wijziging" dated in the period.

Only what is live and public counts. Everything is read once per period (`Wijzigingen`), then
each followed thing is a lookup: 25,000 digests cost as much as the distinct things followed.
"""

import datetime

from django.conf import settings
from django.utils.formats import date_format
from django.utils.html import strip_tags

from .rechtspraak import uitspraken_die_voldoen
from .volgmodellen import zoekopdracht_label


def periode(frequentie, tot: datetime.date):
    """(first day, last day) of the day or the week that ends on `tot`, both included."""
    return (tot - datetime.timedelta(days=6) if frequentie == "week" else tot), tot


def _absoluut(url):
    url = url or "/"
    return url if url.startswith(("http://", "https://")) else settings.SITE_URL + url


SOORT_LABELS = {
    "thema": "Themapagina bijgewerkt",
    "nieuws": "Nieuws",
    "uitspraak": "Rechtspraak",
    "wijziging": "Wijziging in het dossier",
}


def _item(soort, titel, link, datum, tekst=""):
    return {
        "soort": soort,
        "soort_label": SOORT_LABELS[soort],
        "titel": titel,
        "link": _absoluut(link),
        "datum": datum.isoformat(),
        "datum_tekst": date_format(datum, "j F Y"),
        "tekst": tekst,
    }


class Wijzigingen:
    """The changes of one period, read once; `voor(sleutel)` per followed thing."""

    def __init__(self, van: datetime.date, tot: datetime.date):
        from kennisbank.models import DossierPagina, NieuwsPagina, ThemaPagina
        from rechtspraak.models import Uitspraak

        self.van, self.tot = van, tot
        self._cache = {}
        self.themas = {
            t.pk: t
            for t in ThemaPagina.objects.live()
            .public()
            .only("pk", "title", "path", "url_path", "laatst_bijgewerkt", "wat_gewijzigd")
        }
        self.bijgewerkt = [
            t
            for t in self.themas.values()
            if t.laatst_bijgewerkt and van <= t.laatst_bijgewerkt <= tot
        ]
        self.nieuws = {
            n.pk: n
            for n in NieuwsPagina.objects.live()
            .public()
            .filter(datum__gte=van, datum__lte=tot)
            .only("pk", "title", "url_path", "datum", "samenvatting")
        }
        self.nieuws_themas = _paren(
            NieuwsPagina.objects.filter(pk__in=self.nieuws).values_list("pk", "themas")
        )
        self.uitspraken = {
            u.pk: u
            for u in Uitspraak.objects.filter(live=True, gepubliceerd_op__gte=van)
            .filter(gepubliceerd_op__lte=tot)
            .select_related("instantie")
            .defer("tekst", "zoek_kop", "zoek_tekst", "wetgeving")
            .order_by("-gepubliceerd_op", "-datum", "pk")
        }
        ids = list(self.uitspraken)
        self.uitspraak_themas = _paren(
            Uitspraak.objects.filter(pk__in=ids).values_list("pk", "themas")
        )
        self.uitspraak_dossiers = _paren(
            Uitspraak.objects.filter(pk__in=ids).values_list("pk", "dossiers")
        )
        self.dossiers = {
            d.pk: d
            for d in DossierPagina.objects.live()
            .public()
            .only("pk", "title", "url_path", "wijzigingen")
        }

    # --- the items ---------------------------------------------------------------------

    def _thema_item(self, thema):
        return _item(
            "thema",
            f"{thema.title}: inhoudelijk bijgewerkt",
            thema.url,
            thema.laatst_bijgewerkt,
            thema.wat_gewijzigd,
        )

    def _nieuws_item(self, nieuws):
        return _item("nieuws", nieuws.title, nieuws.url, nieuws.datum, nieuws.samenvatting)

    def _uitspraak_item(self, uitspraak):
        return _item(
            "uitspraak",
            f"{uitspraak.referentie}: {uitspraak.titel}",
            uitspraak.full_url,
            uitspraak.gepubliceerd_op,
            uitspraak.samenvatting,
        )

    def _uitspraken(self, pks):
        return [self._uitspraak_item(self.uitspraken[pk]) for pk in self.uitspraken if pk in pks]

    # --- per followed thing ------------------------------------------------------------

    def voor(self, sleutel):
        """{"titel", "link", "items"} of the followed thing, or None when nothing changed."""
        if sleutel not in self._cache:
            self._cache[sleutel] = self._bereken(sleutel)
        return self._cache[sleutel]

    def _bereken(self, sleutel):
        soort, _, waarde = sleutel.partition(":")
        if soort == "thema":
            kop, items = self._thema(int(waarde))
        elif soort == "dossier":
            kop, items = self._dossier(int(waarde))
        elif soort == "instantie":
            kop, items = self._instantie(int(waarde))
        elif soort == "zoekopdracht":
            kop, items = self._zoekopdracht(waarde)
        elif soort == "rechtspraak":
            kop, items = (
                ("Alle nieuwe rechtspraak", "/rechtspraak/"),
                self._uitspraken(set(self.uitspraken)),
            )
        else:
            return None
        if not items:
            return None
        items.sort(key=lambda item: item["datum"], reverse=True)  # stable: kinds stay grouped
        return {"titel": kop[0], "link": _absoluut(kop[1]), "items": items}

    def _thema(self, pk):
        thema = self.themas.get(pk)
        if thema is None:
            return None, []
        boom = {t.pk for t in self.themas.values() if t.path.startswith(thema.path)}
        items = [
            self._thema_item(t)
            for t in sorted(self.bijgewerkt, key=lambda t: t.path)
            if t.pk in boom
        ]
        items += [
            self._nieuws_item(n)
            for n in self.nieuws.values()
            if self.nieuws_themas.get(n.pk, set()) & boom
        ]
        items += self._uitspraken(
            {pk for pk, themas in self.uitspraak_themas.items() if themas & boom}
        )
        return (f"Thema: {thema.title}", thema.url), items

    def _dossier(self, pk):
        dossier = self.dossiers.get(pk)
        if dossier is None:
            return None, []
        items = [
            _item(
                "wijziging",
                f"{dossier.title}: nieuwe wijziging",
                f"{dossier.url}#wijzigingen-titel",
                blok.value["datum"],
                strip_tags(str(blok.value["tekst"].source)).strip(),
            )
            for blok in dossier.wijzigingen
            if blok.value.get("datum") and self.van <= blok.value["datum"] <= self.tot
        ]
        nieuws_ids = set(dossier.nieuws.values_list("pk", flat=True)) & set(self.nieuws)
        items += [self._nieuws_item(self.nieuws[n]) for n in sorted(nieuws_ids)]
        items += self._uitspraken(
            {u for u, dossiers in self.uitspraak_dossiers.items() if pk in dossiers}
        )
        return (f"Dossier: {dossier.title}", dossier.url), items

    def _instantie(self, pk):
        pks = {u.pk for u in self.uitspraken.values() if u.instantie_id == pk}
        if not pks:
            return None, []
        naam = next(u.instantie.naam for u in self.uitspraken.values() if u.pk in pks)
        code = next(u.instantie.code for u in self.uitspraken.values() if u.pk in pks)
        return (f"Rechtspraak van {naam}", f"/rechtspraak/?instantie={code}"), self._uitspraken(pks)

    def _zoekopdracht(self, querystring):
        pks = uitspraken_die_voldoen(querystring, list(self.uitspraken.values()))
        kop = (f"Zoekopdracht: {zoekopdracht_label(querystring)}", f"/rechtspraak/?{querystring}")
        return kop, self._uitspraken(pks)


def _paren(rijen):
    """(id, linked id or None) rows -> {id: {linked ids}}."""
    paren = {}
    for pk, ander in rijen:
        if ander is not None:
            paren.setdefault(pk, set()).add(ander)
    return paren
