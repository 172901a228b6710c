"""A subscriber's (and an edition's) status changes only through the methods in
nieuwsbrief/models.py: no other module of the app assigns `.status` or writes `status=` in an
UPDATE on subscribers. Read from the source (ast), so a new shortcut anywhere fails here."""

import ast
from pathlib import Path

import nieuwsbrief

APP = Path(nieuwsbrief.__file__).resolve().parent


def _wortel(knoop):
    """The name a chain like `Abonnee.objects.filter(...).exclude(...)` starts from."""
    while isinstance(knoop, ast.Call | ast.Attribute | ast.Subscript):
        knoop = knoop.func if isinstance(knoop, ast.Call) else knoop.value
    return knoop.id if isinstance(knoop, ast.Name) else None


def statuswijzigingen(bron: str):
    """(line, what) for every place in `bron` that writes a status directly."""
    gevonden = []
    for knoop in ast.walk(ast.parse(bron)):
        doelen = []
        if isinstance(knoop, ast.Assign):
            doelen = knoop.targets
        elif isinstance(knoop, ast.AugAssign | ast.AnnAssign):
            doelen = [knoop.target]
        for doel in doelen:
            if isinstance(doel, ast.Attribute) and doel.attr == "status":
                gevonden.append((knoop.lineno, f"{ast.unparse(doel)} = ..."))
        if not isinstance(knoop, ast.Call):
            continue
        functie = knoop.func
        if (
            isinstance(functie, ast.Name)
            and functie.id == "setattr"
            and len(knoop.args) > 1
            and isinstance(knoop.args[1], ast.Constant)
            and knoop.args[1].value == "status"
        ):
            gevonden.append((knoop.lineno, "setattr(..., 'status', ...)"))
        if (
            isinstance(functie, ast.Attribute)
            and functie.attr in ("update", "bulk_update")
            and _wortel(functie.value) == "Abonnee"
            and (
                any(k.arg == "status" for k in knoop.keywords)
                or "status" in ast.unparse(knoop.args[1:] if knoop.args else [])
            )
        ):
            gevonden.append((knoop.lineno, f"{ast.unparse(functie)}(status=...)"))
    return gevonden


def modules_buiten_models():
    for pad in sorted(APP.rglob("*.py")):
        if pad.name == "models.py" and pad.parent == APP or "migrations" in pad.parts:
            continue
        yield pad


def test_alleen_de_modellen_wijzigen_een_status():
    overtredingen = [
        f"{pad.relative_to(APP.parent)}:{regel}: {wat}"
        for pad in modules_buiten_models()
        for regel, wat in statuswijzigingen(pad.read_text(encoding="utf-8"))
    ]
    assert overtredingen == []


def test_de_controle_ziet_elke_vorm_van_statuswijziging():
    # The check itself can fail: each shortcut the models' methods replaced is caught.
    assert statuswijzigingen("abonnee.status = Abonnee.Status.INGESCHREVEN")
    assert statuswijzigingen("editie.status = 'verzonden'")
    assert statuswijzigingen("setattr(abonnee, 'status', 'uitgeschreven')")
    assert statuswijzigingen("Abonnee.objects.filter(pk=1).update(status='onbestelbaar')")
    assert statuswijzigingen(
        "Abonnee.objects.filter(email=a).exclude(status=s).update(status=s, reden='x')"
    )
    # Reading a status, or a delivery's own state, is not a subscriber's status change.
    assert not statuswijzigingen("Abonnee.objects.filter(status='wachtend').delete()")
    assert not statuswijzigingen("Levering.objects.filter(pk=1).update(status='mislukt')")
    assert not statuswijzigingen("if abonnee.status == Abonnee.Status.INGESCHREVEN: pass")
