"""The site's pages as juridesk sees them: through Wagtail's own `Page` and `Site` models,
never through kennisbank (juridesk imports no other app, ARCHITECTURE.md). A page is named
by its pad, the path below the site's home page ("verblijf/gezinshereniging"), as the
kennisbank import and export name it; theme pages are recognised by their content type's
name ("kennisbank.themapagina")."""

import re
from urllib.parse import urlsplit

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from .lijsten import sorteersleutel
from .models import THEMAPAGINA_MODEL


class OnbekendePagina(ValueError):
    pass


def _root_path():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site.root_page.url_path if site else "/"


def pad_van(url_path, root_path):
    """'/home/verblijf/gezinshereniging/' -> 'verblijf/gezinshereniging'."""
    if url_path.startswith(root_path):
        url_path = url_path[len(root_path) :]
    return url_path.strip("/")


def themapaginas():
    """The live theme pages (by the content type's name: no import of kennisbank)."""
    app_label, model = THEMAPAGINA_MODEL.lower().split(".")
    try:
        soort = ContentType.objects.get_by_natural_key(app_label, model)
    except ContentType.DoesNotExist:
        return Page.objects.none()
    return Page.objects.filter(content_type=soort, live=True)


def weergave(titel, pad):
    """What a page field shows and accepts: 'Gezinshereniging (/verblijf/gezinshereniging/)'."""
    return f"{titel} (/{pad}/)" if pad else f"{titel} (/)"


class PaginaZoeker:
    """Find a page from what a person typed or a CSV file holds: a pad ('verblijf/gezins-
    hereniging', with or without slashes), a link to it on the site, a label as the page
    field shows it ('Titel (/pad/)'), or the title of one theme page (or the unique
    beginning of one, when `prefix`)."""

    def __init__(self):
        self.root = _root_path()
        self.paginas = {}  # pad -> (pk, title)
        for pk, titel, url_path in Page.objects.filter(depth__gt=1).values_list(
            "pk", "title", "url_path"
        ):
            self.paginas[pad_van(url_path, self.root)] = (pk, titel)
        self.themas = {}  # normalised title -> [pad]
        self.thema_pks = set()
        for pk, titel, url_path in themapaginas().values_list("pk", "title", "url_path"):
            self.themas.setdefault(sorteersleutel(titel), []).append(pad_van(url_path, self.root))
            self.thema_pks.add(pk)

    def pad(self, url_path):
        return pad_van(url_path, self.root)

    def weergave(self, pad):
        return weergave(self.paginas[pad][1], pad)

    def vind(self, tekst, prefix=False):
        """The page's pk for `tekst` (None for an empty text); OnbekendePagina otherwise."""
        tekst = (tekst or "").strip()
        if not tekst:
            return None
        label = re.fullmatch(r"(.*)\((/[^()]*)\)\s*", tekst)
        if label or "/" in tekst:
            pad = urlsplit(label.group(2) if label else tekst).path.strip("/")
            if pad in self.paginas:
                return self.paginas[pad][0]
            if not label:
                raise OnbekendePagina(f"'{tekst}' is geen pagina van de site.")
        pad = tekst.strip("/")
        sleutel = sorteersleutel(label.group(1) if label else tekst)
        treffers = self.themas.get(sleutel, [])
        if not treffers and prefix and len(sleutel) >= 3:
            treffers = [p for s, pads in self.themas.items() if s.startswith(sleutel) for p in pads]
        if not treffers and pad in self.paginas:
            treffers = [pad]
        if len(treffers) == 1:
            return self.paginas[treffers[0]][0]
        if treffers:
            opties = ", ".join(self.weergave(p) for p in sorted(treffers)[:5])
            raise OnbekendePagina(f"'{tekst}' is niet eenduidig: bedoelt u {opties}?")
        raise OnbekendePagina(f"'{tekst}' is geen pagina van de site.")
