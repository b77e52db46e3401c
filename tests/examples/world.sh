#!/usr/bin/env bash
# The world the examples in `--help` and the README speak of: the orgs,
# positions, people and files they name, at ROSTER_NOW. tests/cli/examples.rs
# builds it once into a database, copies that database for each block of
# examples, and runs the block against the copy. Run by hand:
#   ROSTER_DB=/tmp/world.db ROSTER_NOW=2026-02-13T09:00:00+08:00 bash tests/examples/world.sh
set -euo pipefail
# The code just issued to KEY in ORG (printed once, JSON field `code`).
code() { roster --org "$1" --json code issue "$2" "$3" | sed -n 's/.*"code": *"\([0-9]*\)".*/\1/p'; }

roster -q init
# An enterprise (企业号), verified, at level gold, with tools.
roster -q org create enterprise acme --name 'Acme Ltd' --uscc 91350100M000100Y43 \
    --legal-rep-name 'Li Lei' --legal-rep-id 11010519491231002X
roster -q org verify acme
roster -q org level acme gold
roster -q org tools acme --grant video.group_buy,home.flash_group_buy,live.card
roster -q --org acme position create Sales --perm backend.video,backend.live
roster -q --org acme position create Interns --perm backend.video
roster -q --org acme department create Sales
roster -q --org acme department create Sales/East
roster -q --org acme department create Operations

# Agencies (MCN) and shops, with positions and staff sub-accounts.
roster -q org create agency starlight --name 'Starlight MCN' --main-phone 13800138000
roster -q org create agency moon --name 'Moon MCN' --main-phone 13800138001
roster -q org create shop acme-shop --name 'Acme Flagship' --shop-type flagship \
    --subject 91350100M000100Y43 --main-phone 13900139000
roster -q org create shop shop --name 'Acme Outlet' --shop-type specialty \
    --subject 9144030071526726XG --main-phone 13900139001
roster -q --org starlight position create 运营 --perm agency.tasks,agency.creators
roster -q --org starlight position create 财务 --perm agency.data,agency.orders
roster -q --org moon position create 达人 --perm agency.data
roster -q --org acme-shop position create 客服 --perm shop.customer_service
roster -q --org shop position create 客服 --perm shop.customer_service
for p in 13600000001 13600000002; do
  roster -q --org starlight subaccount add --phone $p --code "$(code starlight --phone $p)" --name "员工$p" --position 运营
done
roster -q --org moon subaccount add --phone 13600000001 --code "$(code moon --phone 13600000001)" --name 员工 --position 达人
# One phone is a sub-account of one shop at a time (SH-2).
roster -q --org acme-shop subaccount add --phone 13700137000 --code "$(code acme-shop --phone 13700137000)" --name 小张 --position 客服 --im on
roster -q --org shop subaccount add --phone 13700000001 --code "$(code shop --phone 13700000001)" --name 小王 --position 客服 --im on

# An employee account in review; an authorisation invited; an upgrade in review.
roster -q --org acme employee apply li@acme.cn --name 'Li Lei' --id-number 11010519491231002X \
    --position Sales --department Sales/East --proof sealed --agree 2> li.password
roster -q --org acme auth invite dy_lilei --modules backend.video --agree --valid-until 2026-12-31
roster -q --org acme-shop cs group create 售前 --pages 商品详情页,店铺首页
roster -q upgrade start dy_acme --shop acme-shop --holder-name 'Li Lei' \
    --holder-id 11010519491231002X --holder-phone 13800138000

# Files the examples read.
printf 'dy_wang\ndy_zhao\n' > douyin-ids.txt
printf '13600000001\n13600000002\n' > keys.txt
roster --org acme export employees > staff.csv
roster --org acme export positions > positions.csv
roster export orgs > orgs.csv
printf 'org,douyin_id,modules,valid_until\nacme,dy_wang,backend.video,2026-12-31\nacme,dy_zhao,"backend.video,backend.live",\n' > invites.csv
cat > holidays-2027.json <<'JSON'
{"2027-01-01": "holiday", "2027-02-06": "holiday", "2027-02-07": "workday"}
JSON
cat > roster.toml <<'TOML'
default_org = "acme"
TOML
