"""Everyday words at query time: the editors' list of phrases in the words clients and field
workers use ("oranje kaart", "laten overkomen", "zonder papieren") with the legal terms they
mean (model `Omgangstaal`, admin "Omgangstaal", seeded from data/omgangstaal.json), and the
question and filler words that do not decide a result ("hoeveel", "mijn", "iemand").

A phrase matches on the stems of its words with stop words left out, so "trouwen voor de
papieren" also catches "trouwen voor papieren" and "vrouwen" catches "vrouw"; a phrase of
one word and stop words ("Belg worden", "op straat") only as written, and then it searches
its terms alone ("Belg worden" is not "Belg"). A one-word entry also serves the parts of a
compound (the "plicht" of "inburgeringsplicht"). The list is
read once and kept for OMGANGSTAAL_TTL seconds; an edit in the admin clears it at once in
the process that saved it (signals.py), other processes follow within the TTL.

The analysis (analyse.py) calls this module and hands it its own word splitting: `ontleed`
turns a text into (folded word, stem or None for a stop word) pairs.
"""

import re
import threading
import time

# Words of a question that carry no subject: dropped from a query that has other words.
# Stop words (analyse.STOPWOORDEN: "moet", "mag", "kan", "ik", ...) are gone already.
VULWOORDEN = frozenset(
    """
    hoeveel hoelang hoevaak hoezo waarom waarvoor waarmee waarheen welk mijn m n mn jouw
    uw haar hun ons onze jullie iemand mensen persoon iets alles graag willen wil wilt
    krijg krijgt krijgen gaan ga gaat doen doe doet heb hebt word kun kunt kunnen mogen
    moeten mocht zouden omdat indien daarheen even eigenlijk precies ja nee aub
    alstublieft dank help vraag vragen weet weten nodig enkele enkel dingen soort
    """.split()  # noqa: SIM905  (a word list reads better as text)
)

OMGANGSTAAL_TTL = 60  # seconds

_state = {"lijst": None, "geladen": 0.0}
_lock = threading.Lock()
_SCHEIDING = re.compile(r"[,;\n]+")


def _laad(ontleed):
    """{first stem: [(stems of the phrase, terms as word tuples, None)]} and, for a phrase
    that must match as written, {"=" first word: [(stems, terms, its words)]}."""
    try:
        from .models import Omgangstaal

        rijen = list(Omgangstaal.objects.filter(actief=True).values_list("uitdrukking", "termen"))
    except Exception:  # no table yet (before migrate), or a database hiccup: no list
        return {}
    lijst: dict[str, list] = {}
    for uitdrukking, termen in rijen:
        term_woorden = tuple(
            dict.fromkeys(
                tuple(w for w, _ in ontleed(term))
                for term in _SCHEIDING.split(termen or "")
                if ontleed(term)
            )
        )
        if not term_woorden:
            continue
        for variant in _SCHEIDING.split(uitdrukking or ""):
            paren = ontleed(variant)
            stammen = tuple(s for _, s in paren if s is not None)
            if not stammen:
                continue
            ws = tuple(w for w, _ in paren)
            if len(stammen) == 1 and len(ws) > 1:  # kept under its first word as written
                lijst.setdefault("=" + ws[0], []).append((stammen, term_woorden, ws))
            else:
                lijst.setdefault(stammen[0], []).append((stammen, term_woorden, None))
    return lijst


def lijst(ontleed):
    verlopen = time.monotonic() - _state["geladen"] > OMGANGSTAAL_TTL
    if _state["lijst"] is None or verlopen:
        with _lock:
            _state["lijst"] = _laad(ontleed)
            _state["geladen"] = time.monotonic()
    return _state["lijst"]


def wis_cache() -> None:
    """Called when an editor changes the list."""
    _state["lijst"] = None


def los_woord(stam, uitdrukkingen):
    """The terms (as word tuples) of the one-word entries for a word's stem."""
    for stammen, termen, letterlijk in uitdrukkingen.get(stam, ()):
        if len(stammen) == 1 and letterlijk is None:
            yield from termen


def treffer(ws, stammen, i, uitdrukkingen):
    """The longest phrase of the list that starts at word i of the folded words `ws` (with
    their stems, None for a stop word): (index after its last word, its terms as word
    tuples, whether it matched as written and so stands for its terms alone), or None."""
    if i >= len(ws):
        return None
    kandidaten = list(uitdrukkingen.get("=" + ws[i], ()))
    if stammen[i] is not None:
        kandidaten += uitdrukkingen.get(stammen[i], ())
    kandidaten.sort(key=lambda k: -len(k[2] or k[0]))
    for gezocht, termen, letterlijk in kandidaten:
        if letterlijk is not None:
            if tuple(ws[i : i + len(letterlijk)]) == letterlijk:
                return i + len(letterlijk), termen, True
            continue
        j, k = i, 0
        while j < len(ws) and k < len(gezocht):
            if stammen[j] is None:
                j += 1
                continue
            if stammen[j] != gezocht[k]:
                break
            j, k = j + 1, k + 1
        if k == len(gezocht):
            return j, termen, False
    return None
