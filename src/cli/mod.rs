//! The command line: the only module that imports clap and writes to stdout
//! or stderr. One file per noun; each verb parses, calls one `app` function
//! and emits the view.

mod access;
mod audit;
mod auth;
mod bulk;
mod calendar;
mod code;
mod cs;
mod department;
mod due;
mod employee;
mod explain;
mod identity;
mod man;
mod ops;
mod org;
mod position;
mod run;

use run::is_broken_pipe;
pub(crate) use run::{Run, Shown, batch_row, io_error, is_dev_null};
mod subaccount;
mod sweep;
mod upgrade;
mod values;

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::config::Config;
use crate::error::{Error, Result};
use crate::output::{Format, Out};

const EXAMPLES: &str = "\
Examples:
  roster init
  roster org create enterprise acme --name 'Acme Ltd' --uscc 91350100M000100Y43 \\
      --legal-rep-name 'Li Lei' --legal-rep-id 11010519491231002X
  roster --org acme position create Sales --perm backend.video,backend.live
  roster --json org show acme | jq .quota_limit
  roster audit --object org:acme --format jsonl";

/// `roster --version`: the package version and the commit it was built
/// from (build.rs; "unknown" outside a git checkout).
const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("ROSTER_GIT_COMMIT"),
    ")"
);

#[derive(Debug, Parser)]
#[command(
    name = "roster",
    version = VERSION,
    about = "System of record and rule engine for a Douyin account matrix",
    long_about = "System of record and rule engine for a Douyin account matrix: enterprises \
with employee accounts, agencies and shops with sub-accounts, shop official-account upgrades. \
Every command checks the platform's rules before anything changes and writes an audit event; \
`roster explain ID` prints a rule (EN-4) or an error code (QUOTA_EXCEEDED) in full.",
    after_help = EXAMPLES,
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

/// The options every command takes, shown under their own heading in every
/// command's help.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
struct Global {
    #[arg(long, env = "ROSTER_DB", global = true, default_value = "roster.db", help = crate::store::DB_HELP)]
    db: PathBuf,
    /// The organisation an org-scoped command acts on
    #[arg(long, env = "ROSTER_ORG", global = true)]
    org: Option<String>,
    /// Output format
    #[arg(long, env = "ROSTER_FORMAT", global = true, value_parser = values::format())]
    format: Option<String>,
    /// Short for --format json
    #[arg(long, global = true)]
    json: bool,
    /// The instant this run takes as now, for replays and tests: RFC 3339, or a date (the end of that day in Asia/Shanghai), as every instant flag
    #[arg(long, env = "ROSTER_NOW", global = true)]
    now: Option<String>,
    /// Who is recorded in the audit log [default: $USER, else $LOGNAME, else the process owner, else unknown]
    #[arg(long, env = "ROSTER_ACTOR", global = true)]
    actor: Option<String>,
    /// Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]
    #[arg(long, env = "ROSTER_CONFIG", global = true)]
    config: Option<PathBuf>,
    /// The identity key: the file that seals identity numbers in the database (0600, created with it; keep it apart from the database's backups) [default: key_file in the config, else beside the database: roster.db → roster.key]
    #[arg(long, env = "ROSTER_KEY_FILE", global = true)]
    key_file: Option<PathBuf>,
    /// Milliseconds to wait for another writer before exit 7 (at most 2147483647, SQLite's limit)
    #[arg(
        long,
        env = "ROSTER_BUSY_TIMEOUT_MS",
        global = true,
        default_value_t = 5000,
        value_parser = clap::value_parser!(u64).range(..=i32::MAX as u64)
    )]
    busy_timeout: u64,
    /// Open a database on a network filesystem (NFS, SMB/CIFS, sshfs …) anyway; roster refuses one otherwise, as SQLite's write-ahead log corrupts there
    #[arg(long, env = "ROSTER_ALLOW_NETWORK_FS", global = true)]
    allow_network_fs: bool,
    /// Show identity numbers unmasked (recorded in the audit log)
    #[arg(long, global = true)]
    reveal_pii: bool,
    /// No output on success (exit code only)
    #[arg(short, long, global = true)]
    quiet: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create or migrate the database (idempotent)
    #[command(after_help = "Example:\n  roster --db /srv/roster.db init")]
    Init,
    /// Organisations: enterprises, agencies, shops (EN-1 … EN-6)
    #[command(
        subcommand,
        after_help = "Example:\n  roster org create agency starlight --name 'Starlight MCN' --main-phone 13800138000\n  roster org list --kind enterprise"
    )]
    Org(org::OrgCmd),
    /// Positions: named permission sets (POS-1 … POS-5)
    #[command(
        subcommand,
        after_help = "Example:\n  roster --org acme position create Sales --perm backend.video,backend.live\n  roster position catalogue enterprise"
    )]
    Position(position::PositionCmd),
    /// Departments of an enterprise, addressed by path (DEP-1)
    #[command(
        subcommand,
        after_help = "Example:\n  roster --org acme department create Sales/East"
    )]
    Department(department::DepartmentCmd),
    /// Enterprise employee accounts (企业员工号): apply … deregister (EA-1 … EA-12)
    #[command(
        subcommand,
        after_help = "Example:\n  roster --org acme employee apply li@acme.cn --name 'Li Lei' --id-number 11010519491231002X \\\n      --position Sales --department Sales/East --proof sealed --agree\n  roster employee list --status active"
    )]
    Employee(employee::EmployeeCmd),
    /// Authorised personal accounts (员工个人号授权): invite … end (PA-1 … PA-8)
    #[command(
        subcommand,
        after_help = "Example:\n  roster --org acme auth invite dy_lilei --modules backend.video --agree --valid-until 2026-12-31"
    )]
    Auth(auth::AuthCmd),
    /// Shop official account upgrades (店铺官方账号升级, UP-1 … UP-8)
    #[command(
        subcommand,
        after_help = "Example:\n  roster upgrade start dy_acme --shop acme-shop --holder-name 'Li Lei' \\\n      --holder-id 11010519491231002X --holder-phone 13800138000\n  roster upgrade status --shop acme-shop"
    )]
    Upgrade(upgrade::UpgradeCmd),
    /// One-time verification codes (VC-1)
    #[command(
        subcommand,
        after_help = "Example:\n  roster --org starlight code issue --phone 13600000003"
    )]
    Code(code::CodeCmd),
    /// Agency and shop sub-accounts (AG-1 … AG-6, SH-1 … SH-3)
    #[command(
        subcommand,
        after_help = "Example:\n  code=$(roster --org starlight --json code issue --phone 13600000003 | jq -r .code)\n  roster --org starlight subaccount add --phone 13600000003 --code \"$code\" --name 'Zhang Wei' --position 运营"
    )]
    Subaccount(subaccount::SubaccountCmd),
    /// Customer-service routing of a shop (SH-4)
    #[command(
        subcommand,
        after_help = "Example:\n  roster --org acme-shop cs route 商品详情页"
    )]
    Cs(cs::CsCmd),
    /// Who holds which permission, now or at any past instant (POS-4)
    #[command(
        subcommand,
        after_help = "Example:\n  roster access check 13600000001 agency.tasks --at 2026-03-01"
    )]
    Access(access::AccessCmd),
    /// Bulk import from CSV: UTF-8, GB18030 or UTF-16 text from Excel, English or Chinese headers
    #[command(after_help = bulk::import_help())]
    Import(bulk::ImportArgs),
    /// Export what import reads back (csv, or jsonl with --format jsonl)
    #[command(
        after_help = "Identity numbers are masked unless --reveal-pii; importing an export (masked or not) changes nothing.\n\nExample:\n  roster export employees --org acme > employees.csv"
    )]
    Export(bulk::ExportArgs),
    /// End what has expired; one idempotent pass for cron (SW-1)
    #[command(
        after_help = "Prints a count per kind and `changed`, their total. With --dry-run nothing changes.

Example (crontab, every 5 minutes):
  */5 * * * * ROSTER_DB=/srv/roster.db roster --format jsonl sweep >> /var/log/roster-sweep.jsonl"
    )]
    Sweep {
        /// Report what would change; change nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// What falls due in a window from now, before the sweep ends it (PA-1, PA-2, UP-3, UP-6, EA-10, VC-1)
    #[command(after_help = due::AFTER_HELP)]
    Due(due::DueArgs),
    /// The working-day calendar: which years it covers, and checking a calendar file (TM-1, EA-10)
    #[command(
        after_help = "Without a verb, shows the covered years. Needs no database.\n\nExample:\n  roster calendar\n  roster calendar check holidays-2027.json"
    )]
    Calendar {
        #[command(subcommand)]
        cmd: Option<calendar::CalendarCmd>,
    },
    /// Penalties and creator-marketplace identity (EA-7, EA-12, PA-8)
    #[command(
        subcommand,
        after_help = "Example:\n  roster identity penalize 11010519491231002X --kind ban --until 2026-12-31"
    )]
    Identity(identity::IdentityCmd),
    /// Who did what, when (AU-1)
    #[command(after_help = audit::EXAMPLES)]
    Audit(audit::AuditArgs),
    /// Copy the database, consistently, while others write (SQLite's online backup)
    #[command(after_help = ops::BACKUP_HELP)]
    Backup(ops::BackupArgs),
    /// Copy the whole database into another, empty one: SQLite to PostgreSQL or back, verified
    #[command(after_help = ops::MIGRATE_HELP)]
    Migrate(ops::MigrateArgs),
    /// Check the database: integrity, schema, counters, audit trail, identity numbers in clear
    #[command(after_help = ops::DOCTOR_HELP)]
    Doctor,
    /// The configuration in force
    #[command(
        subcommand,
        after_help = "Example:\n  roster --config ./roster.toml config show"
    )]
    Config(ConfigCmd),
    /// Print a shell completion script
    #[command(after_help = "Example:\n  roster completions bash > /etc/bash_completion.d/roster")]
    Completions {
        /// The shell to print the script for
        shell: clap_complete::Shell,
    },
    /// A rule (EN-4) or an error code (QUOTA_EXCEEDED) in full: what it says, where it comes from, what roster checks, the ways out
    #[command(after_help = explain::AFTER_HELP)]
    Explain(explain::ExplainArgs),
    /// Print the manual page (roff), or the command reference as Markdown
    #[command(
        after_help = "Examples:\n  roster man > /usr/local/share/man/man1/roster.1\n  roster man | man -l -\n  roster man --markdown > commands.md"
    )]
    Man {
        /// The command reference as Markdown (docs/commands.md) instead of roff
        #[arg(long)]
        markdown: bool,
    },
}

#[derive(Debug, Subcommand)]
enum ConfigCmd {
    /// Print every policy value in force (defaults merged with the config file)
    #[command(after_help = "Example:\n  roster config show --json | jq .policy.quota")]
    Show,
}

/// Parses, runs, prints the error the way the format asks, and returns the
/// exit code.
pub fn main() -> i32 {
    let parsed = Cli::command()
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m).map(|c| (c, m)));
    let (cli, matches) = match parsed {
        Ok(c) => c,
        Err(e) => {
            // PII-1: clap quotes what it could not place, which may be an
            // identity number.
            if e.use_stderr() {
                let text = crate::domain::validate::mask_identities_in(&e.render().to_string());
                if machine_format_asked() {
                    // A script that asked for JSON parses one shape, usage
                    // errors included.
                    let message = text.trim().trim_start_matches("error: ").to_string();
                    let usage = Error::Usage { message };
                    let _ = writeln!(io::stderr(), "{}", usage.envelope());
                } else {
                    // What was typed may hold an escape sequence.
                    let _ = write!(io::stderr(), "{}", crate::output::escaped_lines(&text));
                }
                return 2;
            }
            let _ = e.print();
            return 0;
        }
    };
    // `roster audit --actor A` filters by actor (docs/commands.md); only a flag typed
    // on the line does, not ROSTER_ACTOR from the environment.
    let actor_typed = matches
        .subcommand()
        .and_then(|(_, sub)| sub.value_source("actor"))
        == Some(clap::parser::ValueSource::CommandLine)
        || matches.value_source("actor") == Some(clap::parser::ValueSource::CommandLine);
    let format = match (cli.global.json, cli.global.format.as_deref()) {
        (true, _) => Format::Json,
        (false, Some(f)) => Format::parse(f).unwrap_or(Format::Table),
        (false, None) => Format::Table,
    };
    match run(cli, format, actor_typed) {
        Ok(()) => 0,
        Err(e) if is_broken_pipe(&e) => 0,
        Err(e) => {
            report(&e, format);
            e.exit_code()
        }
    }
}

/// Whether the command line (or `ROSTER_FORMAT`) asks for JSON or JSON
/// Lines, read before clap could parse it: a usage error then answers in
/// the same shape as every other error.
fn machine_format_asked() -> bool {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let machine = |f: &str| matches!(f.trim().to_ascii_lowercase().as_str(), "json" | "jsonl");
    let mut asked = std::env::var("ROSTER_FORMAT").is_ok_and(|f| machine(&f));
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--json" {
            asked = true;
        } else if a == "--format" {
            if let Some(f) = it.next() {
                asked = machine(f);
            }
        } else if let Some(f) = a.strip_prefix("--format=") {
            asked = machine(f);
        }
    }
    asked
}

/// The name of the user the process runs as: the owner of `/proc/self`,
/// named by `/etc/passwd` (or `uid:N` when it has no entry).
fn process_owner() -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let uid = std::fs::metadata("/proc/self").ok()?.uid();
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let name = passwd.lines().find_map(|l| {
        let mut f = l.split(':');
        let name = f.next()?;
        let id = f.nth(1)?;
        (id.parse::<u32>().ok()? == uid).then(|| name.to_string())
    });
    Some(name.unwrap_or_else(|| format!("uid:{uid}")))
}

fn report(e: &Error, format: Format) {
    let mut err = io::stderr().lock();
    // PII-1: a message may quote what was typed, which may be an identity
    // number (an 18-character Douyin id looks like one).
    let mask = crate::domain::validate::mask_identities_in;
    let _ = if format.is_machine() {
        writeln!(err, "{}", mask(&e.envelope().to_string()))
    } else {
        writeln!(
            err,
            "{}",
            crate::output::escaped_lines(&mask(&e.human_line()))
        )
    };
}

fn run(cli: Cli, format: Format, actor_typed: bool) -> Result<()> {
    let Cli { global, command } = cli;
    if let Command::Completions { shell } = command {
        // Into a buffer first: clap_complete panics when its writer fails
        // (a closed pipe), and a closed pipe must end quietly.
        let mut cmd = Cli::command();
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut cmd, "roster", &mut script);
        let mut out = io::stdout().lock();
        return out
            .write_all(&script)
            .and_then(|()| out.flush())
            .map_err(io_error);
    }
    // Neither needs the clock, the config or the database.
    let command = match command {
        Command::Explain(a) => return explain::run(a, format, global.quiet),
        Command::Man { markdown } => return print_man(markdown),
        other => other,
    };
    let now = crate::clock::now(global.now.as_deref())?;
    let config = Config::load(global.config.as_deref())?;
    // AU-1: who acts. Under cron `$USER` is often unset: the process
    // owner is known all the same. An empty value counts as unset.
    let given = |v: Option<String>| v.filter(|a| !a.trim().is_empty());
    let actor = given(global.actor.clone())
        .or_else(|| given(std::env::var("USER").ok()))
        .or_else(|| given(std::env::var("LOGNAME").ok()))
        .or_else(process_owner)
        .unwrap_or_else(|| "unknown".to_string());
    let actor = crate::app::field::actor("--actor", &actor)?;
    let out = Out::new(format, global.quiet, BufWriter::new(io::stdout()))
        .on_terminal(io::stdout().is_terminal());
    let mut run = Run {
        global,
        format,
        now,
        actor,
        config,
        out,
        db: std::cell::RefCell::new(None),
        revealed: std::cell::Cell::new(false),
    };
    dispatch(&mut run, command, actor_typed)
}

fn dispatch(run: &mut Run, command: Command, actor_typed: bool) -> Result<()> {
    match command {
        Command::Init => {
            let mut store = run.store_rw()?;
            let version = store.version()?;
            // PII-1: the identity key exists and is this database's.
            store.read(|tx| tx.vault().map(|_| ()))?;
            let key = run.key_file()?.display().to_string();
            let db = crate::store::Location::of(&run.global.db).to_string();
            run.say(format!(
                "database {db} ready (schema version {version}); identity key {key}: keep it apart from the database's backups"
            ));
            run.one(&crate::output::object([
                ("db", db.into()),
                ("schema_version", version.into()),
                ("key_file", key.into()),
            ]))
        }
        Command::Org(c) => org::run(run, c),
        Command::Position(c) => position::run(run, c),
        Command::Department(c) => department::run(run, c),
        Command::Employee(c) => employee::run(run, c),
        Command::Auth(c) => auth::run(run, c),
        Command::Upgrade(c) => upgrade::run(run, c),
        Command::Code(c) => code::run(run, c),
        Command::Import(a) => bulk::import(run, a),
        Command::Export(a) => bulk::export(run, a),
        Command::Subaccount(c) => subaccount::run(run, c),
        Command::Cs(c) => cs::run(run, c),
        Command::Access(c) => access::run(run, c),
        Command::Sweep { dry_run } => sweep::run(run, dry_run),
        Command::Due(a) => due::run(run, a),
        Command::Calendar { cmd } => calendar::run(run, cmd),
        Command::Identity(c) => identity::run(run, c),
        Command::Audit(a) => {
            let filter = actor_typed.then(|| run.actor.clone());
            audit::run(run, a, filter)
        }
        Command::Backup(a) => ops::backup(run, a),
        Command::Migrate(a) => ops::migrate(run, a),
        Command::Doctor => ops::doctor(run),
        Command::Config(ConfigCmd::Show) => {
            let v = run.config.view();
            run.one(&v)
        }
        Command::Completions { .. } | Command::Explain(_) | Command::Man { .. } => Ok(()),
    }
}

fn print_man(markdown: bool) -> Result<()> {
    let bytes = if markdown {
        man::markdown(Cli::command()).into_bytes()
    } else {
        man::page(Cli::command()).map_err(io_error)?
    };
    let mut out = io::stdout().lock();
    out.write_all(&bytes)
        .and_then(|()| out.flush())
        .map_err(io_error)
}
