use super::*;

// ---------------------------------------------------------------------------
// Export for Excel (`--encoding utf-8|utf-8-bom|gb18030`), export column
// names as the listings name them, nothing on stdout before a failure, the
// import progress bar on a terminal
// ---------------------------------------------------------------------------

/// Runs roster; exit code, stdout as bytes, stderr.
fn raw(env: &Env, args: &[&str]) -> (i32, Vec<u8>, String) {
    let out = env.command(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `export` that must succeed: its bytes.
fn export_bytes(env: &Env, args: &[&str]) -> Vec<u8> {
    let (code, out, err) = raw(env, args);
    assert_eq!(code, 0, "roster {args:?}: {err}");
    out
}

const ENCODINGS: [&str; 3] = ["utf-8", "utf-8-bom", "gb18030"];

/// Checks the bytes of an export in `encoding` against the UTF-8 export
/// (`plain`), and returns its text.
fn check_bytes(encoding: &str, bytes: &[u8], plain: &str) -> String {
    let bom = bytes.starts_with(b"\xEF\xBB\xBF");
    match encoding {
        "utf-8" => {
            assert!(!bom, "a BOM in plain UTF-8");
            assert_eq!(std::str::from_utf8(bytes).unwrap(), plain);
        }
        "utf-8-bom" => {
            assert!(bom, "no BOM: {:?}", &bytes[..bytes.len().min(8)]);
            assert_eq!(std::str::from_utf8(&bytes[3..]).unwrap(), plain);
        }
        _ => {
            assert!(!bom, "a UTF-8 BOM in GB18030");
            if !plain.is_ascii() {
                assert!(std::str::from_utf8(bytes).is_err(), "still UTF-8");
            }
            let (text, _, bad) = encoding_rs::GB18030.decode(bytes);
            assert!(!bad, "not GB18030");
            assert_eq!(text, plain);
        }
    }
    plain.to_string()
}

/// The enterprise of `acme_cn` with its three employees (张三 …), an
/// invitation, and an agency with a Chinese name.
fn world() -> Env {
    let env = acme_cn();
    let rp = env.path("r.csv").display().to_string();
    import(
        &env,
        0,
        &o(
            ACME,
            &[
                "import",
                "employees",
                fixture!("employees_utf8.csv"),
                "--agree",
                "--report",
                &rp,
            ],
        ),
    );
    env.ok(&w(
        "--org acme auth invite dy_zhang --modules backend.video --agree --valid-until 2026-12-31",
    ));
    env.ok(&[
        "org",
        "create",
        "agency",
        STAR,
        "--name",
        "星辰传媒",
        "--main-phone",
        STAR_MAIN,
    ]);
    env
}

/// What `import` must rebuild: the listings of every kind.
fn listings(env: &Env) -> Vec<Value> {
    [
        "org list",
        "--org acme position list",
        "--org acme department list",
        "--org acme employee list",
        "--org acme auth list",
    ]
    .iter()
    .map(|l| env.ok(&w(l)))
    .collect()
}

#[test]
fn every_kind_exported_in_every_encoding_rebuilds_a_fresh_database() {
    let env = world();
    let want = listings(&env);
    // The order import needs: orgs, then what they hold.
    let kinds: [(&str, &[&str]); 5] = [
        ("orgs", &[]),
        ("positions", &["--org", ACME]),
        ("departments", &["--org", ACME]),
        ("employees", &["--org", ACME]),
        ("authorizations", &["--org", ACME]),
    ];
    for enc in ENCODINGS {
        let fresh = Env::new();
        for (kind, scope) in kinds {
            let mut args = scope.to_vec();
            args.extend(["--reveal-pii", "export", kind]);
            let plain = String::from_utf8(export_bytes(&env, &args)).unwrap();
            args.extend(["--encoding", enc]);
            let bytes = export_bytes(&env, &args);
            let text = check_bytes(enc, &bytes, &plain);
            if kind != "authorizations" && kind != "orgs" {
                assert!(!text.is_ascii(), "{kind}: no Chinese text to encode");
            }
            let path = fresh.path(&format!("{kind}.{enc}.csv"));
            std::fs::write(&path, &bytes).unwrap();
            let p = path.display().to_string();
            let rp = fresh.path("report.csv").display().to_string();
            let mut imp = scope.to_vec();
            imp.extend(["import", kind, &p]);
            if matches!(kind, "employees" | "authorizations") {
                imp.push("--agree");
            }
            if kind == "employees" {
                imp.extend(["--report", &rp]);
            }
            let v = import(&fresh, 0, &imp);
            let n = u64::try_from(parse_csv(&plain).len() - 1).unwrap();
            assert_counts(&v, n, n, 0, 0, 0);
            assert_eq!(v["ignored_columns"], serde_json::json!([]), "{kind}");
            let said = v["encoding"].as_str().unwrap().to_lowercase();
            let expect = match enc {
                "utf-8-bom" => "utf-8 with bom",
                "gb18030" if !text.is_ascii() => "gb18030",
                _ => "utf-8",
            };
            assert!(said.starts_with(expect), "{kind} {enc}: read as {said}");
        }
        assert_eq!(listings(&fresh), want, "--encoding {enc}");
        // And the export of the rebuilt database is the same file.
        assert_eq!(
            export_bytes(&fresh, &w("--org acme export employees --encoding gb18030")),
            export_bytes(&env, &w("--org acme export employees --encoding gb18030")),
        );
    }
}

#[test]
fn gb18030_export_has_the_bytes_excel_on_chinese_windows_reads() {
    let env = world();
    let bytes = export_bytes(&env, &w("--org acme export positions --encoding gb18030"));
    // 运营 and 销售 in GB18030 (the same bytes as GBK, code page 936).
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(has(b"\xD4\xCB\xD3\xAA"), "运营: {bytes:?}");
    assert!(has(b"\xCF\xFA\xCA\xDB"), "销售: {bytes:?}");
    let bytes = export_bytes(&env, &w("--org acme export employees --encoding gb18030"));
    assert!(has_all(&bytes, &["张三", "销售部/华东", "运营部"]));
    // The default is unchanged: UTF-8 without a BOM.
    assert_eq!(
        export_bytes(&env, &w("--org acme export employees")),
        export_bytes(&env, &w("--org acme export employees --encoding utf-8")),
    );
}

fn has_all(gb: &[u8], words: &[&str]) -> bool {
    words.iter().all(|word| {
        let (needle, _, _) = encoding_rs::GB18030.encode(word);
        gb.windows(needle.len()).any(|w| w == &needle[..])
    })
}

#[test]
fn subaccounts_round_trip_in_every_encoding() {
    // Sub-accounts need codes to be added anew: the export is imported
    // back into its own database, where every row is unchanged.
    let env = star();
    import_star_subaccounts(&env);
    let plain = export(&env, &w("--org star export subaccounts"));
    assert!(plain.contains("运营号"), "{plain}");
    for enc in ENCODINGS {
        let bytes = export_bytes(
            &env,
            &w(&format!("--org star export subaccounts --encoding {enc}")),
        );
        check_bytes(enc, &bytes, &plain);
        let path = env.path(&format!("s.{enc}.csv"));
        std::fs::write(&path, &bytes).unwrap();
        let audit = audit_rows(&env);
        let v = import(
            &env,
            0,
            &o(STAR, &["import", "subaccounts", path.to_str().unwrap()]),
        );
        assert_counts(&v, 2, 0, 0, 2, 0);
        assert_eq!(audit_rows(&env), audit);
    }
}

#[test]
fn encoding_is_for_csv_json_is_always_utf8() {
    let env = world();
    for fmt in ["json", "jsonl"] {
        for enc in ["utf-8-bom", "gb18030"] {
            let (code, out, err) = raw(
                &env,
                &[
                    "--org",
                    ACME,
                    "--format",
                    fmt,
                    "export",
                    "positions",
                    "--encoding",
                    enc,
                ],
            );
            assert_eq!(code, 2, "{fmt} {enc}: {err}");
            assert!(out.is_empty(), "{fmt} {enc}: {out:?}");
            let e: Value = serde_json::from_str(err.trim()).unwrap();
            assert_eq!(e["error"]["code"], "USAGE");
            let msg = e["error"]["message"].as_str().unwrap();
            assert!(msg.contains("--encoding"), "{msg}");
        }
        // utf-8 is what JSON is anyway.
        let out = export_bytes(
            &env,
            &[
                "--org",
                ACME,
                "--format",
                fmt,
                "export",
                "positions",
                "--encoding",
                "utf-8",
            ],
        );
        assert!(std::str::from_utf8(&out).unwrap().contains("运营"));
    }
    // A value that is not one of the three: clap's usage error lists them.
    let (code, out, err) = raw(&env, &w("export positions --encoding latin1"));
    assert_eq!(code, 2);
    assert!(out.is_empty());
    for v in ENCODINGS {
        assert!(err.contains(v), "{v} not in {err}");
    }
}

#[test]
fn a_failed_export_prints_nothing_on_stdout() {
    let env = world();
    // docs/exit-codes.md: not found is exit 3, ORG_NOT_FOUND.
    for extra in [
        &[][..],
        &["--encoding", "utf-8-bom"][..],
        &["--encoding", "gb18030"][..],
    ] {
        for kind in ["orgs", "positions", "employees", "subaccounts"] {
            let mut args = vec!["--org", "nosuch", "export", kind];
            args.extend_from_slice(extra);
            let (code, out, err) = raw(&env, &args);
            assert_eq!(code, 3, "{args:?}: {err}");
            assert!(
                out.is_empty(),
                "{args:?} printed {:?}",
                String::from_utf8_lossy(&out)
            );
            assert!(err.contains("ORG_NOT_FOUND"), "{err}");
        }
    }
    // JSON and JSON Lines: not even the opening bracket.
    for fmt in ["json", "jsonl"] {
        let (code, out, err) = raw(
            &env,
            &["--format", fmt, "--org", "nosuch", "export", "positions"],
        );
        assert_eq!(code, 3, "{err}");
        assert!(out.is_empty(), "{fmt}: {:?}", String::from_utf8_lossy(&out));
        let e: Value = serde_json::from_str(err.trim()).unwrap();
        assert_eq!(e["error"]["code"], "ORG_NOT_FOUND");
    }
    // A malformed handle: exit 5, nothing printed either.
    let (code, out, _) = raw(&env, &w("--org No/Such export positions"));
    assert_eq!(code, 5);
    assert!(out.is_empty());
}

#[test]
fn export_columns_are_named_as_in_the_listings() {
    let env = world();
    // Every column of every kind's export is a field of its listing.
    for (kind, list) in [
        ("orgs", "org list"),
        ("positions", "--org acme position list"),
        ("departments", "--org acme department list"),
        ("employees", "--org acme employee list"),
        ("authorizations", "--org acme auth list"),
    ] {
        let csv = export(&env, &w(&format!("--org acme export {kind}")));
        let header = &parse_csv(&csv)[0];
        let item = env.ok(&w(list))[0].clone();
        let fields = item.as_object().unwrap();
        for c in header {
            assert!(
                fields.contains_key(c),
                "{kind}: export column {c} is not in `{list}`: {item}"
            );
        }
    }
    let star = star();
    import_star_subaccounts(&star);
    let csv = export(&star, &w("--org star export subaccounts"));
    let item = star.ok(&w("--org star subaccount list"))[0].clone();
    for c in &parse_csv(&csv)[0] {
        assert!(item.get(c).is_some(), "subaccounts: {c} not in {item}");
    }
}

#[test]
fn an_export_of_an_earlier_version_still_imports() {
    // Its employees header said `name` and `id_number` (now `holder_name`
    // and `holder_id`, as in `employee list`).
    let env = acme_cn();
    let old = "\
org,email,name,id_number,position,department,proof,proof_note,douyin_id,contact_phone,status
acme,li.si@acme.cn,李四,310115198805122347,运营,运营部,sealed,,,13800138002,reviewing
acme,zhang.san@acme.cn,张三,110105199003071239,销售,销售部/华东,sealed,,,13800138001,reviewing
";
    let path = env.write_file("old.csv", old);
    let rp = env.path("r.csv").display().to_string();
    let v = import(
        &env,
        0,
        &o(
            ACME,
            &["import", "employees", &path, "--agree", "--report", &rp],
        ),
    );
    assert_counts(&v, 2, 2, 0, 0, 0);
    assert_eq!(v["ignored_columns"], serde_json::json!([]));
    let z = employee(&env, "zhang.san@acme.cn");
    assert_eq!(z["holder_name"], "张三");
    assert_eq!(z["holder_id"], ID1);
    // What export writes now, and both imported again: unchanged.
    let now = export(&env, &w("--org acme export employees"));
    assert!(
        now.starts_with("org,email,holder_name,holder_id,position,"),
        "{now}"
    );
    let v = import(
        &env,
        0,
        &o(ACME, &["import", "employees", &path, "--agree"]),
    );
    assert_counts(&v, 2, 0, 0, 2, 0);
    // The report of a landed row masks the identity number in either
    // column name (PII-1).
    let rows = read_report(Path::new(&rp));
    assert!(
        rows[1].iter().any(|c| c == "310***********2347"),
        "{rows:?}"
    );
}

#[test]
fn a_bad_cell_in_the_new_columns_is_named_as_the_file_spells_it() {
    let env = acme_cn();
    let file = env.write_file(
        "e.csv",
        "email,holder_name,holder_id,position,proof,password\na@acme.cn,A,110105199003071238,销售,sealed,Secret-Pass-1\n",
    );
    let v = import(
        &env,
        6,
        &o(ACME, &["import", "employees", &file, "--agree"]),
    );
    assert_eq!(v["errors"][0]["code"], "INVALID_ID_NUMBER");
    assert_eq!(v["errors"][0]["column"], "holder_id");
}

#[test]
fn the_progress_bar_on_a_terminal_counts_rows_and_failures() {
    // `script` (util-linux) gives roster a pseudo-terminal for stderr.
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: no `script` (util-linux) on this machine");
        return;
    }
    let env = acme_cn();
    let mut text = String::from("name,permissions\n");
    for i in 0..3000 {
        // Every 100th row names a permission that does not exist.
        let perm = if i % 100 == 7 {
            "no.such"
        } else {
            "backend.video"
        };
        text.push_str(&format!("岗位{i},{perm}\n"));
    }
    let file = env.write_file("p.csv", &text);
    let line = format!(
        "{} --org acme import positions {file} --batch 100",
        env!("CARGO_BIN_EXE_roster")
    );
    let out = std::process::Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .current_dir(env.dir.path())
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.dir.path())
        .env("XDG_CONFIG_HOME", env.dir.path().join("xdg"))
        .envs(env.db_vars())
        .env("ROSTER_NOW", &env.now)
        .env("ROSTER_ACTOR", "tester")
        .env("TERM", "xterm")
        .output()
        .unwrap();
    // script puts what the terminal saw (stdout and stderr) on its stdout.
    let seen = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(6), "{seen}");
    assert!(seen.contains("importing positions"), "no bar: {seen}");
    assert!(
        seen.contains(" rows, ") && seen.contains(" failed"),
        "no counts: {seen}"
    );
    assert!(seen.contains("rows/s"), "no rate: {seen}");
    assert!(seen.contains("ETA "), "no ETA: {seen}");
    // The final counts are the summary's.
    assert!(seen.contains("3000 rows"), "{seen}");
    assert!(seen.contains("30 failed"), "{seen}");
    // Without a terminal, no bar at all.
    let r = env.run(&o(ACME, &["import", "positions", &file]));
    assert!(!r.stderr.contains("importing positions"), "{}", r.stderr);
}
