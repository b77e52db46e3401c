#!/usr/bin/env bash
# Performance figures (measured by a script, never asserted in
# tests). Builds the release binary and measures, in a temp dir:
#   1. bulk import of N positions vs a raw SQLite baseline of the same rows
#      (python's sqlite3: one prepared INSERT, one transaction, a UNIQUE
#      index, WAL — what the sqlite3 shell's .import does);
#   2. bulk import of N authorisation invitations (a heavier row: quota,
#      bindings, grants) ;
#   3. the sweep expiring those N invitations, then a second sweep at the
#      same instant (idempotent: it must touch nothing, through the partial
#      index);
#   4. the latency of a single read command and a single write command.
#   usage: scripts/bench.sh [N]       (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
cargo build --release --quiet
R=$PWD/target/release/roster
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export ROSTER_DB=$work/bench.db ROSTER_ACTOR=bench ROSTER_NOW=2026-02-13T09:00:00+08:00
cat > config.toml <<EOF
[policy.quota]
gold = 100000000
EOF
export ROSTER_CONFIG=$work/config.toml

now() { python3 -c 'import time; print(time.perf_counter())'; }
secs() { python3 -c "print(f'{$2 - $1:.2f}')"; }
rate() { python3 -c "print(f'{$1 / ($3 - $2):,.0f}')"; }

python3 - "$N" <<'PY'
import sys
n = int(sys.argv[1])
with open("positions.csv", "w") as f:
    f.write("org,name,permissions,description\n")
    for i in range(n):
        f.write(f"bench,p{i:07d},backend.video;backend.live,row {i}\n")
with open("auth.csv", "w") as f:
    f.write("org,douyin_id,modules,valid_until\n")
    for i in range(n):
        f.write(f"bench,dy{i:08d},backend.video,\n")
PY
$R -q org create enterprise bench --name Bench --uscc 91350100M000100Y43 \
  --legal-rep-name Li --legal-rep-id 11010519491231002X
$R -q org verify bench
$R -q org level bench gold

t0=$(now); $R -q import positions positions.csv || true; t1=$(now)
python3 - "$N" <<'PY' > baseline.txt
import csv, sqlite3, sys, time
con = sqlite3.connect("baseline.db", isolation_level=None)
con.execute("PRAGMA journal_mode=WAL"); con.execute("PRAGMA synchronous=NORMAL")
con.execute("CREATE TABLE positions (id INTEGER PRIMARY KEY, org TEXT, name TEXT, permissions TEXT, description TEXT, UNIQUE (org, name))")
t = time.perf_counter()
with open("positions.csv") as f:
    r = csv.reader(f); next(r)
    con.execute("BEGIN")
    con.executemany("INSERT INTO positions (org, name, permissions, description) VALUES (?, ?, ?, ?)", r)
    con.execute("COMMIT")
print(time.perf_counter() - t)
PY
base=$(cat baseline.txt)
t2=$(now); $R -q import authorizations auth.csv --agree || true; t3=$(now)
export ROSTER_NOW=2026-02-15T09:00:00+08:00
t4=$(now); $R -q sweep; t5=$(now)
t6=$(now); $R -q sweep; t7=$(now)
t8=$(now); for _ in $(seq 50); do $R -q org show bench; done; t9=$(now)
t10=$(now); for i in $(seq 50); do $R -q --org bench department create "d$i"; done; t11=$(now)

printf '\nroster benchmark, N = %s rows, %s\n' "$N" "$(nproc) cores"
printf '%-46s %10s %14s\n' "what" "seconds" "rows/s"
printf '%-46s %10s %14s\n' "import positions (validated, audited)" "$(secs "$t0" "$t1")" "$(rate "$N" "$t0" "$t1")"
printf '%-46s %10s %14s\n' "raw SQLite insert of the same rows (baseline)" "$(python3 -c "print(f'{$base:.2f}')")" "$(python3 -c "print(f'{$N / $base:,.0f}')")"
printf '%-46s %10s\n' "  roster / baseline" "$(python3 -c "print(f'{($t1 - $t0) / $base:.1f}x')")"
printf '%-46s %10s %14s\n' "import authorizations (quota, PA-4, grants)" "$(secs "$t2" "$t3")" "$(rate "$N" "$t2" "$t3")"
printf '%-46s %10s %14s\n' "sweep expiring N invitations" "$(secs "$t4" "$t5")" "$(rate "$N" "$t4" "$t5")"
printf '%-46s %10s\n' "second sweep at the same instant (no-op)" "$(secs "$t6" "$t7")"
printf '%-46s %10s\n' "org show, per command (mean of 50)" "$(python3 -c "print(f'{($t9 - $t8) / 50 * 1000:.1f} ms')")"
printf '%-46s %10s\n' "department create, per command (mean of 50)" "$(python3 -c "print(f'{($t11 - $t10) / 50 * 1000:.1f} ms')")"
printf '%-46s %10s\n' "database size" "$(du -h bench.db | cut -f1)"
