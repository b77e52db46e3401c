#!/usr/bin/env bash
# roster's main job on the built-in demo: builds roster, sets up the demo
# enterprises, agency and shop with their positions and departments from
# fixtures/demo/ in a fresh database, and prints the result.
#   usage: scripts/demo.sh [DB]      (default: a new temporary file)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
roster() { target/release/roster "$@"; }

db=${1:-$(mktemp -d)/demo.db}
rm -f "$db" "$db-wal" "$db-shm"
export ROSTER_DB=$db ROSTER_ACTOR=demo ROSTER_NOW=2026-02-13T09:00:00+08:00
unset ROSTER_ORG ROSTER_FORMAT ROSTER_CONFIG
roster -q init

# Organisations (EN-1 … EN-5): create, verify, level, tools.
{
  read -r _header
  while IFS=, read -r kind handle name uscc rep_name rep_id phone shop_type subject level tools; do
    case $kind in
      enterprise)
        roster -q org create enterprise "$handle" --name "$name" --uscc "$uscc" \
          --legal-rep-name "$rep_name" --legal-rep-id "$rep_id"
        roster -q org verify "$handle"
        roster -q org level "$handle" "$level"
        roster -q org tools "$handle" --grant "$tools" ;;
      agency)
        roster -q org create agency "$handle" --name "$name" --main-phone "$phone" ;;
      shop)
        roster -q org create shop "$handle" --name "$name" --shop-type "$shop_type" \
          --subject "$subject" --main-phone "$phone" ;;
    esac
  done
} < fixtures/demo/orgs.csv

# Positions (POS-1 … POS-3) and departments (DEP-1).
{
  read -r _header
  while IFS=, read -r org name perms description; do
    roster -q --org "$org" position create "$name" --perm "$perms" --description "$description"
  done
} < fixtures/demo/positions.csv
{
  read -r _header
  while IFS=, read -r org path; do
    roster -q --org "$org" department create "$path"
  done
} < fixtures/demo/departments.csv

echo "== organisations"; roster org list
for org in xinghe lanshan starlight xinghe-shop; do
  echo "== positions of $org"; roster --org "$org" position list
done
echo "== departments of xinghe"; roster --org xinghe department list
echo "== a refusal: a position carrying sub-account management (POS-3), exit code $(
  roster --org starlight position create 管理员 --perm agency.subaccounts 2>/dev/null; echo $?)"
echo "== audit log: $(roster --format jsonl audit | wc -l) events; the last three:"
roster --format jsonl audit | tail -n 3
echo "database: $db"
