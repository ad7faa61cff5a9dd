#!/bin/sh
# Seeds each fuzz target's corpus from the example content and the bad-input fixtures: SEEDS/<target>/<n>.
set -eu
seeds=$1
rm -rf "$seeds"
fixtures=Tests/Fixtures/bad-inputs
copy() {
    target=$1
    shift
    mkdir -p "$seeds/$target"
    n=0
    for file in "$@"; do
        if [ -f "$file" ] && [ ! -L "$file" ]; then
            n=$((n + 1))
            cp "$file" "$seeds/$target/$n"
        fi
    done
}
copy frontmatter Content/*/*.md $fixtures/*/files/*/*.md
copy markdown Content/*/*.md $fixtures/*/files/*/*.md
copy aid Content/aides/*.md $fixtures/*/files/aides/*.md
copy event Content/evenements/*.md $fixtures/*/files/evenements/*.md
copy basin Content/bassins/*.md $fixtures/*/files/bassins/*.md
copy programme Content/programmes/*.md $fixtures/*/files/programmes/*.md
copy news Content/actualites/*.md $fixtures/*/files/actualites/*.md
copy page Content/pages/*.md $fixtures/*/files/pages/*.md
copy site Content/site.yaml $fixtures/*/files/site.yaml
copy organisations Content/organisations.yaml $fixtures/*/files/organisations.yaml
copy csv Content/data/*.csv $fixtures/*/files/data/*.csv
