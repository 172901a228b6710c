"""The structure of the project, checked: what a maintainer reads points at things that exist,
every URLconf that is included serves something, and the borders between the apps hold
(lint-imports with the contracts in pyproject.toml)."""

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from django.urls import URLResolver, get_resolver

PROJECT = Path(__file__).resolve().parent.parent

# Not the project's own files.
NIET_VAN_HET_PROJECT = {
    ".git",
    ".venv",
    "node_modules",
    "static_collected",
    "media",
    "tmp",
    "__pycache__",
}
TEKSTBESTANDEN = {
    ".py",
    ".md",
    ".html",
    ".txt",
    ".toml",
    ".cfg",
    ".ini",
    ".sh",
    ".conf",
    ".service",
    ".timer",
    ".json",
    ".jsonl",
    ".css",
    ".js",
    ".yml",
    ".yaml",
}


def projectbestanden():
    for pad in sorted(PROJECT.rglob("*")):
        deel = pad.relative_to(PROJECT).parts
        if any(d in NIET_VAN_HET_PROJECT or d.endswith(".egg-info") for d in deel):
            continue
        if pad.is_file() and (pad.suffix in TEKSTBESTANDEN or pad.name == "Makefile"):
            yield pad


def test_nothing_cites_a_document_outside_the_project():
    # Spelled in two parts so that this file does not cite them itself.
    buiten = ["DOMAIN" + ".md", "../" + "shared", "/work/" + "shared"]
    gevonden = [
        f"{pad.relative_to(PROJECT)}: {woord}"
        for pad in projectbestanden()
        for woord in buiten
        if woord in pad.read_text(encoding="utf-8", errors="replace")
    ]
    assert gevonden == []


GECITEERD_PAD = re.compile(
    r"(?<![\w./-])((?:tests|docs|bench|deploy)/[\w/.-]+\.(?:py|md|sh|conf|json|jsonl))"
)


def test_every_cited_file_of_the_project_exists():
    ontbrekend = [
        f"{pad.relative_to(PROJECT)}: {geciteerd}"
        for pad in projectbestanden()
        if pad.suffix != ".jsonl"
        for geciteerd in GECITEERD_PAD.findall(pad.read_text(encoding="utf-8", errors="replace"))
        if not (PROJECT / geciteerd).exists()
    ]
    assert ontbrekend == []


def lege_urlconfs(resolver, prefix=""):
    for patroon in resolver.url_patterns:
        if isinstance(patroon, URLResolver):
            naam = getattr(patroon.urlconf_module, "__name__", repr(patroon.urlconf_module))
            if not patroon.url_patterns:
                yield f"{prefix}{patroon.pattern} -> {naam}"
            yield from lege_urlconfs(patroon, prefix + str(patroon.pattern))


def test_every_included_urlconf_serves_something():
    assert list(lege_urlconfs(get_resolver())) == []


LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def contracten():
    with open(PROJECT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["tool"]["importlinter"]


def lint_imports(map):
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "pyproject.toml"],
        cwd=map,
        env={"PYTHONPATH": str(map), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
        capture_output=True,
        text=True,
    )


def test_the_contracts_of_architecture_md_are_checked():
    namen = {c["id"] for c in contracten()["contracts"]}
    assert {
        "een-richting",
        "juridesk-alleen",
        "niemand-juridesk",
        "instellingen",
        "zoeken-alleen",
    } <= namen
    architectuur = (PROJECT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    for contract in contracten()["contracts"]:
        assert contract["name"] in architectuur, contract["id"]


def test_the_project_keeps_its_contracts():
    uitkomst = lint_imports(PROJECT)
    assert uitkomst.returncode == 0, uitkomst.stdout + uitkomst.stderr
    assert "0 broken" in uitkomst.stdout


@pytest.fixture(scope="module")
def kopie(tmp_path_factory):
    """The project's packages (their Python source) and its pyproject.toml, in a scratch dir."""
    map = tmp_path_factory.mktemp("project")
    shutil.copy(PROJECT / "pyproject.toml", map)
    for pakket in contracten()["root_packages"]:
        shutil.copytree(
            PROJECT / pakket,
            map / pakket,
            ignore=lambda d, namen: [
                n for n in namen if not (n.endswith(".py") or (Path(d) / n).is_dir())
            ],
        )
    return map


@pytest.mark.parametrize(
    ("module", "regel", "contract"),
    [
        ("juridesk/verboden.py", "from kennisbank import models", "juridesk imports no other app"),
        ("kennisbank/verboden.py", "import rechtspraak.ecli", "Apps depend one way"),
        ("kennisbank/verboden.py", "from nieuwsbrief import mail", "Apps depend one way"),
        ("core/verboden.py", "import rechtspraak.models", "Apps depend one way"),
        ("zoeken/verboden.py", "import juridesk.models", ("No other app", "zoeken imports no")),
        ("zoeken/verboden.py", "from kennisbank import models", ("Apps", "zoeken imports no")),
        ("zoeken/verboden.py", "from config.settings import base", ("No app", "zoeken imports")),
        ("core/verboden.py", "from zoeken import analyse", "Apps depend one way"),
        ("rechtspraak/verboden.py", "import nieuwsbrief.models", "Apps depend one way"),
        ("nieuwsbrief/verboden.py", "import juridesk.stats", "No other app imports juridesk"),
        ("core/verboden.py", "from config.settings import base", "No app imports the project"),
        ("nieuwsbrief/verboden.py", "import jaarverslag.models", "No app imports jaarverslag"),
        (
            "juridesk/verboden.py",
            "import inhoudsopvolging.gegevens",
            ("juridesk imports", "No app imports inhoudsopvolging"),
        ),
        (
            "nieuwsbrief/verboden.py",
            "import inhoudsopvolging.exports",
            "No app imports inhoudsopvolging",
        ),
    ],
)
def test_lint_imports_fails_on_an_import_across_a_border(kopie, module, regel, contract):
    assert lint_imports(kopie).returncode == 0
    verboden = kopie / module
    verboden.write_text(f"def later():\n    {regel}\n", encoding="utf-8")
    try:
        uitkomst = lint_imports(kopie)
    finally:
        verboden.unlink()
    assert uitkomst.returncode != 0
    gebroken = [r for r in uitkomst.stdout.splitlines() if re.search(r" BROKEN( \(|$)", r)]
    # one contract, or (for zoeken) its own and the general one that also covers the import
    verwacht = contract if isinstance(contract, tuple) else (contract,)
    assert len(gebroken) == len(verwacht), uitkomst.stdout
    assert all(any(r.startswith(c) for r in gebroken) for c in verwacht), uitkomst.stdout


def acyclische_apps():
    return [c["ancestors"][0] for c in contracten()["contracts"] if c["type"] == "acyclic_siblings"]


def test_every_app_is_held_to_no_cycles():
    assert sorted(acyclische_apps()) == sorted(
        p for p in contracten()["root_packages"] if p != "config"
    )


@pytest.mark.parametrize("app", acyclische_apps())
def test_lint_imports_fails_on_a_cycle_between_the_modules_of_an_app(kopie, app):
    """Two new modules of one app that import each other (one of them only inside a
    function, where such imports used to hide): that app's contract breaks, no other."""
    heen, terug = kopie / app / "kring_heen.py", kopie / app / "kring_terug.py"
    heen.write_text(f"from {app} import kring_terug  # noqa\n", encoding="utf-8")
    terug.write_text(f"def later():\n    from {app} import kring_heen  # noqa\n", encoding="utf-8")
    try:
        uitkomst = lint_imports(kopie)
    finally:
        heen.unlink()
        terug.unlink()
    gebroken = [r for r in uitkomst.stdout.splitlines() if re.search(r" BROKEN( \(|$)", r)]
    assert gebroken == [f"No cycles between the modules of {app} BROKEN"], uitkomst.stdout


# A module longer than this is hard to hold in one's head: split it by job.
MAX_REGELS = 600
# Known debt: the modules over the limit today, at their length today. They may shrink, not grow;
# any other module over the limit fails.
TE_LANG: dict[str, int] = {}
# Not held to the limit: generated migrations, the tests and the benchmarks.
BUITEN_DE_GRENS = {"tests", "bench", "migrations"}


def te_lange_modules(map, bekend):
    """Each module under `map` over the limit or over its known length, as "path: N lines"."""
    fouten = []
    for pad in sorted(map.rglob("*.py")):
        deel = pad.relative_to(map).parts
        if any(d in NIET_VAN_HET_PROJECT or d in BUITEN_DE_GRENS for d in deel):
            continue
        naam = "/".join(deel)
        regels = len(pad.read_text(encoding="utf-8").splitlines())
        if regels > bekend.get(naam, MAX_REGELS):
            grens = bekend.get(naam, MAX_REGELS)
            fouten.append(f"{naam}: {regels} lines (at most {grens})")
    return fouten


def test_no_module_grows_past_600_lines():
    assert te_lange_modules(PROJECT, TE_LANG) == []


def test_a_long_module_is_named(tmp_path):
    (tmp_path / "app" / "migrations").mkdir(parents=True)
    (tmp_path / "app" / "kort.py").write_text("x = 1\n" * MAX_REGELS)
    (tmp_path / "app" / "lang.py").write_text("x = 1\n" * (MAX_REGELS + 1))
    (tmp_path / "app" / "schuld.py").write_text("x = 1\n" * 700)
    (tmp_path / "app" / "gegroeid.py").write_text("x = 1\n" * 651)
    (tmp_path / "app" / "migrations" / "0001_lang.py").write_text("x = 1\n" * 2000)
    bekend = {"app/schuld.py": 700, "app/gegroeid.py": 650}
    assert te_lange_modules(tmp_path, bekend) == [
        "app/gegroeid.py: 651 lines (at most 650)",
        "app/lang.py: 601 lines (at most 600)",
    ]


DEMO = PROJECT / "kennisbank" / "demo"


@pytest.mark.parametrize("map", [DEMO, PROJECT / "rechtspraak" / "demo"])
def test_the_demo_is_data_and_one_loader(map):
    """Demo pages and judgments are written in the importers' JSON lines, not made by Python."""
    assert sorted(p.name for p in map.glob("*.py")) == ["__init__.py"]
    assert len((map / "__init__.py").read_text(encoding="utf-8").splitlines()) < 100
    assert list(map.glob("*.jsonl"))


def test_the_demo_site_is_what_its_data_files_say(home):
    import json

    from wagtail.models import Page

    from kennisbank import demo
    from kennisbank.models import HomePage, JurideskPagina

    demo.laad()

    regels = [json.loads(r) for r in (DEMO / "kennisbank.jsonl").read_text("utf-8").splitlines()]
    titels = dict(Page.objects.values_list("url_path", "title"))
    assert {f"/home/{r['pad']}/": r["titel"] for r in regels}.items() <= titels.items()
    vast = json.loads((DEMO / "vaste_paginas.json").read_text("utf-8"))
    assert HomePage.objects.get().intro == vast["startpagina"]["intro"]
    juridesk = JurideskPagina.objects.get()
    for veld in ("bereikbaarheid", "telefoon", "email_ipr"):
        assert getattr(juridesk, veld) == vast["juridesk-pagina"][veld]
    assert "<b>professionals</b>" in vast["juridesk-pagina"]["intro"]
    assert "<b>professionals</b>" in juridesk.intro


def test_the_known_debt_is_still_debt():
    """A module split below the limit leaves the list: it may not grow back unnoticed."""
    afgelost = [
        naam
        for naam in TE_LANG
        if not (PROJECT / naam).exists()
        or len((PROJECT / naam).read_text(encoding="utf-8").splitlines()) <= MAX_REGELS
    ]
    assert afgelost == [], "remove from TE_LANG"
