use super::*;

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
