"""The chapter as a file: JSON (the computation's structure as it is), HTML and DOCX."""

import json

FORMATEN = {
    "json": "application/json; charset=utf-8",
}


def als_json(verslag):
    return json.dumps(verslag.data, ensure_ascii=False, indent=2) + "\n"


def maak(verslag, formaat):
    if formaat == "json":
        return als_json(verslag)
    raise ValueError(f"Onbekend formaat {formaat!r}")
