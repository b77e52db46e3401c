//! Issue 7: bulk import and export, point-in-time access, audit queries through the binary (CLI.md "Bulk import").
//! Through the real binary: each test is a small script of `roster`
//! invocations in a temp dir with a fixed ROSTER_NOW, asserting stdout JSON,
//! stderr and exit codes (DESIGN.md test layer 3).
//!
//! The byte-exact input files are in `fixtures/import/` (written by
//! `fixtures/import/generate.py`; README.md there says what each one
//! exercises). Files that depend on a run (verification codes, the 30,000
//! row file of the kill test) are written into the test's temp dir.

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

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
const STAR: &str = "star";
const STAR_MAIN: &str = "13900000001";
const SHOP: &str = "acme-shop";
const SHOP_MAIN: &str = "13900000003";

// Valid resident identity numbers (GB 11643 check digits verified).
const ID1: &str = "110105199003071239";
const ID2: &str = "310115198805122347";
const ID3: &str = "440305199508233456";
const ID4: &str = "510107199201014566";
const ID5: &str = "330106198706155677";
const ID6: &str = "420102199311206784";
const ID7: &str = "37020219890909789X";
const ID8: &str = "320505199602298903";

/// What `export employees` prints after any of the `employees_*` fixtures
/// landed: the same rows whatever the file's encoding.
const EMPLOYEES_EXPORT: &str = "\
org,email,name,id_number,position,department,proof,proof_note,douyin_id,contact_phone,status
acme,li.si@acme.cn,李四,310***********2347,运营,运营部,sealed,,,13800138002,reviewing
acme,wang.wu@acme.cn,王五,440***********3456,销售,销售部,sealed,,,,reviewing
acme,zhang.san@acme.cn,张三,110***********1239,销售,销售部/华东,sealed,,,13800138001,reviewing
";

/// The Chinese header row of the `employees_*` fixtures.
const EMPLOYEES_HEADERS: [&str; 7] = [
    "邮箱",
    "姓名",
    "身份证号",
    "岗位",
    "部门",
    "在职证明",
    "手机号",
];

/// Sets the clock for the calls that follow.
fn at(env: &mut Env, now: &str) {
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
    db(env).query_row(sql, [], |r| r.get(0)).unwrap()
}

/// The number of rows in the audit log.
fn audit_rows(env: &Env) -> i64 {
    count(env, "SELECT count(*) FROM audit")
}

fn strings(v: &Value) -> Vec<&str> {
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
fn employees_fixture_imports(file: &str, encoding: &[&str], not: &[&str]) {
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

// ---------------------------------------------------------------------------
// Encodings: GB18030, UTF-8 with and without BOM, UTF-16 "Unicode Text"
// ---------------------------------------------------------------------------

#[test]
fn gb18030_crlf_with_chinese_headers_imports() {
    // The fixture really is what Excel on Chinese Windows saves.
    let bytes = std::fs::read(fixture!("employees_gb18030.csv")).unwrap();
    assert!(std::str::from_utf8(&bytes).is_err(), "not GB18030");
    assert!(bytes.windows(2).any(|p| p == b"\r\n"), "not CRLF");
    employees_fixture_imports(
        fixture!("employees_gb18030.csv"),
        &["gb18030", "comma"],
        &["bom"],
    );
}

#[test]
fn utf8_with_bom_imports_like_gb18030() {
    let bytes = std::fs::read(fixture!("employees_utf8_bom.csv")).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    employees_fixture_imports(
        fixture!("employees_utf8_bom.csv"),
        &["utf-8", "bom", "comma"],
        &[],
    );
}

#[test]
fn utf8_without_bom_lf_imports_like_gb18030() {
    employees_fixture_imports(
        fixture!("employees_utf8.csv"),
        &["utf-8", "comma"],
        &["bom"],
    );
}

#[test]
fn utf16le_unicode_text_imports_like_gb18030() {
    let bytes = std::fs::read(fixture!("employees_utf16le.txt")).unwrap();
    assert!(bytes.starts_with(b"\xFF\xFE"));
    employees_fixture_imports(
        fixture!("employees_utf16le.txt"),
        &["utf-16le", "bom", "tab"],
        &[],
    );
}

#[test]
fn utf16be_unicode_text_imports_like_gb18030() {
    employees_fixture_imports(
        fixture!("employees_utf16be.txt"),
        &["utf-16be", "bom", "tab"],
        &[],
    );
}

#[test]
fn every_encoding_of_one_file_lands_once() {
    // The same rows in five encodings: the first lands, the other four are
    // unchanged (they decode to the very same cells).
    let env = acme_cn();
    let rp = env.path("r.csv").display().to_string();
    let files = [
        fixture!("employees_gb18030.csv"),
        fixture!("employees_utf8_bom.csv"),
        fixture!("employees_utf8.csv"),
        fixture!("employees_utf16le.txt"),
        fixture!("employees_utf16be.txt"),
    ];
    for (i, f) in files.iter().enumerate() {
        let v = import(
            &env,
            0,
            &o(
                ACME,
                &["import", "employees", f, "--agree", "--report", &rp],
            ),
        );
        if i == 0 {
            assert_counts(&v, 3, 3, 0, 0, 0);
        } else {
            assert_counts(&v, 3, 0, 0, 3, 0);
        }
    }
    assert_eq!(env.audit_count("employee.apply"), 3);
}

// ---------------------------------------------------------------------------
// Cleaning
// ---------------------------------------------------------------------------

#[test]
fn cleaning_trims_folds_and_lowercases_and_refuses_excel_numbers() {
    let env = acme_cn();
    let report = env.path("report.csv");
    let rp = report.display().to_string();
    let v = import(
        &env,
        6,
        &o(
            ACME,
            &[
                "import",
                "employees",
                fixture!("employees_cleaning.csv"),
                "--agree",
                "--report",
                &rp,
            ],
        ),
    );
    // The blank row is skipped: not a row, not in the report.
    assert_counts(&v, 5, 3, 0, 0, 2);
    assert_eq!(v["landed"], true);

    // Surrounding spaces trimmed, email lower-cased, U+3000 and U+200B
    // around the name gone, full-width digits folded in id and phone.
    let a = employee(&env, "zhao.liu@acme.cn");
    assert_eq!(a["email"], "zhao.liu@acme.cn");
    assert_eq!(a["holder_name"], "赵六");
    assert_eq!(a["holder_id"], ID5);
    assert_eq!(a["position"], "销售");
    assert_eq!(a["department"], "销售部");
    assert_eq!(a["proof"], "sealed");
    assert_eq!(a["contact_phone"], "13800138000");
    // U+FEFF inside the email and U+200B inside the identity number.
    let b = employee(&env, "qian.qi@acme.cn");
    assert_eq!(b["holder_id"], ID6);
    assert_eq!(b["department"], "运营部");
    assert_eq!(b["contact_phone"], "13800138009");
    // Full-width digits and a full-width check letter Ｘ.
    assert_eq!(employee(&env, "wu.shi@acme.cn")["holder_id"], ID7);
    let list = env.ok(&w("--org acme employee list"));
    assert_eq!(list.as_array().unwrap().len(), 3, "{list}");

    let rows = read_report(&report);
    let head = &rows[0];
    assert_eq!(rows.len(), 6, "header + 5 rows, no blank row: {rows:?}");
    let (result, code, msg) = (
        col(head, "result"),
        col(head, "error_code"),
        col(head, "error_message"),
    );
    // The Excel number: refused with a message that says Excel, naming
    // the cell.
    let excel = report_row(&rows, 0, "sun.ba@acme.cn");
    assert_eq!(excel[result], "failed");
    assert_eq!(excel[code], "EXCEL_NUMBER");
    // The column as the file spells it.
    for needle in ["Excel", "ID Number", "1.10105E+17"] {
        assert!(
            excel[msg].contains(needle),
            "{needle} not in {:?}",
            excel[msg]
        );
    }
    // The missing required cell: refused, naming the field.
    let missing = report_row(&rows, 0, "zhou.jiu@acme.cn");
    assert_eq!(missing[result], "failed");
    assert_eq!(missing[code], "MISSING_FIELD");
    assert!(missing[msg].contains("ID Number"), "{missing:?}");
    // The report echoes the cells as they were typed.
    let typed = report_row(&rows, 0, "Zhao.Liu@ACME.cn");
    assert_eq!(typed[0], "  Zhao.Liu@ACME.cn  ");
    assert_eq!(typed[result], "created");
    assert!(
        env.run(&w("--org acme employee show sun.ba@acme.cn")).code == 3,
        "the Excel row landed"
    );

    // Fix the Excel cell in the report and import the report as it is: its
    // result/error/initial_password columns are not input, the messy cells
    // clean to what landed (unchanged), the fixed row is created.
    let id = col(head, "ID Number");
    let mut wtr = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    for r in &rows {
        let mut r = r.clone();
        if r[0] == "sun.ba@acme.cn" {
            r[id] = ID4.to_string();
        }
        wtr.write_record(&r).unwrap();
    }
    let fixed = env.write_file(
        "fixed.csv",
        &String::from_utf8(wtr.into_inner().unwrap()).unwrap(),
    );
    let rp2 = env.path("report2.csv").display().to_string();
    let audit = audit_rows(&env);
    let v = import(
        &env,
        6,
        &o(
            ACME,
            &["import", "employees", &fixed, "--agree", "--report", &rp2],
        ),
    );
    assert_counts(&v, 5, 1, 0, 3, 1);
    assert_eq!(audit_rows(&env), audit + 1, "one employee.apply");
    assert_eq!(employee(&env, "sun.ba@acme.cn")["holder_id"], ID4);
    let rows2 = read_report(&env.path("report2.csv"));
    assert_eq!(
        rows2[0], rows[0],
        "the report of a report has the same columns"
    );
}

#[test]
fn excel_number_in_a_phone_cell_is_refused_too() {
    let env = acme_cn();
    let file = env.write_file(
        "e.csv",
        "邮箱,姓名,身份证号,岗位,在职证明,初始密码,联系电话\n\
         a@acme.cn,A,110105199003071239,销售,sealed,Secret-Pass-1,1.38001E+10\n",
    );
    let rp = env.path("r.csv").display().to_string();
    let v = import(
        &env,
        6,
        &o(
            ACME,
            &["import", "employees", &file, "--agree", "--report", &rp],
        ),
    );
    assert_counts(&v, 1, 0, 0, 0, 1);
    let rows = read_report(&env.path("r.csv"));
    let code = col(&rows[0], "error_code");
    let msg = col(&rows[0], "error_message");
    assert_eq!(rows[1][code], "EXCEL_NUMBER");
    assert!(rows[1][msg].contains("Excel"), "{:?}", rows[1]);
}

// ---------------------------------------------------------------------------
// Headers and the file itself
// ---------------------------------------------------------------------------

#[test]
fn positions_and_departments_with_english_headers_in_mixed_case() {
    let env = Env::new();
    env.enterprise(ACME);
    let v = import(
        &env,
        0,
        &o(ACME, &["import", "positions", fixture!("positions.csv")]),
    );
    assert_counts(&v, 3, 3, 0, 0, 0);
    let p = env.ok(&w("--org acme position show Support"));
    assert_eq!(
        strings(&p["permissions"]),
        ["backend.messages", "backend.users"]
    );
    assert_eq!(p["description"], "answers messages");
    let p = env.ok(&w("--org acme position show Lead"));
    assert_eq!(
        strings(&p["permissions"]),
        ["backend.data_center", "backend.home", "backend.video"]
    );
    let p = env.ok(&w("--org acme position show Sales"));
    assert_eq!(
        strings(&p["permissions"]),
        ["backend.live", "backend.video"]
    );

    let v = import(
        &env,
        0,
        &o(
            ACME,
            &["import", "departments", fixture!("departments.csv")],
        ),
    );
    assert_counts(&v, 4, 4, 0, 0, 0);
    let list = env.ok(&w("--org acme department list"));
    let paths: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["Sales", "Sales/East", "Sales/West", "Support"]);
}

#[test]
fn a_missing_required_column_is_refused_before_any_row() {
    let env = acme_cn();
    // `env.fail` also proves that nothing changed in the database.
    let file = env.write_file("p.csv", "Name,Description\nSales,sells\n");
    let err = env.fail(5, &o(ACME, &["import", "positions", &file]));
    assert_eq!(err["code"], "MISSING_COLUMN");
    let msg = err["message"].as_str().unwrap();
    for needle in ["permissions", "权限"] {
        assert!(msg.contains(needle), "{needle} not in {msg}");
    }
    // Employees without 身份证号: the first rows would have been valid.
    let file = env.write_file(
        "e.csv",
        "邮箱,姓名,岗位,在职证明,初始密码\na@acme.cn,A,销售,sealed,Secret-Pass-1\n",
    );
    let err = env.fail(5, &o(ACME, &["import", "employees", &file, "--agree"]));
    assert_eq!(err["code"], "MISSING_COLUMN");
    let msg = err["message"].as_str().unwrap();
    for needle in ["id_number", "身份证号"] {
        assert!(msg.contains(needle), "{needle} not in {msg}");
    }
    // A report is not even started.
    let rp = env.path("r.csv");
    env.fail(
        5,
        &o(
            ACME,
            &[
                "import",
                "employees",
                &file,
                "--agree",
                "--report",
                rp.to_str().unwrap(),
            ],
        ),
    );
}

#[test]
fn an_unknown_kind_and_a_missing_file_are_invalid_input() {
    let env = acme_cn();
    let file = env.write_file("p.csv", "name,permissions\nX,backend.video\n");
    let err = env.fail(5, &o(ACME, &["import", "widgets", &file]));
    assert!(
        err["message"].as_str().unwrap().contains("positions"),
        "the valid kinds are listed: {err}"
    );
    // A file that cannot be opened is an I/O failure (exit 1), not bad
    // input: there is no input to judge.
    let missing = env.path("nope.csv");
    let err = env.fail(
        1,
        &o(ACME, &["import", "positions", missing.to_str().unwrap()]),
    );
    assert_eq!(err["code"], "FILE_UNREADABLE");
    assert!(
        err["message"].as_str().unwrap().contains("nope.csv"),
        "{err}"
    );
    env.fail(5, &w("export widgets"));
}

#[test]
fn employees_without_a_password_column_need_a_report() {
    let env = acme_cn();
    // Each row that would get a generated password fails on its own: the
    // password has nowhere to be shown once. Nothing lands.
    let before = env.fingerprint();
    let v = import(
        &env,
        6,
        &o(
            ACME,
            &[
                "import",
                "employees",
                fixture!("employees_utf8.csv"),
                "--agree",
            ],
        ),
    );
    assert_eq!(v["created"], 0, "{v}");
    let codes: Vec<&str> = v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"REPORT_REQUIRED"), "{v}");
    assert_eq!(
        env.fingerprint(),
        before,
        "an account without a shown password landed"
    );
    // With a password column (初始密码) no report is needed.
    let file = env.write_file(
        "e.csv",
        "邮箱,姓名,身份证号,岗位,在职证明,初始密码\na@acme.cn,A,110105199003071239,销售,sealed,Secret-Pass-1\n",
    );
    let v = import(
        &env,
        0,
        &o(ACME, &["import", "employees", &file, "--agree"]),
    );
    assert_counts(&v, 1, 1, 0, 0, 0);
    assert_eq!(v["report"], Value::Null);
}

#[test]
fn stdin_dash_reads_the_file() {
    let env = acme_cn();
    let text = std::fs::read_to_string(fixture!("positions.csv")).unwrap();
    let v = import_in(
        &env,
        0,
        &o(ACME, &["import", "positions", "-"]),
        Some(&text),
    );
    assert_counts(&v, 3, 3, 0, 0, 0);
    env.ok(&w("--org acme position show Lead"));
}

#[test]
fn org_column_onboards_many_orgs_and_falls_back_to_the_org_flag() {
    let env = acme_cn();
    env.agency(STAR, STAR_MAIN);
    let file = env.write_file(
        "p.csv",
        "机构,岗位名称,权限,岗位描述\n\
         acme,Finance,backend.data_center,money\n\
         star,Scout,agency.creators,finds creators\n\
         ,Default,backend.video,the --org one\n\
         nosuch,Lost,backend.video,\n",
    );
    let rp = env.path("r.csv").display().to_string();
    let v = import(
        &env,
        6,
        &o(ACME, &["import", "positions", &file, "--report", &rp]),
    );
    assert_counts(&v, 4, 3, 0, 0, 1);
    assert_eq!(
        env.ok(&w("--org star position show Scout"))["description"],
        "finds creators"
    );
    env.ok(&w("--org acme position show Finance"));
    env.ok(&w("--org acme position show Default"));
    assert_eq!(env.run(&w("--org star position show Default")).code, 3);
    let rows = read_report(&env.path("r.csv"));
    let lost = report_row(&rows, 1, "Lost");
    assert_eq!(lost[col(&rows[0], "result")], "failed");
    assert!(
        lost[col(&rows[0], "error_code")].contains("NOT_FOUND"),
        "{lost:?}"
    );

    // Without --org, a row without an org cell fails; the others land.
    let file = env.write_file(
        "q.csv",
        "org,name,permissions\nacme,Audit,backend.data_center\n,Nowhere,backend.video\n",
    );
    let v = import(&env, 6, &["import", "positions", &file]);
    assert_counts(&v, 2, 1, 0, 0, 1);
}

// ---------------------------------------------------------------------------
// Default mode, --all-or-nothing, --dry-run, --report
// ---------------------------------------------------------------------------

/// Three positions, the second with an unknown permission code.
const ONE_BAD: &str = "name,permissions,description\n\
    Sales,backend.video,sells\n\
    Broken,backend.nonsense,oops\n\
    Support,backend.messages;backend.users,answers\n";

#[test]
fn default_mode_lands_valid_rows_reports_invalid_ones_and_exits_6() {
    let env = acme_cn();
    let file = env.write_file("p.csv", ONE_BAD);
    let report = env.path("report.csv");
    let rp = report.display().to_string();
    let v = import(
        &env,
        6,
        &o(ACME, &["import", "positions", &file, "--report", &rp]),
    );
    assert_counts(&v, 3, 2, 0, 0, 1);
    assert_eq!(v["landed"], true);
    assert_eq!(v["report"], rp.as_str());
    env.ok(&w("--org acme position show Sales"));
    env.ok(&w("--org acme position show Support"));
    assert_eq!(env.run(&w("--org acme position show Broken")).code, 3);

    // The report: the input columns, then result, error_code, error_message
    // (no password column for positions).
    let rows = read_report(&report);
    assert_eq!(
        rows[0],
        [
            "name",
            "permissions",
            "description",
            "result",
            "error_code",
            "error_message"
        ]
    );
    assert_eq!(
        rows[1],
        ["Sales", "backend.video", "sells", "created", "", ""]
    );
    assert_eq!(
        rows[2][..4],
        ["Broken", "backend.nonsense", "oops", "failed"]
    );
    assert!(!rows[2][4].is_empty(), "{:?}", rows[2]);
    assert!(rows[2][5].contains("backend.nonsense"), "{:?}", rows[2]);
    assert_eq!(rows[3][3], "created");

    // Fix the failed row in the report and import the report as it is.
    let mut wtr = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    for r in &rows {
        let mut r = r.clone();
        if r[0] == "Broken" {
            r[1] = "backend.live".to_string();
        }
        wtr.write_record(&r).unwrap();
    }
    let fixed = String::from_utf8(wtr.into_inner().unwrap()).unwrap();
    let fixed_path = env.write_file("fixed.csv", &fixed);
    let audit_before = audit_rows(&env);
    let report2 = env.path("report2.csv");
    let v = import(
        &env,
        0,
        &o(
            ACME,
            &[
                "import",
                "positions",
                &fixed_path,
                "--report",
                report2.to_str().unwrap(),
            ],
        ),
    );
    assert_counts(&v, 3, 1, 0, 2, 0);
    assert_eq!(
        strings(&env.ok(&w("--org acme position show Broken"))["permissions"]),
        ["backend.live"]
    );
    assert_eq!(audit_rows(&env), audit_before + 1, "one position.create");
    // The new report has the original columns once, not result twice.
    let rows2 = read_report(&report2);
    assert_eq!(rows2[0], rows[0]);
    assert_eq!(rows2[2][3], "created");
}

#[test]
fn all_or_nothing_lands_nothing_when_one_row_fails() {
    let env = acme_cn();
    let file = env.write_file("p.csv", ONE_BAD);
    let before = env.fingerprint();
    let rp = env.path("r.csv").display().to_string();
    let v = import(
        &env,
        6,
        &o(
            ACME,
            &[
                "import",
                "positions",
                &file,
                "--all-or-nothing",
                "--report",
                &rp,
            ],
        ),
    );
    assert_counts(&v, 3, 2, 0, 0, 1);
    assert_eq!(v["all_or_nothing"], true);
    assert_eq!(v["landed"], false);
    assert_eq!(env.fingerprint(), before, "a row landed");
    let rows = read_report(&env.path("r.csv"));
    assert_eq!(rows[2][3], "failed");

    // Without the bad row everything lands.
    let good = env.write_file(
        "good.csv",
        "name,permissions\nSales,backend.video\nSupport,backend.messages\n",
    );
    let v = import(
        &env,
        0,
        &o(ACME, &["import", "positions", &good, "--all-or-nothing"]),
    );
    assert_counts(&v, 2, 2, 0, 0, 0);
    assert_eq!(v["landed"], true);
    env.ok(&w("--org acme position show Support"));
}

#[test]
fn dry_run_writes_nothing_but_says_what_would_happen() {
    let env = acme_cn();
    env.ok(&w("--org acme position create Sales --perm backend.live"));
    let file = env.write_file(
        "p.csv",
        "name,permissions\nSales,backend.video\nNew,backend.home\nBad,nope.nope\n",
    );
    let before = env.fingerprint();
    let report = env.path("r.csv");
    let v = import(
        &env,
        6,
        &o(
            ACME,
            &[
                "import",
                "positions",
                &file,
                "--dry-run",
                "--report",
                report.to_str().unwrap(),
            ],
        ),
    );
    assert_counts(&v, 3, 1, 1, 0, 1);
    assert_eq!(v["dry_run"], true);
    assert_eq!(v["landed"], false);
    assert_eq!(env.fingerprint(), before, "a dry run wrote");
    let rows = read_report(&report);
    let results: Vec<&str> = rows[1..].iter().map(|r| r[2].as_str()).collect();
    // A report never says a row landed when it did not.
    assert_eq!(results, ["would_update", "would_create", "failed"]);

    // A clean dry run exits 0 and still writes nothing.
    let good = env.write_file("g.csv", "name,permissions\nNew,backend.home\n");
    let v = import(
        &env,
        0,
        &o(ACME, &["import", "positions", &good, "--dry-run"]),
    );
    assert_counts(&v, 1, 1, 0, 0, 0);
    assert_eq!(env.fingerprint(), before);
}

#[test]
fn dry_run_of_employees_answers_as_the_real_run_would_and_writes_nothing() {
    let env = acme_cn();
    let before = env.fingerprint();
    // Without a report the real run fails every new row (REPORT_REQUIRED):
    // so does the dry run.
    let v = import(
        &env,
        6,
        &o(
            ACME,
            &[
                "import",
                "employees",
                fixture!("employees_gb18030.csv"),
                "--agree",
                "--dry-run",
            ],
        ),
    );
    assert_counts(&v, 3, 0, 0, 0, 3);
    assert_eq!(v["errors"][0]["code"], "REPORT_REQUIRED");
    // With one it would create them; the report shows no password.
    let report = env.path("r.csv");
    let v = import(
        &env,
        0,
        &o(
            ACME,
            &[
                "import",
                "employees",
                fixture!("employees_gb18030.csv"),
                "--agree",
                "--dry-run",
                "--report",
                report.to_str().unwrap(),
            ],
        ),
    );
    assert_counts(&v, 3, 3, 0, 0, 0);
    let rows = read_report(&report);
    let (result, pw) = (col(&rows[0], "result"), col(&rows[0], "initial_password"));
    assert!(
        rows[1..]
            .iter()
            .all(|r| r[result] == "would_create" && r[pw].is_empty())
    );
    assert_eq!(env.fingerprint(), before);
}

// ---------------------------------------------------------------------------
// Re-import: unchanged, updated
// ---------------------------------------------------------------------------

#[test]
fn reimporting_a_landed_file_is_unchanged_and_audits_nothing() {
    let mut env = acme_cn();
    let rp = env.path("r.csv").display().to_string();
    for (kind, file) in [
        ("positions", fixture!("positions.csv")),
        ("departments", fixture!("departments.csv")),
        ("employees", fixture!("employees_gb18030.csv")),
        ("authorizations", fixture!("authorizations.csv")),
    ] {
        let args = o(ACME, &["import", kind, file, "--agree", "--report", &rp]);
        let first = import(&env, 0, &args);
        assert!(first["created"].as_u64().unwrap() > 0, "{first}");
        let audit = audit_rows(&env);
        let fp = env.fingerprint();
        at(&mut env, "2026-02-13T10:00:00+08:00");
        let again = import(&env, 0, &args);
        let n = first["rows"].as_u64().unwrap();
        assert_counts(&again, n, 0, 0, n, 0);
        assert_eq!(
            audit_rows(&env),
            audit,
            "{kind}: a re-import wrote audit rows"
        );
        assert_eq!(
            env.fingerprint(),
            fp,
            "{kind}: a re-import changed the database"
        );
        at(&mut env, NOW);
    }
}

#[test]
fn a_changed_position_row_is_updated() {
    let mut env = acme_cn();
    import(
        &env,
        0,
        &o(ACME, &["import", "positions", fixture!("positions.csv")]),
    );
    at(&mut env, "2026-02-13T10:00:00+08:00");
    let file = env.write_file(
        "p.csv",
        " NAME ,Permissions,Description\n\
         Sales,backend.video;backend.live,sells\n\
         Support,backend.messages,answers messages\n\
         Lead,backend.video、backend.data_center、backend.home,leads\n",
    );
    let v = import(&env, 0, &o(ACME, &["import", "positions", &file]));
    assert_counts(&v, 3, 0, 2, 1, 0);
    let p = env.ok(&w("--org acme position show Support"));
    assert_eq!(strings(&p["permissions"]), ["backend.messages"]);
    assert_eq!(
        env.ok(&w("--org acme position show Lead"))["description"],
        "leads"
    );
    let edits = env.audit(&["--action", "position.edit"]);
    assert_eq!(edits.len(), 2, "{edits:?}");
    assert!(edits.iter().all(|e| e["at"] == "2026-02-13T02:00:00Z"));
}

#[test]
fn authorization_cells_split_on_every_separator_and_changes_are_updates() {
    let mut env = Env::new();
    env.enterprise(ACME);
    env.ok(&w("org verify acme"));
    let v = import(
        &env,
        0,
        &o(
            ACME,
            &[
                "import",
                "authorizations",
                fixture!("authorizations.csv"),
                "--agree",
            ],
        ),
    );
    assert_counts(&v, 4, 4, 0, 0, 0);
    let show = |env: &Env, id: &str| env.ok(&["--org", ACME, "auth", "show", id]);
    // 、
    let a = show(&env, "dy_alpha");
    assert_eq!(strings(&a["modules"]), ["backend.live", "backend.video"]);
    assert_eq!(a["status"], "invited");
    // 有效期 2026-12-31: the end of that day in Asia/Shanghai.
    assert_eq!(a["valid_until"], "2026-12-31T15:59:59Z");
    // ;
    assert_eq!(
        strings(&show(&env, "dy_beta")["modules"]),
        ["backend.data_center", "backend.video"]
    );
    // a quoted cell with commas (and spaces)
    assert_eq!(
        strings(&show(&env, "dy_gamma")["modules"]),
        ["backend.live", "backend.messages", "backend.video"]
    );
    // |
    assert_eq!(
        strings(&show(&env, "dy_delta")["modules"]),
        ["backend.users", "backend.video"]
    );
    assert_eq!(show(&env, "dy_delta")["valid_until"], Value::Null);

    // Other modules for an existing live binding: updated (auth.modify).
    env.ok(&w(
        "--org acme auth accept dy_beta --name Li --id-number 110105199003071239",
    ));
    env.ok(&w("--org acme auth review dy_beta --approve"));
    at(&mut env, "2026-02-13T10:00:00+08:00");
    let file = env.write_file(
        "a.csv",
        "抖音号,授权模块,有效期\n\
         dy_alpha,backend.video、backend.live,2026-12-31\n\
         dy_beta,backend.messages,\n",
    );
    let v = import(
        &env,
        0,
        &o(ACME, &["import", "authorizations", &file, "--agree"]),
    );
    assert_counts(&v, 2, 0, 1, 1, 0);
    let b = show(&env, "dy_beta");
    assert_eq!(strings(&b["modules"]), ["backend.messages"]);
    assert_eq!(b["status"], "active");
    let m = env.audit(&["--action", "auth.modify"]);
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0]["object"], "douyin:dy_beta");
}

#[test]
fn authorizations_without_agree_are_refused_before_any_row() {
    let env = Env::new();
    env.enterprise(ACME);
    env.ok(&w("org verify acme"));
    let rp = env.path("r.csv");
    let rps = rp.to_str().unwrap().to_string();
    let e = env.fail(
        5,
        &o(
            ACME,
            &[
                "import",
                "authorizations",
                fixture!("authorizations.csv"),
                "--report",
                &rps,
            ],
        ),
    );
    assert_eq!(e["code"], "AGREEMENT_REQUIRED", "{e}");
    assert_eq!(e["rule"], "PA-1", "{e}");
    assert!(!rp.exists(), "refused before any row: no report");
}

// ---------------------------------------------------------------------------
// orgs: create + verify + level + tools in one row
// ---------------------------------------------------------------------------

#[test]
fn orgs_rows_create_verify_level_and_grant_tools() {
    let mut env = Env::new();
    let v = import(&env, 0, &["import", "orgs", fixture!("orgs.csv")]);
    assert_counts(&v, 4, 4, 0, 0, 0);
    let acme = env.ok(&w("org show acme"));
    assert_eq!(acme["kind"], "enterprise");
    assert_eq!(acme["verified"], true);
    assert_eq!(acme["level"], "gold");
    assert_eq!(acme["quota_limit"], 50);
    assert_eq!(strings(&acme["tools"]), ["live.card", "video.booking"]);
    // Full-width digits and letters folded in the credit code and the id.
    let beta = env.ok(&w("--reveal-pii org show beta"));
    assert_eq!(beta["uscc"], USCC_B);
    assert_eq!(beta["legal_rep_id"], ID8);
    assert_eq!(beta["verified"], true, "是 is yes");
    assert_eq!(beta["level"], "silver");
    assert_eq!(strings(&beta["tools"]), Vec::<&str>::new());
    let star = env.ok(&w("org show star"));
    assert_eq!(star["kind"], "agency");
    assert_eq!(star["main_phone"], STAR_MAIN);
    let shop = env.ok(&w("org show acme-shop"));
    assert_eq!(shop["shop_type"], "flagship");
    assert_eq!(shop["subject"], "91310000MA1FL8XK0Q");
    assert_eq!(env.audit_count("org.create"), 4);
    assert_eq!(env.audit_count("org.verify"), 2);

    // Again: unchanged, no audit.
    let audit = audit_rows(&env);
    at(&mut env, "2026-02-13T10:00:00+08:00");
    let v = import(&env, 0, &["import", "orgs", fixture!("orgs.csv")]);
    assert_counts(&v, 4, 0, 0, 4, 0);
    assert_eq!(audit_rows(&env), audit);

    // A new level and another set of tools: updated.
    let file = env.write_file(
        "o.csv",
        "kind,handle,name,uscc,legal_rep_name,legal_rep_id,verified,level,tools\n\
         enterprise,acme,Acme Ltd,91350100M000100Y43,Li Lei,510107199201014566,true,gold,video.booking|home.profile_card\n\
         enterprise,beta,Beta Ltd,9144030071526726XG,Han Mei,320505199602298903,true,platinum-1,\n",
    );
    let v = import(&env, 0, &["import", "orgs", &file]);
    assert_counts(&v, 2, 0, 2, 0, 0);
    assert_eq!(
        strings(&env.ok(&w("org show acme"))["tools"]),
        ["home.profile_card", "video.booking"]
    );
    assert_eq!(env.ok(&w("org show beta"))["level"], "platinum-1");

    // verified/level/tools on an agency: the row fails.
    let file = env.write_file(
        "a.csv",
        "kind,handle,name,main_phone,verified\nagency,moon,Moon MCN,13900000002,true\n",
    );
    let v = import(&env, 6, &["import", "orgs", &file]);
    assert_counts(&v, 1, 0, 0, 0, 1);
    assert_eq!(env.run(&w("org show moon")).code, 3);
}

// ---------------------------------------------------------------------------
// Sub-accounts: codes issued first, the file written on the fly
// ---------------------------------------------------------------------------

/// `code issue` for `target` in `org`; the code.
fn issue(env: &Env, org: &str, target: &str) -> String {
    let flag = if target.contains('@') {
        "--email"
    } else {
        "--phone"
    };
    let v = env.ok(&["--org", org, "code", "issue", flag, target]);
    v["code"].as_str().unwrap().to_string()
}

/// Full-width digits (what an IME in full-width mode types).
fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(u32::from(c) - 0x30 + 0xFF10).unwrap(),
            c => c,
        })
        .collect()
}

/// Agency `star` with positions 达人 (agency.creators) and 数据
/// (agency.data, agency.orders).
fn star() -> Env {
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
fn import_star_subaccounts(env: &Env) -> Value {
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

#[test]
fn subaccounts_import_with_codes_issued_first() {
    let env = star();
    let v = import_star_subaccounts(&env);
    assert_counts(&v, 2, 2, 0, 0, 0);
    assert!(
        v["encoding"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("gb18030"),
        "{v}"
    );
    let s = env.ok(&w("--org star subaccount show 13800138101"));
    assert_eq!(s["phone"], "13800138101");
    assert_eq!(s["name"], "小明");
    assert_eq!(strings(&s["positions"]), ["达人", "数据"]);
    assert_eq!(s["status"], "enabled");
    let s = env.ok(&w("--org star subaccount show ops@star.cn"));
    assert_eq!(s["email"], "ops@star.cn");
    assert_eq!(s["name"], "运营号");
    assert_eq!(strings(&s["positions"]), ["数据"]);
    assert_eq!(env.audit_count("subaccount.add"), 2);
}

#[test]
fn shop_subaccounts_take_the_im_column_and_a_wrong_code_fails_its_row() {
    let env = Env::new();
    env.shop(SHOP, SHOP_MAIN);
    env.ok(&w(
        "--org acme-shop position create 客服 --perm shop.customer_service",
    ));
    let c1 = issue(&env, SHOP, "13800138201");
    let c2 = issue(&env, SHOP, "13800138202");
    let c3 = issue(&env, SHOP, "13800138203");
    let wrong: String = c3
        .chars()
        .map(|c| char::from_digit((c.to_digit(10).unwrap() + 1) % 10, 10).unwrap())
        .collect();
    let file = env.write_file(
        "s.csv",
        &format!(
            "手机号,验证码,昵称,岗位,IM权限\n\
             13800138201,{c1},客服一,客服,是\n\
             13800138202,{c2},客服二,客服,off\n\
             13800138203,{wrong},客服三,客服,on\n"
        ),
    );
    let rp = env.path("r.csv");
    let v = import(
        &env,
        6,
        &o(
            SHOP,
            &[
                "import",
                "subaccounts",
                &file,
                "--report",
                rp.to_str().unwrap(),
            ],
        ),
    );
    assert_counts(&v, 3, 2, 0, 0, 1);
    assert_eq!(
        env.ok(&w("--org acme-shop subaccount show 13800138201"))["im"],
        true
    );
    assert_eq!(
        env.ok(&w("--org acme-shop subaccount show 13800138202"))["im"],
        false
    );
    assert_eq!(
        env.run(&w("--org acme-shop subaccount show 13800138203"))
            .code,
        3
    );
    // VC-1: the wrong try is counted although the row failed; the right
    // code still works afterwards.
    let rows = read_report(&rp);
    assert_eq!(rows[3][col(&rows[0], "result")], "failed");
    let file = env.write_file(
        "t.csv",
        &format!("手机号,验证码,昵称,岗位,IM权限\n13800138203,{c3},客服三,客服,on\n"),
    );
    let v = import(&env, 0, &o(SHOP, &["import", "subaccounts", &file]));
    assert_counts(&v, 1, 1, 0, 0, 0);
}

// ---------------------------------------------------------------------------
// Round trips: import → export → import the export → unchanged, and the
// second export is byte-identical
// ---------------------------------------------------------------------------

/// Exports `kind` (with `extra` flags such as --reveal-pii), imports the
/// export, expects every row unchanged, exports again and compares bytes;
/// then checks `--format jsonl` against the csv. Returns the csv.
fn round_trip(env: &Env, org: &str, kind: &str, extra: &[&str], import_flags: &[&str]) -> String {
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

#[test]
fn round_trip_orgs() {
    let env = Env::new();
    import(&env, 0, &["import", "orgs", fixture!("orgs.csv")]);
    let csv = round_trip(&env, ACME, "orgs", &[], &[]);
    // Without --org... every org; with --org only that one.
    assert_eq!(parse_csv(&csv).len(), 2, "{csv}");
    let all = export(&env, &w("export orgs"));
    assert!(all.contains("510***********4566"), "masked: {all}");
    assert!(!all.contains(ID4), "PII-1: {all}");
    let path = env.write_file("all.csv", &all);
    let v = import(&env, 0, &["import", "orgs", &path]);
    assert_counts(&v, 4, 0, 0, 4, 0);
    let revealed = export(&env, &w("--reveal-pii export orgs"));
    assert!(revealed.contains(ID4), "{revealed}");
    let path = env.write_file("rev.csv", &revealed);
    let v = import(&env, 0, &["import", "orgs", &path]);
    assert_counts(&v, 4, 0, 0, 4, 0);
}

#[test]
fn round_trip_positions_and_departments() {
    let env = acme_cn();
    import(
        &env,
        0,
        &o(ACME, &["import", "positions", fixture!("positions.csv")]),
    );
    import(
        &env,
        0,
        &o(
            ACME,
            &["import", "departments", fixture!("departments.csv")],
        ),
    );
    round_trip(&env, ACME, "positions", &[], &[]);
    round_trip(&env, ACME, "departments", &[], &[]);
}

#[test]
fn round_trip_employees_masked_and_revealed() {
    let mut env = acme_cn();
    let rp = env.path("r.csv").display().to_string();
    import(
        &env,
        0,
        &o(
            ACME,
            &[
                "import",
                "employees",
                fixture!("employees_utf16le.txt"),
                "--agree",
                "--report",
                &rp,
            ],
        ),
    );
    // Accounts in several states are all exported and read back.
    at(&mut env, "2026-02-13T10:00:00+08:00");
    env.ok(&w("--org acme employee review li.si@acme.cn --approve"));
    env.ok(&w(
        "--org acme employee review wang.wu@acme.cn --reject --reason no-seal",
    ));
    let masked = round_trip(&env, ACME, "employees", &[], &["--agree"]);
    assert!(masked.contains("110***********1239"), "{masked}");
    for id in [ID1, ID2, ID3] {
        assert!(!masked.contains(id), "PII-1: {masked}");
    }
    let revealed = round_trip(&env, ACME, "employees", &["--reveal-pii"], &["--agree"]);
    assert!(revealed.contains(ID1), "{revealed}");
}

#[test]
fn a_masked_id_of_another_account_is_refused() {
    let env = acme_cn();
    let file = env.write_file(
        "e.csv",
        "email,name,id_number,position,proof,password\nnew@acme.cn,New,110***********1239,销售,sealed,Secret-Pass-1\n",
    );
    let rp = env.path("r.csv");
    let v = import(
        &env,
        6,
        &o(
            ACME,
            &[
                "import",
                "employees",
                &file,
                "--agree",
                "--report",
                rp.to_str().unwrap(),
            ],
        ),
    );
    assert_counts(&v, 1, 0, 0, 0, 1);
    let rows = read_report(&rp);
    assert_eq!(rows[1][col(&rows[0], "error_code")], "MASKED_ID_NUMBER");
}

#[test]
fn round_trip_authorizations() {
    let mut env = Env::new();
    env.enterprise(ACME);
    env.ok(&w("org verify acme"));
    import(
        &env,
        0,
        &o(
            ACME,
            &[
                "import",
                "authorizations",
                fixture!("authorizations.csv"),
                "--agree",
            ],
        ),
    );
    env.ok(&w(
        "--org acme auth accept dy_beta --name Li --id-number 110105199003071239",
    ));
    env.ok(&w("--org acme auth review dy_beta --approve"));
    at(&mut env, "2026-02-13T10:00:00+08:00");
    round_trip(&env, ACME, "authorizations", &[], &["--agree"]);
}

#[test]
fn round_trip_subaccounts() {
    let env = star();
    import_star_subaccounts(&env);
    round_trip(&env, STAR, "subaccounts", &[], &[]);
}

#[test]
fn reimporting_the_subaccounts_file_with_spent_codes_is_unchanged() {
    let env = star();
    import_star_subaccounts(&env);
    let path = env.path("subaccounts.csv");
    let audit = audit_rows(&env);
    let v = import(
        &env,
        0,
        &o(STAR, &["import", "subaccounts", path.to_str().unwrap()]),
    );
    assert_counts(&v, 2, 0, 0, 2, 0);
    assert_eq!(audit_rows(&env), audit);
}

// ---------------------------------------------------------------------------
// A real process killed mid-import
// ---------------------------------------------------------------------------

#[test]
fn a_killed_import_leaves_whole_batches_and_a_rerun_completes_it() {
    const ROWS: usize = 30_000;
    const BATCH: i64 = 500;
    let env = Env::new();
    env.agency(STAR, STAR_MAIN);
    let mut text = String::from("name,permissions,description\n");
    for i in 0..ROWS {
        text.push_str(&format!("P{i:05},agency.data;agency.orders,row {i}\n"));
    }
    let big = env.write_file("big.csv", &text);
    let args = ["--org", STAR, "import", "positions", &big, "--batch", "500"];
    let mut child = env
        .command(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let creates = "SELECT count(*) FROM audit WHERE action = 'position.create'";
    loop {
        // Busy while the writer commits: try again.
        let n: i64 = db(&env).query_row(creates, [], |r| r.get(0)).unwrap_or(0);
        if n > 0 || started.elapsed() > Duration::from_millis(300) {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(
        child.try_wait().unwrap().is_none(),
        "the import finished before it could be killed"
    );
    child.kill().unwrap();
    child.wait().unwrap();

    let conn = db(&env);
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let positions: i64 = conn
        .query_row("SELECT count(*) FROM positions", [], |r| r.get(0))
        .unwrap();
    let audited: i64 = conn.query_row(creates, [], |r| r.get(0)).unwrap();
    drop(conn);
    assert_eq!(
        positions, audited,
        "a position without its audit row or back"
    );
    assert!(
        positions < i64::try_from(ROWS).unwrap(),
        "all rows landed before the kill"
    );
    assert_eq!(positions % BATCH, 0, "a batch landed in part: {positions}");
    eprintln!("killed after {positions} of {ROWS} rows had landed");

    // The same import again: completes, each position exactly once.
    let v = import(&env, 0, &args);
    let rows = u64::try_from(ROWS).unwrap();
    assert_eq!(v["rows"], rows);
    assert_eq!(
        v["created"].as_u64().unwrap() + v["unchanged"].as_u64().unwrap(),
        rows,
        "{v}"
    );
    assert_eq!(v["unchanged"], u64::try_from(positions).unwrap(), "{v}");
    let all = i64::try_from(ROWS).unwrap();
    assert_eq!(count(&env, "SELECT count(*) FROM positions"), all);
    assert_eq!(
        count(&env, "SELECT count(DISTINCT name) FROM positions"),
        all
    );
    assert_eq!(count(&env, creates), all);
}

// ---------------------------------------------------------------------------
// Point in time: access check / list --at
// ---------------------------------------------------------------------------

/// `access check KEY PERM --at AT`: (allowed, via).
fn check_at(env: &Env, key: &str, perm: &str, at: &str) -> (bool, Vec<String>) {
    let v = env.ok(&["access", "check", key, perm, "--at", at]);
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

#[test]
fn access_at_follows_position_edits_and_disable_enable() {
    let mut env = star();
    // 09:00 imported with 达人 (agency.creators) and 数据.
    import_star_subaccounts(&env);
    // 10:00 达人 loses agency.creators.
    at(&mut env, "2026-02-13T10:00:00+08:00");
    env.ok(&w("--org star position edit 达人 --perm agency.tasks"));
    // 11:00 disabled; 12:00 enabled again.
    at(&mut env, "2026-02-13T11:00:00+08:00");
    env.ok(&w("--org star subaccount disable 13800138101"));
    at(&mut env, "2026-02-13T12:00:00+08:00");
    env.ok(&w("--org star subaccount enable 13800138101"));
    at(&mut env, "2026-02-13T13:00:00+08:00");

    let p = "13800138101";
    let t = |hm: &str| format!("2026-02-13T{hm}:00+08:00");
    assert!(
        !check_at(&env, p, "agency.creators", &t("08:30")).0,
        "before it existed"
    );
    assert_eq!(
        check_at(&env, p, "agency.creators", &t("09:30")),
        (true, vec!["position:star/达人".to_string()])
    );
    assert!(!check_at(&env, p, "agency.creators", &t("10:30")).0);
    assert!(check_at(&env, p, "agency.tasks", &t("10:30")).0);
    assert!(!check_at(&env, p, "agency.tasks", &t("09:30")).0);
    assert!(check_at(&env, p, "agency.data", &t("10:30")).0);
    // Disabled: nothing.
    assert!(!check_at(&env, p, "agency.data", &t("11:30")).0);
    assert!(!check_at(&env, p, "agency.tasks", &t("11:30")).0);
    // Enabled again: the positions as they are now.
    assert_eq!(
        check_at(&env, p, "agency.data", &t("12:30")),
        (true, vec!["position:star/数据".to_string()])
    );
    assert!(check_at(&env, p, "agency.tasks", &t("12:30")).0);
    assert!(!check_at(&env, p, "agency.creators", &t("12:30")).0);
    // The other sub-account was never touched.
    assert!(check_at(&env, "ops@star.cn", "agency.orders", &t("11:30")).0);
}

#[test]
fn access_at_follows_auth_modify_and_ends_at_the_validity() {
    let mut env = Env::new();
    env.enterprise(ACME);
    env.ok(&w("org verify acme"));
    let file = env.write_file(
        "a.csv",
        "抖音号,授权模块,有效期\ndy_a,backend.video;backend.live,2026-02-20\n",
    );
    import(
        &env,
        0,
        &o(ACME, &["import", "authorizations", &file, "--agree"]),
    );
    at(&mut env, "2026-02-13T09:10:00+08:00");
    env.ok(&w(
        "--org acme auth accept dy_a --name Li --id-number 110105199003071239",
    ));
    at(&mut env, "2026-02-13T09:20:00+08:00");
    env.ok(&w("--org acme auth review dy_a --approve"));
    // 02-14: other modules by import (updated), 02-15: by `auth modify`.
    at(&mut env, "2026-02-14T09:00:00+08:00");
    let file2 = env.write_file(
        "b.csv",
        "抖音号,授权模块,有效期\ndy_a,backend.video|backend.messages,2026-02-20\n",
    );
    let v = import(
        &env,
        0,
        &o(ACME, &["import", "authorizations", &file2, "--agree"]),
    );
    assert_counts(&v, 1, 0, 1, 0, 0);
    at(&mut env, "2026-02-15T09:00:00+08:00");
    env.ok(&w("--org acme auth modify dy_a --modules backend.users"));
    // Past the validity (2026-02-20 end of day, Shanghai), no sweep yet:
    // expired all the same (issue 10).
    at(&mut env, "2026-03-01T09:00:00+08:00");
    assert_eq!(env.ok(&w("--org acme auth show dy_a"))["status"], "expired");

    let d = |day: &str| format!("2026-02-{day}T12:00:00+08:00");
    // Before acceptance and approval: invited, nothing.
    assert!(!check_at(&env, "dy_a", "backend.video", "2026-02-13T09:15:00+08:00").0);
    assert_eq!(
        check_at(&env, "dy_a", "backend.live", &d("13")),
        (true, vec!["authorization:acme".to_string()])
    );
    assert!(!check_at(&env, "dy_a", "backend.messages", &d("13")).0);
    assert!(!check_at(&env, "dy_a", "backend.live", &d("14")).0);
    assert!(check_at(&env, "dy_a", "backend.messages", &d("14")).0);
    assert!(check_at(&env, "dy_a", "backend.video", &d("14")).0);
    assert!(!check_at(&env, "dy_a", "backend.video", &d("15")).0);
    assert!(check_at(&env, "dy_a", "backend.users", &d("15")).0);
    assert!(check_at(&env, "dy_a", "backend.users", "2026-02-20T23:59:00+08:00").0);
    // The grant ends at the validity, before any sweep.
    assert!(!check_at(&env, "dy_a", "backend.users", "2026-02-21T00:00:01+08:00").0);
    assert!(!check_at(&env, "dy_a", "backend.users", &d("25")).0);
    let now = env.ok(&w("access check dy_a backend.users"));
    assert_eq!(now["allowed"], false, "{now}");
}

#[test]
fn employee_access_starts_at_activation() {
    let mut env = acme_cn();
    let file = env.write_file(
        "e.csv",
        "邮箱,姓名,身份证号,岗位,在职证明,初始密码\nli@acme.cn,Li,110105199003071239,销售,sealed,Secret-Pass-1\n",
    );
    import(
        &env,
        0,
        &o(ACME, &["import", "employees", &file, "--agree"]),
    );
    at(&mut env, "2026-02-13T10:00:00+08:00");
    env.ok(&w("--org acme employee review li@acme.cn --approve"));
    at(&mut env, "2026-02-13T11:00:00+08:00");
    let r = env.run_in(
        &[
            "--json",
            "--org",
            ACME,
            "employee",
            "activate",
            "li@acme.cn",
            "--face-id-number",
            ID1,
            "--aux-phone",
            "13800138000",
            "--app-version",
            "20.7",
            "--new-password-stdin",
        ],
        Some("Another-Pass-2\n"),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    at(&mut env, "2026-02-13T12:00:00+08:00");
    let t = |hm: &str| format!("2026-02-13T{hm}:00+08:00");
    assert!(
        !check_at(&env, "li@acme.cn", "backend.video", &t("09:30")).0,
        "reviewing"
    );
    assert!(
        !check_at(&env, "li@acme.cn", "backend.video", &t("10:30")).0,
        "approved but not activated (EA-6)"
    );
    assert_eq!(
        check_at(&env, "LI@acme.cn", "backend.video", &t("11:30")),
        (true, vec!["position:acme/销售".to_string()])
    );
    assert!(!check_at(&env, "li@acme.cn", "backend.live", &t("11:30")).0);
}

#[test]
fn access_list_at_in_csv_has_a_header_and_the_pairs_in_force_then() {
    let mut env = star();
    import_star_subaccounts(&env);
    at(&mut env, "2026-02-13T10:00:00+08:00");
    env.ok(&w("--org star subaccount disable ops@star.cn"));
    at(&mut env, "2026-02-13T11:00:00+08:00");
    let list = |at: &str| {
        let r = env.run(&["--format", "csv", "access", "list", "--at", at]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        parse_csv(&r.stdout)
    };
    let then = list("2026-02-13T09:30:00+08:00");
    assert_eq!(then[0], ["account", "kind", "org", "permission", "via"]);
    let pairs: Vec<(&str, &str)> = then[1..]
        .iter()
        .map(|r| (r[0].as_str(), r[3].as_str()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("13800138101", "agency.creators"),
            ("13800138101", "agency.data"),
            ("13800138101", "agency.orders"),
            ("ops@star.cn", "agency.data"),
            ("ops@star.cn", "agency.orders"),
        ]
    );
    assert!(
        then[1..]
            .iter()
            .all(|r| r[1] == "subaccount" && r[2] == STAR)
    );
    let later = list("2026-02-13T10:30:00+08:00");
    assert_eq!(later.len(), 4, "{later:?}");
    assert!(later[1..].iter().all(|r| r[0] == "13800138101"));
    // Before anything existed: only the header.
    assert_eq!(list("2026-02-13T08:00:00+08:00").len(), 1);
}

// ---------------------------------------------------------------------------
// audit --object/--actor/--since/--until in every format
// ---------------------------------------------------------------------------

#[test]
fn audit_filters_in_table_json_jsonl_and_csv() {
    let mut env = acme_cn();
    // 10:00 tester edits 销售; 11:00 cron edits 销售 and 运营.
    at(&mut env, "2026-02-13T10:00:00+08:00");
    env.ok(&w("--org acme position edit 销售 --description first"));
    at(&mut env, "2026-02-13T11:00:00+08:00");
    for args in [
        "--org acme position edit 销售 --description second",
        "--org acme position edit 运营 --description ops",
    ] {
        let r = env.run_env(&w(args), &[("ROSTER_ACTOR", "cron")]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let base = [
        "--object",
        "position:acme/销售",
        "--since",
        "2026-02-13T09:30:00+08:00",
        "--until",
        "2026-02-13T12:00:00+08:00",
    ];
    let run = |format: &str, extra: &[&str]| {
        let mut a = vec!["audit", "--format", format];
        a.extend_from_slice(&base);
        a.extend_from_slice(extra);
        let r = env.run(&a);
        assert_eq!(r.code, 0, "{a:?}: {}", r.stderr);
        r.stdout
    };
    // json: an array of events with the contract fields.
    let json: Value = serde_json::from_str(&run("json", &[])).unwrap();
    let events = json.as_array().unwrap();
    assert_eq!(events.len(), 2, "{json}");
    for e in events {
        for f in ["at", "actor", "action", "object", "before", "after"] {
            assert!(e.get(f).is_some(), "audit event lacks {f}: {e}");
        }
        assert_eq!(e["object"], "position:acme/销售");
        assert_eq!(e["action"], "position.edit");
    }
    assert_eq!(events[0]["actor"], "tester");
    assert_eq!(events[0]["at"], "2026-02-13T02:00:00Z");
    assert_eq!(events[1]["actor"], "cron");
    assert_eq!(events[1]["after"]["description"], "second");
    assert_eq!(events[1]["before"]["description"], "first");
    // --actor narrows it.
    let cron: Value = serde_json::from_str(&run("json", &["--actor", "cron"])).unwrap();
    assert_eq!(cron.as_array().unwrap().len(), 1, "{cron}");
    // --until before the second edit.
    let r = env.run(&[
        "--json",
        "audit",
        "--object",
        "position:acme/销售",
        "--since",
        "2026-02-13T09:30:00+08:00",
        "--until",
        "2026-02-13T10:30:00+08:00",
    ]);
    let early: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(early.as_array().unwrap().len(), 1, "{early}");
    // jsonl: one JSON object per line, the same events.
    let jsonl = run("jsonl", &[]);
    let lines: Vec<Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    assert!(lines.iter().all(Value::is_object));
    assert_eq!(&lines, events);
    // csv: a header and one row per event.
    let csv = parse_csv(&run("csv", &[]));
    assert_eq!(csv[0][..4], ["at", "actor", "action", "object"]);
    assert_eq!(csv.len(), 3, "{csv:?}");
    assert_eq!(csv[2][1], "cron");
    assert_eq!(csv[1][3], "position:acme/销售");
    // table: for people, but it shows the events.
    let table = run("table", &[]);
    assert!(
        table.contains("position.edit") && table.contains("cron"),
        "{table}"
    );
    // A prefix object and an actor that did nothing.
    let all: Value =
        serde_json::from_str(&env.run(&w("--json audit --object position:acme/*")).stdout).unwrap();
    assert_eq!(
        all.as_array().unwrap().len(),
        5,
        "2 creates + 3 edits: {all}"
    );
    let none: Value =
        serde_json::from_str(&env.run(&w("--json audit --actor nobody")).stdout).unwrap();
    assert_eq!(none, Value::Array(vec![]));
}

// ---------------------------------------------------------------------------
// Bugs found by these tests, fixed; kept as regressions
// ---------------------------------------------------------------------------

#[test]
fn gb18030_after_64_kib_of_ascii_is_not_stored_as_mojibake() {
    let env = Env::new();
    env.agency(STAR, STAR_MAIN);
    let mut text = String::from("name,permissions,description\r\n");
    for i in 0..3000 {
        text.push_str(&format!("P{i:05},agency.data,plain ascii row\r\n"));
    }
    text.push_str("销售,agency.data,一线销售\r\n");
    let (bytes, _, _) = encoding_rs::GB18030.encode(&text);
    assert!(bytes.len() > 64 * 1024);
    let path = env.path("mixed.csv");
    std::fs::write(&path, &bytes).unwrap();
    let r = run_json(
        &env,
        &o(STAR, &["import", "positions", path.to_str().unwrap()]),
        None,
    );
    // Either decoded right or refused; never replacement characters.
    let stored: Vec<String> = db(&env)
        .prepare("SELECT name || description FROM positions")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(
        stored.iter().all(|s| !s.contains('\u{FFFD}')),
        "exit {}: stored U+FFFD: {:?}",
        r.code,
        stored
            .iter()
            .filter(|s| s.contains('\u{FFFD}'))
            .collect::<Vec<_>>()
    );
    if r.code == 0 {
        env.ok(&w("--org star position show 销售"));
    }
}

#[test]
fn a_report_on_the_input_file_is_refused_or_safe() {
    let env = Env::new();
    env.agency(STAR, STAR_MAIN);
    let mut text = String::from("name,permissions\n");
    for i in 0..5000 {
        text.push_str(&format!("P{i:05},agency.data\n"));
    }
    let file = env.write_file("same.csv", &text);
    let mut child = env
        .command(&[
            "--org",
            STAR,
            "import",
            "positions",
            &file,
            "--report",
            &file,
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break Some(s);
        }
        if started.elapsed() > Duration::from_secs(5) {
            child.kill().unwrap();
            child.wait().unwrap();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let size = std::fs::metadata(&file).unwrap().len();
    assert!(
        status.is_some(),
        "still running after 5 s; the file has grown to {size} bytes"
    );
    let code = status.unwrap().code();
    assert!(
        code == Some(5) || count(&env, "SELECT count(*) FROM positions") == 5000,
        "exit {code:?}, {} positions",
        count(&env, "SELECT count(*) FROM positions")
    );
}

/// The path of a fixture in `fixtures/import/`, for other test modules.
pub(crate) fn fixture_path(name: &str) -> String {
    format!("{}/fixtures/import/{name}", env!("CARGO_MANIFEST_DIR"))
}
