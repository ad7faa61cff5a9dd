#!/usr/bin/env python3
"""`make bench-search`: Relais's search against Pagefind on the same synthetic guide (docs/search.md).

Builds the corpus of generate.py (cached in .build-bench/corpus) with Relais and with Hugo, indexes the Hugo site
with Pagefind (PyPI `pagefind-bin`, installed into .build-bench/venv), then, for each of the test queries and with
an empty browser cache each time, asks both in headless Chromium (Debian's chromium and chromedriver, Selenium in
.build-bench/venv) and counts the bytes the local server sent for it: Relais's script and index files, Pagefind's
files with its first ten results loaded. Compares the results, and rewrites the results block of docs/search.md.
"""
import argparse
import datetime
import functools
import glob
import http.server
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import unicodedata

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import measure  # noqa: E402
import run  # noqa: E402

WORK = os.path.join(run.WORK, "search")
VENV = os.path.join(run.WORK, "venv")
START, END = "<!-- search:start -->", "<!-- search:end -->"

# Ten common words (the four of the issue first), ten spelt as a reader types them (no accents, plurals, elision,
# ligature, several words), ten precise ones (people, events, news, pages, programmes) that few pages have. Most
# find thousands of pages: they measure bytes and how far the first tens agree. The precise queries (below) ask
# whether Relais's first ten hold every page Pagefind finds.
QUERIES = [
    "emploi", "création", "prêt", "subvention", "formation", "recrutement", "entreprise", "industrie", "insertion",
    "accompagnement",
    "creation", "prets", "subventions", "l'emploi", "embauches", "pepiniere", "developpement economique",
    "pret d'honneur", "garantie bancaire", "economie circulaire",
    "anne haddad", "camille caron", "anne lambert", "atelier recrutement bas-rhin", "nouvel appui",
    "fonds territorial emploi durable", "données personnelles", "mentions légales", "transitions collectives", "béthune",
]
# The precise queries: PRECISE_COUNT of the candidates of precise_candidates() for which Pagefind finds 1 to 10 item
# pages, taken in the candidates' order; a candidate with more than SCREEN_LIMIT results is not read further.
PRECISE_COUNT = 30
SCREEN_LIMIT = 200
ITEM_PAGE = re.compile(r"^/(aides|evenements|bassins|programmes|actualites)/[^/]+/$|^/(a-propos|mentions-legales|donnees-personnelles|accessibilite)/$")
# Relais's guide pages that are not items (facet pages and the like) under /aides/.
NOT_ITEM = re.compile(r"^/aides/(type|public|theme|territoire|statut|cloturees|page|guide-complet)/")


def say(text):
    print(text, flush=True)


def venv_tool(package, probe):
    """Installs `package` into the benchmark's virtual environment when `probe()` finds nothing; returns probe()."""
    if not probe():
        if not os.path.exists(os.path.join(VENV, "bin", "pip")):
            subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        say(f"Installing {package} into .build-bench/venv…")
        subprocess.run([os.path.join(VENV, "bin", "pip"), "install", "-q", package], check=True)
    return probe()


def pagefind_binary():
    def probe():
        found = sorted(glob.glob(os.path.join(VENV, "lib", "python*", "site-packages", "pagefind_bin", "pagefind")))
        found += sorted(glob.glob(os.path.join(VENV, "lib", "python*", "site-packages", "pagefind_bin*", "bin", "pagefind*")))
        found += [p for p in [os.path.join(VENV, "bin", "pagefind_extended"), os.path.join(VENV, "bin", "pagefind")] if os.path.exists(p)]
        return found[0] if found else None
    return venv_tool("pagefind-bin", probe)


def selenium_python():
    python = os.path.join(VENV, "bin", "python")
    venv_tool("selenium", lambda: os.path.exists(python) and subprocess.call([python, "-c", "import selenium"], stderr=subprocess.DEVNULL) == 0)
    return python


class CountingHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a folder and notes each file sent with its size."""
    sent = []

    def do_GET(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if os.path.isfile(path):
            CountingHandler.sent.append((self.path.split("?")[0], os.path.getsize(path)))
        super().do_GET()

    def log_message(self, *arguments):
        pass


def serve(folder):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(CountingHandler, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,2000"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    # A screening query reads up to SCREEN_LIMIT results, one fragment each: on a loaded machine that passes the
    # HTTP client's default 120 s wait for the driver's answer.
    driver.command_executor.client_config.timeout = 900
    return driver


RELAIS_RESULTS = """return Array.prototype.map.call(document.querySelectorAll('#recherche-resultats .search-result__title a'),
  function (a) { return a.getAttribute('href'); });"""

PAGEFIND = """
var done = arguments[arguments.length - 1];
import('/pagefind/pagefind.js').then(function (pagefind) {
  return pagefind.search(arguments_query).then(function (search) {
    var count = search.results.length;
    return Promise.all(search.results.slice(0, 10).map(function (r) { return r.data(); })).then(function (first) {
      window.__measured = true;
      // Screening wants every result or none: past the limit, the first ten only.
      var upto = arguments_whole && count > arguments_limit ? 10 : arguments_limit;
      return Promise.all(search.results.slice(10, upto).map(function (r) { return r.data(); })).then(function (rest) {
        done({count: count, urls: first.concat(rest).map(function (d) { return d.url; })});
      });
    });
  });
}).catch(function (error) { done({error: String(error)}); });
"""


class RelaisIndex:
    """The index Relais wrote, read back to list every page Relais finds for a query, not only the ten it shows
    (for the recall of Pagefind's first ten): the folding, stop words and prefix rules of recherche.js, repeated
    here; the count found must equal the one the page announces (checked for each query)."""

    def __init__(self, site):
        self.folder = os.path.join(site, "recherche", "index")
        with open(os.path.join(self.folder, "manifeste.json")) as f:
            self.manifest = json.load(f)
        self.stop = set(self.manifest["stopWords"])
        self.urls = []
        for number in range(len(glob.glob(os.path.join(self.folder, "d", "*.json")))):
            with open(os.path.join(self.folder, "d", f"{number}.json")) as f:
                self.urls += [entry["u"] for entry in json.load(f)]
        self.shards = {}

    def terms(self, text):
        text = text.lower()
        for letter, folded in (("œ", "oe"), ("æ", "ae"), ("ß", "ss"), ("ø", "o")):
            text = text.replace(letter, folded)
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not "\u0300" <= c <= "\u036f")
        out = []
        for word in re.split(r"[^a-z0-9]+", text):
            word = word[:30]
            if len(word) < 2 or word in self.stop:
                continue
            if len(word) >= 4 and re.search(r"([^u]x|[^o]ux|[^s]s)$", word):
                word = word[:-1]
            if word not in out:
                out.append(word)
        return out

    def shard(self, key):
        if key not in self.shards:
            with open(os.path.join(self.folder, "t", f"{key}.json")) as f:
                self.shards[key] = json.load(f)
        return self.shards[key]

    def own_shard(self, word):
        return [word[:n] for n in range(len(word), 0, -1) if word[:n] in self.manifest["shards"]][:1]

    def pages(self, word, prefix, extends, size=0):
        """`prefix`: the last word as it is typed, which fetches the shards of longer terms; `extends`: the word
        matches the longer terms of the shards read."""
        def longer(term):  # a longer term `word` starts, not a pair term ("a-b", a phrase bonus only)
            return len(term) > len(word) and term.startswith(word) and "-" not in term[len(word):]
        keys = self.own_shard(word)
        if prefix:  # as recherche.js: the shards of longer terms unless the query's shards would pass 45 KB
            extra = [k for k in self.manifest["shards"] if longer(k)]
            if size + sum(self.manifest["shards"][k] for k in extra) < 45000:
                keys += extra
        found = set()
        for key in keys:
            for term, postings in self.shard(key).items():
                if term == word or ((prefix or extends) and longer(term)):
                    found |= decode_pages(postings, self.manifest)
        return found

    def found(self, query):
        """The links of every page found for `query` typed without a final space (its last word is a prefix)."""
        words = self.terms(query)
        size = sum(self.manifest["shards"][k] for w in words for k in self.own_shard(w))
        sets = [self.pages(w, i == len(words) - 1 and len(w) >= 3, len(w) >= 4, size) for i, w in enumerate(words)]
        pages = set.intersection(*sets) if sets else set()
        return {self.urls[p] for p in pages}


def decode_pages(text, manifest):
    """The page numbers of a posting string (SearchPostings.swift). Version 2: each page is its gap from the
    previous page less one in base 29 (characters 64 to 92 of the alphabet), then its code (one of the first 64).
    Version 1: numbers in base 32, the last 32 characters saying more follow, the gap shifted left by 4 bits."""
    pages, value, page = set(), 0, -1
    if manifest.get("version", 1) >= 2:
        digits = {c: i for i, c in enumerate(c for c in map(chr, range(32, 127)) if c not in '"\\')}
        for char in text:
            digit = digits[char]
            if digit < 64:
                page += value + 1
                pages.add(page)
                value = 0
            else:
                value = value * 29 + digit - 64
        return pages
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_"
    for char in text:
        digit = alphabet.index(char)
        value = value * 32 + (digit & 31)
        if digit < 32:
            page += value >> 4
            pages.add(page)
            value = 0
    return pages


def ask_relais(driver, base, query):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    driver.execute_cdp_cmd("Network.clearBrowserCache", {})
    CountingHandler.sent.clear()
    driver.get(base + "/recherche/")
    wait = WebDriverWait(driver, 60)
    field = driver.find_element(By.ID, "recherche-q")
    wait.until(lambda _: field.is_displayed())
    started = time.monotonic()
    field.send_keys(query)
    status = driver.find_element(By.ID, "recherche-annonce")
    wait.until(lambda _: "résultat" in status.text)
    wait.until(lambda _: "Aucun" in status.text or driver.execute_script(RELAIS_RESULTS))
    seconds = time.monotonic() - started
    time.sleep(0.2)
    urls = driver.execute_script(RELAIS_RESULTS)
    count_text = status.text.split(" résultat")[0].replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    count = 0 if count_text.startswith("Aucun") else int(count_text)
    files = [(p, s) for p, s in CountingHandler.sent if "/assets/recherche." in p or "/recherche/index/" in p]
    return {"count": count, "urls": urls, "bytes": sum(s for _, s in files), "files": len(files),
            "script": sum(s for p, s in files if p.endswith(".js")), "seconds": seconds}


def ask_pagefind(driver, base, query, limit=60, fresh=True, whole=False):
    """Pagefind's results for `query`, the links of the first `limit` (`whole`: of the first ten when it finds more);
    `fresh`: with an empty cache, on a new page."""
    if fresh:
        driver.execute_cdp_cmd("Network.clearBrowserCache", {})
        driver.get(base + "/404.html")
    CountingHandler.sent.clear()
    driver.set_script_timeout(900)
    started = time.monotonic()
    answer = driver.execute_async_script(PAGEFIND.replace("arguments_query", json.dumps(query)).replace("arguments_limit", str(limit))
                                    .replace("arguments_whole", json.dumps(whole)))
    seconds = time.monotonic() - started
    if "error" in answer:
        raise RuntimeError(f"Pagefind: {answer['error']}")
    # Bytes of the search and its first ten results only: the later data() calls fetch one fragment each, after.
    sent = [(p, s) for p, s in CountingHandler.sent if p.startswith("/pagefind/")]
    fragments = [i for i, (p, _) in enumerate(sent) if "/fragment/" in p]
    first = sent[:fragments[9] + 1] if len(fragments) > 10 else sent
    return {"count": answer["count"], "urls": answer["urls"], "bytes": sum(s for _, s in first), "files": len(first),
            "script": sum(s for p, s in first if p.endswith(".js")), "seconds": seconds}


def items(urls):
    return [u for u in urls if ITEM_PAGE.match(u) and not NOT_ITEM.match(u)]


PRECISE_KINDS = ["person", "event", "organisation", "news", "place", "aid", "page", "basin", "programme"]


def precise_candidates(aids, seed):
    """Candidate precise queries, each the name or title of one thing as the corpus model of generate.py (the same
    aids and seed) wrote it in Content/, in a fixed order: by kind, the first thing of each kind of PRECISE_KINDS,
    then the second of each, and so on; within a kind, in the order of the files, each text once:
    person: the speakers then moderators of each event's programme (events in order); event: its title;
    organisation: the names of organisations.yaml in order; news: its title; place: an event's venue, with its
    town ("Maison des entreprises de Lens"); aid: its title; page: a free page's title; basin, programme: its name.
    The n-th candidate of a kind (from 0) is typed as written when n % 3 == 0, in lower case when n % 3 == 1, and in
    lower case without accents when n % 3 == 2, with a straight apostrophe (’ → ') in all three."""
    from corpus_model import Corpus
    corpus = Corpus(aids, seed)
    people = []
    for _, front, _ in corpus.events:
        for item in front["programme"]:
            people += [p["name"] for p in item.get("speakers", []) + item.get("moderators", [])]
    places = [front["venue"]["name"] for _, front, _ in corpus.events if front.get("venue")]
    texts = {
        "person": people,
        "event": [front["title"] for _, front, _ in corpus.events],
        "organisation": [org["name"] for org in corpus.organisations.values()],
        "news": [front["title"] for _, front, _ in corpus.news],
        "place": places,
        "aid": [head["front"]["title"] for head in corpus.aid_heads],
        "page": [front["title"] for _, front, _ in corpus.pages],
        "basin": [front["name"] for _, front, _ in corpus.basins],
        "programme": [front["name"] for _, front, _ in corpus.programmes],
    }
    lists = []
    for kind in PRECISE_KINDS:
        seen, distinct = set(), []
        for text in texts[kind]:
            if text not in seen:
                seen.add(text)
                distinct.append(text)
        lists.append([(kind, text) for text in distinct])
    out = []
    for n in range(max(map(len, lists))):
        for kind, text in (l[n] for l in lists if n < len(l)):
            out.append((kind, typed(text, n)))
    return out


def typed(text, n):
    """The n-th candidate of a kind as a reader types it (precise_candidates)."""
    text = text.replace("\u2019", "'")
    if n % 3:
        text = text.lower()
    if n % 3 == 2:
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not "\u0300" <= c <= "\u036f")
    return text


def screen(driver, base, candidates, relais_index):
    """Asks Pagefind each candidate in order (cache kept: only its results count) until PRECISE_COUNT have 1 to 10
    item pages. Returns the kept ones (kind, query, Pagefind's item pages) and the dropped ones, with the reason."""
    kept, dropped = [], []
    driver.get(base + "/404.html")
    for kind, query in candidates:
        if len(kept) == PRECISE_COUNT:
            break
        answer = ask_pagefind(driver, base, query, limit=SCREEN_LIMIT, fresh=False, whole=True)
        found = items(answer["urls"])
        if answer["count"] > SCREEN_LIMIT or len(found) > 10:
            reason = "more than ten"
        elif not found:
            reason = "none"
        else:
            kept.append({"kind": kind, "query": query, "pagefind_items": found})
            say(f"  kept    {kind:12} {query!r}: {len(found)} item pages")
            continue
        say(f"  dropped {kind:12} {query!r}: {answer['count']} results" + (f", {len(found)} item pages" if answer["count"] <= SCREEN_LIMIT else ""))
        # Relais's own count (read back from its index) tells stemming (Pagefind matching more words) from pages
        # that do have every word.
        dropped.append({"kind": kind, "query": query, "reason": reason, "pagefind_count": answer["count"],
                        "pagefind_items": len(found) if answer["count"] <= SCREEN_LIMIT else None,
                        "relais_found": len(relais_index.found(query))})
    return kept, dropped


def folder_size(folder):
    return sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(folder) for f in fs), \
        sum(len(fs) for _, _, fs in os.walk(folder))


def main():
    parser = argparse.ArgumentParser(description="Relais's search against Pagefind (docs/search.md).")
    parser.add_argument("--aids", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3, help="Relais builds, for the index time")
    parser.add_argument("--no-doc", action="store_true")
    parser.add_argument("--relais", help="a relais binary to use instead of building the release one (trials on a small corpus)")
    parser.add_argument("--driver", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--render", help="rewrite docs/search.md from a results JSON of an earlier run")
    args = parser.parse_args()
    if args.render:
        with open(args.render) as f:
            write_doc(markdown(json.load(f)))
        return
    if not args.driver:
        # The browser part runs with the venv's Python (Selenium); the rest needs nothing outside the standard library.
        python = selenium_python()
        os.execv(python, [python, os.path.abspath(__file__), "--driver"] + sys.argv[1:])

    os.makedirs(os.path.join(WORK, "logs"), exist_ok=True)
    corpus, _ = run.corpus_for(args.aids, args.seed)
    # The commit the binary is built from, before the run: HEAD may move while it lasts.
    relais_version = run.relais_version()
    relais = os.path.abspath(args.relais) if args.relais else run.build_relais()
    hugo, problem = run.current_hugo()
    if not hugo:
        sys.exit(f"Hugo is needed for the Pagefind side: {problem}")
    pagefind = pagefind_binary()
    if not pagefind:
        sys.exit("pagefind-bin holds no binary for this machine")
    pagefind_version = run.version_of([pagefind, "--version"]) or "pagefind"

    relais_site = os.path.join(WORK, "relais-site")
    index_ms, index_cpu_ms, builds = [], [], []
    for r in range(args.runs):
        run.fresh(relais_site)
        log = os.path.join(WORK, "logs", f"relais-{r}.log")
        # `--sans-cache`: the index made whole, as in a first build, not from the pages the last build counted.
        result = measure.run_measured([relais, "build", "--sans-cache", "--content", os.path.join(corpus, "Content"), "--templates",
                                       os.path.join(run.ROOT, "Templates"), "--output", relais_site, "--date", run.BUILD_DATE], log)
        if result["code"] != 0:
            sys.exit(f"relais build failed: see {log}")
        with open(log) as f:
            found = re.search(r"index de recherche : (\d+) fichiers en (\d+) ms, (\d+) ms de calcul", f.read())
        index_ms.append(int(found.group(2)))
        index_cpu_ms.append(int(found.group(3)))
        builds.append(result)
        say(f"Relais build {r + 1}/{args.runs}: {result['wall']:.1f} s, search index {found.group(2)} ms ({found.group(1)} files)")
    relais_index_bytes, relais_index_files = folder_size(os.path.join(relais_site, "recherche", "index"))

    hugo_site = run.fresh(os.path.join(WORK, "hugo-site"))
    subprocess.run([hugo, "--source", os.path.join(corpus, "hugo"), "--themesDir", run.BENCH, "--theme", "hugo-theme",
                    "--destination", hugo_site, "--noBuildLock", "--quiet"], check=True)
    say("Indexing the Hugo site with Pagefind…")
    pf = measure.run_measured([pagefind, "--site", hugo_site], os.path.join(WORK, "logs", "pagefind.log"))
    if pf["code"] != 0:
        sys.exit("pagefind failed: see .build-bench/search/logs/pagefind.log")
    pagefind_bytes, pagefind_files = folder_size(os.path.join(hugo_site, "pagefind"))
    say(f"Pagefind: {pf['wall']:.1f} s, {pf['rss_kb'] / 1024:.0f} MiB, {pagefind_bytes / 1e6:.1f} MB in {pagefind_files} files")

    relais_server, relais_base = serve(relais_site)
    hugo_server, hugo_base = serve(hugo_site)
    relais_index = RelaisIndex(relais_site)
    driver = browser()
    rows, precise, dropped = [], [], []
    try:
        for query in QUERIES:
            mine = ask_relais(driver, relais_base, query)
            theirs = ask_pagefind(driver, hugo_base, query)
            everything = relais_index.found(query)
            if len(everything) != mine["count"]:
                say(f"  (the index read back finds {len(everything)} pages for {query!r}, the page said {mine['count']})")
            p = items(theirs["urls"])
            p10, r10 = p[:10], mine["urls"][:10]
            # Pagefind's item pages are all known when its results fit in the 60 whose data was loaded.
            complete = theirs["count"] <= 60
            row = {"query": query, "relais": mine, "pagefind": theirs, "pagefind_items": len(p) if complete else None,
                   "overlap": len(set(p10) & set(r10)), "recall": len(set(p10) & everything), "p10": len(p10),
                   "narrow": complete and len(p) <= 10, "read_back": len(everything),
                   "all_found": complete and len(p) <= 10 and set(p) <= set(r10)}
            rows.append(row)
            say(f"{query!r:28} Relais {mine['count']:>6} results {mine['bytes'] / 1024:6.1f} KB | Pagefind {theirs['count']:>6} "
                f"{theirs['bytes'] / 1024:6.1f} KB | Pagefind's ten in Relais's ten {row['overlap']}/{len(p10)}, "
                f"found by Relais {row['recall']}/{len(p10)}"
                + (f" | all {len(p)} Pagefind pages in Relais's ten: {row['all_found']}" if row["narrow"] else ""))
        say(f"Screening the precise queries' candidates with Pagefind (1 to 10 item pages kept)…")
        kept, dropped = screen(driver, hugo_base, precise_candidates(args.aids, args.seed), relais_index)
        say(f"{len(kept)} kept, {len(dropped)} dropped")
        for chosen in kept:
            query, p = chosen["query"], chosen["pagefind_items"]
            mine = ask_relais(driver, relais_base, query)
            theirs = ask_pagefind(driver, hugo_base, query)
            everything = relais_index.found(query)
            if len(everything) != mine["count"]:
                say(f"  (the index read back finds {len(everything)} pages for {query!r}, the page said {mine['count']})")
            missed = [u for u in p if u not in mine["urls"][:10]]
            precise.append({**chosen, "relais": mine, "pagefind": theirs, "read_back": len(everything),
                            "all_found": not missed, "missed": missed, "missed_found": [u for u in missed if u in everything]})
            say(f"{query!r:48} Relais {mine['count']:>6} results {mine['bytes'] / 1024:6.1f} KB | Pagefind {len(p)} item pages "
                f"{theirs['bytes'] / 1024:6.1f} KB | " + ("all in Relais's ten" if not missed else f"MISSED {missed}"))
    finally:
        driver.quit()
        relais_server.shutdown()
        hugo_server.shutdown()

    results = {"date": datetime.date.today().isoformat(), "aids": args.aids, "seed": args.seed, "pagefind_version": pagefind_version,
               "relais_version": relais_version, "machine": run.machine(), "index_ms": index_ms, "index_cpu_ms": index_cpu_ms,
               "relais_build_s": [b["wall"] for b in builds], "relais_index_bytes": relais_index_bytes,
               "relais_index_files": relais_index_files, "pagefind": {"wall": pf["wall"], "cpu": pf["cpu"], "rss_kb": pf["rss_kb"],
               "bytes": pagefind_bytes, "files": pagefind_files}, "rows": rows,
               "precise": precise, "precise_dropped": dropped,
               "script_bytes": os.path.getsize(os.path.join(run.ROOT, "Templates", "assets", "recherche.js"))}
    with open(os.path.join(WORK, f"search-{datetime.datetime.now():%Y%m%d-%H%M%S}.json"), "w") as f:
        json.dump(results, f, indent=1, ensure_ascii=False)
    block = markdown(results)
    say("\n" + block)
    if not args.no_doc:
        write_doc(block)


def write_doc(block):
    path = os.path.join(run.ROOT, "docs", "search.md")
    with open(path) as f:
        text = f.read()
    before, rest = text.split(START, 1)
    _, after = rest.split(END, 1)
    with open(path, "w") as f:
        f.write(before + START + "\n" + block + "\n" + END + after)
    say("Results written to docs/search.md.")


def kb(n):
    return f"{n / 1024:,.1f} KB"


def by_kind(rows):
    """"person 3, event 2": how many rows of each kind, in PRECISE_KINDS's order."""
    counts = {}
    for row in rows:
        counts[row["kind"]] = counts.get(row["kind"], 0) + 1
    return ", ".join(f"{kind} {counts[kind]}" for kind in PRECISE_KINDS if kind in counts)


def markdown(r):
    rows = r["rows"]
    first = [row["relais"]["bytes"] for row in rows if row["relais"]["count"]]
    theirs = [row["pagefind"]["bytes"] for row in rows if row["pagefind"]["count"]]
    narrow = [row for row in rows if row.get("narrow", row["pagefind_items"] is not None and row["pagefind_items"] <= 10)]
    broad = [row for row in rows if row not in narrow]
    top = sum(row["overlap"] for row in broad)
    found = sum(row.get("recall", 0) for row in broad)
    asked = sum(row["p10"] for row in broad)
    lines = [
        f"Measured {r['date']} by `make bench-search` on {r['aids']:,} aids (seed {r['seed']}), {r['relais_version']}, "
        f"{r['pagefind_version']}; {r['machine']['nproc']} cores ({r['machine']['cpu']}), load {r['machine']['load_start']}.",
        "",
        "| | Relais | Pagefind |",
        "| --- | ---: | ---: |",
        f"| index build | {statistics.median(r['index_ms']):.0f} ms wall, {statistics.median(r.get('index_cpu_ms') or [0]):.0f} ms CPU on all cores "
        f"(median of {len(r['index_ms'])} builds, inside a whole-site build of {statistics.median(r['relais_build_s']):.1f} s) | "
        f"{r['pagefind']['wall']:.1f} s wall" + (f", {r['pagefind']['cpu']:.1f} s CPU" if r['pagefind'].get('cpu') else "")
        + f", {r['pagefind']['rss_kb'] / 1024:,.0f} MiB peak |",
        f"| index on disk | {r['relais_index_bytes'] / 1e6:.1f} MB in {r['relais_index_files']:,} files | "
        f"{r['pagefind']['bytes'] / 1e6:.1f} MB in {r['pagefind']['files']:,} files |",
        f"| script | {kb(r['script_bytes'])} | {kb(statistics.median([row['pagefind']['script'] for row in rows]))} (pagefind.js and its worker) |",
        f"| first query with ten results, all bytes | median {kb(statistics.median(first))}, max {kb(max(first))} | "
        f"median {kb(statistics.median(theirs))}, max {kb(max(theirs))} |",
        f"| narrow queries (Pagefind finds ≤ 10 item pages): Relais's first ten hold all of them | "
        f"{sum(row['all_found'] for row in narrow)} of {len(narrow)} queries | |",
        f"| broad queries ({len(broad)}): Pagefind's first ten item pages in Relais's first ten | "
        f"{top} of {asked} ({top / max(asked, 1):.0%}; median {statistics.median([row['overlap'] for row in broad]) if broad else 0:g} a query) | |",
        f"| broad queries: Pagefind's first ten item pages found by Relais at all (recall) | {found} of {asked} ({found / max(asked, 1):.0%}) | |",
        "",
        "| query | Relais results | Relais bytes | Pagefind results | Pagefind bytes | Pagefind's first ten (items) in Relais's ten | found by Relais |",
        "| --- | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    precise = r.get("precise") or []
    if precise:
        dropped = r.get("precise_dropped") or []
        mine, theirs = [row["relais"]["bytes"] for row in precise], [row["pagefind"]["bytes"] for row in precise]
        many = sum(d["reason"] == "more than ten" for d in dropped)
        lines[-3:-3] = [
            f"| precise queries ({len(precise)}; Pagefind finds 1–10 item pages): Relais's first ten hold all of them | "
            f"**{sum(row['all_found'] for row in precise)} of {len(precise)} queries** "
            f"({sum(len(row['pagefind_items']) - len(row['missed']) for row in precise)} of {sum(len(row['pagefind_items']) for row in precise)} pages) | |",
            f"| precise queries: candidates asked (precise_candidates in search.py) | {len(precise) + len(dropped)}, "
            f"{len(dropped)} dropped: {many} with more than ten item pages (by kind: {by_kind(d for d in dropped if d['reason'] != 'none')}; "
            f"Relais finds 1 to 10 pages for {sum(1 <= d.get('relais_found', 0) <= 10 for d in dropped if d['reason'] != 'none')} of them), "
            f"{len(dropped) - many} with none ({by_kind(d for d in dropped if d['reason'] == 'none') or '–'}); kept by kind: {by_kind(precise)} | |",
            f"| precise queries, all bytes | median {kb(statistics.median(mine))}, max {kb(max(mine))} | "
            f"median {kb(statistics.median(theirs))}, max {kb(max(theirs))} |",
        ]
    for row in rows:
        note = f"{row['overlap']} of {row['p10']}"
        if row in narrow:
            note += " — all found" if row["all_found"] else " — **not all found**"
        recall = f"{row['recall']} of {row['p10']}" if "recall" in row else "–"
        lines.append(f"| {row['query']} | {row['relais']['count']:,} | {kb(row['relais']['bytes'])} | {row['pagefind']['count']:,} | "
                     f"{kb(row['pagefind']['bytes'])} | {note} | {recall} |")
    if precise:
        lines += ["", "| precise query | kind | Pagefind's item pages | in Relais's first ten | Relais results | Relais bytes | Pagefind bytes |",
                  "| --- | --- | ---: | --- | ---: | ---: | ---: |"]
        for row in precise:
            total, missed = len(row["pagefind_items"]), row["missed"]
            # A page missed is either not found by Relais at all, or found and ranked after its tenth result.
            lost, later = len(missed) - len(row["missed_found"]), len(row["missed_found"])
            notes = ([f"{lost} not found"] if lost else []) + ([f"{later} after the tenth"] if later else [])
            note = "all" if not missed else f"**{total - len(missed)} of {total}**: " + ", ".join(notes)
            lines.append(f"| {row['query']} | {row['kind']} | {total} | {note} | {row['relais']['count']:,} | {kb(row['relais']['bytes'])} | "
                         f"{kb(row['pagefind']['bytes'])} |")
    return "\n".join(lines)

if __name__ == "__main__":
    main()
