//! The documentation that ships, through the real binary: `roster explain`
//! (rules and error codes from the text of docs/), the hint every error
//! ends with, the manual page and command reference kept current, the
//! version, and the docs kept in step with the code (every error code in
//! src is in docs/errors.md with its exit code and rule; every JSON field
//! of the view snapshots is in docs/json.md; every import column in
//! docs/import.md; no shipped file points outside the repository).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::harness::*;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(root().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The part of a Markdown file under `heading` (a whole heading line), up
/// to the next heading of the same or a higher level.
fn section(md: &str, heading: &str) -> String {
    let level = heading.chars().take_while(|c| *c == '#').count();
    let is_end = |l: &str| {
        let n = l.chars().take_while(|c| *c == '#').count();
        n > 0 && n <= level && l[n..].starts_with(' ')
    };
    let mut lines = md.lines().skip_while(|l| *l != heading);
    let first = lines
        .next()
        .unwrap_or_else(|| panic!("no heading {heading:?}"));
    std::iter::once(first)
        .chain(lines.take_while(|l| !is_end(l)))
        .collect::<Vec<_>>()
        .join("\n")
}

// ---------------------------------------------------------------------------
// roster explain
// ---------------------------------------------------------------------------

#[test]
fn explain_a_rule_prints_the_docs_section_in_full() {
    let env = Env::new();
    let r = env.run(&["explain", "EN-4"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = &r.stdout;
    assert!(
        out.starts_with("EN-4: A new account beyond the quota is refused"),
        "{out}"
    );
    for part in [
        "What it says.",
        "Where it comes from.",
        "What roster checks.",
        "Ways out.",
        "docs/rules.md#en-4",
        "QUOTA_EXCEEDED",
    ] {
        assert!(out.contains(part), "{part} missing:\n{out}");
    }
    // The same words as docs/rules.md: its title line and a phrase of its
    // text, whatever the wrapping.
    let doc = section(&read("docs/rules.md"), "### EN-4");
    let title = doc
        .lines()
        .nth(2)
        .unwrap()
        .trim_matches('*')
        .trim_end_matches('.');
    assert!(out.contains(title), "{title}");
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat(out).contains("keeps every existing account and blocks new ones"));
    assert!(flat(&doc).contains("keeps every existing account and blocks new ones"));
    assert!(
        !out.contains("**") && !out.contains("](#"),
        "Markdown left in:\n{out}"
    );
}

#[test]
fn explain_an_error_code_gives_exit_code_rule_and_way_out() {
    let env = Env::new();
    // Case, `-` and `_` do not matter.
    for id in ["QUOTA_EXCEEDED", "quota-exceeded"] {
        let r = env.run(&["explain", id]);
        assert_eq!(r.code, 0, "{id}: {}", r.stderr);
        assert!(r.stdout.starts_with("QUOTA_EXCEEDED: "), "{}", r.stdout);
        assert!(r.stdout.contains("exit 4 · rule EN-4"), "{}", r.stdout);
        assert!(r.stdout.contains("roster org level"), "{}", r.stdout);
    }
}

#[test]
fn explain_in_json_has_id_kind_title_text() {
    let env = Env::new();
    let rule = env.ok(&["explain", "pa-5"]);
    assert_eq!(rule["id"], "PA-5");
    assert_eq!(rule["kind"], "rule");
    assert!(
        rule["title"]
            .as_str()
            .unwrap()
            .contains("cannot be unbound")
    );
    assert!(rule["text"].as_str().unwrap().contains("Ways out."));
    assert_eq!(rule["doc"], "docs/rules.md#pa-5");
    assert!(
        rule["errors"]
            .as_array()
            .unwrap()
            .contains(&Value::from("UNBIND_NOT_SUPPORTED")),
        "{rule}"
    );
    let err = env.ok(&["explain", "UNBIND_NOT_SUPPORTED"]);
    assert_eq!(err["kind"], "error");
    assert_eq!(err["exit_codes"], serde_json::json!([4]));
    assert_eq!(err["rules"], serde_json::json!(["PA-5"]));
    assert!(!err["text"].as_str().unwrap().is_empty());
}

#[test]
fn explain_an_unknown_id_exits_3_with_near_matches() {
    let env = Env::new();
    let r = env.run(&["explain", "EN-44"]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stdout.is_empty());
    assert!(
        r.stderr.starts_with("error[EXPLAIN_ID_NOT_FOUND]"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("did you mean EN-4"), "{}", r.stderr);
    let err = env.fail(3, &["explain", "QUOTA_EXCEDED"]);
    assert_eq!(err["code"], "EXPLAIN_ID_NOT_FOUND");
    assert!(
        err["hint"].as_str().unwrap().contains("QUOTA_EXCEEDED"),
        "{err}"
    );
    // Neither an id nor --list: a usage error.
    assert_eq!(env.run(&["explain"]).code, 2);
}

#[test]
fn explain_needs_no_database_clock_or_config() {
    let env = Env::new();
    let r = env.run_env(
        &["explain", "EN-2"],
        &[
            ("ROSTER_DB", "/nonexistent/roster.db"),
            ("ROSTER_NOW", "not a time"),
            ("ROSTER_CONFIG", "/nonexistent/config.toml"),
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!env.db().exists());
}

#[test]
fn explain_list_names_every_rule_and_every_id_explains() {
    let env = Env::new();
    let list = env.ok(&["explain", "--list"]);
    let items = list.as_array().unwrap();
    let rules: Vec<&str> = items
        .iter()
        .filter(|i| i["kind"] == "rule")
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(rules.first(), Some(&"EN-1"));
    assert_eq!(rules.last(), Some(&"PII-1"));
    assert_eq!(rules.len(), 56, "{rules:?}");
    // Every entry explains through the binary, in both forms.
    for item in items {
        let id = item["id"].as_str().unwrap();
        let v = env.ok(&["explain", id]);
        assert_eq!(v["id"], id);
        assert!(!v["text"].as_str().unwrap().trim().is_empty(), "{id}");
    }
    let csv = env.run(&["explain", "--list", "--format", "csv"]);
    assert_eq!(csv.code, 0);
    assert_eq!(csv.stdout.lines().count(), items.len() + 1);
}

// ---------------------------------------------------------------------------
// Every error's hint ends with `roster explain CODE` for more
// ---------------------------------------------------------------------------

#[test]
fn every_error_hint_ends_with_the_explain_command_in_json_and_table() {
    let env = Env::new();
    env.ok(&["init"]);
    let cases: [(&[&str], i32, &str); 2] = [
        // A not-found error with a hint of its own.
        (&["org", "show", "nope"], 3, "ORG_NOT_FOUND"),
        // Invalid input, which has no hint of its own.
        (
            &[
                "org",
                "create",
                "enterprise",
                "acme",
                "--name",
                "Acme",
                "--uscc",
                "123",
                "--legal-rep-name",
                "Li",
                "--legal-rep-id",
                ID_A,
            ],
            5,
            "INVALID_CREDIT_CODE",
        ),
    ];
    for (args, code, expected) in cases {
        let more = format!("`roster explain {expected}` for more");
        let err = env.fail(code, args);
        assert_eq!(err["code"], expected);
        let hint = err["hint"].as_str().unwrap();
        assert!(hint.ends_with(&more), "{hint}");
        let r = env.run(args);
        assert_eq!(r.code, code);
        let last = r.stderr.trim_end().lines().last().unwrap();
        assert!(
            last.starts_with("  hint: ") && last.ends_with(&more),
            "{}",
            r.stderr
        );
        // The command the hint names works.
        assert_eq!(env.run(&["explain", expected]).code, 0);
    }
    // A refusal whose hint names its own way out keeps it, then the
    // explain command.
    env.ok(&[
        "org",
        "create",
        "enterprise",
        "acme",
        "--name",
        "Acme",
        "--uscc",
        USCC_A,
        "--legal-rep-name",
        "Li",
        "--legal-rep-id",
        ID_A,
    ]);
    env.ok(&["--org", "acme", "position", "create", "x", "--perm", ""]);
    let err = env.fail(
        4,
        &[
            "--org",
            "acme",
            "employee",
            "apply",
            "li@acme.cn",
            "--name",
            "Li",
            "--id-number",
            ID_B,
            "--position",
            "x",
            "--proof",
            "sealed",
            "--agree",
        ],
    );
    let hint = err["hint"].as_str().unwrap();
    assert!(
        hint.starts_with("`roster org verify acme`; ")
            && hint.ends_with("`roster explain ENTERPRISE_NOT_VERIFIED` for more"),
        "{err}"
    );
}

// ---------------------------------------------------------------------------
// Manual page, command reference, completions, version
// ---------------------------------------------------------------------------

#[test]
fn man_page_and_command_reference_are_current() {
    let env = Env::new();
    for (args, file) in [
        (&["man"][..], "man/roster.1"),
        (&["man", "--markdown"][..], "docs/commands.md"),
    ] {
        let r = env.run(args);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let committed = std::fs::read_to_string(root().join(file))
            .unwrap_or_else(|e| panic!("{file} ({e}); generate it with scripts/man.sh"));
        assert_eq!(
            r.stdout, committed,
            "{file} is stale; regenerate it with scripts/man.sh"
        );
    }
    let page = read("man/roster.1");
    assert!(page.contains(".TH roster 1"), "{page}");
    for section in [
        "COMMANDS",
        "EXAMPLES",
        "\"EXIT STATUS\"",
        "ENVIRONMENT",
        "\"SEE ALSO\"",
    ] {
        assert!(page.contains(&format!(".SH {section}\n")), "{section}");
    }
    assert!(page.contains("roster explain"));
    // The generated files carry the package version, never the commit, so
    // that a commit does not make them stale.
    assert!(page.contains(&format!("roster {}", env!("CARGO_PKG_VERSION"))));
    let md = read("docs/commands.md");
    for heading in [
        "### roster org create enterprise",
        "### roster explain",
        "### roster man",
    ] {
        assert!(md.lines().any(|l| l == heading), "{heading}");
    }
}

#[test]
fn version_names_the_package_version_and_the_commit() {
    let env = Env::new();
    let r = env.run(&["--version"]);
    assert_eq!(r.code, 0);
    let line = r.stdout.trim_end();
    let rest = line
        .strip_prefix(&format!("roster {} (", env!("CARGO_PKG_VERSION")))
        .and_then(|s| s.strip_suffix(')'))
        .unwrap_or_else(|| panic!("{line:?}"));
    assert!(
        rest == "unknown" || (rest.len() >= 7 && rest.chars().all(|c| c.is_ascii_hexdigit())),
        "{line:?}"
    );
    // Built in a git checkout: the commit of that checkout.
    let head = std::process::Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .current_dir(root())
        .output();
    if let Ok(out) = head
        && out.status.success()
    {
        let head = String::from_utf8_lossy(&out.stdout).trim().to_string();
        assert_eq!(rest, head, "{line:?}");
    }
}

// ---------------------------------------------------------------------------
// The docs in step with the code
// ---------------------------------------------------------------------------

/// Upper-case string literals in src that are not error codes: field and
/// value names, environment variables, SQL words, roff macros and manual
/// page sections.
const NOT_CODES: &[&str] = &[
    "PGDATABASE",
    "PGHOST",
    "PGPASSWORD",
    "PGPORT",
    "PGUSER",
    "CARGO_PKG_VERSION",
    "CHECK",
    "CODES",
    "COMMANDS",
    "CSV",
    "DATE",
    "FULL",
    "DURATION",
    "DOUYIN_ID",
    "EMAIL",
    "ENVIRONMENT",
    "EXAMPLES",
    "FILE",
    "FILES",
    "GROUP",
    "HOME",
    "ID",
    "LOGNAME",
    "INSTANT",
    "KEY",
    "KIND",
    "LIST",
    "MCN",
    "MEMORY",
    "NAME",
    "NEW",
    "NEW_NAME",
    "NORMAL",
    "NULL",
    "PAGE",
    "PARENT_PATH",
    "PATH",
    "PERMISSION",
    "RULE",
    "SH",
    "SUBJECT",
    "TEXT",
    "TP",
    "TYPE",
    "USER",
    "WAL",
    "XDG_CONFIG_HOME",
];

/// The source of roster without its unit tests (test modules and files
/// may use made-up codes).
fn sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs")
                && p.file_name().is_some_and(|n| n != "tests.rs")
            {
                let text = std::fs::read_to_string(&p).unwrap();
                let text = match text.find("#[cfg(test)]\nmod tests") {
                    Some(i) => text[..i].to_string(),
                    None => text,
                };
                out.push((p, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join("src"), &mut out);
    out
}

/// Every `"UPPER_CASE"` string literal of `text`.
fn upper_literals(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices('"') {
        let rest = &text[i + 1..];
        let Some(end) = rest.find('"') else { continue };
        let lit = &rest[..end];
        if lit.len() >= 2
            && lit.starts_with(|c: char| c.is_ascii_uppercase())
            && lit
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        {
            out.push(lit.to_string());
        }
    }
    out
}

/// The top-level arguments of every call `name(` in `text` (not its
/// definition), as source text.
fn calls(text: &str, name: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices(name) {
        let before = &text[..i];
        let prev = before.chars().last();
        if before.ends_with("fn ") || prev.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let mut args = Vec::new();
        let mut cur = String::new();
        let mut depth = 0;
        let mut chars = text[i + name.len()..].chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' => {
                    cur.push(c);
                    while let Some(s) = chars.next() {
                        cur.push(s);
                        if s == '\\' {
                            if let Some(n) = chars.next() {
                                cur.push(n);
                            }
                        } else if s == '"' {
                            break;
                        }
                    }
                }
                '(' | '[' | '{' => {
                    depth += 1;
                    cur.push(c);
                }
                ')' | ']' | '}' if depth == 0 => break,
                ')' | ']' | '}' => {
                    depth -= 1;
                    cur.push(c);
                }
                ',' if depth == 0 => args.push(std::mem::take(&mut cur).trim().to_string()),
                _ => cur.push(c),
            }
        }
        args.push(cur.trim().to_string());
        out.push(args);
    }
    out
}

fn literal(arg: &str) -> Option<&str> {
    let a = arg.trim();
    let a = a
        .strip_prefix("Some(")
        .and_then(|s| s.strip_suffix(')'))
        .unwrap_or(a);
    a.strip_prefix('"')?.strip_suffix('"')
}

/// (code, exit code, rule given as a literal) for every error built with
/// one of error.rs's constructors.
fn constructed() -> Vec<(String, i32, Option<String>, PathBuf)> {
    let mut out = Vec::new();
    for (path, text) in sources() {
        let mut add = |code: Option<&str>, exit: i32, rule: Option<&str>| {
            if let Some(c) = code.filter(|c| c.chars().all(|c| c.is_ascii_uppercase() || c == '_'))
            {
                out.push((c.to_string(), exit, rule.map(str::to_string), path.clone()));
            }
        };
        for a in calls(&text, "RuleViolation::new(") {
            add(literal(&a[0]), 4, a.get(1).and_then(|r| literal(r)));
        }
        for name in ["not_found(", "not_found_hint("] {
            for a in calls(&text, name) {
                add(literal(&a[0]), 3, None);
            }
        }
        for a in calls(&text, "invalid(") {
            if a.len() >= 3 {
                add(literal(&a[1]), 5, literal(&a[2]));
            }
        }
        for a in calls(&text, "io_failure(") {
            add(literal(&a[0]), 1, None);
        }
        for (i, _) in text.match_indices("Error::Io {") {
            let rest = &text[i..];
            if let Some(c) = rest.find("code:") {
                add(
                    literal(rest[c + 5..].split(',').next().unwrap_or("")),
                    1,
                    None,
                );
            }
        }
    }
    out
}

#[test]
fn docs_list_every_error_code_in_src_with_its_exit_code_and_rule() {
    let env = Env::new();
    let list = env.ok(&["explain", "--list"]);
    let documented: BTreeMap<String, &Value> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "error")
        .map(|i| (i["id"].as_str().unwrap().to_string(), i))
        .collect();
    let mut in_src = BTreeSet::new();
    for (_, text) in sources() {
        for lit in upper_literals(&text) {
            if !NOT_CODES.contains(&lit.as_str()) && !lit.starts_with("ROSTER_") {
                in_src.insert(lit);
            }
        }
    }
    let missing: Vec<&String> = in_src
        .iter()
        .filter(|c| !documented.contains_key(*c))
        .collect();
    assert!(
        missing.is_empty(),
        "error codes in src that docs/errors.md does not list: {missing:?}\n\
         (add a `### CODE` section; if one is not an error code, add it to NOT_CODES)"
    );
    let gone: Vec<&String> = documented.keys().filter(|c| !in_src.contains(*c)).collect();
    assert!(
        gone.is_empty(),
        "docs/errors.md lists codes roster no longer prints: {gone:?}"
    );
    let built = constructed();
    assert!(built.len() > 100, "{}", built.len());
    for (code, exit, rule, path) in built {
        let doc = documented[&code];
        let exits: Vec<i64> = doc["exit_codes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_i64().unwrap())
            .collect();
        assert!(
            exits.contains(&i64::from(exit)),
            "{code} exits {exit} in {}, docs/errors.md says {exits:?}",
            path.display()
        );
        if let Some(rule) = rule {
            assert!(
                doc["rules"]
                    .as_array()
                    .unwrap()
                    .contains(&Value::from(rule.as_str())),
                "{code} cites {rule} in {}, docs/errors.md says {}",
                path.display(),
                doc["rules"]
            );
        }
    }
}

const RULE_PREFIXES: &[&str] = &[
    "EN", "POS", "DEP", "EA", "PA", "UP", "AG", "SH", "VC", "TM", "SW", "AU", "PII",
];

#[test]
fn every_rule_id_cited_in_src_is_explained() {
    let env = Env::new();
    let list = env.ok(&["explain", "--list"]);
    let rules: BTreeSet<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "rule")
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    for (path, text) in sources() {
        for (i, _) in text.match_indices('"') {
            let rest = &text[i + 1..];
            let Some(end) = rest.find('"') else { continue };
            let lit = &rest[..end];
            let Some((prefix, num)) = lit.split_once('-') else {
                continue;
            };
            let is_rule = RULE_PREFIXES.contains(&prefix)
                && num.starts_with(|c: char| c.is_ascii_digit())
                && num.chars().all(|c| c.is_ascii_digit() || c == 'a');
            if is_rule {
                assert!(
                    rules.contains(lit),
                    "{lit} in {} is not in docs/rules.md",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn exit_codes_doc_lists_0_to_7_and_every_code_an_error_uses() {
    let doc = read("docs/exit-codes.md");
    let codes: Vec<i64> = doc
        .lines()
        .filter_map(|l| l.strip_prefix("| "))
        .filter_map(|l| l.split(' ').next()?.parse().ok())
        .collect();
    assert_eq!(codes, (0..=7).collect::<Vec<_>>());
    let env = Env::new();
    for item in env.ok(&["explain", "--list"]).as_array().unwrap() {
        for c in item["exit_codes"].as_array().unwrap() {
            assert!(codes.contains(&c.as_i64().unwrap()), "{item}");
        }
    }
}

/// The section of docs/json.md that documents each view snapshot.
const JSON_SECTIONS: &[(&str, &str)] = &[
    ("access_check", "Access check"),
    ("access_list", "Access list row"),
    ("audit", "Audit event"),
    ("auth_invite", "Batch row result"),
    ("auth_invite_rows", "Batch row result"),
    ("authorization", "Authorisation"),
    ("calendar", "Calendar year"),
    ("calendar_check", "Calendar check"),
    ("code", "Verification code"),
    ("config", "Config"),
    ("cs_group", "Customer-service group"),
    ("cs_member", "Customer-service group"),
    ("cs_route", "Route"),
    ("department", "Department"),
    ("due", "Due item"),
    ("employee", "Employee account"),
    ("employee_check", "Eligibility report"),
    ("employee_history", "Employee account holder"),
    ("error_not_found", "Error"),
    ("error_refused", "Error"),
    ("explain_error", "Explanation"),
    ("explain_rule", "Explanation"),
    ("export_jsonl", "Export rows"),
    ("identity", "Identity"),
    ("import_result", "Import result"),
    ("import_columns", "Import columns"),
    ("org", "Organisation"),
    ("org_list", "Organisation"),
    ("position", "Position"),
    ("subaccount", "Sub-account"),
    ("subaccount_disable", "Batch row result"),
    ("subaccount_disable_rows", "Batch row result"),
    ("sweep", "Sweep result"),
    ("upgrade", "Upgrade"),
    ("upgrade_quota", "Subject quota"),
    ("xingtu", "Creator-marketplace identity"),
];

/// The top-level keys of the objects of a snapshot (a document, an array
/// of them, JSON Lines; an error envelope's `error` object).
fn keys(snap: &str) -> BTreeSet<String> {
    let body = snap.splitn(3, "---\n").nth(2).unwrap_or("");
    let docs: Vec<Value> = match serde_json::from_str::<Value>(body) {
        Ok(v) => vec![v],
        Err(_) => body
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
    };
    let mut out = BTreeSet::new();
    let mut add = |v: &Value| {
        if let Some(o) = v.as_object() {
            let o = o.get("error").and_then(Value::as_object).unwrap_or(o);
            out.extend(o.keys().cloned());
        }
    };
    for d in &docs {
        match d {
            Value::Array(items) => items.iter().for_each(&mut add),
            other => add(other),
        }
    }
    out
}

#[test]
fn json_doc_names_every_field_of_every_view_snapshot() {
    let doc = read("docs/json.md");
    let dir = root().join("tests/cli/snapshots/views");
    let mut seen = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        let Some(name) = p
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".snap"))
        else {
            continue;
        };
        let heading = JSON_SECTIONS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, h)| format!("## {h}"))
            .unwrap_or_else(|| {
                panic!("views/{name}.snap: say in JSON_SECTIONS which docs/json.md section documents it")
            });
        let part = section(&doc, &heading);
        for key in keys(&std::fs::read_to_string(&p).unwrap()) {
            assert!(
                part.contains(&format!("`{key}`")),
                "docs/json.md \"{heading}\" does not name `{key}` (views/{name}.snap)"
            );
        }
        seen += 1;
    }
    assert!(seen >= 30, "{seen}");
}

#[test]
fn import_doc_names_every_column_and_spelling_of_every_kind() {
    use roster::app::import::{Kind, columns};
    let doc = read("docs/import.md");
    for (kind, code) in Kind::CODES {
        let part = section(&doc, &format!("## {code}"));
        for c in columns(kind) {
            assert!(
                part.contains(&format!("| `{}` |", c.field)),
                "docs/import.md \"{code}\" lacks the column {}",
                c.field
            );
            for alias in c.aliases {
                assert!(
                    part.contains(alias),
                    "docs/import.md \"{code}\" lacks {alias} (a spelling of {})",
                    c.field
                );
            }
        }
    }
}

#[test]
fn shipped_files_stand_on_their_own() {
    let mut files: Vec<PathBuf> = [
        "README.md",
        "CHANGELOG.md",
        "ARCHITECTURE.md",
        "man/roster.1",
    ]
    .iter()
    .map(|f| root().join(f))
    .collect();
    for dir in ["docs", "tests/cli/snapshots/help"] {
        for e in std::fs::read_dir(root().join(dir)).unwrap() {
            files.push(e.unwrap().path());
        }
    }
    // Source comments too: people read them to learn where a rule lives.
    files.extend(sources().into_iter().map(|(p, _)| p));
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        for outside in [
            "SPEC.md",
            "CLI.md",
            "DESIGN.md",
            "../shared",
            "shared/seeds",
        ] {
            assert!(
                !text.contains(outside),
                "{} points at {outside}, which is not part of roster",
                f.display()
            );
        }
    }
}

/// RELIABILITY.md maps each promise to its test: every test it names
/// (`file::function`) exists and is a test, so the map cannot rot.
#[test]
fn reliability_names_only_tests_that_exist() {
    let doc = read("RELIABILITY.md");
    let mut sources = String::new();
    fn walk(dir: &Path, out: &mut String) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push_str(&std::fs::read_to_string(&p).unwrap());
                out.push('\n');
            }
        }
    }
    walk(&root().join("tests"), &mut sources);
    walk(&root().join("src"), &mut sources);
    let lines: Vec<&str> = sources.lines().collect();
    let mut named = 0;
    for token in doc.split('`').skip(1).step_by(2) {
        let parts: Vec<&str> = token.split("::").collect();
        if parts.len() < 2
            || !parts.iter().all(|p| {
                !p.is_empty()
                    && p.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            })
        {
            continue;
        }
        let name = parts[parts.len() - 1];
        let def = format!("fn {name}(");
        let at = lines
            .iter()
            .position(|l| l.trim_start().starts_with(&def))
            .unwrap_or_else(|| panic!("RELIABILITY.md names `{token}`, which does not exist"));
        let before = &lines[at.saturating_sub(4)..at];
        assert!(
            before.iter().any(|l| l.trim() == "#[test]"),
            "RELIABILITY.md names `{token}`, which is not a test"
        );
        named += 1;
    }
    assert!(named >= 40, "only {named} tests named");
}
