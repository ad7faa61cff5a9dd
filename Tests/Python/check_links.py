"""Checks every internal link of a built site with lxml: each href and src (a, link, script, img, source, form
action) that points into the site must name a file of it (`dir/` is `dir/index.html`), and each #fragment an id of
its target page. External links are counted, never fetched. Prints JSON: the pages, the links checked, the broken.

usage: check_links.py SITE_DIR BASE_PATH   (BASE_PATH: the site's path prefix, `/` for most sites)
"""
import glob
import json
import os
import sys
import urllib.parse

from lxml import html


def main(site, base_path):
    files = sorted(glob.glob(os.path.join(site, "**", "*.html"), recursive=True))
    ids, links = {}, []
    for file in files:
        tree = html.parse(file)
        page = "/" + os.path.relpath(file, site)
        ids[page] = set(tree.xpath("//@id"))
        for element, attribute in ((e, a) for e in tree.iter() for a in ("href", "src", "action") if isinstance(e.tag, str) and e.get(a) is not None):
            if element.tag == "link" and element.get("rel") in ("canonical", "alternate", "prev", "next") and attribute == "href":
                target = element.get(attribute)
                if target.startswith("http"):
                    continue
            links.append((page, element.get(attribute)))
    broken, checked, external = [], 0, 0
    for page, target in links:
        parsed = urllib.parse.urlsplit(target)
        if parsed.scheme in ("http", "https", "mailto", "tel", "data") or parsed.netloc:
            external += 1
            continue
        checked += 1
        path = urllib.parse.unquote(parsed.path) if parsed.path else page
        if not path.startswith("/"):
            path = os.path.normpath(os.path.join(os.path.dirname(page), path)) + ("/" if path.endswith("/") else "")
        elif path.startswith(base_path):
            path = "/" + path[len(base_path):]
        file = path + "index.html" if path.endswith("/") else path
        if not os.path.isfile(os.path.join(site, file.lstrip("/"))):
            broken.append({"page": page, "target": target, "problem": "no such file"})
            continue
        if parsed.fragment and file.endswith(".html"):
            if file not in ids:
                ids[file] = set(html.parse(os.path.join(site, file.lstrip("/"))).xpath("//@id"))
            if urllib.parse.unquote(parsed.fragment) not in ids[file]:
                broken.append({"page": page, "target": target, "problem": "no such anchor"})
    print(json.dumps({"pages": len(files), "checked": checked, "external": external, "broken": broken}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "/")
