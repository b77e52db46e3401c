use serde_json::Value;

use super::*;

// ---------------------------------------------------------------------------
// Re-import: unchanged, updated
// ---------------------------------------------------------------------------

#[test]
fn reimporting_a_landed_file_is_unchanged_and_audits_nothing() {
    let mut env = acme_cn();
    let rp = env.path("r.csv").display().to_string();
    for (kind, file) in [
        ("positions", fixture!("positions.csv")),
        ("departments", fixture!("departments.csv")),
        ("employees", fixture!("employees_gb18030.csv")),
        ("authorizations", fixture!("authorizations.csv")),
    ] {
        let args = o(ACME, &["import", kind, file, "--agree", "--report", &rp]);
        let first = import(&env, 0, &args);
        assert!(first["created"].as_u64().unwrap() > 0, "{first}");
        let audit = audit_rows(&env);
        let fp = env.fingerprint();
        at(&mut env, "2026-02-13T10:00:00+08:00");
        let again = import(&env, 0, &args);
        let n = first["rows"].as_u64().unwrap();
        assert_counts(&again, n, 0, 0, n, 0);
        assert_eq!(
            audit_rows(&env),
            audit,
            "{kind}: a re-import wrote audit rows"
        );
        assert_eq!(
            env.fingerprint(),
            fp,
            "{kind}: a re-import changed the database"
        );
        at(&mut env, NOW);
    }
}

#[test]
fn a_changed_position_row_is_updated() {
    let mut env = acme_cn();
    import(
        &env,
        0,
        &o(ACME, &["import", "positions", fixture!("positions.csv")]),
    );
    at(&mut env, "2026-02-13T10:00:00+08:00");
    let file = env.write_file(
        "p.csv",
        " NAME ,Permissions,Description\n\
         Sales,backend.video;backend.live,sells\n\
         Support,backend.messages,answers messages\n\
         Lead,backend.video、backend.data_center、backend.home,leads\n",
    );
    let v = import(&env, 0, &o(ACME, &["import", "positions", &file]));
    assert_counts(&v, 3, 0, 2, 1, 0);
    let p = env.ok(&w("--org acme position show Support"));
    assert_eq!(strings(&p["permissions"]), ["backend.messages"]);
    assert_eq!(
        env.ok(&w("--org acme position show Lead"))["description"],
        "leads"
    );
    let edits = env.audit(&["--action", "position.edit"]);
    assert_eq!(edits.len(), 2, "{edits:?}");
    assert!(edits.iter().all(|e| e["at"] == "2026-02-13T02:00:00Z"));
}

#[test]
fn authorization_cells_split_on_every_separator_and_changes_are_updates() {
    let mut env = Env::new();
    env.enterprise(ACME);
    env.ok(&w("org verify acme"));
    let v = import(
        &env,
        0,
        &o(
            ACME,
            &[
                "import",
                "authorizations",
                fixture!("authorizations.csv"),
                "--agree",
            ],
        ),
    );
    assert_counts(&v, 4, 4, 0, 0, 0);
    let show = |env: &Env, id: &str| env.ok(&["--org", ACME, "auth", "show", id]);
    // 、
    let a = show(&env, "dy_alpha");
    assert_eq!(strings(&a["modules"]), ["backend.live", "backend.video"]);
    assert_eq!(a["status"], "invited");
    // 有效期 2026-12-31: the end of that day in Asia/Shanghai.
    assert_eq!(a["valid_until"], "2026-12-31T15:59:59Z");
    // ;
    assert_eq!(
        strings(&show(&env, "dy_beta")["modules"]),
        ["backend.data_center", "backend.video"]
    );
    // a quoted cell with commas (and spaces)
    assert_eq!(
        strings(&show(&env, "dy_gamma")["modules"]),
        ["backend.live", "backend.messages", "backend.video"]
    );
    // |
    assert_eq!(
        strings(&show(&env, "dy_delta")["modules"]),
        ["backend.users", "backend.video"]
    );
    assert_eq!(show(&env, "dy_delta")["valid_until"], Value::Null);

    // Other modules for an existing live binding: updated (auth.modify).
    env.ok(&w(
        "--org acme auth accept dy_beta --name Li --id-number 110105199003071239",
    ));
    env.ok(&w("--org acme auth review dy_beta --approve"));
    at(&mut env, "2026-02-13T10:00:00+08:00");
    let file = env.write_file(
        "a.csv",
        "抖音号,授权模块,有效期\n\
         dy_alpha,backend.video、backend.live,2026-12-31\n\
         dy_beta,backend.messages,\n",
    );
    let v = import(
        &env,
        0,
        &o(ACME, &["import", "authorizations", &file, "--agree"]),
    );
    assert_counts(&v, 2, 0, 1, 1, 0);
    let b = show(&env, "dy_beta");
    assert_eq!(strings(&b["modules"]), ["backend.messages"]);
    assert_eq!(b["status"], "active");
    let m = env.audit(&["--action", "auth.modify"]);
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0]["object"], "douyin:dy_beta");
}

#[test]
fn authorizations_without_agree_are_refused_before_any_row() {
    let env = Env::new();
    env.enterprise(ACME);
    env.ok(&w("org verify acme"));
    let rp = env.path("r.csv");
    let rps = rp.to_str().unwrap().to_string();
    let e = env.fail(
        5,
        &o(
            ACME,
            &[
                "import",
                "authorizations",
                fixture!("authorizations.csv"),
                "--report",
                &rps,
            ],
        ),
    );
    assert_eq!(e["code"], "AGREEMENT_REQUIRED", "{e}");
    assert_eq!(e["rule"], "PA-1", "{e}");
    assert!(!rp.exists(), "refused before any row: no report");
}

// ---------------------------------------------------------------------------
// orgs: create + verify + level + tools in one row
// ---------------------------------------------------------------------------

#[test]
fn orgs_rows_create_verify_level_and_grant_tools() {
    let mut env = Env::new();
    let v = import(&env, 0, &["import", "orgs", fixture!("orgs.csv")]);
    assert_counts(&v, 4, 4, 0, 0, 0);
    let acme = env.ok(&w("org show acme"));
    assert_eq!(acme["kind"], "enterprise");
    assert_eq!(acme["verified"], true);
    assert_eq!(acme["level"], "gold");
    assert_eq!(acme["quota_limit"], 50);
    assert_eq!(strings(&acme["tools"]), ["live.card", "video.booking"]);
    // Full-width digits and letters folded in the credit code and the id.
    let beta = env.ok(&w("--reveal-pii org show beta"));
    assert_eq!(beta["uscc"], USCC_B);
    assert_eq!(beta["legal_rep_id"], ID8);
    assert_eq!(beta["verified"], true, "是 is yes");
    assert_eq!(beta["level"], "silver");
    assert_eq!(strings(&beta["tools"]), Vec::<&str>::new());
    let star = env.ok(&w("org show star"));
    assert_eq!(star["kind"], "agency");
    assert_eq!(star["main_phone"], STAR_MAIN);
    let shop = env.ok(&w("org show acme-shop"));
    assert_eq!(shop["shop_type"], "flagship");
    assert_eq!(shop["subject"], "91310000MA1FL8XK0Q");
    assert_eq!(env.audit_count("org.create"), 4);
    assert_eq!(env.audit_count("org.verify"), 2);

    // Again: unchanged, no audit.
    let audit = audit_rows(&env);
    at(&mut env, "2026-02-13T10:00:00+08:00");
    let v = import(&env, 0, &["import", "orgs", fixture!("orgs.csv")]);
    assert_counts(&v, 4, 0, 0, 4, 0);
    assert_eq!(audit_rows(&env), audit);

    // A new level and another set of tools: updated.
    let file = env.write_file(
        "o.csv",
        "kind,handle,name,uscc,legal_rep_name,legal_rep_id,verified,level,tools\n\
         enterprise,acme,Acme Ltd,91350100M000100Y43,Li Lei,510107199201014566,true,gold,video.booking|home.profile_card\n\
         enterprise,beta,Beta Ltd,9144030071526726XG,Han Mei,320505199602298903,true,platinum-1,\n",
    );
    let v = import(&env, 0, &["import", "orgs", &file]);
    assert_counts(&v, 2, 0, 2, 0, 0);
    assert_eq!(
        strings(&env.ok(&w("org show acme"))["tools"]),
        ["home.profile_card", "video.booking"]
    );
    assert_eq!(env.ok(&w("org show beta"))["level"], "platinum-1");

    // verified/level/tools on an agency: the row fails.
    let file = env.write_file(
        "a.csv",
        "kind,handle,name,main_phone,verified\nagency,moon,Moon MCN,13900000002,true\n",
    );
    let v = import(&env, 6, &["import", "orgs", &file]);
    assert_counts(&v, 1, 0, 0, 0, 1);
    assert_eq!(env.run(&w("org show moon")).code, 3);
}
