"""A jurist logs questions on the logging screen: saved with their name, themes with
their top theme, kanaal and lijn remembered, today's questions beside the form, a
correction that shows in the history, and no personal data kept longer than needed."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from juridesk.models import Vraag
from juridesk.stats import Periode, bereken

pytestmark = pytest.mark.django_db
URL = "/admin/juridesk/registreren/"


def nu_tekst():
    return timezone.localtime().strftime("%Y-%m-%dT%H:%M")


@pytest.fixture
def jurist(aangemeld):
    return aangemeld("Juristen", username="an")


def test_a_jurist_logs_a_question(jurist, waarde):
    scherm = jurist.get(URL).content.decode()
    assert "Opslaan (Ctrl+Enter)" in scherm
    assert "Geen namen, adressen" in scherm or "geen namen, adressen" in scherm.lower()
    assert 'list="id_thema_1-opties"' in scherm and "Verblijfsrecht &gt; Gezinshereniging" in scherm

    antwoord = jurist.post(
        URL,
        {
            "kanaal": waarde("kanaal", "e-mail").pk,
            "lijn": waarde("lijn", "ipr").pk,
            "regio": waarde("regio", "brussel").pk,
            "categorie": waarde("categorie", "non-profit").pk,
            "sector": waarde("sector", "welzijn").pk,
            "thema_1": "huwelijk",  # a unique beginning is enough
            "thema_2": "Buitenlandse documenten",
            "nationaliteit_tekst": "marok",
            "afhandeling": waarde("afhandeling", "advies").pk,
            "duur": "12",
            "beschrijving": "Erkenning van een buitenlands huwelijk voor gezinshereniging.",
            "datum": nu_tekst(),
            "actie": "nieuw",
        },
    )
    assert antwoord.status_code == 302 and antwoord["Location"] == URL
    vraag = Vraag.objects.get()
    assert vraag.jurist == jurist.user
    assert vraag.nationaliteit.label == "Marokko"
    assert set(vraag.themas.values_list("code", flat=True)) == {
        "ipr",
        "ipr-huwelijk",
        "ipr-buitenlandse-documenten",
    }
    assert ModelLogEntry.objects.filter(object_id=str(vraag.pk), action="wagtail.create").exists()

    # the next question: kanaal and lijn remembered, the first one listed beside the form
    volgend = jurist.get(URL)
    html = volgend.content.decode()
    assert f'value="{waarde("kanaal", "e-mail").pk}" id="id_kanaal_1" checked' in html
    assert f'value="{waarde("lijn", "ipr").pk}" id="id_lijn_1" checked' in html
    assert "Mijn vragen van vandaag (1)" in html
    assert "Internationaal privaatrecht &gt; Huwelijk of samenwoning" in html
    assert f"/admin/juridesk/vragen/edit/{vraag.pk}/" in html
    assert "opgeslagen" in html

    r = bereken(Periode(timezone.localdate(), timezone.localdate()))
    assert r["totaal"] == 1
    assert {x["label"]: x["aantal"] for x in r["tabellen"]["regio"]}["Brussels gewest"] == 1


def test_an_empty_question_is_allowed_and_counted_as_not_filled_in(jurist):
    assert jurist.post(URL, {"datum": nu_tekst(), "actie": "nieuw"}).status_code == 302
    r = bereken(Periode(timezone.localdate(), timezone.localdate()))
    assert r["tabellen"]["regio"][-1] == {
        "code": None,
        "label": "Niet ingevuld",
        "aantal": 1,
        "aandeel": 100.0,
        "aantal_vergelijking": 0,
        "evolutie": None,
    }


def test_an_unknown_theme_or_country_changes_nothing(jurist):
    antwoord = jurist.post(
        URL,
        {
            "thema_1": "Ruimtevaartrecht",
            "nationaliteit_tekst": "Atlantis",
            "datum": nu_tekst(),
        },
    )
    assert antwoord.status_code == 200
    html = antwoord.content.decode()
    assert "Onbekend thema" in html and "Onbekend land" in html
    assert "De vraag is niet opgeslagen" in html
    assert Vraag.objects.count() == 0


def test_an_ambiguous_beginning_is_refused(jurist):
    antwoord = jurist.post(URL, {"thema_1": "ver", "datum": nu_tekst()})
    assert "niet eenduidig" in antwoord.content.decode()
    assert Vraag.objects.count() == 0


def test_a_correction_is_kept_in_the_history(jurist, maak_vraag, waarde):
    vraag = maak_vraag(
        timezone.localdate(),
        regio="antwerpen",
        jurist=jurist.user,
        themas=["verblijfsrecht-gezinshereniging"],
    )
    edit = f"/admin/juridesk/vragen/edit/{vraag.pk}/"
    formulier = jurist.get(edit)
    assert formulier.status_code == 200
    assert 'value="Verblijfsrecht &gt; Gezinshereniging"' in formulier.content.decode()
    antwoord = jurist.post(
        edit,
        {
            "regio": waarde("regio", "limburg").pk,
            "thema_1": "Verblijfsrecht > Gezinshereniging",
            "thema_2": "OCMW-steun",
            "datum": timezone.localtime(vraag.datum).strftime("%Y-%m-%dT%H:%M"),
        },
    )
    assert antwoord.status_code == 302, antwoord.content.decode()[:2000]
    vraag.refresh_from_db()
    assert vraag.regio.code == "limburg"
    assert "sociaal-recht-ocmw-steun" in set(vraag.themas.values_list("code", flat=True))
    geschiedenis = jurist.get(f"/admin/juridesk/vragen/history/{vraag.pk}/")
    assert geschiedenis.status_code == 200
    assert ModelLogEntry.objects.filter(object_id=str(vraag.pk), action="wagtail.edit").exists()
    r = bereken(Periode(timezone.localdate(), timezone.localdate()))
    regio = {x["label"]: x["aantal"] for x in r["tabellen"]["regio"]}
    assert (regio["Provincie Antwerpen"], regio["Limburg"]) == (0, 1)


def test_a_retired_value_leaves_the_form_but_stays_on_old_questions(jurist, maak_vraag, waarde):
    corona = waarde("dossier", "corona")
    assert not corona.actief
    assert "Coronavirus" not in jurist.get(URL).content.decode()
    vraag = maak_vraag("2020-04-01", dossier="corona", jurist=jurist.user)
    html = jurist.get(f"/admin/juridesk/vragen/edit/{vraag.pk}/").content.decode()
    assert "Coronavirus (niet meer in gebruik)" in html


def test_the_listing_filters(jurist, maak_vraag, waarde):
    maak_vraag("2024-03-01", regio="antwerpen", themas=["sociaal-recht-werk"])
    maak_vraag("2024-03-02", regio="limburg")
    maak_vraag("2023-03-02", regio="limburg")
    maak_vraag("2023-03-03")

    def aantal(**filters):
        antwoord = jurist.get("/admin/juridesk/vragen/", filters)
        assert antwoord.status_code == 200
        return len(antwoord.context["object_list"])

    assert aantal() == 4
    assert aantal(datum_from="2024-01-01", datum_to="2024-12-31") == 2
    assert aantal(regio="null") == 1  # "Niet ingevuld"
    assert aantal(regio=waarde("regio", "limburg").pk) == 2
    assert aantal(thema=waarde("thema", "sociaal-recht").pk) == 1
    assert aantal(jurist=jurist.user.pk) == 0


def test_old_descriptions_are_cleared_and_classifications_kept(maak_vraag, settings, capsys):
    settings.JURIDESK_OMSCHRIJVING_BEWAREN_JAREN = 2
    oud = maak_vraag(timezone.localdate() - datetime.timedelta(days=3 * 365), regio="limburg")
    recent = maak_vraag(timezone.localdate() - datetime.timedelta(days=30), regio="limburg")
    Vraag.objects.update(beschrijving="Vraag over gezinshereniging.")
    call_command("juridesk_opschonen")
    assert "gewist bij 1 vragen" in capsys.readouterr().out
    oud.refresh_from_db()
    recent.refresh_from_db()
    assert (oud.beschrijving, oud.regio.code) == ("", "limburg")
    assert recent.beschrijving == "Vraag over gezinshereniging."
    call_command("juridesk_opschonen", "--jaren", "0")
    recent.refresh_from_db()
    assert recent.beschrijving == ""


# --- the keyboard (issue 11): Enter never saves, Ctrl+Enter or the button does ------------


def test_enter_in_a_field_cannot_submit_the_form(jurist):
    """The form's default button (the one an Enter in a field would press) is a disabled
    button: an Enter in a text field submits nothing, with or without JavaScript. The save
    button names its shortcut."""
    html = jurist.get(URL).content.decode()
    formulier = html[html.index('id="juridesk-vraagformulier"') :]
    eerste_knop = formulier[formulier.index("<button") : formulier.index("</button>")]
    assert 'type="submit"' in eerste_knop and "disabled" in eerste_knop
    assert "Opslaan (Ctrl+Enter)" in html
    assert 'aria-keyshortcuts="Control+Enter"' in html
    assert "juridesk/registreren.js" in html


def test_after_an_error_the_first_field_in_error_has_the_focus(jurist):
    html = jurist.post(
        URL, {"thema_2": "Ruimtevaartrecht", "nationaliteit_tekst": "Atlantis", "datum": nu_tekst()}
    ).content.decode()
    assert "De vraag is niet opgeslagen" in html
    autofocus = [regel for regel in html.split("<") if " autofocus" in regel]
    assert len(autofocus) == 1 and 'id="id_thema_2"' in autofocus[0], autofocus


def test_correcting_from_todays_list_returns_to_the_logging_screen(jurist, maak_vraag, waarde):
    vraag = maak_vraag(timezone.localdate(), regio="antwerpen", jurist=jurist.user)
    html = jurist.get(URL).content.decode()
    link = f"/admin/juridesk/vragen/edit/{vraag.pk}/?next=/admin/juridesk/registreren/"
    assert link in html
    formulier = jurist.get(link).content.decode()
    assert f'action="/admin/juridesk/vragen/edit/{vraag.pk}/?next=' in formulier
    antwoord = jurist.post(
        link,
        {
            "regio": waarde("regio", "limburg").pk,
            "datum": timezone.localtime(vraag.datum).strftime("%Y-%m-%dT%H:%M"),
        },
    )
    assert antwoord.status_code == 302 and antwoord["Location"] == URL
    vraag.refresh_from_db()
    assert vraag.regio.code == "limburg"
    # a foreign address is not followed
    antwoord = jurist.post(
        f"/admin/juridesk/vragen/edit/{vraag.pk}/?next=https://evil.example/",
        {"datum": timezone.localtime(vraag.datum).strftime("%Y-%m-%dT%H:%M")},
    )
    assert antwoord.status_code == 302 and "evil" not in antwoord["Location"]
