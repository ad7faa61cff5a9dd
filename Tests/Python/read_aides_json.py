"""Reads aides.json back with Python's json module and prints the facts tests check: each aid's keys, ids,
status, amounts with the Python type json gave them (a number, never a string), territories and contacts.

usage: read_aides_json.py aides.json
"""
import json
import sys


def main(path: str) -> None:
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    aids = []
    for aid in data["aids"]:
        amounts = []
        for component in aid["financialComponents"]:
            for key in ("amount", "cap"):
                if key in component:
                    value = component[key]
                    amounts.append({"kind": component["kind"]["code"], "key": key, "value": value,
                                    "type": type(value).__name__})
        aids.append({
            "keys": sorted(aid.keys()),
            "id": aid["id"],
            "uuid": aid["uuid"],
            "title": aid["title"],
            "statusCode": aid["status"]["code"],
            "amounts": amounts,
            "territories": [{"code": t["code"], "name": t["name"]} for t in aid["territories"]],
            "contactNames": [c["name"] for c in aid["contacts"]],
        })
    print(json.dumps({"topKeys": sorted(data.keys()), "buildDate": data["buildDate"], "licence": data["licence"]["name"],
                      "aids": aids}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
