//! Property test of sub-accounts and codes (rules AG-1 … AG-6, SH-1 … SH-4, VC-1) at the app layer:
//! random code issue / add (one at a time or as import; right, wrong or
//! missing code) / edit / disable /
//! enable / delete / revoke / new agency / sweep commands and clock moves,
//! with the invariants checked after every step:
//! - no phone is a live sub-account of two shops (SH-2);
//! - no phone is a live sub-account of more agencies than allowed (AG-2);
//! - no phone is both an agency's main account and a live sub-account
//!   (AG-3), nor a shop's main account and a shop sub-account (SH-2);
//! - a disabled, deleted or revoked sub-account holds no permission (POS-4);
//! - every change is audited; refusals leave no trace (a wrong code try is
//!   the one refusal that is kept, with its own audit row).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::HashMap;

use common::{Did, World};
use jiff::SignedDuration;
use proptest::prelude::*;

use roster::app::org::{self, NewOrg};
use roster::app::subaccount::{self as sub, AddInput, Added, EditInput, IfPresent};
use roster::app::{Change, position};
use roster::domain::subaccount::Verb;

const ORGS: [&str; 5] = ["a0", "a1", "a2", "s0", "s1"];
const PHONES: [&str; 4] = ["13800000001", "13800000002", "13800000003", "13800000004"];

#[derive(Debug, Clone)]
enum Cmd {
    /// Issue a code and add with it (or with a wrong one, or none).
    Add(usize, usize, u8),
    Edit(usize, usize, bool),
    Status(usize, usize, u8),
    NewAgency(usize),
    NewShop(usize),
    Sweep,
    Advance(u32),
}

fn cmd() -> impl Strategy<Value = Cmd> {
    let o = 0..ORGS.len();
    let p = 0..PHONES.len();
    prop_oneof![
        6 => (o.clone(), p.clone(), 0u8..4).prop_map(|(o, p, k)| Cmd::Add(o, p, k)),
        2 => (o.clone(), p.clone(), any::<bool>()).prop_map(|(o, p, b)| Cmd::Edit(o, p, b)),
        4 => (o, p.clone(), 0u8..4).prop_map(|(o, p, v)| Cmd::Status(o, p, v)),
        1 => p.clone().prop_map(Cmd::NewAgency),
        1 => p.prop_map(Cmd::NewShop),
        1 => Just(Cmd::Sweep),
        2 => (0u32..8).prop_map(Cmd::Advance),
    ]
}

fn world() -> World {
    let mut w = World::new(&[]);
    w.policy = Box::leak(Box::new(roster::domain::policy::Policy {
        // A small limit so that AG-2 is reached with three agencies.
        agencies_per_phone: 2,
        ..Default::default()
    }));
    w.setup(|tx, ctx| {
        for (i, h) in ORGS.iter().enumerate() {
            let shop = h.starts_with('s');
            org::create(
                tx,
                ctx,
                &NewOrg {
                    kind: if shop { "shop" } else { "agency" }.into(),
                    handle: (*h).into(),
                    name: (*h).into(),
                    main_phone: Some(format!("1390000000{i}")),
                    shop_type: shop.then(|| "flagship".into()),
                    subject: shop.then(|| "91350100M000100Y43".into()),
                    ..Default::default()
                },
            )?;
            let perms = if shop { "shop.orders" } else { "agency.tasks" };
            for name in ["P1", "P2"] {
                position::create(
                    tx,
                    ctx,
                    Some(h),
                    &position::NewPosition {
                        name: name.into(),
                        permissions: perms.into(),
                        description: None,
                    },
                )?;
            }
        }
        Ok(())
    });
    w
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn subaccount_machine_keeps_its_invariants(cmds in proptest::collection::vec(cmd(), 1..60)) {
        let mut w = world();
        let mut extra = 0;
        for c in &cmds {
            let what = format!("{c:?}");
            match c {
                Cmd::Advance(m) => w.now += SignedDuration::from_mins(i64::from(*m)),
                Cmd::Sweep => { w.sweep()?; }
                Cmd::Add(o, p, how) => {
                    let org = ORGS[*o];
                    let code = if *how == 3 {
                        None
                    } else {
                        let ctx = w.ctx();
                        let issued = w.store.write(false, |tx| roster::app::code::issue(tx, &ctx, Some(org), Some(PHONES[*p]), None));
                        issued.ok().and_then(|o| o.value.code)
                    };
                    let digits = match (code, how) {
                        (Some(c), 0 | 1) => c,
                        (Some(c), _) => if c == "000000" { "111111".into() } else { "000000".into() },
                        (None, _) => "123456".into(),
                    };
                    let input = AddInput {
                        phone: Some(PHONES[*p].into()),
                        email: None,
                        code: digits,
                        name: "Staff".into(),
                        positions: "P1".into(),
                        im: org.starts_with('s').then_some(true),
                    };
                    // One at a time (right or wrong code) refuses a key already
                    // there (AG-2, SH-2); import (right or no code) finds the
                    // identical row unchanged.
                    let mode = if matches!(how, 0 | 2) { IfPresent::Refuse } else { IfPresent::UnchangedIfIdentical };
                    w.step(&what, |tx, ctx| match sub::add_with(tx, ctx, Some(org), &input, mode)? {
                        Added::Done(o) if mode == IfPresent::Refuse && o.change == Change::Unchanged => {
                            Err(roster::error::Error::internal("a one-at-a-time add was `unchanged`"))
                        }
                        Added::Done(o) => Ok(Did::One(o.change)),
                        // A wrong try is kept and audited; other code failures write nothing.
                        Added::CodeRefused(_, recorded) => Ok(Did::Many(u64::from(recorded))),
                    })?;
                }
                Cmd::Edit(o, p, two) => {
                    let input = EditInput {
                        name: None,
                        positions: Some(if *two { "P1,P2" } else { "P2" }.into()),
                        im: None,
                    };
                    w.step(&what, |tx, ctx| sub::edit(tx, ctx, Some(ORGS[*o]), PHONES[*p], &input).map(|o| Did::One(o.change)))?;
                }
                Cmd::Status(o, p, v) => {
                    let verb = [Verb::Disable, Verb::Enable, Verb::Delete, Verb::Revoke][usize::from(*v)];
                    w.step(&what, |tx, ctx| {
                        let r = if verb == Verb::Revoke {
                            sub::revoke(tx, ctx, Some(ORGS[*o]), PHONES[*p])
                        } else {
                            sub::set_status(tx, ctx, Some(ORGS[*o]), PHONES[*p], verb)
                        };
                        r.map(|o| Did::One(o.change))
                    })?;
                }
                Cmd::NewAgency(p) | Cmd::NewShop(p) => {
                    extra += 1;
                    let shop = matches!(c, Cmd::NewShop(_));
                    let input = NewOrg {
                        kind: if shop { "shop" } else { "agency" }.into(),
                        handle: format!("x{extra}"),
                        name: "X".into(),
                        main_phone: Some(PHONES[*p].into()),
                        shop_type: shop.then(|| "flagship".into()),
                        subject: shop.then(|| "91350100M000100Y43".into()),
                        ..Default::default()
                    };
                    w.step(&what, |tx, ctx| org::create(tx, ctx, &input).map(|o| Did::One(o.change)))?;
                }
            }
            // Invariants over the whole store.
            let (subs, orgs) = w.store.read(|tx| Ok((
                roster::store::subaccount::list(tx, None, None)?,
                roster::store::org::list(tx, None)?,
            ))).unwrap();
            let kind_of: HashMap<i64, &str> = orgs.iter().map(|o| (o.id, o.kind.code())).collect();
            for phone in PHONES {
                let live: Vec<_> = subs.iter().filter(|s| s.key == phone && s.status.is_live()).collect();
                let shops = live.iter().filter(|s| kind_of[&s.org_id] == "shop").count();
                let agencies = live.iter().filter(|s| kind_of[&s.org_id] == "agency").count();
                prop_assert!(shops <= 1, "{} in {} shops", phone, shops);
                prop_assert!(agencies <= 2, "{} in {} agencies", phone, agencies);
                let main_agency = orgs.iter().any(|o| o.kind.code() == "agency" && o.main_phone.as_ref().is_some_and(|m| m.as_str() == phone));
                let main_shop = orgs.iter().any(|o| o.kind.code() == "shop" && o.main_phone.as_ref().is_some_and(|m| m.as_str() == phone));
                prop_assert!(!main_agency || live.is_empty(), "{} is an agency main and a sub-account", phone);
                prop_assert!(!(main_shop && shops > 0), "{} is a shop main and a shop sub-account", phone);
            }
            // POS-4: no permission without an enabled sub-account.
            let now = w.now;
            for s in &subs {
                let grants = w.store.read(|tx| roster::store::grant::of_account(tx, &s.key, now)).unwrap();
                let enabled_here = subs.iter().any(|t| t.key == s.key && t.org_id == s.org_id
                    && t.status == roster::domain::subaccount::Status::Enabled);
                let here = grants.iter().filter(|g| g.org_id == s.org_id).count();
                prop_assert_eq!(here > 0, enabled_here, "grants of {} in org {}", &s.key, s.org_id);
            }
            let _ = Change::Unchanged;
        }
    }
}

/// Issues a code for `phone` in `org` and returns it.
fn code(w: &mut World, org: &str, phone: &str) -> String {
    w.setup(|tx, ctx| roster::app::code::issue(tx, ctx, Some(org), Some(phone), None))
        .value
        .code
        .unwrap()
}

fn add_as(
    w: &mut World,
    org: &str,
    input: &AddInput,
    mode: IfPresent,
) -> roster::error::Result<Change> {
    let ctx = w.ctx();
    w.store.write(false, |tx| {
        match sub::add_with(tx, &ctx, Some(org), input, mode)? {
            Added::Done(o) => Ok(o.change),
            Added::CodeRefused(e, _) => Err(e),
        }
    })
}

#[test]
fn ag2_sh2_one_at_a_time_add_refuses_what_import_finds_unchanged() {
    let mut w = world();
    for (org, refusal, im) in [
        ("a0", "ALREADY_BOUND_TO_AGENCY", None),
        ("s0", "PHONE_ALREADY_IN_SHOP", Some(true)),
    ] {
        let phone = PHONES[0];
        let mut input = AddInput {
            phone: Some(phone.into()),
            email: None,
            code: code(&mut w, org, phone),
            name: "Staff".into(),
            positions: "P1".into(),
            im,
        };
        assert_eq!(
            add_as(&mut w, org, &input, IfPresent::Refuse).unwrap(),
            Change::Created
        );
        // The identical data again, with a code never issued.
        input.code = "000000".into();
        let e = add_as(&mut w, org, &input, IfPresent::Refuse).unwrap_err();
        assert_eq!(e.code(), refusal, "{e}");
        assert_eq!(e.exit_code(), 4);
        // Import reading back what landed: unchanged, no code needed.
        input.code = String::new();
        assert_eq!(
            add_as(&mut w, org, &input, IfPresent::UnchangedIfIdentical).unwrap(),
            Change::Unchanged
        );
        // `add` (what import calls today) is the import mode.
        let ctx = w.ctx();
        let today = w
            .store
            .write(false, |tx| {
                sub::add_with(
                    tx,
                    &ctx,
                    Some(org),
                    &input,
                    sub::IfPresent::UnchangedIfIdentical,
                )
            })
            .unwrap();
        assert!(matches!(today, Added::Done(o) if o.change == Change::Unchanged));
        // A different row is no re-read: refused like one at a time.
        input.code = "000000".into();
        input.name = "Other".into();
        let e = add_as(&mut w, org, &input, IfPresent::UnchangedIfIdentical).unwrap_err();
        assert_eq!(e.code(), refusal, "{e}");
    }
}
