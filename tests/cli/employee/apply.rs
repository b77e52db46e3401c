use super::*;

// ---------------------------------------------------------------------------
// EA-1, EA-2: apply
// ---------------------------------------------------------------------------

#[test]
fn ea1_apply_lands_in_reviewing_with_the_contract_fields() {
    let env = acme();
    ok(&env, &w("--org acme department create Sales"));
    let mut args = apply_args("Li@Acme.cn", "Li", ID1);
    args.extend(["--department", "Sales"]);
    let v = ok(&env, &args);
    assert_employee_fields(&v);
    assert_eq!(v["org"], "acme");
    assert_eq!(v["email"], "li@acme.cn");
    assert_eq!(v["status"], "reviewing");
    assert_eq!(v["holder_name"], "Li");
    assert_eq!(v["holder_id"], masked(ID1));
    assert_eq!(v["position"], "Sales");
    assert_eq!(v["department"], "Sales");
    assert_eq!(v["activated"], false);
    assert_eq!(strings(&v["next_steps"]), vec!["review"]);
    let s = show(&env, "li@acme.cn");
    assert_employee_fields(&s);
    assert_eq!(s["status"], "reviewing");
    assert_eq!(s["created_at"], NOW_UTC);
    assert_eq!(env.audit_count("employee.apply"), 1);
}

#[test]
fn ea1_apply_without_agree_is_a_usage_error() {
    let env = acme();
    let mut args = apply_args("li@acme.cn", "Li", ID1);
    args.retain(|a| *a != "--agree");
    // --agree is a required flag (the usage line shows it): exit 2.
    let err = fail(&env, 2, &args);
    assert_eq!(err["code"], "USAGE", "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("--agree"),
        "{err}"
    );
}

#[test]
fn ea1_apply_with_an_unknown_position_is_not_found() {
    let env = acme();
    let mut args = apply_args("li@acme.cn", "Li", ID1);
    let i = args.iter().position(|a| *a == "Sales").unwrap();
    args[i] = "Nobody";
    let err = fail(&env, 3, &args);
    assert_eq!(err["code"], "POSITION_NOT_FOUND");
}

#[test]
fn ea2_apply_with_an_invalid_identity_number_is_invalid() {
    let env = acme();
    let err = fail(
        &env,
        5,
        &apply_args("li@acme.cn", "Li", "110105199003071238"),
    );
    assert_eq!(err["rule"], "EA-2", "{err}");
}

#[test]
fn ea1_apply_in_an_agency_is_not_an_enterprise() {
    let env = acme();
    env.agency("star", "13900139000");
    let mut args = apply_args("li@acme.cn", "Li", ID1);
    args[1] = "star";
    let err = fail(&env, 4, &args);
    assert_eq!(err["code"], "NOT_AN_ENTERPRISE");
}

// ---------------------------------------------------------------------------
// EN-2, EN-3, EN-4: verification and quota
// ---------------------------------------------------------------------------

#[test]
fn en2_unverified_enterprise_cannot_apply() {
    let env = Env::new();
    env.enterprise(ORG);
    ok(
        &env,
        &w("--org acme position create Sales --perm backend.video"),
    );
    let err = fail(&env, 4, &apply_args("li@acme.cn", "Li", ID1));
    assert_err(&err, "ENTERPRISE_NOT_VERIFIED", "EN-2");
    assert!(err["hint"].as_str().unwrap().contains("org verify acme"));
    ok(&env, &w("org verify acme"));
    assert_eq!(apply(&env, "li@acme.cn", "Li", ID1)["status"], "reviewing");
}

#[test]
fn en4_quota_refusal_names_used_limit_and_next_level() {
    let env = acme();
    apply_range(&env, 1, 4);
    assert_eq!(org_show(&env)["quota_used"], 4);
    // The 5th lands: bronze holds exactly 5.
    apply_range(&env, 5, 5);
    let o = org_show(&env);
    assert_eq!(o["quota_used"], 5);
    assert_eq!(o["quota_limit"], 5);
    let err = fail(&env, 4, &apply_args("e6@acme.cn", "Staff", ID6));
    assert_err(&err, "QUOTA_EXCEEDED", "EN-4");
    assert_eq!(err["details"]["used"], 5);
    assert_eq!(err["details"]["limit"], 5);
    assert_eq!(err["details"]["level"], "bronze");
    assert_eq!(err["details"]["level_allowing_more"], "gold");
    assert!(err["hint"].as_str().unwrap().contains("gold"), "{err}");
    assert!(err["message"].as_str().unwrap().contains('5'), "{err}");
    // Table mode: one readable line with the rule, and a hint.
    let r = env.run(&apply_args("e6@acme.cn", "Staff", ID6));
    assert_eq!(r.code, 4);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    assert!(
        r.stderr.starts_with("error[QUOTA_EXCEEDED]"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("EN-4") && r.stderr.contains("gold"),
        "{}",
        r.stderr
    );
    // Re-running an application that already landed is not a new seat.
    let again = ok(&env, &apply_args("e5@acme.cn", "Staff", ID5));
    assert_eq!(again["status"], "reviewing");
}

#[test]
fn en4_withdrawing_a_rejected_application_frees_its_seat() {
    let env = acme();
    apply_range(&env, 1, 5);
    reject(&env, "e1@acme.cn");
    // A rejected application still holds its seat.
    assert_eq!(org_show(&env)["quota_used"], 5);
    let err = fail(&env, 4, &apply_args("e6@acme.cn", "Staff", ID6));
    assert_err(&err, "QUOTA_EXCEEDED", "EN-4");
    let v = ok(&env, &e(&["withdraw", "e1@acme.cn"]));
    assert_eq!(v["status"], "withdrawn");
    assert_eq!(org_show(&env)["quota_used"], 4);
    assert_eq!(
        apply(&env, "e6@acme.cn", "Staff", ID6)["status"],
        "reviewing"
    );
}

#[test]
fn en4_level_drop_keeps_every_account_and_blocks_new_ones() {
    let env = acme();
    apply_range(&env, 1, 5);
    let o = ok(&env, &w("org level acme gold"));
    assert_eq!(o["quota_limit"], 50);
    apply_range(&env, 6, 7);
    assert_eq!(org_show(&env)["quota_used"], 7);
    ok(&env, &w("org level acme bronze"));
    let o = org_show(&env);
    assert_eq!(o["level"], "bronze");
    assert_eq!(o["quota_used"], 7);
    assert_eq!(o["quota_limit"], 5);
    let all = ok(&env, &w("--org acme employee list"));
    assert_eq!(all.as_array().unwrap().len(), 7);
    assert!(
        all.as_array()
            .unwrap()
            .iter()
            .all(|a| a["status"] == "reviewing")
    );
    let err = fail(&env, 4, &apply_args("e8@acme.cn", "Staff", ID8));
    assert_err(&err, "QUOTA_EXCEEDED", "EN-4");
    assert_eq!(err["details"]["used"], 7);
    assert_eq!(err["details"]["limit"], 5);
    // Still over quota after one seat is freed: under quota means < 5.
    reject(&env, "e1@acme.cn");
    ok(&env, &e(&["withdraw", "e1@acme.cn"]));
    let err = fail(&env, 4, &apply_args("e8@acme.cn", "Staff", ID8));
    assert_eq!(err["details"]["used"], 6);
}

#[test]
fn en3_deregistered_account_frees_its_seat() {
    let env = acme();
    apply_range(&env, 1, 5);
    approve(&env, "e1@acme.cn");
    ok(
        &env,
        &e(&["deregister", "e1@acme.cn", "--materials", MATERIALS]),
    );
    // Deregistering still holds the seat.
    assert_eq!(org_show(&env)["quota_used"], 5);
    fail(&env, 4, &apply_args("e6@acme.cn", "Staff", ID6));
    let v = ok(&env, &e(&["deregister-review", "e1@acme.cn", "--approve"]));
    assert_eq!(v["status"], "deregistered");
    assert_eq!(org_show(&env)["quota_used"], 4);
    assert_eq!(
        apply(&env, "e6@acme.cn", "Staff", ID6)["status"],
        "reviewing"
    );
}

#[test]
fn en3_quota_used_counts_every_live_state() {
    let env = acme();
    ok(&env, &w("org level acme gold"));
    apply(&env, "reviewing@acme.cn", "A", ID1);
    apply(&env, "rejected@acme.cn", "B", ID2);
    reject(&env, "rejected@acme.cn");
    active(&env, "active@acme.cn", "C", ID3);
    vacant(&env, "vacant@acme.cn", "D", ID4);
    active(&env, "resigning@acme.cn", "E", ID5);
    ok(&env, &e(&["assets", "resigning@acme.cn", "--unsettled"]));
    ok(&env, &e(&["resign", "resigning@acme.cn", "--agree"]));
    active(&env, "deregistering@acme.cn", "F", ID6);
    ok(
        &env,
        &e(&[
            "deregister",
            "deregistering@acme.cn",
            "--materials",
            MATERIALS,
        ]),
    );
    apply(&env, "withdrawn@acme.cn", "G", ID7);
    reject(&env, "withdrawn@acme.cn");
    ok(&env, &e(&["withdraw", "withdrawn@acme.cn"]));
    active(&env, "deregistered@acme.cn", "H", ID8);
    ok(
        &env,
        &e(&[
            "deregister",
            "deregistered@acme.cn",
            "--materials",
            MATERIALS,
        ]),
    );
    ok(
        &env,
        &e(&["deregister-review", "deregistered@acme.cn", "--approve"]),
    );
    for s in [
        "reviewing",
        "rejected",
        "active",
        "vacant",
        "resigning",
        "deregistering",
        "withdrawn",
        "deregistered",
    ] {
        assert_eq!(status(&env, &format!("{s}@acme.cn")), s);
    }
    let o = org_show(&env);
    assert_eq!(o["quota_used"], 6, "{o}");
    assert_eq!(o["quota_limit"], 50);
}

// ---------------------------------------------------------------------------
// EA-3: proof of employment
// ---------------------------------------------------------------------------

#[test]
fn ea3_legal_rep_signature_needs_a_seal_from_a_normal_enterprise() {
    let env = acme();
    let mut args = apply_args("li@acme.cn", "Li", ID1);
    let i = args.iter().position(|a| *a == "sealed").unwrap();
    args[i] = "legal-rep-signed";
    args.extend(["--proof-note", "no-seal"]);
    let err = fail(&env, 4, &args);
    assert_err(&err, "PROOF_NEEDS_SEAL", "EA-3");
}

#[test]
fn ea3_individual_business_signature_needs_a_written_note() {
    let env = Env::new();
    ok(
        &env,
        &[
            "org",
            "create",
            "enterprise",
            ORG,
            "--name",
            "Li's Noodles",
            "--uscc",
            USCC_A,
            "--legal-rep-name",
            "Li Lei",
            "--legal-rep-id",
            ID_A,
            "--individual-business",
        ],
    );
    ok(&env, &w("org verify acme"));
    ok(
        &env,
        &w("--org acme position create Sales --perm backend.video"),
    );
    let mut args = apply_args("li@acme.cn", "Li", ID1);
    let i = args.iter().position(|a| *a == "sealed").unwrap();
    args[i] = "legal-rep-signed";
    // A missing note is missing input (5), like an empty --name.
    let err = fail(&env, 5, &args);
    assert_err(&err, "PROOF_NOTE_REQUIRED", "EA-3");
    assert_eq!(err["details"]["field"], "--proof-note", "{err}");
    let mut blank = args.clone();
    blank.extend(["--proof-note", " \u{200B} "]);
    let err = fail(&env, 5, &blank);
    assert_err(&err, "PROOF_NOTE_REQUIRED", "EA-3");
    let mut no_agree = args.clone();
    no_agree.retain(|a| *a != "--agree");
    assert_eq!(fail(&env, 2, &no_agree)["code"], "USAGE");
    args.extend(["--proof-note", "个体户无公章，由经营者签字"]);
    let v = ok(&env, &args);
    assert_eq!(v["status"], "reviewing");
    assert_eq!(v["proof"], "legal-rep-signed");
    assert_eq!(v["proof_note"], "个体户无公章，由经营者签字");
}

// ---------------------------------------------------------------------------
// EA-4: the login email is unique
// ---------------------------------------------------------------------------

#[test]
fn ea4_same_email_with_other_data_is_taken() {
    let env = acme();
    apply(&env, "li@acme.cn", "Li", ID1);
    let err = fail(&env, 4, &apply_args("li@acme.cn", "Wang", ID2));
    assert_err(&err, "EMAIL_TAKEN", "EA-4");
    // Emails are compared case-insensitively.
    let err = fail(&env, 4, &apply_args("LI@ACME.CN", "Wang", ID2));
    assert_err(&err, "EMAIL_TAKEN", "EA-4");
    // Other position: other data too.
    let mut args = apply_args("li@acme.cn", "Li", ID1);
    let i = args.iter().position(|a| *a == "Sales").unwrap();
    args[i] = "Ops";
    let err = fail(&env, 4, &args);
    assert_err(&err, "EMAIL_TAKEN", "EA-4");
}

#[test]
fn ea4_identical_apply_is_unchanged_and_audited_once() {
    let env = acme();
    let first = apply(&env, "li@acme.cn", "Li", ID1);
    assert!(first.get("initial_password").is_some());
    let before = env.fingerprint();
    let r = env.run(&apply_args("li@acme.cn", "Li", ID1));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("unchanged"), "{}", r.stderr);
    assert!(!r.stderr.contains("initial password"), "{}", r.stderr);
    let again = ok(&env, &apply_args("li@acme.cn", "Li", ID1));
    assert_eq!(again["status"], "reviewing");
    assert_eq!(again["email"], "li@acme.cn");
    // No second password: the first is the one on file.
    assert!(again.get("initial_password").is_none(), "{again}");
    assert_eq!(before, env.fingerprint(), "an identical apply changed data");
    let lines = env.run(&w("audit --action employee.apply --format jsonl"));
    assert_eq!(lines.stdout.lines().count(), 1, "{}", lines.stdout);
}

#[test]
fn ea4_identical_apply_after_a_penalty_is_not_email_taken() {
    let env = acme();
    apply(&env, "li@acme.cn", "Li", ID1);
    ok(&env, &["identity", "penalize", ID1, "--kind", "ban"]);
    let before = env.fingerprint();
    let v = ok(&env, &apply_args("li@acme.cn", "Li", ID1));
    assert_eq!(v["status"], "reviewing");
    assert_eq!(before, env.fingerprint());
    // Other data is still a second account on one email.
    let err = fail(&env, 4, &apply_args("li@acme.cn", "Wang", ID2));
    assert_err(&err, "EMAIL_TAKEN", "EA-4");
}

#[test]
fn ea4_email_of_another_enterprise_is_taken() {
    let env = acme();
    apply(&env, "li@acme.cn", "Li", ID1);
    ok(
        &env,
        &[
            "org",
            "create",
            "enterprise",
            "beta",
            "--name",
            "Beta Ltd",
            "--uscc",
            USCC_B,
            "--legal-rep-name",
            "Han Mei",
            "--legal-rep-id",
            ID8,
        ],
    );
    ok(&env, &w("org verify beta"));
    ok(
        &env,
        &w("--org beta position create Sales --perm backend.video"),
    );
    let mut args = apply_args("li@acme.cn", "Li", ID1);
    args[1] = "beta";
    let err = fail(&env, 4, &args);
    assert_err(&err, "EMAIL_TAKEN", "EA-4");
}
