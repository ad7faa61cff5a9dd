"""Reads robots.txt with Python's own parser (urllib.robotparser) and prints what it allows, as JSON.

usage: read_robots.py ROBOTS.txt URL...
"""
import json
import sys
from urllib import robotparser


def main(path, urls):
    parser = robotparser.RobotFileParser()
    with open(path, encoding="utf-8") as handle:
        parser.parse(handle.read().splitlines())
    print(json.dumps({
        "sitemaps": parser.site_maps() or [],
        "allowed": {url: parser.can_fetch("*", url) for url in urls},
    }))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
