#!/bin/sh
# Times `relais build` (release) on a synthetic site: the example content plus COPIES copies of each example aid
# (new ids, titles suffixed), about 9 × COPIES aids. Prints each run's step times and wall/CPU seconds.
# Usage: Benchmarks/synthetic-aids.sh [COPIES=222] [RUNS=3]   (222 copies → 2,007 aids, 2,030 pages)
set -eu
copies=${1:-222}
runs=${2:-3}
cd "$(dirname "$0")/.."
work=$(mktemp -d "${TMPDIR:-/tmp}/relais-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r Content "$work/Content"
for file in Content/aides/*.md; do
    id=$(basename "$file" .md)
    i=1
    while [ "$i" -le "$copies" ]; do
        sed "s/^title: \"\(.*\)\"/title: \"\1 (copie $i)\"/" "$file" > "$work/Content/aides/$id-copie-$i.md"
        i=$((i + 1))
    done
done
echo "$(ls "$work/Content/aides" | wc -l) aides"
swift build -c release --product relais >/dev/null
bin="$(swift build -c release --show-bin-path)/relais"
run=1
while [ "$run" -le "$runs" ]; do
    echo "run $run"
    /usr/bin/time -f "wall %e s, user %U s, sys %S s" "$bin" build --content "$work/Content" --templates Templates \
        --output "$work/Site" --date 2023-06-15 2>&1 | grep -E "^(load|validate|plan|render|write) |wall"
    run=$((run + 1))
done
