"""The one Dutch text analysis used for indexing and for queries, on every backend.

    text ─ fold ─ words ─ (stop words out) ─ stem ─ + compound parts  →  tokens

- fold: lower case, accents removed (Oekraïne → oekraine), control characters dropped.
- stem: the Dutch Snowball stemmer (snowballstemmer), with one guard: the stemmer strips a
  leading "ge-" (gevolgd → volg), which also turns gezin into zin and gemeente into meen; we
  keep the "ge" so those stay apart.
- compounds: a lexicon-driven splitter (`splits`): gezinshereniging → gezin + hereniging,
  verblijfskaart → verblijf + kaart, with the linking -s-, -en- and -e- handled. The lexicon
  is the shipped list below plus every word of the editors' synonym list; a rare word the
  lexicon cannot split is tried against the common words of a Dutch word list
  (woordenlijst.py, from wordfreq): inburgeringsplicht → inburgering + plicht.
- synonyms and abbreviations (RvV = Raad voor Vreemdelingenbetwistingen, ...) come from the
  `Synoniemgroep` snippet that editors keep in the admin. They are expanded on the query side
  only, so an editor's change counts at once, without re-indexing.

The index stores the tokens; the database (FTS5, tsvector, Elasticsearch) only matches them.
"""

import functools
import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field

import snowballstemmer

from . import omgangstaal, woordenlijst
from .models import Synoniemgroep

MAX_QUERY_CHARS = 500
MAX_QUERY_WORDS = 16
MAX_WORD_CHARS = 60

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_SPECIAL_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l"})

# A short Dutch stop list. Words that carry legal meaning ("geen", "zonder", "niet", "na"
# as in "na erkenning" is a stop word, but "zonder papieren" keeps "zonder") stay in.
STOPWOORDEN = frozenset(
    """
    de het een en van in op te dat die is was aan met als voor om er of dan ook tot bij
    naar door over uit zijn wordt worden werd kan kunnen moet mag ik je jij u hij zij ze
    wij we men dit deze der des den wat wie welke hoe waar wanneer nog al reeds maar want
    dus zo nu hier daar iets eens toch na heeft hebben had ben zal zou zullen
    """.split()  # noqa: SIM905  (a word list reads better as text)
)

# Known parts of compounds: common words of Belgian migration and family law. Folded,
# lower case; plural or inflected forms are found through their stems.
LEXICON = frozenset(
    """
    aanvraag aanvrager aangifte aanslag aanwezigheid adoptie advocaat akte akten arbeid
    arbeider arbeidsmarkt arrest asiel attest attesten basis bedrag bediende begeleiding
    begrip behandeling beleid belg belgie belasting beroep bescherming beslissing besluit
    bestaansmiddelen bestuur betaling betwisting bevel bevoegdheid bewijs bijlage bijstand
    binnenkomst blauwe bron buitenland burger burgerschap centrum code controle cursus
    datum decreet detentie dienst document documenten duur echtgenoot echtgenote eenheid
    eis erkenning familie feit formulier functie geboorte geld geldigheid gemeente gezin
    gezondheid grens grond handeling herziening hereniging hof huis huur huwelijk identiteit
    inburgering inkomen inschrijving instantie integratie jaar kaart kaarten kind kinderen
    kosten kost land leefloon leeftijd lid lidstaat loon maatregel machtiging medisch
    migratie migrant minderjarige minister moeder naam nationaliteit nummer ocmw onderdaan
    onderwijs onderzoek ontvangst opvang ouder ouders overheid paspoort persoon pas periode
    permit plicht praktijk procedure proces punt raad recht rechten rechter rechtbank
    regel regeling register regularisatie reis rijbewijs risico school seizoen slachtoffer
    sociaal staat staatloze staatloosheid status steun student studie taal termijn terugkeer
    terugname titel toegang toekenning toelating toestemming traject uitkering uitzetting
    uitwijzing vader verblijf vergoeding vergunning verhoor verklaring verlenging
    verlof verzoek verzekering vestiging visum vluchteling vonnis voogd voogdij voorwaarde
    voorwaarden vorming vreemdeling vreemdelingen vrijheid vrouw wet wetboek werk werkgever
    werknemer werkloosheid zaak zaken ziekte zorg zoon dochter partner samenwoning
    samenwonende ouderschap afstamming tijdelijk onderhoud unie kinder bijslag leden
    ondernemer ondernemers kiesrecht stem europese nieuws bestaan middelen opleiding stage
    inkomsten premie toeslag
    """.split()  # noqa: SIM905  (a word list reads better as text)
)

# Linking elements between the parts of a compound, tried in this order.
_TUSSENKLANKEN = ("s", "en", "e", "")
_MIN_PART = 3
_MIN_COMPOUND = 7

_stemmer_lock = threading.Lock()
_stemmer = snowballstemmer.stemmer("dutch")


def fold(text: str) -> str:
    """Lower case, accents removed (Oekraïne -> oekraine), NUL and control characters dropped."""
    text = unicodedata.normalize("NFKD", str(text or ""))
    text = "".join(
        c for c in text if not unicodedata.combining(c) and (c.isprintable() or c in " \n\t")
    )
    return text.lower().translate(_SPECIAL_FOLD)


def woorden(text: str) -> list[str]:
    """The folded words of a text, in order (stop words included)."""
    uit = []
    for w in _WORD.findall(fold(text)):
        if not w.isalnum():  # e.g. a stray combining mark: keep letters and digits only
            w = "".join(c for c in w if c.isalnum())
        if w:
            uit.append(w[:MAX_WORD_CHARS])
    return uit


@functools.lru_cache(maxsize=200_000)
def stam(woord: str) -> str:
    """Dutch Snowball stem of a folded word (numbers and short words stay as they are)."""
    if len(woord) < 4 or not woord.isalpha():
        return woord
    with _stemmer_lock:
        result = _stemmer.stemWord(woord)
    if woord.startswith("ge") and not result.startswith("ge"):
        # gezin → zin, gemeente → meen: keep the prefix so unrelated words stay apart
        result = "ge" + result
    return result or woord


_lexicon_extra: frozenset[str] = frozenset()
_lexicon_stems: frozenset[str] = frozenset()


def _rebuild_lexicon_stems():
    global _lexicon_stems
    _lexicon_stems = frozenset(stam(w) for w in LEXICON | _lexicon_extra)
    splits.cache_clear()


def zet_lexicon_extra(words) -> None:
    """Add words (e.g. those of the synonym list) to the compound lexicon."""
    global _lexicon_extra
    extra = frozenset(w for w in words if len(w) >= 4 and w.isalpha())
    if extra != _lexicon_extra:
        _lexicon_extra = extra
        _rebuild_lexicon_stems()


def _bekende_kop(deel: str) -> bool:
    """A first part is known as written (gezin, not gezins: the -s- is the linking sound)."""
    return len(deel) >= _MIN_PART and (deel in LEXICON or deel in _lexicon_extra)


def _bekend(deel: str) -> bool:
    """A last part may be inflected (kaarten): known by its stem too."""
    return _bekende_kop(deel) or (len(deel) >= _MIN_PART and stam(deel) in _lexicon_stems)


# Word-list parts that are prefixes or suffixes rather than words of their own: "onder" +
# "daan", "vast" + "houding", "index" + "ring", "staat" + "loos" are no compounds.
_GEEN_KOP = frozenset(
    "onder over voor door open vast vrij samen tegen mede terug veel weer".split()  # noqa: SIM905
)
_GEEN_STAART = frozenset(
    "lijk lijke heid heden schap schappen loos loze lozen baar bare ring enen eert".split()  # noqa: SIM905
)


_gewone_woorden_lock = threading.Lock()
_gewone = {"woorden": None}


def gewone_woorden() -> frozenset[str]:
    """The common Dutch words of the word list (woordenlijst.py), folded: read once per
    process, on the first word the lexicon cannot split, and kept."""
    if _gewone["woorden"] is None:
        with _gewone_woorden_lock:
            if _gewone["woorden"] is None:
                _gewone["woorden"] = frozenset(fold(w) for w in woordenlijst.woorden())
    return _gewone["woorden"]


@functools.lru_cache(maxsize=100_000)
def splits(woord: str) -> tuple[str, ...]:
    """The parts of a compound (gezinshereniging → ("gezin", "hereniging")), or () when the
    word is not a compound of known parts. The longest known first part wins. Parts come
    from the lexicon first; a rare word (not itself a common Dutch word) that the lexicon
    cannot split is tried against the Dutch word list (woordenlijst.py): inburgeringsplicht
    → inburgering + plicht."""
    if len(woord) < _MIN_COMPOUND or not woord.isalpha():
        return ()
    delen = _splits(woord, 0)
    if delen:
        return delen
    if len(woord) < _MIN_COMPOUND + 1 or woord in LEXICON or woord in _lexicon_extra:
        return ()
    lijst = gewone_woorden()
    if not lijst or woord in lijst:
        return ()

    def kop_uit_lijst(deel):
        return len(deel) >= woordenlijst.MIN_LENGTE and deel in lijst and deel not in _GEEN_KOP

    def staart_uit_lijst(deel):
        return len(deel) >= woordenlijst.MIN_LENGTE and deel in lijst and deel not in _GEEN_STAART

    return _splits(woord, 0, kop_uit_lijst, staart_uit_lijst) or ()


def _splits(woord: str, diepte: int, kop_extra=None, staart_extra=None):
    if diepte > 3:
        return None
    for i in range(len(woord) - _MIN_PART, _MIN_PART - 1, -1):
        kop = woord[:i]
        if not (_bekende_kop(kop) or (kop_extra and kop_extra(kop))):
            continue
        rest = woord[i:]
        for klank in _TUSSENKLANKEN:
            if klank and not rest.startswith(klank):
                continue
            staart = rest[len(klank) :]
            if len(staart) < _MIN_PART:
                continue
            if staart_extra and staart in _GEEN_STAART:
                continue
            if _bekend(staart) or (staart_extra and staart_extra(staart)):
                return (kop, staart)
            dieper = _splits(staart, diepte + 1, kop_extra, staart_extra)
            if dieper:
                return (kop, *dieper)
    return None


_rebuild_lexicon_stems()


def woord_tokens(woord: str) -> list[str]:
    """Tokens for one folded word: its stem, then the stems of its compound parts."""
    tokens = [stam(woord)]
    for deel in splits(woord):
        token = stam(deel)
        if token not in tokens:
            tokens.append(token)
    return tokens


def analyseer(text: str) -> list[str]:
    """Tokens to index for a text (folded, stop words out, stemmed, compounds split)."""
    tokens = []
    for woord in woorden(text):
        if woord in STOPWOORDEN:
            continue
        tokens.extend(woord_tokens(woord))
    return tokens


def compact(text: str) -> str:
    """An identifier as typed, reduced to letters and digits (ECLI:BE:RVV:2024:ARR.301234 →
    eclibervv2024arr301234, 301.234 → 301234)."""
    return "".join(woorden(text))


# --- synonyms --------------------------------------------------------------------------

_synonym_state = {"groepen": None}
_synonym_lock = threading.Lock()


def _laad_synoniemen():
    """[(variant words, group index)], and the groups as lists of variants (word tuples)."""
    try:
        rijen = list(Synoniemgroep.objects.filter(actief=True).values_list("termen", flat=True))
    except Exception:  # no table yet (before migrate), or a database hiccup: no synonyms
        return []
    groepen = []
    for termen in rijen:
        varianten = []
        for term in re.split(r"[,;\n]+", termen or ""):
            w = tuple(woorden(term))
            if w and w not in varianten:
                varianten.append(w)
        if len(varianten) >= 2:
            groepen.append(varianten)
    return groepen


SYNONIEMEN_TTL = 60  # seconds: another process's edit counts within a minute


def synoniemgroepen():
    groepen = _synonym_state["groepen"]
    if groepen is None or time.monotonic() - _synonym_state.get("geladen", 0) > SYNONIEMEN_TTL:
        with _synonym_lock:
            groepen = _laad_synoniemen()
            _synonym_state["groepen"] = groepen
            _synonym_state["geladen"] = time.monotonic()
            zet_lexicon_extra({w for groep in groepen for variant in groep for w in variant})
    return groepen


def wis_synoniemen_cache() -> None:
    """Called when an editor changes the synonym list."""
    _synonym_state["groepen"] = None


# --- queries ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    token: str


@dataclass(frozen=True)
class En:
    delen: tuple


@dataclass(frozen=True)
class Of:
    delen: tuple


def _en(delen):
    delen = tuple(dict.fromkeys(d for d in delen if d is not None))
    if not delen:
        return None
    return delen[0] if len(delen) == 1 else En(delen)


def _of(delen):
    delen = tuple(dict.fromkeys(d for d in delen if d is not None))
    if not delen:
        return None
    return delen[0] if len(delen) == 1 else Of(delen)


def woord_expressie(woord: str, groepen=(), alledaags=False):
    """A word matches its stem, or all the parts of its compound together; a part that is
    itself a synonym (asiel in asielprocedure) also matches its synonyms, and with
    `alledaags` the legal terms of its everyday words."""
    if woord in STOPWOORDEN:
        return None
    delen = splits(woord)
    hoofd = Term(stam(woord))
    if not delen:
        return hoofd
    return _of([hoofd, _en([_deel_expressie(d, groepen, alledaags) for d in delen])])


def _deel_expressie(deel, groepen, alledaags=False):
    """A part of a compound: its stem, its synonyms, and the legal terms of its everyday
    words (the "plicht" of inburgeringsplicht also finds "verplicht")."""
    alternatieven = [Term(stam(deel))]
    for groep in groepen:
        if (deel,) in groep:
            alternatieven += [_variant_expressie(v) for v in groep if v != (deel,)]
    if alledaags:
        uitdrukkingen = omgangstaal.lijst(_ontleed_tekst)
        alternatieven += [
            _variant_expressie(termen)
            for termen in omgangstaal.los_woord(stam(deel), uitdrukkingen)
        ]
    return _of(alternatieven)


def _variant_expressie(variant):
    return _en([woord_expressie(w) for w in variant])


@dataclass
class QueryDeel:
    """One part of a query: a word, or a phrase that is a known synonym or everyday words
    for legal terms (omgangstaal.py). `expressie` matches the words with their synonyms and
    terms; `letterlijk` only the words as typed (their stems and compound parts), for
    ranking a page that holds the reader's own words above one that holds only a synonym."""

    woorden: tuple[str, ...]
    expressie: object  # Term | En | Of
    letterlijk: object = None  # Term | En | Of; None: the same as expressie

    def __post_init__(self):
        if self.letterlijk is None:
            self.letterlijk = self.expressie


@dataclass
class Query:
    tekst: str
    delen: list[QueryDeel]
    # question and filler words ("hoeveel", "mijn"): left out of `delen` when the query has
    # other words; searched only when nothing else is found
    vulwoorden: list[QueryDeel] = field(default_factory=list)

    @property
    def leeg(self):
        return not self.delen

    def expressie(self, operator="and"):
        combine = _en if operator == "and" else _of
        return combine([d.expressie for d in self.delen])

    def ruim(self, met_vulwoorden=False):
        """Any word or any part of a compound: what the partial-match fallback searches."""
        delen = self.delen + (self.vulwoorden if met_vulwoorden else [])
        return _of(
            [los(d.expressie) for d in delen]
            + [los(woord_expressie(w)) for d in delen for w in d.woorden]
        )

    def tokens(self) -> list[str]:
        return list(dict.fromkeys(t for d in self.delen for t in tokens_van(d.expressie)))


def los(expressie):
    """The expression with every "all of" loosened to "any of"."""
    if isinstance(expressie, Term) or expressie is None:
        return expressie
    return _of([los(d) for d in expressie.delen])


def tokens_van(expressie) -> list[str]:
    if expressie is None:
        return []
    if isinstance(expressie, Term):
        return [expressie.token]
    return [t for d in expressie.delen for t in tokens_van(d)]


def _synoniem_treffer(ws, i, groepen):
    gevonden = None
    for groep in groepen:
        for variant in groep:
            n = len(variant)
            if tuple(ws[i : i + n]) == variant and (not gevonden or n > len(gevonden[0])):
                gevonden = (variant, groep)
    return gevonden


def _ontleed_tekst(tekst):
    """(folded word, its stem or None for a stop word) for each word of a text."""
    return [(w, None if w in STOPWOORDEN else stam(w)) for w in woorden(tekst)]


def ontleed_query(query: str, vervang: dict | None = None) -> Query:
    """The structured analysis of a user's query. `vervang` maps a folded word to the word
    to search instead (typo corrections). Never raises."""
    try:
        tekst = str(query or "")[:MAX_QUERY_CHARS]
        ws = woorden(tekst)[: MAX_QUERY_WORDS * 2]
        if vervang:
            ws = [vervang.get(w, w) for w in ws]
        groepen = synoniemgroepen()
        uitdrukkingen = omgangstaal.lijst(_ontleed_tekst)
        stammen = [None if w in STOPWOORDEN else stam(w) for w in ws]
        delen: list[QueryDeel] = []
        vulwoorden: list[QueryDeel] = []
        i = 0
        while i < len(ws) and len(delen) + len(vulwoorden) < MAX_QUERY_WORDS:
            gevonden = _synoniem_treffer(ws, i, groepen)
            alledaags = omgangstaal.treffer(ws, stammen, i, uitdrukkingen)
            if alledaags and (not gevonden or alledaags[0] - i >= len(gevonden[0])):
                eind, termen, letterlijk = alledaags
                eigen = tuple(w for w in ws[i:eind] if w not in STOPWOORDEN)
                if letterlijk:  # "Belg worden" is not "Belg": only the terms
                    zelf = None
                elif gevonden and len(gevonden[0]) == eind - i:
                    zelf = _of([_variant_expressie(v) for v in gevonden[1]])
                else:
                    zelf = _en([woord_expressie(w, groepen) for w in eigen])
                expressie = _of([zelf, *(_variant_expressie(t) for t in termen)])
                # the legal terms count as much as the words typed: they are what the
                # reader means, and the page rarely holds the everyday words
                delen.append(QueryDeel(eigen, expressie, expressie))
                i = eind
                continue
            if gevonden:
                variant, groep = gevonden
                expressie = _of([_variant_expressie(v) for v in groep])
                if expressie is not None:
                    delen.append(QueryDeel(variant, expressie, _variant_expressie(variant)))
                i += len(variant)
                continue
            expressie = woord_expressie(ws[i], groepen, alledaags=True)
            if expressie is not None:
                deel = QueryDeel((ws[i],), expressie, woord_expressie(ws[i]))
                (vulwoorden if ws[i] in omgangstaal.VULWOORDEN else delen).append(deel)
            i += 1
        if not delen:  # only question words ("hoeveel?"): search them after all
            delen, vulwoorden = vulwoorden, []
        return Query(tekst, delen, vulwoorden)
    except Exception:  # the analysis of a query must never take a page down
        return Query(str(query or "")[:MAX_QUERY_CHARS], [])


def analyseer_query(query: str) -> list[str]:
    """Tokens for a user's query (stems, compound parts, synonyms): never raises, whatever
    the input (quotes, operators, NUL)."""
    return ontleed_query(query).tokens()
