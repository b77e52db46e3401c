//! Property test of authorised personal accounts (rules PA-1 … PA-8, SW-1) at the app
//! layer: random invite / accept / review / resubmit / modify / end /
//! employee-apply / xingtu / sweep commands and clock moves over two
//! enterprises, with the invariants checked after every step:
//! - no personal account is bound to two enterprises (PA-4);
//! - no invitation is accepted at or after its deadline (PA-2);
//! - after a sweep nothing is active past its validity, nothing invited past
//!   its deadline (SW-1), and a second sweep changes nothing;
//! - no Douyin id is both an employee account and an authorisation (EA-11);
//! - seats are only taken below the quota (PA-7, EN-4);
//! - refusals leave no trace; every change writes one audit row.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::HashMap;

use common::{Did, IDS, World};
use jiff::SignedDuration;
use proptest::prelude::*;

use roster::app::authorization::{self as auth, InviteInput};
use roster::app::employee::{self, ApplyInput, HolderInput};
use roster::app::identity;
use roster::domain::authorization::Status;

const ORGS: [&str; 2] = ["acme", "beta"];
const DOUYIN: [&str; 5] = ["dy_a", "dy_b", "dy_c", "dy_d", "dy_e"];

#[derive(Debug, Clone)]
enum Cmd {
    Invite(usize, usize, Option<u32>),
    Accept(usize, usize),
    Review(usize, bool),
    Resubmit(usize),
    Modify(usize, bool, Option<u32>),
    End(usize, bool),
    Xingtu(usize, bool),
    Employee(usize, usize),
    Sweep,
    Advance(u32),
    /// Move the clock to a deadline of the binding of id `.0` (the
    /// invitation's if `.1`, else the validity's) plus `.2` seconds: the
    /// edges where off-by-one bugs live.
    Jump(usize, bool, i64),
}

fn cmd() -> impl Strategy<Value = Cmd> {
    let d = 0..DOUYIN.len();
    prop_oneof![
        4 => (0..ORGS.len(), d.clone(), proptest::option::of(0u32..6)).prop_map(|(o, i, v)| Cmd::Invite(o, i, v)),
        3 => (d.clone(), 0..IDS.len()).prop_map(|(i, p)| Cmd::Accept(i, p)),
        3 => (d.clone(), any::<bool>()).prop_map(|(i, a)| Cmd::Review(i, a)),
        1 => d.clone().prop_map(Cmd::Resubmit),
        1 => (d.clone(), any::<bool>(), proptest::option::of(0u32..6)).prop_map(|(i, m, v)| Cmd::Modify(i, m, v)),
        1 => (d.clone(), any::<bool>()).prop_map(|(i, r)| Cmd::End(i, r)),
        1 => (d.clone(), any::<bool>()).prop_map(|(i, on)| Cmd::Xingtu(i, on)),
        1 => (0..ORGS.len(), d.clone()).prop_map(|(o, i)| Cmd::Employee(o, i)),
        2 => Just(Cmd::Sweep),
        4 => (0u32..60).prop_map(Cmd::Advance),
        5 => (d, any::<bool>(), -1i64..=1).prop_map(|(i, inv, s)| Cmd::Jump(i, inv, s)),
    ]
}

/// A validity end `days` days from now, as a bare date (end of that day).
fn date(w: &World, days: u32) -> String {
    let d = roster::clock::shanghai_date(w.now).unwrap();
    d.checked_add(jiff::Span::new().days(i64::from(days)))
        .unwrap()
        .to_string()
}

/// The bindings live now: an authorisation that time has ended binds
/// nobody, whether or not the sweep has marked it (SW-1).
fn live_bindings(w: &mut World) -> Vec<(String, String, Status)> {
    let now = w.now;
    w.store
        .read(|tx| {
            Ok(roster::store::authorization::list(tx, None, None)?
                .into_iter()
                .map(|a| roster::domain::authorization::as_of(a, now))
                .filter(|a| a.status.is_live())
                .map(|a| {
                    (
                        a.douyin_id.as_str().to_string(),
                        format!("{}", a.org_id),
                        a.status,
                    )
                })
                .collect())
        })
        .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn authorization_machine_keeps_its_invariants(cmds in proptest::collection::vec(cmd(), 1..70)) {
        let mut w = World::new(&ORGS);
        w.policy = Box::leak(Box::new(roster::domain::policy::Policy {
            // A small quota so that PA-7 is reached.
            quota: roster::domain::policy::Quotas { bronze: 3, ..Default::default() },
            ..Default::default()
        }));
        for c in &cmds {
            let seats_before: Vec<(u32, u32)> = ORGS.iter().map(|o| w.seats(o)).collect();
            let what = format!("{c:?}");
            match c {
                Cmd::Advance(h) => w.now += SignedDuration::from_hours(i64::from(*h)),
                Cmd::Jump(i, invitation, secs) => {
                    let ctx = w.ctx();
                    let target = w.store.read(|tx| Ok(auth::show(tx, &ctx, None, DOUYIN[*i]).ok().and_then(|s| {
                        if *invitation { Some(s.auth.invite_expires_at) } else { s.auth.valid_until }
                    }))).unwrap();
                    if let Some(t) = target.map(|t| t + SignedDuration::from_secs(*secs))
                        && t > w.now
                    {
                        w.now = t;
                    }
                }
                Cmd::Sweep => {
                    w.sweep()?;
                    let now = w.now;
                    let stale = w.store.read(|tx| {
                        Ok(roster::store::authorization::list(tx, None, None)?
                            .into_iter()
                            .filter(|a| (a.status == Status::Active && a.valid_until.is_some_and(|v| v < now))
                                || (a.status == Status::Invited && a.invite_expires_at <= now))
                            .count())
                    }).unwrap();
                    prop_assert_eq!(stale, 0, "something outlived its time after a sweep");
                }
                Cmd::Invite(o, i, v) => {
                    let input = InviteInput {
                        modules: "backend.video".into(),
                        agree: true,
                        valid_until: v.map(|d| date(&w, d + 1)),
                    };
                    // A void invitation (past 48 h, not yet swept) is ended
                    // on the spot: one more audit row.
                    let now = w.now;
                    let void = w.store.read(|tx| Ok(roster::store::authorization::list(tx, None, None)?.into_iter().any(|a| {
                        a.douyin_id.as_str() == DOUYIN[*i]
                            && ((a.status == Status::Invited && a.invite_expires_at <= now)
                                || (a.status == Status::Active && a.valid_until.is_some_and(|v| v < now)))
                    }))).unwrap();
                    w.step(&what, |tx, ctx| auth::invite(tx, ctx, Some(ORGS[*o]), DOUYIN[*i], &input).map(|o| {
                        if void { Did::Many(2) } else { Did::One(o.change) }
                    }))?;
                }
                Cmd::Accept(i, p) => {
                    let ctx = w.ctx();
                    let deadline = w.store.read(|tx| Ok(auth::show(tx, &ctx, None, DOUYIN[*i]).ok().map(|s| s.auth.invite_expires_at))).unwrap();
                    let now = w.now;
                    let ok = w.step(&what, |tx, ctx| auth::accept(tx, ctx, None, DOUYIN[*i], "Person", IDS[*p]).map(|o| Did::One(o.change)))?;
                    if ok {
                        prop_assert!(deadline.is_some_and(|d| now < d), "accepted at {} past the deadline {:?}", now, deadline);
                    }
                }
                Cmd::Review(i, a) => {
                    w.step(&what, |tx, ctx| auth::review(tx, ctx, None, DOUYIN[*i], *a, Some("no")).map(|o| Did::One(o.change)))?;
                }
                Cmd::Resubmit(i) => {
                    w.step(&what, |tx, ctx| auth::resubmit(tx, ctx, None, DOUYIN[*i], Some("Fixed"), None).map(|o| Did::One(o.change)))?;
                }
                Cmd::Modify(i, m, v) => {
                    let modules = if *m { "backend.video,backend.live" } else { "backend.video" };
                    let until = v.map(|d| date(&w, d + 1));
                    w.step(&what, |tx, ctx| auth::modify(tx, ctx, None, DOUYIN[*i], Some(modules), until.as_deref()).map(|o| Did::One(o.change)))?;
                }
                Cmd::End(i, deregistered) => {
                    let reason = if *deregistered { "account-deregistered" } else { "withdrawn" };
                    w.step(&what, |tx, ctx| auth::end(tx, ctx, None, DOUYIN[*i], reason).map(|o| Did::One(o.change)))?;
                }
                Cmd::Xingtu(i, on) => {
                    w.step(&what, |tx, ctx| identity::xingtu(tx, ctx, DOUYIN[*i], *on).map(|o| Did::One(o.change)))?;
                }
                Cmd::Employee(o, i) => {
                    let input = ApplyInput {
                        email: format!("{}@{}.cn", DOUYIN[*i], ORGS[*o]),
                        holder: HolderInput {
                            name: Some("Emp".into()),
                            id_number: Some(IDS[0].into()),
                            position: Some("Sales".into()),
                            proof: Some("sealed".into()),
                            ..Default::default()
                        },
                        agree: true,
                        password: roster::secret::prepare(
                            Some("initial1pw"),
                            "password",
                            "EA-1",
                            roster::secret::Cost::Fast,
                        )
                        .unwrap(),
                        douyin_id: Some(DOUYIN[*i].into()),
                        contact_phone: None,
                    };
                    w.step(&what, |tx, ctx| employee::apply(tx, ctx, Some(ORGS[*o]), &input).map(|o| Did::One(o.change)))?;
                }
            }
            // PA-4: one live binding per personal account.
            let live = live_bindings(&mut w);
            let mut by_id: HashMap<&str, usize> = HashMap::new();
            for (id, _, _) in &live {
                *by_id.entry(id.as_str()).or_default() += 1;
            }
            prop_assert!(by_id.values().all(|n| *n == 1), "bound twice: {:?}", live);
            // EA-11: never both kinds.
            let employees = w.store.read(|tx| Ok(roster::store::employee::list(tx, &Default::default())?
                .into_iter().filter(|a| a.status.holds_seat()).filter_map(|a| a.douyin_id.map(|d| d.as_str().to_string())).collect::<Vec<_>>())).unwrap();
            for e in &employees {
                prop_assert!(!by_id.contains_key(e.as_str()), "{} is both kinds", e);
            }
            // PA-7 / EN-4: a seat is only taken below the quota.
            for (k, o) in ORGS.iter().enumerate() {
                let (used, _) = w.seats(o);
                let (before, limit) = seats_before[k];
                if used > before {
                    prop_assert!(before < limit, "{:?} took seat {} of {} in {}", c, used, limit, o);
                }
            }
        }
    }
}
