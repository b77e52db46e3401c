//! Issue 14, "Bounds on every input": refusals that name the field and
//! the rule, exit 5, and leave the database as it was.

use crate::harness::*;

#[test]
fn dep1_dot_and_dot_dot_are_not_department_names() {
    let env = Env::new();
    env.enterprise("acme");
    env.ok(&w("--org acme department create Sales"));
    let before = env.fingerprint();
    for path in [".", "..", "Sales/..", "Sales/./East"] {
        let r = env.run(&["--json", "--org", "acme", "department", "create", path]);
        assert_eq!(r.code, 5, "{path}: {}", r.stderr);
        let e = r.error();
        assert_eq!(e["rule"], "DEP-1", "{path}: {e}");
        assert!(
            e["message"]
                .as_str()
                .unwrap()
                .contains("a path names each level"),
            "{path}: {e}"
        );
    }
    let r = env.run(&w("--json --org acme department rename Sales .."));
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert_eq!(
        env.fingerprint(),
        before,
        "a refused command leaves no trace"
    );
}

#[test]
fn tm1_an_instant_past_the_clock_range_says_so() {
    let env = Env::new();
    for now in ["9999-12-31T23:59:59Z", "10000-01-01"] {
        let r = env.run(&["--json", "--now", now, "org", "list"]);
        assert_eq!(r.code, 5, "{now}: {}", r.stderr);
        let e = r.error();
        assert_eq!(e["code"], "INSTANT_OUT_OF_RANGE", "{now}: {e}");
        assert!(
            e["message"].as_str().unwrap().contains("supported range"),
            "{e}"
        );
    }
    let r = env.run(&w("--json --now yesterday org list"));
    assert_eq!(r.error()["code"], "INVALID_INSTANT");
}
