"""Turns measured runs into the tables, ratios and extrapolation printed by run.py and kept in docs/performance.md."""
import re
import statistics

TARGET_PAGES = 500_000
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def median(values):
    return statistics.median(values) if values else None


def summary(runs):
    walls = [r["wall"] for r in runs]
    return {"runs": len(runs), "wall": median(walls), "wall_min": min(walls), "wall_max": max(walls),
            "cpu": median([r["cpu"] for r in runs]), "rss_kb": median([r["rss_kb"] for r in runs]),
            "pages": runs[0]["pages"]}


def mib(kb):
    return f"{kb / 1024:,.0f} MiB"


def ratio_text(a, b):
    return f"{a / b:.2f}×" if a is not None and b else "n/a"


def per_round(numerators, denominators, key):
    pairs = [n[key] / d[key] for n, d in zip(numerators, denominators) if d[key]]
    return (median(pairs), min(pairs), max(pairs)) if pairs else None


def size_table(size, labels):
    rows = ["| generator | runs | wall, median (min–max) | CPU user+sys | cores used | peak RSS | pages | pages/s | output |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for key, label in labels.items():
        runs = size["runs"].get(key)
        if not runs:
            continue
        s = summary(runs)
        pages = size["pages"] if key.startswith("relais") else s["pages"]
        output = f"{runs[0]['bytes'] / 1024 / 1024:,.1f} MiB" if runs[0]["bytes"] else "–"
        rows.append(f"| {label} | {s['runs']} | {s['wall']:.2f} s ({s['wall_min']:.2f}–{s['wall_max']:.2f}) | "
                    f"{s['cpu']:.2f} s | {s['cpu'] / s['wall']:.2f} | {mib(s['rss_kb'])} | {pages:,} | {pages / s['wall']:,.0f} | {output} |")
    return rows


def ratio_lines(size, labels):
    runs = size["runs"]
    lines = []
    relais = runs.get("relais")
    for key in ("hugo", "hugo-debian"):
        other = runs.get(key)
        if not (relais and other):
            continue
        wall = per_round(relais, other, "wall")
        rss = per_round(relais, other, "rss_kb")
        lines.append(f"- Relais / {labels[key]}: wall time **{wall[0]:.2f}×** (rounds {wall[1]:.2f}–{wall[2]:.2f}×), "
                     f"peak RSS **{rss[0]:.2f}×** (rounds {rss[1]:.2f}–{rss[2]:.2f}×)")
    if relais:
        cold = summary(relais)["wall"]
        for key, what in (("relais-check", "`relais check` / `relais build`"),
                          ("relais-nochange", "no-change rebuild / cold build"),
                          ("relais-onefile", "one-file rebuild / cold build")):
            if runs.get(key):
                lines.append(f"- {what}: {ratio_text(summary(runs[key])['wall'], cold)} (wall time, medians)")
    return lines


def extrapolation_lines(sizes, labels):
    """Per-page cost at the largest N times 500,000 pages; with two sizes or more, the slope between the two largest."""
    lines = []
    for key in ("relais", "hugo", "hugo-debian"):
        points = [(s["pages"] if key == "relais" else summary(s["runs"][key])["pages"], summary(s["runs"][key]))
                  for s in sizes if s["runs"].get(key)]
        if not points:
            continue
        pages, last = points[-1]
        per_page = last["wall"] / pages
        text = (f"- {labels[key]}: {per_page * 1000:.2f} ms per page at {pages:,} pages → "
                f"**{per_page * TARGET_PAGES / 60:.1f} min** for {TARGET_PAGES:,} pages (per-page rate)")
        if len(points) >= 2:
            (p1, s1), (p2, s2) = points[-2], points[-1]
            if p2 > p1:
                slope = (s2["wall"] - s1["wall"]) / (p2 - p1)
                rss_slope = (s2["rss_kb"] - s1["rss_kb"]) / (p2 - p1)
                wall = s2["wall"] + slope * (TARGET_PAGES - p2)
                rss = s2["rss_kb"] + rss_slope * (TARGET_PAGES - p2)
                text += (f"; by the slope between {p1:,} and {p2:,} pages: **{wall / 60:.1f} min**, "
                         f"peak RSS **{rss / 1024 / 1024:.1f} GiB**")
        else:
            text += "; memory needs two sizes for a slope"
        lines.append(text)
    return lines


def markdown(results, labels):
    m, v = results["machine"], results["versions"]
    out = [f"Measured on {results['date']} with `{results['command']}`.", "",
           f"- Machine: {m['nproc']} cores ({m['cpu']}), {m['memory']} of memory, load average {m['load_start']} at the start "
           f"and {m['load_end']} at the end (anything above 0.5 means other work shared the cores).",
           f"- Relais: {v['relais']}; {v['swift']}.",
           *[f"- {labels[k]}: `{v[k]}`" for k in ("hugo", "hugo-debian") if v.get(k)],
           *[f"- {note}" for note in results["notes"]], ""]
    for size in results["sizes"]:
        gen = (f"generated in {size['generation_seconds']:.1f} s" if size["generation_seconds"] is not None
               else "corpus taken from the cache")
        out += [f"### {size['n']:,} aids (seed {size['seed']}; {gen})", "",
                f"{size['events']:,} events, {size['basins']:,} basins, {size['programmes']} programmes; "
                f"Relais writes {size['pages']:,} pages; the first page of its guide, `/aides/` (50 aids a page), weighs "
                f"{size['aid_list_bytes'] / 1024:,.0f} KiB.", ""]
        out += size_table(size, labels) + [""] + ratio_lines(size, labels) + [""]
    out += ["### Extrapolation to 500,000 pages", ""] + extrapolation_lines(results["sizes"], labels) + [""]
    out += ["To reproduce:", "", "```sh", *results["reproduce"], "```"]
    return "\n".join(out)


def rewrite_block(doc_path, block):
    with open(doc_path, encoding="utf-8") as f:
        text = f.read()
    # The markers count only alone on their line, so that prose may name them.
    pattern = re.compile("^" + re.escape(START) + "$.*?^" + re.escape(END) + "$", re.S | re.M)
    if not pattern.search(text):
        text = text.rstrip("\n") + f"\n\n{START}\n{END}\n"
    text = pattern.sub(lambda _: f"{START}\n{block}\n{END}", text)
    with open(doc_path, "w", encoding="utf-8") as f:
        f.write(text)
