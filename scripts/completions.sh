#!/usr/bin/env bash
# Regenerates the committed completion scripts, one per shell clap knows,
# after a CLI change; the test `completions_match_the_committed_files`
# fails until they match the binary.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
roster="${CARGO_TARGET_DIR:-target}/debug/roster"
"$roster" completions bash > completions/roster.bash
"$roster" completions zsh > completions/_roster
"$roster" completions fish > completions/roster.fish
"$roster" completions elvish > completions/roster.elv
"$roster" completions powershell > completions/_roster.ps1
