"""Writes the same corpus as a Hugo site: the same files, bodies and front matter, plus what Hugo needs.

Hugo additions: `title` where Relais says `name`, a `date`, and each top-level `kind` renamed (`eventKind`…),
because Hugo reserves `kind` in front matter. Layouts live in Benchmarks/hugo-theme (passed with --themesDir).
"""
import os

from relais_site import write_file
from yaml_writer import emit, front_matter

CONFIG = """# Hugo form of the synthetic guide (Benchmarks/generate.py). Build it with:
#   hugo --source THIS_FOLDER --themesDir Benchmarks --theme hugo-theme --destination OUT
baseURL = "https://guide-aides.example.org/"
# The language (not languageCode, deprecated since Hugo 0.158) sets French number formats.
defaultContentLanguage = "fr"
title = "Guide des aides à l’emploi et au développement économique (corpus de mesure)"
# Relais writes no feed, sitemap or robots.txt yet: Hugo is asked for the same pages only.
disableKinds = ["rss", "sitemap", "robotsTXT"]
# Hugo 0.128 and later read [pagination]; Debian's 0.111 reads `paginate` (0.168 ignores it).
paginate = 50
[pagination]
  pagerSize = 50
[taxonomies]
  aidtype = "aidtypes"
  territory = "territories"
[params]
  buildDate = "2026-11-30"
  navigation = [["Aides", "/aides/"], ["Événements", "/evenements/"], ["Bassins", "/bassins/"], ["Programmes", "/programmes/"], ["Contacts", "/contacts/"], ["Actualités", "/actualites/"]]
"""

SECTIONS = {"aides": "Les aides", "evenements": "Événements", "bassins": "Bassins d’emploi",
            "programmes": "Programmes", "actualites": "Actualités"}


def hugo_front(front, kind_key, extra):
    out = {}
    for key, value in front.items():
        out[kind_key if key == "kind" else key] = value
    if "title" not in out:
        out = {"title": front["name"], **out}
    out.update(extra)
    return out


def write_hugo(corpus, site_dir):
    content = os.path.join(site_dir, "content")
    for folder in SECTIONS:
        os.makedirs(os.path.join(content, folder), exist_ok=True)
    os.makedirs(os.path.join(site_dir, "data"), exist_ok=True)
    write_file(os.path.join(site_dir, "hugo.toml"), CONFIG)
    write_file(os.path.join(site_dir, "data", "organisations.yaml"), emit(corpus.organisations) + "\n")
    write_file(os.path.join(content, "_index.md"), front_matter({"title": "Accueil"}, ""))
    for folder, title in SECTIONS.items():
        write_file(os.path.join(content, folder, "_index.md"), front_matter({"title": title}, ""))
    for i, head in enumerate(corpus.aid_heads):
        front = head["front"]
        extra = {"date": front.get("datePublished", front["dateModified"]), "lastmod": front["dateModified"]}
        write_file(os.path.join(content, "aides", head["id"] + ".md"),
                   front_matter(hugo_front(front, "aidKind", extra), corpus.aid_body(i)))
    for folder, kind_key, items in (("evenements", "eventKind", corpus.events), ("bassins", "basinKind", corpus.basins),
                                    ("programmes", "programmeKind", corpus.programmes)):
        for item_id, front, body in items:
            extra = {"date": front["dateModified"]}
            write_file(os.path.join(content, folder, item_id + ".md"), front_matter(hugo_front(front, kind_key, extra), body))
    for item_id, front, body in corpus.news:
        extra = {"date": front["datePublished"], "url": f"/actualites/{item_id[11:]}/"}
        write_file(os.path.join(content, "actualites", item_id + ".md"), front_matter(hugo_front(front, "newsKind", extra), body))
    # Free pages sit at the top of the site, as in Relais (/accessibilite/).
    for item_id, front, body in corpus.pages:
        write_file(os.path.join(content, item_id + ".md"), front_matter(hugo_front(front, "pageKind", {"date": front["dateModified"]}), body))
    # Relais's contacts page and site map, made by layouts of the same names.
    write_file(os.path.join(content, "contacts.md"), front_matter({"title": "Contacts", "layout": "contacts"}, ""))
    write_file(os.path.join(content, "plan-du-site.md"), front_matter({"title": "Plan du site", "layout": "site-map"}, ""))
