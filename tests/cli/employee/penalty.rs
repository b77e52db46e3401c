use super::*;

// ---------------------------------------------------------------------------
// EA-7: penalised identities
// ---------------------------------------------------------------------------

#[test]
fn ea7_penalized_identity_cannot_apply() {
    let mut env = acme();
    let p = ok(
        &env,
        &[
            "identity",
            "penalize",
            ID1,
            "--kind",
            "ban",
            "--until",
            "2026-03-01",
        ],
    );
    assert!(!p.to_string().contains(ID1));
    let err = fail(&env, 4, &apply_args("li@acme.cn", "Li", ID1));
    assert_err(&err, "IDENTITY_PENALIZED", "EA-7");
    assert_eq!(err["details"]["penalties"][0]["kind"], "ban");
    assert!(err["message"].as_str().unwrap().contains(&masked(ID1)));
    // Still in force at the last second of 2026-03-01 in Shanghai.
    at(&mut env, "2026-03-01T23:59:00+08:00");
    fail(&env, 4, &apply_args("li@acme.cn", "Li", ID1));
    // After the until it lands.
    at(&mut env, "2026-03-02T00:00:00+08:00");
    assert_eq!(apply(&env, "li@acme.cn", "Li", ID1)["status"], "reviewing");
}

#[test]
fn ea7_identity_clear_lifts_the_penalty() {
    let env = acme();
    ok(
        &env,
        &["identity", "penalize", ID1, "--kind", "live-restricted"],
    );
    let err = fail(&env, 4, &apply_args("li@acme.cn", "Li", ID1));
    assert_err(&err, "IDENTITY_PENALIZED", "EA-7");
    ok(&env, &["identity", "clear", ID1]);
    assert_eq!(apply(&env, "li@acme.cn", "Li", ID1)["status"], "reviewing");
}

#[test]
fn ea7_penalized_identity_cannot_take_over_a_vacant_account() {
    let env = acme();
    vacant(&env, "li@acme.cn", "Li", ID1);
    ok(
        &env,
        &["identity", "penalize", ID2, "--kind", "posting-restricted"],
    );
    let err = fail(
        &env,
        4,
        &e(&[
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
    );
    assert_err(&err, "IDENTITY_PENALIZED", "EA-7");
}
