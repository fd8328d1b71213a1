"""JSON Schemas for the YAML files, generated from the pydantic models.

`dossier schemas` writes them to `schemas/`; `dossier schemas --check` (and a test) fails
when the committed files differ from what the models generate, so they never drift.
Editors that speak yaml-language-server use them for completion and validation.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from dossier.model import Actor, Event, Quote, Source

SCHEMA_URL_BASE = "https://dossier.invalid/schemas/"


def generate() -> dict[str, dict[str, Any]]:
    """File name -> schema, for every kind of workspace file."""
    schemas: dict[str, dict[str, Any]] = {}
    for name, model in (("source", Source), ("actor", Actor), ("event", Event)):
        schema = model.model_json_schema()
        schemas[f"{name}.schema.json"] = _decorate(schema, f"{name}.schema.json", f"A dossier {name} file")
    quotes = TypeAdapter(list[Quote]).json_schema()
    schemas["quotes.schema.json"] = _decorate(
        quotes, "quotes.schema.json", "A dossier quotes file: the quotes of one source (quotes/<source-id>.yaml)"
    )
    return schemas


def _decorate(schema: dict[str, Any], file_name: str, title: str) -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_URL_BASE + file_name,
        **({"title": title} if "title" not in schema or file_name == "quotes.schema.json" else {}),
        **schema,
    }


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in generate().items():
        path = folder / name
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written


def drift(folder: Path) -> list[str]:
    """Names of schema files that are missing or differ from the models."""
    stale = []
    for name, schema in generate().items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != render(schema):
            stale.append(name)
    return stale
