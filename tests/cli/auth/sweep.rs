use super::*;

// ---------------------------------------------------------------------------
// SW-1: the sweep
// ---------------------------------------------------------------------------

#[test]
fn sw1_dry_run_reports_the_counts_and_changes_nothing() {
    let env = due_at_21();
    let list = env.ok(&["auth", "list"]);
    let audits = env.audit(&[]).len();
    let before = env.fingerprint();
    let s = env.ok(&w("sweep --dry-run"));
    assert_eq!(s["invitations_expired"], 1, "{s}");
    assert_eq!(s["authorizations_expired"], 1, "{s}");
    assert_eq!(s["changed"], 2, "{s}");
    assert_eq!(s["dry_run"], true, "{s}");
    assert_eq!(before, env.fingerprint());
    assert_eq!(list, env.ok(&["auth", "list"]));
    assert_eq!(audits, env.audit(&[]).len());
    // The real sweep then does exactly what the dry run said.
    let s = sweep(&env);
    assert_eq!(s["invitations_expired"], 1, "{s}");
    assert_eq!(s["authorizations_expired"], 1, "{s}");
    assert_eq!(s["dry_run"], false, "{s}");
    assert_eq!(status(&env, "dy_inv"), "expired");
    assert_eq!(status(&env, "dy_val"), "expired");
    assert_eq!(env.audit(&[]).len(), audits + 2);
    let s = env.ok(&w("sweep --dry-run"));
    assert_eq!(s["changed"], 0, "{s}");
}

#[test]
fn sw1_sweep_json_has_every_kind_and_changed_is_their_sum() {
    let env = due_at_21();
    let s = sweep(&env);
    let obj = s.as_object().unwrap();
    for k in [
        "invitations_expired",
        "authorizations_expired",
        "deregistrations_overdue",
        "changed",
        "dry_run",
    ] {
        assert!(obj.contains_key(k), "sweep result lacks {k}: {s}");
    }
    let sum: u64 = obj
        .iter()
        .filter(|(k, _)| *k != "changed" && *k != "dry_run")
        .map(|(k, v)| {
            v.as_u64()
                .unwrap_or_else(|| panic!("{k} is not a count: {s}"))
        })
        .sum();
    assert_eq!(s["changed"].as_u64(), Some(sum), "{s}");
    assert_eq!(sum, 2, "{s}");
    // jsonl: one object on one line.
    let r = env.run(&w("--format jsonl sweep"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.trim().lines().count(), 1, "{}", r.stdout);
    let v: Value = serde_json::from_str(r.stdout.trim()).unwrap();
    assert_eq!(v["changed"], 0);
}

#[test]
fn sw1_sweep_audits_as_sweep_unless_an_actor_is_given() {
    let mut env = acme();
    invite(&env, "dy_1");
    at(&mut env, "2026-02-13T10:00:00+08:00");
    invite(&env, "dy_2");
    at(&mut env, "2026-02-13T11:00:00+08:00");
    invite(&env, "dy_3");
    // No --actor, no ROSTER_ACTOR: `sweep`.
    at(&mut env, DEADLINE);
    let out = env
        .command(&w("--json sweep"))
        .env_remove("ROSTER_ACTOR")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ev = env.audit(&[
        "--object",
        "douyin:dy_1",
        "--action",
        "auth.invitation-expired",
    ]);
    assert_eq!(ev.len(), 1);
    assert_eq!(ev[0]["actor"], "sweep");
    // --actor X.
    at(&mut env, "2026-02-15T10:00:00+08:00");
    let s = env.ok(&w("--actor ops-cron sweep"));
    assert_eq!(s["invitations_expired"], 1, "{s}");
    let ev = env.audit(&[
        "--object",
        "douyin:dy_2",
        "--action",
        "auth.invitation-expired",
    ]);
    assert_eq!(ev[0]["actor"], "ops-cron");
    // ROSTER_ACTOR (the harness sets `tester`).
    at(&mut env, "2026-02-15T11:00:00+08:00");
    sweep(&env);
    let ev = env.audit(&[
        "--object",
        "douyin:dy_3",
        "--action",
        "auth.invitation-expired",
    ]);
    assert_eq!(ev[0]["actor"], "tester");
    assert_eq!(ev[0]["before"]["status"], "invited");
    assert_eq!(ev[0]["after"]["status"], "expired");
    assert_eq!(env.audit(&["--actor", "sweep"]).len(), 1);
}

#[test]
fn sw1_table_sweep_prints_the_table_on_stdout_and_a_summary_on_stderr() {
    let env = due_at_21();
    let r = env.run(&["sweep"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for k in ["invitations_expired", "authorizations_expired", "changed"] {
        assert!(r.stdout.contains(k), "{k} not in the table:\n{}", r.stdout);
    }
    assert!(
        serde_json::from_str::<Value>(&r.stdout).is_err(),
        "table mode printed JSON"
    );
    assert!(
        r.stderr
            .contains("sweep at 2026-02-21T01:00:00Z: 2 change(s)"),
        "{}",
        r.stderr
    );
    let r = env.run(&w("sweep --dry-run"));
    assert_eq!(r.code, 0);
    assert!(r.stderr.contains("0 change(s)"), "{}", r.stderr);
    assert!(r.stderr.contains("dry run"), "{}", r.stderr);
}

// ---------------------------------------------------------------------------
// PII-1 and listings
// ---------------------------------------------------------------------------

#[test]
fn pii1_show_list_and_audit_mask_the_holder_id() {
    let env = acme();
    invite(&env, "dy_a");
    let v = accept(&env, "dy_a");
    assert_eq!(v["holder_id"], masked(ID1));
    let r = env.run(&a(&w("--json show dy_a")));
    assert_no_full_id(&r.stdout);
    assert_eq!(r.json()["holder_id"], masked(ID1));
    for fmt in ["json", "table", "csv", "jsonl"] {
        let r = env.run(&a(&["--format", fmt, "list"]));
        assert_eq!(r.code, 0, "{fmt}: {}", r.stderr);
        assert_no_full_id(&r.stdout);
        let r = env.run(&a(&["--format", fmt, "show", "dy_a"]));
        assert_no_full_id(&r.stdout);
    }
    let list = env.ok(&a(&["list"]));
    assert_eq!(list[0]["holder_id"], masked(ID1));
    let r = env.run(&w("--format jsonl audit"));
    assert_no_full_id(&r.stdout);
    assert_eq!(
        env.audit(&["--action", "auth.accept"])[0]["after"]["holder_id"],
        masked(ID1)
    );
    // --reveal-pii shows it, and is itself audited.
    assert_eq!(env.audit_count("pii.reveal"), 0);
    let v = env.ok(&a(&w("--reveal-pii show dy_a")));
    assert_eq!(v["holder_id"], ID1);
    let v = env.ok(&w("--reveal-pii auth list"));
    assert_eq!(v[0]["holder_id"], ID1);
    assert_eq!(env.audit_count("pii.reveal"), 2);
}

#[test]
fn pa1_list_filters_by_status_and_org() {
    let env = acme();
    beta(&env);
    invite(&env, "dy_a");
    drive(&env, "dy_b", "reviewing");
    invite_in(&env, OTHER, "dy_c");
    assert_eq!(ids(&env.ok(&["auth", "list"])), ["dy_a", "dy_b", "dy_c"]);
    assert_eq!(
        ids(&env.ok(&w("auth list --status invited"))),
        ["dy_a", "dy_c"]
    );
    assert_eq!(ids(&env.ok(&a(&w("list --status invited")))), ["dy_a"]);
    assert_eq!(ids(&env.ok(&a(&w("list --status reviewing")))), ["dy_b"]);
    assert_eq!(ids(&env.ok(&auth_in(OTHER, &["list"]))), ["dy_c"]);
    assert!(
        env.ok(&a(&w("list --status active")))
            .as_array()
            .unwrap()
            .is_empty()
    );
    let err = env.fail(5, &w("auth list --status bogus"));
    assert_eq!(err["code"], "INVALID_VALUE", "{err}");
    for row in env.ok(&["auth", "list"]).as_array().unwrap() {
        assert_auth_fields(row);
    }
}

// ---------------------------------------------------------------------------
// Issue 10: no answer depends on whether the sweep has run (SW-1)
// ---------------------------------------------------------------------------

#[test]
fn pa1_modify_after_the_validity_ended_does_not_revive_it_before_the_sweep() {
    let env = validity_just_ended();
    assert!(!allowed(&env, "dy_v"));
    let before = env.fail(4, &a(&w("modify dy_v --valid-until 2026-06-30")));
    assert_err(&before, "INVALID_STATE", "PA-6");
    assert!(!allowed(&env, "dy_v"), "modify revived the authorisation");
    // The same command after the sweep: the same answer.
    sweep(&env);
    let after = env.fail(4, &a(&w("modify dy_v --valid-until 2026-06-30")));
    assert_eq!(before, after);
    assert!(!allowed(&env, "dy_v"));
}

#[test]
fn pa1_show_and_list_say_expired_once_the_validity_ended_before_the_sweep() {
    let env = validity_just_ended();
    let before = show(&env, "dy_v");
    assert_eq!(before["status"], "expired", "{before}");
    assert_eq!(before["ended_at"], "2026-03-01T16:00:00Z", "{before}");
    assert_eq!(before["next_steps"], serde_json::json!([]), "{before}");
    assert!(ids(&env.ok(&w("auth list --status active"))).is_empty());
    assert_eq!(ids(&env.ok(&w("auth list --status expired"))), ["dy_v"]);
    assert_eq!(env.ok(&w("auth list"))[0]["status"], "expired");
    assert_eq!(quota_used(&env), 0);
    sweep(&env);
    assert_eq!(settled(before), settled(show(&env, "dy_v")));
    assert_eq!(ids(&env.ok(&w("auth list --status expired"))), ["dy_v"]);
}

#[test]
fn pa5_end_after_the_validity_ended_is_refused_before_the_sweep_as_after_it() {
    let env = validity_just_ended();
    let args = a(&w("end dy_v --reason account-deregistered"));
    let before = env.fail(4, &args);
    assert_err(&before, "INVALID_STATE", "PA-5");
    sweep(&env);
    assert_eq!(before, env.fail(4, &args));
}

#[test]
fn pa2_accept_after_the_deadline_answers_the_same_before_and_after_the_sweep() {
    let mut env = acme();
    invite(&env, "dy_a");
    at(&mut env, DEADLINE);
    let args = a(&["accept", "dy_a", "--name", "Li Lei", "--id-number", ID1]);
    let before = env.fail(4, &args);
    assert_err(&before, "INVITATION_EXPIRED", "PA-2");
    sweep(&env);
    assert_eq!(before, env.fail(4, &args));
}

#[test]
fn ea11_authorisation_past_its_validity_does_not_block_an_employee_account_before_the_sweep() {
    let env = validity_just_ended();
    sales(&env);
    let mut args = apply_args("v@acme.cn", ID2);
    args.extend_from_slice(&["--douyin-id", "dy_v"]);
    assert_eq!(env.ok(&args)["status"], "reviewing");
}

#[test]
fn pa8_authorisation_past_its_validity_does_not_block_the_xingtu_identity_before_the_sweep() {
    let env = validity_just_ended();
    let v = env.ok(&w("identity xingtu dy_v --on"));
    assert_eq!(v["xingtu"], true, "{v}");
}

#[test]
fn en5_tool_of_an_authorisation_past_its_validity_can_be_revoked_before_the_sweep() {
    let env = validity_just_ended();
    env.ok(&w("org tools acme --revoke video.booking"));
}

#[test]
fn pa1_export_leaves_out_an_authorisation_past_its_validity_before_the_sweep() {
    let env = validity_just_ended();
    invite(&env, "dy_b");
    let export = || {
        let r = env.run(&w("--org acme export authorizations"));
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stdout
    };
    let before = export();
    assert!(!before.contains("dy_v"), "{before}");
    assert!(before.contains("dy_b"), "{before}");
    sweep(&env);
    assert_eq!(before, export());
}

/// SW-1 / AU-1: one sweep ends what came due at the same instant in the
/// order of their deadlines, then of creation, whatever the engine and
/// however the rows were written since: dy_a, whose validity changed after
/// the others were invited (PostgreSQL then writes its row anew, last in the
/// table), is still recorded first.
#[test]
fn sw1_a_sweep_records_what_came_due_together_in_creation_order() {
    let env = acme();
    for id in ["dy_a", "dy_b", "dy_c"] {
        invite(&env, id);
    }
    env.ok(&a(&["modify", "dy_a", "--valid-until", "2026-04-01"]));
    let mut env = env;
    env.now = "2026-02-16T09:00:00+08:00".into();
    assert_eq!(sweep(&env)["invitations_expired"], 3);
    let order: Vec<String> = env
        .audit(&["--action", "auth.invitation-expired"])
        .iter()
        .map(|e| e["object"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(order, ["douyin:dy_a", "douyin:dy_b", "douyin:dy_c"]);
}
