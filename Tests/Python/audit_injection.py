"""Parses every file of a built site with an independent reader and lists what could run or break in it.

Usage: audit_injection.py SITE_FOLDER

HTML (lxml.html): script elements other than JSON-LD and the theme's filter script, frames, objects, forms other
than the guide's filter form and the search forms, and base elements, event handler
attributes, and URL attributes with a javascript:, vbscript: or data: (other than images) scheme, entities and
blanks undone as a browser does; each JSON-LD block must parse as JSON. JSON: must parse. XML (lxml.etree, strict):
must parse; Atom entries' HTML content is audited as HTML. iCalendar (icalendar): must parse, events are counted.
CSV (csv module): every row as long as the header, no cell a spreadsheet would run as a formula.
Prints {"files": {kind: count}, "violations": [..], "events": n, "csvRows": n, "jsonld": n, "texts": [..]}.
"""
import csv
import html
import io
import json
import os
import re
import sys

from icalendar import Calendar
from lxml import etree
from lxml import html as lxml_html

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "poster", "cite", "data", "background", "xlink:href", "srcset", "content"}
FORBIDDEN_ELEMENTS = {"iframe", "frame", "object", "embed", "form", "base", "applet", "meta-refresh"}
violations = []
texts = []


def scheme(url):
    decoded = html.unescape(url)
    decoded = "".join(ch for ch in decoded if ord(ch) > 0x20 and ord(ch) != 0x7F)
    match = re.match(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):", decoded)
    return match.group(1).lower() if match else None


def audit_html_tree(tree, where):
    global jsonld
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag == "script":
            # The scripts the templates load, from the theme's assets (fingerprinted names), with no inline code: the
            # guide's filter and the search.
            own = re.search(r"/assets/(filtre|recherche)\.[0-9a-f]+\.js$", element.get("src") or "") and not (element.text or "").strip()
            if own:
                pass
            elif (element.get("type") or "").lower() != "application/ld+json":
                violations.append(f"{where}: script element")
            else:
                try:
                    json.loads(element.text or "")
                    jsonld += 1
                except ValueError as error:
                    violations.append(f"{where}: JSON-LD does not parse ({error})")
        # The guide's filter form (no action, no method: the script reads it) is the templates' own.
        # The search form (the script reads it) and the 404 page's search box, a GET to the search page.
        own_form = tag == "form" and (
            (element.get("id") in ("filtre", "recherche") and element.get("action") is None)
            or ((element.get("action") or "").endswith("/recherche/") and (element.get("method") or "").lower() == "get"))
        if tag in FORBIDDEN_ELEMENTS and not own_form:
            violations.append(f"{where}: {tag} element")
        if tag == "meta" and (element.get("http-equiv") or "").lower() == "refresh":
            violations.append(f"{where}: meta refresh")
        for name, value in element.attrib.items():
            lowered = name.lower()
            if lowered.startswith("on"):
                violations.append(f"{where}: event handler {name}")
            if lowered in URL_ATTRIBUTES and lowered != "content":
                found = scheme(value)
                if found in ("javascript", "vbscript", "file") or (found == "data" and not value.lower().startswith("data:image/")):
                    violations.append(f"{where}: {name}={value[:60]!r}")
        if element.text and element.text.strip():
            texts.append(element.text.strip())


def audit_html(text, where):
    if not text.strip():
        return
    document = lxml_html.document_fromstring(text) if text.lstrip().lower().startswith("<!doctype") or "<html" in text[:200].lower() \
        else lxml_html.fragment_fromstring(text, create_parent="div")
    audit_html_tree(document, where)


def audit_csv(text, where):
    global csv_rows
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows:
        return
    width = len(rows[0])
    for number, row in enumerate(rows[1:], start=2):
        csv_rows += 1
        if len(row) != width:
            violations.append(f"{where}:{number}: {len(row)} cells, header has {width}")
        for cell in row:
            if cell[:1] in ("=", "+", "@", "\t", "\r") or (cell[:1] == "-" and not re.fullmatch(r"-\d+(\.\d+)?", cell)):
                violations.append(f"{where}:{number}: formula-like cell {cell[:40]!r}")


def audit_xml(data, where):
    try:
        root = etree.fromstring(data)
    except etree.XMLSyntaxError as error:
        violations.append(f"{where}: XML does not parse ({error})")
        return
    atom = "{http://www.w3.org/2005/Atom}"
    for content in root.iter(atom + "content", atom + "summary", atom + "title"):
        if content.get("type") == "html" and content.text:
            audit_html(content.text, where + " (Atom HTML)")
        elif content.get("type") == "xhtml":
            audit_html_tree(content, where + " (Atom XHTML)")
    for link in root.iter(atom + "link"):
        found = scheme(link.get("href") or "")
        if found not in (None, "http", "https"):
            violations.append(f"{where}: Atom link {link.get('href')!r}")


def audit_ics(data, where):
    global events
    try:
        calendar = Calendar.from_ical(data)
    except ValueError as error:
        violations.append(f"{where}: iCalendar does not parse ({error})")
        return
    for component in calendar.walk("VEVENT"):
        events += 1
        for key in ("URL",):
            if key in component and scheme(str(component[key])) not in ("http", "https"):
                violations.append(f"{where}: event {key} {component[key]!r}")


jsonld = 0
csv_rows = 0
events = 0
counts = {}
site = sys.argv[1]
for folder, _, names in os.walk(site):
    for name in sorted(names):
        path = os.path.join(folder, name)
        where = os.path.relpath(path, site)
        extension = os.path.splitext(name)[1].lower() or name
        counts[extension] = counts.get(extension, 0) + 1
        with open(path, "rb") as handle:
            data = handle.read()
        if extension == ".html":
            audit_html(data.decode("utf-8"), where)
        elif extension in (".json", ".jsonld"):
            try:
                json.loads(data)
            except ValueError as error:
                violations.append(f"{where}: JSON does not parse ({error})")
        elif extension == ".xml":
            audit_xml(data, where)
        elif extension == ".ics":
            audit_ics(data, where)
        elif extension == ".csv":
            audit_csv(data.decode("utf-8-sig"), where)

print(json.dumps({"files": counts, "violations": violations, "events": events, "csvRows": csv_rows, "jsonld": jsonld, "texts": texts}))
