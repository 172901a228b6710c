"""A field professional narrows the case law by clicking a facet, without JavaScript tricks:
the state goes into the URL."""

import datetime

from rechtspraak.models import Instantie, Uitspraak


def _uitspraak(titel, code, nummer, datum):
    uitspraak = Uitspraak(
        titel=titel,
        instantie=Instantie.objects.get(code=code),
        datum=datum,
        nummer=nummer,
        samenvatting=f"{titel}: samenvatting over gezinshereniging.",
    )
    uitspraak.save()
    return uitspraak


def test_clicking_a_facet_narrows_the_results(page, live_server, screenshot, db):
    _uitspraak(
        "Bestaansmiddelen van de referentiepersoon", "rvv", "301 234", datetime.date(2024, 2, 13)
    )
    _uitspraak("Wachttermijn voor gezinshereniging", "gwh", "7/2024", datetime.date(2024, 1, 18))
    _uitspraak("Opvang van verzoekers", "rvs", "255.201", datetime.date(2022, 12, 8))

    page.goto("/rechtspraak/")
    assert page.get_by_role("heading", name="3 uitspraken").is_visible()
    page.get_by_role("link", name="Grondwettelijk Hof").click()
    page.wait_for_url("**/rechtspraak/?instantie=gwh")
    assert page.get_by_role("heading", name="1 uitspraak").is_visible()
    assert page.get_by_role("link", name="Wachttermijn voor gezinshereniging").is_visible()
    assert not page.get_by_role("link", name="Opvang van verzoekers").is_visible()

    # a word search keeps the chosen facet
    page.get_by_label("Zoek in de rechtspraak").fill("gezinshereniging")
    page.get_by_role("button", name="Zoeken").last.click()
    page.wait_for_url("**/rechtspraak/?q=gezinshereniging*instantie=gwh*")
    assert page.get_by_role("heading", name="1 uitspraak").is_visible()
    screenshot("rechtspraak-facet")

    # clicking the chosen value again removes the filter
    page.get_by_role("link", name="Gekozen: Grondwettelijk Hof").click()
    assert page.get_by_role("heading", name="3 uitspraken").is_visible()
