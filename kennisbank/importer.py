"""Import and export of kennisbank pages as JSON lines (the migration from the old site).

This module writes an import; importplan.py reads and checks the file first, omzetting.py turns
HTML into StreamField blocks and back, export.py writes the same format.

One line is one page::

    {"type": "thema", "pad": "verblijf/gezinshereniging/met-een-belg", "titel": "...",
     "samenvatting": "...", "inhoud_html": "<p>...</p><h2>...</h2>...", "bijgewerkt": "2025-03-01",
     "themas": ["verblijf/gezinshereniging"], "begrippen": ["begrippen/verblijfskaart"]}

Rules (the help text of `kennisbank_import` repeats them for the editors):

* The `pad` is the page's place under the home page (its URL without the slashes) and the key:
  a line whose pad exists updates that page, otherwise a page is made. Pages that are not in
  the file are never touched or deleted.
* Theme pages nest by pad. Parents may come anywhere in the file; a parent that is neither in
  the file nor in the database is made as an empty theme page whose title is derived from its
  slug ("internationaal-privaatrecht" -> "Internationaal privaatrecht"). The summary names them.
* News pads are "nieuws/<slug>", dossiers "dossiers/<slug>", begrippen "begrippen/<slug>": the
  first segment must be the slug of the section page (Nieuws, Dossiers, Begrippen); anything
  else is an error.
* References (`themas`, `begrippen`, `nieuws`) name pads of the right type, in the database or
  anywhere in the same file (so two theme pages may refer to each other).
* `inhoud_html` becomes the StreamField body: each `<h2>` a "Tussentitel" block (it feeds the
  "Op deze pagina" list), the HTML between them "Tekst" blocks, and these fragments become the
  other blocks (they are also what the export writes)::

      <section class="in-het-kort">...</section>                   In het kort
      <aside class="let-op"><p class="titel">Let op</p>...</aside>  Let op
      <section class="wetsverwijzingen"><h2>Regelgeving</h2>
        <ul><li><a href="URL">art. 10 Vreemdelingenwet</a>: toelichting</li>
            <li><cite>art. 12bis Vreemdelingenwet</cite></li></ul></section>   Wetsverwijzingen
      <section class="faq"><h2>Veelgestelde vragen</h2>
        <details><summary>Vraag?</summary><p>Antwoord</p></details></section>  Veelgestelde vragen
      <table><caption>...</caption><tr><th>...</th></tr><tr><td>...</td></tr></table>  Tabel

  Rich text is cleaned exactly as Wagtail's editor would store it (paragraphs, h3/h4, bold,
  italic, lists, links, ...); other markup is reduced to its text. A link to a page of this site
  (`<a href="/verblijf/">`) becomes a real Wagtail page link, and the export writes it back as
  that path, so links survive moves and the round trip is stable.
* Dossiers also take `"actueel": true|false`, `"nieuws": [pads]` and
  `"wijzigingen": [{"datum": "YYYY-MM-DD", "tekst_html": "..."}]`; theme pages take
  `"begrippen": [pads]`. A begrip's definition is `inhoud_html`, or else `samenvatting`.
* All or nothing: every line is checked before anything is written, and the writing happens in
  one transaction; the first bad line stops the import with its number and the reason.
* Idempotent: a page whose content equals the line is left alone (no new revision). A changed
  page gets a new revision that is published at once.
"""

import logging
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.signals import post_save
from wagtail.models import Page
from wagtail.signal_handlers import disable_reference_index_auto_update

from core.importing import ImportFout, voortgang

from . import verbanden
from .importplan import VERWIJZINGEN, maak_plan
from .omzetting import BLOCK_KEY_RE, TYPES, Links, relaties, rich_velden, vergelijkbaar

MEERVOUD = {
    "thema": ("themapagina", "themapagina's"),
    "nieuws": ("nieuwspagina", "nieuwspagina's"),
    "dossier": ("dossier", "dossiers"),
    "begrip": ("begrip", "begrippen"),
}

logger = logging.getLogger(__name__)


@dataclass
class Importverslag:
    """What an import did: pages new, changed and unchanged per type."""

    nieuw: int = 0
    gewijzigd: int = 0
    ongewijzigd: int = 0
    per_type: dict = field(default_factory=dict)
    ouders: list = field(default_factory=list)

    def __str__(self):
        soorten = ", ".join(
            f"{aantal} {MEERVOUD[t][0] if aantal == 1 else MEERVOUD[t][1]}"
            for t, aantal in self.per_type.items()
        )
        tekst = (
            f"{soorten or 'geen pagina’s'}: {self.nieuw} nieuw, {self.gewijzigd} gewijzigd, "
            f"{self.ongewijzigd} ongewijzigd"
        )
        if self.ouders:
            tekst += (
                f"; {len(self.ouders)} ontbrekende bovenliggende themapagina('s) aangemaakt: "
                + ", ".join(self.ouders)
            )
        return tekst


def _ouder_pad(regel):
    if regel.type == "thema":
        return regel.pad.rsplit("/", 1)[0] if "/" in regel.pad else ""
    return regel.pad.split("/", 1)[0]


@contextmanager
def index_achteraf():
    """Wagtail updates the search index and the reference index on every save of a page (three
    saves to create and publish one). During the import only the end result counts: the
    handlers are off, and importeer() updates both indexes once per written page.

    The reference index has a supported switch (Wagtail's disable_reference_index_auto_update).
    The search index has none (modelsearch's AUTO_UPDATE is fixed per backend in the settings),
    so this disconnects modelsearch's own save handler: the one place that knows its name.
    tests/kennisbank/test_import_index.py fails when that handler is renamed or no longer
    connected, or when the import indexes per save again."""
    from modelsearch.index import get_indexed_models
    from modelsearch.signal_handlers import post_save_signal_handler

    modellen = [m for m in get_indexed_models() if issubclass(m, Page)]
    losgekoppeld = [m for m in modellen if post_save.disconnect(post_save_signal_handler, sender=m)]
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in losgekoppeld:
            post_save.connect(post_save_signal_handler, sender=model)


def _zoekindex_bijwerken(pages):
    """Wagtail's own search index, in bulk per page type (as `update_index` does)."""
    from modelsearch.backends import get_search_backends_with_name

    per_klasse = {}
    for page in pages:
        per_klasse.setdefault(type(page), []).append(page)
    for naam, backend in get_search_backends_with_name(with_auto_update=True):
        for klasse, objecten in per_klasse.items():
            try:
                backend.add_bulk(klasse, objecten)
            except Exception:
                logger.exception("Zoekindex %s kon niet bijgewerkt worden", naam)
                if not backend.catch_indexing_errors:
                    raise


def importeer(path, stream=None):
    """Import a JSON-lines file (all or nothing) and return an Importverslag.

    Raises ImportFout naming the first bad line; nothing is written then."""
    from wagtail.tasks import update_reference_index_task

    plan = maak_plan(path, stream)
    with transaction.atomic():
        with index_achteraf():
            verslag, geschreven = _schrijf(plan, stream)
        _zoekindex_bijwerken(geschreven)
        for page in geschreven:
            update_reference_index_task.enqueue(
                page._meta.app_label, page._meta.model_name, str(page.pk)
            )
    return verslag


def _schrijf(plan, stream):
    """Write the plan; return the Importverslag and the pages that got a new revision."""
    verslag = Importverslag(ouders=list(plan.ouders))
    pad_naar_id = {pad: b.pk for pad, b in plan.bestaand.items()}
    live = {b.pk for b in plan.bestaand.values() if b.live}
    nieuw = _maak_nieuwe_paginas(plan, pad_naar_id)
    id_naar_pad = {pk: pad for pad, pk in pad_naar_id.items()}
    links = Links(plan.home_url_path, pad_naar_id, id_naar_pad)
    pages, huidige_refs = _laad_paginas(plan, pad_naar_id)
    geschreven = []
    for regel in voortgang(plan.regels, desc="invoeren", stream=stream):
        page = pages[pad_naar_id[regel.pad]]
        is_nieuw = regel.pad in nieuw
        gewenst = _gewenste_velden(regel, links)
        huidig = {
            veld: huidige_refs[(regel.type, veld)].get(page.pk, set())
            for veld in regel.verwijzingen
        }
        gewenste_refs = _gewenste_verwijzingen(regel, huidig, pad_naar_id, id_naar_pad, live)
        verslag.per_type[regel.type] = verslag.per_type.get(regel.type, 0) + 1
        if not is_nieuw and page.live and _is_gelijk(page, gewenst, gewenste_refs):
            verslag.ongewijzigd += 1
            continue
        _publiceer(page, regel, gewenst, gewenste_refs, is_nieuw)
        geschreven.append(page)
        if is_nieuw:
            verslag.nieuw += 1
        else:
            verslag.gewijzigd += 1
    return verslag, geschreven


def _maak_nieuwe_paginas(plan, pad_naar_id):
    """Make every page that does not exist yet (parents first, unpublished), so that references
    and links to pages further on in the file can be resolved. Adds them to pad_naar_id and
    returns their pads."""
    nieuw = set()
    ouders = {}
    for regel in sorted(plan.regels, key=lambda r: r.pad.count("/")):
        if regel.pad in pad_naar_id:
            continue
        ouder_pad = _ouder_pad(regel)
        if ouder_pad not in ouders:
            ouders[ouder_pad] = (
                plan.home if not ouder_pad else Page.objects.get(pk=pad_naar_id[ouder_pad]).specific
            )
        velden = {k: v for k, v in regel.velden.items()}
        page = TYPES[regel.type](slug=regel.pad.rsplit("/", 1)[-1], live=False, **velden)
        try:
            ouders[ouder_pad].add_child(instance=page)
        except ValidationError as exc:
            raise ImportFout(regel.nummer, _fouttekst(exc)) from None
        pad_naar_id[regel.pad] = page.pk
        nieuw.add(regel.pad)
    return nieuw


def _laad_paginas(plan, pad_naar_id):
    """The pages of the plan ({id: page}) and their current references
    ({(type, model field): {id: set of target ids}}), a few queries per page type."""
    pages = {}
    huidige_refs = {}
    for soort, klasse in TYPES.items():
        ids = [pad_naar_id[r.pad] for r in plan.regels if r.type == soort]
        for page in klasse.objects.filter(pk__in=ids):
            pages[page.pk] = page
        for modelveld, _doeltype in VERWIJZINGEN[soort].values():
            huidige_refs[(soort, modelveld)] = relaties(klasse, modelveld, ids)
    return pages, huidige_refs


def _gewenste_velden(regel, links):
    """The line's field values as the page stores them: hrefs to pages of the site as links."""
    gewenst = {}
    for naam, waarde in regel.velden.items():
        if naam in ("body", "wijzigingen"):
            waarde = rich_velden(waarde, links.naar_linktypes)
        elif naam in ("in_het_kort", "definitie"):
            waarde = links.naar_linktypes(waarde)
        gewenst[naam] = waarde
    return gewenst


def _gewenste_verwijzingen(regel, huidig, pad_naar_id, id_naar_pad, live):
    """{model field: (wanted target ids, current target ids)} for the line's references."""
    gewenste_refs = {}
    for modelveld, paden in regel.verwijzingen.items():
        ids = [pad_naar_id[p] for p in paden]
        nu = huidig[modelveld]
        # references to unpublished pages are not exported: keep them
        ids += sorted(pk for pk in nu if pk not in live and pk not in ids and pk in id_naar_pad)
        gewenste_refs[modelveld] = (ids, nu)
    return gewenste_refs


def _is_gelijk(page, gewenst, gewenste_refs):
    """Whether the page already holds what the line says (then it gets no new revision)."""
    for naam, waarde in gewenst.items():
        huidig = getattr(page, naam)
        if naam in ("body", "wijzigingen"):
            if vergelijkbaar(huidig.get_prep_value()) != vergelijkbaar(waarde):
                return False
        elif isinstance(huidig, str) and isinstance(waarde, str):
            if BLOCK_KEY_RE.sub("", huidig) != waarde:
                return False
        elif huidig != waarde:
            return False
    return all(set(ids) == huidig for ids, huidig in gewenste_refs.values())


def _publiceer(page, regel, gewenst, gewenste_refs, is_nieuw):
    """Fill in the page and publish a new revision of it."""
    for naam, waarde in gewenst.items():
        setattr(page, naam, waarde)
    for modelveld, (ids, _huidig) in gewenste_refs.items():
        verbanden.zet_verbanden(page, modelveld, ids)
    try:
        # a new page is validated in full once, when publishing saves it live
        revisie = page.save_revision(clean=not is_nieuw)
        revisie.publish(skip_permission_checks=True)
    except ValidationError as exc:
        raise ImportFout(regel.nummer, _fouttekst(exc)) from None


def _fouttekst(exc):
    if hasattr(exc, "message_dict"):
        return "; ".join(f"{veld}: {' '.join(fouten)}" for veld, fouten in exc.message_dict.items())
    return " ".join(exc.messages)
