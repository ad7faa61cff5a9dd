"""Reads a sitemap or a sitemap index with lxml and prints what it holds, as JSON.

usage: read_sitemap.py SITEMAP.xml
"""
import json
import sys

from lxml import etree

NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"


def main(path):
    # A parser that resolves no entity and fetches nothing: a sitemap has no business with either.
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    tree = etree.parse(path, parser)
    root = tree.getroot()
    namespaces = sorted({etree.QName(element).namespace or "" for element in root.iter(etree.Element)})
    item = "url" if etree.QName(root).localname == "urlset" else "sitemap"
    entries = []
    for element in root.findall(f"{{{NAMESPACE}}}{item}"):
        entries.append({
            "loc": element.findtext(f"{{{NAMESPACE}}}loc"),
            "lastmod": element.findtext(f"{{{NAMESPACE}}}lastmod"),
        })
    print(json.dumps({
        "root": etree.QName(root).localname,
        "namespaces": namespaces,
        "encoding": tree.docinfo.encoding,
        "entries": entries,
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
