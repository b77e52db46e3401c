use super::*;

// ---------------------------------------------------------------------------
// EA-5: review, resubmit, withdraw; the state machine
// ---------------------------------------------------------------------------

#[test]
fn ea5_approve_makes_the_account_active() {
    let env = acme();
    apply(&env, "li@acme.cn", "Li", ID1);
    let v = approve(&env, "li@acme.cn");
    assert_employee_fields(&v);
    assert_eq!(v["status"], "active");
    assert_eq!(v["activated"], false);
    assert_eq!(env.audit_count("employee.approve"), 1);
}

#[test]
fn ea5_reject_needs_a_reason() {
    let env = acme();
    apply(&env, "li@acme.cn", "Li", ID1);
    let before = env.fingerprint();
    let r = env.run(&e(&["review", "li@acme.cn", "--reject"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.is_empty());
    assert!(r.stderr.contains("--reason"), "{}", r.stderr);
    assert_eq!(before, env.fingerprint());
    // Neither decision: usage error too.
    let r = env.run(&e(&["review", "li@acme.cn"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    // A blank reason is no reason.
    let err = fail(
        &env,
        5,
        &e(&["review", "li@acme.cn", "--reject", "--reason", " "]),
    );
    assert_eq!(err["rule"], "EA-5");
    let v = reject(&env, "li@acme.cn");
    assert_eq!(v["status"], "rejected");
    assert_eq!(v["rejection_reason"], "no-seal");
    assert_eq!(
        strings(&v["next_steps"]),
        vec!["resubmit", "withdraw"],
        "{v}"
    );
}

#[test]
fn ea5_rejected_application_resubmits_to_reviewing() {
    let env = acme();
    apply(&env, "li@acme.cn", "Li", ID1);
    reject(&env, "li@acme.cn");
    let v = ok(
        &env,
        &e(&[
            "resubmit",
            "li@acme.cn",
            "--name",
            "Li Lei",
            "--position",
            "Ops",
        ]),
    );
    assert_employee_fields(&v);
    assert_eq!(v["status"], "reviewing");
    assert_eq!(v["holder_name"], "Li Lei");
    assert_eq!(v["position"], "Ops");
    // What was not given is kept.
    assert_eq!(v["holder_id"], masked(ID1));
    assert_eq!(v["proof"], "sealed");
    assert_eq!(approve(&env, "li@acme.cn")["status"], "active");
}

#[test]
fn ea5_resubmit_of_a_reviewing_account_is_invalid_state() {
    let env = acme();
    apply(&env, "li@acme.cn", "Li", ID1);
    let err = fail(&env, 4, &e(&["resubmit", "li@acme.cn", "--name", "Wang"]));
    assert_err(&err, "INVALID_STATE", "EA-5");
    assert_eq!(err["details"]["status"], "reviewing");
    assert_eq!(strings(&err["details"]["allowed"]), vec!["review"]);
}

#[test]
fn ea5_resubmit_is_checked_like_an_application() {
    let env = acme();
    apply(&env, "li@acme.cn", "Li", ID1);
    reject(&env, "li@acme.cn");
    let err = fail(
        &env,
        4,
        &e(&[
            "resubmit",
            "li@acme.cn",
            "--proof",
            "legal-rep-signed",
            "--proof-note",
            "x",
        ]),
    );
    assert_err(&err, "PROOF_NEEDS_SEAL", "EA-3");
    ok(&env, &["identity", "penalize", ID2, "--kind", "ban"]);
    let err = fail(&env, 4, &e(&["resubmit", "li@acme.cn", "--id-number", ID2]));
    assert_err(&err, "IDENTITY_PENALIZED", "EA-7");
    let err = fail(
        &env,
        3,
        &e(&["resubmit", "li@acme.cn", "--position", "Nobody"]),
    );
    assert_eq!(err["code"], "POSITION_NOT_FOUND");
    assert_eq!(status(&env, "li@acme.cn"), "rejected");
}

#[test]
fn ea5_withdraw_of_a_reviewing_account_is_invalid_state() {
    let env = acme();
    apply(&env, "li@acme.cn", "Li", ID1);
    let err = fail(&env, 4, &e(&["withdraw", "li@acme.cn"]));
    assert_err(&err, "INVALID_STATE", "EA-5");
    assert_eq!(err["details"]["status"], "reviewing");
    // A withdrawn application is closed: nothing is allowed next.
    reject(&env, "li@acme.cn");
    ok(&env, &e(&["withdraw", "li@acme.cn"]));
    let err = fail(&env, 4, &e(&["resubmit", "li@acme.cn"]));
    assert_err(&err, "INVALID_STATE", "EA-5");
    assert_eq!(err["details"]["status"], "withdrawn");
    assert_eq!(err["details"]["allowed"], serde_json::json!([]));
}

#[test]
fn ea5_invalid_transitions_name_the_status_and_the_next_steps() {
    let env = acme();
    apply(&env, "rev@acme.cn", "Rev", ID1);
    active(&env, "act@acme.cn", "Act", ID2);
    vacant(&env, "vac@acme.cn", "Vac", ID3);

    // Reject an active account (approving it again is `unchanged`).
    let err = fail(
        &env,
        4,
        &e(&["review", "act@acme.cn", "--reject", "--reason", "x"]),
    );
    assert_err(&err, "INVALID_STATE", "EA-5");
    assert_eq!(err["details"]["status"], "active");
    let allowed = strings(&err["details"]["allowed"]);
    for step in ["assets", "resign", "deregister"] {
        assert!(allowed.contains(&step), "{err}");
    }
    assert!(!allowed.contains(&"review"), "{err}");

    // Activate a reviewing account.
    let err = fail(&env, 4, &activate_args("rev@acme.cn", ID1, "20.7"));
    assert_err(&err, "INVALID_STATE", "EA-6");
    assert_eq!(err["details"]["status"], "reviewing");
    assert_eq!(strings(&err["details"]["allowed"]), vec!["review"]);

    // Resign a vacant account: it has resigned already (issue 12).
    let v = ok(&env, &e(&["resign", "vac@acme.cn", "--agree"]));
    assert_eq!(v["status"], "vacant");
    // Activate a vacant account.
    let err = fail(&env, 4, &activate_args("vac@acme.cn", ID3, "20.7"));
    assert_err(&err, "INVALID_STATE", "EA-6");
    assert_eq!(err["details"]["status"], "vacant");
    assert_eq!(
        strings(&err["details"]["allowed"]),
        vec!["enable", "deregister"]
    );
    assert!(err["hint"].as_str().unwrap().contains("enable"), "{err}");

    // Deregister a reviewing account.
    let err = fail(
        &env,
        4,
        &e(&["deregister", "rev@acme.cn", "--materials", MATERIALS]),
    );
    assert_err(&err, "INVALID_STATE", "EA-10");
    assert_eq!(err["details"]["status"], "reviewing");
}

#[test]
fn ea5_unknown_account_is_not_found() {
    let env = acme();
    let err = fail(&env, 3, &e(&["review", "nobody@acme.cn", "--approve"]));
    assert_eq!(err["code"], "EMPLOYEE_NOT_FOUND");
    // An account is looked up within --org.
    apply(&env, "li@acme.cn", "Li", ID1);
    env.agency("star", "13900139000");
    let err = fail(
        &env,
        3,
        &[
            "--org",
            "star",
            "employee",
            "review",
            "li@acme.cn",
            "--approve",
        ],
    );
    assert_eq!(err["code"], "EMPLOYEE_NOT_FOUND");
}
