"""Headless Chromium through Playwright against pytest-django's live server.

Debian's chromium (apt) is used; Playwright cannot download its own browser here.
Tests skip with a reason when chromium is not installed."""

import os
import shutil
from pathlib import Path

import pytest
from django.core.cache import cache

from tests.nieuwsbrief.conftest import smtp_op

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "tests" / "output"

# Playwright's sync API runs an event loop in this thread; Django's ORM is used
# from the test body at the same time (fixtures), which is safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _inhoudstypes_eerst(origineel):
    """Serialized rollback, content types first.

    Restoring the migrated database saves every row with raw=True; some of Wagtail's
    signal handlers still look up (and, when missing, create) a content type meanwhile,
    and the saved row for that type then collides with the new one. Restoring the
    content types before everything else makes those look-ups find the saved rows."""

    def herstel(self, data):
        import json

        from django.core import serializers

        rijen = [rij for rij in json.loads(data) if rij["model"] == "contenttypes.contenttype"]
        for obj in serializers.deserialize("python", rijen, using=self.connection.alias):
            obj.save()
        return origineel(self, data)

    return herstel


def pytest_configure(config):
    from django.db.backends.base.creation import BaseDatabaseCreation

    BaseDatabaseCreation.deserialize_db_from_string = _inhoudstypes_eerst(
        BaseDatabaseCreation.deserialize_db_from_string
    )


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)
            # live_server makes every browser test transactional: its teardown empties the
            # tables, data migrations included (home page, groups, courts, lists). With
            # serialized rollback each browser test starts from the migrated database again,
            # whichever browser test ran before it.
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """On SQLite, the browser tests' database is a file, not shared-cache memory.

    The live server answers the browser from other threads than the test's. In shared-cache
    memory a connection that reads a table another one is writing fails at once with
    "database table is locked" (Wagtail's autosave beside a preview did, on a busy machine);
    a file in WAL mode with the busy timeout of the settings lets readers read and writers
    wait, as the development site does."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        bestand = tmp_path_factory.mktemp("databank") / "browser.sqlite3"
        database.setdefault("TEST", {})["NAME"] = str(bestand)


@pytest.fixture(scope="session")
def browser():
    if not (Path(CHROMIUM).exists() or shutil.which("chromium")):
        pytest.skip("chromium is niet geïnstalleerd (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"),
            args=CHROMIUM_ARGS,
            headless=True,
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="nl-BE")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def mailserver(settings, live_server):
    """A real SMTP server for the newsletter's journeys; yields its Postvak (its messages).

    Links in the mail point at the live server; the cache (the subscription form's
    limits among it) starts empty."""
    with smtp_op(settings) as postvak:
        settings.SITE_URL = live_server.url
        cache.clear()
        yield postvak


@pytest.fixture
def lotte(page, maak_gebruiker):
    """Lotte, redacteur, signed in to the admin's list of newsletter editions."""
    maak_gebruiker("redacteur-lotte", groep="Redacteurs")
    page.goto("/admin/login/?next=/admin/snippets/nieuwsbrief/editie/")
    page.locator("#id_username").fill("redacteur-lotte")
    page.locator("#id_password").fill("geheim-wachtwoord-123")  # tests/conftest.py maak_gebruiker
    page.locator("#id_password").press("Enter")
    page.wait_for_url("**/admin/snippets/nieuwsbrief/editie/")
    return page


@pytest.fixture
def screenshot(page):
    def take(name):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def axe(page):
    """axe(page) runs axe-core for WCAG 2.1 A/AA and returns the violations."""
    if not AXE.exists():
        pytest.fail("node_modules/axe-core ontbreekt: voer `npm ci` uit (make test doet dat)")

    def run(target=None):
        target = target or page
        # a message still fading in (Wagtail's admin messages) has a lower contrast for a
        # moment: let short animations and transitions end first, as a reader sees them
        # (long decorative ones, like the 25 s pulse of Wagtail's badge, are left running)
        target.wait_for_function(
            """() => document.getAnimations().every(a => a.playState !== 'running'
                || !a.effect || a.effect.getComputedTiming().endTime > 5000)""",
            timeout=10_000,
        )
        # evaluate, not add_script_tag: the site's Content-Security-Policy forbids inline
        # <script> elements (which add_script_tag inserts), not DevTools evaluation.
        target.evaluate(AXE.read_text(encoding="utf-8") + "\n;true")
        result = target.evaluate(
            """async () => await axe.run(document, {runOnly: {type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"""
        )
        return [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]
        ]

    return run
