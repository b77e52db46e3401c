//! `--help` says what is required and what is accepted: required flags in
//! the usage line, closed sets of values with their meanings, a description
//! for every argument, global options under their own heading, each import
//! kind's columns; and tables that fit a terminal but never wrap in a pipe.

use clap::CommandFactory;

use crate::harness::{Env, ID_A, w};

fn help(env: &Env, path: &str) -> String {
    let mut args = w(path);
    args.push("--help");
    let r = env.run(&args);
    assert_eq!(r.code, 0, "{path} --help: {}", r.stderr);
    r.stdout
}

/// The lines of one heading's section (up to the next heading, a line
/// that does not start with a space).
fn section<'a>(text: &'a str, heading: &str) -> Vec<&'a str> {
    text.lines()
        .skip_while(|l| *l != heading)
        .skip(1)
        .take_while(|l| l.is_empty() || l.starts_with(' '))
        .collect()
}

fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
    for arg in cmd.get_arguments() {
        if arg.is_hide_set() {
            continue;
        }
        let id = arg.get_id().as_str();
        // clap's own -h/--help and -V/--version.
        if id == "help" || id == "version" {
            continue;
        }
        let described = arg
            .get_help()
            .or(arg.get_long_help())
            .is_some_and(|h| !h.to_string().trim().is_empty());
        if !described {
            missing.push(format!("roster{path} {id}"));
        }
    }
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        walk(sub, &format!("{path} {}", sub.get_name()), missing);
    }
}

#[test]
fn every_argument_and_positional_has_a_description() {
    let mut missing = Vec::new();
    walk(&roster::cli::Cli::command(), "", &mut missing);
    assert!(
        missing.is_empty(),
        "arguments without help text (add a /// line): {missing:#?}"
    );
}

#[test]
fn required_flags_are_in_the_usage_line() {
    let env = Env::new();
    let text = help(&env, "employee apply");
    let usage = text.lines().find(|l| l.starts_with("Usage:")).unwrap();
    for flag in [
        "--name <NAME>",
        "--id-number <ID_NUMBER>",
        "--position <POSITION>",
        "--proof <PROOF>",
        "--agree",
    ] {
        assert!(usage.contains(flag), "{flag} not in {usage}");
    }
    // An either-or pair stays a group: one of them is required.
    let usage = help(&env, "employee review")
        .lines()
        .find(|l| l.starts_with("Usage:"))
        .unwrap()
        .to_string();
    assert!(usage.contains("<--approve|--reject>"), "{usage}");
    for (path, flag) in [
        ("employee enable", "--proof <PROOF>"),
        ("employee resign", "--agree"),
        ("auth invite", "--agree"),
    ] {
        let text = help(&env, path);
        let usage = text.lines().find(|l| l.starts_with("Usage:")).unwrap();
        assert!(usage.contains(flag), "{path}: {flag} not in {usage}");
    }
}

#[test]
fn a_missing_required_flag_is_a_usage_error_exit_2() {
    let env = Env::new();
    env.enterprise("acme");
    let args = [
        "--org",
        "acme",
        "employee",
        "apply",
        "li@acme.cn",
        "--name",
        "Li Lei",
        "--id-number",
        ID_A,
        "--position",
        "Sales",
        "--proof",
        "sealed",
    ];
    let err = env.fail(2, &args);
    assert_eq!(err["code"], "USAGE", "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("--agree"),
        "{err}"
    );
    let r = env.run(&args);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--agree"), "{}", r.stderr);
}

#[test]
fn closed_sets_list_each_value_with_its_meaning() {
    let env = Env::new();
    for (path, value, meaning) in [
        ("org level", "black-diamond-1", "黑钻 Lv1"),
        ("org create shop", "official-flagship", "官方旗舰店"),
        ("org list", "agency", "MCN agency"),
        ("employee list", "vacant", "nobody holds it"),
        ("employee apply", "legal-rep-signed", "--proof-note"),
        ("employee check", "merchant-page", "商家页面"),
        ("auth list", "invited", "48 hours"),
        ("auth end", "account-deregistered", "deregistered"),
        ("subaccount list", "revoked", "revoked"),
        ("upgrade start", "dedicated", "quota"),
        ("identity penalize", "posting-restricted", "may not post"),
        ("import", "subaccounts", "one-time code"),
        ("export", "positions", "permissions"),
        ("position catalogue", "shop", "抖店"),
        ("due", "code_expires", "5 minutes"),
        // A global flag: in every command's help.
        ("sweep", "jsonl", "one object per line"),
    ] {
        let text = help(&env, path);
        assert!(text.contains("Possible values:"), "{path}:\n{text}");
        let line = text
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("- {value}:")))
            .unwrap_or_else(|| panic!("{path}: no line for {value}:\n{text}"));
        assert!(line.contains(meaning), "{path}: {line}");
    }
}

#[test]
fn a_value_outside_the_set_keeps_its_error_and_exit_code() {
    let env = Env::new();
    env.enterprise("acme");
    // The domain parser still decides: exit 5, INVALID_VALUE, and the
    // Chinese names pass.
    let err = env.fail(5, &w("org level acme golden"));
    assert_eq!(err["code"], "INVALID_VALUE", "{err}");
    let v = env.ok(&w("org level acme 黄金"));
    assert_eq!(v["level"], "gold", "{v}");
    // --format is checked by clap, as before.
    let r = env.run(&w("--format yaml org list"));
    assert_eq!(r.code, 2, "{}", r.stderr);
}

#[test]
fn global_options_have_their_own_heading_in_every_command() {
    let env = Env::new();
    for path in ["", "employee apply", "org create shop", "import", "due"] {
        let text = help(&env, path);
        let global = section(&text, "Global options:");
        let own = section(&text, "Options:");
        for flag in [
            "--json", "--format", "--db", "--org", "--now", "--actor", "--quiet",
        ] {
            assert!(
                global.iter().any(|l| l.contains(flag)),
                "roster {path} --help: {flag} is not under Global options:\n{text}"
            );
            assert!(
                !own.iter()
                    .any(|l| l.trim_start().starts_with(flag) || l.contains(&format!(", {flag}"))),
                "roster {path} --help: {flag} is among the command's options:\n{text}"
            );
        }
    }
}

#[test]
fn import_help_lists_every_kind_s_columns_from_the_one_list() {
    use roster::app::import::{Kind, columns};
    let env = Env::new();
    let text = help(&env, "import");
    for (kind, code) in Kind::CODES {
        assert!(text.contains(&format!("  {code}:")), "{code}:\n{text}");
        for c in columns(kind) {
            let marked = if c.required {
                format!("{} *", c.field)
            } else {
                c.field.to_string()
            };
            let line = text
                .lines()
                .find(|l| {
                    l.trim_start().starts_with(&format!("{marked} "))
                        && !c.aliases.is_empty()
                        && l.contains(c.aliases[0])
                })
                .unwrap_or_else(|| panic!("{code}: no line for {marked}:\n{text}"));
            for a in c.aliases {
                assert!(line.contains(a), "{code} {}: {a} not in {line}", c.field);
            }
        }
    }
}

#[test]
fn import_columns_needs_no_file_and_no_database() {
    let env = Env::new();
    let r = env.run(&w("import employees --columns"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("id_number"), "{}", r.stdout);
    assert!(r.stdout.contains("身份证号"), "{}", r.stdout);
    let v = env.ok(&w("import employees --columns"));
    let cols = v.as_array().unwrap();
    let id = cols.iter().find(|c| c["name"] == "holder_id").unwrap();
    assert_eq!(id["required"], true, "{id}");
    assert!(
        id["aliases"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "身份证号"),
        "{id}"
    );
    let dept = cols.iter().find(|c| c["name"] == "department").unwrap();
    assert_eq!(dept["required"], false, "{dept}");
    assert_eq!(
        cols.len(),
        roster::app::import::columns(roster::app::import::Kind::Employees).len()
    );
    assert!(!env.db().exists(), "--columns created a database");
    // Without --columns the file is still required (a usage error).
    let r = env.run(&w("import employees"));
    assert_eq!(r.code, 2, "{}", r.stderr);
    // A kind that is none of them: exit 5 as before.
    let err = env.fail(5, &w("import people --columns"));
    assert_eq!(err["code"], "INVALID_VALUE", "{err}");
}

/// An agency `star` whose name is wider than a narrow terminal.
fn long_named_agency() -> (Env, String) {
    let env = Env::new();
    let long = format!("Acme {}", "Long Name ".repeat(9).trim_end());
    env.ok(&[
        "org",
        "create",
        "agency",
        "star",
        "--name",
        &long,
        "--main-phone",
        "13800138000",
    ]);
    (env, long)
}

/// A long cell, piped: the table is not wrapped, whatever COLUMNS says.
#[test]
fn a_piped_table_is_never_wrapped() {
    let (env, long) = long_named_agency();
    let r = env.run_env(&w("org show star"), &[("COLUMNS", "40")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.lines().any(|l| l.contains(&long)),
        "the long name was wrapped:\n{}",
        r.stdout
    );
}

/// On a terminal 60 columns wide the same table wraps to fit it.
#[test]
fn a_table_on_a_terminal_fits_its_width() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .map(|o| !o.status.success())
        .unwrap_or(true)
    {
        eprintln!("skipped: no script(1) to give roster a terminal");
        return;
    }
    let (env, long) = long_named_agency();
    let bin = env!("CARGO_BIN_EXE_roster");
    let line = format!("stty cols 60 rows 40; '{bin}' org show star");
    let mut c = env.command(&[]);
    c.env_remove("COLUMNS");
    let out = std::process::Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .env_clear()
        .envs(
            c.get_envs()
                .filter_map(|(k, v)| v.map(|v| (k.to_owned(), v.to_owned()))),
        )
        .current_dir(env.dir.path())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).replace('\r', "");
    assert!(out.status.success(), "{text}");
    assert!(text.contains("Long Name"), "{text}");
    assert!(!text.contains(&long), "not wrapped on a terminal:\n{text}");
    for l in text.lines().filter(|l| l.contains('│')) {
        assert!(
            l.chars().count() <= 60,
            "wider than the terminal: {l:?}\n{text}"
        );
    }
}
