use serde_json::Value;

use super::*;

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
