"""What the site search finds, the apps register (zoeken.registratie): kennisbank its page
types, rechtspraak its judgments; zoeken itself names none of them."""

import pytest

from kennisbank.models import THEMA, JurideskPagina, ThemaPagina
from zoeken import registratie
from zoeken.paginas import document_voor_pagina


def test_the_kinds_are_the_apps_registrations_in_the_order_of_the_filters():
    soorten = registratie.soorten()
    assert list(soorten) == ["thema", "nieuws", "dossier", "begrip", "uitspraak"]
    assert [s.meervoud for s in soorten.values()] == [
        "Themapagina's",
        "Nieuws",
        "Dossiers",
        "Begrippen",
        "Rechtspraak",
    ]
    assert registratie.titelsoorten() == ["thema"]
    assert [b.bron for b in registratie.bronnen()] == ["rechtspraak.uitspraak"]


def test_a_kind_cannot_be_registered_twice_with_another_meaning():
    assert registratie.registreer_soort(THEMA) is THEMA  # again, the same: nothing changes
    anders = registratie.Soort("thema", "Thema", "Thema's", gewicht=9.0)
    with pytest.raises(ValueError, match="thema"):
        registratie.registreer_soort(anders)
    assert registratie.soort("thema") is THEMA


@pytest.mark.django_db
def test_a_page_type_says_itself_what_is_searched(maak_thema):
    pagina = maak_thema("Gezinshereniging", samenvatting="Met een Belg of een Unieburger.")
    document = document_voor_pagina(ThemaPagina.objects.get(pk=pagina.pk))
    assert document["type"] == "thema"
    assert document["samenvatting"] == "Met een Belg of een Unieburger."
    assert document["datum"] == pagina.laatst_bijgewerkt
    # the juridesk page is found among the theme pages, with what it says of itself
    juridesk = JurideskPagina(title="Juridesk", intro="<p>Voor <b>professionals</b></p>")
    assert juridesk.zoekvelden()["samenvatting"] == "Voor professionals"
