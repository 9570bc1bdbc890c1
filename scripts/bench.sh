#!/usr/bin/env bash
# Wall time and peak RSS of nas-lint, beside rumdl on the same files: the
# seed fixture, and generated lists of 1k/10k/100k rows in two shapes (many
# small tables; sections of one TABLE_ROWS-row table each), and a folder.
# Usage: bash scripts/bench.sh   (prints a Markdown table)
# RUNS, SEED_RUNS, TABLE_ROWS: timed runs per file (median), table size of
# the big shape. NAS_LINT=path: time that binary instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
SEED_RUNS=${SEED_RUNS:-20}
TABLE_ROWS=${TABLE_ROWS:-5000}

if [[ -n ${NAS_LINT:-} ]]; then
  cargo build --release --quiet --example gen_list
  LINT=$NAS_LINT
else
  cargo build --release --quiet --bin nas-lint --example gen_list
  LINT=./target/release/nas-lint
fi
GEN=./target/release/examples/gen_list

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# measure RUNS CMD...: prints "median_wall_s peak_rss_mib". One untimed run
# first so every timed run sees the file in the page cache. wait4 gives each
# child's own rusage, so the peak is the command's and never the build's.
# Exit 0 (clean) and 1 (findings) are both normal for a linter; anything else
# (2 = usage/IO trouble, a signal = crash) aborts the benchmark.
measure() {
  python3 - "$@" <<'EOF'
import os, statistics, subprocess, sys, time
runs, cmd = int(sys.argv[1]), sys.argv[2:]
walls, peak = [], 0
for i in range(runs + 1):
    start = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(cmd)}: exit code {code}")
    if i:
        walls.append(wall)
        peak = max(peak, usage.ru_maxrss)  # KiB on Linux
print(f"{statistics.median(walls):.4f} {peak / 1024:.1f}")
EOF
}

rumdl="" rumdl_version=""
if rumdl=$(command -v rumdl); then
  # A pyenv shim is a bash script that would add ~30 ms to every timed run.
  if [[ $rumdl == */shims/* ]] && command -v pyenv >/dev/null; then
    rumdl=$(pyenv which rumdl)
  fi
  rumdl_version=$("$rumdl" --version 2>/dev/null | head -n1)
else
  echo "note: rumdl is not on PATH (pip install rumdl); its columns stay empty" >&2
fi

mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.2f", b / 1e6 }'; }

echo "machine: $(nproc) CPUs, $(uname -m), $($LINT --version)${rumdl_version:+, $rumdl_version}"
echo
echo "Shapes: *small*, a \`###\` section every 30 to 70 rows; *big*, sections of one"
echo "$TABLE_ROWS-row table each. rumdl: \`rumdl check --no-cache\` on the same file."
echo
echo "| list | shape | size (MB) | nas-lint wall (s) | nas-lint peak RSS (MiB) | rumdl wall (s) | rumdl peak RSS (MiB) | rumdl/nas-lint |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"

# row LABEL SHAPE FILE RUNS: one line of the table, nas-lint and rumdl on FILE.
row() {
  local label=$1 shape=$2 file=$3 runs=$4 wall rss rwall="–" rrss="–" ratio="–"
  read -r wall rss < <(measure "$runs" "$LINT" "$file" --color never)
  if [[ -n $rumdl_version ]]; then
    read -r rwall rrss < <(measure "$runs" "$rumdl" check --no-cache "$file")
    ratio=$(awk -v a="$rwall" -v b="$wall" 'BEGIN { printf "%.1f×", a / b }')
  fi
  echo "| $label | $shape | $(mb "$file") | $wall | $rss | $rwall | $rrss | $ratio |"
}

seed=fixtures/nas-seed.md
row "seed ($(grep -c '^| \[' "$seed") rows)" small "$seed" "$SEED_RUNS"

for rows in 1000 10000 100000; do
  "$GEN" "$rows" "$tmp/small-$rows.md"
  "$GEN" "$rows" "$tmp/big-$rows.md" "$TABLE_ROWS"
  row "$rows rows" small "$tmp/small-$rows.md" "$RUNS"
  row "$rows rows" big "$tmp/big-$rows.md" "$RUNS"
done

# A folder of 100 lists of 1,000 rows each: `nas-lint DIR` lints them on
# the same pool that parses pieces and runs rules.
folder="$tmp/folder"
mkdir -p "$folder"
for i in $(seq -w 1 100); do
  "$GEN" 1000 "$folder/list-$i.md" >/dev/null
done
read -r wall rss < <(measure "$RUNS" "$LINT" "$folder" --color never)
size=$(du -sb "$folder" | awk '{ printf "%.2f", $1 / 1e6 }')
echo "| folder of 100 × 1000 rows | small | $size | $wall | $rss | – | – | – |"
