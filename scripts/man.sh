#!/usr/bin/env bash
# Regenerates the manual page (man/roster.1) and the command reference
# (docs/commands.md) from the clap tree after a CLI change; the test
# `man_page_and_command_reference_are_current` fails until they match the
# binary.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
roster="${CARGO_TARGET_DIR:-target}/debug/roster"
mkdir -p man
"$roster" man > man/roster.1
"$roster" man --markdown > docs/commands.md
