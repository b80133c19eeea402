"""Snapshot every paper's extraction, and compare two snapshots (a refactor must not change them).

    python bench/snapshot.py write DIR [ROOT ...]   # one JSON per paper under DIR
    python bench/snapshot.py compare OLD NEW        # which papers' records changed, by kind

Used to check that a change of structure leaves the outputs on samples/ and the corpus as they
were; it is a development tool, not part of the test suite (the corpus is not in the repository).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this tree's pipeline

KINDS = ("document", "tables", "appointments", "posts", "dates", "amounts", "resolutions",
         "warnings", "items")


def write(out: Path, roots: list[Path]) -> None:
    import pipeline
    from pipeline.batch import collect_inputs
    from pipeline.errors import IngestError

    out.mkdir(parents=True, exist_ok=True)
    papers, _ = collect_inputs([str(r) for r in roots])  # (a list: it is read twice) the batch's own notion of a paper
    for path in papers:
        name = str(path).replace("/", "__") + ".json"
        try:
            data = json.loads(pipeline.extract(path).model_dump_json())
        except IngestError as e:
            data = {"error": str(e)}
        data.pop("source", None)
        (out / name).write_text(json.dumps(data, indent=1, sort_keys=True, default=str))
        print(path, flush=True)


def compare(old: Path, new: Path) -> int:
    changed = 0
    for a in sorted(old.glob("*.json")):
        b = new / a.name
        if not b.exists():
            print(f"missing in new: {a.name}")
            changed += 1
            continue
        x, y = json.loads(a.read_text()), json.loads(b.read_text())
        kinds = [k for k in sorted(set(x) | set(y)) if (x.get(k) or []) != (y.get(k) or [])]
        if kinds:
            changed += 1
            print(f"{a.name}: " + ", ".join(
                f"{k} ({len(x.get(k) or [])} -> {len(y.get(k) or [])})" if isinstance(
                    x.get(k, []), list) else k for k in kinds))
    print(f"{changed} papers changed")
    return 1 if changed else 0


if __name__ == "__main__":
    if sys.argv[1] == "write":
        write(Path(sys.argv[2]), [Path(p) for p in sys.argv[3:]])
    else:
        sys.exit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
