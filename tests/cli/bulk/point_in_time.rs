use serde_json::Value;

use super::*;

// ---------------------------------------------------------------------------
// Point in time: access check / list --at
// ---------------------------------------------------------------------------

#[test]
fn access_at_follows_position_edits_and_disable_enable() {
    let mut env = star();
    // 09:00 imported with 达人 (agency.creators) and 数据.
    import_star_subaccounts(&env);
    // 10:00 达人 loses agency.creators.
    at(&mut env, "2026-02-13T10:00:00+08:00");
    env.ok(&w("--org star position edit 达人 --perm agency.tasks"));
    // 11:00 disabled; 12:00 enabled again.
    at(&mut env, "2026-02-13T11:00:00+08:00");
    env.ok(&w("--org star subaccount disable 13800138101"));
    at(&mut env, "2026-02-13T12:00:00+08:00");
    env.ok(&w("--org star subaccount enable 13800138101"));
    at(&mut env, "2026-02-13T13:00:00+08:00");

    let p = "13800138101";
    let t = |hm: &str| format!("2026-02-13T{hm}:00+08:00");
    assert!(
        !check_at(&env, p, "agency.creators", &t("08:30")).0,
        "before it existed"
    );
    assert_eq!(
        check_at(&env, p, "agency.creators", &t("09:30")),
        (true, vec!["position:star/达人".to_string()])
    );
    assert!(!check_at(&env, p, "agency.creators", &t("10:30")).0);
    assert!(check_at(&env, p, "agency.tasks", &t("10:30")).0);
    assert!(!check_at(&env, p, "agency.tasks", &t("09:30")).0);
    assert!(check_at(&env, p, "agency.data", &t("10:30")).0);
    // Disabled: nothing.
    assert!(!check_at(&env, p, "agency.data", &t("11:30")).0);
    assert!(!check_at(&env, p, "agency.tasks", &t("11:30")).0);
    // Enabled again: the positions as they are now.
    assert_eq!(
        check_at(&env, p, "agency.data", &t("12:30")),
        (true, vec!["position:star/数据".to_string()])
    );
    assert!(check_at(&env, p, "agency.tasks", &t("12:30")).0);
    assert!(!check_at(&env, p, "agency.creators", &t("12:30")).0);
    // The other sub-account was never touched.
    assert!(check_at(&env, "ops@star.cn", "agency.orders", &t("11:30")).0);
}

#[test]
fn access_at_follows_auth_modify_and_ends_at_the_validity() {
    let mut env = Env::new();
    env.enterprise(ACME);
    env.ok(&w("org verify acme"));
    let file = env.write_file(
        "a.csv",
        "抖音号,授权模块,有效期\ndy_a,backend.video;backend.live,2026-02-20\n",
    );
    import(
        &env,
        0,
        &o(ACME, &["import", "authorizations", &file, "--agree"]),
    );
    at(&mut env, "2026-02-13T09:10:00+08:00");
    env.ok(&w(
        "--org acme auth accept dy_a --name Li --id-number 110105199003071239",
    ));
    at(&mut env, "2026-02-13T09:20:00+08:00");
    env.ok(&w("--org acme auth review dy_a --approve"));
    // 02-14: other modules by import (updated), 02-15: by `auth modify`.
    at(&mut env, "2026-02-14T09:00:00+08:00");
    let file2 = env.write_file(
        "b.csv",
        "抖音号,授权模块,有效期\ndy_a,backend.video|backend.messages,2026-02-20\n",
    );
    let v = import(
        &env,
        0,
        &o(ACME, &["import", "authorizations", &file2, "--agree"]),
    );
    assert_counts(&v, 1, 0, 1, 0, 0);
    at(&mut env, "2026-02-15T09:00:00+08:00");
    env.ok(&w("--org acme auth modify dy_a --modules backend.users"));
    // Past the validity (2026-02-20 end of day, Shanghai), no sweep yet:
    // expired all the same (issue 10).
    at(&mut env, "2026-03-01T09:00:00+08:00");
    assert_eq!(env.ok(&w("--org acme auth show dy_a"))["status"], "expired");

    let d = |day: &str| format!("2026-02-{day}T12:00:00+08:00");
    // Before acceptance and approval: invited, nothing.
    assert!(!check_at(&env, "dy_a", "backend.video", "2026-02-13T09:15:00+08:00").0);
    assert_eq!(
        check_at(&env, "dy_a", "backend.live", &d("13")),
        (true, vec!["authorization:acme".to_string()])
    );
    assert!(!check_at(&env, "dy_a", "backend.messages", &d("13")).0);
    assert!(!check_at(&env, "dy_a", "backend.live", &d("14")).0);
    assert!(check_at(&env, "dy_a", "backend.messages", &d("14")).0);
    assert!(check_at(&env, "dy_a", "backend.video", &d("14")).0);
    assert!(!check_at(&env, "dy_a", "backend.video", &d("15")).0);
    assert!(check_at(&env, "dy_a", "backend.users", &d("15")).0);
    assert!(check_at(&env, "dy_a", "backend.users", "2026-02-20T23:59:00+08:00").0);
    // The grant ends at the validity, before any sweep.
    assert!(!check_at(&env, "dy_a", "backend.users", "2026-02-21T00:00:01+08:00").0);
    assert!(!check_at(&env, "dy_a", "backend.users", &d("25")).0);
    let now = env.access(&w("access check dy_a backend.users"));
    assert_eq!(now["allowed"], false, "{now}");
}

#[test]
fn employee_access_starts_at_activation() {
    let mut env = acme_cn();
    let file = env.write_file(
        "e.csv",
        "邮箱,姓名,身份证号,岗位,在职证明,初始密码\nli@acme.cn,Li,110105199003071239,销售,sealed,Secret-Pass-1\n",
    );
    import(
        &env,
        0,
        &o(ACME, &["import", "employees", &file, "--agree"]),
    );
    at(&mut env, "2026-02-13T10:00:00+08:00");
    env.ok(&w("--org acme employee review li@acme.cn --approve"));
    at(&mut env, "2026-02-13T11:00:00+08:00");
    let r = env.run_in(
        &[
            "--json",
            "--org",
            ACME,
            "employee",
            "activate",
            "li@acme.cn",
            "--face-id-number",
            ID1,
            "--aux-phone",
            "13800138000",
            "--app-version",
            "20.7",
            "--new-password-stdin",
        ],
        Some("Another-Pass-2\n"),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    at(&mut env, "2026-02-13T12:00:00+08:00");
    let t = |hm: &str| format!("2026-02-13T{hm}:00+08:00");
    assert!(
        !check_at(&env, "li@acme.cn", "backend.video", &t("09:30")).0,
        "reviewing"
    );
    assert!(
        !check_at(&env, "li@acme.cn", "backend.video", &t("10:30")).0,
        "approved but not activated (EA-6)"
    );
    assert_eq!(
        check_at(&env, "LI@acme.cn", "backend.video", &t("11:30")),
        (true, vec!["position:acme/销售".to_string()])
    );
    assert!(!check_at(&env, "li@acme.cn", "backend.live", &t("11:30")).0);
}

#[test]
fn access_list_at_in_csv_has_a_header_and_the_pairs_in_force_then() {
    let mut env = star();
    import_star_subaccounts(&env);
    at(&mut env, "2026-02-13T10:00:00+08:00");
    env.ok(&w("--org star subaccount disable ops@star.cn"));
    at(&mut env, "2026-02-13T11:00:00+08:00");
    let list = |at: &str| {
        let r = env.run(&["--format", "csv", "access", "list", "--at", at]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        parse_csv(&r.stdout)
    };
    let then = list("2026-02-13T09:30:00+08:00");
    assert_eq!(then[0], ["account", "kind", "org", "permission", "via"]);
    let pairs: Vec<(&str, &str)> = then[1..]
        .iter()
        .map(|r| (r[0].as_str(), r[3].as_str()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("13800138101", "agency.creators"),
            ("13800138101", "agency.data"),
            ("13800138101", "agency.orders"),
            ("ops@star.cn", "agency.data"),
            ("ops@star.cn", "agency.orders"),
        ]
    );
    assert!(
        then[1..]
            .iter()
            .all(|r| r[1] == "subaccount" && r[2] == STAR)
    );
    let later = list("2026-02-13T10:30:00+08:00");
    assert_eq!(later.len(), 4, "{later:?}");
    assert!(later[1..].iter().all(|r| r[0] == "13800138101"));
    // Before anything existed: only the header.
    assert_eq!(list("2026-02-13T08:00:00+08:00").len(), 1);
}

// ---------------------------------------------------------------------------
// audit --object/--actor/--since/--until in every format
// ---------------------------------------------------------------------------

#[test]
fn audit_filters_in_table_json_jsonl_and_csv() {
    let mut env = acme_cn();
    // 10:00 tester edits 销售; 11:00 cron edits 销售 and 运营.
    at(&mut env, "2026-02-13T10:00:00+08:00");
    env.ok(&w("--org acme position edit 销售 --description first"));
    at(&mut env, "2026-02-13T11:00:00+08:00");
    for args in [
        "--org acme position edit 销售 --description second",
        "--org acme position edit 运营 --description ops",
    ] {
        let r = env.run_env(&w(args), &[("ROSTER_ACTOR", "cron")]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let base = [
        "--object",
        "position:acme/销售",
        "--since",
        "2026-02-13T09:30:00+08:00",
        "--until",
        "2026-02-13T12:00:00+08:00",
    ];
    let run = |format: &str, extra: &[&str]| {
        let mut a = vec!["audit", "--format", format];
        a.extend_from_slice(&base);
        a.extend_from_slice(extra);
        let r = env.run(&a);
        assert_eq!(r.code, 0, "{a:?}: {}", r.stderr);
        r.stdout
    };
    // json: an array of events with the contract fields.
    let json: Value = serde_json::from_str(&run("json", &[])).unwrap();
    let events = json.as_array().unwrap();
    assert_eq!(events.len(), 2, "{json}");
    for e in events {
        for f in ["at", "actor", "action", "object", "before", "after"] {
            assert!(e.get(f).is_some(), "audit event lacks {f}: {e}");
        }
        assert_eq!(e["object"], "position:acme/销售");
        assert_eq!(e["action"], "position.edit");
    }
    assert_eq!(events[0]["actor"], "tester");
    assert_eq!(events[0]["at"], "2026-02-13T02:00:00Z");
    assert_eq!(events[1]["actor"], "cron");
    assert_eq!(events[1]["after"]["description"], "second");
    assert_eq!(events[1]["before"]["description"], "first");
    // --actor narrows it.
    let cron: Value = serde_json::from_str(&run("json", &["--actor", "cron"])).unwrap();
    assert_eq!(cron.as_array().unwrap().len(), 1, "{cron}");
    // --until before the second edit.
    let r = env.run(&[
        "--json",
        "audit",
        "--object",
        "position:acme/销售",
        "--since",
        "2026-02-13T09:30:00+08:00",
        "--until",
        "2026-02-13T10:30:00+08:00",
    ]);
    let early: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(early.as_array().unwrap().len(), 1, "{early}");
    // jsonl: one JSON object per line, the same events.
    let jsonl = run("jsonl", &[]);
    let lines: Vec<Value> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    assert!(lines.iter().all(Value::is_object));
    assert_eq!(&lines, events);
    // csv: a header and one row per event.
    let csv = parse_csv(&run("csv", &[]));
    assert_eq!(csv[0][..4], ["at", "actor", "action", "object"]);
    assert_eq!(csv.len(), 3, "{csv:?}");
    assert_eq!(csv[2][1], "cron");
    assert_eq!(csv[1][3], "position:acme/销售");
    // table: for people, but it shows the events.
    let table = run("table", &[]);
    assert!(
        table.contains("position.edit") && table.contains("cron"),
        "{table}"
    );
    // A prefix object and an actor that did nothing.
    let all: Value =
        serde_json::from_str(&env.run(&w("--json audit --object position:acme/*")).stdout).unwrap();
    assert_eq!(
        all.as_array().unwrap().len(),
        5,
        "2 creates + 3 edits: {all}"
    );
    let none: Value =
        serde_json::from_str(&env.run(&w("--json audit --actor nobody")).stdout).unwrap();
    assert_eq!(none, Value::Array(vec![]));
}
