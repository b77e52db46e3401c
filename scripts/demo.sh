#!/usr/bin/env bash
# roster's main job on the built-in demo: builds roster, then onboards the
# files in fixtures/demo/ into a fresh database — organisations, positions,
# departments, employees from an Excel "CSV" in GB18030, authorisations from
# Excel "Unicode Text" (UTF-16) — shows the report of the rows that failed,
# takes accounts through review and activation, adds agency and shop staff
# with one-time codes, routes customer conversations, and runs the sweep
# two days later.
#   usage: scripts/demo.sh [DB]      (default: a new temporary file)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
roster() { target/release/roster "$@"; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

work=$(mktemp -d)
db=${1:-$work/demo.db}
rm -f "$db" "$db-wal" "$db-shm"
export ROSTER_DB=$db ROSTER_ACTOR=demo ROSTER_NOW=2026-02-13T09:00:00+08:00
unset ROSTER_ORG ROSTER_FORMAT ROSTER_CONFIG
F=fixtures/demo

echo "== 1. bulk onboarding into a fresh database ($db)"
roster import orgs "$F/orgs.csv"
roster import positions "$F/positions.csv"
roster import departments "$F/departments.csv"
# From Excel on Chinese Windows: GB18030, CRLF, Chinese headers. Two rows are
# bad on purpose (an identity number Excel turned into 1.10105E+17, a wrong
# check digit): they are reported, the others land (exit 6).
roster import employees "$F/employees.csv" --agree --report "$work/employees.report.csv" || true
echo "-- rows that failed (fix them in the report and import it again as it is):"
python3 - "$work/employees.report.csv" <<'PY'
import csv, sys
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig")):
    if r["result"] == "failed":
        print(f'  {r["邮箱"]}: {r["error_code"]}: {r["error_message"]}')
PY
# The loop people run: fix the failed rows in the report (they come back
# exactly as typed) and import the report again as it is; what landed comes
# back unchanged, the fixed rows are created.
python3 - "$work/employees.report.csv" "$work/employees.fixed.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig")))
head = rows[0]
fixes = {"zhou.jie@xinghe.cn": "110108198505051232", "wu.fang@xinghe.cn": "420102199311206784"}
for r in rows[1:]:
    if r[head.index("邮箱")] in fixes:
        r[head.index("身份证号")] = fixes[r[head.index("邮箱")]]
csv.writer(open(sys.argv[2], "w", encoding="utf-8-sig", newline="")).writerows(rows)
PY
echo "-- the fixed report, imported again as it is:"
roster import employees "$work/employees.fixed.csv" --agree --report "$work/employees.report2.csv"
# From Excel's "Unicode Text": UTF-16, tab-separated.
roster import authorizations "$F/authorizations.txt" --agree

echo "== 2. review and activation"
for e in liu.yang@xinghe.cn zhao.min@xinghe.cn sun.li@xinghe.cn chen.hao@lanshan.cn; do
  roster -q employee review "$e" --approve
done
echo 'Xinghe2026!' | roster -q employee activate liu.yang@xinghe.cn --face-id-number 110105199003071239 \
  --aux-phone 13512345678 --app-version 20.10 --new-password-stdin
roster -q auth accept dy_xinghe_li --name 李明 --id-number 320505199602298903
roster -q auth review dy_xinghe_li --approve
roster --org xinghe employee list
roster --org xinghe auth list

echo "== 3. agency and shop staff with one-time codes (VC-1)"
add() { # org phone name positions [im]
  local code; code=$(roster --org "$1" --json code issue --phone "$2" | json '["code"]')
  roster -q --org "$1" subaccount add --phone "$2" --code "$code" --name "$3" --position "$4" ${5:+--im "$5"}
}
add starlight 13600000001 张伟 运营,财务
add starlight 13600000002 李娜 运营
add xinghe-shop 13700000001 小星 客服 on
add xinghe-shop 13700000002 小河 客服 on
roster --org starlight subaccount list
roster access check 13600000001 agency.orders

echo "== 4. customer-service routing on the shop's product page (SH-4, weights 3:1)"
roster -q --org xinghe-shop cs group create 售前 --pages 商品详情页
roster -q --org xinghe-shop cs member add 售前 13700000001 --weight 3
roster -q --org xinghe-shop cs member add 售前 13700000002 --weight 1
roster -q --org xinghe-shop cs online 13700000001 on
roster -q --org xinghe-shop cs online 13700000002 on
for _ in 1 2 3 4; do roster --org xinghe-shop --format jsonl cs route 商品详情页; done

echo "== 5. two days later: the cron sweep ends the invitations nobody answered (PA-2)"
ROSTER_NOW=2026-02-15T09:00:00+08:00 roster --format json sweep
roster --org xinghe org show xinghe | head -12
echo "== audit log: $(roster --format jsonl audit | wc -l) events; import an export again and nothing changes:"
roster export employees > "$work/employees.export.csv"
roster import employees "$work/employees.export.csv" --agree --report "$work/reimport.csv" --format json | json '["unchanged"]'
echo "database: $db   reports: $work"
