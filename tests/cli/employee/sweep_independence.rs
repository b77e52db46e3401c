use super::*;

// ---------------------------------------------------------------------------
// Issue 10: no answer depends on whether the sweep has run (SW-1)
// ---------------------------------------------------------------------------

#[test]
fn ea10_show_and_list_say_overdue_after_the_due_instant_before_the_sweep() {
    let mut env = acme();
    deregistering(&env, "li@acme.cn", ID1);
    at(&mut env, "2026-02-28T00:00:00+08:00");
    let before = show(&env, "li@acme.cn");
    assert_eq!(before["deregister_overdue"], true, "{before}");
    let listed = ok(&env, &e(&["list", "--status", "deregistering"]));
    assert_eq!(listed[0]["deregister_overdue"], true, "{listed}");
    ok(&env, &["sweep"]);
    let mut after = show(&env, "li@acme.cn");
    let mut before = before;
    for v in [&mut before, &mut after] {
        v.as_object_mut().unwrap().remove("updated_at");
    }
    assert_eq!(before, after);
}

#[test]
fn ea10_repeated_apply_of_an_overdue_account_answers_the_same_before_and_after_the_sweep() {
    let mut env = acme();
    deregistering(&env, "li@acme.cn", ID1);
    at(&mut env, "2026-02-28T00:00:00+08:00");
    let args = apply_args("li@acme.cn", "Staff", ID1);
    let mut before = ok(&env, &args);
    assert_eq!(before["deregister_overdue"], true, "{before}");
    ok(&env, &["sweep"]);
    let mut after = ok(&env, &args);
    for v in [&mut before, &mut after] {
        v.as_object_mut().unwrap().remove("updated_at");
    }
    assert_eq!(before, after);
}

#[test]
fn ea10_review_after_the_due_instant_is_recorded_overdue_before_the_sweep_too() {
    let mut env = acme();
    deregistering(&env, "li@acme.cn", ID1);
    deregistering(&env, "wang@acme.cn", ID2);
    at(&mut env, "2026-02-28T00:00:00+08:00");
    let unswept = ok(&env, &e(&["deregister-review", "li@acme.cn", "--approve"]));
    ok(&env, &["sweep"]);
    let swept = ok(
        &env,
        &e(&["deregister-review", "wang@acme.cn", "--approve"]),
    );
    for v in [&unswept, &swept] {
        assert_eq!(v["status"], "deregistered", "{v}");
        assert_eq!(v["deregister_overdue"], true, "{v}");
    }
}
