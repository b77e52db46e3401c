//! Issue 10, "Nothing lost, nothing wrong": each defect reproduced through
//! the real binary first, then fixed. A report path that is the database,
//! initial passwords that nobody saw, a reveal that could not be recorded,
//! CSV that swallows rows, a file refused after rows landed, and the
//! fix-and-refeed loop of the per-row report.

use std::path::Path;
use std::process::Stdio;

use serde_json::Value;

use crate::bulk::{
    ACME, acme_cn, assert_counts, col, count, import, o, read_report, report_row, run_json,
};
use crate::harness::*;

const ID4: &str = "510107199201014566";
const ID5: &str = "330106198706155677";

/// An import that has landed something, so that there is data to lose.
fn with_data() -> Env {
    let env = acme_cn();
    let file = env.write_file("p.csv", "name,permissions\nLead,backend.video\n");
    import(&env, 0, &o(ACME, &["import", "positions", &file]));
    env
}

// ---------------------------------------------------------------------------
// A report path that is the database
// ---------------------------------------------------------------------------

fn refused_report(env: &Env, report: &Path, extra: &[&str]) {
    let file = env.write_file("q.csv", "name,permissions\nQ,backend.video\n");
    let size = std::fs::metadata(env.db()).unwrap().len();
    let mut args = o(
        ACME,
        &[
            "import",
            "positions",
            &file,
            "--report",
            report.to_str().unwrap(),
        ],
    );
    args.extend_from_slice(extra);
    let err = env.fail(5, &args);
    assert_eq!(err["code"], "REPORT_IS_DATABASE", "{err}");
    assert_eq!(
        std::fs::metadata(env.db()).unwrap().len(),
        size,
        "the database file was touched"
    );
    env.ok(&w("--org acme position show Lead"));
}

#[test]
fn a_report_path_that_is_the_database_is_refused_and_the_data_kept() {
    if sqlite_only("a report path that is the SQLite file") {
        return;
    }
    let env = with_data();
    refused_report(&env, &env.db(), &[]);
    refused_report(&env, &env.db(), &["--dry-run"]);
    // A symlink to it, a hard link to it, a relative path through `..`.
    let link = env.path("link.csv");
    std::os::unix::fs::symlink(env.db(), &link).unwrap();
    refused_report(&env, &link, &[]);
    let hard = env.path("hard.csv");
    std::fs::hard_link(env.db(), &hard).unwrap();
    refused_report(&env, &hard, &["--all-or-nothing"]);
    std::fs::create_dir(env.path("sub")).unwrap();
    let dotdot = env.path("sub/../roster.db");
    refused_report(&env, &dotdot, &[]);
}

#[test]
fn a_report_path_that_is_the_wal_shm_or_journal_is_refused() {
    if sqlite_only("the SQLite journal files") {
        return;
    }
    let env = with_data();
    for suffix in ["-wal", "-shm", "-journal"] {
        let p = env.path(&format!("roster.db{suffix}"));
        refused_report(&env, &p, &[]);
        // Also through a symlink to a file that may not exist yet.
        let link = env.path(&format!("to{suffix}.csv"));
        std::os::unix::fs::symlink(&p, &link).unwrap();
        refused_report(&env, &link, &[]);
    }
}

// ---------------------------------------------------------------------------
// Initial passwords that nobody saw never land (PII-1)
// ---------------------------------------------------------------------------

#[test]
fn pii1_an_employees_import_whose_report_cannot_be_written_lands_no_account() {
    let env = acme_cn();
    let before = env.fingerprint();
    let r = run_json(
        &env,
        &o(
            ACME,
            &[
                "import",
                "employees",
                crate::bulk::fixture_path("employees_utf8.csv").as_str(),
                "--agree",
                "--report",
                "/dev/full",
            ],
        ),
        None,
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(r.error()["code"], "REPORT_UNWRITABLE");
    assert_eq!(
        env.fingerprint(),
        before,
        "accounts landed whose passwords nobody saw"
    );
    // With a report that works, the same file creates them all, each with
    // its password.
    let report = env.path("r.csv");
    let v = import(
        &env,
        0,
        &o(
            ACME,
            &[
                "import",
                "employees",
                crate::bulk::fixture_path("employees_utf8.csv").as_str(),
                "--agree",
                "--report",
                report.to_str().unwrap(),
            ],
        ),
    );
    assert_counts(&v, 3, 3, 0, 0, 0);
    let rows = read_report(&report);
    let pw = col(&rows[0], "initial_password");
    assert!(rows[1..].iter().all(|r| r[pw].len() == 16), "{rows:?}");
}

/// `employee apply` with a generated password, its output sent to `out`.
fn apply_cmd(env: &Env, json: bool) -> std::process::Command {
    let mut args = vec![];
    if json {
        args.push("--json");
    }
    args.extend([
        "--org",
        ACME,
        "employee",
        "apply",
        "li@acme.cn",
        "--name",
        "Li",
        "--id-number",
        ID4,
        "--position",
        "销售",
        "--proof",
        "sealed",
        "--agree",
    ]);
    let mut c = env.command(&args);
    c.stdin(Stdio::null());
    c
}

fn no_account(env: &Env) {
    let r = env.run(&w("--json --org acme employee show li@acme.cn"));
    assert_eq!(
        r.code, 3,
        "the account landed although its password was never shown: {}",
        r.stdout
    );
}

#[test]
fn pii1_apply_into_a_closed_pipe_lands_nothing() {
    let env = acme_cn();
    // JSON: the password is on stdout, whose reader has gone.
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = apply_cmd(&env, true)
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("nothing was changed"),
        "{out:?}"
    );
    no_account(&env);
    // Table: the password is on stderr, here a full disk.
    let out = apply_cmd(&env, false)
        .stdout(Stdio::null())
        .stderr(std::fs::File::create("/dev/full").unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    no_account(&env);
}

#[test]
fn pii1_apply_with_stdout_or_stderr_closed_lands_nothing() {
    let env = acme_cn();
    for (json, redirect) in [(true, ">&-"), (false, "2>&-")] {
        let c = apply_cmd(&env, json);
        let mut sh = std::process::Command::new("sh");
        sh.arg("-c")
            .arg(format!("exec \"$0\" \"$@\" {redirect}"))
            .arg(c.get_program())
            .args(c.get_args())
            .envs(c.get_envs().filter_map(|(k, v)| v.map(|v| (k, v))))
            .current_dir(env.dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let status = sh.status().unwrap();
        assert_ne!(status.code(), Some(0), "{redirect}");
        no_account(&env);
    }
    // And when the answer can be written, the account lands with it.
    let out = apply_cmd(&env, true).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["initial_password"].as_str().unwrap().len(), 16);
}

// ---------------------------------------------------------------------------
// --reveal-pii is recorded before anything is shown
// ---------------------------------------------------------------------------

#[test]
fn pii1_a_reveal_that_cannot_be_recorded_shows_nothing() {
    let env = acme_cn();
    env.ok(&[
        "--org",
        ACME,
        "employee",
        "apply",
        "li@acme.cn",
        "--name",
        "Li",
        "--id-number",
        ID4,
        "--position",
        "销售",
        "--proof",
        "sealed",
        "--agree",
    ]);
    // Another writer holds the lock past the timeout.
    let mut conn = env.sql();
    conn.hold_write_lock();
    let r = env.run(&w(
        "--json --busy-timeout 200 --reveal-pii employee show li@acme.cn",
    ));
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(r.stdout.is_empty(), "shown without a record: {}", r.stdout);
    assert!(!r.stderr.contains(ID4));
    conn.release();
    drop(conn);
    // Once it can be recorded, it is shown, and recorded once.
    let v = env.ok(&w("--reveal-pii employee show li@acme.cn"));
    assert_eq!(v["holder_id"], ID4, "{v}");
    assert_eq!(env.audit_count("pii.reveal"), 1);
}

// ---------------------------------------------------------------------------
// CSV that swallows rows, and files refused before anything lands
// ---------------------------------------------------------------------------

#[test]
fn an_unterminated_quote_is_invalid_csv_at_the_line_it_opens() {
    let env = acme_cn();
    let file = env.write_file(
        "p.csv",
        "name,permissions,description\nA,backend.video,fine\nB,backend.video,\"runs on\nC,backend.video,swallowed\n",
    );
    let err = env.fail(5, &o(ACME, &["import", "positions", &file]));
    assert_eq!(err["code"], "UNTERMINATED_QUOTE", "{err}");
    assert!(err["message"].as_str().unwrap().contains("line 3"), "{err}");
    assert!(err["details"]["field"].as_str().unwrap().ends_with(":3"));
    // Closing the quote makes it three rows.
    let good = env.write_file(
        "g.csv",
        "name,permissions,description\nA,backend.video,fine\nB,backend.video,\"runs on\"\nC,backend.video,\"two\nlines\"\n",
    );
    let v = import(&env, 0, &o(ACME, &["import", "positions", &good]));
    assert_counts(&v, 3, 3, 0, 0, 0);
}

#[test]
fn a_quoted_cell_past_the_cell_limit_is_refused_at_its_opening_line() {
    let env = acme_cn();
    let mut text = String::from("name,permissions,description\nA,backend.video,ok\n");
    text.push_str("B,backend.video,\"");
    text.push_str(&"x,\n".repeat(30_000));
    text.push_str("\"\n");
    let file = env.write_file("p.csv", &text);
    let err = env.fail(5, &o(ACME, &["import", "positions", &file]));
    assert_eq!(err["code"], "CELL_TOO_LONG", "{err}");
    assert!(err["message"].as_str().unwrap().contains("line 3"), "{err}");
}

#[test]
fn an_invalid_byte_after_30000_rows_is_refused_before_any_row_lands() {
    let env = acme_cn();
    let mut text = String::from("岗位名称,权限\n");
    for i in 0..30_000 {
        text.push_str(&format!("岗位{i},backend.video\n"));
    }
    let (gb, _, _) = encoding_rs::GB18030.encode(&text);
    let mut bytes = gb.into_owned();
    bytes.extend_from_slice(b"\xff\xfe,backend.video\n");
    let file = env.path("big.csv");
    std::fs::write(&file, &bytes).unwrap();
    let err = env.fail(
        5,
        &o(ACME, &["import", "positions", file.to_str().unwrap()]),
    );
    assert_eq!(err["code"], "INVALID_ENCODING", "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("line 30002"),
        "{err}"
    );
    assert_eq!(count(&env, "SELECT count(*) FROM positions"), 2);
}

#[test]
fn a_fifo_is_read_once_and_checked_whole() {
    let env = acme_cn();
    let fifo = env.path("in.fifo");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            std::fs::write(&fifo, "name,permissions\nLead,backend.video\n").unwrap();
        })
    };
    let v = import(
        &env,
        0,
        &o(ACME, &["import", "positions", fifo.to_str().unwrap()]),
    );
    writer.join().unwrap();
    assert_counts(&v, 1, 1, 0, 0, 0);
    // A stream with an unterminated quote is refused like a file.
    let err = run_json(
        &env,
        &o(ACME, &["import", "positions", "-"]),
        Some("name,permissions\nX,\"backend.video\n"),
    );
    assert_eq!(err.code, 5);
    assert_eq!(err.error()["code"], "UNTERMINATED_QUOTE");
}

// ---------------------------------------------------------------------------
// The per-row report: the fix-and-refeed loop
// ---------------------------------------------------------------------------

/// Rows that fail for every kind of reason, and two that land (one with
/// 盖章, the Chinese word for the seal).
const REFEED: &str = "邮箱,姓名,身份证号,岗位,部门,在职证明\n\
ok.one@acme.cn,甲,110105199003071239,销售,销售部,sealed\n\
bad.id@acme.cn,乙,110105199003071238,销售,销售部,sealed\n\
no.position@acme.cn,丙,310115198805122347,客服,销售部,sealed\n\
excel@acme.cn,丁,3.10115E+17,销售,销售部,sealed\n\
no.proof@acme.cn,戊,440305199508233456,销售,销售部,\n\
ok.two@acme.cn,己,37020219890909789X,运营,运营部,盖章\n\
no.dept@acme.cn,庚,320505199602298903,运营,市场部,sealed\n\
taken@acme.cn,辛,420102199311206784,销售,销售部,sealed\n";

/// The account that makes the last row of `REFEED` a refusal (EA-4: the
/// login email is taken).
fn take_email(env: &Env) {
    let r = env.run_in(
        &[
            "--json",
            "--org",
            ACME,
            "employee",
            "apply",
            "taken@acme.cn",
            "--name",
            "别人",
            "--id-number",
            ID5,
            "--position",
            "销售",
            "--proof",
            "sealed",
            "--agree",
            "--password-stdin",
        ],
        Some("Taken-Pass-1\n"),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
}

/// Fixes each failed row of a report in place, as a person would in Excel.
fn fix(rows: &mut [Vec<String>]) {
    let head = rows[0].clone();
    let (id, pos, proof, dept) = (
        col(&head, "身份证号"),
        col(&head, "岗位"),
        col(&head, "在职证明"),
        col(&head, "部门"),
    );
    for r in rows.iter_mut().skip(1) {
        match r[0].as_str() {
            "bad.id@acme.cn" => r[id] = ID4.to_string(),
            "no.position@acme.cn" => r[pos] = "运营".to_string(),
            "excel@acme.cn" => r[id] = ID5.to_string(),
            "no.proof@acme.cn" => r[proof] = "盖章".to_string(),
            "no.dept@acme.cn" => r[dept] = "运营部".to_string(),
            "taken@acme.cn" => r[0] = "xin@acme.cn".to_string(),
            _ => {}
        }
    }
}

fn csv_text(rows: &[Vec<String>]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    for r in rows {
        w.write_record(r).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

fn refeed_loop(gb18030: bool) {
    let env = acme_cn();
    take_email(&env);
    let input = env.path("staff.csv");
    if gb18030 {
        let crlf = REFEED.replace('\n', "\r\n");
        std::fs::write(&input, encoding_rs::GB18030.encode(&crlf).0).unwrap();
    } else {
        std::fs::write(&input, REFEED).unwrap();
    }
    let report = env.path("staff.report.csv");
    let v = import(
        &env,
        6,
        &o(
            ACME,
            &[
                "import",
                "employees",
                input.to_str().unwrap(),
                "--agree",
                "--report",
                report.to_str().unwrap(),
            ],
        ),
    );
    assert_counts(&v, 8, 2, 0, 0, 6);
    let errors = v["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 6, "{v}");
    let codes: Vec<&str> = errors.iter().map(|e| e["code"].as_str().unwrap()).collect();
    assert_eq!(
        codes,
        [
            "INVALID_ID_NUMBER",
            "POSITION_NOT_FOUND",
            "EXCEL_NUMBER",
            "MISSING_FIELD",
            "DEPARTMENT_NOT_FOUND",
            "EMAIL_TAKEN"
        ],
        "invalid input, unknown names and a refusal by a rule"
    );
    let bad_id = errors.iter().find(|e| e["line"] == 3).unwrap();
    assert_eq!(bad_id["code"], "INVALID_ID_NUMBER");
    assert_eq!(
        bad_id["column"], "身份证号",
        "the column as the file spells it"
    );
    assert!(
        bad_id["message"].as_str().unwrap().starts_with("身份证号"),
        "{bad_id}"
    );
    let mut rows = read_report(&report);
    let head = rows[0].clone();
    let (id, result, pw) = (
        col(&head, "身份证号"),
        col(&head, "result"),
        col(&head, "initial_password"),
    );
    // A failed row comes back exactly as it was given …
    let failed = report_row(&rows, 0, "bad.id@acme.cn");
    assert_eq!(failed[result], "failed");
    assert_eq!(failed[id], "110105199003071238");
    assert_eq!(report_row(&rows, 0, "excel@acme.cn")[id], "3.10115E+17");
    // … what landed is masked (PII-1), with its password shown once.
    let landed = report_row(&rows, 0, "ok.one@acme.cn");
    assert_eq!(landed[result], "created");
    assert_eq!(landed[id], "110***********1239");
    assert_eq!(landed[pw].len(), 16);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&report).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the report holds passwords");
    }

    // Fix the failed rows in that file and import it again as it is (as
    // Excel saves it: GB18030 again, or UTF-8 with the BOM kept).
    fix(&mut rows);
    let text = csv_text(&rows);
    let fixed = env.path("staff.fixed.csv");
    if gb18030 {
        std::fs::write(&fixed, encoding_rs::GB18030.encode(&text).0).unwrap();
    } else {
        std::fs::write(&fixed, format!("\u{feff}{text}")).unwrap();
    }
    let report2 = env.path("staff.report2.csv");
    let v = import(
        &env,
        0,
        &o(
            ACME,
            &[
                "import",
                "employees",
                fixed.to_str().unwrap(),
                "--agree",
                "--report",
                report2.to_str().unwrap(),
            ],
        ),
    );
    assert_counts(&v, 8, 6, 0, 2, 0);
    assert_eq!(
        v["ignored_columns"],
        serde_json::json!([]),
        "the report's own columns are not input"
    );
    let list = env.ok(&w("--org acme employee list"));
    assert_eq!(list.as_array().unwrap().len(), 9);
}

#[test]
fn fix_and_refeed_loop_utf8() {
    refeed_loop(false);
}

#[test]
fn fix_and_refeed_loop_gb18030() {
    refeed_loop(true);
}

#[test]
fn rolled_back_rows_say_what_they_would_have_been_and_come_back_as_given() {
    let env = acme_cn();
    take_email(&env);
    let input = env.write_file("staff.csv", REFEED);
    let report = env.path("r.csv");
    let before = env.fingerprint();
    let v = import(
        &env,
        6,
        &o(
            ACME,
            &[
                "import",
                "employees",
                &input,
                "--agree",
                "--all-or-nothing",
                "--report",
                report.to_str().unwrap(),
            ],
        ),
    );
    assert_eq!(v["landed"], false);
    assert_eq!(env.fingerprint(), before);
    let rows = read_report(&report);
    let head = &rows[0];
    let (id, result, pw) = (
        col(head, "身份证号"),
        col(head, "result"),
        col(head, "initial_password"),
    );
    let ok = report_row(&rows, 0, "ok.one@acme.cn");
    assert_eq!(ok[result], "would_create");
    assert_eq!(ok[id], "110105199003071239", "it did not land: as given");
    assert_eq!(ok[pw], "", "no account, no password");
    // All or nothing that lands: created, masked, with passwords.
    let good = env.write_file(
        "good.csv",
        "邮箱,姓名,身份证号,岗位,在职证明\nok.one@acme.cn,甲,110105199003071239,销售,盖章\n",
    );
    let v = import(
        &env,
        0,
        &o(
            ACME,
            &[
                "import",
                "employees",
                &good,
                "--agree",
                "--all-or-nothing",
                "--report",
                report.to_str().unwrap(),
            ],
        ),
    );
    assert_eq!(v["landed"], true);
    let rows = read_report(&report);
    assert_eq!(rows[1][col(&rows[0], "result")], "created");
    assert_eq!(rows[1][col(&rows[0], "身份证号")], "110***********1239");
    assert_eq!(rows[1][col(&rows[0], "initial_password")].len(), 16);
}

#[test]
fn without_a_report_failed_rows_show_on_stderr_and_in_the_json_errors() {
    let env = acme_cn();
    let mut text = String::from("Name,Permissions\n");
    for i in 0..25 {
        text.push_str(&format!("P{i},nope.nope\n"));
    }
    text.push_str("Fine,backend.video\n");
    let file = env.write_file("p.csv", &text);
    let r = env.run(&o(ACME, &["import", "positions", &file]));
    assert_eq!(r.code, 6);
    assert!(
        r.stderr
            .contains("line 2: UNKNOWN_PERMISSION: Permissions: "),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("line 21: "), "{}", r.stderr);
    assert!(!r.stderr.contains("line 22: "), "the first 20 only");
    assert!(r.stderr.contains("and 5 more"), "{}", r.stderr);
    let v = import(&env, 6, &o(ACME, &["import", "positions", &file]));
    let errors = v["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 25);
    assert_eq!(errors[0]["line"], 2);
    assert_eq!(errors[0]["column"], "Permissions");
    assert_eq!(errors[0]["code"], "UNKNOWN_PERMISSION");
    assert_eq!(v["errors_cap"], 100);
}

#[test]
fn a_header_lacking_several_required_columns_names_them_all() {
    let env = acme_cn();
    let file = env.write_file("e.csv", "邮箱,部门\na@acme.cn,销售部\n");
    let err = env.fail(5, &o(ACME, &["import", "employees", &file, "--agree"]));
    assert_eq!(err["code"], "MISSING_COLUMN");
    let msg = err["message"].as_str().unwrap();
    for f in [
        "name",
        "id_number",
        "position",
        "proof",
        "4 required columns",
    ] {
        assert!(msg.contains(f), "{f} not in {msg}");
    }
}

#[test]
fn columns_roster_does_not_read_are_warned_and_listed_never_dropped_silently() {
    let env = acme_cn();
    let file = env.write_file(
        "p.csv",
        "name,permissions,descripton\nLead,backend.video,the typo\n",
    );
    let r = env.run(&o(ACME, &["--json", "import", "positions", &file]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("descripton"), "{}", r.stderr);
    assert_eq!(
        r.json()["ignored_columns"],
        serde_json::json!(["descripton"])
    );
    // A column given twice is refused, not first-wins.
    let twice = env.write_file(
        "t.csv",
        "name,permissions,权限\nX,backend.video,backend.live\n",
    );
    let err = env.fail(5, &o(ACME, &["import", "positions", &twice]));
    assert_eq!(err["code"], "DUPLICATE_COLUMN");
}

#[test]
fn reimporting_an_employee_export_needs_no_report() {
    let env = acme_cn();
    let report = env.path("r.csv");
    import(
        &env,
        0,
        &o(
            ACME,
            &[
                "import",
                "employees",
                crate::bulk::fixture_path("employees_utf8.csv").as_str(),
                "--agree",
                "--report",
                report.to_str().unwrap(),
            ],
        ),
    );
    let exported = env.run(&w("--org acme export employees"));
    assert_eq!(exported.code, 0);
    let file = env.write_file("export.csv", &exported.stdout);
    let before = env.fingerprint();
    let r = run_json(
        &env,
        &o(ACME, &["import", "employees", &file, "--agree"]),
        None,
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        !r.stderr.contains("ignored"),
        "an export's own columns: {}",
        r.stderr
    );
    let v = r.json();
    assert_eq!(v["ignored_columns"], serde_json::json!([]));
    assert_counts(&v, 3, 0, 0, 3, 0);
    assert_eq!(env.fingerprint(), before);
}

#[test]
fn pii1_a_report_on_dev_null_shows_no_password_so_no_account_lands() {
    let env = acme_cn();
    let before = env.fingerprint();
    let v = import(
        &env,
        6,
        &o(
            ACME,
            &[
                "import",
                "employees",
                crate::bulk::fixture_path("employees_utf8.csv").as_str(),
                "--agree",
                "--report",
                "/dev/null",
            ],
        ),
    );
    assert_eq!(v["errors"][0]["code"], "REPORT_REQUIRED", "{v}");
    assert_eq!(env.fingerprint(), before);
}

#[test]
fn pii1_apply_for_people_shows_the_password_on_stderr_whatever_stdout_is() {
    let env = acme_cn();
    // The secret is on stderr in table mode: stdout on /dev/null is fine.
    let out = apply_cmd(&env, false)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("initial password for li@acme.cn"));
    env.ok(&w("--org acme employee show li@acme.cn"));
}

#[test]
fn a_row_with_more_cells_than_the_header_fails_instead_of_losing_them() {
    let env = acme_cn();
    let file = env.write_file(
        "p.csv",
        "name,permissions,description\nA,backend.video,Sells things, mostly video\nB,backend.video,fine\n",
    );
    let v = import(&env, 6, &o(ACME, &["import", "positions", &file]));
    assert_counts(&v, 2, 1, 0, 0, 1);
    assert_eq!(v["errors"][0]["code"], "TOO_MANY_CELLS");
    assert_eq!(v["errors"][0]["line"], 2);
    assert!(
        v["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("mostly video"),
        "{v}"
    );
}
