"""Who gets what: every admin, juridesk, statistics and export URL walked as an anonymous
visitor, a redacteur, a jurist and a coördinator; and CSRF on the public forms.

The URL families are found by reversing their names (and the snippet and viewset
registries), so a part that is absent is left out instead of failing the matrix."""

import pytest
from django.test import Client
from django.urls import NoReverseMatch, reverse

pytestmark = pytest.mark.django_db

ANONIEM, REDACTEUR, JURIST, COORDINATOR = "anoniem", "redacteur", "jurist", "coördinator"
GROEP = {REDACTEUR: "Redacteurs", JURIST: "Juristen", COORDINATOR: "Coördinatoren"}
OK, GEWEIGERD, LOGIN = "ok", "geweigerd", "login"


def url(naam, *args, query=""):
    try:
        return reverse(naam, args=args) + (f"?{query}" if query else "")
    except NoReverseMatch:
        return None


def juridesk_tabel():
    try:
        from juridesk.views import TABELLEN
    except ImportError:
        return None
    return next(iter(TABELLEN), None)


def juridesk_urls():
    """(family, url, who may: set of roles) for the juridesk screens."""
    tabel = juridesk_tabel()
    rijen = [
        ("juridesk: vraag registreren", url("juridesk_registreren"), {JURIST, COORDINATOR}),
        ("juridesk: alle vragen", url("juridesk_vraag:index"), {JURIST, COORDINATOR}),
        (
            "juridesk: vragen exporteren",
            url("juridesk_vraag:index", query="export=csv"),
            {COORDINATOR},
        ),
        ("juridesk: statistieken", url("juridesk_statistieken"), {COORDINATOR}),
        (
            "juridesk: statistieken exporteren",
            url("juridesk_statistieken_export", "alle", "csv"),
            {COORDINATOR},
        ),
        (
            "juridesk: grafiek",
            url("juridesk_grafiek", tabel, "svg") if tabel else None,
            {COORDINATOR},
        ),
        ("juridesk: lijsten", url("juridesk_waarde:index"), {COORDINATOR}),
        (
            "juridesk: themakoppelingen",
            url("juridesk_themakoppeling:index"),
            {COORDINATOR},
        ),
    ]
    return [r for r in rijen if r[1]]


def algemene_admin_urls():
    """Admin screens every editorial or juridesk role reaches (with access_admin)."""
    rijen = [
        ("admin: dashboard", url("wagtailadmin_home")),
        ("admin: account", url("wagtailadmin_account")),
        ("admin: tweestapsverificatie", url("core_tweestap")),
    ]
    return [r for r in rijen if r[1]]


def redactie_urls():
    """Pages, documents, images, snippets of every app: by model permission."""
    from wagtail.snippets.models import get_snippet_models

    rijen = [
        ("admin: pagina's", url("wagtailadmin_explore_root"), "pagina's"),
        ("admin: documenten", url("wagtaildocs:index"), "wagtaildocs.change_document"),
        ("admin: afbeeldingen", url("wagtailimages:index"), "wagtailimages.change_image"),
    ]
    for model in get_snippet_models():
        meta = model._meta
        try:
            lijst = reverse(model.snippet_viewset.get_url_name("list"))
        except NoReverseMatch:
            continue
        rijen.append(
            (
                f"snippets: {meta.app_label}.{meta.model_name}",
                lijst,
                f"{meta.app_label}.*_{meta.model_name}",
            )
        )
    rijen.append(
        ("nieuwsbrief: opstellen", url("nieuwsbrief_admin:opstellen"), "nieuwsbrief.add_editie")
    )
    return [r for r in rijen if r[1]]


def mag(user, permissie):
    if user is None:
        return False
    if permissie == "pagina's":
        from wagtail.permission_policies.pages import PagePermissionPolicy

        return PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])
    app, codename = permissie.split(".")
    if codename.startswith("*_"):
        model = codename[2:]
        return any(
            user.has_perm(f"{app}.{actie}_{model}") for actie in ("add", "change", "delete", "view")
        )
    return user.has_perm(permissie)


@pytest.fixture
def gebruikers(maak_gebruiker):
    users = {ANONIEM: None}
    for rol, groep in GROEP.items():
        users[rol] = maak_gebruiker(rol.replace("ö", "o"), groep=groep)
    return users


def uitkomst(response):
    if response.status_code == 200:
        return OK
    if response.status_code == 302 and "/login/" in response["Location"]:
        return LOGIN
    if response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    ):
        return GEWEIGERD
    return f"HTTP {response.status_code}"


def bezoek(users, adres):
    resultaat = {}
    for rol, user in users.items():
        client = Client()
        if user is not None:
            client.force_login(user)
        resultaat[rol] = uitkomst(client.get(adres))
    return resultaat


def test_anonymous_visitors_are_sent_to_the_login_everywhere(gebruikers):
    adressen = (
        [r[1] for r in juridesk_urls()]
        + [r[1] for r in algemene_admin_urls()]
        + [r[1] for r in redactie_urls()]
    )
    assert len(adressen) >= 6
    fouten = {
        adres: gekregen
        for adres in adressen
        if (gekregen := bezoek({ANONIEM: None}, adres)[ANONIEM]) != LOGIN
    }
    assert fouten == {}


def test_juridesk_matrix(gebruikers):
    rijen = juridesk_urls()
    if not rijen:
        pytest.skip("de juridesk heeft (nog) geen beheerschermen")
    verwacht, gekregen = {}, {}
    for familie, adres, wie in rijen:
        uitkomsten = bezoek(gebruikers, adres)
        for rol in (REDACTEUR, JURIST, COORDINATOR):
            verwacht[(familie, rol)] = OK if rol in wie else GEWEIGERD
            gekregen[(familie, rol)] = uitkomsten[rol]
    assert gekregen == verwacht


def test_every_role_reaches_its_own_admin_dashboard(gebruikers):
    for familie, adres in algemene_admin_urls():
        uitkomsten = bezoek(gebruikers, adres)
        assert {rol: uitkomsten[rol] for rol in GROEP} == dict.fromkeys(GROEP, OK), familie


def test_editorial_screens_follow_the_model_permissions(gebruikers):
    """A redacteur keeps the content; the juridesk roles see only what their group was given."""
    verwacht, gekregen = {}, {}
    for familie, adres, permissie in redactie_urls():
        uitkomsten = bezoek(gebruikers, adres)
        for rol in GROEP:
            user = gebruikers[rol]
            verwacht[(familie, rol)] = OK if mag(user, permissie) else GEWEIGERD
            gekregen[(familie, rol)] = uitkomsten[rol]
    assert gekregen == verwacht
    # the editors' own work is there for them
    for familie in (
        "admin: pagina's",
        "admin: documenten",
        "admin: afbeeldingen",
        "snippets: zoeken.synoniemgroep",
    ):
        assert gekregen[(familie, REDACTEUR)] == OK, familie


# --- CSRF --------------------------------------------------------------------------------


def test_public_forms_refuse_a_post_without_csrf_token(gebruikers):
    client = Client(enforce_csrf_checks=True)
    formulieren = [
        url("nieuwsbrief:inschrijven"),
        url("nieuwsbrief:beheren", "onbekend-token"),
        url("nieuwsbrief:bevestigen", "onbekende-sleutel"),
        url("wagtailadmin_login"),
    ]
    formulieren = [f for f in formulieren if f]
    assert formulieren
    for adres in formulieren:
        response = client.post(adres, {"email": "a@example.be", "username": "x", "password": "y"})
        assert response.status_code == 403, adres


def test_admin_forms_refuse_a_post_without_csrf_token(gebruikers):
    client = Client(enforce_csrf_checks=True)
    client.force_login(gebruikers[COORDINATOR])
    adressen = [url("juridesk_registreren"), url("core_tweestap")]
    for adres in [a for a in adressen if a]:
        assert client.post(adres, {}).status_code == 403, adres


def test_one_click_unsubscribe_needs_no_csrf_token():
    adres = url("nieuwsbrief:afmelden", "onbekend-token")
    if not adres:
        pytest.skip("de nieuwsbrief heeft geen afmeldadres")
    client = Client(enforce_csrf_checks=True)
    response = client.post(adres, {"List-Unsubscribe": "One-Click"})
    # RFC 8058: mailbox providers POST without cookies or token; an unknown token is
    # refused on its merits, never by the CSRF check
    assert response.status_code != 403
