"""Article records as JSON (the contract in schema/article.schema.json)."""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from cronaca.document import Document


def dumps(doc: Document, indent: int | None = None) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False, indent=indent)


@cache
def schema() -> dict[str, Any]:
    return json.loads(resources.files("cronaca.schema").joinpath("article.schema.json").read_text("utf-8"))


def validate(record: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when ``record`` breaks the article contract."""
    import jsonschema

    jsonschema.Draft202012Validator(schema()).validate(record)
