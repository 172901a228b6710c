"""The Dutch word list the compound splitter falls back on (analyse.splits): the common
words of wordfreq's Dutch frequency list, so that "inburgeringsplicht", "verblijfsaanvraag"
or "kinderbijslagdossier" split without anyone adding words to the lexicon.

analyse.gewone_woorden() reads it once per process, on the first word the shipped lexicon
cannot split (about a third of a second), and keeps it as one frozenset. The list is read straight from the data file inside
the wordfreq wheel (a gzipped msgpack of frequency bins: bin i holds the words at -i
centibels, Zipf frequency 9 - i/100), which spares the import of wordfreq's tokenizers;
should that file move in a later wordfreq, its public `get_frequency_list` is used instead.
Without wordfreq the list is empty and only the lexicon splits.
"""

import gzip
import importlib.util
import logging
from pathlib import Path

logger = logging.getLogger(__name__)

# Only common words count as parts (Zipf 3.0: about once per million words; some 27,000
# Dutch words of four letters or more), and only a word rarer than that is split: a common
# word is taken as it is (onderwijs stays onderwijs, not onder + wijs).
MIN_ZIPF = 3.0
MIN_LENGTE = 4


def _bins():
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    pad = Path(spec.submodule_search_locations[0]) / "data" / "large_nl.msgpack.gz"
    try:
        import msgpack

        with gzip.open(pad, "rb") as f:
            data = msgpack.load(f, raw=False)
        if isinstance(data[0], dict) and data[0].get("format") == "cB":
            return data[1:]
    except (OSError, ValueError, ImportError, IndexError):
        pass
    from wordfreq import get_frequency_list

    return get_frequency_list("nl", "large")


def woorden():
    """The Dutch words of the list with a Zipf frequency of at least MIN_ZIPF and at least
    MIN_LENGTE letters, as the list spells them (lower case)."""
    try:
        bins = _bins()
    except Exception:
        logger.exception("de Nederlandse woordenlijst (wordfreq) kon niet geladen worden")
        bins = None
    if not bins:
        return
    grens = round((9 - MIN_ZIPF) * 100)
    for bak in bins[: grens + 1]:
        for woord in bak:
            if len(woord) >= MIN_LENGTE and woord.isalpha():
                yield woord
