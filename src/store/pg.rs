//! PostgreSQL: the connection, the codec between the store's neutral values
//! and PostgreSQL's types, transactions, the schema and its migrations.
//!
//! The client is the `postgres` crate: synchronous, so a command is one
//! straight line of code like its SQLite twin (no async runtime to start
//! for a process that runs one transaction), the field's standard, and
//! without TLS it builds from crates.io in about a minute. Connections go
//! over a unix socket or plain TCP; a team that needs TLS to its server
//! runs it through a local socket or a tunnel (TLS support would be one
//! more feature and crate family).

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::time::SystemTime;

use postgres::types::{IsNull, ToSql, Type, to_sql_checked};
use postgres::{Client, NoTls, Statement};

use super::db::{FromCol, Params, Row, Value, no_row, pg_sql};
use crate::error::{Error, Result};

/// Every write transaction takes this advisory lock first: writers run one
/// at a time, as `BEGIN IMMEDIATE` makes them on SQLite, so a rule that
/// counts before it writes (EN-4, PA-7, AG-2, AG-3, SH-2, UP-4, UP-5, PA-4,
/// EA-11) counts what no other writer can change until it commits. Readers
/// are never blocked: they read a snapshot.
const WRITE_LOCK: i64 = 0x726f_7374_6572; // "roster"
/// Rows fetched at a time by [`PgTx::each`].
const EACH_BATCH: i32 = 2048;

/// Held while the schema is created or migrated.
const MIGRATE_LOCK: i64 = 0x726f_7374_6d67;

/// The PostgreSQL migrations: name, SQL and the schema version they reach
/// (the same numbering as SQLite's; the first builds version 11 whole).
const MIGRATIONS: &[(&str, &str, u32)] = &[(
    "0001_schema",
    include_str!("../../migrations/postgres/0001_schema.sql"),
    11,
)];

/// An open PostgreSQL connection with its prepared statements.
pub struct PgConn {
    client: Client,
    cache: RefCell<HashMap<String, Statement>>,
    /// How many ids the next draw from each table's sequence takes (kept
    /// across the transactions of an import; [`PgTx::next_id`]).
    draws: RefCell<HashMap<String, i64>>,
    /// Where it points, for messages (never the password).
    pub(super) place: String,
}

/// Bytes of queued writes that are sent without waiting for more.
const LATER_MAX: usize = 1 << 20;

/// Ids drawn at most at once (an import draws 1, 2, 4 … then this many:
/// a single command draws exactly the one it uses).
const MAX_DRAW: i64 = 256;

impl std::fmt::Debug for PgConn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PgConn({})", self.place)
    }
}

/// A transaction on PostgreSQL.
pub struct PgTx<'a> {
    tx: RefCell<postgres::Transaction<'a>>,
    cache: &'a RefCell<HashMap<String, Statement>>,
    draws: &'a RefCell<HashMap<String, i64>>,
    /// Writes waiting to go with the next message to the server
    /// ([`PgTx::later`]), as SQL text.
    later: RefCell<String>,
    /// A savepoint opened ahead for the next import row
    /// (`Tx::savepoint`): at the top of the stack, no one's yet.
    preopened: std::cell::Cell<bool>,
    /// `RELEASE`s in [`PgTx::later`]'s queue: savepoints still open on
    /// the server until the queue goes.
    queued_releases: std::cell::Cell<usize>,
    /// Ids drawn ahead and not used yet, by table ([`PgTx::next_id`]):
    /// never used by a later transaction, whose inserts must come after
    /// those other writers made meanwhile.
    ids: RefCell<HashMap<String, std::collections::VecDeque<i64>>>,
}

/// Whether `db` names a PostgreSQL database (`postgres://`, `postgresql://`).
pub fn is_url(db: &str) -> bool {
    db.starts_with("postgres://") || db.starts_with("postgresql://")
}

/// `url` with any password in it replaced by `***`, for messages.
pub fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (auth, tail) = match rest.find(['/', '?']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let auth = match auth.rsplit_once('@') {
        Some((user, host)) => match user.split_once(':') {
            Some((name, _)) => format!("{name}:***@{host}"),
            None => auth.to_string(),
        },
        None => auth.to_string(),
    };
    let tail = match tail.find("password=") {
        Some(i) => {
            let end = tail[i..].find('&').map_or(tail.len(), |e| i + e);
            format!("{}password=***{}", &tail[..i], &tail[end..])
        }
        None => tail.to_string(),
    };
    format!("{scheme}://{auth}{tail}")
}

/// The connection settings of `url`, completed from the usual `PG*`
/// environment variables where the URL leaves them out (as libpq does).
pub fn config(url: &str) -> Result<postgres::Config> {
    let mut c: postgres::Config = url.parse().map_err(|e| {
        Error::invalid(
            "--db",
            "INVALID_DB_URL",
            None,
            format!("not a PostgreSQL URL ({e}); write postgres://USER@HOST/DB"),
        )
    })?;
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    if c.get_hosts().is_empty() {
        match env("PGHOST") {
            Some(h) => {
                for h in h.split(',') {
                    c.host(h);
                }
            }
            None => {
                let sock = ["/var/run/postgresql", "/tmp"]
                    .into_iter()
                    .find(|d| std::path::Path::new(d).is_dir())
                    .unwrap_or("localhost");
                c.host(sock);
            }
        }
    }
    if c.get_ports().is_empty()
        && let Some(p) = env("PGPORT").and_then(|p| p.parse().ok())
    {
        c.port(p);
    }
    if c.get_user().is_none()
        && let Some(u) = env("PGUSER").or_else(|| env("USER"))
    {
        c.user(&u);
    }
    if c.get_dbname().is_none()
        && let Some(d) = env("PGDATABASE")
    {
        c.dbname(&d);
    }
    if c.get_password().is_none()
        && let Some(p) = env("PGPASSWORD")
    {
        c.password(p);
    }
    if c.get_application_name().is_none() {
        c.application_name("roster");
    }
    Ok(c)
}

/// Where a configuration points, for messages: user, host, database.
fn place(c: &postgres::Config) -> String {
    let host = match c.get_hosts().first() {
        Some(postgres::config::Host::Tcp(h)) => h.clone(),
        #[cfg(unix)]
        Some(postgres::config::Host::Unix(p)) => p.display().to_string(),
        None => "localhost".into(),
    };
    format!(
        "postgres://{}@{}/{}",
        c.get_user().unwrap_or(""),
        host,
        c.get_dbname().or(c.get_user()).unwrap_or("")
    )
}

impl PgConn {
    /// Connects to `url`; the busy timeout bounds the wait for the
    /// connection too.
    pub fn connect(url: &str, busy_timeout_ms: u64) -> Result<PgConn> {
        let mut c = config(url)?;
        if c.get_connect_timeout().is_none() {
            c.connect_timeout(std::time::Duration::from_millis(busy_timeout_ms.max(1000)));
        }
        let place = place(&c);
        let client = c.connect(NoTls).map_err(|e| Error::Io {
            code: "DB_UNREACHABLE",
            message: format!("cannot connect to the PostgreSQL database {place}: {e}"),
        })?;
        Ok(PgConn {
            client,
            cache: RefCell::new(HashMap::new()),
            draws: RefCell::default(),
            place,
        })
    }

    /// A write transaction: one writer at a time ([`WRITE_LOCK`]), waiting
    /// at most the busy timeout for the lock (then exit 7, as on SQLite).
    pub fn write(&mut self, busy_timeout_ms: u64) -> Result<PgTx<'_>> {
        let mut tx = self.client.transaction()?;
        // lock_timeout 0 would mean "wait for ever": 1 ms is "do not wait".
        // Queued writes quote their text for standard strings (PgTx::later).
        tx.batch_execute(&format!(
            "SET LOCAL lock_timeout = {}; SET LOCAL standard_conforming_strings = on; \
             SELECT pg_advisory_xact_lock({WRITE_LOCK})",
            busy_timeout_ms.clamp(1, i32::MAX as u64)
        ))?;
        Ok(PgTx::new(tx, &self.cache, &self.draws))
    }

    /// A read transaction: one consistent snapshot, never blocking writers.
    pub fn read(&mut self) -> Result<PgTx<'_>> {
        let tx = self
            .client
            .build_transaction()
            .isolation_level(postgres::IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()?;
        Ok(PgTx::new(tx, &self.cache, &self.draws))
    }

    /// The schema version recorded, 0 for an empty database.
    pub fn version(&mut self) -> Result<u32> {
        let exists: bool = self
            .client
            .query_one("SELECT to_regclass('roster_schema') IS NOT NULL", &[])?
            .get(0);
        if !exists {
            return Ok(0);
        }
        let v: Option<i32> = self
            .client
            .query_opt("SELECT version FROM roster_schema", &[])?
            .map(|r| r.get(0));
        Ok(v.and_then(|v| u32::try_from(v).ok()).unwrap_or(0))
    }

    /// Creates or migrates the schema. Two processes migrating a fresh
    /// database at once: the second waits on [`MIGRATE_LOCK`], then finds
    /// the schema built and does nothing. `first` runs in the transaction
    /// that built the schema (the identity key's check value).
    pub fn migrate(
        &mut self,
        target: u32,
        first: impl FnOnce(&PgTx<'_>) -> Result<()>,
    ) -> Result<()> {
        let seen = self.version()?;
        super::check_not_newer(seen, target)?;
        if seen == target {
            return Ok(());
        }
        self.client
            .batch_execute(&format!("SELECT pg_advisory_lock({MIGRATE_LOCK})"))?;
        let out = self.migrate_locked(target, first);
        let unlock = self
            .client
            .batch_execute(&format!("SELECT pg_advisory_unlock({MIGRATE_LOCK})"));
        out?;
        unlock?;
        Ok(())
    }

    fn migrate_locked(
        &mut self,
        target: u32,
        first: impl FnOnce(&PgTx<'_>) -> Result<()>,
    ) -> Result<()> {
        let current = self.version()?;
        super::check_not_newer(current, target)?;
        if current == target {
            return Ok(());
        }
        let mut tx = self.client.transaction()?;
        let created = current == 0;
        for (name, sql, reaches) in MIGRATIONS.iter().filter(|(_, _, v)| *v > current) {
            tx.batch_execute(sql).map_err(|e| {
                Error::Internal(anyhow::Error::new(e).context(format!("migration {name}")))
            })?;
            let v = i32::try_from(*reaches).unwrap_or(i32::MAX);
            tx.execute("DELETE FROM roster_schema", &[])?;
            tx.execute("INSERT INTO roster_schema (version) VALUES ($1)", &[&v])?;
        }
        let tx = PgTx::new(tx, &self.cache, &self.draws);
        if created {
            first(&tx)?;
        }
        tx.commit()
    }
}

/// Where the PostgreSQL SQL `text` uses parameter `$k` (not `$k0`…).
fn param_at(text: &str, k: usize) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mark = format!("${k}");
    let len = mark.len();
    text.match_indices(&mark)
        .map(move |(i, _)| i..i + len)
        .filter(|r| {
            !text[r.end..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        })
        .collect::<Vec<_>>()
        .into_iter()
}

impl<'a> PgTx<'a> {
    fn new(
        tx: postgres::Transaction<'a>,
        cache: &'a RefCell<HashMap<String, Statement>>,
        draws: &'a RefCell<HashMap<String, i64>>,
    ) -> PgTx<'a> {
        PgTx {
            tx: RefCell::new(tx),
            cache,
            draws,
            later: RefCell::new(String::new()),
            preopened: std::cell::Cell::new(false),
            queued_releases: std::cell::Cell::new(0),
            ids: RefCell::default(),
        }
    }
}

/// `INSERT INTO t (a, …) VALUES (?1, …)` with the column `id` first,
/// given as parameter `?k`: the table and the statement; none for another
/// shape (the insert then asks for its id back).
pub fn with_id(sql: &str, k: usize) -> Option<(String, String)> {
    let rest = sql.strip_prefix("INSERT INTO ")?;
    let (table, rest) = rest.split_once(" (")?;
    if !table.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
        return None;
    }
    let (cols, rest) = rest.split_once(") VALUES (")?;
    if cols.split(',').any(|c| c.trim() == "id") {
        return None;
    }
    Some((
        table.to_string(),
        format!("INSERT INTO {table} (id, {cols}) VALUES (?{k}, {rest}"),
    ))
}

/// Whether the PostgreSQL SQL `text` uses parameter `$k`.
fn uses_param(text: &str, k: usize) -> bool {
    param_at(text, k).next().is_some()
}

/// The PostgreSQL SQL `text` with each parameter `$k` replaced by
/// `literals[k - 1]`, in one pass over the statement's own text (a literal
/// may hold `$1` itself: a password hash does); none when a parameter has
/// no literal.
fn with_literals(text: &str, literals: &[String]) -> Option<String> {
    let mut out =
        String::with_capacity(text.len() + literals.iter().map(String::len).sum::<usize>());
    let mut quoted = false;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\'' {
            quoted = !quoted;
        }
        if c != '$' || quoted {
            out.push(c);
            continue;
        }
        let digits: String = text[i + 1..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        if digits.is_empty() {
            out.push(c);
            continue;
        }
        let k: usize = digits.parse().ok()?;
        out.push_str(literals.get(k.checked_sub(1)?)?);
        for _ in 0..digits.len() {
            chars.next();
        }
    }
    Some(out)
}

/// `text` with every `$k` replaced by `with`.
fn replace_param(text: &str, k: usize, with: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for r in param_at(text, k) {
        out.push_str(&text[from..r.start]);
        out.push_str(with);
        from = r.end;
    }
    out.push_str(&text[from..]);
    out
}

impl<'a> PgTx<'a> {
    /// The prepared statement of `sql` taking `n` parameters. A parameter
    /// the SQL does not use (one arm of a query built from parts) is
    /// declared text, since PostgreSQL cannot infer its type; the others
    /// are left for the server to infer from where they stand.
    fn statement(&self, sql: &str, n: usize) -> Result<Statement> {
        if let Some(s) = self.cache.borrow().get(sql) {
            return Ok(s.clone());
        }
        let text = pg_sql(sql);
        let unused: Vec<bool> = (1..=n).map(|k| !uses_param(&text, k)).collect();
        let prepared = if unused.iter().any(|u| *u) {
            let infer = Type::new(
                "unspecified".into(),
                0,
                postgres::types::Kind::Simple,
                "pg_catalog".into(),
            );
            let types: Vec<Type> = unused
                .iter()
                .map(|u| if *u { Type::TEXT } else { infer.clone() })
                .collect();
            self.tx.borrow_mut().prepare_typed(&text, &types)
        } else {
            self.tx.borrow_mut().prepare(&text)
        };
        let s = prepared.map_err(|e| match Error::from(e) {
            // A statement PostgreSQL cannot read is a bug of ours: say which.
            Error::Internal(e) => Error::Internal(e.context(format!("preparing {text}"))),
            other => other,
        })?;
        self.cache.borrow_mut().insert(sql.to_string(), s.clone());
        Ok(s)
    }

    /// Runs `op` on the prepared statement of `sql` with the parameters
    /// `p` in PostgreSQL's form.
    fn call<T>(
        &self,
        sql: &str,
        p: Params<'_>,
        op: impl FnOnce(
            &mut postgres::Transaction<'a>,
            &Statement,
            &[&(dyn ToSql + Sync)],
        ) -> std::result::Result<T, postgres::Error>,
    ) -> Result<T> {
        let s = self.statement(sql, p.len())?;
        self.flush()?;
        let values: Vec<Value<'_>> = p.iter().map(|v| v.value()).collect();
        let refs: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| v as _).collect();
        Ok(op(&mut self.tx.borrow_mut(), &s, &refs)?)
    }

    /// Queues the write `sql` to go with the next message to the server
    /// (its parameters written into it as literals of the types the
    /// statement takes): false, nothing queued, when a value has no
    /// literal here (the caller runs it at once instead).
    pub fn later(&self, sql: &str, p: Params<'_>) -> Result<bool> {
        let s = self.statement(sql, p.len())?;
        let values: Vec<Value<'_>> = p.iter().map(|v| v.value()).collect();
        let literals: Option<Vec<String>> = values
            .iter()
            .zip(s.params())
            .map(|(v, ty)| typed(v, ty).ok().and_then(|t| t.literal(ty)))
            .collect();
        let Some(literals) = literals.filter(|l| l.len() == values.len()) else {
            return Ok(false);
        };
        let Some(text) = with_literals(&pg_sql(sql), &literals) else {
            return Ok(false);
        };
        let full = {
            let mut later = self.later.borrow_mut();
            later.push_str(&text);
            later.push_str(";\n");
            later.len() > LATER_MAX
        };
        // A long run of writes (a copy of a whole table) goes in messages
        // of about this size, not all at the end.
        if full {
            self.flush()?;
        }
        Ok(true)
    }

    /// Queues the write `sql`, or runs it at once when it cannot be queued.
    pub fn write_later(&self, sql: &str, p: Params<'_>) -> Result<()> {
        if !self.later(sql, p)? {
            self.exec(sql, p)?;
        }
        Ok(())
    }

    /// The queued writes, taken (to go before what is sent next).
    fn take_later(&self) -> String {
        self.queued_releases.set(0);
        std::mem::take(&mut self.later.borrow_mut())
    }

    /// Sends the queued writes, if any (before a statement that is not
    /// a batch: a read must see them).
    pub fn flush(&self) -> Result<()> {
        let later = self.take_later();
        if !later.is_empty() {
            self.tx.borrow_mut().batch_execute(&later)?;
        }
        Ok(())
    }

    /// The next id of `table` (its identity column `id`), drawn from its
    /// sequence ahead of the insert, so that the insert needs no answer
    /// and can wait to go with the next message. A draw takes twice as
    /// many as the one before (up to [`MAX_DRAW`], kept for the
    /// connection's later transactions); ids left unused when
    /// the transaction ends are gaps, as a rolled-back insert leaves.
    pub fn next_id(&self, table: &str) -> Result<i64> {
        if let Some(id) = self
            .ids
            .borrow_mut()
            .get_mut(table)
            .and_then(std::collections::VecDeque::pop_front)
        {
            return Ok(id);
        }
        let draw = self.draws.borrow().get(table).copied().unwrap_or(1);
        let rows = self.rows(
            "SELECT nextval(pg_get_serial_sequence(?1, 'id')) FROM generate_series(1, ?2)",
            super::params![table, draw],
        )?;
        let mut ready = rows
            .iter()
            .map(|r| Row::Pg(r).get::<i64>(0))
            .collect::<Result<std::collections::VecDeque<i64>>>()?;
        let id = ready
            .pop_front()
            .ok_or_else(|| Error::internal(format!("database: no id drawn for {table}")))?;
        self.ids.borrow_mut().insert(table.to_string(), ready);
        self.draws
            .borrow_mut()
            .insert(table.to_string(), (draw * 2).min(MAX_DRAW));
        Ok(id)
    }

    /// Queues the release of the savepoint opened ahead.
    pub fn queue_release(&self) {
        self.later.borrow_mut().push_str("RELEASE row;\n");
        self.queued_releases.set(self.queued_releases.get() + 1);
    }

    /// Forgets the queued writes (their savepoint is rolled back); how
    /// many savepoints the queue would have released, which are still
    /// open above it.
    pub fn drop_later(&self) -> usize {
        self.later.borrow_mut().clear();
        self.queued_releases.replace(0)
    }

    /// Whether a savepoint was opened ahead; it is no longer.
    pub fn take_preopened(&self) -> bool {
        self.preopened.replace(false)
    }

    pub fn set_preopened(&self) {
        self.preopened.set(true);
    }

    pub fn exec(&self, sql: &str, p: Params<'_>) -> Result<usize> {
        let n = self.call(sql, p, |tx, s, refs| tx.execute(s, refs))?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    /// Runs SQL that takes no parameters, as it is (several statements),
    /// after the queued writes and in the same message.
    pub fn batch(&self, sql: &str) -> Result<()> {
        let text = self.take_later() + sql;
        Ok(self.tx.borrow_mut().batch_execute(&text)?)
    }

    pub fn rows(&self, sql: &str, p: Params<'_>) -> Result<Vec<postgres::Row>> {
        self.call(sql, p, |tx, s, refs| tx.query(s, refs))
    }

    pub fn row<T>(
        &self,
        sql: &str,
        p: Params<'_>,
        f: impl FnOnce(&Row<'_>) -> Result<T>,
    ) -> Result<T> {
        let rows = self.rows(sql, p)?;
        match rows.first() {
            Some(r) => f(&Row::Pg(r)),
            None => Err(no_row()),
        }
    }

    /// Streams the rows of a query in batches through a portal, so that a
    /// million rows never sit in memory at once and `f` may use the
    /// transaction between them.
    pub fn each(
        &self,
        sql: &str,
        p: Params<'_>,
        mut f: impl FnMut(&Row<'_>) -> Result<()>,
    ) -> Result<()> {
        let portal = self.call(sql, p, |tx, s, refs| tx.bind(s, refs))?;
        loop {
            let rows = self.tx.borrow_mut().query_portal(&portal, EACH_BATCH)?;
            for r in &rows {
                f(&Row::Pg(r))?;
            }
            // A short batch is the last: no round trip to learn that.
            if rows.len() < EACH_BATCH as usize {
                return Ok(());
            }
        }
    }

    /// The answers of the keyed query `sql` (one parameter, `?1`, a text
    /// key) for every key of `keys`, in one round trip: rows of the key,
    /// then whether the query found a row, then the query's own columns.
    pub fn each_key(&self, sql: &str, keys: &[&str]) -> Result<Vec<postgres::Row>> {
        self.flush()?;
        let cache_key = format!("each key: {sql}");
        let cached = self.cache.borrow().get(&cache_key).cloned();
        let s = match cached {
            Some(s) => s,
            None => {
                let inner = pg_sql(sql);
                if uses_param(&inner, 2) {
                    return Err(Error::internal(format!(
                        "database: {sql} is not a query of one key"
                    )));
                }
                let inner = replace_param(&inner, 1, "(k.key COLLATE \"C\")");
                let text = format!(
                    "SELECT k.key, q.* FROM unnest($1::text[]) AS k(key) \
                     LEFT JOIN LATERAL (SELECT true AS roster_found, x.* FROM ({inner}) x) q \
                     ON true"
                );
                let s = self
                    .tx
                    .borrow_mut()
                    .prepare_typed(&text, &[Type::TEXT_ARRAY])?;
                self.cache.borrow_mut().insert(cache_key, s.clone());
                s
            }
        };
        Ok(self.tx.borrow_mut().query(&s, &[&keys])?)
    }

    pub fn commit(self) -> Result<()> {
        self.flush()?;
        Ok(self.tx.into_inner().commit()?)
    }

    /// Ends without keeping anything; the queued writes run first, so that
    /// a dry run meets every error a real one would.
    pub fn rollback(self) -> Result<()> {
        self.flush()?;
        Ok(self.tx.into_inner().rollback()?)
    }
}

/// Columns `from..` of a PostgreSQL row in the neutral form, owned (a
/// row the memo keeps).
pub fn kept(r: &postgres::Row, from: usize) -> Result<Vec<Value<'static>>> {
    (from..r.len())
        .map(|i| column(r, i).and_then(|v| FromCol::from_col(v, i)))
        .collect()
}

/// Column `i` of a PostgreSQL row in the neutral form: an instant as its
/// canonical text, a list as comma-joined text, a flag as a bool.
pub fn column<'r>(r: &'r postgres::Row, i: usize) -> Result<Value<'r>> {
    let ty = r
        .columns()
        .get(i)
        .ok_or_else(|| Error::internal(format!("database: no column {i}")))?
        .type_()
        .clone();
    let v = match ty {
        Type::INT8 => r.try_get::<_, Option<i64>>(i)?.map(Value::Int),
        Type::INT4 => r
            .try_get::<_, Option<i32>>(i)?
            .map(|v| Value::Int(v.into())),
        Type::INT2 => r
            .try_get::<_, Option<i16>>(i)?
            .map(|v| Value::Int(v.into())),
        Type::BOOL => r.try_get::<_, Option<bool>>(i)?.map(Value::Bool),
        Type::TIMESTAMPTZ | Type::TIMESTAMP => match r.try_get::<_, Option<SystemTime>>(i)? {
            None => None,
            Some(t) => {
                let ts = jiff::Timestamp::try_from(t)
                    .map_err(|e| Error::internal(format!("database: instant out of range: {e}")))?;
                Some(Value::Text(Cow::Owned(crate::clock::fmt(ts))))
            }
        },
        Type::TEXT_ARRAY | Type::VARCHAR_ARRAY => r
            .try_get::<_, Option<Vec<&str>>>(i)?
            .map(|v| Value::Text(Cow::Owned(v.join(",")))),
        Type::BYTEA => r
            .try_get::<_, Option<&[u8]>>(i)?
            .map(|b| Value::Blob(Cow::Borrowed(b))),
        Type::FLOAT8 => r
            .try_get::<_, Option<f64>>(i)?
            .map(|v| Value::Text(Cow::Owned(v.to_string()))),
        _ => r
            .try_get::<_, Option<&str>>(i)?
            .map(|t| Value::Text(Cow::Borrowed(t))),
    };
    Ok(v.unwrap_or(Value::Null))
}

type BoxError = Box<dyn std::error::Error + Sync + Send>;

/// A neutral value in the form the column's type takes it: the one
/// conversion behind both the binary parameters ([`ToSql`]) and the
/// literals of queued writes ([`PgTx::later`]).
enum Typed<'v> {
    Null,
    Int8(i64),
    Int4(i32),
    Int2(i16),
    Bool(bool),
    Time(jiff::Timestamp),
    List(Vec<&'v str>),
    Text(Cow<'v, str>),
    Bytes(&'v [u8]),
}

fn typed<'v>(v: &'v Value<'_>, ty: &Type) -> std::result::Result<Typed<'v>, BoxError> {
    Ok(match v {
        Value::Null => Typed::Null,
        Value::Int(v) => match *ty {
            Type::INT4 => Typed::Int4(i32::try_from(*v)?),
            Type::INT2 => Typed::Int2(i16::try_from(*v)?),
            Type::BOOL => Typed::Bool(*v != 0),
            Type::TEXT | Type::VARCHAR | Type::UNKNOWN => Typed::Text(Cow::Owned(v.to_string())),
            _ => Typed::Int8(*v),
        },
        Value::Bool(b) => match *ty {
            Type::INT8 => Typed::Int8(i64::from(*b)),
            Type::INT4 => Typed::Int4(i32::from(*b)),
            _ => Typed::Bool(*b),
        },
        Value::Text(t) => match *ty {
            Type::TIMESTAMPTZ | Type::TIMESTAMP => Typed::Time(t.parse()?),
            Type::TEXT_ARRAY | Type::VARCHAR_ARRAY => {
                Typed::List(t.split(',').filter(|s| !s.is_empty()).collect())
            }
            Type::INT8 => Typed::Int8(t.parse()?),
            Type::INT4 => Typed::Int4(t.parse()?),
            Type::BOOL => Typed::Bool(matches!(t.as_ref(), "1" | "true" | "t")),
            _ => Typed::Text(Cow::Borrowed(t.as_ref())),
        },
        Value::Blob(b) => Typed::Bytes(b.as_ref()),
    })
}

/// `t` as a string literal (standard_conforming_strings is on in every
/// write transaction: only the quote is special); none for text holding
/// NUL, which PostgreSQL's text cannot (the write then runs at once and
/// fails as it would have).
fn quoted(t: &str) -> Option<String> {
    (!t.contains('\0')).then(|| format!("'{}'", t.replace('\'', "''")))
}

impl Typed<'_> {
    /// The SQL literal of this value for a parameter of type `ty`.
    /// Only for the type the binary form would be sent as (else none,
    /// and the write runs at once): a literal then means exactly what the
    /// parameter would have.
    fn literal(&self, ty: &Type) -> Option<String> {
        Some(match (self, ty) {
            (Typed::Null, _) => "NULL".into(),
            (Typed::Int8(v), &Type::INT8) => v.to_string(),
            (Typed::Int4(v), &Type::INT4) => v.to_string(),
            (Typed::Int2(v), &Type::INT2) => format!("{v}::int2"),
            (Typed::Bool(b), &Type::BOOL) => b.to_string(),
            (Typed::Time(ts), &Type::TIMESTAMPTZ) => {
                format!("{}::timestamptz", quoted(&ts.to_string())?)
            }
            (Typed::List(items), &Type::TEXT_ARRAY) => {
                let items: Option<Vec<String>> = items.iter().map(|i| quoted(i)).collect();
                format!("ARRAY[{}]::text[]", items?.join(","))
            }
            (Typed::Text(t), &Type::TEXT | &Type::VARCHAR | &Type::UNKNOWN) => quoted(t)?,
            (Typed::Bytes(b), &Type::BYTEA) => {
                let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
                format!("'\\x{hex}'::bytea")
            }
            _ => return None,
        })
    }
}

impl ToSql for Value<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> std::result::Result<IsNull, BoxError> {
        match typed(self, ty)? {
            Typed::Null => Ok(IsNull::Yes),
            Typed::Int8(v) => v.to_sql(ty, out),
            Typed::Int4(v) => v.to_sql(ty, out),
            Typed::Int2(v) => v.to_sql(ty, out),
            Typed::Bool(b) => b.to_sql(ty, out),
            Typed::Time(ts) => SystemTime::from(ts).to_sql(ty, out),
            Typed::List(items) => items.to_sql(ty, out),
            Typed::Text(t) => t.as_ref().to_sql(ty, out),
            Typed::Bytes(b) => b.to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    to_sql_checked!();
}

impl From<postgres::Error> for Error {
    fn from(e: postgres::Error) -> Self {
        use postgres::error::SqlState;
        if let Some(db) = e.as_db_error() {
            let code = db.code();
            if *code == SqlState::LOCK_NOT_AVAILABLE
                || *code == SqlState::T_R_SERIALIZATION_FAILURE
                || *code == SqlState::T_R_DEADLOCK_DETECTED
            {
                return Error::Busy {
                    waited_ms: super::busy_ms(),
                };
            }
            if *code == SqlState::DISK_FULL {
                return Error::Io {
                    code: "DISK_FULL",
                    message: format!(
                        "the PostgreSQL server's disk is full: nothing of this command was kept; {}",
                        db.message()
                    ),
                };
            }
            if *code == SqlState::READ_ONLY_SQL_TRANSACTION
                || *code == SqlState::INSUFFICIENT_PRIVILEGE
            {
                return Error::Io {
                    code: "DATABASE_READ_ONLY",
                    message: format!("the PostgreSQL database refuses writes: {}", db.message()),
                };
            }
            return Error::Internal(anyhow::anyhow!(
                "database: {} ({}){}",
                db.message(),
                code.code(),
                db.detail().map(|d| format!(": {d}")).unwrap_or_default()
            ));
        }
        if e.is_closed() {
            return Error::Io {
                code: "DB_UNREACHABLE",
                message: format!("the connection to the PostgreSQL server was lost: {e}"),
            };
        }
        Error::Internal(anyhow::Error::new(e).context("database"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_never_show_the_password() {
        assert_eq!(
            without_password("postgres://ops:s3cret@db.example/roster"),
            "postgres://ops:***@db.example/roster"
        );
        assert_eq!(
            without_password("postgres://ops@db/roster?password=x&host=/tmp"),
            "postgres://ops@db/roster?password=***&host=/tmp"
        );
        assert_eq!(
            without_password("postgresql://db/roster"),
            "postgresql://db/roster"
        );
    }

    #[test]
    fn an_insert_takes_its_id_as_one_more_parameter() {
        assert_eq!(
            with_id("INSERT INTO codes (org_id, tries) VALUES (?1, 0)", 2),
            Some((
                "codes".to_string(),
                "INSERT INTO codes (id, org_id, tries) VALUES (?2, ?1, 0)".to_string()
            ))
        );
        // Another shape, or an id given: the insert asks for its id back.
        for sql in [
            "INSERT INTO codes (id, org_id) VALUES (?1, ?2)",
            "INSERT INTO codes SELECT * FROM x",
            "UPDATE codes SET tries = 1",
            "INSERT INTO \"Codes\" (a) VALUES (?1)",
        ] {
            assert_eq!(with_id(sql, 3), None, "{sql}");
        }
    }

    #[test]
    fn queued_writes_take_literals_of_the_parameters_types() {
        let lit = |v: Value<'_>, ty: Type| typed(&v, &ty).ok().and_then(|t| t.literal(&ty));
        let text = |s: &'static str| Value::Text(Cow::Borrowed(s));
        // Only where the binary form means the same.
        assert_eq!(lit(text("12"), Type::BYTEA), None);
        assert_eq!(lit(text("{}"), Type::JSONB), None);
        assert_eq!(lit(Value::Int(3), Type::NUMERIC), None);
        assert_eq!(lit(Value::Int(3), Type::INT2).as_deref(), Some("3::int2"));
        assert_eq!(lit(text("it's"), Type::TEXT).as_deref(), Some("'it''s'"));
        assert_eq!(lit(text("a\\b"), Type::TEXT).as_deref(), Some("'a\\b'"));
        assert_eq!(lit(text("nul\0"), Type::TEXT), None);
        assert_eq!(lit(Value::Int(-5), Type::INT8).as_deref(), Some("-5"));
        assert_eq!(lit(Value::Int(7), Type::TEXT).as_deref(), Some("'7'"));
        assert_eq!(lit(Value::Int(1), Type::BOOL).as_deref(), Some("true"));
        assert_eq!(lit(Value::Null, Type::TIMESTAMPTZ).as_deref(), Some("NULL"));
        assert_eq!(
            lit(text("2026-02-13T01:00:00Z"), Type::TIMESTAMPTZ).as_deref(),
            Some("'2026-02-13T01:00:00Z'::timestamptz")
        );
        assert_eq!(lit(text("not a time"), Type::TIMESTAMPTZ), None);
        assert_eq!(
            lit(text("backend.live,it's"), Type::TEXT_ARRAY).as_deref(),
            Some("ARRAY['backend.live','it''s']::text[]")
        );
        assert_eq!(
            lit(text(""), Type::TEXT_ARRAY).as_deref(),
            Some("ARRAY[]::text[]")
        );
        assert_eq!(
            lit(Value::Blob(Cow::Borrowed(&[0, 255])), Type::BYTEA).as_deref(),
            Some("'\\x00ff'::bytea")
        );
    }

    #[test]
    fn literals_replace_parameters_in_one_pass_and_never_inside_each_other() {
        let lits = |l: &[&str]| l.iter().map(|s| (*s).to_string()).collect::<Vec<_>>();
        assert_eq!(
            with_literals(
                "INSERT INTO t (a, b, c) VALUES ($1, $2, $10) -- '$1'",
                &lits(&[
                    "'$2x$1'", "'it''s'", "3", "4", "5", "6", "7", "8", "9", "10"
                ])
            )
            .as_deref(),
            Some("INSERT INTO t (a, b, c) VALUES ('$2x$1', 'it''s', 10) -- '$1'")
        );
        // A parameter without a literal: nothing to queue.
        assert_eq!(with_literals("SELECT $3", &lits(&["1"])), None);
        assert_eq!(with_literals("SELECT $0", &lits(&["1"])), None);
    }

    #[test]
    fn a_parameter_is_replaced_where_it_stands_and_not_in_longer_numbers() {
        assert_eq!(
            replace_param("a = $1 AND b = $10 OR c = $1", 1, "k"),
            "a = k AND b = $10 OR c = k"
        );
        assert_eq!(replace_param("no params", 1, "k"), "no params");
    }

    #[test]
    fn a_url_selects_postgres_and_anything_else_a_file() {
        use super::super::Location;
        use std::path::{Path, PathBuf};
        assert_eq!(
            Location::of(Path::new("postgres://u@h/d")),
            Location::Postgres("postgres://u@h/d".into())
        );
        assert_eq!(
            Location::of(Path::new("sqlite:///srv/r.db")),
            Location::File(PathBuf::from("/srv/r.db"))
        );
        assert_eq!(
            Location::of(Path::new("sqlite:r.db")),
            Location::File(PathBuf::from("r.db"))
        );
        assert_eq!(
            Location::of(Path::new("roster.db")),
            Location::File(PathBuf::from("roster.db"))
        );
    }
}
