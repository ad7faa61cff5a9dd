"""Reads the JSON-LD of HTML pages with extruct and prints, as JSON, what a search engine would see.

Usage: read_jsonld.py SITE_FOLDER [PAGE...]

For each page (every .html file of the folder when none is named): the items extruct finds
(syntaxes=['json-ld']), each block's text parsed again as strict JSON (no control characters inside strings,
no comments), the number of JSON-LD script elements lxml finds, and the number of `</script` in the raw HTML:
equal counts mean no text of the content ended a block early.
"""
import json
import os
import sys

import extruct
import lxml.html


def read(path):
    with open(path, "rb") as handle:
        raw = handle.read()
    html = raw.decode("utf-8")
    document = lxml.html.fromstring(raw)
    scripts = document.xpath('//script[@type="application/ld+json"]')
    strict, errors = [], []
    for script in scripts:
        try:
            strict.append(json.loads(script.text or "", strict=True))
        except ValueError as error:
            errors.append(str(error))
    items = extruct.extract(html, syntaxes=["json-ld"], uniform=False)["json-ld"]
    return {
        "items": items,
        "strict": strict,
        "strictErrors": errors,
        "blockCount": len(scripts),
        # External scripts (src, no text) close once each; any other "</script" must close a JSON-LD block.
        "scriptCloseCount": html.lower().count("</script") - len(document.xpath("//script[@src]")),
        "commentOpenCount": html.count("<!--"),
    }


def main():
    root = sys.argv[1]
    pages = sys.argv[2:]
    if not pages:
        for folder, _, files in os.walk(root):
            pages += [os.path.relpath(os.path.join(folder, name), root) for name in files if name.endswith(".html")]
    print(json.dumps({page: read(os.path.join(root, page)) for page in sorted(pages)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
