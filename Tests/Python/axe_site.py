"""Runs axe-core 4 (axe.min.js from the axe-core-python package) in headless Chromium on pages of a built site,
in light and in dark mode (prefers-color-scheme), with the WCAG 2.1 A and AA rules. Prints JSON: the axe version,
the pages checked and every violation (page, mode, rule, impact, the first nodes).

usage: axe_site.py SITE_DIR [--sample N] [PAGE…]   (pages as site paths; all .html files when none; --sample keeps
the home page and an even spread of N-1 others)
"""
import glob
import json
import os
import sys

import axe_core_python
from chromium import browser, serve

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
RUN = """
var done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']}).then(function (r) {
  done({version: axe.version, violations: r.violations.map(function (v) {
    return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(function (n) {
      return {target: n.target.join(' '), summary: n.failureSummary};
    })};
  })});
}).catch(function (e) { done({error: String(e)}); });
""" % json.dumps(TAGS)


def pages_of(site):
    files = sorted(glob.glob(os.path.join(site, "**", "*.html"), recursive=True))
    paths = []
    for file in files:
        relative = os.path.relpath(file, site)
        paths.append("/" if relative == "index.html" else "/" + (relative[:-len("index.html")] if relative.endswith("/index.html") else relative))
    return paths


def main(arguments):
    site, sample, pages = arguments[0], None, []
    rest = arguments[1:]
    while rest:
        if rest[0] == "--sample":
            sample, rest = int(rest[1]), rest[2:]
        else:
            pages, rest = pages + [rest[0]], rest[1:]
    pages = pages or pages_of(site)
    if sample and len(pages) > sample:
        others = [p for p in pages if p != "/"]
        step = len(others) / (sample - 1)
        pages = ["/"] + [others[int(i * step)] for i in range(sample - 1)]
    with open(os.path.join(os.path.dirname(axe_core_python.__file__), "axe.min.js"), encoding="utf-8") as f:
        axe = f.read()
    server, base = serve(site)
    result = {"pages": len(pages), "modes": [], "violations": [], "version": None}
    try:
        for mode in ("light", "dark"):
            driver = browser(width=1280, height=1000, dark=mode == "dark")
            driver.set_script_timeout(60)
            try:
                scheme = driver.execute_script("return 1")
                for page in pages:
                    driver.get(base + page)
                    # The page's CSP governs its own scripts; axe comes through WebDriver, as an extension would.
                    driver.execute_script(axe)
                    answer = driver.execute_async_script(RUN)
                    if "error" in answer:
                        raise RuntimeError(f"axe on {page}: {answer['error']}")
                    result["version"] = answer["version"]
                    for violation in answer["violations"]:
                        result["violations"].append(dict(violation, page=page, mode=mode))
                dark = driver.execute_script("return matchMedia('(prefers-color-scheme: dark)').matches")
                result["modes"].append({"mode": mode, "darkMatched": dark, "ok": scheme == 1})
            finally:
                driver.quit()
    finally:
        server.shutdown()
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
