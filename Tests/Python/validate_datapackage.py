"""Validates datapackage.json with frictionless, as `frictionless validate datapackage.json` does, and compares
its inline CSV schema with the national schema it claims to follow.

usage: validate_datapackage.py datapackage.json schema.json
"""
import json
import sys
from pathlib import Path

from frictionless import Package


def main(package_path: str, schema_path: str) -> None:
    path = Path(package_path).resolve()
    package = Package(str(path.name), basepath=str(path.parent))
    report = package.validate()
    tasks = [{"name": task.name, "type": task.type, "valid": task.valid,
              "errors": [{"type": e.type, "note": e.note} for e in task.errors]} for task in report.tasks]

    descriptor = json.loads(path.read_text(encoding="utf-8"))
    national = json.loads(Path(schema_path).read_text(encoding="utf-8"))
    keys = ("name", "title", "type", "format", "constraints")
    inline = [{k: f[k] for k in keys if k in f} for f in descriptor["resources"][0]["schema"]["fields"]]
    expected = [{k: f[k] for k in keys if k in f} for f in national["fields"]]
    differences = [json.dumps({"inline": a, "national": b}, ensure_ascii=False) for a, b in zip(inline, expected) if a != b]
    if len(inline) != len(expected):
        differences.append(f"{len(inline)} inline fields, {len(expected)} national fields")

    print(json.dumps({
        "valid": report.valid,
        "errors": [{"type": e.type, "note": e.note} for e in report.errors],
        "tasks": tasks,
        "resources": [{"name": r.name, "path": r.path, "format": r.format, "mediatype": r.mediatype, "encoding": r.encoding}
                      for r in package.resources],
        "licenses": [l.get("name") for l in (descriptor.get("licenses") or [])],
        "title": package.title,
        "schemaDifferences": differences,
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
