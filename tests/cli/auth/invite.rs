use super::*;

// ---------------------------------------------------------------------------
// PA-1: invite
// ---------------------------------------------------------------------------

#[test]
fn pa1_invite_lands_invited_with_the_contract_fields() {
    let env = acme();
    let v = env.ok1(&a(&[
        "invite",
        "dy_lilei",
        "--modules",
        "backend.video,backend.live",
        "--agree",
    ]));
    assert_auth_fields(&v);
    assert_eq!(v["org"], ORG);
    assert_eq!(v["douyin_id"], "dy_lilei");
    assert_eq!(v["status"], "invited");
    assert_eq!(
        v["modules"],
        serde_json::json!(["backend.live", "backend.video"])
    );
    assert_eq!(v["valid_until"], Value::Null);
    assert_eq!(v["invite_expires_at"], DEADLINE_UTC);
    assert_eq!(v["invited_at"], NOW_UTC);
    assert_eq!(env.audit_count("auth.invite"), 1);
    let ev = &env.audit(&["--action", "auth.invite"])[0];
    assert_eq!(ev["actor"], "tester");
    assert_eq!(ev["object"], "douyin:dy_lilei");
    assert_eq!(ev["after"]["status"], "invited");
    // The listing carries the same fields.
    let list = env.ok(&a(&["list"]));
    assert_auth_fields(&list[0]);
    assert_eq!(ids(&list), ["dy_lilei"]);
}

#[test]
fn pa1_invite_without_agree_is_a_usage_error() {
    let env = acme();
    // --agree is a required flag: exit 2, before any id.
    let err = env.fail(2, &a(&w("invite dy_lilei --modules backend.video")));
    assert_eq!(err["code"], "USAGE", "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("--agree"),
        "{err}"
    );
    assert!(env.ok(&a(&["list"])).as_array().unwrap().is_empty());
}

#[test]
fn pa1_invite_without_modules_is_invalid() {
    let env = acme();
    let err = env.fail(5, &a(&["invite", "dy_lilei", "--modules", "", "--agree"]));
    assert_eq!(err["code"], "MISSING_FIELD", "{err}");
    assert_eq!(err["rule"], "PA-1", "{err}");
    env.fail(
        5,
        &a(&["invite", "dy_lilei", "--modules", " , ", "--agree"]),
    );
    // Without the flag at all: clap's usage error.
    let r = env.run(&a(&w("invite dy_lilei --agree")));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.is_empty());
}

#[test]
fn pa1_unknown_module_is_unknown_permission() {
    let env = acme();
    let err = env.fail(5, &a(&w("invite dy_lilei --modules backend.nope --agree")));
    assert_eq!(err["code"], "UNKNOWN_PERMISSION", "{err}");
    // An agency code is not an enterprise module: invalid input, not a rule.
    let err = env.fail(5, &a(&w("invite dy_lilei --modules agency.tasks --agree")));
    assert_eq!(err["code"], "UNKNOWN_PERMISSION", "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("backend.video"),
        "the refusal lists the valid codes: {err}"
    );
    let err = env.fail(5, &a(&w("invite dy_lilei --modules shop.orders --agree")));
    assert_eq!(err["code"], "UNKNOWN_PERMISSION", "{err}");
}

#[test]
fn en5_invite_with_a_tool_the_enterprise_does_not_hold_is_refused() {
    let env = acme();
    let err = env.fail(
        4,
        &a(&w(
            "invite dy_lilei --modules backend.video,video.booking --agree",
        )),
    );
    assert_err(&err, "TOOL_NOT_HELD", "EN-5");
    assert_eq!(
        err["details"]["missing"],
        serde_json::json!(["video.booking"])
    );
    env.ok(&w("org tools acme --grant video.booking"));
    let v = env.ok1(&a(&w(
        "invite dy_lilei --modules backend.video,video.booking --agree",
    )));
    let mut got: Vec<&str> = v["modules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    got.sort_unstable();
    assert_eq!(got, ["backend.video", "video.booking"]);
}

#[test]
fn pa1_valid_until_bare_date_is_the_end_of_that_day_in_shanghai() {
    let env = acme();
    let v = env.ok1(&a(&w(
        "invite dy_a --modules backend.video --agree --valid-until 2026-03-01",
    )));
    assert_eq!(v["valid_until"], "2026-03-01T15:59:59Z");
    // An RFC 3339 instant with an offset is shown in UTC (TM-1).
    let v = env.ok1(&a(&w(
        "invite dy_b --modules backend.video --agree --valid-until 2026-03-01T12:30:00+08:00",
    )));
    assert_eq!(v["valid_until"], "2026-03-01T04:30:00Z");
    assert_eq!(show(&env, "dy_a")["valid_until"], "2026-03-01T15:59:59Z");
}

#[test]
fn pa1_past_valid_until_is_invalid() {
    let env = acme();
    for until in ["2026-02-12", NOW, "2026-02-13T00:59:59Z"] {
        let err = env.fail(
            5,
            &a(&[
                "invite",
                "dy_a",
                "--modules",
                "backend.video",
                "--agree",
                "--valid-until",
                until,
            ]),
        );
        assert_eq!(err["code"], "INVALID_INSTANT", "{until}: {err}");
    }
    // Today's date still has hours left: the end of it is in the future.
    let v = env.ok1(&a(&w(
        "invite dy_a --modules backend.video --agree --valid-until 2026-02-13",
    )));
    assert_eq!(v["valid_until"], "2026-02-13T15:59:59Z");
    let err = env.fail(
        5,
        &a(&w(
            "invite dy_b --modules backend.video --agree --valid-until tomorrow",
        )),
    );
    assert_eq!(err["code"], "INVALID_INSTANT", "{err}");
}

#[test]
fn en2_unverified_enterprise_cannot_invite() {
    let env = Env::new();
    env.enterprise(ORG);
    let err = env.fail_row(&a(&w("invite dy_a --modules backend.video --agree")));
    assert_err(&err, "ENTERPRISE_NOT_VERIFIED", "EN-2");
    env.ok(&w("org verify acme"));
    invite(&env, "dy_a");
}

#[test]
fn pa1_invite_on_an_agency_is_not_an_enterprise() {
    let env = Env::new();
    env.agency("star", "13800138001");
    let err = env.fail(
        4,
        &auth_in("star", &w("invite dy_a --modules backend.video --agree")),
    );
    assert_eq!(err["code"], "NOT_AN_ENTERPRISE", "{err}");
    let err = env.fail(4, &auth_in("star", &["list"]));
    assert_eq!(err["code"], "NOT_AN_ENTERPRISE", "{err}");
    let err = env.fail(
        3,
        &auth_in("nope", &w("invite dy_a --modules backend.video --agree")),
    );
    assert_eq!(err["code"], "ORG_NOT_FOUND", "{err}");
}

#[test]
fn pa1_douyin_id_is_case_folded_and_bounded() {
    let env = acme();
    let v = invite(&env, "DY_Case.1");
    assert_eq!(v["douyin_id"], "dy_case.1");
    assert_eq!(show(&env, "DY_CASE.1")["douyin_id"], "dy_case.1");
    for bad in [
        "a",
        "abcdefghijabcdefghijabcdefghijk",
        "dy-a",
        "dy a",
        "抖音",
    ] {
        let err = env.fail_row(&a(&[
            "invite",
            bad,
            "--modules",
            "backend.video",
            "--agree",
        ]));
        assert_eq!(err["code"], "INVALID_DOUYIN_ID", "{bad}: {err}");
    }
    let thirty = "abcdefghijabcdefghijabcdefghij";
    assert_eq!(invite(&env, thirty)["douyin_id"], thirty);
    assert_eq!(invite(&env, "ab")["douyin_id"], "ab");
}

// ---------------------------------------------------------------------------
// PA-1: batches
// ---------------------------------------------------------------------------

#[test]
fn pa1_batch_with_one_invalid_id_reports_every_row_and_exits_6() {
    let env = acme();
    let r = run_json(
        &env,
        &a(&w(
            "invite dy_one Bad! DY_Three --modules backend.video --agree",
        )),
        None,
    );
    assert_eq!(r.code, 6, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    let rows = r.json();
    assert_eq!(rows.as_array().unwrap().len(), 3, "{rows}");
    let one = row(&rows, "dy_one");
    assert_eq!(one["result"], "created");
    assert_eq!(one["status"], "invited");
    assert_eq!(one["error_code"], Value::Null);
    let bad = row(&rows, "Bad!");
    assert_eq!(bad["result"], "failed");
    assert_eq!(bad["error_code"], "INVALID_DOUYIN_ID");
    assert!(bad["error_message"].as_str().is_some_and(|m| !m.is_empty()));
    assert_eq!(row(&rows, "dy_three")["result"], "created");
    // The summary is on stderr; the valid ids landed.
    assert_eq!(r.error()["code"], "PARTIAL_FAILURE");
    assert_eq!(ids(&env.ok(&a(&["list"]))), ["dy_one", "dy_three"]);
    assert_eq!(env.audit_count("auth.invite"), 2);
}

#[test]
fn pa1_batch_reads_ids_from_stdin_skipping_blanks_and_comments() {
    let env = acme();
    let stdin =
        "\u{feff}dy_one\r\n\n# a comment\n   DY_TWO  \r\n\n  # indented comment\ndy_three\n";
    let r = run_json(
        &env,
        &a(&w("invite - --modules backend.video --agree")),
        Some(stdin),
    );
    assert_eq!(r.code, 0, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    let rows = r.json();
    assert_eq!(ids(&rows), ["dy_one", "dy_two", "dy_three"]);
    for r in rows.as_array().unwrap() {
        assert_eq!(r["result"], "created", "{r}");
    }
    assert_eq!(
        env.ok(&a(&w("list --status invited")))
            .as_array()
            .unwrap()
            .len(),
        3
    );
}

#[test]
fn pa1_one_id_is_a_batch_of_one_row_whatever_it_comes_from() {
    let env = acme();
    // As an argument: one failed row, exit 6 (issue 12: one JSON shape).
    let err = env.fail_row(&a(&w("invite Bad! --modules backend.video --agree")));
    assert_eq!(err["code"], "INVALID_DOUYIN_ID", "{err}");
    env.ok(&w("identity xingtu dy_star --on"));
    let err = env.fail_row(&a(&w("invite dy_star --modules backend.video --agree")));
    assert_err(&err, "XINGTU_EXCLUSIVE", "PA-8");
    // As the only line on stdin: the same.
    let before = env.fingerprint();
    let r = run_json(
        &env,
        &a(&w("invite - --modules backend.video --agree")),
        Some("# one\ndy_star\n"),
    );
    assert_eq!(r.code, 6, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    assert_eq!(r.json()[0]["error"]["code"], "XINGTU_EXCLUSIVE");
    assert_eq!(r.error()["code"], "PARTIAL_FAILURE");
    assert_eq!(before, env.fingerprint());
    // One good id alone: an array of one row.
    let r = run_json(
        &env,
        &a(&w("invite - --modules backend.video --agree")),
        Some("dy_good\n"),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.json()[0]["douyin_id"], "dy_good");
    assert_eq!(r.json()[0]["result"], "created");
}

#[test]
fn pa1_batch_checks_shared_flags_before_any_id() {
    let env = acme();
    let before = env.fingerprint();
    for (args, code) in [
        (
            "invite dy_a dy_b --modules backend.bogus --agree",
            "UNKNOWN_PERMISSION",
        ),
        (
            "invite dy_a dy_b --modules backend.video --agree --valid-until 2020-01-01",
            "INVALID_INSTANT",
        ),
    ] {
        let r = run_json(&env, &a(&w(args)), None);
        assert_eq!(r.code, 5, "{args}: {}", r.stderr);
        assert!(r.stdout.trim().is_empty(), "{args}: {}", r.stdout);
        assert_eq!(r.error()["code"], code, "{args}");
    }
    assert_eq!(before, env.fingerprint());
}

#[test]
fn pa1_reinviting_identical_ids_is_unchanged_without_audit() {
    let mut later = acme();
    later.ok(&a(&w(
        "invite dy_one dy_two --modules backend.video,backend.live --agree --valid-until 2026-03-01",
    )));
    let audits = later.audit(&[]).len();
    let before = later.fingerprint();
    at(&mut later, "2026-02-13T10:00:00+08:00");
    // The same ids, the modules in another order, the date as an instant.
    let rows = later.ok(&a(&w(
        "invite dy_one dy_two --modules backend.live,backend.video --agree --valid-until 2026-03-01T15:59:59Z",
    )));
    for r in rows.as_array().unwrap() {
        assert_eq!(r["result"], "unchanged", "{r}");
        assert_eq!(r["invite_expires_at"], DEADLINE_UTC, "{r}");
    }
    assert_eq!(later.audit(&[]).len(), audits);
    assert_eq!(before, later.fingerprint());
    // One id alone: exit 0 and the invitation as it was.
    let v = later.ok1(&a(&w(
        "invite dy_one --modules backend.video,backend.live --agree --valid-until 2026-03-01",
    )));
    assert_eq!(v["status"], "invited");
    assert_eq!(before, later.fingerprint());
}

/// A batch naming an id twice invites it once.
#[test]
fn pa1_batch_naming_an_id_twice_invites_it_once() {
    let env = acme();
    let rows = env.ok(&a(&w(
        "invite dy_a DY_A dy_a --modules backend.video --agree",
    )));
    let results: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["result"].as_str().unwrap())
        .collect();
    assert_eq!(results, ["created", "unchanged", "unchanged"]);
    assert_eq!(env.audit_count("auth.invite"), 1);
    assert_eq!(quota_used(&env), 1);
}

#[test]
fn pa1_batch_mixing_dash_and_ids_drops_no_id() {
    let env = acme();
    let r = run_json(
        &env,
        &a(&w("invite dy_arg - --modules backend.video --agree")),
        Some("dy_stdin\n"),
    );
    let listed = env.ok(&a(&["list"]));
    let landed = ids(&listed);
    if r.code == 0 {
        assert!(
            landed.contains(&"dy_arg") && landed.contains(&"dy_stdin"),
            "exit 0 but not every id was invited: {landed:?}\nstdout: {}",
            r.stdout
        );
    } else {
        // Refusing the mix is fine too, as long as nothing half-landed.
        assert!(landed.is_empty(), "refused but landed {landed:?}");
    }
}
