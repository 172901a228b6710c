"""Journey 2 (issue 11): an editor composes the newsletter, sees it in the preview panel
and sends a test to herself; the test is read from a real SMTP server.

Lotte is a redacteur. At the end of the month she opens Nieuwsbrief > Edities and lets
the site compose a draft from this month's news. She writes an introduction, with a word
in bold, and saves. In the preview panel beside the form she sees the mail itself (its
heading, her introduction, the news item), and in the 'Platte tekst' mode the text
version. She sends a test to her own address. The message that arrives at the mail server
shows her introduction as formatting, not as escaped tags, and every link in it opens a
page of the site."""

import re
import urllib.error
import urllib.request

import pytest

from nieuwsbrief.models import Editie

ADRES = "lotte@vreemdelingenrecht.be"


def test_een_redacteur_stelt_de_nieuwsbrief_op_bekijkt_hem_en_stuurt_een_test(
    lotte, live_server, mailserver, maak_nieuws
):
    page = lotte
    maak_nieuws(
        "Gezinshereniging: nieuwe inkomensgrens vanaf 1 maart",
        samenvatting="Wat verandert er voor wie een gezinslid laat overkomen?",
    )

    # She lets the site compose a draft from the month's news.
    page.get_by_role("link", name="Opstellen uit nieuwe inhoud").click()
    page.get_by_role("button", name="Opstellen").click()
    page.wait_for_url(re.compile(r".*/admin/snippets/nieuwsbrief/editie/edit/\d+/"))
    editie = Editie.objects.get()

    # She writes an introduction with one word in bold, and saves.
    inleiding = page.locator("[data-contentpath=inleiding] [role=textbox]")
    inleiding.click()
    page.keyboard.type("Beste lezer, deze maand ")
    page.keyboard.press("Control+b")
    page.keyboard.type("belangrijk")
    page.keyboard.press("Control+b")
    page.keyboard.type(" nieuws over gezinshereniging.")
    # (the editor writes its content into the form field a moment after the last key)
    page.wait_for_function(
        "() => (document.querySelector('#id_inleiding').value || '').includes('gezinshereniging')"
    )
    page.get_by_role("button", name="Opslaan", exact=True).click()
    page.wait_for_url("**/admin/snippets/nieuwsbrief/editie/")
    editie.refresh_from_db()
    assert "<b>belangrijk</b>" in editie.inleiding

    # She opens the draft again: the preview panel shows the mail itself.
    page.get_by_role("link", name=editie.titel).first.click()
    page.wait_for_url(f"**/admin/snippets/nieuwsbrief/editie/edit/{editie.pk}/")
    page.locator("[data-side-panel-toggle=preview]").click()
    voorbeeld = page.frame_locator("#w-preview-iframe")
    voorbeeld.get_by_role("heading", name=editie.titel).wait_for()
    assert voorbeeld.locator("b", has_text="belangrijk").is_visible()
    assert voorbeeld.get_by_role("link", name=re.compile("Gezinshereniging")).is_visible()
    kop = voorbeeld.locator("td.kop")
    assert "background" in kop.get_attribute("style")  # the CSS is inlined, as sent
    assert kop.evaluate("td => getComputedStyle(td).backgroundColor") == "rgb(0, 62, 79)"
    # ... and, in the other mode, the plain-text version
    page.locator("#id_preview_mode").select_option("tekst")
    page.frame_locator("#w-preview-iframe").get_by_text(
        "Beste lezer, deze maand belangrijk nieuws over gezinshereniging."
    ).wait_for()

    # She sends a test to her own address.
    page.goto(f"/admin/nieuwsbrief/verzenden/{editie.pk}/")
    page.get_by_label("Testmail naar").fill(ADRES)
    page.get_by_role("button", name="Testmail sturen").click()
    page.get_by_text(f"Testmail verstuurd naar {ADRES}.").wait_for()

    # The mail server received it: formatting, not escaped tags ...
    (bericht,) = mailserver.aan(ADRES)
    assert bericht["Subject"] == f"[Proef] {editie.titel}"
    html = bericht.get_body(preferencelist=("html",)).get_content()
    assert "&lt;" not in html and "&amp;lt;" not in html
    assert re.search(r"<b[^>]*>belangrijk</b>", html)
    tekst = bericht.get_body(preferencelist=("plain",)).get_content()
    assert "Beste lezer, deze maand belangrijk nieuws over gezinshereniging." in tekst
    assert "<" not in tekst.split("NIEUWS")[0]

    # ... and every link in it opens a page of the site.
    links = sorted(set(re.findall(r'href="([^"]+)"', html)))
    assert any("gezinshereniging" in link for link in links)
    # ... except "Bekijk deze nieuwsbrief online": the archive shows an edition once its
    # sending has started; a draft's page is not public yet.
    online = f"{live_server.url}/nieuwsbrief/archief/{editie.pk}/"
    links.remove(online)
    with pytest.raises(urllib.error.HTTPError, match="404"):
        urllib.request.urlopen(online, timeout=15)  # noqa: S310 (live server)
    for link in links:
        assert link.startswith(live_server.url), link
        with urllib.request.urlopen(link, timeout=15) as antwoord:  # noqa: S310 (live server)
            assert antwoord.status == 200, link
