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
mod employee;
mod identity;
mod org;
mod position;
mod subaccount;
mod upgrade;

use std::io::{self, BufWriter, Stdout, Write};
use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use serde::Serialize;

use crate::app::{Change, Ctx, Outcome};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::output::{Format, Out};
use crate::store::{Store, Tx};

const EXAMPLES: &str = "\
Examples:
  roster init
  roster org create enterprise acme --name 'Acme Ltd' --uscc 91350100M000100Y43 \\
      --legal-rep-name 'Li Lei' --legal-rep-id 11010519491231002X
  roster --org acme position create Sales --perm backend.video,backend.live
  roster --json org show acme | jq .quota_limit
  roster audit --object org:acme --format jsonl";

#[derive(Debug, Parser)]
#[command(
    name = "roster",
    version,
    about = "System of record and rule engine for a Douyin account matrix",
    long_about = "System of record and rule engine for a Douyin account matrix: enterprises \
with employee accounts, agencies and shops with sub-accounts, shop official-account upgrades. \
Every command checks the platform's rules (SPEC.md) before anything changes and writes an audit event.",
    after_help = EXAMPLES,
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Args)]
struct Global {
    /// The SQLite file; created and migrated on first use
    #[arg(long, env = "ROSTER_DB", global = true, default_value = "roster.db")]
    db: PathBuf,
    /// The organisation an org-scoped command acts on
    #[arg(long, env = "ROSTER_ORG", global = true)]
    org: Option<String>,
    /// Output format
    #[arg(long, env = "ROSTER_FORMAT", global = true, value_parser = Format::NAMES)]
    format: Option<String>,
    /// Short for --format json
    #[arg(long, global = true)]
    json: bool,
    /// The instant this run takes as now (RFC 3339), for replays and tests
    #[arg(long, env = "ROSTER_NOW", global = true)]
    now: Option<String>,
    /// Who is recorded in the audit log [default: $USER, else unknown]
    #[arg(long, env = "ROSTER_ACTOR", global = true)]
    actor: Option<String>,
    /// Config file (TOML) [default: $XDG_CONFIG_HOME/roster/config.toml if present]
    #[arg(long, env = "ROSTER_CONFIG", global = true)]
    config: Option<PathBuf>,
    /// Milliseconds to wait for another writer before exit 7
    #[arg(
        long,
        env = "ROSTER_BUSY_TIMEOUT_MS",
        global = true,
        default_value_t = 5000
    )]
    busy_timeout: u64,
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
        after_help = "Example:\n  roster --org acme employee apply li@acme.cn --name 'Li Lei' --id-number 11010519491231002X \\\n      --position Sales --proof sealed --agree\n  roster employee list --status active"
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
        after_help = "Example:\n  roster --org starlight code issue --phone 13800138000"
    )]
    Code(code::CodeCmd),
    /// Agency and shop sub-accounts (AG-1 … AG-6, SH-1 … SH-3)
    #[command(
        subcommand,
        after_help = "Example:\n  roster --org starlight subaccount add --phone 13800138000 --code 123456 --name 'Zhang Wei' --position 运营"
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
        after_help = "Example:\n  roster access check 13800138000 agency.tasks --at 2026-03-01"
    )]
    Access(access::AccessCmd),
    /// Bulk import from CSV: UTF-8, GB18030 or UTF-16 text from Excel, English or Chinese headers
    #[command(
        after_help = "Each row runs through exactly the checks of the one-at-a-time command. Valid rows land, \
invalid ones are reported; exit 6 if any failed. --report FILE holds the input columns plus result, error_code, \
error_message: fix the failed rows there and import the file again as it is.\n\nExamples:\n  roster import orgs fixtures/demo/orgs.csv\n  roster --org acme import employees staff.csv --agree --report staff.report.csv\n  roster --org acme import positions - --dry-run < positions.csv"
    )]
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
  */5 * * * * ROSTER_DB=/srv/roster.db roster --format json sweep >> /var/log/roster-sweep.jsonl"
    )]
    Sweep {
        /// Report what would change; change nothing
        #[arg(long)]
        dry_run: bool,
    },
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
    /// The configuration in force
    #[command(
        subcommand,
        after_help = "Example:\n  roster --config ./roster.toml config show"
    )]
    Config(ConfigCmd),
    /// Print a shell completion script
    #[command(after_help = "Example:\n  roster completions bash > /etc/bash_completion.d/roster")]
    Completions { shell: clap_complete::Shell },
}

#[derive(Debug, Subcommand)]
enum ConfigCmd {
    /// Print every policy value in force (defaults merged with the config file)
    #[command(after_help = "Example:\n  roster config show --json | jq .policy.quota")]
    Show,
}

/// Everything a verb needs: the parsed globals, the one instant of this run,
/// the config, and stdout.
pub(crate) struct Run {
    global: Global,
    format: Format,
    now: jiff::Timestamp,
    actor: String,
    config: Config,
    out: Out<BufWriter<Stdout>>,
    /// Opened on first use and kept: a batch verb runs one transaction per
    /// key on one connection, not one open and migration check per key.
    db: std::cell::RefCell<Option<Store>>,
    /// `--reveal-pii` has been recorded in the audit log (PII-1).
    revealed: std::cell::Cell<bool>,
}

impl Run {
    /// The database for a command that only reads: a missing file is "not
    /// found" (exit 3), never silently created empty.
    fn store(&self) -> Result<Store> {
        self.open(false)
    }

    /// The database for a command that writes: created and migrated when
    /// missing.
    fn store_rw(&self) -> Result<Store> {
        self.open(true)
    }

    /// Every command opens the database here. PII-1: with `--reveal-pii`
    /// the reveal is recorded before anything has been read, so that if it
    /// cannot be recorded (busy, read-only) nothing is shown.
    fn open(&self, write: bool) -> Result<Store> {
        let path = &self.global.db;
        if !write {
            match std::fs::metadata(path) {
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {
                    return Err(Error::not_found_hint(
                        "DB_NOT_FOUND",
                        format!("there is no roster database at {}", path.display()),
                        "create it with `roster init`, or point --db / ROSTER_DB at the existing one",
                    ));
                }
                Err(e) => {
                    return Err(Error::Io {
                        code: "DB_UNREADABLE",
                        message: format!("{}: {e}", path.display()),
                    });
                }
            }
        }
        let mut store = Store::open(path, self.global.busy_timeout)?;
        if self.global.reveal_pii && !self.revealed.get() {
            record_reveal(self, &mut store)?;
            self.revealed.set(true);
        }
        Ok(store)
    }

    fn ctx(&self) -> Ctx<'_> {
        Ctx {
            now: self.now,
            actor: &self.actor,
            policy: &self.config.policy,
            calendar: &self.config.calendar,
            cost: crate::secret::Cost::Standard,
        }
    }

    /// The org an org-scoped command acts on: `--org`, `ROSTER_ORG`, or the
    /// config's `default_org`.
    pub(crate) fn org(&self) -> Option<&str> {
        self.global
            .org
            .as_deref()
            .or(self.config.default_org.as_deref())
    }

    pub(crate) fn reveal(&self) -> bool {
        self.global.reveal_pii
    }

    /// One change: a `BEGIN IMMEDIATE` transaction around the use case.
    pub(crate) fn write<T>(&self, f: impl FnOnce(&Tx<'_>, &Ctx<'_>) -> Result<T>) -> Result<T> {
        let ctx = self.ctx();
        self.with_db(true, |store| store.write(false, |tx| f(tx, &ctx)))
    }

    /// A change whose answer shows a secret once (a generated password):
    /// `render` gives the answer's stdout and stderr bytes when it holds
    /// one, and they are written and flushed before the commit. If they
    /// cannot be written the change is rolled back, so that no account
    /// lands whose password nobody saw. Returns whether it was shown.
    pub(crate) fn write_showing<T>(
        &self,
        f: impl FnOnce(&Tx<'_>, &Ctx<'_>) -> Result<T>,
        render: impl FnOnce(&T) -> Result<Option<Shown>>,
    ) -> Result<(T, bool)> {
        let ctx = self.ctx();
        self.with_db(true, |store| {
            store.write(false, |tx| {
                let v = f(tx, &ctx)?;
                let shown = match render(&v)? {
                    Some(shown) => {
                        show_secret(&shown)?;
                        true
                    }
                    None => false,
                };
                Ok((v, shown))
            })
        })
    }

    /// A read: one consistent snapshot.
    pub(crate) fn read<T>(&self, f: impl FnOnce(&Tx<'_>, &Ctx<'_>) -> Result<T>) -> Result<T> {
        let ctx = self.ctx();
        self.with_db(false, |store| store.read(|tx| f(tx, &ctx)))
    }

    /// The run's one connection, opened (and migrated) on first use; only
    /// a write creates a missing database.
    fn with_db<T>(&self, write: bool, f: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        let mut slot = self
            .db
            .try_borrow_mut()
            .map_err(|_| Error::internal("the database connection is already in use"))?;
        if slot.is_none() {
            *slot = Some(self.open(write)?);
        }
        match slot.as_mut() {
            Some(store) => f(store),
            None => Err(Error::internal("the database connection could not be kept")),
        }
    }

    /// A listing streamed from one read snapshot: each item is rendered as
    /// it comes (JSON Lines and CSV in constant memory).
    pub(crate) fn stream<T: Serialize + Default>(
        &mut self,
        table_columns: &[&str],
        f: impl FnOnce(&Tx<'_>, &Ctx<'_>, &mut dyn FnMut(T) -> Result<()>) -> Result<()>,
    ) -> Result<()> {
        let mut store = self.store()?;
        let ctx = Ctx {
            now: self.now,
            actor: &self.actor,
            policy: &self.config.policy,
            calendar: &self.config.calendar,
            cost: crate::secret::Cost::Standard,
        };
        let out = &mut self.out;
        store.read(|tx| {
            let mut list = out.list_narrow::<T>(table_columns);
            f(tx, &ctx, &mut |item| list.item(&item).map_err(io_error))?;
            list.end().map_err(io_error)
        })
    }

    /// A human message on stderr (table mode only; never with --quiet).
    pub(crate) fn say(&self, msg: impl AsRef<str>) {
        if !self.global.quiet && self.format == Format::Table {
            eprintln!("{}", msg.as_ref());
        }
    }

    /// A warning on stderr, in every format unless --quiet.
    pub(crate) fn warn(&self, msg: impl AsRef<str>) {
        self.warn_plain(format!("warning: {}", msg.as_ref()));
    }

    /// A line on stderr, in every format unless --quiet (never a panic
    /// when stderr cannot be written).
    pub(crate) fn warn_plain(&self, msg: impl AsRef<str>) {
        if !self.global.quiet {
            let _ = writeln!(io::stderr(), "{}", msg.as_ref());
        }
    }

    pub(crate) fn one<T: Serialize>(&mut self, view: &T) -> Result<()> {
        self.out.one(view).map_err(io_error)
    }

    /// A listing; the table shows `table_columns` (all when empty).
    pub(crate) fn all<T: Serialize + Default>(
        &mut self,
        table_columns: &[&str],
        items: impl IntoIterator<Item = T>,
    ) -> Result<()> {
        self.out.all(table_columns, items).map_err(io_error)
    }

    /// Reports a change: warnings, a confirmation naming what happened, and
    /// the resulting object.
    pub(crate) fn outcome<T, V: Serialize>(
        &mut self,
        what: &str,
        o: &Outcome<T>,
        view: impl FnOnce(&T) -> V,
    ) -> Result<()> {
        let (out, err) = self.outcome_bytes(what, o, None, view)?;
        // Like eprintln!, minus its panic when stderr cannot be written.
        let _ = io::stderr().write_all(&err);
        self.out.raw(&out).map_err(io_error)
    }

    /// What `outcome` prints, as bytes: stdout (the view in the run's
    /// format) and stderr (warnings, the confirmation, and `secret_line`,
    /// a secret shown once to people).
    pub(crate) fn outcome_bytes<T, V: Serialize>(
        &self,
        what: &str,
        o: &Outcome<T>,
        secret_line: Option<String>,
        view: impl FnOnce(&T) -> V,
    ) -> Result<(Vec<u8>, Vec<u8>)> {
        let mut err = String::new();
        if !self.global.quiet {
            for w in &o.warnings {
                err.push_str(&format!("warning: {w}\n"));
            }
        }
        if let Some(line) = secret_line {
            err.push_str(&line);
            err.push('\n');
        }
        if !self.global.quiet && self.format == Format::Table {
            let how = match o.change {
                Change::Unchanged => "unchanged (already so)".to_string(),
                c => c.word().to_string(),
            };
            err.push_str(&format!("{what}: {how}\n"));
        }
        let mut out = Out::new(self.format, self.global.quiet, Vec::new());
        out.one(&view(&o.value)).map_err(io_error)?;
        Ok((out.into_inner(), err.into_bytes()))
    }

    pub(crate) fn stdout(&mut self) -> &mut Out<BufWriter<Stdout>> {
        &mut self.out
    }
}

pub(crate) fn io_error(e: io::Error) -> Error {
    Error::Internal(anyhow::Error::new(e).context("writing output"))
}

/// Where a secret shown once goes, with the rest of the answer.
pub(crate) struct Shown {
    pub out: Vec<u8>,
    pub err: Vec<u8>,
    /// Whether the secret is on stdout (JSON) or on stderr (for people).
    pub secret_on_stdout: bool,
}

/// Writes an answer that shows a secret once, and makes sure the secret
/// reached a reader: through a duplicate of its descriptor (the standard
/// streams silently drop writes to a closed one), flushed, and never to
/// /dev/null (where the Rust runtime also puts a stream that was closed
/// when roster started). The other stream is written as usual. The error
/// names no I/O source, so a closed pipe here is a failure, not a quiet
/// exit.
fn show_secret(shown: &Shown) -> Result<()> {
    use std::os::fd::AsFd;
    fn put(fd: std::os::fd::BorrowedFd<'_>, bytes: &[u8]) -> io::Result<()> {
        let mut f = std::fs::File::from(fd.try_clone_to_owned()?);
        if is_dev_null(&f.metadata()?) {
            return Err(io::Error::other("it is /dev/null, or was closed"));
        }
        f.write_all(bytes)?;
        f.flush()
    }
    let (stdout, stderr) = (io::stdout(), io::stderr());
    let (stream, secret, fd, other) = if shown.secret_on_stdout {
        ("stdout", &shown.out, stdout.as_fd(), &shown.err)
    } else {
        ("stderr", &shown.err, stderr.as_fd(), &shown.out)
    };
    put(fd, secret).map_err(|e| {
        Error::internal(format!(
            "the generated password could not be shown on {stream} ({e}), so nothing was changed; run the command again with {stream} going somewhere, or choose the password with --password-stdin"
        ))
    })?;
    let _ = if shown.secret_on_stdout {
        io::stderr().write_all(other)
    } else {
        let mut out = io::stdout().lock();
        out.write_all(other).and_then(|()| out.flush())
    };
    Ok(())
}

/// Whether a file is /dev/null (where the Rust runtime also puts a standard
/// stream that was closed when roster started): what is written there is
/// shown to nobody.
pub(crate) fn is_dev_null(meta: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(null) = std::fs::metadata("/dev/null") {
            return meta.dev() == null.dev()
                && meta.ino() == null.ino()
                && meta.rdev() == null.rdev();
        }
    }
    false
}

fn is_broken_pipe(e: &Error) -> bool {
    match e {
        Error::Internal(inner) => inner.chain().any(|c| {
            c.downcast_ref::<io::Error>()
                .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
        }),
        _ => false,
    }
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
                eprint!("{text}");
                return 2;
            }
            let _ = e.print();
            return 0;
        }
    };
    // `roster audit --actor A` filters by actor (CLI.md); only a flag typed
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

fn report(e: &Error, format: Format) {
    let mut err = io::stderr().lock();
    // PII-1: a message may quote what was typed, which may be an identity
    // number (an 18-character Douyin id looks like one).
    let mask = crate::domain::validate::mask_identities_in;
    let _ = if format.is_machine() {
        writeln!(err, "{}", mask(&e.envelope().to_string()))
    } else {
        writeln!(err, "{}", mask(&e.human_line()))
    };
}

fn run(cli: Cli, format: Format, actor_typed: bool) -> Result<()> {
    let Cli { global, command } = cli;
    if let Command::Completions { shell } = command {
        let mut cmd = Cli::command();
        let mut out = io::stdout().lock();
        clap_complete::generate(shell, &mut cmd, "roster", &mut out);
        return out.flush().map_err(io_error);
    }
    let now = crate::clock::now(global.now.as_deref())?;
    let config = Config::load(global.config.as_deref())?;
    let actor = global
        .actor
        .clone()
        .or_else(|| std::env::var("USER").ok())
        .filter(|a| !a.trim().is_empty())
        .unwrap_or_else(|| "unknown".to_string());
    let out = Out::new(format, global.quiet, BufWriter::new(io::stdout()));
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
            let store = run.store_rw()?;
            let version = store.version()?;
            run.say(format!(
                "database {} ready (schema version {version})",
                run.global.db.display()
            ));
            let db = run.global.db.display().to_string();
            run.one(&crate::output::object([
                ("db", db.into()),
                ("schema_version", version.into()),
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
        Command::Sweep { dry_run } => sweep(run, dry_run),
        Command::Calendar { cmd } => calendar::run(run, cmd),
        Command::Identity(c) => identity::run(run, c),
        Command::Audit(a) => {
            let filter = actor_typed.then(|| run.actor.clone());
            audit::run(run, a, filter)
        }
        Command::Config(ConfigCmd::Show) => {
            let v = run.config.view();
            run.one(&v)
        }
        Command::Completions { .. } => Ok(()),
    }
}

/// SW-1: each kind of expiry in its own `BEGIN IMMEDIATE` transaction, so a
/// long sweep never holds the lock for everything at once; `--dry-run` runs
/// the same path and rolls back.
fn sweep(run: &mut Run, dry_run: bool) -> Result<()> {
    if run.global.actor.is_none() {
        run.actor = "sweep".to_string();
    }
    // A dry run only reads: it never creates a database.
    let mut store = if dry_run {
        run.store()?
    } else {
        run.store_rw()?
    };
    let ctx = run.ctx();
    let mut report = serde_json::Map::new();
    let mut changed = 0u64;
    for (name, kind) in crate::app::sweep::KINDS {
        let n = store.write(dry_run, |tx| kind(tx, &ctx))?;
        changed += n;
        report.insert((*name).to_string(), n.into());
    }
    report.insert("changed".into(), changed.into());
    report.insert("dry_run".into(), dry_run.into());
    run.say(format!(
        "sweep at {}: {changed} change(s){}",
        crate::clock::fmt(run.now),
        if dry_run {
            " (dry run: nothing written)"
        } else {
            ""
        }
    ));
    run.one(&serde_json::Value::Object(report))
}

/// PII-1: `--reveal-pii` is itself an audited act: who asked to see
/// identity numbers, when, and with which command. It is committed before
/// the command reads anything (`Run::open`): if it cannot be recorded, the
/// command shows nothing.
fn record_reveal(run: &Run, store: &mut Store) -> Result<()> {
    // The command line itself may hold identity numbers: mask them too.
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = crate::domain::validate::mask_identities_in(&args.join(" "));
    let ctx = run.ctx();
    store.write(false, |tx| {
        crate::app::audit(
            tx,
            &ctx,
            "pii.reveal",
            "pii",
            None,
            Some(serde_json::json!({ "command": command })),
        )
    })
}
