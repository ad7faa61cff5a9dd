"""Reads aides.csv back with Python's csv module and with frictionless against the national schema, and prints
what it read as JSON: the rows as both libraries see them, the schema errors, and a few derived facts
(the UUID each row's URL gives, the parsed `porteurs`, the dates as Python parses them).

usage: read_aides_csv.py aides.csv schema.json
"""
import csv
import json
import sys
import uuid
from datetime import datetime
from pathlib import Path

from frictionless import Resource, Schema


def main(csv_path: str, schema_path: str) -> None:
    path = Path(csv_path).resolve()
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, strict=True)
        header = next(reader)
        rows = [dict(zip(header, row, strict=True)) for row in reader]

    facts = []
    for row in rows:
        dates = {}
        for name in ("date_ouverture", "date_cloture", "date_mise_a_jour"):
            dates[name] = datetime.fromisoformat(row[name]).isoformat() if row[name] else None
        facts.append({
            "uuidFromURL": str(uuid.uuid5(uuid.NAMESPACE_URL, row["url_source"])),
            "porteurs": json.loads(row["porteurs"]),
            "dates": dates,
        })

    # As a re-user would: the schema on its own, the dialect detected from the file.
    schema = Schema.from_descriptor(json.loads(Path(schema_path).read_text(encoding="utf-8")))
    resource = Resource(path=path.name, basepath=str(path.parent), schema=schema)
    report = resource.validate()
    errors = [
        {"type": error.type, "fieldName": getattr(error, "field_name", None), "rowNumber": getattr(error, "row_number", None),
         "cell": getattr(error, "cell", None), "note": error.note}
        for task in report.tasks for error in task.errors
    ] + [{"type": error.type, "fieldName": None, "rowNumber": None, "cell": None, "note": error.note} for error in report.errors]

    with Resource(path=path.name, basepath=str(path.parent), schema=schema) as table:
        read = [{key: (value.isoformat() if hasattr(value, "isoformat") else value) for key, value in row.items()}
                for row in table.read_rows()]
        detected = {"delimiter": table.dialect.get_control("csv").delimiter}

    print(json.dumps({"header": header, "rows": rows, "facts": facts, "frictionlessRows": read,
                      "frictionlessDialect": detected, "errors": errors}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
