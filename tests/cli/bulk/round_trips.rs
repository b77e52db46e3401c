use super::*;

// ---------------------------------------------------------------------------
// Round trips: import → export → import the export → unchanged, and the
// second export is byte-identical
// ---------------------------------------------------------------------------

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
