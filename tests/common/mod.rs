//! Shared by the state-machine property tests: an in-memory store with a
//! verified enterprise, a clock, and `step`, which runs one command in one
//! transaction and checks the invariants every change must keep:
//! a refused command leaves the database exactly as it was, every change
//! writes exactly one audit row per changed object, an unchanged result
//! writes nothing.

#![allow(dead_code)]

use jiff::Timestamp;
use proptest::test_runner::TestCaseError;

#[path = "url.rs"]
mod url;
use url::with_dbname;

use roster::app::{Change, Ctx, org, position, sweep};
use roster::domain::calendar::Calendar;
use roster::domain::policy::Policy;
use roster::error::{Error, Result};
use roster::secret::Cost;
use roster::store::{Store, Tx, audit};

pub const IDS: [&str; 4] = [
    "110105199003071239",
    "310115198805122347",
    "440305199508233456",
    "510107199201014566",
];

/// A PostgreSQL database a world holds; back to the pool when dropped.
pub struct Lease(String);

/// The databases no world holds now, emptied before the next takes one.
static POOL: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

impl Drop for Lease {
    fn drop(&mut self) {
        if let Ok(mut p) = POOL.lock() {
            p.push(std::mem::take(&mut self.0));
        }
    }
}

/// An empty store: in memory, or, when the suite runs against a
/// PostgreSQL server (`ROSTER_TEST_POSTGRES`), a database of its own on
/// it (created once, reused emptied by the worlds after).
pub fn fresh_store() -> (Store, Option<Lease>) {
    let Some(admin) = std::env::var("ROSTER_TEST_POSTGRES")
        .ok()
        .filter(|v| !v.is_empty())
    else {
        return (Store::in_memory().unwrap(), None);
    };
    let pooled = POOL.lock().unwrap().pop();
    let url = pooled.unwrap_or_else(|| {
        static N: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let name = format!(
            "roster_p{}_{}",
            std::process::id(),
            N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        );
        let mut c = postgres::Client::connect(&admin, postgres::NoTls).unwrap();
        c.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
        with_dbname(&admin, &name)
    });
    let store = Store::connect_ephemeral(&url).unwrap();
    let mut c = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    c.batch_execute(
        "DO $$ DECLARE t text; BEGIN \
           FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' \
             AND tablename <> 'roster_schema' LOOP \
             EXECUTE format('TRUNCATE %I RESTART IDENTITY CASCADE', t); \
           END LOOP; END $$",
    )
    .unwrap();
    (store, Some(Lease(url)))
}

/// What a command did: a use case's change, or a count of changed rows
/// (the sweep), each of which is one audit row.
pub enum Did {
    One(Change),
    Many(u64),
}

pub struct World {
    pub store: Store,
    pub policy: &'static Policy,
    pub calendar: &'static Calendar,
    pub now: Timestamp,
    /// The PostgreSQL database the store is on, given back when done.
    _lease: Option<Lease>,
}

impl World {
    /// A store with verified enterprises `handles`, each with a position
    /// `Sales`.
    pub fn new(handles: &[&str]) -> World {
        let (store, lease) = fresh_store();
        let mut w = World {
            store,
            _lease: lease,
            // Leaked once per test case: a Ctx borrows no part of World.
            policy: Box::leak(Box::new(Policy::default())),
            calendar: Box::leak(Box::new(Calendar::embedded().unwrap())),
            now: "2026-01-05T02:00:00Z".parse().unwrap(),
        };
        let uscc = ["91350100M000100Y43", "9144030071526726XG"];
        for (i, h) in handles.iter().enumerate() {
            let ctx = w.ctx();
            w.store
                .write(false, |tx| {
                    org::create(
                        tx,
                        &ctx,
                        &org::NewOrg {
                            kind: "enterprise".into(),
                            handle: (*h).into(),
                            name: format!("Org {h}"),
                            uscc: Some(uscc[i % 2].into()),
                            legal_rep_name: Some("Li".into()),
                            legal_rep_id: Some("11010519491231002X".into()),
                            ..Default::default()
                        },
                    )?;
                    org::verify(tx, &ctx, h)?;
                    position::create(
                        tx,
                        &ctx,
                        Some(h),
                        &position::NewPosition {
                            name: "Sales".into(),
                            permissions: "backend.video".into(),
                            description: None,
                        },
                    )?;
                    Ok(())
                })
                .unwrap();
        }
        w
    }

    /// Setup that must succeed (creating shops, agencies …).
    pub fn setup<T>(&mut self, f: impl FnOnce(&Tx<'_>, &Ctx<'_>) -> Result<T>) -> T {
        let ctx = self.ctx();
        self.store.write(false, |tx| f(tx, &ctx)).unwrap()
    }

    pub fn ctx(&self) -> Ctx<'static> {
        Ctx {
            now: self.now,
            actor: "prop",
            policy: self.policy,
            calendar: self.calendar,
            cost: Cost::Fast,
        }
    }

    pub fn audit_rows(&mut self) -> i64 {
        self.store.read(audit::count).unwrap()
    }

    /// Runs `f` in one write transaction (rolled back when it fails, as the
    /// CLI does) and checks the change invariants. Returns whether it
    /// succeeded.
    pub fn step(
        &mut self,
        what: &str,
        f: impl FnOnce(&Tx<'_>, &Ctx<'_>) -> Result<Did>,
    ) -> Result<bool, TestCaseError> {
        let before = self.store.dump().unwrap();
        let audit_before = self.audit_rows();
        let ctx = self.ctx();
        let r = self.store.write(false, |tx| f(tx, &ctx));
        let audit_after = self.audit_rows();
        match r {
            Err(Error::Internal(e)) => {
                Err(TestCaseError::fail(format!("{what}: internal error {e:#}")))
            }
            Err(e) => {
                let after = self.store.dump().unwrap();
                if before != after {
                    return Err(TestCaseError::fail(format!(
                        "{what}: refused ({e}) but changed the database"
                    )));
                }
                Ok(false)
            }
            Ok(Did::One(change)) => {
                let expected = i64::from(change != Change::Unchanged);
                if audit_after - audit_before != expected {
                    return Err(TestCaseError::fail(format!(
                        "{what}: {change:?} wrote {} audit rows",
                        audit_after - audit_before
                    )));
                }
                self.audited_changes_differ(what, audit_after - audit_before)?;
                if change == Change::Unchanged && before != self.store.dump().unwrap() {
                    return Err(TestCaseError::fail(format!(
                        "{what}: unchanged but changed"
                    )));
                }
                Ok(true)
            }
            Ok(Did::Many(n)) => {
                if audit_after - audit_before != i64::try_from(n).unwrap() {
                    return Err(TestCaseError::fail(format!(
                        "{what}: {n} changes wrote {} audit rows",
                        audit_after - audit_before
                    )));
                }
                Ok(true)
            }
        }
    }

    /// AU-1: the newest `n` audit rows of a command each record a change:
    /// an event whose before and after are equal says something changed
    /// when nothing did. (Not checked for the sweep: views show every
    /// object as it stands at `--now` whether or not the sweep has run, so
    /// the sweep only records what its views already showed.)
    fn audited_changes_differ(&mut self, what: &str, n: i64) -> Result<(), TestCaseError> {
        let mut events = Vec::new();
        self.store
            .read(|tx| {
                audit::query(tx, &audit::Filter::default(), |e| {
                    events.push(e);
                    Ok(())
                })
            })
            .unwrap();
        let n = usize::try_from(n).unwrap_or(0);
        for e in events.iter().rev().take(n) {
            if e.before.is_some() && e.before == e.after {
                return Err(TestCaseError::fail(format!(
                    "{what}: audit event {} on {} has equal before and after",
                    e.action, e.object
                )));
            }
        }
        Ok(())
    }

    /// Every kind of sweep once, in one transaction; the count of changes.
    pub fn sweep(&mut self) -> Result<bool, TestCaseError> {
        self.step("sweep", |tx, ctx| {
            Ok(Did::Many(
                sweep::KINDS
                    .iter()
                    .try_fold(0, |n, (_, k)| Ok::<_, Error>(n + k(tx, ctx)?))?,
            ))
        })?;
        // SW-1: a second sweep at the same instant changes nothing.
        let ctx = self.ctx();
        let again = self
            .store
            .write(false, |tx| {
                sweep::KINDS
                    .iter()
                    .try_fold(0, |n, (_, k)| Ok::<_, Error>(n + k(tx, &ctx)?))
            })
            .unwrap();
        if again != 0 {
            return Err(TestCaseError::fail(format!(
                "a second sweep changed {again} rows"
            )));
        }
        Ok(true)
    }

    /// (used, limit) seats of an enterprise (EN-3).
    pub fn seats(&mut self, handle: &str) -> (u32, u32) {
        let policy = self.policy;
        let now = self.now;
        self.store
            .read(|tx| {
                let o = roster::store::org::get(tx, handle)?;
                let level = o.enterprise.unwrap().level;
                let used = roster::store::org::seats_used(tx, o.id, now)?;
                // The counter always equals a count of every row.
                assert_eq!(
                    used,
                    roster::store::org::recount_seats(tx, o.id, now)?,
                    "seat counter of {handle} drifted"
                );
                Ok((used, policy.quota.for_level(level)))
            })
            .unwrap()
    }
}
