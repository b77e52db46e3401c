//! Issue 12, "Scripts": what shell scripts, CI jobs and cron rely on — one
//! JSON shape per command, closed pipes, JSON usage errors, exit statuses
//! that answer, idempotent retries, one instant syntax, the actor under
//! cron.

use std::process::Stdio;

use serde_json::Value;

use crate::harness::*;

/// Runs `args` with a stdout whose reader has already gone: every output
/// path must end quietly, exit 0, whatever it writes.
fn into_closed_pipe(env: &Env, args: &[&str]) {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = env
        .command(args)
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    assert!(stderr.is_empty(), "{args:?}: {stderr}");
}

#[test]
fn a_closed_pipe_ends_quietly_on_every_output_path() {
    let env = Env::new();
    env.agency("star", "13900000001");
    let mut text = String::from("name,permissions\n");
    for i in 0..200 {
        text.push_str(&format!("P{i:04},agency.data\n"));
    }
    let file = env.write_file("p.csv", &text);
    env.ok(&["--org", "star", "import", "positions", &file]);
    for args in [
        &["--org", "star", "position", "list"][..],
        &["--org", "star", "--json", "position", "list"],
        &["--org", "star", "--format", "jsonl", "position", "list"],
        &["--org", "star", "--format", "csv", "position", "list"],
        &["--org", "star", "export", "positions"],
        &["--org", "star", "--format", "jsonl", "export", "positions"],
        &["--org", "star", "--json", "org", "show", "star"],
        &["audit"],
        &["completions", "bash"],
        &["completions", "zsh"],
        &["completions", "fish"],
        &["completions", "elvish"],
        &["completions", "powershell"],
        &["man"],
        &["man", "--markdown"],
        &["explain", "EN-3"],
        &["--format", "jsonl", "due", "--within", "7d"],
        &["--help"],
        &["org", "--help"],
    ] {
        into_closed_pipe(&env, args);
    }
}

#[test]
fn usage_errors_are_json_with_json() {
    let env = Env::new();
    for args in [
        &["--json", "org", "create"][..],
        &["--json", "no-such-command"],
        &["--format", "jsonl", "org", "list", "--no-such-flag"],
    ] {
        let r = env.run(args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        let e = r.error();
        assert_eq!(e["code"], "USAGE", "{}", r.stderr);
        assert!(e["message"].as_str().unwrap().len() > 10, "{e}");
        assert!(r.stdout.is_empty());
    }
    // Without a machine format, clap's own words, as before.
    let r = env.run(&["org", "create"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("Usage"), "{}", r.stderr);
}

#[test]
fn pos4_access_check_says_no_in_its_exit_status_too() {
    let env = Env::new();
    env.acme_with_sales();
    env.agency("star", "13900000001");
    env.ok(&w("--org star position create Ops --perm agency.tasks"));
    let code = env.ok(&w("--org star code issue --phone 13800138000"))["code"]
        .as_str()
        .unwrap()
        .to_string();
    env.ok(&[
        "--org",
        "star",
        "subaccount",
        "add",
        "--phone",
        "13800138000",
        "--code",
        &code,
        "--name",
        "Li",
        "--position",
        "Ops",
    ]);
    let yes = env.run(&w("--json access check 13800138000 agency.tasks"));
    assert_eq!(yes.code, 0, "{}", yes.stderr);
    assert_eq!(yes.json()["allowed"], true);
    let no = env.run(&w("--json access check 13800138000 agency.orders"));
    assert_eq!(no.code, 4, "{}", no.stderr);
    // The answer is still on stdout for scripts that read it.
    assert_eq!(no.json()["allowed"], false);
    assert_eq!(no.error()["code"], "ACCESS_DENIED");
}

#[test]
fn batch_verbs_print_an_array_of_row_results_whatever_the_number_of_keys() {
    let env = Env::new();
    env.acme_with_sales();
    env.ok(&w("org tools acme --grant video.group_buy"));
    let one = env.ok(&w(
        "--org acme auth invite dy_one --modules backend.video --agree",
    ));
    assert_eq!(one.as_array().map(Vec::len), Some(1), "{one}");
    assert_eq!(one[0]["result"], "created");
    assert_eq!(one[0]["douyin_id"], "dy_one");
    let two = env.ok(&w(
        "--org acme auth invite dy_two dy_three --modules backend.video --agree",
    ));
    assert_eq!(two.as_array().map(Vec::len), Some(2), "{two}");
    let stdin = env.run_in(
        &w("--json --org acme auth invite - --modules backend.video --agree"),
        Some("dy_four\n"),
    );
    assert_eq!(stdin.code, 0, "{}", stdin.stderr);
    let v = stdin.json();
    assert_eq!(v.as_array().map(Vec::len), Some(1), "{v}");
}

#[test]
fn repeating_a_transition_that_holds_is_unchanged_and_audits_nothing() {
    let env = Env::new();
    env.acme_with_sales();
    let apply = |email: &str| {
        env.run_in(
            &[
                "--json",
                "--org",
                "acme",
                "employee",
                "apply",
                email,
                "--name",
                "Li",
                "--id-number",
                ID_B,
                "--position",
                "Sales",
                "--proof",
                "sealed",
                "--agree",
                "--password-stdin",
            ],
            Some("Initial-Pass-1\n"),
        )
    };
    assert_eq!(apply("li@acme.cn").code, 0);
    env.ok(&w("employee review li@acme.cn --approve"));
    let events = env.audit(&[]).len();
    let again = env.run(&w("--json employee review li@acme.cn --approve"));
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(again.json()["status"], "active");
    assert_eq!(env.audit(&[]).len(), events, "a retry wrote an audit event");
    let r = env.run(&w("employee review li@acme.cn --approve"));
    assert!(r.stderr.contains("unchanged"), "{}", r.stderr);
}

#[test]
fn every_instant_flag_accepts_the_same_forms() {
    let env = Env::new();
    env.ok(&w("init"));
    for form in [
        "2026-02-13",
        "2026-02-13T09:00:00+08:00",
        "2026-02-13T01:00:00Z",
        "2026-02-13 09:00:00+08:00",
    ] {
        let r = env.run(&["--json", "--now", form, "audit", "--since", form]);
        assert_eq!(r.code, 0, "{form}: {}", r.stderr);
    }
    let r = env.run(&["--json", "--now", "yesterday", "audit"]);
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert_eq!(r.error()["code"], "INVALID_INSTANT");
}

#[test]
fn the_actor_under_cron_falls_back_to_the_process_owner() {
    let env = Env::new();
    // cron: no USER, no ROSTER_ACTOR (an empty one counts as unset).
    let mut c = env.command(&w(
        "--json org create agency star --name S --main-phone 13900000001",
    ));
    c.env_remove("ROSTER_ACTOR")
        .env_remove("USER")
        .env("ROSTER_ACTOR", "");
    let out = c.output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let actor = env.audit(&[])[0]["actor"].as_str().unwrap().to_string();
    assert_ne!(actor, "", "an empty actor");
    assert_ne!(actor, "unknown", "the process owner is known");
    let me = String::from_utf8(
        std::process::Command::new("id")
            .arg("-un")
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(actor, me.trim());
}

#[test]
fn json_error_and_success_never_mix_on_stdout() {
    let env = Env::new();
    env.ok(&w("init"));
    let r = env.run(&w("--json org show nope"));
    assert_eq!(r.code, 3);
    assert!(r.stdout.is_empty());
    let _: Value = serde_json::from_str(r.stderr.trim()).unwrap();
}
