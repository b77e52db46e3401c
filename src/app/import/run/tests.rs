//! Tests of the parent module.

use super::*;
use crate::app::org::{NewOrg, create};
use crate::domain::calendar::Calendar;
use crate::domain::policy::Policy;

/// A sink that takes `ok` batches, then fails like a full disk. It
/// keeps what it was given like a report: rows of a batch that rolled
/// back are taken out again.
struct Fails {
    ok: usize,
    pending: Vec<(u64, Option<bool>)>,
    seen: Vec<(u64, Option<bool>)>,
}

impl Fails {
    fn new(ok: usize) -> Self {
        Fails {
            ok,
            pending: vec![],
            seen: vec![],
        }
    }
}

impl Sink for Fails {
    fn rows(&mut self, rows: Vec<RowResult>, landed: Option<bool>) -> Result<()> {
        self.pending.extend(rows.iter().map(|r| (r.line, landed)));
        if self.ok == 0 {
            return Err(Error::Io {
                code: "REPORT_UNWRITABLE",
                message: "no space left on device".into(),
            });
        }
        self.ok -= 1;
        Ok(())
    }
    fn settle(&mut self, _: bool) -> Result<()> {
        Ok(())
    }
    fn committed(&mut self) {
        self.seen.append(&mut self.pending);
    }
    fn rolled_back(&mut self) {
        self.pending.clear();
    }
}

fn setup() -> (Store, Policy, Calendar) {
    let mut store = Store::in_memory().unwrap();
    let policy = Policy::default();
    let calendar = Calendar::embedded().unwrap();
    let ctx = ctx(&policy, &calendar);
    store
        .write(false, |tx| {
            create(
                tx,
                &ctx,
                &NewOrg {
                    kind: "agency".into(),
                    handle: "star".into(),
                    name: "Star".into(),
                    uscc: None,
                    legal_rep_name: None,
                    legal_rep_id: None,
                    individual_business: false,
                    main_phone: Some("13900000001".into()),
                    shop_type: None,
                    subject: None,
                    cross_border: false,
                },
            )
        })
        .unwrap();
    (store, policy, calendar)
}

fn ctx<'a>(policy: &'a Policy, calendar: &'a Calendar) -> Ctx<'a> {
    Ctx {
        now: "2026-02-13T01:00:00Z".parse().unwrap(),
        actor: "t",
        policy,
        calendar,
        cost: secret::Cost::Fast,
    }
}

fn flags(batch: usize) -> Flags {
    Flags {
        agree: false,
        org: Some("star".into()),
        dry_run: false,
        all_or_nothing: false,
        batch,
        passwords_shown: false,
        pause: Duration::ZERO,
    }
}

fn rows(n: u64) -> impl FnMut() -> Result<Option<Input>> {
    let mut i = 0;
    move || {
        i += 1;
        Ok((i <= n).then(|| Input {
            line: i + 1,
            cells: vec![format!("P{i}"), "agency.data".into()],
        }))
    }
}

fn positions(store: &mut Store) -> i64 {
    store
        .read(|tx| {
            Ok(tx
                .conn()
                .query_row("SELECT count(*) FROM positions", [], |r| r.get(0))?)
        })
        .unwrap()
}

#[test]
fn a_failure_mid_file_says_exactly_what_landed() {
    let (mut store, policy, calendar) = setup();
    let ctx = ctx(&policy, &calendar);
    let layout = Layout::new(Kind::Positions, &["name".into(), "permissions".into()]).unwrap();
    let mut sink = Fails::new(2);
    let mut sum = Summary::default();
    run(
        &mut store,
        &ctx,
        &layout,
        &flags(2),
        &mut rows(7),
        &mut sink,
        &mut sum,
    )
    .unwrap();
    // Two batches of two landed; the third rolled back and stopped it.
    assert_eq!((sum.rows, sum.created), (4, 4));
    let stopped = sum.stopped.expect("stopped");
    assert_eq!((stopped.line, stopped.code), (6, "REPORT_UNWRITABLE"));
    assert_eq!(positions(&mut store), 4);
    // The sink kept exactly the rows that landed.
    assert_eq!(
        sink.seen,
        [2, 3, 4, 5].map(|l| (l, Some(true))),
        "a rolled-back batch's rows must not stay in the report"
    );
}

#[test]
fn a_failure_in_the_first_batch_is_the_error_itself() {
    let (mut store, policy, calendar) = setup();
    let ctx = ctx(&policy, &calendar);
    let layout = Layout::new(Kind::Positions, &["name".into(), "permissions".into()]).unwrap();
    let mut sink = Fails::new(0);
    let mut sum = Summary::default();
    let err = run(
        &mut store,
        &ctx,
        &layout,
        &flags(2),
        &mut rows(3),
        &mut sink,
        &mut sum,
    )
    .unwrap_err();
    assert_eq!(err.code(), "REPORT_UNWRITABLE");
    assert_eq!(positions(&mut store), 0);
    assert!(sink.seen.is_empty());
}

#[test]
fn all_or_nothing_settles_every_row_before_the_commit() {
    let (mut store, policy, calendar) = setup();
    let ctx = ctx(&policy, &calendar);
    let layout = Layout::new(Kind::Positions, &["name".into(), "permissions".into()]).unwrap();
    let mut sink = Fails::new(10);
    let mut sum = Summary::default();
    let mut f = flags(2);
    f.all_or_nothing = true;
    run(
        &mut store,
        &ctx,
        &layout,
        &f,
        &mut rows(3),
        &mut sink,
        &mut sum,
    )
    .unwrap();
    assert!(sum.landed);
    assert!(sink.seen.iter().all(|(_, landed)| landed.is_none()));
    assert_eq!(positions(&mut store), 3);
}

#[test]
fn a_placeholder_password_is_unhashed_until_hashed() {
    let p = secret::Prepared::placeholder(None, "password", "EA-1").unwrap();
    assert!(!p.is_hashed());
    assert!(p.generated().is_some());
    let h = p.hashed(secret::Cost::Fast).unwrap();
    assert!(h.is_hashed());
}
