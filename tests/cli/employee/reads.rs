use super::*;

// ---------------------------------------------------------------------------
// show, list
// ---------------------------------------------------------------------------

#[test]
fn show_of_an_unknown_account_is_not_found() {
    let env = acme();
    let err = fail(&env, 3, &w("employee show nobody@acme.cn"));
    assert_eq!(err["code"], "EMPLOYEE_NOT_FOUND");
    let err = fail(&env, 5, &w("employee show not-an-email"));
    assert!(err["message"].as_str().is_some());
}

#[test]
fn list_filters_by_status_position_and_department_subtree() {
    let env = acme();
    for d in ["Sales", "Sales/East", "Ops"] {
        ok(&env, &["--org", ORG, "department", "create", d]);
    }
    let with = |email: &'static str,
                name: &'static str,
                id: &'static str,
                position: &'static str,
                dept: Option<&'static str>| {
        let mut a = apply_args(email, name, id);
        let i = a.iter().position(|x| *x == "Sales").unwrap();
        a[i] = position;
        if let Some(d) = dept {
            a.extend(["--department", d]);
        }
        ok(&env, &a);
    };
    with("a@acme.cn", "A", ID1, "Sales", Some("Sales"));
    with("b@acme.cn", "B", ID2, "Sales", Some("Sales/East"));
    with("c@acme.cn", "C", ID3, "Ops", Some("Ops"));
    with("d@acme.cn", "D", ID4, "Ops", None);
    approve(&env, "a@acme.cn");
    reject(&env, "d@acme.cn");

    let all = ok(&env, &w("--org acme employee list"));
    assert_eq!(
        emails(&all),
        vec!["a@acme.cn", "b@acme.cn", "c@acme.cn", "d@acme.cn"]
    );
    for a in all.as_array().unwrap() {
        assert_employee_fields(a);
    }
    let l = ok(&env, &w("--org acme employee list --status reviewing"));
    assert_eq!(emails(&l), vec!["b@acme.cn", "c@acme.cn"]);
    let l = ok(&env, &w("--org acme employee list --position Ops"));
    assert_eq!(emails(&l), vec!["c@acme.cn", "d@acme.cn"]);
    let l = ok(&env, &w("--org acme employee list --department Sales"));
    assert_eq!(emails(&l), vec!["a@acme.cn", "b@acme.cn"]);
    let l = ok(&env, &w("--org acme employee list --department Sales/East"));
    assert_eq!(emails(&l), vec!["b@acme.cn"]);
    let l = ok(
        &env,
        &w("--org acme employee list --status reviewing --department Sales"),
    );
    assert_eq!(emails(&l), vec!["b@acme.cn"]);
    let l = ok(&env, &w("--org acme employee list --status vacant"));
    assert_eq!(l, serde_json::json!([]));
    // Table mode lists the contract columns.
    let r = env.run(&w("--org acme employee list"));
    assert_eq!(r.code, 0);
    for col in ["email", "status", "holder_name", "position", "department"] {
        assert!(r.stdout.contains(col), "{}", r.stdout);
    }
    assert_no_full_id(&r.stdout, &[]);
}

#[test]
fn list_refusals() {
    let env = acme();
    let err = fail(&env, 5, &w("--org acme employee list --status sleeping"));
    assert!(
        err["message"].as_str().unwrap().contains("reviewing"),
        "{err}"
    );
    let err = fail(&env, 3, &w("--org acme employee list --department Nowhere"));
    assert!(err["code"].as_str().is_some());
    let err = fail(&env, 3, &w("--org acme employee list --position Nobody"));
    assert_eq!(err["code"], "POSITION_NOT_FOUND");
    // A position or department names something inside one org.
    let err = fail(&env, 2, &w("employee list --position Sales"));
    assert_eq!(err["code"], "USAGE");
}

// ---------------------------------------------------------------------------
// PII-1 across the verbs
// ---------------------------------------------------------------------------

#[test]
fn pii1_no_table_output_shows_the_holders_identity_number() {
    let env = acme();
    let runs = [
        apply_args("li@acme.cn", "Li", ID1),
        e(&["review", "li@acme.cn", "--approve"]),
        e(&[
            "activate",
            "li@acme.cn",
            "--face-id-number",
            ID2,
            "--aux-phone",
            "13800138000",
            "--app-version",
            "20.7",
        ]),
        activate_args("li@acme.cn", ID1, "20.7"),
        e(&["resign", "li@acme.cn", "--agree"]),
        e(&[
            "enable",
            "li@acme.cn",
            "--name",
            "Wang",
            "--id-number",
            ID2,
            "--position",
            "Sales",
            "--proof",
            "sealed",
            "--agree",
        ]),
        e(&["show", "li@acme.cn"]),
        e(&["list"]),
        e(&["history", "li@acme.cn"]),
        vec!["identity", "penalize", ID3, "--kind", "ban"],
        vec!["identity", "show", ID3],
        apply_args("zhao@acme.cn", "Zhao", ID3),
        vec!["audit"],
    ];
    for args in runs {
        let r = env.run(&args);
        assert!(r.code == 0 || r.code == 4, "{args:?}: {}", r.stderr);
        assert_no_full_id(&r.stdout, &args);
        assert_no_full_id(&r.stderr, &args);
    }
    let audit = env.run(&w("audit --format jsonl"));
    assert_no_full_id(&audit.stdout, &[]);
    let audit = env.run(&w("audit --format csv"));
    assert_no_full_id(&audit.stdout, &[]);
}

#[test]
fn pii1_reveal_pii_shows_the_identity_number_and_is_audited() {
    let env = acme();
    apply(&env, "li@acme.cn", "Li", ID1);
    assert_eq!(show(&env, "li@acme.cn")["holder_id"], masked(ID1));
    let v = ok(&env, &w("--reveal-pii employee show li@acme.cn"));
    assert_eq!(v["holder_id"], ID1);
    let h = ok(&env, &w("--reveal-pii employee history li@acme.cn"));
    assert_eq!(h[0]["holder_id"], ID1);
    let mut a = vec!["--reveal-pii"];
    a.extend(apply_args("wang@acme.cn", "Wang", ID2));
    assert_eq!(ok(&env, &a)["holder_id"], ID2);
    let events = env.audit(&["--action", "pii.reveal"]);
    assert_eq!(events.len(), 3, "{events:?}");
    assert_eq!(events[0]["actor"], "tester");
    // The audit of the reveal does not hold the number either.
    let all = env.run(&w("audit --format jsonl"));
    assert_no_full_id(&all.stdout, &[]);
}

#[test]
fn pii1_refused_reveal_command_leaves_only_its_reveal_event() {
    let env = acme();
    let before = env.audit(&[]).len();
    let r = env.run(&w("--json --reveal-pii employee show nobody@acme.cn"));
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert_eq!(r.error()["code"], "EMPLOYEE_NOT_FOUND");
    // The reveal is recorded before anything is read; nothing else changed.
    let after = env.audit(&[]);
    assert_eq!(after.len(), before + 1);
    assert_eq!(after.last().unwrap()["action"], "pii.reveal");
}
