"""A jurist notes, by keyboard alone, the page she referred the caller to: the page field
suggests the page linked to the chosen theme and what the site search finds for the
description; she ticks that the site did not (well) answer and notes what was missing.
The screen passes axe with the suggestions open."""

from juridesk.models import ThemaKoppeling, Vraag, Waarde

from .test_juridesk_browser import WACHTWOORD, focus, lijsten, wacht_op_focus  # noqa: F401


def tab_naar(page, element_id, maximum=40):
    """Tab (only the keyboard) until the field has the focus."""
    for _ in range(maximum):
        if focus(page)[0] == element_id:
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{element_id} niet bereikt met Tab (focus: {focus(page)})")


def test_a_jurist_picks_a_suggested_page_by_keyboard(
    page,
    lijsten,  # noqa: F811
    maak_gebruiker,
    maak_thema,
    axe,
    screenshot,  # noqa: F811
):
    verblijf = maak_thema("Verblijf")
    gezin = maak_thema("Gezinshereniging", parent=verblijf)
    maak_thema(
        "Bestaansmiddelen",
        parent=gezin,
        samenvatting="Welk inkomen de referentiepersoon moet hebben om zijn gezin te laten komen.",
    )
    maak_thema("Leefloon", samenvatting="Het leefloon van het OCMW.")
    ThemaKoppeling.objects.create(
        thema=Waarde.objects.get(lijst="thema", code="verblijfsrecht-gezinshereniging"),
        pagina=gezin,
    )
    maak_gebruiker("jurist-pagina", groep="Juristen")

    page.goto("/admin/login/?next=/admin/juridesk/registreren/")
    page.locator("#id_username").focus()
    page.keyboard.type("jurist-pagina")
    page.keyboard.press("Tab")
    page.keyboard.type(WACHTWOORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/admin/juridesk/registreren/")
    wacht_op_focus(page, "id_regio")

    tab_naar(page, "id_thema_1")
    page.keyboard.type("Verblijfsrecht > Gezinshereniging")
    tab_naar(page, "id_beschrijving")
    page.keyboard.type("Inkomen van de referentiepersoon")
    page.wait_for_function(
        "() => document.getElementById('juridesk-vraagformulier').dataset.omschrijvingGezocht"
    )

    # The page field: its suggestions open as it gets the focus, nothing highlighted yet
    tab_naar(page, "id_pagina_1")
    lijst = page.locator("#id_pagina_1-suggesties")
    lijst.wait_for()
    opties = lijst.get_by_role("option")
    assert opties.all_inner_texts() == [
        "Gezinshereniging (/verblijf/gezinshereniging/) (bij het thema)",
        "Bestaansmiddelen (/verblijf/gezinshereniging/bestaansmiddelen/) "
        "(gevonden voor de omschrijving)",
    ]
    assert page.locator("#id_pagina_1").get_attribute("aria-expanded") == "true"
    assert axe() == []
    screenshot("juridesk-pagina-suggesties")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    assert (
        page.locator("#id_pagina_1").input_value()
        == "Bestaansmiddelen (/verblijf/gezinshereniging/bestaansmiddelen/)"
    )
    # A second page by typing: the theme pages and the site search
    page.keyboard.press("Tab")
    assert focus(page)[0] == "id_pagina_2"
    page.keyboard.type("leefl")
    page.locator("#id_pagina_2-suggesties").get_by_role("option").first.wait_for()
    page.keyboard.press("Enter")
    assert page.locator("#id_pagina_2").input_value() == "Leefloon (/leefloon/)"

    page.keyboard.press("Tab")
    assert focus(page)[0] == "id_niet_beantwoord"
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert focus(page)[0] == "id_ontbrekend"
    page.keyboard.type("Het bedrag van dit jaar")
    with page.expect_navigation():
        page.keyboard.press("Control+Enter")
    page.get_by_text("Mijn vragen van vandaag (1)").wait_for()

    vraag = Vraag.objects.get()
    assert set(vraag.paginas.values_list("title", flat=True)) == {"Bestaansmiddelen", "Leefloon"}
    assert vraag.niet_beantwoord and vraag.ontbrekend == "Het bedrag van dit jaar"
    assert axe() == []
