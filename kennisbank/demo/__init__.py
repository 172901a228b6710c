"""(A package rather than kennisbank/demo.py, so the JSONL and its generator live beside it.)

Demo content of the kennisbank (for `make run` and the tests), loaded through the real
importer: about sixty theme pages, thirty news pages, three dossiers and twenty begrippen from
kennisbank/demo/kennisbank.jsonl, plus the juridesk page and the home page intro.

Idempotent: a second run finds every page equal to its line and writes nothing."""

from pathlib import Path

from ..importer import importeer, rich_text
from ..models import HomePage, JurideskPagina

BESTAND = Path(__file__).resolve().parent / "kennisbank.jsonl"

JURIDESK = {
    "intro": rich_text(
        "<p>De juridesk beantwoordt concrete vragen van <b>professionals</b>: sociaal werkers, "
        "medewerkers van gemeenten en OCMW's, advocaten, leerkrachten en vrijwilligers die "
        "vreemdelingen begeleiden.</p>"
        "<p>Vragen over vreemdelingenrecht stel je telefonisch. Vragen over internationaal "
        "familierecht (huwelijk, afstamming, namen, buitenlandse documenten) stel je per "
        "e-mail.</p>"
        "<p>Het agentschap volgt geen individuele dossiers op voor privépersonen. Ben je zelf "
        "betrokken, wend je dan tot een advocaat, een sociale dienst of een "
        "onthaalorganisatie in je buurt.</p>"
    ),
    "bereikbaarheid": "Maandag, dinsdag en donderdag van 9 tot 12 uur en van 13.30 tot 16 uur.",
    "telefoon": "02 205 00 55",
    "email_ipr": "ipr@integratiebeleid.be",
}
HOME_INTRO = (
    "De kennisbank over de rechtspositie van vreemdelingen in België, voor wie er beroepsmatig "
    "mee werkt."
)


def _vul_in(page, waarden):
    """Fill the fields that are still empty and publish; an editor's own text stays."""
    leeg = {veld: waarde for veld, waarde in waarden.items() if not getattr(page, veld)}
    if not leeg:
        return False
    for veld, waarde in leeg.items():
        setattr(page, veld, waarde)
    page.save_revision().publish()
    return True


def laad():
    resultaat = importeer(BESTAND)
    extra = []
    home = HomePage.objects.first()
    if home is not None and _vul_in(home, {"intro": HOME_INTRO}):
        extra.append("startpagina")
    juridesk = JurideskPagina.objects.first()
    if juridesk is not None and _vul_in(juridesk, JURIDESK):
        extra.append("juridesk-pagina")
    tekst = f"kennisbank geladen: {resultaat}"
    if extra:
        tekst += f"; bijgewerkt: {', '.join(extra)}"
    return tekst
