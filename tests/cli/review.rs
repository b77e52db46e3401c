//! Regressions for what a fresh-eyes review of the code found, each named
//! after the rule it protects.

use crate::harness::*;

fn acme(env: &Env) {
    env.enterprise("acme");
    env.ok(&w("org verify acme"));
    env.ok(&w("--org acme position create Sales --perm backend.video"));
}

fn active_auth(env: &Env, id: &str, modules: &str, until: Option<&str>) {
    let mut args = vec![
        "--org",
        "acme",
        "auth",
        "invite",
        id,
        "--modules",
        modules,
        "--agree",
    ];
    if let Some(u) = until {
        args.extend(["--valid-until", u]);
    }
    env.ok(&args);
    env.ok(&["auth", "accept", id, "--name", "A", "--id-number", ID_B]);
    env.ok(&["auth", "review", id, "--approve"]);
}

#[test]
fn en5_revoking_a_tool_an_authorisation_carries_is_refused() {
    let env = Env::new();
    acme(&env);
    env.ok(&w("org tools acme --grant live.card"));
    active_auth(&env, "dy_a", "live.card", None);
    let e = env.fail(4, &w("org tools acme --revoke live.card"));
    assert_eq!(e["code"], "TOOL_IN_USE");
    assert_eq!(e["rule"], "EN-5");
    assert_eq!(e["details"]["authorizations"][0], "dy_a");
}

#[test]
fn dep1_department_of_closed_accounts_only_can_be_deleted() {
    let env = Env::new();
    acme(&env);
    env.ok(&w("--org acme department create Sales"));
    env.ok(&[
        "--org",
        "acme",
        "employee",
        "apply",
        "a@acme.cn",
        "--name",
        "A",
        "--id-number",
        ID_B,
        "--position",
        "Sales",
        "--department",
        "Sales",
        "--proof",
        "sealed",
        "--agree",
    ]);
    env.ok(&w("employee review a@acme.cn --reject --reason x"));
    env.ok(&w("employee withdraw a@acme.cn"));
    let v = env.ok(&w("--org acme department delete Sales"));
    assert_eq!(v["path"], "Sales");
}

#[test]
fn tm1_deadlines_beyond_the_clock_are_invalid_not_a_panic() {
    let mut env = Env::new();
    acme(&env);
    env.now = "9999-12-30T21:00:00Z".to_string();
    let e = env.fail_row(&w(
        "--org acme auth invite dy_x --modules backend.video --agree",
    ));
    assert_eq!(e["code"], "INSTANT_OUT_OF_RANGE");
    let cfg = env.write_file("c.toml", "[policy]\ninvite_ttl_hours = 4000000000\n");
    let r = env.run(&["--json", "--config", &cfg, "org", "show", "acme"]);
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stderr.contains("invite_ttl_hours"), "{}", r.stderr);
}

#[test]
fn pa7_authorisation_past_its_validity_frees_its_seat_before_the_sweep() {
    let mut env = Env::new();
    acme(&env);
    for i in 0..5 {
        active_auth(
            &env,
            &format!("dy_{i}"),
            "backend.video",
            Some("2026-03-01"),
        );
    }
    let e = env.fail_row(&w(
        "--org acme auth invite dy_6 --modules backend.video --agree",
    ));
    assert_eq!(e["code"], "QUOTA_EXCEEDED");
    env.now = "2026-03-02T00:00:00+08:00".to_string();
    let v = env.ok(&w("org show acme"));
    assert_eq!(v["quota_used"], 0, "{v}");
    let v = env.ok1(&w(
        "--org acme auth invite dy_6 --modules backend.video --agree",
    ));
    assert_eq!(v["status"], "invited");
    // The lapsed binding of an account is ended on the spot when it is
    // invited again, as the sweep would have.
    let v = env.ok1(&w(
        "--org acme auth invite dy_0 --modules backend.video --agree",
    ));
    assert_eq!(v["status"], "invited");
}

#[test]
fn vc1_subaccount_import_refuses_modes_that_roll_codes_back() {
    let env = Env::new();
    env.agency("ag", "13900139000");
    let f = env.write_file(
        "s.csv",
        "phone,code,name,positions\n13800138000,123456,A,Ops\n",
    );
    for mode in ["--dry-run", "--all-or-nothing"] {
        let e = env.fail(5, &["--org", "ag", "import", "subaccounts", &f, mode]);
        assert_eq!(e["code"], "NOT_FOR_CODES", "{e}");
        assert_eq!(e["rule"], "VC-1");
    }
}

#[cfg(unix)]
#[test]
fn pii1_report_file_is_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    acme(&env);
    let f = env.write_file("p.csv", "name,permissions\nOps,backend.video\n");
    let rp = env.path("r.csv");
    env.ok(&[
        "--org",
        "acme",
        "import",
        "positions",
        &f,
        "--report",
        rp.to_str().unwrap(),
    ]);
    let mode = std::fs::metadata(&rp).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn pii1_error_messages_mask_identity_shaped_keys() {
    let env = Env::new();
    acme(&env);
    for args in [
        vec!["--json", "access", "check", ID_A, "backend.video"],
        vec!["--json", "auth", "show", ID_A],
        vec!["access", "check", ID_A, "backend.video"],
    ] {
        let r = env.run(&args);
        assert_ne!(r.code, 0);
        let lower = ID_A.to_lowercase();
        assert!(
            !r.stderr.contains(ID_A) && !r.stderr.contains(&lower),
            "{}",
            r.stderr
        );
    }
}

/// A unified social credit code (GB 32100 check character 3) that is
/// 17 digits and a digit: the shape of an identity number, but not one.
const USCC_DIGITS: &str = "913501007100000003";

#[test]
fn pii1_error_message_quotes_a_credit_code_in_full() {
    let env = Env::new();
    env.ok(&["init"]);
    // No shop has this subject: the message names it, unmasked.
    let e = env.fail(3, &["upgrade", "quota", USCC_DIGITS]);
    assert_eq!(e["code"], "SUBJECT_NOT_FOUND", "{e}");
    assert!(e["message"].as_str().unwrap().contains(USCC_DIGITS), "{e}");
    let r = env.run(&["upgrade", "quota", USCC_DIGITS]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains(USCC_DIGITS), "{}", r.stderr);
    // An identity number in the same place is still masked.
    let r = env.run(&["--json", "upgrade", "quota", ID_A]);
    assert_ne!(r.code, 0);
    assert!(!r.stderr.contains(ID_A), "{}", r.stderr);
}

#[test]
fn pii1_reveal_is_audited_when_a_batch_partly_failed() {
    let env = Env::new();
    acme(&env);
    let f = env.write_file(
        "e.csv",
        &format!(
            "email,name,id_number,position,proof,password\na@acme.cn,A,{ID_B},Sales,sealed,secret123A\nb@acme.cn,B,bad,Sales,sealed,secret123A\n"
        ),
    );
    let rp = env.path("r.csv");
    let r = env.run(&[
        "--json",
        "--reveal-pii",
        "--org",
        "acme",
        "import",
        "employees",
        &f,
        "--agree",
        "--report",
        rp.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert_eq!(env.audit_count("pii.reveal"), 1);
}

/// Nothing panics on any input: odd values in every kind of slot end with
/// one of the exit codes of docs/exit-codes.md and never an internal error.
#[test]
fn no_input_panics_or_ends_as_an_internal_error() {
    let env = Env::new();
    acme(&env);
    env.shop("s", "13900139000");
    let long = "a".repeat(5000);
    let odd = [
        "",
        " ",
        "\u{3000}",
        "-",
        long.as_str(),
        "１３８００１３８０００",
        "😀",
        "0",
        "-1",
        "99999999999999999999",
        "9999-12-31",
        "0000-01-01",
        "1.1E+17",
        "a,b;c|d、e",
        "x@y",
        "'",
    ];
    let slots: [&[&str]; 12] = [
        &["org", "show"],
        &["org", "level", "acme"],
        &["org", "tools", "acme", "--grant"],
        &["--org", "acme", "position", "create", "P", "--perm"],
        &["--org", "acme", "department", "create"],
        &[
            "--org",
            "acme",
            "auth",
            "invite",
            "--modules",
            "backend.video",
            "--agree",
        ],
        &["upgrade", "quota"],
        &["--org", "s", "code", "issue", "--phone"],
        &["--org", "s", "cs", "route"],
        &["access", "list", "--at"],
        &["audit", "--since"],
        &["identity", "penalize", "--kind", "ban", "--until"],
    ];
    for slot in slots {
        for v in odd {
            let mut args = vec!["--json"];
            args.extend_from_slice(slot);
            args.push(v);
            let r = env.run(&args);
            assert!(
                (0..=7).contains(&r.code) && r.code != 1 && !r.stderr.contains("panicked"),
                "{args:?} -> {}: {}",
                r.code,
                r.stderr
            );
        }
    }
}
