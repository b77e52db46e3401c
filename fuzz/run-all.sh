#!/usr/bin/env bash
# Builds every target once, then runs each in turn for SECONDS_EACH seconds
# (default 600), one at a time, keeping going past a crash (saved under
# artifacts/TARGET/). Logs go to logs/TARGET.log; a summary line per target
# (execs, time, corpus size, crashes) to logs/summary.txt.
set -euo pipefail
cd "$(dirname "$0")"
each=${SECONDS_EACH:-600}
targets=${TARGETS:-"validators instant csv"}
# The bundled SQLite defines two static arrays of one name: AddressSanitizer
# reports that as an ODR violation before the first input.
export ASAN_OPTIONS=detect_odr_violation=0
cargo +nightly fuzz build -O
bin=${CARGO_TARGET_DIR:-target}/x86_64-unknown-linux-gnu/release
for t in $targets; do
    mkdir -p "corpus/$t" "artifacts/$t" logs
    start=$(date +%s)
    "$bin/$t" "corpus/$t" -fork=1 -ignore_crashes=1 -max_total_time="$each" \
        -artifact_prefix="artifacts/$t/" -print_final_stats=1 >"logs/$t.log" 2>&1 || true
    took=$(( $(date +%s) - start ))
    execs=$(grep -o '^#[0-9]*' "logs/$t.log" | tail -1 | tr -d '#')
    echo "$t: ${execs:-?} execs in ${took}s, corpus $(ls "corpus/$t" | wc -l) inputs, crashes $(ls "artifacts/$t" | grep -c '^crash-' || true)" >>logs/summary.txt
done
