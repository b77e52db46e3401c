#!/usr/bin/env bash
# The benchmark, in one command from a fresh clone: builds the release
# binary, then runs bench/harness.py, which measures roster against the
# sqlite3 shell (alternated runs, medians) in a temp dir and prints a table
# of figures, ratios and goals. Flags go to the harness (bench/README.md):
#   scripts/bench.sh                 # 1,000,000 rows, 3 runs (tens of minutes)
#   scripts/bench.sh --quick         # 10,000 rows: try it out (a minute or two)
#   scripts/bench.sh --rows 100000 --runs 1 --markdown /tmp/bench.md
#   scripts/bench.sh 100000          # a bare number is --rows (the old usage)
# Needs cargo, python3 (3.11, standard library only) and, for the peer
# figures, the sqlite3 shell.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v python3 >/dev/null || { echo "bench: python3 is needed" >&2; exit 2; }
if [[ $# -ge 1 && $1 =~ ^[0-9]+$ ]]; then
  set -- --rows "$@"
fi
cargo build --release --locked --quiet
exec python3 bench/harness.py "$@"
