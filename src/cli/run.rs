//! The run context every verb gets (`Run`): the parsed globals, the one
//! instant of the run, the config, the database opened once (a read never
//! creates it; `--reveal-pii` recorded before anything is read), stdout,
//! and the one way a secret shown once reaches its reader.

use std::io::{self, BufWriter, IsTerminal, Stdout, Write};

use serde::Serialize;

use super::Global;
use crate::app::{Change, Ctx, Outcome};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::output::{Format, Out};
use crate::store::{Location, Store, Tx};

/// How a command opens the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    /// Read-only; must exist.
    Read,
    /// Read-write; created and migrated when missing.
    Write,
    /// Read-write; must exist.
    DryRun,
    /// Read-only, as it is (no migration); must exist.
    AsIs,
}

/// Everything a verb needs: the parsed globals, the one instant of this run,
/// the config, and stdout.
pub(crate) struct Run {
    pub(super) global: Global,
    pub(super) format: Format,
    pub(super) now: jiff::Timestamp,
    pub(super) actor: String,
    pub(super) config: Config,
    pub(super) out: Out<BufWriter<Stdout>>,
    /// Opened on first use and kept: a batch verb runs one transaction per
    /// key on one connection, not one open and migration check per key.
    pub(super) db: std::cell::RefCell<Option<Store>>,
    /// `--reveal-pii` has been recorded in the audit log (PII-1).
    pub(super) revealed: std::cell::Cell<bool>,
}

impl Run {
    /// The database for a command that only reads: a missing file is "not
    /// found" (exit 3), never silently created empty; opened read-only, so
    /// that reads work where the file or its directory cannot be written.
    pub(super) fn store(&self) -> Result<Store> {
        self.open(Open::Read)
    }

    /// The database for a command that writes: created and migrated when
    /// missing.
    pub(super) fn store_rw(&self) -> Result<Store> {
        self.open(Open::Write)
    }

    /// The database for a dry run: it must exist (a dry run never creates
    /// one), and is opened for writing (the run writes, then rolls back).
    pub(super) fn store_dry(&self) -> Result<Store> {
        self.open(Open::DryRun)
    }

    /// The database as it is, read-only and never migrated (`doctor`, the
    /// source of `backup`).
    pub(super) fn store_as_is(&self) -> Result<Store> {
        self.open(Open::AsIs)
    }

    /// Every command opens the database here. PII-1: with `--reveal-pii`
    /// the reveal is recorded before anything has been read, so that if it
    /// cannot be recorded (busy, read-only) nothing is shown.
    fn open(&self, how: Open) -> Result<Store> {
        let busy = self.global.busy_timeout;
        let path = match Location::of(&self.global.db) {
            Location::File(path) => path,
            Location::Postgres(url) => {
                let key = self.key_file()?;
                let mut store = Store::connect(&url, busy, &key, how == Open::Write)?;
                if self.global.reveal_pii && !self.revealed.get() {
                    record_reveal(self, &mut store)?;
                    self.revealed.set(true);
                }
                return Ok(store);
            }
        };
        let path = &path;
        if how != Open::Write {
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
        crate::store::netfs::check(path, self.global.allow_network_fs)?;
        let key = self.key_file()?;
        // The reveal is a write: its reader opens for writing.
        let mut store = match how {
            Open::AsIs => return Store::open_unmigrated(path, busy, &key),
            Open::Read if !self.global.reveal_pii => Store::open_read(path, busy, &key)?,
            _ => Store::open(path, busy, &key)?,
        };
        if self.global.reveal_pii && !self.revealed.get() {
            record_reveal(self, &mut store)?;
            self.revealed.set(true);
        }
        Ok(store)
    }

    /// The identity key of the database (PII-1): `--key-file` /
    /// `ROSTER_KEY_FILE`, the config's `key_file`, else beside the database
    /// file. A PostgreSQL database has no "beside": its key must be named.
    pub(super) fn key_file(&self) -> Result<std::path::PathBuf> {
        if let Some(k) = self
            .global
            .key_file
            .clone()
            .or_else(|| self.config.key_file.clone())
        {
            return Ok(k);
        }
        match Location::of(&self.global.db) {
            Location::File(path) => Ok(crate::store::vault::default_key_path(&path)),
            Location::Postgres(_) => Err(Error::Usage {
                message: "a PostgreSQL database needs its identity key named: give --key-file \
                          (or ROSTER_KEY_FILE, or key_file in the config), the same file on \
                          every host that uses the database"
                    .into(),
            }),
        }
    }

    pub(super) fn ctx(&self) -> Ctx<'_> {
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
        // A run that read first and writes now needs a connection that
        // may write.
        if slot.as_ref().is_none_or(|s| write && s.is_read_only()) {
            *slot = None;
            *slot = Some(self.open(if write { Open::Write } else { Open::Read })?);
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
            eprintln!("{}", crate::output::escaped_lines(msg.as_ref()));
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
            let _ = writeln!(
                io::stderr(),
                "{}",
                crate::output::escaped_lines(msg.as_ref())
            );
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
        let mut out = Out::new(self.format, self.global.quiet, Vec::new())
            .on_terminal(io::stdout().is_terminal());
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

/// A reader that closed the pipe early (`roster … | head`): the command
/// ends quietly with exit 0. The I/O error may sit deep: inside a CSV
/// writer's error, inside an `io::Error` that wraps it.
pub(super) fn is_broken_pipe(e: &Error) -> bool {
    fn broken(c: &(dyn std::error::Error + 'static)) -> bool {
        if let Some(io) = c.downcast_ref::<io::Error>() {
            if io.kind() == io::ErrorKind::BrokenPipe {
                return true;
            }
            if let Some(inner) = io.get_ref() {
                return broken(inner);
            }
        }
        if let Some(csv) = c.downcast_ref::<csv::Error>()
            && let csv::ErrorKind::Io(io) = csv.kind()
        {
            return io.kind() == io::ErrorKind::BrokenPipe;
        }
        c.source().is_some_and(broken)
    }
    match e {
        Error::Internal(inner) => inner.chain().any(broken),
        _ => false,
    }
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

/// The error of a failed row of a batch verb: what the error envelope
/// would say for it alone (code, rule, message, hint, details), identity
/// numbers masked (PII-1).
pub(crate) fn failed_row_error(e: &Error) -> serde_json::Value {
    let text = crate::domain::validate::mask_identities_in(&e.envelope()["error"].to_string());
    serde_json::from_str(&text).unwrap_or(serde_json::Value::Null)
}

/// One row of a batch verb's answer (docs/json.md: always the array of row
/// results): the object's view with `result` first, or for a failed row
/// the same columns empty and its error (code, rule, message, hint,
/// details, identity numbers masked). Every row has the same keys (CSV).
pub(crate) fn batch_row<V: Serialize + Default>(
    key: (&str, &str),
    landed: std::result::Result<(&'static str, V), &Error>,
) -> Result<serde_json::Value> {
    let (result, view, error) = match landed {
        Ok((word, v)) => (word, v, serde_json::Value::Null),
        Err(e) => ("failed", V::default(), failed_row_error(e)),
    };
    let mut row = serde_json::Map::new();
    row.insert(key.0.to_string(), key.1.into());
    row.insert("result".into(), result.into());
    if let serde_json::Value::Object(fields) =
        serde_json::to_value(&view).map_err(|e| Error::internal(format!("row: {e}")))?
    {
        for (k, v) in fields {
            if result != "failed" {
                row.insert(k, v);
            } else if k != key.0 {
                // A failed row: the same columns, empty.
                row.insert(k, serde_json::Value::Null);
            }
        }
    }
    row.insert("error_code".into(), error["code"].clone());
    row.insert("error_message".into(), error["message"].clone());
    row.insert("error".into(), error);
    Ok(serde_json::Value::Object(row))
}
