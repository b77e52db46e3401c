//! Property test of shop official-account upgrades (rules UP-1 … UP-8, SW-1) at the
//! app layer: random start / auto / review / cancel / operator / quota /
//! sweep commands and clock moves over two subjects (one cross-border), with
//! the invariants checked after every step:
//! - at most one main account per subject (UP-4);
//! - live accounts of each type never exceed the subject's quota (UP-4),
//!   and a cross-border subject has no vertical account, whether the
//!   cross-border shop or the vertical account came first;
//! - no person operates more than five live accounts (UP-5);
//! - an account's type never changes once upgraded (UP-4);
//! - refusals leave no trace; every change writes one audit row; a second
//!   sweep at the same instant changes nothing.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::HashMap;

use common::{Did, IDS, World};
use jiff::SignedDuration;
use proptest::prelude::*;

use roster::app::org::{self, NewOrg};
use roster::app::upgrade::{self, StartInput};
use roster::domain::upgrade::Status;

const SHOPS: [&str; 3] = ["s1", "s2", "xb"];
const DOUYIN: [&str; 8] = ["d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8"];
const TYPES: [Option<&str>; 4] = [None, Some("main"), Some("vertical"), Some("dedicated")];

#[derive(Debug, Clone)]
enum Cmd {
    Start(usize, usize, usize, usize),
    Auto(usize, usize, usize, usize),
    Review(usize, bool),
    Cancel(usize),
    Operator(usize, usize),
    Quota(usize, u32, u32),
    /// A new cross-border shop of the (so far domestic) first subject.
    CrossBorderShop,
    Sweep,
    Advance(u32),
}

fn cmd() -> impl Strategy<Value = Cmd> {
    let d = 0..DOUYIN.len();
    let s = 0..SHOPS.len();
    let t = 0..TYPES.len();
    // Two people so that the five-account operator limit is reached.
    let p = 0..2usize;
    prop_oneof![
        5 => (d.clone(), s.clone(), t.clone(), p.clone()).prop_map(|(d, s, t, p)| Cmd::Start(d, s, t, p)),
        2 => (d.clone(), s, t, p.clone()).prop_map(|(d, s, t, p)| Cmd::Auto(d, s, t, p)),
        4 => (d.clone(), any::<bool>()).prop_map(|(d, a)| Cmd::Review(d, a)),
        1 => d.clone().prop_map(Cmd::Cancel),
        1 => (d, p).prop_map(|(d, p)| Cmd::Operator(d, p)),
        1 => (0..2usize, 0u32..4, 0u32..4).prop_map(|(s, v, x)| Cmd::Quota(s, v, x)),
        1 => Just(Cmd::CrossBorderShop),
        1 => Just(Cmd::Sweep),
        3 => (0u32..(24 * 12)).prop_map(Cmd::Advance),
    ]
}

const SUBJECTS: [&str; 2] = ["91350100M000100Y43", "9144030071526726XG"];

fn world() -> World {
    let mut w = World::new(&[]);
    w.setup(|tx, ctx| {
        for (i, (h, subject, xb)) in [("s1", 0, false), ("s2", 0, false), ("xb", 1, true)]
            .into_iter()
            .enumerate()
        {
            org::create(
                tx,
                ctx,
                &NewOrg {
                    kind: "shop".into(),
                    handle: h.into(),
                    name: h.into(),
                    shop_type: Some("flagship".into()),
                    subject: Some(SUBJECTS[subject].into()),
                    cross_border: xb,
                    main_phone: Some(format!("1390013900{i}")),
                    ..Default::default()
                },
            )?;
        }
        Ok(())
    });
    w
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn upgrade_machine_keeps_its_invariants(cmds in proptest::collection::vec(cmd(), 1..80)) {
        let mut w = world();
        let mut final_types: HashMap<String, Option<&'static str>> = HashMap::new();
        for c in &cmds {
            let what = format!("{c:?}");
            let input = |s: usize, t: usize, p: usize| StartInput {
                shop: SHOPS[s].into(),
                account_type: TYPES[t].map(str::to_string),
                holder_name: format!("P{p}"),
                holder_id: IDS[p].into(),
                holder_phone: "13800138000".into(),
            };
            match c {
                Cmd::Advance(h) => w.now += SignedDuration::from_hours(i64::from(*h)),
                Cmd::Sweep => { w.sweep()?; }
                Cmd::Start(d, s, t, p) | Cmd::Auto(d, s, t, p) => {
                    let i = input(*s, *t, *p);
                    // A pending upgrade past its 7 days is expired on the
                    // spot before the new attempt: one more audit row.
                    let now = w.now;
                    // As stored: `upgrade status` shows it expired already (SW-1).
                    let dead = w.store.read(|tx| Ok(roster::store::upgrade::by_shop(tx, None)?.into_iter().any(|u| {
                        u.douyin_id.as_str() == DOUYIN[*d]
                            && u.status == Status::Reviewing
                            && u.review_expires_at.is_some_and(|e| e <= now)
                    }))).unwrap();
                    let auto = matches!(c, Cmd::Auto(..));
                    w.step(&what, |tx, ctx| {
                        let r = if auto { upgrade::auto(tx, ctx, DOUYIN[*d], &i) } else { upgrade::start(tx, ctx, DOUYIN[*d], &i) };
                        r.map(|o| if dead { Did::Many(2) } else { Did::One(o.change) })
                    })?;
                }
                Cmd::Review(d, a) => {
                    w.step(&what, |tx, ctx| upgrade::review(tx, ctx, DOUYIN[*d], *a, Some("no")).map(|o| Did::One(o.change)))?;
                }
                Cmd::Cancel(d) => {
                    w.step(&what, |tx, ctx| upgrade::cancel(tx, ctx, DOUYIN[*d]).map(|o| Did::One(o.change)))?;
                }
                Cmd::Operator(d, p) => {
                    w.step(&what, |tx, ctx| upgrade::operator(tx, ctx, DOUYIN[*d], &format!("P{p}"), IDS[*p], "13800138000").map(|o| Did::One(o.change)))?;
                }
                Cmd::CrossBorderShop => {
                    w.step(&what, |tx, ctx| {
                        org::create(
                            tx,
                            ctx,
                            &NewOrg {
                                kind: "shop".into(),
                                handle: "xb0".into(),
                                name: "xb0".into(),
                                shop_type: Some("flagship".into()),
                                subject: Some(SUBJECTS[0].into()),
                                cross_border: true,
                                main_phone: Some("13900139009".into()),
                                ..Default::default()
                            },
                        )
                        .map(|o| Did::One(o.change))
                    })?;
                }
                Cmd::Quota(s, v, x) => {
                    w.step(&what, |tx, ctx| upgrade::quota(tx, ctx, SUBJECTS[*s], Some(*v), Some(*x)).map(|o| Did::One(o.change)))?;
                }
            }
            let all = w.store.read(|tx| roster::store::upgrade::by_shop(tx, None)).unwrap();
            // Live: upgraded, or pending within its 7 days (UP-6).
            let now = w.now;
            let live: Vec<_> = all
                .iter()
                .filter(|u| u.status == Status::Upgraded
                    || (u.status == Status::Reviewing && u.review_expires_at.is_some_and(|e| e > now)))
                .collect();
            for subject in &SUBJECTS {
                let ctx = w.ctx();
                let quota = w.store.read(|tx| upgrade::quota(tx, &ctx, subject, None, None)).unwrap().value;
                let count = |t: &str| live.iter().filter(|u| u.subject == *subject && u.account_type.map(|a| a.code()) == Some(t)).count();
                let n = |x: u32| usize::try_from(x).unwrap();
                prop_assert!(count("main") <= 1, "two main accounts for {}", subject);
                prop_assert!(count("vertical") <= n(quota.vertical.limit), "vertical over quota for {}", subject);
                prop_assert!(count("dedicated") <= n(quota.dedicated.limit), "dedicated over quota for {}", subject);
                // UP-4: whichever came first, the cross-border shop or the
                // vertical account, they never meet.
                if quota.cross_border {
                    prop_assert_eq!(count("vertical"), 0, "a cross-border subject has a vertical account");
                }
                prop_assert!(quota.vertical.used <= quota.vertical.limit, "vertical used over its limit for {}", subject);
            }
            for id in IDS.iter().take(2) {
                let n = live.iter().filter(|u| u.operator_id.reveal() == *id).count();
                prop_assert!(n <= 5, "{} operates {} accounts", id, n);
            }
            for u in &all {
                let key = u.douyin_id.as_str().to_string();
                if u.status == Status::Upgraded {
                    let t = u.account_type.map(|t| t.code());
                    if let Some(prev) = final_types.get(&key) {
                        prop_assert_eq!(*prev, t, "type of {} changed after success", key);
                    }
                    final_types.insert(key, t);
                } else {
                    final_types.remove(&key);
                }
            }
        }
    }
}
