use super::*;

// ---------------------------------------------------------------------------
// EA-10: deregistration and the sweep
// ---------------------------------------------------------------------------

#[test]
fn ea10_deregister_needs_every_material() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    // A material missing from --materials is missing input (5).
    let err = fail(
        &env,
        5,
        &e(&[
            "deregister",
            "li@acme.cn",
            "--materials",
            "business-licence,legal-rep-id,employee-id",
        ]),
    );
    assert_err(&err, "MATERIALS_INCOMPLETE", "EA-10");
    assert_eq!(err["details"]["field"], "--materials", "{err}");
    let missing = err["details"]["missing"].to_string();
    assert!(missing.contains("labour-contract"), "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("labour-contract"),
        "{err}"
    );
    // Before the account is looked up, as every input.
    let err = fail(
        &env,
        5,
        &e(&[
            "deregister",
            "nobody@acme.cn",
            "--materials",
            "business-licence",
        ]),
    );
    assert_err(&err, "MATERIALS_INCOMPLETE", "EA-10");
    // A resignation certificate does instead of the labour contract.
    let v = ok(
        &env,
        &e(&[
            "deregister",
            "li@acme.cn",
            "--materials",
            "business-licence,legal-rep-id,employee-id,resignation-certificate",
        ]),
    );
    assert_employee_fields(&v);
    assert_eq!(v["status"], "deregistering");
}

#[test]
fn ea10_unknown_material_is_invalid() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let err = fail(
        &env,
        5,
        &e(&[
            "deregister",
            "li@acme.cn",
            "--materials",
            "business-licence,legal-rep-id,employee-id,labour-contract,selfie",
        ]),
    );
    assert_eq!(err["code"], "UNKNOWN_MATERIAL");
    assert_eq!(err["rule"], "EA-10");
    assert!(err["message"].as_str().unwrap().contains("selfie"));
}

#[test]
fn ea10_due_five_working_days_after_filing_over_spring_festival() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let v = ok(
        &env,
        &e(&["deregister", "li@acme.cn", "--materials", MATERIALS]),
    );
    assert_eq!(v["status"], "deregistering");
    assert_eq!(v["deregister_filed_at"], NOW_UTC);
    // 02-14 is a make-up Saturday; 02-15 … 02-23 are holidays; the 5th
    // working day is 02-27, due at its end in Shanghai.
    assert_eq!(v["deregister_due_at"], "2026-02-27T15:59:59Z");
    assert_eq!(v["deregister_overdue"], false);
    assert_eq!(strings(&v["next_steps"]), vec!["deregister-review"]);
}

#[test]
fn ea10_filed_on_a_holiday_counts_the_make_up_saturday() {
    let mut env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    // 02-16 is a Spring Festival holiday; 02-24 … 02-27 and the make-up
    // Saturday 02-28 are the five working days.
    at(&mut env, "2026-02-16T15:00:00+08:00");
    let v = ok(
        &env,
        &e(&["deregister", "li@acme.cn", "--materials", MATERIALS]),
    );
    assert_eq!(v["deregister_due_at"], "2026-02-28T15:59:59Z");
}

#[test]
fn ea10_sweep_marks_overdue_after_the_due_instant_and_is_idempotent() {
    let mut env = acme();
    deregistering(&env, "li@acme.cn", ID1);
    at(&mut env, "2026-02-27T23:59:59+08:00");
    let s = ok(&env, &["sweep"]);
    assert_eq!(s["deregistrations_overdue"], 0, "{s}");
    assert_eq!(s["changed"], 0, "{s}");
    assert_eq!(show(&env, "li@acme.cn")["deregister_overdue"], false);
    at(&mut env, "2026-02-28T00:00:00+08:00");
    let s = ok(&env, &["sweep"]);
    assert_eq!(s["deregistrations_overdue"], 1, "{s}");
    assert_eq!(s["changed"], 1, "{s}");
    let v = show(&env, "li@acme.cn");
    assert_eq!(v["deregister_overdue"], true);
    assert_eq!(v["status"], "deregistering");
    let before = env.fingerprint();
    let s = ok(&env, &["sweep"]);
    assert_eq!(s["deregistrations_overdue"], 0, "{s}");
    assert_eq!(s["changed"], 0, "{s}");
    assert_eq!(before, env.fingerprint(), "a second sweep changed data");
    assert_eq!(env.audit_count("employee.deregister-overdue"), 1);
}

#[test]
fn ea10_sweep_dry_run_reports_but_changes_nothing() {
    let mut env = acme();
    deregistering(&env, "li@acme.cn", ID1);
    at(&mut env, "2026-02-28T00:00:00+08:00");
    let shown = show(&env, "li@acme.cn");
    let before = env.fingerprint();
    let s = ok(&env, &w("sweep --dry-run"));
    assert_eq!(s["deregistrations_overdue"], 1, "{s}");
    assert_eq!(s["changed"], 1, "{s}");
    assert_eq!(s["dry_run"], true, "{s}");
    assert_eq!(shown, show(&env, "li@acme.cn"));
    assert_eq!(before, env.fingerprint(), "a dry run changed data");
    assert_eq!(env.audit_count("employee.deregister-overdue"), 0);
    // The real sweep still has it to do.
    assert_eq!(ok(&env, &["sweep"])["deregistrations_overdue"], 1);
}

#[test]
fn sw1_sweep_actor_is_sweep_unless_one_is_given() {
    let mut env = acme();
    deregistering(&env, "a@acme.cn", ID1);
    // Filed on 02-28 (a make-up Saturday): due at the end of 03-06.
    at(&mut env, "2026-02-28T10:00:00+08:00");
    deregistering(&env, "b@acme.cn", ID2);

    // No --actor, no ROSTER_ACTOR: the actor is `sweep` (not $USER).
    at(&mut env, "2026-02-28T12:00:00+08:00");
    let mut c = env.command(&["--json", "sweep"]);
    c.env_remove("ROSTER_ACTOR").env("USER", "alice");
    let out = c.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["deregistrations_overdue"], 1, "{s}");

    // Filed on Monday 03-09: due at the end of 03-16.
    at(&mut env, "2026-03-09T10:00:00+08:00");
    deregistering(&env, "c@acme.cn", ID3);
    // ROSTER_ACTOR names the actor.
    at(&mut env, "2026-03-09T12:00:00+08:00");
    let r = env.run_env(&["--json", "sweep"], &[("ROSTER_ACTOR", "cron")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json()["deregistrations_overdue"], 1);
    // So does --actor.
    at(&mut env, "2026-03-17T12:00:00+08:00");
    let s = ok(&env, &w("--actor ops sweep"));
    assert_eq!(s["deregistrations_overdue"], 1, "{s}");

    let events = env.audit(&["--action", "employee.deregister-overdue"]);
    let who: Vec<(&str, &str)> = events
        .iter()
        .map(|ev| {
            (
                ev["object"].as_str().unwrap(),
                ev["actor"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        who,
        vec![
            ("employee:a@acme.cn", "sweep"),
            ("employee:b@acme.cn", "cron"),
            ("employee:c@acme.cn", "ops"),
        ]
    );
}

#[test]
fn ea10_deregister_review_approve_closes_the_account() {
    let env = acme();
    deregistering(&env, "li@acme.cn", ID1);
    let v = ok(&env, &e(&["deregister-review", "li@acme.cn", "--approve"]));
    assert_employee_fields(&v);
    assert_eq!(v["status"], "deregistered");
    assert_eq!(v["next_steps"], serde_json::json!([]));
    let h = ok(&env, &w("employee history li@acme.cn"));
    assert_eq!(h[0]["until"], NOW_UTC, "{h}");
    assert_eq!(h[0]["end_reason"], "deregistered", "{h}");
    // A closed account: nothing is allowed next.
    let err = fail(&env, 4, &enable_args("li@acme.cn", "Wang", ID2));
    assert_err(&err, "INVALID_STATE", "EA-9");
    assert_eq!(err["details"]["status"], "deregistered");
    assert_eq!(err["details"]["allowed"], serde_json::json!([]));
    let err = fail(
        &env,
        4,
        &e(&["deregister", "li@acme.cn", "--materials", MATERIALS]),
    );
    assert_err(&err, "INVALID_STATE", "EA-10");
}

#[test]
fn ea10_rejected_deregistration_returns_to_where_it_was() {
    let env = acme();
    deregistering(&env, "act@acme.cn", ID1);
    vacant(&env, "vac@acme.cn", "Vac", ID2);
    ok(
        &env,
        &e(&["deregister", "vac@acme.cn", "--materials", MATERIALS]),
    );
    let v = ok(
        &env,
        &e(&[
            "deregister-review",
            "act@acme.cn",
            "--reject",
            "--reason",
            "unsigned",
        ]),
    );
    assert_eq!(v["status"], "active");
    assert_eq!(v["deregister_due_at"], Value::Null);
    assert!(v["rejection_reason"].as_str().unwrap().contains("unsigned"));
    let v = ok(
        &env,
        &e(&[
            "deregister-review",
            "vac@acme.cn",
            "--reject",
            "--reason",
            "unsigned",
        ]),
    );
    assert_eq!(v["status"], "vacant");
    // Reject needs a reason (clap).
    ok(
        &env,
        &e(&["deregister", "vac@acme.cn", "--materials", MATERIALS]),
    );
    let r = env.run(&e(&["deregister-review", "vac@acme.cn", "--reject"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
}

#[test]
fn ea10_deregister_review_of_an_active_account_is_invalid_state() {
    let env = acme();
    active(&env, "li@acme.cn", "Li", ID1);
    let err = fail(
        &env,
        4,
        &e(&["deregister-review", "li@acme.cn", "--approve"]),
    );
    assert_err(&err, "INVALID_STATE", "EA-10");
    assert_eq!(err["details"]["status"], "active");
}
