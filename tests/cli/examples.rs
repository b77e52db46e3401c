//! The examples in `--help` and in the README are run, so that they cannot
//! rot (issue 12): each block of examples (one command's help, one fenced
//! block of the README) runs as one bash script against a fresh copy of a
//! fixture database, `tests/examples/world.sh`, that holds the orgs, people
//! and files the examples name.
//!
//! A block whose first roster line is `roster init` shows a first session
//! and starts from no database.
//!
//! A line must exit 0, or the status its own comment names (`# exit 4`).
//! A `console` block's `$ ` lines must print exactly the lines that follow.
//! A `toml` block must be a config `roster config show` accepts.
//!
//! What is not run, and why, is decided by the line's first word alone
//! (`SKIPPED`): building or installing roster (`cargo`, `sudo`), git, the
//! demo script, which has a test of its own, and the script that runs the
//! suite against PostgreSQL. A pipeline stage whose
//! program is not installed (`mail`, PowerShell's `Out-String`) is cut
//! off, so the roster part before it still runs. Paths under `/srv`,
//! `/var`, `/etc` and `/usr/local` are moved under the block's own
//! directory, and the directories a redirection writes into are created.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use clap::CommandFactory;

use super::harness::NOW;

/// First words of lines that are about building roster, not using it.
const SKIPPED: &[&str] = &[
    "cargo",
    "sudo",
    "git",
    "scripts/demo.sh",
    "scripts/with-postgres.sh",
];

/// System paths an example may name, moved under the block's directory.
const SYSTEM_ROOTS: &[&str] = &["/srv/", "/var/", "/etc/", "/usr/local/share/"];

/// The state a command's examples start from, beyond the world: the steps
/// that bring the objects they name there (by the help page's command).
fn setup(command: &str) -> &'static [&'static str] {
    const ACTIVE: &str = "roster employee review li@acme.cn --approve";
    const REJECTED: &str =
        "roster employee review li@acme.cn --reject --reason 'proof is not sealed'";
    const ACTIVATED: &str = "roster employee activate li@acme.cn --face-id-number 11010519491231002X --aux-phone 13800138000 --app-version 20.10 2> password.txt";
    const RESIGNING: &str = "roster employee resign li@acme.cn --agree";
    const ACCEPTED: &str =
        "roster auth accept dy_lilei --name 'Li Lei' --id-number 11010519491231002X";
    match command {
        "employee resubmit" | "employee withdraw" => &[REJECTED],
        "employee activate" | "employee assets" => &[ACTIVE],
        "employee resign" => &[ACTIVE, ACTIVATED],
        "employee unbind-confirm" => &[ACTIVE, ACTIVATED, RESIGNING],
        "employee enable" => &[
            ACTIVE,
            ACTIVATED,
            RESIGNING,
            "roster employee unbind-confirm li@acme.cn",
        ],
        "employee deregister" => &[ACTIVE],
        "employee deregister-review" => &[
            ACTIVE,
            "roster employee deregister li@acme.cn --materials business-licence,legal-rep-id,employee-id,labour-contract",
        ],
        "employee list" | "employee check" => &[ACTIVE],
        "auth review" => &[ACCEPTED],
        "auth resubmit" => &[
            ACCEPTED,
            "roster auth review dy_lilei --reject --reason 'name mismatch'",
        ],
        "auth modify" => &[ACCEPTED, "roster auth review dy_lilei --approve"],
        "auth end" => &[ACCEPTED, "roster auth review dy_lilei --approve"],
        "upgrade auto" | "upgrade start" | "upgrade" => {
            &["roster upgrade review dy_acme --reject --reason 'holder mismatch'"]
        }
        "upgrade cancel" => &[
            "roster upgrade review dy_acme --reject --reason 'holder mismatch'",
            "roster upgrade auto dy_acme --shop acme-shop --holder-name 'Li Lei' --holder-id 11010519491231002X --holder-phone 13800138000",
        ],
        "upgrade operator" => &["roster upgrade review dy_acme --approve"],
        "employee review" => &[
            "roster --org acme employee apply wang@acme.cn --name 'Wang Fang' --id-number 310115198805122347 --position Sales --proof sealed --agree 2> wang.password",
        ],
        "access check" => &[ACTIVE, ACTIVATED],
        "subaccount enable" => {
            &["roster --org starlight subaccount disable 13600000001 13600000002"]
        }
        "identity clear" => {
            &["roster identity penalize 11010519491231002X --kind ban --until 2026-12-31"]
        }
        _ => &[],
    }
}

/// One block of examples and where it comes from.
struct Block {
    source: String,
    /// The help page's command (`employee apply`), for `setup`.
    command: String,
    lines: Vec<Line>,
}

impl Block {
    /// A block that begins with `roster init` starts from no database: it
    /// shows a first session, not a step in the world.
    fn fresh(&self) -> bool {
        let first = self.lines.iter().find_map(|l| match l {
            Line::Run(l) | Line::Prints(l, _) => {
                let (code, _) = expected_status(l);
                (first_word(&code) == "roster").then_some(code)
            }
            Line::Config(_) => None,
        });
        first.is_some_and(|c| c.split_whitespace().last() == Some("init"))
    }
}

enum Line {
    /// Run; must exit 0, or the status its comment names.
    Run(String),
    /// Run; stdout must be exactly this.
    Prints(String, String),
    /// A config file `roster config show` must accept.
    Config(String),
}

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A directory holding `roster` (the binary under test), first on PATH.
fn path_var(bin: &Path) -> std::ffi::OsString {
    let mut dirs = vec![bin.to_path_buf()];
    dirs.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    std::env::join_paths(dirs).unwrap()
}

/// The world, built once: its directory (files and `world.db`) and the
/// directory that holds the `roster` link.
fn world() -> &'static (PathBuf, PathBuf) {
    static WORLD: OnceLock<(PathBuf, PathBuf)> = OnceLock::new();
    WORLD.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap().keep();
        let bin = dir.join("bin");
        std::fs::create_dir(&bin).unwrap();
        std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_roster"), bin.join("roster")).unwrap();
        let files = dir.join("files");
        std::fs::create_dir(&files).unwrap();
        let out = Command::new("bash")
            .arg(repo().join("tests/examples/world.sh"))
            .current_dir(&files)
            .env_clear()
            .env("PATH", path_var(&bin))
            .env("HOME", &files)
            .env("ROSTER_DB", dir.join("world.db"))
            .env("ROSTER_NOW", NOW)
            .env("ROSTER_ACTOR", "world")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "tests/examples/world.sh failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        (dir, bin)
    })
}

/// Joins `\`-continued lines and drops blank and comment-only lines.
fn joined<'a>(raw: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for l in raw {
        let t = l.trim();
        if let Some(head) = t.strip_suffix('\\') {
            cur.push_str(head.trim_end());
            cur.push(' ');
            continue;
        }
        cur.push_str(t);
        let done = std::mem::take(&mut cur);
        if !done.is_empty() && !done.starts_with('#') {
            out.push(done);
        }
    }
    out
}

fn readme_blocks() -> Vec<Block> {
    let text = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let mut blocks = Vec::new();
    let mut fence: Option<(usize, String, Vec<&str>)> = None;
    for (n, l) in text.lines().enumerate() {
        match (&mut fence, l.strip_prefix("```")) {
            (None, Some(lang)) => fence = Some((n + 1, lang.trim().to_string(), Vec::new())),
            (Some(_), Some(_)) => {
                let (at, lang, body) = fence.take().unwrap();
                let source = format!("README.md:{at}");
                let lines = match lang.as_str() {
                    "sh" | "cron" => joined(body.into_iter())
                        .into_iter()
                        .map(Line::Run)
                        .collect(),
                    "console" => console(&body),
                    "toml" => vec![Line::Config(body.join("\n"))],
                    other => panic!("{source}: a ```{other} block: say how to check it"),
                };
                blocks.push(Block {
                    source,
                    command: String::new(),
                    lines,
                });
            }
            (Some((_, _, body)), None) => body.push(l),
            (None, None) => {}
        }
    }
    assert!(fence.is_none(), "README.md: a fence is not closed");
    blocks
}

/// `$ command` lines, each followed by what it prints.
fn console(body: &[&str]) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    for l in body {
        if let Some(cmd) = l.strip_prefix("$ ") {
            out.push(Line::Prints(cmd.to_string(), String::new()));
        } else if let Some(Line::Prints(_, expected)) = out.last_mut() {
            expected.push_str(l);
            expected.push('\n');
        } else {
            panic!("README.md: a console block must start with `$ `: {l:?}");
        }
    }
    out
}

/// Every command's help, as the binary prints it, and its example lines:
/// those indented by exactly two spaces that run roster.
fn help_blocks() -> Vec<Block> {
    let mut paths = Vec::new();
    super::snapshots::command_paths(&roster::cli::Cli::command(), &[], &mut paths);
    let home = tempfile::tempdir().unwrap();
    let mut blocks = Vec::new();
    for path in paths {
        let out = Command::new(env!("CARGO_BIN_EXE_roster"))
            .args(&path)
            .arg("--help")
            .current_dir(home.path())
            .env_clear()
            .env("HOME", home.path())
            .output()
            .unwrap();
        let help = String::from_utf8(out.stdout).unwrap();
        let example_lines = help
            .lines()
            .filter(|l| l.starts_with("  ") && !l.starts_with("   ") || l.starts_with("      "));
        let mut lines = Vec::new();
        let mut pending: Vec<&str> = Vec::new();
        for l in example_lines {
            let t = l.trim();
            let continues = pending.last().is_some_and(|p| p.trim_end().ends_with('\\'));
            if continues || is_example(t) {
                pending.push(l);
                if !t.ends_with('\\') {
                    lines.extend(joined(pending.drain(..)));
                }
            }
        }
        if lines.is_empty() {
            continue;
        }
        let command = path.join(" ");
        blocks.push(Block {
            source: format!("roster {command} --help"),
            command,
            lines: lines.into_iter().map(Line::Run).collect(),
        });
    }
    blocks
}

/// An example line runs roster: it starts with it, feeds it, or is a
/// crontab line or a shell assignment that calls it.
fn is_example(t: &str) -> bool {
    t.starts_with("roster ")
        || t.contains("| roster ")
        || t.contains("=$(roster ")
        || (t.starts_with(|c: char| c.is_ascii_digit() || c == '*') && t.contains(" roster "))
}

/// The first word of a command line, after `VAR=value` assignments.
fn first_word(cmd: &str) -> &str {
    cmd.split_whitespace()
        .find(|w| !(w.contains('=') && !w.starts_with('-') && !w.starts_with('$')))
        .unwrap_or("")
}

/// Splits at `sep` outside quotes and `$(…)`; `|` never splits `||`.
fn split_outside(line: &str, sep: char) -> Vec<String> {
    let mut parts = vec![String::new()];
    let (mut single, mut double, mut depth) = (false, false, 0u32);
    let chars: Vec<char> = line.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\'' if !double => single = !single,
            '"' if !single => double = !double,
            '(' if !single && i > 0 && chars[i - 1] == '$' => depth += 1,
            ')' if !single && depth > 0 => depth -= 1,
            _ => {}
        }
        let doubled = |j: usize| chars.get(j) == Some(&sep);
        let at_sep = c == sep
            && !single
            && !double
            && depth == 0
            && (sep != '|' || !(doubled(i + 1) || i > 0 && doubled(i - 1)));
        if at_sep {
            parts.push(String::new());
        } else {
            parts.last_mut().unwrap().push(c);
        }
    }
    parts
}

/// The line without its trailing comment, and the exit status the comment
/// names (`# exit 4`), else 0.
fn expected_status(line: &str) -> (String, i32) {
    let parts = split_outside(line, '#');
    // A `#` starts a comment only after whitespace.
    let mut code = parts[0].clone();
    let mut comment = String::new();
    for p in &parts[1..] {
        if code.ends_with(char::is_whitespace) && comment.is_empty() {
            comment = p.clone();
        } else if comment.is_empty() {
            code.push('#');
            code.push_str(p);
        }
    }
    let status = comment
        .trim()
        .strip_prefix("exit ")
        .and_then(|r| r.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    (code.trim().to_string(), status)
}

/// The crontab line's command (the five time fields dropped, `\%` as cron
/// reads it); other lines as they are.
fn uncron(line: &str) -> String {
    let words: Vec<&str> = line.split_whitespace().collect();
    let field = |w: &str| w.chars().all(|c| c.is_ascii_digit() || "*/,-".contains(c));
    if words.len() > 5 && words[..5].iter().all(|w| field(w)) {
        let mut rest = line.trim_start();
        for _ in 0..5 {
            rest = rest.trim_start().split_once(char::is_whitespace).unwrap().1;
        }
        return rest.trim().replace("\\%", "%");
    }
    line.to_string()
}

fn installed(program: &str, path: &std::ffi::OsStr) -> bool {
    std::env::split_paths(path).any(|d| d.join(program).is_file())
}

/// The shell text that runs one line and checks its status.
fn script_line(line: &str, path: &std::ffi::OsStr, out: &mut String) -> Option<String> {
    let (code, status) = expected_status(line);
    if SKIPPED.contains(&first_word(&code)) {
        return None;
    }
    let mut code = uncron(&code).replace("/usr/local/bin/roster", "roster");
    for root in SYSTEM_ROOTS {
        for lead in [" ", "=", ">"] {
            code = code.replace(&format!("{lead}{root}"), &format!("{lead}$ROOT{root}"));
        }
    }
    // Cut the pipeline before a program this machine does not have.
    let stages = split_outside(&code, '|');
    let mut kept: Vec<String> = Vec::new();
    for (i, s) in stages.iter().enumerate() {
        let program = first_word(s);
        if i > 0 && !installed(program, path) {
            break;
        }
        kept.push(s.clone());
    }
    let code = kept.join("|").trim().to_string();
    // The directories a redirection writes into.
    let mut words = code.split_whitespace().peekable();
    while let Some(w) = words.next() {
        let target = match w.trim_start_matches('2') {
            ">" | ">>" => words.peek().map(|t| t.to_string()),
            t if t.starts_with('>') => Some(t.trim_start_matches('>').to_string()),
            _ => None,
        };
        // The directory part only: a word may end inside `$(date +%F)`.
        let dir = target
            .filter(|t| !t.starts_with('&'))
            .and_then(|t| t.rfind('/').map(|i| t[..i].to_string()))
            .filter(|d| !d.is_empty());
        if let Some(d) = dir {
            // Unquoted, as the line has it: `~` and `$ROOT` expand.
            out.push_str(&format!("mkdir -p {d}\n"));
        }
    }
    Some(format!(
        "echo {q} >&2\nif {code}; then rc=0; else rc=$?; fi\n\
         [ \"$rc\" = {status} ] || {{ echo \"EXAMPLE FAILED: exit $rc, expected {status}\" >&2; exit 1; }}\n",
        q = shell_quote(&format!("+ {line}")),
    ))
}

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// Runs one block in a fresh copy of the world; the failure, if any.
fn run_block(block: &Block) -> Option<String> {
    let (world, bin) = world();
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for e in std::fs::read_dir(world.join("files")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), root.join(e.file_name())).unwrap();
    }
    for db in ["roster.db", "srv/roster.db", "srv/roster/roster.db"] {
        let to = root.join(db);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        if !block.fresh() {
            // The database and its identity key (beside it, by its name).
            std::fs::copy(world.join("world.key"), to.with_extension("key")).unwrap();
            std::fs::copy(world.join("world.db"), to).unwrap();
        }
    }
    std::os::unix::fs::symlink(repo().join("fixtures"), root.join("fixtures")).unwrap();
    let path = path_var(bin);
    let mut script = String::from("set -o pipefail\n");
    for step in setup(&block.command) {
        script.push_str(&format!(
            "{step} >/dev/null || {{ echo 'SETUP FAILED: {}' >&2; exit 1; }}\n",
            step.replace('\'', "")
        ));
    }
    let mut expected = BTreeMap::new();
    for (n, line) in block.lines.iter().enumerate() {
        match line {
            Line::Run(l) => {
                if let Some(s) = script_line(l, &path, &mut script) {
                    script.push_str(&s);
                }
            }
            Line::Prints(l, want) => {
                let file = format!("printed-{n}");
                let s = script_line(&format!("{l} > {file}"), &path, &mut script)
                    .unwrap_or_else(|| panic!("{}: {l} is not run", block.source));
                script.push_str(&s);
                expected.insert(file, (l.clone(), want.clone()));
            }
            Line::Config(toml) => {
                let file = format!("config-{n}.toml");
                std::fs::write(root.join(&file), toml).unwrap();
                let s = script_line(
                    &format!("roster --config {file} config show"),
                    &path,
                    &mut script,
                );
                script.push_str(&s.unwrap());
            }
        }
    }
    let out = Command::new("bash")
        .arg("-c")
        .arg(&script)
        .current_dir(root)
        .env_clear()
        .env("PATH", &path)
        .env("HOME", root)
        .env("XDG_CONFIG_HOME", root.join(".config"))
        .env("ROOT", root)
        .env("ROSTER_DB", root.join("roster.db"))
        .env("ROSTER_NOW", NOW)
        .env("ROSTER_ACTOR", "examples")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        let tail: Vec<&str> = stderr.lines().rev().take(12).collect();
        return Some(format!(
            "{}:\n{}",
            block.source,
            tail.into_iter().rev().collect::<Vec<_>>().join("\n")
        ));
    }
    for (file, (line, want)) in expected {
        let got = std::fs::read_to_string(root.join(&file)).unwrap();
        if got != want {
            return Some(format!(
                "{}: `{line}` printed\n{got}\nnot, as the README shows,\n{want}",
                block.source
            ));
        }
    }
    None
}

fn run_all(blocks: &[Block]) {
    let failures: Vec<String> = blocks.iter().filter_map(run_block).collect();
    assert!(
        failures.is_empty(),
        "{} of {} example blocks failed:\n\n{}",
        failures.len(),
        blocks.len(),
        failures.join("\n\n")
    );
}

#[test]
fn every_example_in_help_runs() {
    let blocks = help_blocks();
    let lines: usize = blocks.iter().map(|b| b.lines.len()).sum();
    // The walk found them: every command with a verb has an example.
    assert!(
        blocks.len() > 60 && lines > 100,
        "{} blocks, {lines} lines",
        blocks.len()
    );
    run_all(&blocks);
}

#[test]
fn every_example_in_the_readme_runs() {
    let blocks = readme_blocks();
    assert!(blocks.len() > 10, "{} blocks", blocks.len());
    run_all(&blocks);
}

#[test]
fn a_failing_example_is_reported_with_its_source() {
    // The runner itself: a line with a wrong flag, one whose comment names
    // the status it exits with, and one that prints other than shown.
    let bad = Block {
        source: "test".into(),
        command: String::new(),
        lines: vec![Line::Run("roster org show acme --no-such-flag".into())],
    };
    let failure = run_block(&bad).expect("a usage error fails the block");
    assert!(failure.contains("exit 2, expected 0"), "{failure}");
    let refused = Block {
        source: "test".into(),
        command: String::new(),
        lines: vec![Line::Run("roster org show nosuch   # exit 3".into())],
    };
    assert_eq!(run_block(&refused), None);
    let printed = Block {
        source: "test".into(),
        command: String::new(),
        lines: vec![Line::Prints(
            "roster org show acme --format csv".into(),
            "x\n".into(),
        )],
    };
    let failure = run_block(&printed).expect("different output fails the block");
    assert!(failure.contains("not, as the README shows"), "{failure}");
}

#[test]
fn lines_are_read_as_a_shell_reads_them() {
    assert_eq!(
        expected_status("roster auth unbind dy_lilei   # exit 4, names the way out"),
        ("roster auth unbind dy_lilei".to_string(), 4)
    );
    assert_eq!(
        expected_status("roster explain EN-4 # what it says"),
        ("roster explain EN-4".to_string(), 0)
    );
    assert_eq!(
        expected_status("echo 'a # b' | roster x#y"),
        ("echo 'a # b' | roster x#y".to_string(), 0)
    );
    assert_eq!(
        uncron("*/5 * * * *  ROSTER_DB=/srv/r.db roster sweep > x-$(date +\\%F)"),
        "ROSTER_DB=/srv/r.db roster sweep > x-$(date +%F)"
    );
    assert_eq!(
        split_outside("roster due | jq -r 'select(.a) | .b' || true", '|'),
        vec!["roster due ", " jq -r 'select(.a) | .b' || true"]
    );
    assert_eq!(first_word("ROSTER_NOW=x roster sweep"), "roster");
}
