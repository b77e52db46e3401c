//! A hermetic roster: its own temp dir, database, clock, actor and config
//! home, so no test sees the machine's environment or the real date.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

pub const NOW: &str = "2026-02-13T09:00:00+08:00";
pub const ID_A: &str = "11010519491231002X";
pub const USCC_A: &str = "91350100M000100Y43";
pub const USCC_B: &str = "9144030071526726XG";
/// A second valid identity number (GB 11643 check digit 9).
pub const ID_B: &str = "110105199003071239";
/// `NOW` in UTC, as every JSON instant shows it.
pub const NOW_UTC: &str = "2026-02-13T01:00:00Z";

/// Splits a command line on whitespace (for arguments without spaces).
pub fn w(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

/// A small deterministic generator (xorshift64*): the same seed gives the
/// same choices on every run, so a failure names the seed that shows it.
pub struct Rng(pub u64);

impl Rng {
    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) % n.max(1)
    }

    /// One of `xs`.
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        let n = u64::try_from(xs.len()).unwrap();
        xs[usize::try_from(self.below(n)).unwrap()]
    }
}

pub struct Env {
    pub dir: tempfile::TempDir,
    pub now: String,
    /// The test's own PostgreSQL database when the suite runs against a
    /// server (`ROSTER_TEST_POSTGRES`), else none: an SQLite file.
    pub pg: Option<Pg>,
}

/// A PostgreSQL database made for one test and dropped after it.
pub struct Pg {
    /// The URL roster is given.
    pub url: String,
    admin: String,
    name: String,
}

/// The server the suite runs against, if any: `ROSTER_TEST_POSTGRES`
/// (`scripts/with-postgres.sh` starts one and sets it).
pub fn postgres_server() -> Option<String> {
    std::env::var("ROSTER_TEST_POSTGRES")
        .ok()
        .filter(|v| !v.is_empty())
}

/// Whether this run of the suite is against PostgreSQL.
pub fn on_postgres() -> bool {
    postgres_server().is_some()
}

/// For a test of what only an SQLite file has (its journal, its
/// directory, a crash mid-write, `backup`): true, after saying so, when
/// the suite runs against PostgreSQL, and the test returns.
#[allow(clippy::print_stderr)] // said in the test's own output, for its reader
pub fn sqlite_only(why: &str) -> bool {
    if on_postgres() {
        eprintln!("skipped on PostgreSQL: {why}");
        return true;
    }
    false
}

impl Pg {
    fn create(admin: &str) -> Pg {
        static N: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let name = format!(
            "roster_t{}_{}",
            std::process::id(),
            N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        );
        let mut c = postgres::Client::connect(admin, postgres::NoTls)
            .unwrap_or_else(|e| panic!("ROSTER_TEST_POSTGRES={admin}: {e}"));
        c.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
        let url = crate::url::with_dbname(admin, &name);
        Pg {
            url,
            admin: admin.to_string(),
            name,
        }
    }

    /// Every row of every table as text, in a stable order.
    fn dump(&self) -> String {
        let mut c = postgres::Client::connect(&self.url, postgres::NoTls).unwrap();
        let tables: Vec<String> = c
            .query(
                "SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
                &[],
            )
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        let mut out = String::new();
        for t in tables {
            for r in c
                .query(
                    &format!("SELECT x::text FROM \"{t}\" x ORDER BY x::text COLLATE \"C\""),
                    &[],
                )
                .unwrap()
            {
                out.push_str(&t);
                out.push('|');
                out.push_str(r.get::<_, &str>(0));
                out.push('\n');
            }
        }
        out
    }
}

impl Drop for Pg {
    fn drop(&mut self) {
        if let Ok(mut c) = postgres::Client::connect(&self.admin, postgres::NoTls) {
            let _ = c.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr: {}",
                self.stdout, self.stderr
            )
        })
    }
    /// The error envelope printed on stderr in JSON mode.
    pub fn error(&self) -> Value {
        let v: Value = serde_json::from_str(self.stderr.trim())
            .unwrap_or_else(|e| panic!("stderr is not a JSON envelope ({e}):\n{}", self.stderr));
        v["error"].clone()
    }
}

impl Env {
    pub fn new() -> Env {
        Env::new_on(postgres_server())
    }

    /// An environment on the server `admin` names, else on an SQLite file.
    fn new_on(admin: Option<String>) -> Env {
        Env {
            dir: tempfile::tempdir().unwrap(),
            now: NOW.to_string(),
            pg: admin.map(|admin| Pg::create(&admin)),
        }
    }

    /// An SQLite file, whichever engine the suite runs against: the other
    /// side of a comparison between the engines.
    pub fn sqlite() -> Env {
        Env::new_on(None)
    }

    /// The database file on SQLite. On PostgreSQL a test that reaches for
    /// the file is an SQLite-only test and should have said so.
    pub fn db(&self) -> PathBuf {
        self.dir.path().join("roster.db")
    }

    /// The environment that points a roster started by hand at this
    /// test's database (and, on PostgreSQL, its key).
    pub fn db_vars(&self) -> Vec<(&'static str, String)> {
        let mut v = vec![("ROSTER_DB", self.db_arg())];
        if self.pg.is_some() {
            v.push((
                "ROSTER_KEY_FILE",
                self.path("roster.key").display().to_string(),
            ));
        }
        v
    }

    /// What `--db` names: the file, or the test's PostgreSQL database.
    pub fn db_arg(&self) -> String {
        match &self.pg {
            Some(pg) => pg.url.clone(),
            None => self.db().display().to_string(),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_roster"));
        c.args(args)
            .current_dir(self.dir.path())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path().join("xdg"))
            .env("ROSTER_DB", self.db_arg())
            .env("ROSTER_NOW", &self.now)
            .env("ROSTER_ACTOR", "tester");
        if self.pg.is_some() {
            // A PostgreSQL database has no "beside" for its key.
            c.env("ROSTER_KEY_FILE", self.path("roster.key"));
        }
        c
    }

    /// Runs roster with `args` (and `stdin`, if any).
    pub fn run_in(&self, args: &[&str], stdin: Option<&str>) -> Run {
        self.run_cmd(self.command(args), stdin)
    }

    /// Runs roster with `args` and extra environment variables.
    pub fn run_env(&self, args: &[&str], vars: &[(&str, &str)]) -> Run {
        let mut c = self.command(args);
        for (k, v) in vars {
            c.env(k, v);
        }
        self.run_cmd(c, None)
    }

    pub fn run_cmd(&self, mut c: Command, stdin: Option<&str>) -> Run {
        c.stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().unwrap();
        {
            let mut sin = child.stdin.take().unwrap();
            if let Some(text) = stdin {
                sin.write_all(text.as_bytes()).unwrap();
            }
        }
        let out: Output = child.wait_with_output().unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_in(args, None)
    }

    /// `--json` run that must succeed; returns stdout as JSON.
    pub fn ok(&self, args: &[&str]) -> Value {
        let mut a = vec!["--json"];
        a.extend_from_slice(args);
        let r = self.run(&a);
        assert_eq!(
            r.code, 0,
            "roster {args:?} failed:\nstdout: {}\nstderr: {}",
            r.stdout, r.stderr
        );
        if r.stdout.trim().is_empty() {
            return Value::Null;
        }
        r.json()
    }

    /// `--json access check …`: its answer, whichever it is; the exit
    /// status agrees (0 yes, 4 no with ACCESS_DENIED) and the answer is on
    /// stdout either way.
    pub fn access(&self, args: &[&str]) -> Value {
        let mut a = vec!["--json"];
        a.extend_from_slice(args);
        let r = self.run(&a);
        let v = r.json();
        let want = if v["allowed"] == Value::Bool(true) {
            0
        } else {
            4
        };
        assert_eq!(r.code, want, "roster {args:?}: {v}\nstderr: {}", r.stderr);
        if want == 4 {
            assert_eq!(r.error()["code"], "ACCESS_DENIED");
        }
        v
    }

    /// A batch verb with one key that must land: its one row result.
    pub fn ok1(&self, args: &[&str]) -> Value {
        let v = self.ok(args);
        let rows = v.as_array().unwrap_or_else(|| panic!("not an array: {v}"));
        assert_eq!(rows.len(), 1, "{v}");
        assert_ne!(rows[0]["result"], "failed", "{v}");
        rows[0].clone()
    }

    /// A batch verb (`auth invite`, `subaccount disable|enable|delete`) with
    /// one key that must fail: the array of one row result on stdout, exit
    /// 6, the database unchanged; returns the row's error (code, rule,
    /// message, details).
    pub fn fail_row(&self, args: &[&str]) -> Value {
        let before = self.fingerprint();
        let mut a = vec!["--json"];
        a.extend_from_slice(args);
        let r = self.run(&a);
        assert_eq!(
            r.code, 6,
            "roster {args:?}:\nstdout: {}\nstderr: {}",
            r.stdout, r.stderr
        );
        let rows = r.json();
        let rows = rows
            .as_array()
            .unwrap_or_else(|| panic!("not an array: {}", r.stdout));
        assert_eq!(rows.len(), 1, "{}", r.stdout);
        assert_eq!(rows[0]["result"], "failed", "{}", r.stdout);
        assert_eq!(
            before,
            self.fingerprint(),
            "roster {args:?} failed but changed the database"
        );
        rows[0]["error"].clone()
    }

    /// `--json` run that must fail with `code`; returns the error envelope
    /// and checks that the database did not change.
    pub fn fail(&self, code: i32, args: &[&str]) -> Value {
        let before = self.fingerprint();
        let mut a = vec!["--json"];
        a.extend_from_slice(args);
        let r = self.run(&a);
        assert_eq!(
            r.code, code,
            "roster {args:?}: expected exit {code}:\nstdout: {}\nstderr: {}",
            r.stdout, r.stderr
        );
        assert!(
            r.stdout.trim().is_empty(),
            "a failure printed data: {}",
            r.stdout
        );
        assert_eq!(
            before,
            self.fingerprint(),
            "roster {args:?} failed but changed the database"
        );
        r.error()
    }

    /// Every row of every table, to prove a refused command changed nothing.
    pub fn fingerprint(&self) -> String {
        if let Some(pg) = &self.pg {
            return pg.dump();
        }
        if !self.db().exists() {
            return String::new();
        }
        dump(&self.db())
    }

    /// A file in the temp dir with `text`; returns its path as text.
    pub fn write_file(&self, name: &str, text: &str) -> String {
        let p = self.path(name);
        std::fs::write(&p, text).unwrap();
        p.display().to_string()
    }

    /// The audit events matching `filters` (`roster audit` flags), oldest first.
    pub fn audit(&self, filters: &[&str]) -> Vec<Value> {
        let mut a = vec!["audit", "--format", "jsonl"];
        a.extend_from_slice(filters);
        let r = self.run(&a);
        assert_eq!(r.code, 0, "roster audit {filters:?} failed: {}", r.stderr);
        r.stdout
            .lines()
            .map(|l| {
                serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line ({e}): {l}"))
            })
            .collect()
    }

    /// The number of audit events with `action`.
    pub fn audit_count(&self, action: &str) -> usize {
        self.audit(&["--action", action]).len()
    }

    /// An agency with the main phone `phone`.
    pub fn agency(&self, handle: &str, phone: &str) -> Value {
        self.ok(&[
            "org",
            "create",
            "agency",
            handle,
            "--name",
            "Star MCN",
            "--main-phone",
            phone,
        ])
    }

    /// A flagship shop of subject `USCC_B` with the main phone `phone`.
    pub fn shop(&self, handle: &str, phone: &str) -> Value {
        self.ok(&[
            "org",
            "create",
            "shop",
            handle,
            "--name",
            "Acme Flagship",
            "--shop-type",
            "flagship",
            "--subject",
            USCC_B,
            "--main-phone",
            phone,
        ])
    }

    /// The enterprise `acme`, verified, with the position `Sales`
    /// (`backend.video`): where an employee can apply.
    pub fn acme_with_sales(&self) {
        self.enterprise("acme");
        self.ok(&w("org verify acme"));
        self.ok(&w("--org acme position create Sales --perm backend.video"));
    }

    /// The enterprise `acme`, verified, at the top growth level, with `n`
    /// authorisations `dy_00000` … imported at once; the import's summary.
    pub fn acme_with_invitations(&self, n: usize) -> Value {
        self.enterprise("acme");
        self.ok(&w("org verify acme"));
        self.ok(&w("org level acme black-diamond-2"));
        let mut csv = String::from("douyin_id,modules\n");
        for i in 0..n {
            csv.push_str(&format!("dy_{i:05},backend.video\n"));
        }
        let file = self.write_file("invites.csv", &csv);
        self.ok(&[
            "--org",
            "acme",
            "import",
            "authorizations",
            &file,
            "--agree",
        ])
    }

    /// An enterprise `handle` (unverified, bronze, no tools).
    pub fn enterprise(&self, handle: &str) {
        self.ok(&[
            "org",
            "create",
            "enterprise",
            handle,
            "--name",
            "Acme Ltd",
            "--uscc",
            USCC_A,
            "--legal-rep-name",
            "Li Lei",
            "--legal-rep-id",
            ID_A,
        ]);
    }
}

/// Every table's rows as text, read with rusqlite directly (not through
/// roster's store, which would hide bugs in it).
fn dump(db: &Path) -> String {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let mut out = String::new();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for t in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{t}\" ORDER BY rowid"))
            .unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(r) = rows.next().unwrap() {
            out.push_str(&t);
            for i in 0..n {
                let v: rusqlite::types::Value = r.get(i).unwrap();
                out.push_str(&format!("|{v:?}"));
            }
            out.push('\n');
        }
    }
    out
}

/// A direct connection to the test's database, not through roster (to
/// plant a state or to check one), on either engine.
pub enum Sql {
    Lite(rusqlite::Connection),
    Pg(postgres::Client),
}

/// The lock every roster writer takes first on PostgreSQL (src/store/pg.rs).
const PG_WRITE_LOCK: i64 = 0x726f_7374_6572;

impl Env {
    pub fn sql(&self) -> Sql {
        match &self.pg {
            Some(pg) => Sql::Pg(postgres::Client::connect(&pg.url, postgres::NoTls).unwrap()),
            None => Sql::Lite(rusqlite::Connection::open(self.db()).unwrap()),
        }
    }

    /// The one number `sql` selects.
    pub fn sql_i64(&self, sql: &str) -> i64 {
        self.sql().i64(sql)
    }
}

impl Sql {
    pub fn i64(&mut self, sql: &str) -> i64 {
        match self {
            Sql::Lite(c) => c.query_row(sql, [], |r| r.get(0)).unwrap(),
            Sql::Pg(c) => c.query_one(sql, &[]).unwrap().get(0),
        }
    }

    /// The first column of every row, as text.
    pub fn texts(&mut self, sql: &str) -> Vec<String> {
        match self {
            Sql::Lite(c) => c
                .prepare(sql)
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect(),
            Sql::Pg(c) => c
                .query(sql, &[])
                .unwrap()
                .iter()
                .map(|r| r.get(0))
                .collect(),
        }
    }

    /// Runs `sql` (several statements, no parameters).
    pub fn exec(&mut self, sql: &str) {
        match self {
            Sql::Lite(c) => c.execute_batch(sql).unwrap(),
            Sql::Pg(c) => c.batch_execute(sql).unwrap(),
        }
    }

    /// Runs `sql` with one text parameter `?1`.
    pub fn exec_text(&mut self, sql: &str, p: &str) {
        match self {
            Sql::Lite(c) => {
                c.execute(sql, [p]).unwrap();
            }
            Sql::Pg(c) => {
                c.execute(&sql.replace("?1", "$1"), &[&p]).unwrap();
            }
        }
    }

    /// Holds the write lock as another writer would, until `release`.
    pub fn hold_write_lock(&mut self) {
        match self {
            Sql::Lite(c) => c.execute_batch("BEGIN IMMEDIATE").unwrap(),
            Sql::Pg(c) => c
                .batch_execute(&format!(
                    "BEGIN; SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})"
                ))
                .unwrap(),
        }
    }

    pub fn release(&mut self) {
        self.exec("ROLLBACK");
    }

    /// The schema version the database records.
    pub fn schema_version(&mut self) -> i64 {
        match self {
            Sql::Lite(c) => c
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .unwrap(),
            Sql::Pg(c) => i64::from(
                c.query_one("SELECT version FROM roster_schema", &[])
                    .unwrap()
                    .get::<_, i32>(0),
            ),
        }
    }

    pub fn set_schema_version(&mut self, v: i64) {
        match self {
            Sql::Lite(c) => c.pragma_update(None, "user_version", v).unwrap(),
            Sql::Pg(c) => {
                c.execute(
                    "UPDATE roster_schema SET version = $1",
                    &[&i32::try_from(v).unwrap()],
                )
                .unwrap();
            }
        }
    }
}
