#!/usr/bin/env python3
"""Generates a synthetic guide des aides of N aids, deterministic for a given N and seed.

    python3 Benchmarks/generate.py --aids 1000 --seed 1 --out .build-bench/corpus/n1000-s1

writes OUT/Content (for `relais build --content OUT/Content`) and OUT/hugo (the same pages as a Hugo site).
The folder is written beside OUT and renamed at the end, so a half-written corpus is never taken for a whole one.
Python standard library only.
"""
import argparse
import os
import shutil
import sys
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from corpus_model import SITE, Corpus  # noqa: E402
from hugo_site import write_hugo  # noqa: E402
from relais_site import write_relais  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--aids", type=int, required=True, help="number of aids (events N/100, basins N/1000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True, help="folder to create (replaced if it exists)")
    args = parser.parse_args()
    if args.aids < 10:
        parser.error("--aids must be at least 10")

    started = time.monotonic()
    out = os.path.abspath(args.out)
    partial = out + ".partial"
    shutil.rmtree(partial, ignore_errors=True)
    corpus = Corpus(args.aids, args.seed)
    write_relais(corpus, SITE, os.path.join(partial, "Content"))
    write_hugo(corpus, os.path.join(partial, "hugo"))
    shutil.rmtree(out, ignore_errors=True)
    os.rename(partial, out)
    print(f"generated {args.aids} aids, {len(corpus.events)} events, {len(corpus.basins)} basins, "
          f"{len(corpus.programmes)} programmes, {len(corpus.organisations)} organisations, {len(corpus.news)} news, "
          f"{len(corpus.pages)} pages in {out} ({time.monotonic() - started:.1f} s)")


if __name__ == "__main__":
    main()
