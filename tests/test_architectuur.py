"""The structure of the project, checked: what a maintainer reads points at things that exist,
and every URLconf that is included serves something."""

import re
from pathlib import Path

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
