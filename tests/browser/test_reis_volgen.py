"""Journey (issue 14): a social worker follows a theme from its page, on her phone.

Sara handles family reunification. On the theme page "Gezinshereniging" she taps "Volg dit
thema"; the follow page opens with that theme already checked. She gives her address, picks
"Dagelijks" and sends. The confirmation mail arrives (read from a real SMTP server); she opens
its link and confirms. From the confirmation page she goes to her personal page, opens "Wijzig
wat je volgt", adds the court she cares about, drops nothing else, and saves. Every page fits a
375 px screen and passes axe."""

import re

from nieuwsbrief.models import Abonnee
from rechtspraak.models import Instantie
from tests.nieuwsbrief.conftest import tekst_van

TELEFOON = {"width": 375, "height": 800}


def past_op_telefoon(page, axe):
    page.wait_for_load_state()
    assert page.evaluate("document.scrollingElement.scrollWidth") <= 375, page.url
    assert axe() == [], page.url


def test_een_maatschappelijk_werker_volgt_een_thema_en_beheert_wat_ze_volgt(
    page, axe, live_server, mailserver, maak_thema
):
    page.set_viewport_size(TELEFOON)
    verblijf = maak_thema("Verblijf")
    gezin = maak_thema("Gezinshereniging", parent=verblijf)
    maak_thema("Nationaliteit")
    rvv = Instantie.objects.get(code="rvv")

    page.goto(gezin.url)
    page.get_by_role("link", name="Volg dit thema").click()
    page.wait_for_url(re.compile(r".*/nieuwsbrief/volgen/\?thema=\d+"))
    past_op_telefoon(page, axe)
    assert page.get_by_label("Gezinshereniging").is_checked()
    assert not page.get_by_label("Verblijf").is_checked()

    page.get_by_label("Je e-mailadres").fill("sara@ocmw-voorbeeld.be")
    page.get_by_label("Dagelijks").check()
    page.get_by_role("button", name="Volgen").click()
    page.get_by_role("heading", name="Controleer je mailbox").wait_for()

    (mail,) = mailserver.aan("sara@ocmw-voorbeeld.be")
    tekst = tekst_van(mail)
    assert "Gezinshereniging" in tekst
    link = re.search(r"(http://\S+/nieuwsbrief/bevestigen/\S+/)", tekst)[1]
    page.goto(link)
    past_op_telefoon(page, axe)
    page.get_by_role("button", name="Ja, ik bevestig mijn inschrijving").click()
    page.get_by_role("heading", name="Je inschrijving is bevestigd").wait_for()
    sara = Abonnee.objects.get(email="sara@ocmw-voorbeeld.be")
    assert sara.status == "ingeschreven" and sara.lijsten == ["meldingen"]
    assert sara.frequentie == "dag"

    page.get_by_role("link", name="je inschrijving beheren").click()
    page.get_by_role("heading", name="Wat je volgt").wait_for()
    assert page.get_by_text("Thema: Gezinshereniging").is_visible()
    page.get_by_role("link", name="Wijzig wat je volgt").click()
    past_op_telefoon(page, axe)
    assert page.get_by_label("Gezinshereniging").is_checked()
    page.get_by_label(rvv.naam).check()
    page.get_by_role("button", name="Opslaan").click()
    page.get_by_text("Je keuze is opgeslagen").wait_for()
    past_op_telefoon(page, axe)
    assert sorted(sara.volgt.values_list("sleutel", flat=True)) == sorted(
        [f"instantie:{rvv.pk}", f"thema:{gezin.pk}"]
    )
