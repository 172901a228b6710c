import pytest

from kennisbank.models import BegripPagina, LexiconPagina


@pytest.fixture
def begrip(home):
    """A published begrip "Verblijfskaart" in the site's lexicon (made when there is none)."""
    lexicon = LexiconPagina.objects.filter(depth=3).first()
    if lexicon is None:
        lexicon = LexiconPagina(title="Begrippen", slug="begrippen")
        home.add_child(instance=lexicon)
        lexicon.save_revision().publish()
    begrip = BegripPagina(title="Verblijfskaart", definitie="<p>Een kaart.</p>")
    lexicon.add_child(instance=begrip)
    begrip.save_revision().publish()
    return begrip
