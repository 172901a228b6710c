"""Hostile requests: whatever a URL holds in place of a number, the site answers normally.

`str.isdigit()` is true for "²" and "①", which `int()` then refuses, and a 20-digit number
overflows the database's integer; every integer a view reads from a URL now goes through
`core.parameters.geheel_getal`. Two tests prove it:

- the URLs of the probe that found those 500s (issue 12, finding 5), one by one;
- a hypothesis test that sends generated values (Unicode digits of categories Nd and No,
  huge and negative integers, 10,000-character values, invalid percent-escapes, plain
  text) to every query parameter of every public URL and of the juridesk statistics and
  listing screens (logged in as coordinator), at least 10,000 requests in all, and counts
  the answers per status code: none may be a 500.

The table of answers per status code is printed at the end of the module (`pytest -s`) and
written to the file named by VIJANDIG_TABEL when that is set (`bench/vijandig.py` does)."""

import datetime
import logging
import os
import string
from collections import Counter
from urllib.parse import quote

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.documents.models import Document

from kennisbank.models import HomePage, NieuwsIndexPagina, NieuwsPagina, ThemaPagina
from rechtspraak.models import Instantie, Uitspraak

GROOT = "9223372036854775808"  # 2**63: one past SQLite's and PostgreSQL's bigint
TIENDUIZEND = "9" * 10_000


def _publiceer(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture(scope="module")
def vijandige_site(django_db_setup, django_db_blocker):
    """A theme, a news page about it, a judgment, a document and a coordinator, built once
    for the module inside a transaction that is rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        home = HomePage.objects.get()
        thema = _publiceer(home, ThemaPagina(title="Verblijf", samenvatting="Over verblijf."))
        nieuws = _publiceer(
            NieuwsIndexPagina.objects.get(),
            NieuwsPagina(title="Nieuw formulier", datum=datetime.date(2024, 3, 1)),
        )
        nieuws.themas.set([thema])
        nieuws.save_revision().publish()
        uitspraak = Uitspraak(
            titel="Bestaansmiddelen",
            instantie=Instantie.objects.get(code="rvv"),
            datum=datetime.date(2024, 2, 13),
            nummer="301 234",
            samenvatting="Samenvatting.",
            live=True,
        )
        uitspraak.save()
        uitspraak.themas.set([thema])
        uitspraak.save()
        document = Document(title="Arrest")
        document.file.save("arrest.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=False)
        document.save()
        from django.contrib.auth import get_user_model

        coordinator = get_user_model().objects.create_user(
            "coordinator-vijandig", password="geheim-wachtwoord-123", is_staff=True
        )
        coordinator.groups.add(Group.objects.get(name="Coördinatoren"))
        yield {
            "thema": thema,
            "nieuws": nieuws,
            "uitspraak": uitspraak,
            "document": document,
            "coordinator": coordinator,
        }
        transaction.set_rollback(True)


@pytest.fixture
def site(vijandige_site, db):
    return vijandige_site


# --- The probe's URLs, one by one -------------------------------------------------------

UIT_HET_ONDERZOEK = [
    "/zoeken/?page=%C2%B2",
    "/zoeken/?q=verblijf&direct=0&page=%C2%B2",
    "/api/zoeken/?limit=%C2%B3",
    "/api/zoeken/?page=%E2%91%A0",
    "/api/zoeken/?q=verblijf&page=%D9%A1",
    "/rechtspraak/?jaar=%C2%B2",
    "/rechtspraak/?thema=%C2%B9",
    "/rechtspraak/?page=%C2%B2",
    "/api/rechtspraak/?jaar=%C2%B2",
    "/api/rechtspraak/?thema=%C2%B9",
    "/rechtspraak/feed/?thema=%C2%B2",
    "/nieuws/?thema=%C2%B2",
    f"/nieuws/?thema={GROOT}",
    "/nieuws/?page=%C2%B2",
    f"/nieuws/?page={GROOT}",
    f"/nieuws/?thema={TIENDUIZEND}",
    f"/rechtspraak/?thema={TIENDUIZEND}",
    f"/rechtspraak/feed/?thema={TIENDUIZEND}",
    f"/rechtspraak/feed/?thema={GROOT}",
    f"/rechtspraak/?thema={GROOT}",
    f"/rechtspraak/?instantie={GROOT}",
    f"/rechtspraak/?page={GROOT}",
    f"/api/zoeken/?limit={GROOT}&page={GROOT}",
    f"/rechtspraak/{GROOT}/",
    f"/rechtspraak/{GROOT}/een-slug/",
    f"/rechtspraak/{TIENDUIZEND}/",
    f"/documenten/{GROOT}/arrest.pdf",
    f"/documenten/{TIENDUIZEND}/arrest.pdf",
    "/documenten/%C2%B2/arrest.pdf",
    "/documenten/%D9%A1/arrest.pdf",
    f"/documenten/authenticate_with_password/{GROOT}/",
    f"/_util/authenticate_with_password/{GROOT}/{GROOT}/",
    "/sitemap.xml?p=%C2%B2",
]


@pytest.mark.parametrize("url", UIT_HET_ONDERZOEK)
def test_the_probes_urls_answer_normally(site, url):
    antwoord = Client().get(url)
    assert antwoord.status_code in (200, 404), antwoord.status_code


@pytest.mark.parametrize(
    "url",
    [
        "/admin/juridesk/statistieken/?jaar=%C2%B2",
        f"/admin/juridesk/statistieken/?jaar={GROOT}",
        f"/admin/juridesk/statistieken/alle.csv?jaar={TIENDUIZEND}",
        f"/admin/juridesk/vragen/?p={GROOT}",
        "/admin/juridesk/vragen/?p=%C2%B2",
        f"/admin/juridesk/vragen/?regio={GROOT}",
        f"/admin/juridesk/vragen/?thema={GROOT}&jurist={GROOT}",
        "/admin/juridesk/vragen/?regio=%C2%B2",
        f"/admin/juridesk/vragen/{GROOT}/",
        "/admin/juridesk/vragen/%C2%B2/",
        f"/admin/juridesk/lijsten/?p={GROOT}",
        f"/admin/juridesk/lijsten/{GROOT}/",
    ],
)
def test_the_coordinators_screens_answer_normally(site, url):
    client = Client()
    client.force_login(site["coordinator"])
    antwoord = client.get(url)
    assert antwoord.status_code in (200, 302, 400, 404), antwoord.status_code


def test_a_valid_number_still_works(site):
    """The guard must not throw the good values out with the bad."""
    thema, nieuws, uitspraak = site["thema"], site["nieuws"], site["uitspraak"]
    client = Client()
    lijst = client.get(f"/nieuws/?thema={thema.pk}")
    assert lijst.context["gekozen_thema"] == thema
    assert nieuws.title in lijst.content.decode()
    assert client.get(f"/rechtspraak/{uitspraak.pk}/").status_code == 301
    gevonden = client.get(f"/api/rechtspraak/?thema={thema.pk}").json()
    assert gevonden["count"] == 1
    assert client.get("/api/zoeken/?q=verblijf&limit=1&page=1").json()["page"] == 1
    assert client.get(site["document"].url).status_code == 200
    coordinator = Client()
    coordinator.force_login(site["coordinator"])
    assert coordinator.get("/admin/juridesk/statistieken/?jaar=2024&deel=h2").status_code == 200
    assert coordinator.get("/admin/juridesk/vragen/?p=1").status_code == 200


# --- Generated requests -------------------------------------------------------------------

# Values as they stand in a URL (already percent-encoded), of every kind that broke a view.
UNICODE_CIJFERS = st.characters(categories=["Nd", "No"])
ONGELDIGE_ESCAPES = st.sampled_from(
    ["%", "%%", "%zz", "%G0", "%C2", "%FF", "%E2%91", "%ED%A0%80", "%C0%AF", "1%", "%%32", "%F0"]
)
_ruwe_waarden = st.one_of(
    st.text(UNICODE_CIJFERS, min_size=1, max_size=6),
    st.tuples(
        st.text(string.digits, max_size=4), UNICODE_CIJFERS, st.text(string.digits, max_size=4)
    ).map("".join),
    st.integers(min_value=2**31 - 2, max_value=2**80).map(str),
    st.integers(min_value=-(2**80), max_value=0).map(str),
    st.integers(min_value=0, max_value=5000).map(str),
    st.builds(
        lambda teken, lengte: teken * lengte,
        st.sampled_from(["9", "1", "²", "①", "٣", "a", "é", " ", "-"]),
        st.sampled_from([10_000, 9_999, 4_301]),
    ),
    st.text(max_size=12),
    st.sampled_from(
        ["", " 7 ", "+3", "-1", "0", "1e3", "0x1f", "1_000", "3.5", "NaN", "∞", "2024-13-45"]
    ),
)
waarden = st.one_of(
    _ruwe_waarden.map(lambda waarde: quote(waarde, safe="")),
    st.tuples(ONGELDIGE_ESCAPES, st.text(string.digits, max_size=3), ONGELDIGE_ESCAPES).map(
        "".join
    ),
)

ZOEKVRAAG = ["q", "instantie", "jaar", "thema", "soort", "taal", "van", "tot", "sortering", "page"]
PERIODE = ["jaar", "deel", "van", "tot", "vergelijk_van", "vergelijk_tot"]
VRAGEN = [
    "p",
    "ordering",
    "datum_from",
    "datum_to",
    "kanaal",
    "lijn",
    "regio",
    "categorie",
    "sector",
    "thema",
    "verblijfssituatie",
    "nationaliteit",
    "dossier",
    "afhandeling",
    "jurist",
]

# (URL, its query parameters, requests): a "{}" in the URL takes the value itself. The
# number of requests per URL keeps the run at a few minutes; the sum is over 10,000.
PUBLIEK = [
    ("/zoeken/", ["q", "type", "page", "direct"], 1100),
    ("/api/zoeken/", ["q", "type", "page", "limit"], 3200),
    ("/api/suggesties/", ["q"], 1800),
    ("/rechtspraak/", ZOEKVRAAG, 800),
    ("/api/rechtspraak/", ZOEKVRAAG, 1800),
    ("/rechtspraak/feed/", ["thema", "instantie"], 500),
    ("/nieuws/", ["thema", "page"], 250),
    ("/nieuws/feed/", ["thema", "page"], 100),
    ("/sitemap.xml", ["p"], 150),
    ("/", ["page", "thema"], 100),
    ("/rechtspraak/{}/", [], 300),
    ("/rechtspraak/{}/bestaansmiddelen/", [], 150),
    ("/rechtspraak/ecli/{}/", [], 200),
    ("/documenten/{}/arrest.pdf", [], 300),
    ("/documenten/authenticate_with_password/{}/", [], 100),
]
COORDINATOR = [
    ("/admin/juridesk/statistieken/", PERIODE, 150),
    ("/admin/juridesk/statistieken/alle.csv", PERIODE, 100),
    ("/admin/juridesk/statistieken/alle.json", PERIODE, 80),
    ("/admin/juridesk/statistieken/grafiek/regio.svg", PERIODE, 30),
    ("/admin/juridesk/vragen/", VRAGEN, 40),
    ("/admin/juridesk/vragen/results/", VRAGEN, 40),
    ("/admin/juridesk/lijsten/", ["lijst", "actief", "q", "p", "ordering"], 40),
    ("/admin/juridesk/vragen/edit/{}/", [], 40),
    ("/admin/juridesk/vragen/inspect/{}/", [], 40),
    ("/admin/juridesk/lijsten/edit/{}/", [], 40),
]
# For a longer run: VIJANDIG_FACTOR=5 pytest tests/test_vijandig.py
FACTOR = float(os.environ.get("VIJANDIG_FACTOR", "1"))
TELLING = Counter()


def verzoeken(url, namen):
    if "{}" in url:
        return waarden.map(url.format)
    paren = st.lists(st.tuples(st.sampled_from(namen), waarden), min_size=1, max_size=3)
    return paren.map(lambda paren: url + "?" + "&".join(f"{naam}={w}" for naam, w in paren))


def _bestook(client, url, namen, aantal):
    # thousands of "Not Found" warnings only slow the run down; a 500 still logs an ERROR
    logging.getLogger("django.request").setLevel(logging.ERROR)

    @settings(
        max_examples=max(1, int(aantal * FACTOR)),
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(verzoek=verzoeken(url, namen))
    def stuur(verzoek):
        antwoord = client.get(verzoek)
        TELLING[antwoord.status_code] += 1
        assert antwoord.status_code < 500, f"{antwoord.status_code} op {verzoek[:300]}"

    try:
        stuur()
    finally:
        logging.getLogger("django.request").setLevel(logging.NOTSET)


@pytest.fixture(scope="module", autouse=True)
def tabel():
    yield
    if not TELLING:
        return
    regels = [f"{'status':>6}  {'aantal':>7}"]
    regels += [f"{status:>6}  {aantal:>7}" for status, aantal in sorted(TELLING.items())]
    regels.append(f"{'totaal':>6}  {sum(TELLING.values()):>7}")
    print("\nVijandige verzoeken per statuscode:\n" + "\n".join(regels))
    if os.environ.get("VIJANDIG_TABEL"):
        with open(os.environ["VIJANDIG_TABEL"], "w", encoding="utf-8") as bestand:
            bestand.write("\n".join(regels) + "\n")


def test_hostile_requests_to_every_url_never_answer_500(site):
    """One test for all URLs, so that it runs whole in one process (also under xdist) and
    can count: at least 10,000 requests, none answered with a 500 (each is asserted as it
    comes back; the count per status code is printed at the end of the module)."""
    TELLING.clear()
    bezoeker = Client(raise_request_exception=False)
    for url, namen, aantal in PUBLIEK:
        _bestook(bezoeker, url, namen, aantal)
    coordinator = Client(raise_request_exception=False)
    coordinator.force_login(site["coordinator"])
    for url, namen, aantal in COORDINATOR:
        _bestook(coordinator, url, namen, aantal)
    assert sum(TELLING.values()) >= 10_000 * min(FACTOR, 1)
    assert TELLING[500] == 0


@pytest.mark.parametrize("als", ["admin", "bezoeker"])
def test_wagtails_error_test_view_is_not_served(client, maak_gebruiker, als):
    """/admin/failwhale/ raises an exception on purpose (Wagtail's test of error mails); in
    production that was a 500 on demand, for anyone."""
    if als == "admin":
        client.force_login(maak_gebruiker("beheerder", superuser=True))
    client.raise_request_exception = False
    assert client.get("/admin/failwhale/").status_code == 404
