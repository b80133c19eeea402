"""Generate `schemas/*.json` from the pydantic models (`make schemas`; a test checks for drift)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import BaseModel

from .models import Diff, Document, ExtractionResult, Gold

SCHEMAS: dict[str, tuple[type[BaseModel], str]] = {
    # Output documents are described as they are written (serialization mode: money is a number).
    "result.schema.json": (ExtractionResult, "serialization"),
    "document.schema.json": (Document, "serialization"),
    "gold.schema.json": (Gold, "validation"),
    "diff.schema.json": (Diff, "serialization"),
}


def render(model: type[BaseModel], mode: str) -> str:
    schema = model.model_json_schema(mode=mode)  # type: ignore[arg-type]
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
    return json.dumps(schema, indent=2, sort_keys=False, ensure_ascii=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (model, mode) in SCHEMAS.items():
        path = folder / name
        path.write_text(render(model, mode), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_schemas(Path(sys.argv[1] if len(sys.argv) > 1 else "schemas")):
        print(path)
