"""Writes the corpus as a Relais Content/ folder (the layout of docs/guide-redaction.md)."""
import os

from yaml_writer import emit, front_matter


def write_file(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def write_relais(corpus, site, content_dir):
    for folder in ("aides", "evenements", "bassins", "programmes", "actualites", "pages"):
        os.makedirs(os.path.join(content_dir, folder), exist_ok=True)
    write_file(os.path.join(content_dir, "site.yaml"), emit(site) + "\n")
    write_file(os.path.join(content_dir, "organisations.yaml"),
               "# Organisations of the synthetic guide: services only, example.org e-mails, +33 1 99 00 numbers.\n\n"
               + emit(corpus.organisations) + "\n")
    for i, head in enumerate(corpus.aid_heads):
        write_file(os.path.join(content_dir, "aides", head["id"] + ".md"), front_matter(head["front"], corpus.aid_body(i)))
    for folder, items in (("evenements", corpus.events), ("bassins", corpus.basins), ("programmes", corpus.programmes),
                          ("actualites", corpus.news), ("pages", corpus.pages)):
        for item_id, front, body in items:
            write_file(os.path.join(content_dir, folder, item_id + ".md"), front_matter(front, body))
