//! Issue 7: bulk import and export, point-in-time access, audit queries through the binary (docs/import.md).
//! Through the real binary: each test is a small script of `roster`
//! invocations in a temp dir with a fixed ROSTER_NOW, asserting stdout JSON,
//! stderr and exit codes (ARCHITECTURE.md, Tests).
//!
//! The byte-exact input files are in `fixtures/import/` (written by
//! `fixtures/import/generate.py`; README.md there says what each one
//! exercises). Files that depend on a run (verification codes, the 30,000
//! row file of the kill test) are written into the test's temp dir.

use std::path::Path;

use serde_json::Value;

use crate::harness::*;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// The path of a fixture in `fixtures/import/`.
macro_rules! fixture {
    ($name:literal) => {
        concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/import/", $name)
    };
}

pub(crate) const ACME: &str = "acme";
pub(crate) const STAR: &str = "star";
pub(crate) const STAR_MAIN: &str = "13900000001";
pub(crate) const SHOP: &str = "acme-shop";
pub(crate) const SHOP_MAIN: &str = "13900000003";

// Valid resident identity numbers (GB 11643 check digits verified).
pub(crate) const ID1: &str = "110105199003071239";
pub(crate) const ID2: &str = "310115198805122347";
pub(crate) const ID3: &str = "440305199508233456";
pub(crate) const ID4: &str = "510107199201014566";
pub(crate) const ID5: &str = "330106198706155677";
pub(crate) const ID6: &str = "420102199311206784";
pub(crate) const ID7: &str = "37020219890909789X";
pub(crate) const ID8: &str = "320505199602298903";

/// What `export employees` prints after any of the `employees_*` fixtures
/// landed: the same rows whatever the file's encoding.
pub(crate) const EMPLOYEES_EXPORT: &str = "\
org,email,holder_name,holder_id,position,department,proof,proof_note,douyin_id,contact_phone,status
acme,li.si@acme.cn,李四,310***********2347,运营,运营部,sealed,,,13800138002,reviewing
acme,wang.wu@acme.cn,王五,440***********3456,销售,销售部,sealed,,,,reviewing
acme,zhang.san@acme.cn,张三,110***********1239,销售,销售部/华东,sealed,,,13800138001,reviewing
";

/// The Chinese header row of the `employees_*` fixtures.
pub(crate) const EMPLOYEES_HEADERS: [&str; 7] = [
    "邮箱",
    "姓名",
    "身份证号",
    "岗位",
    "部门",
    "在职证明",
    "手机号",
];

/// Sets the clock for the calls that follow.
pub(crate) fn at(env: &mut Env, now: &str) {
    env.now = now.to_string();
}

/// `--org ORG ARGS…`
pub(crate) fn o<'a>(org: &'a str, args: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["--org", org];
    v.extend_from_slice(args);
    v
}

/// `--json ARGS…` without assertions.
pub(crate) fn run_json(env: &Env, args: &[&str], stdin: Option<&str>) -> Run {
    let mut a = vec!["--json"];
    a.extend_from_slice(args);
    env.run_in(&a, stdin)
}

/// An import (or any command printing a summary) that must exit with
/// `code` (0, or 6 when rows failed); returns the summary from stdout.
pub(crate) fn import_in(env: &Env, code: i32, args: &[&str], stdin: Option<&str>) -> Value {
    let r = run_json(env, args, stdin);
    assert_eq!(
        r.code, code,
        "roster {args:?}: expected exit {code}\nstdout: {}\nstderr: {}",
        r.stdout, r.stderr
    );
    let v = r.json();
    for f in [
        "kind",
        "encoding",
        "rows",
        "created",
        "updated",
        "unchanged",
        "failed",
        "dry_run",
        "all_or_nothing",
        "landed",
        "report",
    ] {
        assert!(v.get(f).is_some(), "the summary lacks {f}: {v}");
    }
    if code == 6 {
        // The error envelope on stderr still says what happened.
        let err = r.error();
        assert!(err["code"].is_string(), "{err}");
        assert!(v["failed"].as_u64().unwrap() > 0, "{v}");
    } else {
        assert_eq!(v["failed"], 0, "{v}");
    }
    v
}

pub(crate) fn import(env: &Env, code: i32, args: &[&str]) -> Value {
    import_in(env, code, args, None)
}

/// Asserts a summary's counts: rows, created, updated, unchanged, failed.
pub(crate) fn assert_counts(
    v: &Value,
    rows: u64,
    created: u64,
    updated: u64,
    unchanged: u64,
    failed: u64,
) {
    let got = [
        v["rows"].as_u64(),
        v["created"].as_u64(),
        v["updated"].as_u64(),
        v["unchanged"].as_u64(),
        v["failed"].as_u64(),
    ];
    let want = [rows, created, updated, unchanged, failed].map(Some);
    assert_eq!(
        got, want,
        "rows, created, updated, unchanged, failed of {v}"
    );
}

/// `export KIND` (csv) that must succeed; stdout as text.
pub(crate) fn export(env: &Env, args: &[&str]) -> String {
    let r = env.run(args);
    assert_eq!(r.code, 0, "roster {args:?} failed: {}", r.stderr);
    r.stdout
}

/// Parses CSV text (a leading UTF-8 BOM is dropped) into rows of cells.
pub(crate) fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut r = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    r.records()
        .map(|rec| rec.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// A report file: its raw bytes must start with a UTF-8 BOM (so Excel
/// opens it as UTF-8); returns its rows.
pub(crate) fn read_report(path: &Path) -> Vec<Vec<String>> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "the report does not start with a UTF-8 BOM: {:?}",
        &bytes[..bytes.len().min(16)]
    );
    parse_csv(std::str::from_utf8(&bytes).unwrap())
}

/// The report row whose first cell is `key` (after cleaning spaces).
pub(crate) fn report_row<'a>(rows: &'a [Vec<String>], col: usize, key: &str) -> &'a [String] {
    rows.iter()
        .find(|r| r.get(col).is_some_and(|c| c.contains(key)))
        .unwrap_or_else(|| panic!("no report row with {key:?} in column {col}: {rows:?}"))
}

/// The index of `name` in a header row.
pub(crate) fn col(header: &[String], name: &str) -> usize {
    header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
}

/// A read-only connection to the test's database (not through roster).
pub(crate) fn db(env: &Env) -> rusqlite::Connection {
    rusqlite::Connection::open_with_flags(env.db(), rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap()
}

pub(crate) fn count(env: &Env, sql: &str) -> i64 {
    env.sql_i64(sql)
}

/// The number of rows in the audit log.
pub(crate) fn audit_rows(env: &Env) -> i64 {
    count(env, "SELECT count(*) FROM audit")
}

pub(crate) fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect()
}

/// A verified gold enterprise `acme` with the positions 销售
/// (backend.video) and 运营 (backend.live) and the departments 销售部,
/// 销售部/华东 and 运营部: what the `employees_*` fixtures name.
pub(crate) fn acme_cn() -> Env {
    let env = Env::new();
    env.enterprise(ACME);
    env.ok(&w("org verify acme"));
    env.ok(&w("org level acme gold"));
    env.ok(&w("--org acme position create 销售 --perm backend.video"));
    env.ok(&w("--org acme position create 运营 --perm backend.live"));
    for d in ["销售部", "销售部/华东", "运营部"] {
        env.ok(&["--org", ACME, "department", "create", d]);
    }
    env
}

pub(crate) fn employee(env: &Env, email: &str) -> Value {
    env.ok(&["--reveal-pii", "employee", "show", email])
}

/// An import of one `employees_*` fixture into a fresh `acme_cn`: the same
/// three accounts, whatever the encoding; the summary names the encoding.
pub(crate) fn employees_fixture_imports(file: &str, encoding: &[&str], not: &[&str]) {
    let env = acme_cn();
    let report = env.path("report.csv");
    let rp = report.display().to_string();
    let v = import(
        &env,
        0,
        &o(
            ACME,
            &["import", "employees", file, "--agree", "--report", &rp],
        ),
    );
    assert_counts(&v, 3, 3, 0, 0, 0);
    assert_eq!(v["kind"], "employees");
    assert_eq!(v["landed"], true);
    assert_eq!(v["dry_run"], false);
    let enc = v["encoding"].as_str().unwrap().to_lowercase();
    for needle in encoding {
        assert!(
            enc.contains(needle),
            "encoding {enc:?} should name {needle}"
        );
    }
    for needle in not {
        assert!(
            !enc.contains(needle),
            "encoding {enc:?} should not say {needle}"
        );
    }
    assert_eq!(
        export(&env, &w("--org acme export employees")),
        EMPLOYEES_EXPORT
    );
    let z = employee(&env, "zhang.san@acme.cn");
    assert_eq!(z["holder_name"], "张三");
    assert_eq!(z["holder_id"], ID1);
    assert_eq!(z["position"], "销售");
    assert_eq!(z["department"], "销售部/华东");
    assert_eq!(z["proof"], "sealed");
    assert_eq!(z["contact_phone"], "13800138001");
    assert_eq!(z["status"], "reviewing");
    assert_eq!(
        employee(&env, "wang.wu@acme.cn")["contact_phone"],
        Value::Null
    );
    // The report: the input columns (as decoded), then the outcome and the
    // generated password, shown there once.
    let rows = read_report(&report);
    let mut head: Vec<&str> = EMPLOYEES_HEADERS.to_vec();
    head.extend(["result", "error_code", "error_message", "initial_password"]);
    assert_eq!(rows[0], head);
    assert_eq!(rows.len(), 4, "{rows:?}");
    for r in &rows[1..] {
        assert_eq!(r[7], "created", "{r:?}");
        assert_eq!((r[8].as_str(), r[9].as_str()), ("", ""), "{r:?}");
        assert!(r[10].len() >= 8, "no initial password: {r:?}");
    }
    assert_eq!(rows[1][1], "张三");
}

/// The path of a fixture in `fixtures/import/`, for other test modules.
pub(crate) fn fixture_path(name: &str) -> String {
    format!("{}/fixtures/import/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// `access check KEY PERM --at AT`: (allowed, via).
pub(crate) fn check_at(env: &Env, key: &str, perm: &str, at: &str) -> (bool, Vec<String>) {
    let v = env.access(&["access", "check", key, perm, "--at", at]);
    for f in ["account", "permission", "at", "allowed", "via"] {
        assert!(v.get(f).is_some(), "access check lacks {f}: {v}");
    }
    let via = v["via"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect();
    (v["allowed"].as_bool().unwrap(), via)
}

/// Exports `kind` (with `extra` flags such as --reveal-pii), imports the
/// export, expects every row unchanged, exports again and compares bytes;
/// then checks `--format jsonl` against the csv. Returns the csv.
pub(crate) fn round_trip(
    env: &Env,
    org: &str,
    kind: &str,
    extra: &[&str],
    import_flags: &[&str],
) -> String {
    let mut args = o(org, &["export", kind]);
    args.extend_from_slice(extra);
    let first = export(env, &args);
    let rows = parse_csv(&first);
    assert!(rows.len() > 1, "{kind}: an empty export:\n{first}");
    let path = env.write_file(&format!("{kind}.export.csv"), &first);
    let audit = audit_rows(env);
    let fp_rows = count(env, "SELECT count(*) FROM grants");
    let mut imp = o(org, &["import", kind, &path]);
    imp.extend_from_slice(import_flags);
    let rp = env.path("rt.report.csv").display().to_string();
    if kind == "employees" {
        imp.extend(["--report", &rp]);
    }
    let v = import(env, 0, &imp);
    let n = u64::try_from(rows.len() - 1).unwrap();
    assert_counts(&v, n, 0, 0, n, 0);
    assert_eq!(
        audit_rows(env),
        audit,
        "{kind}: importing the export wrote audit rows"
    );
    assert_eq!(count(env, "SELECT count(*) FROM grants"), fp_rows);
    let second = export(env, &args);
    assert_eq!(first, second, "{kind}: the second export differs");

    // jsonl: one object per line, the csv's columns as keys, the same values.
    let mut jargs = o(org, &["export", kind, "--format", "jsonl"]);
    jargs.extend_from_slice(extra);
    let jsonl = export(env, &jargs);
    let lines: Vec<&str> = jsonl.lines().collect();
    assert_eq!(lines.len(), rows.len() - 1, "{kind}: jsonl lines:\n{jsonl}");
    for (line, row) in lines.iter().zip(&rows[1..]) {
        let obj: Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("{kind}: not a JSON line ({e}): {line}"));
        let map = obj
            .as_object()
            .unwrap_or_else(|| panic!("not an object: {line}"));
        let keys: Vec<&str> = map.keys().map(String::as_str).collect();
        assert_eq!(keys, rows[0], "{kind}: jsonl keys");
        for (k, cell) in rows[0].iter().zip(row) {
            let shown = match &map[k] {
                Value::Null => String::new(),
                Value::String(s) => s.clone(),
                Value::Bool(b) => b.to_string(),
                Value::Array(a) => a
                    .iter()
                    .map(|x| x.as_str().unwrap_or_default().to_string())
                    .collect::<Vec<_>>()
                    .join(","),
                other => other.to_string(),
            };
            assert_eq!(&shown, cell, "{kind}: jsonl {k} vs csv in {line}");
        }
    }
    first
}

/// `code issue` for `target` in `org`; the code.
pub(crate) fn issue(env: &Env, org: &str, target: &str) -> String {
    let flag = if target.contains('@') {
        "--email"
    } else {
        "--phone"
    };
    let v = env.ok(&["--org", org, "code", "issue", flag, target]);
    v["code"].as_str().unwrap().to_string()
}

/// Full-width digits (what an IME in full-width mode types).
pub(crate) fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(u32::from(c) - 0x30 + 0xFF10).unwrap(),
            c => c,
        })
        .collect()
}

/// Agency `star` with positions 达人 (agency.creators) and 数据
/// (agency.data, agency.orders).
pub(crate) fn star() -> Env {
    let env = Env::new();
    env.agency(STAR, STAR_MAIN);
    env.ok(&w("--org star position create 达人 --perm agency.creators"));
    env.ok(&w(
        "--org star position create 数据 --perm agency.data,agency.orders",
    ));
    env
}

/// Imports two sub-accounts of `star` (a phone and an email, in GB18030
/// with Chinese headers, full-width digits in the phone and the code).
pub(crate) fn import_star_subaccounts(env: &Env) -> Value {
    let c1 = issue(env, STAR, "13800138101");
    let c2 = issue(env, STAR, "ops@star.cn");
    let text = format!(
        "手机号,邮箱,验证码,昵称,岗位\r\n\
         {},,{},小明,达人、数据\r\n\
         ,OPS@STAR.CN, {c2}\u{3000},\u{200b}运营号 ,数据\r\n",
        full_width("13800138101"),
        full_width(&c1),
    );
    let (bytes, _, _) = encoding_rs::GB18030.encode(&text);
    let path = env.path("subaccounts.csv");
    std::fs::write(&path, &bytes).unwrap();
    import(
        env,
        0,
        &o(STAR, &["import", "subaccounts", path.to_str().unwrap()]),
    )
}

mod cleaning;
mod encodings;
mod excel;
mod headers;
mod killed;
mod modes;
mod point_in_time;
mod regressions;
mod reimport;
mod round_trips;
mod subaccounts;
