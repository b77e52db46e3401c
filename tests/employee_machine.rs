//! Property test of the employee-account machine (rules EA-1 … EA-12, EN-3/EN-4,
//! SW-1) at the app layer on an in-memory store: random sequences of
//! commands and clock moves, with the invariants checked after every step:
//! - a new seat is only ever taken below the quota (EN-4);
//! - every change writes exactly one audit row, an unchanged result none;
//! - a refused command leaves the database exactly as it was;
//! - closed accounts (withdrawn, deregistered) never change again;
//! - a second sweep at the same instant changes nothing (SW-1).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use common::{Did, IDS, World};
use jiff::SignedDuration;
use proptest::prelude::*;

use roster::app::employee::{self, ActivateInput, ApplyInput, HolderInput};
use roster::app::{Change, Ctx, Outcome, org, sweep};
use roster::error::Result;
use roster::store::{Store, Tx};
const LEVELS: [&str; 3] = ["bronze", "silver", "gold"];

#[derive(Debug, Clone)]
enum Cmd {
    Apply(usize, usize),
    Review(usize, bool),
    Resubmit(usize),
    Withdraw(usize),
    Activate(usize, bool, bool),
    Assets(usize, bool),
    Resign(usize),
    UnbindConfirm(usize),
    Enable(usize, usize),
    Deregister(usize, bool),
    DeregisterReview(usize, bool),
    Level(usize),
    Penalize(usize),
    Clear(usize),
    Sweep,
    Advance(u32),
}

fn cmd() -> impl Strategy<Value = Cmd> {
    let e = 0..7usize;
    let p = 0..IDS.len();
    prop_oneof![
        4 => (e.clone(), p.clone()).prop_map(|(e, p)| Cmd::Apply(e, p)),
        4 => (e.clone(), any::<bool>()).prop_map(|(e, a)| Cmd::Review(e, a)),
        1 => e.clone().prop_map(Cmd::Resubmit),
        1 => e.clone().prop_map(Cmd::Withdraw),
        2 => (e.clone(), any::<bool>(), any::<bool>()).prop_map(|(e, f, v)| Cmd::Activate(e, f, v)),
        1 => (e.clone(), any::<bool>()).prop_map(|(e, u)| Cmd::Assets(e, u)),
        2 => e.clone().prop_map(Cmd::Resign),
        1 => e.clone().prop_map(Cmd::UnbindConfirm),
        1 => (e.clone(), p.clone()).prop_map(|(e, p)| Cmd::Enable(e, p)),
        2 => (e.clone(), any::<bool>()).prop_map(|(e, c)| Cmd::Deregister(e, c)),
        1 => (e.clone(), any::<bool>()).prop_map(|(e, a)| Cmd::DeregisterReview(e, a)),
        1 => (0..LEVELS.len()).prop_map(Cmd::Level),
        1 => p.clone().prop_map(Cmd::Penalize),
        1 => p.prop_map(Cmd::Clear),
        1 => Just(Cmd::Sweep),
        2 => (0u32..400).prop_map(Cmd::Advance),
    ]
}

fn email(i: usize) -> String {
    format!("e{i}@acme.cn")
}

fn holder(p: usize) -> HolderInput {
    HolderInput {
        name: Some(format!("Person {p}")),
        id_number: Some(IDS[p].to_string()),
        position: Some("Sales".into()),
        department: None,
        proof: Some("sealed".into()),
        proof_note: None,
    }
}

/// What one step did, for the invariants.
enum Step {
    /// A use case's outcome (Err: refused).
    One(Result<Change>),
    /// The sweep: how many rows it changed (each one audit row).
    Many(Result<u64>),
}

/// A chosen password made ready as the CLI does before the write lock.
fn pw(p: &str) -> roster::secret::Prepared {
    roster::secret::prepare(Some(p), "password", "EA-1", roster::secret::Cost::Fast).unwrap()
}

fn run(tx: &Tx<'_>, ctx: &Ctx<'_>, c: &Cmd) -> Step {
    let o = Some("acme");
    let change = |r: Result<Outcome<employee::AccountState>>| Step::One(r.map(|o| o.change));
    match c {
        Cmd::Apply(e, p) => change(employee::apply(
            tx,
            ctx,
            o,
            &ApplyInput {
                email: email(*e),
                holder: holder(*p),
                agree: true,
                password: pw(&format!("initial{e}pw")),
                douyin_id: None,
                contact_phone: None,
            },
        )),
        Cmd::Review(e, a) => change(employee::review(tx, ctx, o, &email(*e), *a, Some("no"))),
        Cmd::Resubmit(e) => change(employee::resubmit(
            tx,
            ctx,
            o,
            &email(*e),
            &HolderInput::default(),
        )),
        Cmd::Withdraw(e) => change(employee::withdraw(tx, ctx, o, &email(*e))),
        Cmd::Activate(e, face_ok, new_version) => {
            let holder_id = employee::show(tx, ctx, o, &email(*e))
                .map(|s| s.account.holder_id.reveal().to_string())
                .unwrap_or_else(|_| IDS[0].to_string());
            let face = if *face_ok {
                holder_id
            } else {
                IDS[3].to_string()
            };
            change(employee::activate(
                tx,
                ctx,
                o,
                &email(*e),
                &ActivateInput {
                    face_id_number: face,
                    aux_phone: "13800138000".into(),
                    app_version: if *new_version {
                        "20.10".into()
                    } else {
                        "20.6".into()
                    },
                    new_password: pw(&format!("changed{e}pw")),
                    compared: None,
                },
            ))
        }
        Cmd::Assets(e, u) => change(employee::assets(tx, ctx, o, &email(*e), *u)),
        Cmd::Resign(e) => change(employee::resign(tx, ctx, o, &email(*e), true)),
        Cmd::UnbindConfirm(e) => change(employee::unbind_confirm(tx, ctx, o, &email(*e))),
        Cmd::Enable(e, p) => change(employee::enable(
            tx,
            ctx,
            o,
            &email(*e),
            &holder(*p),
            true,
            &pw("handover1pw"),
        )),
        Cmd::Deregister(e, complete) => {
            let m = if *complete {
                "business-licence,legal-rep-id,employee-id,labour-contract"
            } else {
                "business-licence,legal-rep-id"
            };
            change(employee::deregister(tx, ctx, o, &email(*e), m))
        }
        Cmd::DeregisterReview(e, a) => change(employee::deregister_review(
            tx,
            ctx,
            o,
            &email(*e),
            *a,
            Some("no"),
        )),
        Cmd::Level(l) => Step::One(org::set_level(tx, ctx, "acme", LEVELS[*l]).map(|o| o.change)),
        Cmd::Penalize(p) => Step::One(
            roster::app::identity::penalize(tx, ctx, IDS[*p], "ban", None).map(|o| o.change),
        ),
        Cmd::Clear(p) => {
            Step::One(roster::app::identity::clear(tx, ctx, IDS[*p]).map(|o| o.change))
        }
        Cmd::Sweep => Step::Many(
            sweep::KINDS
                .iter()
                .try_fold(0, |n, (_, k)| Ok(n + k(tx, ctx)?)),
        ),
        Cmd::Advance(_) => Step::Many(Ok(0)),
    }
}

/// Accounts in a closed state and their full rows.
fn closed(store: &mut Store) -> Vec<String> {
    store
        .read(|tx| {
            Ok(roster::store::employee::list(tx, &Default::default())?
                .into_iter()
                .filter(|a| !a.status.holds_seat())
                .map(|a| format!("{a:?}"))
                .collect())
        })
        .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn employee_machine_keeps_its_invariants(cmds in proptest::collection::vec(cmd(), 1..60)) {
        let mut w = World::new(&["acme"]);
        for c in &cmds {
            if let Cmd::Advance(h) = c {
                w.now += SignedDuration::from_hours(i64::from(*h));
            }
            let (used_before, limit_before) = w.seats("acme");
            let closed_before = closed(&mut w.store);
            if matches!(c, Cmd::Sweep) {
                w.sweep()?;
            } else {
                w.step(&format!("{c:?}"), |tx, ctx| match run(tx, ctx, c) {
                    Step::One(r) => r.map(Did::One),
                    Step::Many(r) => r.map(Did::Many),
                })?;
            }
            // EN-4: a seat is only taken below the quota.
            let (used_after, _) = w.seats("acme");
            if used_after > used_before {
                prop_assert!(used_before < limit_before, "{:?} took seat {} of {}", c, used_after, limit_before);
            }
            // Closed accounts stay as they were.
            let closed_after = closed(&mut w.store);
            for row in &closed_before {
                prop_assert!(closed_after.contains(row), "closed account changed: {}", row);
            }
        }
    }
}
