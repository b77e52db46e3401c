//! The system of record: the only module that imports rusqlite. Opening
//! (pragmas, 0600 file), the migration runner, transactions and the mapping of
//! SQLite failures onto the error type.

pub mod audit;
pub mod authorization;
pub mod code;
pub mod copy;
pub mod cs;
pub mod db;
pub mod department;
pub mod due;
pub mod employee;
pub mod export;
pub mod grant;
pub mod identity;
pub mod maint;
pub mod memo;
pub mod netfs;
pub mod org;
pub mod pg;
pub mod position;
pub mod status;
pub mod subaccount;
pub mod upgrade;
pub mod vault;

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, TransactionBehavior};

use crate::domain::validate::IdentityNumber;
use crate::error::{Error, Result};
use vault::{Keyring, Vault};

/// A migration's step in Rust, after its SQL (one that needs the key).
type Step = fn(&Connection, &Keyring) -> Result<()>;

/// The migrations, in order; `user_version` counts how many are applied.
const MIGRATIONS: &[(&str, &str)] = &[
    (
        "0001_foundation",
        include_str!("../../migrations/0001_foundation.sql"),
    ),
    (
        "0002_employee_accounts",
        include_str!("../../migrations/0002_employee_accounts.sql"),
    ),
    (
        "0003_authorizations",
        include_str!("../../migrations/0003_authorizations.sql"),
    ),
    (
        "0004_identity_keys",
        include_str!("../../migrations/0004_identity_keys.sql"),
    ),
    (
        "0005_upgrades",
        include_str!("../../migrations/0005_upgrades.sql"),
    ),
    (
        "0006_subaccounts",
        include_str!("../../migrations/0006_subaccounts.sql"),
    ),
    (
        "0007_provisional_deadlines",
        include_str!("../../migrations/0007_provisional_deadlines.sql"),
    ),
    (
        "0008_code_tombstones",
        include_str!("../../migrations/0008_code_tombstones.sql"),
    ),
    (
        "0009_due_deregistrations",
        include_str!("../../migrations/0009_due_deregistrations.sql"),
    ),
    (
        "0010_authorizations_without_in_lists",
        include_str!("../../migrations/0010_authorizations_without_in_lists.sql"),
    ),
    (
        "0011_sealed_identity_numbers",
        include_str!("../../migrations/0011_sealed_identity_numbers.sql"),
    ),
];

/// The Rust steps, by migration number (1-based).
const STEPS: &[(usize, Step)] = &[(11, seal_identity_numbers)];

pub fn schema_version() -> u32 {
    u32::try_from(MIGRATIONS.len()).unwrap_or(u32::MAX)
}

/// The busy timeout in force, for the exit-7 message.
static BUSY_MS: AtomicU64 = AtomicU64::new(5000);

pub(crate) fn busy_ms() -> u64 {
    BUSY_MS.load(Ordering::Relaxed)
}

use db::Param;
pub(crate) use db::params;
pub use db::{Params, Row};

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Error::Busy {
                waited_ms: BUSY_MS.load(Ordering::Relaxed),
            },
            Some(ErrorCode::DiskFull) => Error::Io {
                code: "DISK_FULL",
                message: format!(
                    "the disk holding the database {} is full: nothing of this command was kept; free space and run it again",
                    DB_PATH
                        .with(|p| p.borrow().clone())
                        .map(|p| p.display().to_string())
                        .unwrap_or_default()
                ),
            },
            Some(ErrorCode::ReadOnly) => match DB_PATH.with(|p| p.borrow().clone()) {
                Some(path) => read_only_error(&path),
                None => Error::Internal(anyhow::Error::new(e).context("database")),
            },
            _ => match e {
                // An error of ours raised inside a row mapper (an identity
                // number that cannot be opened) keeps its code.
                rusqlite::Error::FromSqlConversionFailure(_, _, inner) if inner.is::<Error>() => {
                    match inner.downcast::<Error>() {
                        Ok(ours) => *ours,
                        Err(other) => Error::Internal(anyhow::anyhow!("database: {other}")),
                    }
                }
                e => Error::Internal(anyhow::Error::new(e).context("database")),
            },
        }
    }
}

thread_local! {
    /// The database this thread opened last, named by a write refused
    /// because the file or its directory is read-only.
    static DB_PATH: std::cell::RefCell<Option<std::path::PathBuf>> =
        const { std::cell::RefCell::new(None) };
    /// When the current wait for the lock began.
    static WAITING_SINCE: std::cell::Cell<Option<Instant>> = const { std::cell::Cell::new(None) };
    /// The turn file of the database this thread writes to, and, while it
    /// waits for the write lock, a shared lock on it that says so.
    static TURN: std::cell::RefCell<(Option<std::path::PathBuf>, Option<std::fs::File>)> =
        const { std::cell::RefCell::new((None, None)) };
}

/// The turn file beside a database: writers waiting for the write lock
/// hold a shared `flock` on it, so that a long import can see that
/// someone waits and let them go first between its batches (SQLite keeps
/// no queue of waiters). It holds no data.
fn turn_path(db: &Path) -> std::path::PathBuf {
    let mut name = db.as_os_str().to_os_string();
    name.push("-turn");
    std::path::PathBuf::from(name)
}

fn open_turn(path: &Path) -> Option<std::fs::File> {
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path).ok()
}

/// Says "I am waiting" (a shared lock on the turn file) until `done_waiting`.
fn start_waiting() {
    TURN.with(|t| {
        let mut t = t.borrow_mut();
        if t.1.is_none()
            && let Some(f) = t.0.as_deref().and_then(open_turn)
            && f.try_lock_shared().is_ok()
        {
            t.1 = Some(f);
        }
    });
}

fn done_waiting() {
    TURN.with(|t| t.borrow_mut().1 = None);
}

/// Whatever waited for a lock inside a store call has stopped waiting by
/// the time the call returns, whichever way it returns: a waiter's shared
/// lock on the turn file never outlives its wait.
struct NotWaitingAfter;

impl Drop for NotWaitingAfter {
    fn drop(&mut self) {
        done_waiting();
    }
}

/// SQLite's busy handler (the one `busy_timeout` installs) sleeps longer
/// and longer, up to 100 ms between tries: a writer that has waited a
/// while wakes too rarely to catch the moment a long import releases the
/// lock between batches, and waiters are served in no order (35 of 400
/// short writers timed out under 16-way contention). Every roster process
/// instead tries again about every millisecond, with a little jitter so
/// that waiters do not move in step, until the busy timeout has passed.
fn wait_for_lock(tries: i32) -> bool {
    start_waiting();
    let now = Instant::now();
    let since = WAITING_SINCE.with(|w| {
        let since = match (tries, w.get()) {
            (0, _) | (_, None) => now,
            (_, Some(s)) => s,
        };
        w.set(Some(since));
        since
    });
    if now.duration_since(since) >= Duration::from_millis(BUSY_MS.load(Ordering::Relaxed)) {
        done_waiting();
        return false;
    }
    let jitter =
        (u64::from(std::process::id()) ^ u64::from(tries.unsigned_abs()).wrapping_mul(7919)) % 1000;
    std::thread::sleep(Duration::from_micros(500 + jitter));
    true
}

/// An open database: an SQLite file or a PostgreSQL database. One enum
/// rather than a trait: the two engines differ in a handful of places
/// (opening, transactions, the codec), each a `match` here, while every
/// query above is written once against [`Tx`]; a trait object would put
/// generics or dynamic dispatch on every one of them for no gain.
#[derive(Debug)]
pub struct Store {
    conn: Conn,
    keys: Keyring,
    /// Opened with `SQLITE_OPEN_READ_ONLY` (a command that only reads).
    read_only: bool,
}

#[derive(Debug)]
enum Conn {
    Lite(Connection),
    Pg(Box<pg::PgConn>),
}

/// A transaction: `BEGIN IMMEDIATE` (SQLite) or the writers' lock
/// (PostgreSQL) for writes, a snapshot for reads. The app layer receives
/// this and nothing else of either engine.
pub struct Tx<'a> {
    tx: TxInner<'a>,
    keys: &'a Keyring,
    /// The key once checked in this transaction.
    vault: std::cell::OnceCell<&'a Vault>,
    /// Keyed lookups kept for the rest of the transaction (PostgreSQL
    /// only, where each lookup is a round trip; see [`memo`]).
    memo: std::cell::RefCell<memo::Memo>,
}

enum TxInner<'a> {
    Lite(rusqlite::Transaction<'a>),
    Pg(pg::PgTx<'a>),
}

impl TxInner<'_> {
    fn commit(self) -> Result<()> {
        match self {
            TxInner::Lite(t) => Ok(t.commit()?),
            TxInner::Pg(t) => t.commit(),
        }
    }
    fn rollback(self) -> Result<()> {
        match self {
            TxInner::Lite(t) => Ok(t.rollback()?),
            TxInner::Pg(t) => t.rollback(),
        }
    }
}

/// `--db`'s help (kept beside what reads it).
pub const DB_HELP: &str = "The database: an SQLite file (a path, or sqlite:PATH), or a PostgreSQL URL (postgres://USER@HOST/DB, completed from the PG* variables); created and migrated on first use";

/// Which engine a `--db` value names: a PostgreSQL URL, else an SQLite
/// file (a path, or a `sqlite:` URL).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    File(std::path::PathBuf),
    Postgres(String),
}

/// The database as messages name it: a URL without its password.
impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::File(p) => write!(f, "{}", p.display()),
            Location::Postgres(url) => f.write_str(&pg::without_password(url)),
        }
    }
}

impl Location {
    pub fn of(db: &Path) -> Location {
        let text = db.to_string_lossy();
        if pg::is_url(&text) {
            return Location::Postgres(text.into_owned());
        }
        match text.strip_prefix("sqlite:") {
            Some(rest) => {
                let rest = rest.strip_prefix("//").unwrap_or(rest);
                Location::File(std::path::PathBuf::from(rest))
            }
            None => Location::File(db.to_path_buf()),
        }
    }
}

impl std::fmt::Debug for Tx<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Tx")
    }
}

/// The SQLite form of neutral parameters.
fn lite_params<'p>(p: Params<'p>) -> Vec<db::Value<'p>> {
    p.iter().map(|v| v.value()).collect()
}

impl rusqlite::ToSql for db::Value<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            db::Value::Null => ValueRef::Null,
            db::Value::Int(v) => ValueRef::Integer(*v),
            db::Value::Bool(b) => ValueRef::Integer(i64::from(*b)),
            db::Value::Text(t) => ValueRef::Text(t.as_bytes()),
            db::Value::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

impl<'a> Tx<'a> {
    /// The SQLite connection, for what only SQLite has (`doctor`'s
    /// integrity check, query plans in tests).
    pub(crate) fn sqlite(&self) -> Result<&Connection> {
        match &self.tx {
            TxInner::Lite(t) => Ok(t),
            TxInner::Pg(_) => Err(not_on_postgres("this operation")),
        }
    }

    /// The SQLite connection of a test's in-memory or file store.
    #[cfg(test)]
    pub(crate) fn conn(&self) -> &Connection {
        self.sqlite().expect("an SQLite store")
    }

    /// Whether this transaction runs on PostgreSQL.
    pub fn is_postgres(&self) -> bool {
        matches!(self.tx, TxInner::Pg(_))
    }

    /// The identity key (PII-1), read on first need and checked against
    /// the one this database was sealed with.
    pub fn vault(&self) -> Result<&'a Vault> {
        if let Some(v) = self.vault.get() {
            return Ok(v);
        }
        let expected: Option<String> = self.row_opt(KEY_CHECK, params![], |r| r.get(0))?;
        let v = self.keys.vault(expected.as_deref(), false)?;
        Ok(self.vault.get_or_init(|| v))
    }

    /// Executes through the prepared-statement cache: a bulk import runs
    /// the same few statements millions of times.
    pub(crate) fn exec(&self, sql: &str, p: Params<'_>) -> Result<usize> {
        match &self.tx {
            TxInner::Lite(t) => Ok(t
                .prepare_cached(sql)?
                .execute(rusqlite::params_from_iter(lite_params(p)))?),
            TxInner::Pg(t) => {
                self.forget(sql, p);
                t.exec(sql, p)
            }
        }
    }

    /// Inserts one row and returns its `id`.
    pub(crate) fn insert(&self, sql: &str, p: Params<'_>) -> Result<i64> {
        match &self.tx {
            TxInner::Lite(t) => {
                t.prepare_cached(sql)?
                    .execute(rusqlite::params_from_iter(lite_params(p)))?;
                Ok(t.last_insert_rowid())
            }
            TxInner::Pg(t) => {
                self.forget(sql, p);
                // The id drawn ahead from the table's sequence, the row
                // queued with it like any write that returns nothing.
                let Some((table, with_id)) = pg::with_id(sql, p.len() + 1) else {
                    return t.row(&format!("{sql} RETURNING id"), p, |r| r.get(0));
                };
                let id = t.next_id(&table)?;
                let mut all: Vec<&dyn Param> = p.to_vec();
                all.push(&id);
                t.write_later(&with_id, &all)?;
                Ok(id)
            }
        }
    }

    /// Before a write on PostgreSQL: the memo forgets what it may change
    /// (before it runs: a write that fails has forgotten no more than it
    /// had to), and a savepoint opened ahead for the next import row is
    /// released first, so that the write lands whatever that row does.
    fn forget(&self, sql: &str, p: Params<'_>) {
        let mut memo = self.memo.borrow_mut();
        if !memo.is_empty() {
            memo.written(sql, &lite_params(p));
        }
        if let TxInner::Pg(t) = &self.tx
            && t.take_preopened()
        {
            t.queue_release();
        }
    }

    /// A write whose row count nobody reads (an audit event, a counter):
    /// on PostgreSQL it waits to go in one message with what is sent next
    /// (at the latest when its savepoint ends or the transaction commits),
    /// so that an import row's writes cost one round trip. A failure meets
    /// that later message: it fails the savepoint or the commit, never
    /// another row.
    pub(crate) fn exec_later(&self, sql: &str, p: Params<'_>) -> Result<()> {
        match &self.tx {
            TxInner::Lite(_) => self.exec(sql, p).map(drop),
            TxInner::Pg(t) => {
                self.forget(sql, p);
                t.write_later(sql, p)
            }
        }
    }

    /// Whether reading ahead ([`Tx::read_ahead`]) saves anything: each
    /// lookup is a round trip to a server.
    pub fn reads_ahead(&self) -> bool {
        self.is_postgres()
    }

    /// The one row of the keyed query `q` for `key`, or none: the store's
    /// lookups by unique key (an org by handle, a Douyin id's bindings).
    /// On PostgreSQL the answer is kept for the rest of the transaction
    /// (writes forget what they may change: [`memo`]).
    pub(crate) fn keyed<T>(
        &self,
        q: &memo::Keyed<'_>,
        key: &dyn Param,
        f: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<Option<T>> {
        let TxInner::Pg(t) = &self.tx else {
            return self.row_opt(q.sql, params![key], f);
        };
        let Some(k) = memo::key_text(&key.value()) else {
            return self.row_opt(q.sql, params![key], f);
        };
        let known = self.memo.borrow().get(q, &k).cloned();
        let answer = match known {
            Some(a) => a,
            None => {
                let rows = t.rows(q.sql, params![key])?;
                let answer = rows.first().map(|r| pg::kept(r, 0)).transpose()?;
                self.memo.borrow_mut().keep(q, k, answer.clone());
                answer
            }
        };
        answer.map(|values| f(&Row::Kept(&values))).transpose()
    }

    /// Reads ahead the answers of the keyed query `q` for every key of
    /// `keys` in one round trip, so that the lookups that follow are kept
    /// answers (PostgreSQL; nothing on SQLite).
    pub(crate) fn read_ahead(&self, q: &memo::Keyed<'_>, keys: &[&str]) -> Result<()> {
        let TxInner::Pg(t) = &self.tx else {
            return Ok(());
        };
        let keys: Vec<&str> = {
            let memo = self.memo.borrow();
            let mut seen = std::collections::HashSet::new();
            keys.iter()
                .copied()
                .filter(|k| !memo.knows(q, k) && seen.insert(*k))
                .collect()
        };
        if keys.is_empty() || q.table().is_none() {
            return Ok(());
        }
        let rows = t.each_key(q.sql, &keys)?;
        let mut memo = self.memo.borrow_mut();
        for r in &rows {
            let key: String = Row::Pg(r).get(0)?;
            let found: Option<bool> = Row::Pg(r).get(1)?;
            let answer = found.map(|_| pg::kept(r, 2)).transpose()?;
            memo.keep(q, key, answer);
        }
        Ok(())
    }

    /// One row, through the prepared-statement cache; no row is an error
    /// that [`optional`] turns into `None`.
    pub(crate) fn row<T>(
        &self,
        sql: &str,
        p: Params<'_>,
        f: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<T> {
        match &self.tx {
            TxInner::Lite(t) => {
                let mut stmt = t.prepare_cached(sql)?;
                let mut rows = stmt.query(rusqlite::params_from_iter(lite_params(p)))?;
                match rows.next()? {
                    Some(r) => f(&Row::Lite(r)),
                    None => Err(db::no_row()),
                }
            }
            TxInner::Pg(t) => t.row(sql, p, f),
        }
    }

    /// One row or none.
    pub(crate) fn row_opt<T>(
        &self,
        sql: &str,
        p: Params<'_>,
        f: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<Option<T>> {
        optional(self.row(sql, p, f))
    }

    /// Every row, mapped by `f`.
    pub(crate) fn query<T>(
        &self,
        sql: &str,
        p: Params<'_>,
        mut f: impl FnMut(&Row<'_>) -> Result<T>,
    ) -> Result<Vec<T>> {
        // On PostgreSQL, all rows in one round trip (a portal costs three).
        if let TxInner::Pg(t) = &self.tx {
            return t.rows(sql, p)?.iter().map(|r| f(&Row::Pg(r))).collect();
        }
        let mut out = Vec::new();
        self.each(sql, p, |r| {
            out.push(f(r)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// Every row to `f` as it is read, none held in memory.
    pub(crate) fn each(
        &self,
        sql: &str,
        p: Params<'_>,
        mut f: impl FnMut(&Row<'_>) -> Result<()>,
    ) -> Result<()> {
        match &self.tx {
            TxInner::Lite(t) => {
                let mut stmt = t.prepare_cached(sql)?;
                let mut rows = stmt.query(rusqlite::params_from_iter(lite_params(p)))?;
                while let Some(r) = rows.next()? {
                    f(&Row::Lite(r))?;
                }
                Ok(())
            }
            TxInner::Pg(t) => t.each(sql, p, f),
        }
    }

    /// Runs `f` inside a savepoint: its writes stay only if it succeeds. A
    /// bulk import runs each row so, many rows to one transaction.
    pub fn savepoint<T>(&self, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        if let TxInner::Pg(t) = &self.tx {
            return self.pg_savepoint(t, f);
        }
        // Prepared once (the cache), not parsed again for every row.
        self.exec("SAVEPOINT row", params![])?;
        match f(self) {
            Ok(v) => {
                self.exec("RELEASE row", params![])?;
                Ok(v)
            }
            Err(e) => {
                self.exec("ROLLBACK TO row", params![])?;
                self.exec("RELEASE row", params![])?;
                Err(e)
            }
        }
    }
}

impl Tx<'_> {
    /// A savepoint on PostgreSQL, where each statement is a round trip. A
    /// row that ends well sends its queued writes, its `RELEASE` and the
    /// next row's `SAVEPOINT` in one message: with the savepoint opened
    /// ahead, an import row costs one round trip for its savepoint and its
    /// writes that return nothing. A write outside any row releases the
    /// one opened ahead first (`Tx::forget`), so that it lands whatever
    /// the next row does; `COMMIT` ends it with the rest.
    fn pg_savepoint<T>(&self, t: &pg::PgTx<'_>, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        // The savepoint opened ahead, if nothing was written since, is
        // this one; else one is opened now, after any writes queued
        // outside a row (an error of theirs is not this row's).
        if !t.take_preopened() {
            t.flush()?;
            t.batch("SAVEPOINT row")?;
        }
        let out = f(self);
        // One opened ahead by a savepoint inside this one, not yet used.
        let inner = t.take_preopened();
        match out {
            Ok(v) => {
                // A queued write that fails fails this row.
                let close = if inner { "RELEASE row; " } else { "" };
                match t.batch(&format!("{close}RELEASE row; SAVEPOINT row")) {
                    Ok(()) => {
                        t.set_preopened();
                        Ok(v)
                    }
                    Err(e) => {
                        self.pg_rollback(t, inner)?;
                        Err(e)
                    }
                }
            }
            Err(e) => {
                self.pg_rollback(t, inner)?;
                Err(e)
            }
        }
    }

    /// Undoes a savepoint that failed: first the savepoints above it that
    /// rows inside it left open (one opened ahead, `inner`, and those whose
    /// release was still queued), each rolled back before it is released
    /// as the transaction may be in error; then it. Opens the next ahead.
    fn pg_rollback(&self, t: &pg::PgTx<'_>, inner: bool) -> Result<()> {
        let above = t.drop_later() + usize::from(inner);
        self.memo.borrow_mut().forget_all();
        t.batch(&format!(
            "{}SAVEPOINT row",
            "ROLLBACK TO row; RELEASE row; ".repeat(above + 1)
        ))?;
        t.set_preopened();
        Ok(())
    }
}

impl Store {
    /// Opens (creating with mode 0600 when missing) and migrates `path`;
    /// `key_file` holds the identity key (created with a new database). A
    /// file or directory that cannot be written is `DATABASE_READ_ONLY`,
    /// naming which.
    pub fn open(path: &Path, busy_timeout_ms: u64, key_file: &Path) -> Result<Store> {
        Self::remember(path, busy_timeout_ms);
        let opened = (|| {
            create_private(path)?;
            let conn = Connection::open(path).map_err(|e| {
                Error::Internal(
                    anyhow::Error::new(e).context(format!("opening {}", path.display())),
                )
            })?;
            let mut store = Store {
                conn: Conn::Lite(conn),
                keys: Keyring::file(key_file.to_path_buf()),
                read_only: false,
            };
            store.configure(busy_timeout_ms)?;
            store.migrate()?;
            Ok(store)
        })();
        opened.map_err(|e| match e {
            // A missing directory is not a read-only one: reported as is.
            Error::Internal(_) if parent_dir(path).is_dir() && !writable(path) => {
                read_only_error(path)
            }
            e => e,
        })
    }

    /// Connects to the PostgreSQL database at `url` and creates (when
    /// `create`) or migrates its schema; `key_file` holds the identity key
    /// (created with a new database, as for a file). A database without
    /// roster's schema is `DB_NOT_FOUND` unless `create`, as a missing
    /// file is.
    pub fn connect(
        url: &str,
        busy_timeout_ms: u64,
        key_file: &Path,
        create: bool,
    ) -> Result<Store> {
        BUSY_MS.store(busy_timeout_ms, Ordering::Relaxed);
        let mut conn = pg::PgConn::connect(url, busy_timeout_ms)?;
        if !create && conn.version()? == 0 {
            return Err(Error::not_found_hint(
                "DB_NOT_FOUND",
                format!("there is no roster database at {}", conn.place),
                "create it with `roster init`, or point --db / ROSTER_DB at the existing one",
            ));
        }
        let keys = Keyring::file(key_file.to_path_buf());
        conn.migrate(schema_version(), |tx| {
            // A new database: its identity key, and the check value that
            // ties the two together (PII-1).
            let v = keys.vault(None, true)?;
            tx.exec(
                "INSERT INTO roster_meta (name, value) VALUES ('key_check', ?1)",
                params![v.check()],
            )?;
            Ok(())
        })?;
        Ok(Store {
            conn: Conn::Pg(Box::new(conn)),
            keys,
            read_only: false,
        })
    }

    /// The SQLite connection of a test's store.
    #[cfg(test)]
    fn lite(&self) -> &Connection {
        self.sqlite().expect("an SQLite store")
    }

    /// A store on the PostgreSQL database at `url` whose identity key is
    /// held in memory only, as [`Store::in_memory`]'s is: the app layer's
    /// tests run on it when the suite runs against a server.
    pub fn connect_ephemeral(url: &str) -> Result<Store> {
        let mut conn = pg::PgConn::connect(url, 5000)?;
        conn.migrate(schema_version(), |_| Ok(()))?;
        Ok(Store {
            conn: Conn::Pg(Box::new(conn)),
            keys: Keyring::in_memory()?,
            read_only: false,
        })
    }

    /// Whether this store is a PostgreSQL database.
    pub fn is_postgres(&self) -> bool {
        matches!(self.conn, Conn::Pg(_))
    }

    /// The SQLite connection, for what only a file has (backup, doctor).
    pub(crate) fn sqlite(&self) -> Result<&Connection> {
        match &self.conn {
            Conn::Lite(c) => Ok(c),
            Conn::Pg(_) => Err(not_on_postgres("this operation")),
        }
    }

    /// Opens `path` for a command that only reads: `SQLITE_OPEN_READ_ONLY`,
    /// so that reads work where the file or its directory cannot be
    /// written. A database of an older schema is opened for writing
    /// instead, and migrated.
    pub fn open_read(path: &Path, busy_timeout_ms: u64, key_file: &Path) -> Result<Store> {
        let mut store = Self::open_unmigrated(path, busy_timeout_ms, key_file)?;
        let seen = store.version()?;
        check_not_newer(seen, schema_version())?;
        if seen < schema_version() {
            drop(store);
            return Self::open(path, busy_timeout_ms, key_file);
        }
        Ok(store)
    }

    /// Opens `path` read-only as it is: no migration, any schema version
    /// (`doctor`, the source of `backup`).
    ///
    /// A WAL database needs its `-shm` file to be read. In a directory that
    /// can be written, SQLite creates it; in a read-only directory it must
    /// be there already (a writer has the database open elsewhere). When it
    /// is not, and no `-wal` holds changes yet to be merged (the last
    /// writer closed the database cleanly), the file is opened `immutable`:
    /// without locks, which is sound because no writer can work in a
    /// directory where it cannot create the `-wal` file either. A `-wal`
    /// left without its `-shm` in a read-only directory cannot be read
    /// consistently: `DB_UNREADABLE`.
    pub fn open_unmigrated(path: &Path, busy_timeout_ms: u64, key_file: &Path) -> Result<Store> {
        Self::remember(path, busy_timeout_ms);
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let probe = |mut conn: Connection| -> rusqlite::Result<Connection> {
            conn.busy_handler(Some(wait_for_lock))?;
            conn.pragma_query_value(None, "user_version", |r| r.get::<_, u32>(0))?;
            Ok(conn)
        };
        let conn = match Connection::open_with_flags(path, flags).and_then(probe) {
            Ok(conn) => conn,
            Err(e) if e.sqlite_error_code() == Some(ErrorCode::CannotOpen) => {
                if sibling(path, "-wal").exists() {
                    return Err(Error::Io {
                        code: "DB_UNREADABLE",
                        message: format!(
                            "{}: its write-ahead log {} holds changes not yet merged, and without \
                             its -shm file in a directory that cannot be written they cannot be \
                             read consistently; run any roster command on it once where the \
                             directory is writable",
                            path.display(),
                            sibling(path, "-wal").display()
                        ),
                    });
                }
                let uri = format!("file:{}?immutable=1", uri_path(path));
                Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)
                    .and_then(probe)
                    .map_err(|e| Error::Io {
                        code: "DB_UNREADABLE",
                        message: format!("{}: {e}", path.display()),
                    })?
            }
            Err(e) => {
                return Err(Error::Io {
                    code: "DB_UNREADABLE",
                    message: format!("{}: {e}", path.display()),
                });
            }
        };
        conn.set_prepared_statement_cache_capacity(256);
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )?;
        Ok(Store {
            conn: Conn::Lite(conn),
            keys: Keyring::file(key_file.to_path_buf()),
            read_only: true,
        })
    }

    /// Whether this connection was opened read-only.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The busy timeout, the turn file and the path for error messages.
    fn remember(path: &Path, busy_timeout_ms: u64) {
        BUSY_MS.store(busy_timeout_ms, Ordering::Relaxed);
        // One turn file per database, however its path is spelled.
        let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        TURN.with(|t| t.borrow_mut().0 = Some(turn_path(&real)));
        DB_PATH.with(|p| *p.borrow_mut() = Some(path.to_path_buf()));
    }

    /// A private in-memory database with the same pragmas and migrations
    /// (tests of the store and app layers).
    pub fn in_memory() -> Result<Store> {
        let mut store = Store {
            conn: Conn::Lite(Connection::open_in_memory()?),
            keys: Keyring::in_memory()?,
            read_only: false,
        };
        store.configure(0)?;
        store.migrate()?;
        Ok(store)
    }

    fn configure(&mut self, busy_timeout_ms: u64) -> Result<()> {
        let _done = NotWaitingAfter;
        let Conn::Lite(conn) = &mut self.conn else {
            return Ok(());
        };
        conn.busy_handler(Some(wait_for_lock))?;
        conn.pragma_update(None, "foreign_keys", true)?;
        conn.set_prepared_statement_cache_capacity(256);
        // The query planner stability guarantee: a plan never depends on a
        // bound value. Without it SQLite re-prepares a cached statement each
        // time a parameter it compared with a partial index's constant is
        // bound again (measured: 37% of a bulk import in sqlite3Reprepare).
        // The partial indexes are reached by literal states in the SQL.
        conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )?;

        // Switching a fresh file to WAL takes a lock that the busy handler
        // does not always cover; retry within the same timeout so that
        // several processes opening a new file at once all get through.
        let start = Instant::now();
        loop {
            match conn
                .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))
            {
                Ok(_) => break,
                Err(e)
                    if matches!(
                        e.sqlite_error_code(),
                        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
                    ) && start.elapsed() < Duration::from_millis(busy_timeout_ms) =>
                {
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(e) => return Err(e.into()),
            }
        }
        // Durability (RELIABILITY.md): every commit reaches the disk before
        // the command reports success, so a change that exited 0 survives a
        // power cut, not only a killed process (NORMAL would keep the
        // file sound but could lose the last commits). Measured: 200
        // single commands took 1.9 s with FULL against 2.5 s with NORMAL
        // here, i.e. within noise.
        conn.pragma_update(None, "synchronous", "FULL")?;
        Ok(())
    }

    fn user_version(conn: &Connection) -> Result<u32> {
        Ok(conn.pragma_query_value(None, "user_version", |r| r.get::<_, u32>(0))?)
    }

    /// Applies pending migrations inside one IMMEDIATE transaction that
    /// re-reads `user_version`, so concurrent first runs apply each once.
    fn migrate(&self) -> Result<()> {
        let target = schema_version();
        let conn = self.sqlite()?;
        let seen = Self::user_version(conn)?;
        check_not_newer(seen, target)?;
        if seen == target {
            return Ok(());
        }
        let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate);
        done_waiting();
        let tx = tx?;
        let current = Self::user_version(&tx)?;
        check_not_newer(current, target)?;
        for (i, (name, sql)) in MIGRATIONS.iter().enumerate().skip(current as usize) {
            tx.execute_batch(sql).map_err(|e| {
                Error::Internal(anyhow::Error::new(e).context(format!("migration {name}")))
            })?;
            for (_, step) in STEPS.iter().filter(|(n, _)| *n == i + 1) {
                step(&tx, &self.keys)?;
            }
            tx.pragma_update(
                None,
                "user_version",
                i64::try_from(i + 1).unwrap_or(i64::MAX),
            )?;
        }
        tx.commit()?;
        if current < 11 && target >= 11 {
            // The pages that held identity numbers in clear are rewritten
            // (secure_delete zeroed what they freed): merge the log into
            // the file now, so no copy of the old pages stays in either.
            conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        }
        Ok(())
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction; commits on Ok unless
    /// `dry_run`, rolls back otherwise (a refused command leaves no trace).
    pub fn write<T>(&mut self, dry_run: bool, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        let _done = NotWaitingAfter;
        let tx = self.immediate()?;
        let out = f(&tx)?;
        if dry_run {
            tx.tx.rollback()?;
        } else {
            tx.tx.commit()?;
        }
        Ok(out)
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction that commits only if `f`
    /// says so (`--all-or-nothing`, `--dry-run` decide after the fact).
    pub fn write_then<T>(&mut self, f: impl FnOnce(&Tx<'_>) -> Result<(T, bool)>) -> Result<T> {
        let _done = NotWaitingAfter;
        let tx = self.immediate()?;
        let (out, commit) = f(&tx)?;
        if commit {
            tx.tx.commit()?;
        } else {
            tx.tx.rollback()?;
        }
        Ok(out)
    }

    /// `BEGIN IMMEDIATE` (or the writers' lock), no longer waiting once
    /// it returns.
    fn immediate(&mut self) -> Result<Tx<'_>> {
        let tx = match &mut self.conn {
            Conn::Lite(c) => {
                let tx = c.transaction_with_behavior(TransactionBehavior::Immediate);
                done_waiting();
                TxInner::Lite(tx?)
            }
            Conn::Pg(c) => TxInner::Pg(c.write(BUSY_MS.load(Ordering::Relaxed))?),
        };
        Ok(Tx {
            tx,
            keys: &self.keys,
            vault: std::cell::OnceCell::new(),
            memo: std::cell::RefCell::default(),
        })
    }

    /// Lets writers that wait for the lock go first (by design: a long batch
    /// gives waiting writers a turn between its commits): waits, at most
    /// `max`, until no process says it is waiting on the turn file. A
    /// writer gets the lock within milliseconds once it is free.
    pub fn let_waiting_writers_in(&self, max: Duration) {
        // PostgreSQL queues the waiters of a lock and serves them in turn.
        if self.is_postgres() {
            return;
        }
        let Some(f) = TURN
            .with(|t| t.borrow().0.clone())
            .as_deref()
            .and_then(open_turn)
        else {
            return;
        };
        let start = Instant::now();
        while start.elapsed() < max {
            match f.try_lock() {
                Ok(()) => {
                    let _ = f.unlock();
                    return;
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    std::thread::sleep(Duration::from_millis(1));
                }
                Err(_) => return,
            }
        }
    }

    /// A bigger page cache for bulk work: 32 MiB (a 200,000-row import of
    /// authorisations: 64 MiB was 8% faster but peaked at 87 MiB of
    /// memory; 32 MiB keeps the whole process under 64 MiB at any size).
    pub fn bulk_cache(&self) -> Result<()> {
        // The server's own settings govern PostgreSQL.
        let Conn::Lite(conn) = &self.conn else {
            return Ok(());
        };
        conn.pragma_update(None, "cache_size", -32768)?;
        // The per-row savepoints journal in memory, not in a temp file
        // written page by page (18% of an import went to
        // subjournalPageIfRequired). Only here: elsewhere a large sort (an
        // export of a million rows) spills to a temp file instead of
        // holding it all in memory.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        // Checkpoint less often while a bulk run writes (the default 1,000
        // pages made checkpoints 8% of a large import): the hot pages are
        // copied into the database once per 16,384 pages of log, and the
        // log is merged whole when the run ends.
        conn.pragma_update(None, "wal_autocheckpoint", 16384)?;
        Ok(())
    }

    /// Runs `f` in a deferred (read) transaction: one consistent snapshot.
    pub fn read<T>(&mut self, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        let _done = NotWaitingAfter;
        let tx = Tx {
            tx: match &mut self.conn {
                Conn::Lite(c) => {
                    TxInner::Lite(c.transaction_with_behavior(TransactionBehavior::Deferred)?)
                }
                Conn::Pg(c) => TxInner::Pg(c.read()?),
            },
            keys: &self.keys,
            vault: std::cell::OnceCell::new(),
            memo: std::cell::RefCell::default(),
        };
        let out = f(&tx)?;
        tx.tx.rollback()?;
        Ok(out)
    }

    /// The schema as SQL text (the schema snapshot test).
    pub fn schema_sql(&self) -> Result<String> {
        let mut stmt = self.sqlite()?.prepare(
            "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type DESC, name",
        )?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let mut out = String::new();
        for r in rows {
            out.push_str(&r?);
            out.push_str(";\n");
        }
        Ok(out)
    }

    /// Every row of every table as text: tests compare it before and after
    /// a refused command ("a refused command leaves no trace").
    pub fn dump(&mut self) -> Result<String> {
        if self.is_postgres() {
            return self.read(|tx| {
                let mut out = String::new();
                for (table, _) in copy::TABLES {
                    tx.each(
                        &format!("SELECT x::text FROM {table} x ORDER BY x::text COLLATE \"C\""),
                        params![],
                        |r| {
                            out.push_str(table);
                            out.push('|');
                            out.push_str(&r.get::<String>(0)?);
                            out.push('\n');
                            Ok(())
                        },
                    )?;
                }
                Ok(out)
            });
        }
        let mut out = String::new();
        let conn = self.sqlite()?;
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for t in tables {
            let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\" ORDER BY rowid"))?;
            let n = stmt.column_count();
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                out.push_str(&t);
                for i in 0..n {
                    let v: rusqlite::types::Value = r.get(i)?;
                    out.push_str(&format!("|{v:?}"));
                }
                out.push('\n');
            }
        }
        Ok(out)
    }

    pub fn version(&mut self) -> Result<u32> {
        match &mut self.conn {
            Conn::Lite(c) => Self::user_version(c),
            Conn::Pg(c) => c.version(),
        }
    }
}

/// The key check a database records (PII-1), once sealed.
const KEY_CHECK: &str = "SELECT value FROM roster_meta WHERE name = 'key_check'";

fn vault_of<'k>(conn: &Connection, keys: &'k Keyring, create: bool) -> Result<&'k Vault> {
    // Only the SQLite migration reads it so; a transaction uses Tx::vault.
    let expected: Option<String> = conn
        .prepare_cached(KEY_CHECK)?
        .query_row([], |r| r.get(0))
        .optional()?;
    keys.vault(expected.as_deref(), create)
}

/// The columns that hold an identity number (PII-1): table, the column of
/// its keyed hash, the column of its sealed value (none where only
/// equality is ever needed: the audit pseudonyms).
pub(crate) const IDENTITY_COLUMNS: &[(&str, &str, Option<&str>)] = &[
    ("orgs", "legal_rep_id", Some("legal_rep_id_sealed")),
    ("penalties", "id_number", Some("id_number_sealed")),
    ("employee_accounts", "holder_id", Some("holder_id_sealed")),
    ("employee_holders", "holder_id", Some("holder_id_sealed")),
    ("authorizations", "holder_id", Some("holder_id_sealed")),
    ("upgrades", "holder_id", Some("holder_id_sealed")),
    ("upgrades", "operator_id", Some("operator_id_sealed")),
    ("identity_keys", "id_number", None),
];

/// Migration 0011 (PII-1): every identity number stored in clear becomes
/// its keyed hash and its sealed value; the key is created if this
/// database has none yet, and its check value recorded.
fn seal_identity_numbers(conn: &Connection, keys: &Keyring) -> Result<()> {
    // What the rewrite frees is zeroed, not left in free space.
    conn.pragma_update(None, "secure_delete", true)?;
    let v = vault_of(conn, keys, true)?;
    conn.execute(
        "INSERT INTO roster_meta (name, value) VALUES ('key_check', ?1)",
        [v.check()],
    )?;
    for (table, col, sealed) in IDENTITY_COLUMNS {
        let clear: Vec<(i64, String)> = conn
            .prepare(&format!(
                "SELECT rowid, {col} FROM {table} WHERE typeof({col}) = 'text'"
            ))?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (rowid, number) in clear {
            let (digest, seal) = v.store(&number)?;
            match sealed {
                Some(sealed) => conn.execute(
                    &format!("UPDATE {table} SET {col} = ?1, {sealed} = ?2 WHERE rowid = ?3"),
                    rusqlite::params![digest, seal, rowid],
                )?,
                None => conn.execute(
                    &format!("UPDATE {table} SET {col} = ?1 WHERE rowid = ?2"),
                    rusqlite::params![digest, rowid],
                )?,
            };
        }
    }
    conn.pragma_update(None, "secure_delete", false)?;
    Ok(())
}

/// An identity number read back: its keyed hash in column `digest`, its
/// sealed value in `sealed` (PII-1).
/// The key is read only when a row holds a number: a command that meets
/// none never needs it.
pub(crate) fn identity(
    tx: &Tx<'_>,
    r: &Row<'_>,
    digest: usize,
    sealed: usize,
) -> Result<IdentityNumber> {
    identity_opt(tx, r, digest, sealed)?.ok_or_else(|| bad(sealed, "NULL"))
}

/// A nullable identity number read back.
pub(crate) fn identity_opt(
    tx: &Tx<'_>,
    r: &Row<'_>,
    digest: usize,
    sealed: usize,
) -> Result<Option<IdentityNumber>> {
    let (Some(d), Some(s)) = (
        r.get::<Option<Vec<u8>>>(digest)?,
        r.get::<Option<Vec<u8>>>(sealed)?,
    ) else {
        return Ok(None);
    };
    tx.vault()
        .and_then(|v| v.open(&s, &d))
        .map(|clear| Some(IdentityNumber::from_stored(clear)))
}

/// The keyed hash and sealed value an identity number is stored as.
pub(crate) fn sealed(tx: &Tx<'_>, id: &IdentityNumber) -> Result<(Vec<u8>, Vec<u8>)> {
    tx.vault()?.store(id.reveal())
}

/// The keyed hash an identity number is looked up by.
pub(crate) fn digest(tx: &Tx<'_>, id: &IdentityNumber) -> Result<Vec<u8>> {
    Ok(tx.vault()?.digest(id.reveal()))
}

fn check_not_newer(seen: u32, target: u32) -> Result<()> {
    if seen > target {
        return Err(Error::internal(format!(
            "the database has schema version {seen} but this roster knows only up to {target}: \
             it was written by a newer roster; upgrade roster (the file is left untouched)"
        )));
    }
    Ok(())
}

/// `path` with `suffix` appended (`-wal`, `-shm`).
pub(crate) fn sibling(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    std::path::PathBuf::from(name)
}

/// A path as the path part of an SQLite URI: every byte but unreserved
/// ones and `/` percent-encoded.
fn uri_path(path: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    let mut out = String::new();
    for &b in path.as_os_str().as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The directory a database lives in (`.` for a bare file name).
pub(crate) fn parent_dir(path: &Path) -> std::path::PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    }
}

/// Whether a file can be created in `dir` (tried for real: root ignores
/// permission bits, not a read-only mount or an immutable directory).
fn dir_writable(dir: &Path) -> bool {
    let probe = dir.join(format!(".roster-probe-{}", std::process::id()));
    let ok = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
        .is_ok();
    if ok {
        let _ = std::fs::remove_file(&probe);
    }
    ok
}

/// Whether roster can write the database at `path`: its directory (for
/// the journal files) and the file itself when it exists.
fn writable(path: &Path) -> bool {
    dir_writable(&parent_dir(path))
        && (!path.exists() || std::fs::OpenOptions::new().write(true).open(path).is_ok())
}

/// A write refused because the database or its directory cannot be
/// written (exit 1), naming which.
pub(crate) fn read_only_error(path: &Path) -> Error {
    let dir = parent_dir(path);
    let message = if dir_writable(&dir) {
        format!(
            "cannot write the database {}: the file is not writable (its permissions, an \
             immutable attribute or a read-only mount); commands that only read still work",
            path.display()
        )
    } else {
        format!(
            "cannot write the database {}: the directory {} is not writable (a read-only file \
             system or mount, or no permission to create files there), and SQLite writes its \
             journal beside the database; commands that only read still work",
            path.display(),
            dir.display()
        )
    };
    Error::Io {
        code: "DATABASE_READ_ONLY",
        message,
    }
}

/// PII-1: a new database file is readable by its owner only. Creating it
/// ourselves with `create_new` also settles a race between processes.
fn create_private(path: &Path) -> Result<()> {
    if path.exists() {
        return Ok(());
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    match opts.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(Error::Internal(
            anyhow::Error::new(e).context(format!("creating {}", path.display())),
        )),
    }
}

/// `Option` for a single-row query.
pub(crate) fn optional<T>(r: Result<T>) -> Result<Option<T>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e) if db::is_no_row(&e) => Ok(None),
        Err(e) => Err(e),
    }
}

/// A stored value that does not parse: the database was edited by hand or
/// by a newer roster.
pub(crate) fn bad(col: usize, v: &str) -> Error {
    Error::internal(format!(
        "database: unexpected stored value {v:?} in column {col}"
    ))
}

/// What only an SQLite file has, asked of a PostgreSQL database.
pub fn not_on_postgres(what: &str) -> Error {
    Error::Usage {
        message: format!(
            "{what} works on an SQLite file only; on PostgreSQL use the server's own tools \
             (pg_dump, amcheck)"
        ),
    }
}

/// An optional stored instant.
pub(crate) fn ts(r: &Row<'_>, col: usize) -> Result<Option<jiff::Timestamp>> {
    let v: Option<String> = r.get(col)?;
    v.map(|s| s.parse().map_err(|_| bad(col, &s))).transpose()
}

/// A required stored instant.
pub(crate) fn ts_req(r: &Row<'_>, col: usize) -> Result<jiff::Timestamp> {
    ts(r, col)?.ok_or_else(|| bad(col, "NULL"))
}

/// A stored code parsed by `parse` (a state, a kind …).
pub(crate) fn code<T>(
    r: &Row<'_>,
    col: usize,
    parse: impl Fn(&str) -> std::result::Result<T, String>,
) -> Result<Option<T>> {
    let v: Option<String> = r.get(col)?;
    v.map(|s| parse(&s).map_err(|_| bad(col, &s))).transpose()
}

/// Joins a code list for storage; `split` reads it back.
pub(crate) fn join(codes: &[String]) -> String {
    codes.join(",")
}

pub(crate) fn split(text: &str) -> Vec<String> {
    text.split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_bring_a_fresh_database_to_the_latest_version() {
        let mut store = Store::in_memory().unwrap();
        assert_eq!(store.version().unwrap(), schema_version());
        let schema = store.schema_sql().unwrap();
        for table in [
            "orgs",
            "positions",
            "departments",
            "penalties",
            "xingtu",
            "audit",
        ] {
            assert!(schema.contains(&format!("CREATE TABLE {table}")), "{table}");
        }
        // 0007: the provisional-deadline flag and its partial index (SW-1).
        assert!(schema.contains("deregister_due_provisional INTEGER NOT NULL DEFAULT 0"));
        assert!(schema.contains(
            "CREATE INDEX employee_deregister_provisional ON employee_accounts (deregister_due_at)\n    \
             WHERE status = 'deregistering' AND deregister_due_provisional = 1"
        ));
    }

    /// 0010: a write to authorisations builds no temporary table (an IN
    /// list of more than two values in a CHECK or a partial index's WHERE
    /// makes SQLite build and drop one on every statement).
    #[test]
    fn writes_to_authorizations_build_no_temporary_table() {
        let mut store = Store::in_memory().unwrap();
        let plan = store
            .read(|tx| {
                let mut out = String::new();
                for sql in [
                    "UPDATE authorizations SET status = 'expired', updated_at = 'x' WHERE id = 5",
                    "INSERT INTO authorizations (org_id, douyin_id, status, modules, invited_at, \
                     invite_expires_at, created_at, updated_at) VALUES (1, 'd', 'invited', 'm', 'a', 'b', 'c', 'd')",
                ] {
                    let mut stmt = tx.conn().prepare(&format!("EXPLAIN {sql}"))?;
                    let ops = stmt.query_map([], |r| r.get::<_, String>(1))?;
                    for op in ops {
                        out.push_str(&op?);
                        out.push('\n');
                    }
                }
                Ok(out)
            })
            .unwrap();
        assert!(plan.contains("OpenWrite"), "{plan}");
        assert!(!plan.contains("OpenEphemeral"), "{plan}");
    }

    /// 0010 keeps every row (a table rebuilt in place).
    #[test]
    fn migration_0010_keeps_the_authorisations() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.db");
        let conn = Connection::open(&path).unwrap();
        for (_, sql) in &MIGRATIONS[..9] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 9).unwrap();
        conn.execute_batch(
            "INSERT INTO orgs (handle, kind, name, created_at, uscc, legal_rep_id, level) \
             VALUES ('acme', 'enterprise', 'Acme', 't', 'u', 'i', 'gold'); \
             INSERT INTO authorizations (org_id, douyin_id, status, modules, invited_at, \
             invite_expires_at, holder_name, created_at, updated_at) \
             VALUES (1, 'dy_one', 'active', 'backend.video', 'a', 'b', 'Li', 'c', 'd'), \
                    (1, 'dy_two', 'ended', 'backend.live', 'a', 'b', NULL, 'c', 'd');",
        )
        .unwrap();
        let before: Vec<String> = conn
            .prepare("SELECT * FROM authorizations ORDER BY id")
            .unwrap()
            .query_map([], |r| {
                Ok(format!(
                    "{:?}",
                    (0..16)
                        .map(|i| r.get::<_, rusqlite::types::Value>(i).unwrap())
                        .collect::<Vec<_>>()
                ))
            })
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        drop(conn);
        let mut store = Store::open(&path, 1000, &dir.path().join("r.key")).unwrap();
        assert_eq!(store.version().unwrap(), schema_version());
        let dump = store.dump().unwrap();
        assert_eq!(dump.matches("authorizations|").count(), 2, "{dump}");
        assert!(
            dump.contains("\"dy_one\"") && dump.contains("\"Li\""),
            "{dump}"
        );
        assert_eq!(before.len(), 2);
        // The rule still holds: a status outside the machine is refused.
        let bad = store.lite().execute(
            "UPDATE authorizations SET status = 'bogus' WHERE id = 1",
            [],
        );
        assert!(bad.is_err());
    }

    /// PII-1, 0011: a database written before identity numbers were sealed
    /// keeps every number, readable through the store, and none of them in
    /// clear anywhere in the file, its log or a logical dump.
    #[test]
    fn pii1_migration_0011_seals_every_identity_number_in_place() {
        const REP: &str = "11010519491231002X";
        const HOLDER: &str = "110105199003071239";
        const OPERATOR: &str = "310115198805122347";
        const PENALISED: &str = "330106198706155677";
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.db");
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        for (_, sql) in &MIGRATIONS[..10] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 10).unwrap();
        let t = "2026-01-01T00:00:00Z";
        conn.execute_batch(&format!(
            "INSERT INTO orgs (handle, kind, name, created_at, uscc, legal_rep_name, legal_rep_id, level) \
             VALUES ('acme', 'enterprise', 'Acme', '{t}', '91350100M000100Y43', 'Wang', '{REP}', 'gold'); \
             INSERT INTO orgs (handle, kind, name, created_at, shop_type, subject, main_phone) \
             VALUES ('shop', 'shop', 'Shop', '{t}', 'flagship', '91350100M000100Y43', '13900139002'); \
             INSERT INTO positions (org_id, name, permissions, created_at) VALUES (1, 'Sales', 'x', '{t}'); \
             INSERT INTO employee_accounts (org_id, email, status, holder_name, holder_id, proof, \
               position_id, password_hash, initial_password_hash, created_at, updated_at) \
             VALUES (1, 'li@acme.cn', 'active', 'Li', '{HOLDER}', 'sealed', 1, 'h', 'h', '{t}', '{t}'); \
             INSERT INTO employee_holders (account_id, holder_name, holder_id, position_id, since) \
             VALUES (1, 'Li', '{HOLDER}', 1, '{t}'); \
             INSERT INTO authorizations (org_id, douyin_id, status, modules, invited_at, \
               invite_expires_at, holder_name, holder_id, created_at, updated_at) \
             VALUES (1, 'dy_one', 'active', 'backend.video', '{t}', '{t}', 'Li', '{HOLDER}', '{t}', '{t}'); \
             INSERT INTO upgrades (douyin_id, shop_id, subject, status, mode, type_explicit, \
               holder_name, holder_id, holder_phone, operator_name, operator_id, operator_phone, \
               attempts, started_at, created_at, updated_at) \
             VALUES ('dy_up', 2, '91350100M000100Y43', 'reviewing', 'manual', 0, 'Li', '{HOLDER}', \
               '13900139000', 'Op', '{OPERATOR}', '13900139001', 1, '{t}', '{t}', '{t}'); \
             INSERT INTO penalties (id_number, kind, since) VALUES ('{PENALISED}', 'ban', '{t}'); \
             INSERT INTO identity_keys (id_number) VALUES ('{HOLDER}'), ('{OPERATOR}');"
        ))
        .unwrap();
        drop(conn);

        let key = dir.path().join("r.key");
        let mut store = Store::open(&path, 1000, &key).unwrap();
        assert_eq!(store.version().unwrap(), schema_version());
        assert!(key.exists(), "the migration creates the key");
        let id = |s: &str| IdentityNumber::from_stored(s.to_string());
        store
            .read(|tx| {
                let org = org::find(tx, "acme")?.unwrap();
                assert_eq!(org.enterprise.unwrap().legal_rep_id.reveal(), REP);
                let a = employee::find(tx, "li@acme.cn")?.unwrap();
                assert_eq!(a.holder_id.reveal(), HOLDER);
                assert_eq!(employee::holders(tx, a.id)?[0].holder_id.reveal(), HOLDER);
                let auth = authorization::find(
                    tx,
                    &crate::domain::validate::DouyinId::from_stored("dy_one".into()),
                )?
                .unwrap();
                assert_eq!(auth.holder_id.unwrap().reveal(), HOLDER);
                let u = upgrade::find(
                    tx,
                    &crate::domain::validate::DouyinId::from_stored("dy_up".into()),
                )?
                .unwrap();
                assert_eq!(
                    (u.holder_id.reveal(), u.operator_id.reveal()),
                    (HOLDER, OPERATOR)
                );
                assert_eq!(identity::penalties(tx, &id(PENALISED))?.len(), 1);
                // The pseudonyms keep their numbers (the audit log names them).
                assert_eq!(identity::find_pseudonym(tx, &id(HOLDER))?, Some(1));
                assert_eq!(identity::find_pseudonym(tx, &id(OPERATOR))?, Some(2));
                Ok(())
            })
            .unwrap();
        let dump = store.dump().unwrap();
        drop(store);
        let mut bytes = std::fs::read(&path).unwrap();
        bytes.extend(std::fs::read(dir.path().join("r.db-wal")).unwrap_or_default());
        for n in [REP, HOLDER, OPERATOR, PENALISED] {
            assert!(!dump.contains(n), "{n} in the dump");
            assert!(
                !bytes.windows(n.len()).any(|w| w == n.as_bytes()),
                "{n} in the file"
            );
        }
        // Opened with another key, nothing is shown.
        let other = dir.path().join("other.key");
        let mut store = Store::open(&path, 1000, &other).unwrap();
        let err = store
            .read(|tx| org::find(tx, "acme").map(|_| ()))
            .unwrap_err();
        assert_eq!(err.code(), "KEY_MISSING");
        std::fs::copy(dir.path().join("r.key"), &other).unwrap();
        let mut store = Store::open(&path, 1000, &other).unwrap();
        assert!(store.read(|tx| org::find(tx, "acme").map(|_| ())).is_ok());
        std::fs::write(&other, format!("{}\n", "ab".repeat(32))).unwrap();
        let mut store = Store::open(&path, 1000, &other).unwrap();
        let err = store
            .read(|tx| org::find(tx, "acme").map(|_| ()))
            .unwrap_err();
        assert_eq!(err.code(), "KEY_MISMATCH");
    }

    /// RELIABILITY.md, durability: WAL, and every commit synced.
    #[test]
    fn durability_is_wal_with_every_commit_synced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.db");
        let store = Store::open(&path, 1000, &dir.path().join("r.key")).unwrap();
        let mode: String = store
            .lite()
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        let sync: i64 = store
            .lite()
            .pragma_query_value(None, "synchronous", |r| r.get(0))
            .unwrap();
        let fk: i64 = store
            .lite()
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))
            .unwrap();
        assert_eq!((mode.as_str(), sync, fk), ("wal", 2, 1));
    }

    #[test]
    fn a_newer_database_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.db");
        drop(Store::open(&path, 1000, &dir.path().join("r.key")).unwrap());
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", schema_version() + 1)
            .unwrap();
        drop(conn);
        let err = Store::open(&path, 1000, &dir.path().join("r.key")).unwrap_err();
        assert!(err.to_string().contains("newer roster"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn pii1_new_database_file_is_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.db");
        drop(Store::open(&path, 1000, &dir.path().join("r.key")).unwrap());
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn a_failed_write_leaves_no_trace() {
        let mut store = Store::in_memory().unwrap();
        let r: Result<()> = store.write(false, |tx| {
            tx.conn().execute(
                "INSERT INTO xingtu (douyin_id, since) VALUES ('a', '2026-01-01T00:00:00Z')",
                [],
            )?;
            Err(Error::internal("boom"))
        });
        assert!(r.is_err());
        let n: i64 = store
            .read(|tx| {
                Ok(tx
                    .conn()
                    .query_row("SELECT count(*) FROM xingtu", [], |r| r.get(0))?)
            })
            .unwrap();
        assert_eq!(n, 0);
    }
}
