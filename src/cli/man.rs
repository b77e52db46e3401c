//! `roster man`: the manual page (roff, via clap_mangen) and, with
//! `--markdown`, the command reference of docs/commands.md. Both are made
//! from the clap tree, so they say what `--help` says; `man/roster.1` and
//! `docs/commands.md` are these outputs, committed and kept current by a
//! test (scripts/man.sh regenerates them).

use clap::{Arg, Command};
use clap_mangen::roff::{Roff, bold, italic, roman};

/// The version the generated files carry: the package's, without the
/// commit (so they do not change with every commit).
const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The manual page of `cmd` (the root command), in roff.
pub fn page(cmd: Command) -> std::io::Result<Vec<u8>> {
    let mut cmd = cmd.version(VERSION);
    cmd.build();
    let man = clap_mangen::Man::new(cmd.clone())
        .source(format!("roster {VERSION}"))
        .manual("roster manual");
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    let mut roff = Roff::new();
    commands_section(&mut roff, &mut cmd);
    if let Some(examples) = cmd.get_after_help() {
        roff.control("SH", ["EXAMPLES"]);
        roff.control("nf", []);
        for line in examples
            .to_string()
            .lines()
            .skip_while(|l| l.ends_with(':'))
        {
            roff.text([roman(line)]);
        }
        roff.control("fi", []);
    }
    man_sections(&mut roff, &cmd);
    out.extend(roff.to_roff().into_bytes());
    man.render_version_section(&mut out)?;
    Ok(once_preamble(&out))
}

/// clap_mangen starts every section it renders with the same two-line
/// preamble (how to print an apostrophe); the page needs it once.
fn once_preamble(page: &[u8]) -> Vec<u8> {
    const PREAMBLE: &str = ".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n";
    let text = String::from_utf8_lossy(page);
    match text.split_once(PREAMBLE) {
        Some((before, after)) => {
            format!("{before}{PREAMBLE}{}", after.replace(PREAMBLE, "")).into_bytes()
        }
        None => page.to_vec(),
    }
}

/// COMMANDS: every command, its usage and what it does (`roster COMMAND
/// --help` has the rest).
fn commands_section(roff: &mut Roff, root: &mut Command) {
    roff.control("SH", ["COMMANDS"]);
    roff.text([
        roman("Every command takes the global options above; "),
        bold("roster COMMAND --help"),
        roman(" shows its own, with examples."),
    ]);
    for (path, cmd) in tree(root) {
        roff.control("TP", []);
        roff.text([bold(path.join(" "))]);
        roff.text([roman(about(&cmd))]);
        if cmd.get_subcommands().next().is_none() {
            roff.control("br", []);
            roff.text([italic(usage(&cmd))]);
        }
    }
}

/// The fixed sections a manual page has: exit status, environment, files,
/// see also.
fn man_sections(roff: &mut Roff, root: &Command) {
    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in EXIT_CODES {
        roff.control("TP", []);
        roff.text([bold(code.to_string())]);
        roff.text([roman(meaning)]);
    }
    roff.control("SH", ["ENVIRONMENT"]);
    for a in root.get_arguments() {
        if let (Some(env), Some(long)) = (a.get_env(), a.get_long()) {
            roff.control("TP", []);
            roff.text([bold(env.to_string_lossy())]);
            roff.text([roman(format!("The default of --{long}."))]);
        }
    }
    roff.control("SH", ["FILES"]);
    roff.control("TP", []);
    roff.text([bold("roster.db")]);
    roff.text([roman(
        "The SQLite database (--db, ROSTER_DB), created readable by its owner only; \
         a write creates it, a read of a missing file exits 3.",
    )]);
    roff.control("TP", []);
    roff.text([bold("$XDG_CONFIG_HOME/roster/config.toml")]);
    roff.text([roman(
        "Policy values and defaults (--config, ROSTER_CONFIG); roster config show prints them.",
    )]);
    roff.control("SH", ["SEE ALSO"]);
    roff.text([
        bold("roster explain ID"),
        roman(" prints a rule (EN-4) or an error code (QUOTA_EXCEEDED) in full. \
               The project's docs/ folder has the rules (rules.md), the error codes (errors.md), \
               the exit codes, the JSON fields, the import columns and this reference in Markdown (commands.md)."),
    ]);
}

/// The exit codes, as docs/exit-codes.md gives them.
pub const EXIT_CODES: [(i32, &str); 8] = [
    (0, "Success, also when nothing changed (unchanged)."),
    (
        1,
        "An internal or I/O error: a file that cannot be read or written, a database error.",
    ),
    (2, "A usage error: bad flags or arguments, a missing --org."),
    (
        3,
        "Not found: no such organisation, account, position, database …",
    ),
    (4, "Refused by a rule: quota, state, conflict, time window."),
    (
        5,
        "Invalid input: a malformed identity number, phone, email, date, CSV; a missing flag.",
    ),
    (
        6,
        "A batch finished, but some rows failed (see the report).",
    ),
    (
        7,
        "The database stayed locked by another roster past --busy-timeout.",
    ),
];

/// Every command under `root`, depth first, with its path from `roster`;
/// `help` left out.
fn tree(root: &mut Command) -> Vec<(Vec<String>, Command)> {
    root.build();
    let mut out = Vec::new();
    walk(root, &mut vec![root.get_name().to_string()], &mut out);
    out
}

fn walk(cmd: &Command, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, Command)>) {
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" || sub.is_hide_set() {
            continue;
        }
        path.push(sub.get_name().to_string());
        out.push((path.clone(), sub.clone()));
        walk(sub, path, out);
        path.pop();
    }
}

fn about(cmd: &Command) -> String {
    cmd.get_about().map(ToString::to_string).unwrap_or_default()
}

/// `roster org create enterprise [OPTIONS] --name <NAME> … <HANDLE>`.
fn usage(cmd: &Command) -> String {
    let mut c = cmd.clone();
    let u = c.render_usage().to_string();
    u.trim_start_matches("Usage:").trim().to_string()
}

/// An argument the root declares for every command (`--db`, `--org` …).
fn is_global(arg: &Arg) -> bool {
    arg.is_global_set() || matches!(arg.get_id().as_str(), "help" | "version")
}

const PREAMBLE: &str = "\
# Command reference

Every `roster` command with its arguments and options, as `roster COMMAND
--help` gives them. This file is generated from the command definitions
(`roster man --markdown`; `scripts/man.sh` rewrites it and `man/roster.1`,
and a test fails while either is stale): edit the help texts in the
source, not this file.

Conventions that hold for every command:

- Objects are named by natural keys: orgs by handle, positions by name,
  departments by path (`Sales/East`), employee accounts by login email,
  personal accounts and official accounts by Douyin id, sub-accounts by
  phone or email.
- Org-scoped commands act on `--org` (or `ROSTER_ORG`, or `default_org` in
  the config).
- Instants are RFC 3339 (`2026-02-13T09:00:00+08:00`); a bare date
  (`2026-12-31`) means the end of that day in Asia/Shanghai.
- `CODES` is a comma-separated list of permission codes
  ([rules.md](rules.md#pos-2a)); lists in one value may also be separated by
  `;`, `、` or `|`.
- Re-running a command whose effect is already there exits 0 with
  `unchanged` and writes no audit event.
- Errors print a stable code and the rule (`roster explain CODE`);
  [exit-codes.md](exit-codes.md) lists the exit codes, [errors.md](errors.md)
  every code, [json.md](json.md) the JSON fields.
";

/// The command reference as Markdown (docs/commands.md).
pub fn markdown(cmd: Command) -> String {
    let mut root = cmd.version(VERSION);
    root.build();
    let mut s = String::from(PREAMBLE);
    s.push_str("\n## Global options\n\nAccepted by every command, before or after it.\n\n");
    let globals: Vec<&Arg> = root
        .get_arguments()
        .filter(|a| !a.is_hide_set() && !matches!(a.get_id().as_str(), "help" | "version"))
        .collect();
    options_table(&mut s, &globals);
    s.push_str("\n`-h`/`--help` prints the help of any command, `-V`/`--version` the version.\n");
    let commands = tree(&mut root);
    s.push_str("\n## Commands\n\n");
    for (path, cmd) in &commands {
        let depth = path.len() - 2;
        s.push_str(&format!(
            "{}- [`{}`](#{}) — {}\n",
            "  ".repeat(depth),
            path[1..].join(" "),
            anchor(path),
            about(cmd)
        ));
    }
    for (path, cmd) in &commands {
        s.push_str(&format!("\n### {}\n\n", path.join(" ")));
        let text = cmd
            .get_long_about()
            .or(cmd.get_about())
            .map(ToString::to_string)
            .unwrap_or_default();
        s.push_str(&format!("{}\n", text.trim()));
        s.push_str(&format!("\n```text\n{}\n```\n", usage(cmd)));
        let args: Vec<&Arg> = cmd
            .get_arguments()
            .filter(|a| !a.is_hide_set() && !is_global(a))
            .collect();
        if !args.is_empty() {
            s.push('\n');
            options_table(&mut s, &args);
        }
        if let Some(after) = cmd.get_after_long_help().or(cmd.get_after_help()) {
            after_help(&mut s, &after.to_string());
        }
    }
    s
}

/// The text after a command's options: prose stays prose, indented lines
/// (examples) become a code block.
fn after_help(s: &mut String, text: &str) {
    for para in text.trim_end().split("\n\n") {
        let (prose, code): (Vec<&str>, Vec<&str>) =
            para.lines().partition(|l| !l.starts_with("  "));
        if !prose.is_empty() {
            s.push_str(&format!("\n{}\n", prose.join("\n")));
        }
        if !code.is_empty() {
            let code: Vec<&str> = code.iter().map(|l| &l[2..]).collect();
            s.push_str(&format!("\n```sh\n{}\n```\n", code.join("\n")));
        }
    }
}

/// GitHub's anchor of a `### roster org create` heading.
fn anchor(path: &[String]) -> String {
    path.join("-")
}

fn options_table(s: &mut String, args: &[&Arg]) {
    s.push_str("| argument or option | meaning |\n|---|---|\n");
    for a in args {
        s.push_str(&format!("| {} | {} |\n", cell(&name(a)), cell(&meaning(a))));
    }
}

/// `<HANDLE>`, `--name <NAME>`, `-q, --quiet`, `<DOUYIN_ID>...`.
fn name(a: &Arg) -> String {
    let values = a
        .get_value_names()
        .map(|v| {
            v.iter()
                .map(|n| format!("<{n}>"))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|| format!("<{}>", a.get_id().as_str().to_uppercase()));
    let takes_value = a.get_action().takes_values();
    let many = a.get_num_args().is_some_and(|n| n.max_values() > 1);
    let values = if many { format!("{values}...") } else { values };
    match (a.get_short(), a.get_long()) {
        (None, None) => format!("`{values}`"),
        (short, Some(long)) => {
            let flag = match short {
                Some(c) => format!("-{c}, --{long}"),
                None => format!("--{long}"),
            };
            if takes_value {
                format!("`{flag} {values}`")
            } else {
                format!("`{flag}`")
            }
        }
        (Some(c), None) => format!("`-{c}`"),
    }
}

/// The help text, then what is required, accepted, defaulted, read from
/// the environment.
fn meaning(a: &Arg) -> String {
    let mut parts = Vec::new();
    if let Some(h) = a.get_long_help().or(a.get_help()) {
        let h = h.to_string().trim().to_string();
        let end = if h.ends_with(['.', '?', ')', ']']) {
            ""
        } else {
            "."
        };
        parts.push(format!("{h}{end}"));
    }
    if a.is_required_set() {
        parts.push("Required.".to_string());
    }
    let values: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| match v.get_help() {
            Some(h) => format!("`{}` ({h})", v.get_name()),
            None => format!("`{}`", v.get_name()),
        })
        .collect();
    if !values.is_empty() && a.get_action().takes_values() {
        parts.push(format!("One of {}.", values.join(", ")));
    }
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|d| d.to_string_lossy().into_owned())
        .filter(|d| !d.is_empty())
        .collect();
    if !defaults.is_empty() && a.get_action().takes_values() {
        parts.push(format!("Default `{}`.", defaults.join(",")));
    }
    if let Some(env) = a.get_env() {
        parts.push(format!("Env `{}`.", env.to_string_lossy()));
    }
    parts.join(" ")
}

/// A Markdown table cell: one line, `|` escaped.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}
