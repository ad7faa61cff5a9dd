"""Reads an Atom feed with feedparser and prints what it understood, as JSON.

usage: read_atom.py FEED.xml
"""
import calendar
import json
import sys

import feedparser


def links(item):
    return [{"rel": link.get("rel"), "type": link.get("type"), "href": link.get("href")} for link in item.get("links", [])]


def utc(parsed):
    """feedparser's time tuple (UTC) as seconds since 1970, or None."""
    return calendar.timegm(parsed) if parsed else None


def main(path):
    parsed = feedparser.parse(path)
    feed = parsed.feed
    print(json.dumps({
        "bozo": bool(parsed.bozo),
        "bozoException": str(parsed.get("bozo_exception", "")),
        "version": parsed.version,
        "id": feed.get("id"),
        "title": feed.get("title"),
        "subtitle": feed.get("subtitle"),
        "updated": feed.get("updated"),
        "updatedUTC": utc(feed.get("updated_parsed")),
        "author": feed.get("author"),
        "language": feed.get("language"),
        "links": links(feed),
        "entries": [{
            "id": entry.get("id"),
            "title": entry.get("title"),
            "updated": entry.get("updated"),
            "updatedUTC": utc(entry.get("updated_parsed")),
            "published": entry.get("published"),
            "links": links(entry),
            "summary": entry.get("summary"),
            "summaryType": entry.get("summary_detail", {}).get("type"),
            "categories": [tag.get("term") for tag in entry.get("tags", [])],
        } for entry in parsed.entries],
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
