use super::*;

// ---------------------------------------------------------------------------
// AU-1: every change audited
// ---------------------------------------------------------------------------

#[test]
fn au1_every_sub_account_change_is_audited_and_reads_are_not() {
    let env = routing();
    let before = env.audit(&[]).len();
    let fp = env.fingerprint();
    env.ok(&o(SHOP, &["subaccount", "show", P1]));
    env.ok(&o(SHOP, &w("subaccount list")));
    env.ok(&o(SHOP, &w("cs group show 售前")));
    env.access(&["access", "check", P1, "shop.customer_service"]);
    env.ok(&w("access list"));
    assert_eq!(env.audit(&[]).len(), before, "a read wrote an audit event");
    assert_eq!(fp, env.fingerprint(), "a read changed the database");
    for (action, n) in [
        ("code.issue", 2),
        ("subaccount.add", 2),
        ("cs.group-create", 1),
        ("cs.member-add", 2),
        ("subaccount.online", 2),
    ] {
        assert_eq!(env.audit_count(action), n, "{action}");
    }
    for ev in env.audit(&["--object", &format!("subaccount:{SHOP}/{P1}")]) {
        for f in ["at", "actor", "action", "object", "before", "after"] {
            assert!(ev.get(f).is_some(), "audit event lacks {f}: {ev}");
        }
        assert_eq!(ev["actor"], "tester");
        assert_eq!(ev["at"], NOW_UTC);
    }
}

// ---------------------------------------------------------------------------
// Issue 10: no answer depends on whether the sweep has run (SW-1)
// ---------------------------------------------------------------------------

#[test]
fn vc1_expired_used_or_void_code_answers_the_same_after_the_sweep() {
    let mut env = star();
    // P1: never used; P2: used, its sub-account deleted; P3: void.
    let c1 = issue(&env, AG, P1);
    let c2 = issue(&env, AG, P2);
    env.ok(&add_args(AG, P2, &c2, "Li", "运营"));
    env.ok1(&o(AG, &["subaccount", "delete", P2]));
    let c3 = issue(&env, AG, P3);
    for _ in 0..5 {
        run_json(&env, &add_args(AG, P3, &wrong(&c3), "Wang", "运营"), None);
    }
    env.now = "2026-02-13T09:05:00+08:00".into();
    let tries = [(P1, c1.as_str()), (P2, c2.as_str()), (P3, c3.as_str())];
    let answers = |env: &Env| -> Vec<Value> {
        tries
            .iter()
            .map(|(p, c)| env.fail(4, &add_args(AG, p, c, "Zhang", "运营")))
            .collect()
    };
    let before = answers(&env);
    let codes: Vec<&str> = before.iter().map(|e| e["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["CODE_EXPIRED", "CODE_USED", "CODE_VOID"]);
    assert_eq!(env.ok(&w("sweep"))["codes_purged"], 3);
    assert_eq!(before, answers(&env));
    // A new code works as ever, and the next sweep purges it alone.
    let c = issue(&env, AG, P1);
    env.ok(&add_args(AG, P1, &c, "Zhang", "运营"));
    env.now = "2026-02-13T09:11:00+08:00".into();
    assert_eq!(env.ok(&w("sweep"))["codes_purged"], 1);
    assert_eq!(env.ok(&w("sweep"))["codes_purged"], 0);
}
