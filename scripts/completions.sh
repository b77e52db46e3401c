#!/usr/bin/env bash
# Regenerates the committed completion scripts after a CLI change; the test
# `completions_are_current` fails until they match the binary.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
target/debug/roster completions bash > completions/roster.bash
target/debug/roster completions zsh > completions/_roster
target/debug/roster completions fish > completions/roster.fish
