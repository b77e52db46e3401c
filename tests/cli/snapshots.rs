//! The contract in review: insta snapshots of every `--help` (the whole
//! clap tree, walked, so a new command gets one) and of one JSON document
//! per view, produced by the real binary with a fixed clock in a temp dir
//! (ARCHITECTURE.md, Tests). A changed field name, flag or help text shows
//! as a changed `.snap` file in the diff.
//!
//! Update after an intended change (see README, "Snapshots"):
//! `INSTA_UPDATE=always cargo test --test cli snapshots`, then review
//! `git diff tests/cli/snapshots`.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::process::{Command, Stdio};

use clap::CommandFactory;
use serde_json::Value;

use crate::harness::{Env, ID_A, ID_B, NOW, USCC_B, w};

/// Collects snapshot mismatches instead of stopping at the first, so one
/// run shows (and with `INSTA_UPDATE` writes) every changed snapshot.
struct Snaps {
    path: &'static str,
    checked: Vec<String>,
    failed: Vec<String>,
}

impl Snaps {
    fn new(path: &'static str) -> Snaps {
        Snaps {
            path,
            checked: Vec::new(),
            failed: Vec::new(),
        }
    }

    /// Compares `text` with the snapshot `name`; `command` is written into
    /// the snapshot's header for the reviewer.
    fn check(&mut self, name: &str, command: &str, text: &str) {
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(self.path);
        settings.set_prepend_module_to_snapshot(false);
        settings.set_omit_expression(true);
        settings.set_description(command);
        self.checked.push(format!("{name}.snap"));
        let result = catch_unwind(AssertUnwindSafe(|| {
            settings.bind(|| insta::assert_snapshot!(name.to_string(), text));
        }));
        if result.is_err() {
            self.failed.push(name.to_string());
        }
    }

    /// Fails on any mismatch, and on a snapshot file that no check used
    /// (a command or view that is gone: delete its file).
    fn finish(self) {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/cli")
            .join(self.path);
        let mut orphans: Vec<String> = std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|f| f.ends_with(".snap") && !self.checked.contains(f))
            .collect();
        orphans.sort();
        assert!(
            self.failed.is_empty(),
            "snapshots differ: {:?}\n(intended? INSTA_UPDATE=always cargo test --test cli snapshots, then review the diff)",
            self.failed
        );
        assert!(
            orphans.is_empty(),
            "snapshots no test checks any more (delete them): {orphans:?} in {}",
            dir.display()
        );
    }
}

// ---------------------------------------------------------------------------
// --help of every command
// ---------------------------------------------------------------------------

/// Every command path of the clap tree: `[]` (roster itself), every group
/// and every leaf. clap's generated `help` subcommands are not ours.
pub(crate) fn command_paths(cmd: &clap::Command, prefix: &[String], out: &mut Vec<Vec<String>>) {
    out.push(prefix.to_vec());
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        let mut path = prefix.to_vec();
        path.push(sub.get_name().to_string());
        command_paths(sub, &path, out);
    }
}

#[test]
fn help_of_every_command() {
    let mut paths = Vec::new();
    command_paths(&roster::cli::Cli::command(), &[], &mut paths);
    assert!(
        paths.len() > 50,
        "the tree walk found {} commands",
        paths.len()
    );
    let home = tempfile::tempdir().unwrap();
    let mut snaps = Snaps::new("snapshots/help");
    for path in &paths {
        // No ROSTER_* variable: clap prints the value of a set `env` in
        // the help, which would make it depend on the caller.
        let out = Command::new(env!("CARGO_BIN_EXE_roster"))
            .args(path)
            .arg("--help")
            .current_dir(home.path())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", home.path())
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let line = format!("roster {} --help", path.join(" ")).replace("  ", " ");
        assert_eq!(out.status.code(), Some(0), "{line}");
        assert!(out.stderr.is_empty(), "{line}: {:?}", out.stderr);
        let name = std::iter::once("roster")
            .chain(path.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join("-");
        snaps.check(&name, &line, &String::from_utf8(out.stdout).unwrap());
    }
    snaps.finish();
}

// ---------------------------------------------------------------------------
// One JSON document per view
// ---------------------------------------------------------------------------

/// A roster in a temp dir whose JSON answers are snapshotted: the temp dir
/// is masked as `[TMP]`, secrets shown once as `[REDACTED]`.
struct Views {
    env: Env,
    snaps: Snaps,
}

impl Views {
    /// `roster --json ARGS` must exit `code`; its stdout is snapshotted as
    /// `name`, with the string values at `secrets` (JSON pointers) masked.
    /// Returns the parsed (unmasked) document.
    fn doc(&mut self, name: &str, code: i32, args: &[&str], secrets: &[&str]) -> Value {
        let (line, r) = self.run(args);
        assert_eq!(
            r.code, code,
            "{line}\nstdout: {}\nstderr: {}",
            r.stdout, r.stderr
        );
        let v: Value = if args.contains(&"--format") {
            Value::Null
        } else {
            r.json()
        };
        let mut text = self.mask(&r.stdout);
        for p in secrets {
            let s = v
                .pointer(p)
                .and_then(Value::as_str)
                .unwrap_or_else(|| panic!("{line}: no string at {p}: {v}"));
            text = text.replace(&format!("\"{s}\""), "\"[REDACTED]\"");
        }
        self.snaps.check(name, &line, &text);
        v
    }

    /// The error envelope `roster --json ARGS` prints on stderr, exit `code`.
    fn envelope(&mut self, name: &str, code: i32, args: &[&str]) {
        let (line, r) = self.run(args);
        assert_eq!(r.code, code, "{line}\nstderr: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{line}: {}", r.stdout);
        let text = self.mask(&r.stderr);
        self.snaps.check(name, &line, &text);
    }

    /// A step whose answer is not snapshotted (it sets the scene).
    fn ok(&self, args: &[&str]) -> Value {
        self.env.ok(args)
    }

    fn run(&self, args: &[&str]) -> (String, crate::harness::Run) {
        let mut a = if args.contains(&"--format") {
            vec![]
        } else {
            vec!["--json"]
        };
        a.extend_from_slice(args);
        let shown: Vec<String> = a
            .iter()
            .map(|s| {
                if s.contains(' ') {
                    format!("'{s}'")
                } else {
                    self.mask(s)
                }
            })
            .collect();
        (format!("roster {}", shown.join(" ")), self.env.run(&a))
    }

    fn mask(&self, text: &str) -> String {
        let dir = self.env.dir.path();
        let mut text = text.to_string();
        if let Ok(real) = dir.canonicalize() {
            text = text.replace(&real.display().to_string(), "[TMP]");
        }
        text.replace(&dir.display().to_string(), "[TMP]")
            .replace(env!("CARGO_MANIFEST_DIR"), "[REPO]")
    }

    /// A sub-account of `org` added with a fresh one-time code.
    fn subaccount(&self, org: &str, phone: &str, name: &str, position: &str, im: &[&str]) {
        let code = self.ok(&["--org", org, "code", "issue", "--phone", phone]);
        let code = code["code"].as_str().unwrap().to_string();
        let mut a = vec![
            "--org",
            org,
            "subaccount",
            "add",
            "--phone",
            phone,
            "--code",
            &code,
            "--name",
            name,
            "--position",
            position,
        ];
        a.extend_from_slice(im);
        self.ok(&a);
    }
}

#[test]
fn one_json_document_per_view() {
    let mut v = Views {
        env: Env::new(),
        snaps: Snaps::new("snapshots/views"),
    };
    assert_eq!(v.env.now, NOW);

    // An enterprise, its positions and departments.
    v.doc(
        "org",
        0,
        &[
            "org",
            "create",
            "enterprise",
            "acme",
            "--name",
            "Acme Ltd",
            "--uscc",
            "91350100M000100Y43",
            "--legal-rep-name",
            "Li Lei",
            "--legal-rep-id",
            ID_A,
        ],
        &[],
    );
    v.ok(&w("org verify acme"));
    v.doc(
        "position",
        0,
        &[
            "--org",
            "acme",
            "position",
            "create",
            "Sales",
            "--perm",
            "backend.video,backend.live",
            "--description",
            "Front line",
        ],
        &[],
    );
    v.ok(&w("--org acme department create Sales"));
    v.doc(
        "department",
        0,
        &w("--org acme department create Sales/East"),
        &[],
    );
    v.doc("org_list", 0, &w("org list"), &[]);

    // An employee account (EA-1): the generated password is shown once.
    v.doc(
        "employee",
        0,
        &[
            "--org",
            "acme",
            "employee",
            "apply",
            "li@acme.cn",
            "--name",
            "Li Lei",
            "--id-number",
            ID_B,
            "--position",
            "Sales",
            "--department",
            "Sales/East",
            "--proof",
            "sealed",
            "--agree",
        ],
        &["/initial_password"],
    );
    v.doc(
        "employee_history",
        0,
        &w("employee history li@acme.cn"),
        &[],
    );
    v.doc(
        "employee_check",
        0,
        &w("employee check li@acme.cn showcase --public-videos 3 --followers 10"),
        &[],
    );

    // Authorised personal accounts (PA-1): a batch verb answers rows.
    v.doc(
        "auth_invite",
        0,
        &w("--org acme auth invite dy_lilei --modules backend.video --agree --valid-until 2026-12-31"),
        &[],
    );
    v.doc(
        "auth_invite_rows",
        0,
        &w("--org acme auth invite dy_wang dy_zhao --modules backend.video --agree"),
        &[],
    );
    v.doc("authorization", 0, &w("auth show dy_lilei"), &[]);

    // Identity: penalties and the creator-marketplace identity.
    v.ok(&[
        "identity",
        "penalize",
        ID_A,
        "--kind",
        "ban",
        "--until",
        "2026-12-31",
    ]);
    v.doc("identity", 0, &["identity", "show", ID_A], &[]);
    v.doc("xingtu", 0, &w("identity xingtu dy_star --on"), &[]);

    // A shop and its official-account upgrade (UP-1), with the quota (UP-4).
    v.ok(&[
        "org",
        "create",
        "shop",
        "acme-shop",
        "--name",
        "Acme Flagship",
        "--shop-type",
        "flagship",
        "--subject",
        USCC_B,
        "--main-phone",
        "13900000000",
    ]);
    v.doc(
        "upgrade",
        0,
        &[
            "upgrade",
            "start",
            "dy_acme",
            "--shop",
            "acme-shop",
            "--holder-name",
            "Li Lei",
            "--holder-id",
            ID_A,
            "--holder-phone",
            "13800138000",
        ],
        &[],
    );
    v.doc("upgrade_quota", 0, &["upgrade", "quota", USCC_B], &[]);

    // Agency sub-accounts (AG-1) with a one-time code (VC-1).
    v.ok(&w(
        "org create agency starlight --name Starlight --main-phone 13800000000",
    ));
    v.ok(&w(
        "--org starlight position create 运营 --perm agency.tasks,agency.orders",
    ));
    let code = v.doc(
        "code",
        0,
        &w("--org starlight code issue --phone 13600000001"),
        &["/code"],
    );
    v.doc(
        "subaccount",
        0,
        &[
            "--org",
            "starlight",
            "subaccount",
            "add",
            "--phone",
            "13600000001",
            "--code",
            code["code"].as_str().unwrap(),
            "--name",
            "张伟",
            "--position",
            "运营",
        ],
        &[],
    );
    v.subaccount("starlight", "13600000002", "李娜", "运营", &[]);
    v.subaccount("starlight", "13600000003", "王芳", "运营", &[]);
    v.doc(
        "subaccount_disable",
        0,
        &w("--org starlight subaccount disable 13600000002"),
        &[],
    );
    // Several keys answer one row each: one already so (unchanged), one
    // changed, one not there (failed, so the exit is 6).
    v.doc(
        "subaccount_disable_rows",
        6,
        &w("--org starlight subaccount disable 13600000002 13600000003 13600000009"),
        &[],
    );

    // Access (POS-4): who holds a permission, and every pair in force.
    v.doc(
        "access_check",
        0,
        &w("access check 13600000001 agency.tasks"),
        &[],
    );
    v.doc("access_list", 0, &w("--org starlight access list"), &[]);

    // Customer-service routing of the shop (SH-4).
    v.ok(&w(
        "--org acme-shop position create 客服 --perm shop.customer_service",
    ));
    v.subaccount("acme-shop", "13700000001", "小星", "客服", &["--im", "on"]);
    v.doc(
        "cs_group",
        0,
        &w("--org acme-shop cs group create 售前 --pages 商品详情页"),
        &[],
    );
    v.doc(
        "cs_member",
        0,
        &w("--org acme-shop cs member add 售前 13700000001 --weight 3"),
        &[],
    );
    v.ok(&w("--org acme-shop cs online 13700000001 on"));
    v.doc(
        "cs_route",
        0,
        &w("--org acme-shop cs route 商品详情页"),
        &[],
    );

    // The audit log (AU-1) of one object.
    v.doc("audit", 0, &w("audit --object org:acme"), &[]);

    // Import (one bad row) and export.
    let file = v.env.write_file(
        "positions.csv",
        "name,permissions,description\nSupport,backend.video,Helpdesk\nBad,no.such.code,\n",
    );
    v.doc(
        "import_result",
        6,
        &["--org", "acme", "import", "positions", &file],
        &[],
    );
    v.doc("import_columns", 0, &w("import departments --columns"), &[]);
    v.doc(
        "export_jsonl",
        0,
        &w("--org acme --format jsonl export employees"),
        &[],
    );

    // The calendar and the configuration in force.
    v.doc("calendar", 0, &w("calendar"), &[]);
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs/calendar-example.json")
        .display()
        .to_string();
    v.doc("calendar_check", 0, &["calendar", "check", &example], &[]);
    v.doc("config", 0, &w("config show"), &[]);

    // What falls due in the week ahead: the invitations' 48 hours (PA-2)
    // and, exactly at the window's end, the pending upgrade's 7 days (UP-6).
    v.doc("due", 0, &w("due --within 7d"), &[]);

    // Two days on, the sweep ends the invitation nobody answered (PA-2).
    v.env.now = "2026-02-15T09:00:00+08:00".to_string();
    v.doc("sweep", 0, &w("sweep"), &[]);

    // Errors: not found, and a refusal with its rule.
    v.envelope("error_not_found", 3, &w("org show nope"));
    v.envelope("error_refused", 4, &w("auth unbind dy_lilei"));

    // A rule and an error code explained, from the text of docs/.
    v.doc("explain_rule", 0, &w("explain EN-4"), &[]);
    v.doc("explain_error", 0, &w("explain QUOTA_EXCEEDED"), &[]);

    v.snaps.finish();
}
