//! Issue 10 / SW-1: no answer depends on whether the sweep has run. Random
//! sequences of commands over authorisations, employee accounts, upgrades
//! and verification codes, with clock moves that land on the deadlines
//! (48 hours, the validity's end, 5 minutes, 7 days, 30 days, the fifth
//! working day), run at the same instants against two databases: A sweeps
//! before every command, B only at random points. After every command both
//! give the same answer (the whole view, or the whole error envelope) and
//! show the same state in every listing (`due` included); after a final
//! sweep of both they hold the same rows. Ignored: audit rows, `updated_at` (the one field only
//! the sweep's own write moves), and what is random by design (the digits
//! and hashes of codes and passwords).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::HashMap;

use common::{IDS, World};
use jiff::{SignedDuration, Timestamp};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde::Serialize;
use serde_json::{Value, json};

use roster::app::authorization::{self as auth, InviteInput};
use roster::app::employee::{self, ApplyInput, HolderInput};
use roster::app::org::{self, NewOrg};
use roster::app::subaccount::{self as sub, AddInput, Added};
use roster::app::upgrade::{self, StartInput};
use roster::app::{Ctx, Outcome, access, due, identity, position};
use roster::domain::subaccount::Verb;
use roster::domain::validate::douyin_id;
use roster::error::{Error, Result};
use roster::store::{self, Tx};
use roster::views::DueView;

const ENT: &str = "acme";
const SHOP: &str = "shop";
const AGENCY: &str = "star";
const DOUYIN: [&str; 3] = ["dy_a", "dy_b", "dy_c"];
const EMAILS: [&str; 3] = ["e0@acme.cn", "e1@acme.cn", "e2@acme.cn"];
const UPGRADES: [&str; 2] = ["up_a", "up_b"];
const PHONES: [&str; 2] = ["13800000001", "13800000002"];
const PERMS: [&str; 3] = ["backend.video", "video.booking", "backend.live"];
const STATUSES: [&str; 6] = [
    "invited",
    "reviewing",
    "active",
    "rejected",
    "expired",
    "ended",
];
const MATERIALS: &str = "business-licence,legal-rep-id,employee-id,labour-contract";
/// Clock moves: a second, a minute, the code's 5 minutes, an hour, a day,
/// the invitation's 48 hours, the upgrade's 7 days, the cancel window's 30.
const STEPS: [i64; 8] = [1, 59, 300, 3600, 86_400, 172_800, 604_800, 2_592_000];

#[derive(Debug, Clone, Copy)]
enum Deadline {
    Invitation,
    Validity,
    Code,
    Review,
    Cancel,
    Deregistration,
}

#[derive(Debug, Clone)]
enum Cmd {
    /// id, validity in days, with the tool video.booking.
    Invite(usize, Option<u32>, bool),
    Accept(usize, usize),
    Review(usize, bool),
    Resubmit(usize),
    /// id, modules (two or one), validity in days.
    Modify(usize, Option<bool>, Option<u32>),
    End(usize, bool),
    Show(usize),
    List(Option<usize>),
    /// key (Douyin ids, then employee emails), permission.
    Access(usize, usize),
    Xingtu(usize, bool),
    /// grant or revoke the tool video.booking (EN-5).
    Tools(bool),
    Apply(usize, Option<usize>),
    EmployeeReview(usize, bool),
    Deregister(usize),
    DeregisterReview(usize, bool),
    EmployeeShow(usize),
    UpgradeStart(usize, usize),
    UpgradeAuto(usize, usize),
    UpgradeReview(usize, bool),
    UpgradeCancel(usize),
    UpgradeOperator(usize, usize),
    UpgradeStatus(Option<usize>),
    IssueCode(usize),
    /// phone, with the right digits.
    AddSub(usize, bool),
    DeleteSub(usize),
    Export,
    OrgShow,
    /// B sweeps now (A sweeps before every command anyway).
    SweepB,
    Advance(usize),
    /// To a deadline of object `.1`, plus `.2` seconds.
    Jump(Deadline, usize, i64),
}

fn cmd() -> impl Strategy<Value = Cmd> {
    let d = 0..DOUYIN.len();
    let e = 0..EMAILS.len();
    let u = 0..UPGRADES.len();
    let p = 0..PHONES.len();
    let days = proptest::option::of(0u32..4);
    let deadline = prop_oneof![
        Just(Deadline::Invitation),
        Just(Deadline::Validity),
        Just(Deadline::Code),
        Just(Deadline::Review),
        Just(Deadline::Cancel),
        Just(Deadline::Deregistration),
    ];
    prop_oneof![
        4 => (d.clone(), days.clone(), any::<bool>()).prop_map(|(i, v, t)| Cmd::Invite(i, v, t)),
        3 => (d.clone(), 0..IDS.len()).prop_map(|(i, p)| Cmd::Accept(i, p)),
        3 => (d.clone(), any::<bool>()).prop_map(|(i, a)| Cmd::Review(i, a)),
        1 => d.clone().prop_map(Cmd::Resubmit),
        3 => (d.clone(), proptest::option::of(any::<bool>()), days).prop_map(|(i, m, v)| Cmd::Modify(i, m, v)),
        1 => (d.clone(), any::<bool>()).prop_map(|(i, r)| Cmd::End(i, r)),
        2 => d.clone().prop_map(Cmd::Show),
        1 => proptest::option::of(0..STATUSES.len()).prop_map(Cmd::List),
        2 => (0..DOUYIN.len() + EMAILS.len(), 0..PERMS.len()).prop_map(|(k, p)| Cmd::Access(k, p)),
        1 => (d.clone(), any::<bool>()).prop_map(|(i, on)| Cmd::Xingtu(i, on)),
        1 => any::<bool>().prop_map(Cmd::Tools),
        2 => (e.clone(), proptest::option::of(d)).prop_map(|(e, i)| Cmd::Apply(e, i)),
        2 => (e.clone(), any::<bool>()).prop_map(|(e, a)| Cmd::EmployeeReview(e, a)),
        2 => e.clone().prop_map(Cmd::Deregister),
        1 => (e.clone(), any::<bool>()).prop_map(|(e, a)| Cmd::DeregisterReview(e, a)),
        1 => e.prop_map(Cmd::EmployeeShow),
        2 => (u.clone(), 0..2usize).prop_map(|(u, p)| Cmd::UpgradeStart(u, p)),
        1 => (u.clone(), 0..2usize).prop_map(|(u, p)| Cmd::UpgradeAuto(u, p)),
        2 => (u.clone(), any::<bool>()).prop_map(|(u, a)| Cmd::UpgradeReview(u, a)),
        1 => u.clone().prop_map(Cmd::UpgradeCancel),
        1 => (u.clone(), 0..2usize).prop_map(|(u, p)| Cmd::UpgradeOperator(u, p)),
        1 => proptest::option::of(u).prop_map(Cmd::UpgradeStatus),
        2 => p.clone().prop_map(Cmd::IssueCode),
        2 => (p.clone(), any::<bool>()).prop_map(|(p, r)| Cmd::AddSub(p, r)),
        1 => p.prop_map(Cmd::DeleteSub),
        1 => Just(Cmd::Export),
        1 => Just(Cmd::OrgShow),
        2 => Just(Cmd::SweepB),
        4 => (0..STEPS.len()).prop_map(Cmd::Advance),
        6 => (deadline, 0..3usize, -1i64..=1).prop_map(|(k, i, s)| Cmd::Jump(k, i, s)),
    ]
}

/// One database and the codes it issued (their digits are random).
struct Side {
    w: World,
    codes: HashMap<usize, String>,
}

/// The commands every case starts from, so that each kind of deadline is
/// within reach of a short sequence: dy_a active until the end of the next
/// day, dy_b invited (48 hours), e0 active, e1 with a deregistration due in
/// five working days, up_a pending (7 days), up_b upgraded automatically
/// (30 days to cancel), a code for the first phone (5 minutes).
const SEED: [Cmd; 14] = [
    Cmd::Invite(0, Some(0), true),
    Cmd::Accept(0, 0),
    Cmd::Review(0, true),
    Cmd::Invite(1, None, false),
    Cmd::Apply(0, None),
    Cmd::EmployeeReview(0, true),
    Cmd::Apply(1, None),
    Cmd::EmployeeReview(1, true),
    Cmd::Deregister(1),
    Cmd::UpgradeStart(0, 0),
    Cmd::UpgradeAuto(1, 1),
    Cmd::IssueCode(0),
    Cmd::Access(0, 0),
    Cmd::OrgShow,
];

/// What a command answered: its value as JSON, or its error envelope.
type Answer = std::result::Result<Value, Value>;

fn side() -> Side {
    let mut w = World::new(&[ENT]);
    w.setup(|tx, ctx| {
        org::tools(tx, ctx, ENT, "video.booking", "")?;
        org::create(
            tx,
            ctx,
            &NewOrg {
                kind: "shop".into(),
                handle: SHOP.into(),
                name: "Shop".into(),
                shop_type: Some("flagship".into()),
                subject: Some("9144030071526726XG".into()),
                main_phone: Some("13900000001".into()),
                ..Default::default()
            },
        )?;
        org::create(
            tx,
            ctx,
            &NewOrg {
                kind: "agency".into(),
                handle: AGENCY.into(),
                name: "Star".into(),
                main_phone: Some("13900000002".into()),
                ..Default::default()
            },
        )?;
        position::create(
            tx,
            ctx,
            Some(AGENCY),
            &position::NewPosition {
                name: "P1".into(),
                permissions: "agency.tasks".into(),
                description: None,
            },
        )?;
        Ok(())
    });
    let mut s = Side {
        w,
        codes: HashMap::new(),
    };
    for c in &SEED {
        let answer = exec(&mut s, c).unwrap();
        assert!(answer.is_ok(), "seed {c:?}: {answer:?}");
    }
    s
}

/// JSON of a view, without `updated_at` at any depth.
fn plain<T: Serialize>(v: &T) -> Value {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(m) => {
                m.remove("updated_at");
                m.values_mut().for_each(strip);
            }
            Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(v).unwrap();
    strip(&mut v);
    v
}

fn outcome<S, V: Serialize>(o: &Outcome<S>, view: impl Fn(&S) -> V) -> Value {
    json!({ "change": o.change, "value": plain(&view(&o.value)), "warnings": o.warnings })
}

/// Runs `f` in one write transaction (rolled back on error, as the CLI
/// does); an internal error fails the test.
fn run(
    s: &mut Side,
    f: impl FnOnce(&Tx<'_>, &Ctx<'_>) -> Result<Value>,
) -> std::result::Result<Answer, TestCaseError> {
    let ctx = s.w.ctx();
    match s.w.store.write(false, |tx| f(tx, &ctx)) {
        Ok(v) => Ok(Ok(v)),
        Err(Error::Internal(e)) => Err(TestCaseError::fail(format!("internal error {e:#}"))),
        Err(e) => Ok(Err(e.envelope())),
    }
}

fn date(now: Timestamp, days: u32) -> String {
    let d = roster::clock::shanghai_date(now).unwrap();
    d.checked_add(jiff::Span::new().days(i64::from(days) + 1))
        .unwrap()
        .to_string()
}

fn exec(s: &mut Side, c: &Cmd) -> std::result::Result<Answer, TestCaseError> {
    let now = s.w.now;
    let holder = |e: usize, douyin: Option<usize>| ApplyInput {
        email: EMAILS[e].into(),
        holder: HolderInput {
            name: Some("Emp".into()),
            id_number: Some(IDS[e % IDS.len()].into()),
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
        douyin_id: douyin.map(|i| DOUYIN[i].into()),
        contact_phone: None,
    };
    let start = |p: usize| StartInput {
        shop: SHOP.into(),
        account_type: None,
        holder_name: format!("P{p}"),
        holder_id: IDS[p].into(),
        holder_phone: "13800138000".into(),
    };
    let view = |st: &auth::AuthState| st.view(false);
    match c {
        Cmd::Invite(i, v, tool) => {
            let input = InviteInput {
                modules: if *tool {
                    "backend.video,video.booking"
                } else {
                    "backend.video"
                }
                .into(),
                agree: true,
                valid_until: v.map(|d| date(now, d)),
            };
            run(s, |tx, ctx| {
                auth::invite(tx, ctx, Some(ENT), DOUYIN[*i], &input).map(|o| outcome(&o, view))
            })
        }
        Cmd::Accept(i, p) => run(s, |tx, ctx| {
            auth::accept(tx, ctx, None, DOUYIN[*i], "Person", IDS[*p]).map(|o| outcome(&o, view))
        }),
        Cmd::Review(i, a) => run(s, |tx, ctx| {
            auth::review(tx, ctx, None, DOUYIN[*i], *a, Some("no")).map(|o| outcome(&o, view))
        }),
        Cmd::Resubmit(i) => run(s, |tx, ctx| {
            auth::resubmit(tx, ctx, None, DOUYIN[*i], Some("Fixed"), None)
                .map(|o| outcome(&o, view))
        }),
        Cmd::Modify(i, m, v) => {
            let modules = m.map(|two| {
                if two {
                    "backend.video,backend.live"
                } else {
                    "video.booking"
                }
            });
            let until = v.map(|d| date(now, d));
            run(s, |tx, ctx| {
                auth::modify(tx, ctx, None, DOUYIN[*i], modules, until.as_deref())
                    .map(|o| outcome(&o, view))
            })
        }
        Cmd::End(i, deregistered) => {
            let reason = if *deregistered {
                "account-deregistered"
            } else {
                "withdrawn"
            };
            run(s, |tx, ctx| {
                auth::end(tx, ctx, None, DOUYIN[*i], reason).map(|o| outcome(&o, view))
            })
        }
        Cmd::Show(i) => run(s, |tx, ctx| {
            auth::show(tx, ctx, None, DOUYIN[*i]).map(|st| plain(&st.view(false)))
        }),
        Cmd::List(status) => run(s, |tx, ctx| {
            let mut out = Vec::new();
            auth::list(tx, ctx, None, status.map(|k| STATUSES[k]), |st| {
                out.push(plain(&st.view(false)));
                Ok(())
            })?;
            Ok(Value::Array(out))
        }),
        Cmd::Access(k, p) => {
            let key = DOUYIN
                .get(*k)
                .copied()
                .unwrap_or_else(|| EMAILS[*k - DOUYIN.len()]);
            run(s, |tx, ctx| {
                access::check(tx, ctx, None, key, PERMS[*p], None).map(|v| plain(&v))
            })
        }
        Cmd::Xingtu(i, on) => run(s, |tx, ctx| {
            identity::xingtu(tx, ctx, DOUYIN[*i], *on).map(|o| outcome(&o, |v| v.clone()))
        }),
        Cmd::Tools(grant) => {
            let (g, r) = if *grant {
                ("video.booking", "")
            } else {
                ("", "video.booking")
            };
            run(s, |tx, ctx| {
                org::tools(tx, ctx, ENT, g, r).map(|o| outcome(&o, |st| st.view(false)))
            })
        }
        Cmd::Apply(e, d) => {
            let input = holder(*e, *d);
            run(s, |tx, ctx| {
                employee::apply(tx, ctx, Some(ENT), &input)
                    .map(|o| outcome(&o, |st| st.view(false)))
            })
        }
        Cmd::EmployeeReview(e, a) => run(s, |tx, ctx| {
            employee::review(tx, ctx, Some(ENT), EMAILS[*e], *a, Some("no"))
                .map(|o| outcome(&o, |st| st.view(false)))
        }),
        Cmd::Deregister(e) => run(s, |tx, ctx| {
            employee::deregister(tx, ctx, Some(ENT), EMAILS[*e], MATERIALS)
                .map(|o| outcome(&o, |st| st.view(false)))
        }),
        Cmd::DeregisterReview(e, a) => run(s, |tx, ctx| {
            employee::deregister_review(tx, ctx, Some(ENT), EMAILS[*e], *a, Some("no"))
                .map(|o| outcome(&o, |st| st.view(false)))
        }),
        Cmd::EmployeeShow(e) => run(s, |tx, ctx| {
            employee::show(tx, ctx, Some(ENT), EMAILS[*e]).map(|st| plain(&st.view(false)))
        }),
        Cmd::UpgradeStart(u, p) | Cmd::UpgradeAuto(u, p) => {
            let input = start(*p);
            let auto = matches!(c, Cmd::UpgradeAuto(..));
            run(s, |tx, ctx| {
                let o = if auto {
                    upgrade::auto(tx, ctx, UPGRADES[*u], &input)?
                } else {
                    upgrade::start(tx, ctx, UPGRADES[*u], &input)?
                };
                Ok(outcome(&o, |st| st.view(false)))
            })
        }
        Cmd::UpgradeReview(u, a) => run(s, |tx, ctx| {
            upgrade::review(tx, ctx, UPGRADES[*u], *a, Some("no"))
                .map(|o| outcome(&o, |st| st.view(false)))
        }),
        Cmd::UpgradeCancel(u) => run(s, |tx, ctx| {
            upgrade::cancel(tx, ctx, UPGRADES[*u]).map(|o| outcome(&o, |st| st.view(false)))
        }),
        Cmd::UpgradeOperator(u, p) => run(s, |tx, ctx| {
            upgrade::operator(
                tx,
                ctx,
                UPGRADES[*u],
                &format!("P{p}"),
                IDS[*p],
                "13800138000",
            )
            .map(|o| outcome(&o, |st| st.view(false)))
        }),
        Cmd::UpgradeStatus(u) => run(s, |tx, ctx| {
            let all = upgrade::status(tx, ctx, u.map(|u| UPGRADES[u]), Some(SHOP))?;
            Ok(Value::Array(
                all.iter().map(|st| plain(&st.view(false))).collect(),
            ))
        }),
        Cmd::IssueCode(p) => {
            let answer = run(s, |tx, ctx| {
                roster::app::code::issue(tx, ctx, Some(AGENCY), Some(PHONES[*p]), None)
                    .map(|o| outcome(&o, |v| v.clone()))
            })?;
            // The digits are random: keep them aside, compare the rest.
            Ok(answer.map(|mut v| {
                if let Some(code) = v["value"]
                    .as_object_mut()
                    .and_then(|m| m.remove("code"))
                    .and_then(|c| c.as_str().map(str::to_string))
                {
                    s.codes.insert(*p, code);
                }
                v
            }))
        }
        Cmd::AddSub(p, right) => {
            let code = match (s.codes.get(p), right) {
                (Some(c), true) => c.clone(),
                (Some(c), false) if c == "000000" => "111111".into(),
                _ => "000000".into(),
            };
            let input = AddInput {
                phone: Some(PHONES[*p].into()),
                email: None,
                code,
                name: "Staff".into(),
                positions: "P1".into(),
                im: None,
            };
            run(s, |tx, ctx| {
                match sub::add_with(tx, ctx, Some(AGENCY), &input, sub::IfPresent::Refuse)? {
                    Added::Done(o) => Ok(outcome(&o, |st| st.view())),
                    // A wrong try is kept (and audited), so it commits.
                    Added::CodeRefused(e, recorded) => {
                        Ok(json!({ "refused": e.envelope(), "recorded": recorded }))
                    }
                }
            })
        }
        Cmd::DeleteSub(p) => run(s, |tx, ctx| {
            sub::set_status(tx, ctx, Some(AGENCY), PHONES[*p], Verb::Delete)
                .map(|o| outcome(&o, |st| st.view()))
        }),
        Cmd::Export => run(s, |tx, ctx| {
            let q = store::export::query("authorizations").unwrap();
            let mut rows = Vec::new();
            store::export::rows(tx, &q, None, ctx.now, |cells| {
                rows.push(json!(cells));
                Ok(())
            })?;
            Ok(Value::Array(rows))
        }),
        Cmd::OrgShow => run(s, |tx, ctx| {
            org::show(tx, ctx, ENT).map(|st| plain(&st.view(false)))
        }),
        Cmd::SweepB | Cmd::Advance(_) | Cmd::Jump(..) => unreachable!("not a command"),
    }
}

/// Everything a user can list, as it stands now.
fn snapshot(s: &mut Side) -> Value {
    let ctx = s.w.ctx();
    s.w.store
        .read(|tx| {
            let mut auths = Vec::new();
            auth::list(tx, &ctx, None, None, |st| {
                auths.push(plain(&st.view(false)));
                Ok(())
            })?;
            let mut employees = Vec::new();
            employee::list(tx, &ctx, None, &Default::default(), |st| {
                employees.push(plain(&st.view(false)));
                Ok(())
            })?;
            let upgrades: Vec<Value> = upgrade::status(tx, &ctx, None, None)?
                .iter()
                .map(|st| plain(&st.view(false)))
                .collect();
            let mut subs = Vec::new();
            sub::list(tx, None, None, |st| {
                subs.push(plain(&st.view()));
                Ok(())
            })?;
            let orgs: Vec<Value> = org::list(tx, &ctx, None)?
                .iter()
                .map(|st| plain(&st.view(false)))
                .collect();
            let mut grants = Vec::new();
            access::list(tx, ctx.now, None, None, |g| {
                grants.push(plain(&g));
                Ok(())
            })?;
            // Issue 12: what falls due, every kind, as far as the longest
            // deadline (the 30-day cancel window) and then some.
            let q = due::query(ctx.now, "31d", &["all".to_string()])?;
            let mut due_items = Vec::new();
            due::list(tx, None, &q, |item| {
                due_items.push(plain(&DueView::new(&item, ctx.now)));
                Ok(())
            })?;
            Ok(json!({
                "authorizations": auths,
                "employees": employees,
                "upgrades": upgrades,
                "subaccounts": subs,
                "orgs": orgs,
                "grants": grants,
                "due": due_items,
            }))
        })
        .unwrap()
}

/// The stored rows of every object, with the sweep's own `updated_at` and
/// the random hashes left out.
fn rows(s: &mut Side) -> String {
    s.w.store
        .read(|tx| {
            let mut auths = store::authorization::list(tx, None, None)?;
            for a in &mut auths {
                a.updated_at = Timestamp::UNIX_EPOCH;
            }
            let mut employees = store::employee::list(tx, &Default::default())?;
            for a in &mut employees {
                a.updated_at = Timestamp::UNIX_EPOCH;
                a.password_hash.clear();
                a.initial_password_hash.clear();
            }
            let mut upgrades = Vec::new();
            for mut u in store::upgrade::by_shop(tx, None)? {
                u.updated_at = Timestamp::UNIX_EPOCH;
                let attempts = store::upgrade::attempts(tx, u.id)?;
                upgrades.push(format!("{u:?} {attempts:?}"));
            }
            let agency = store::org::get(tx, AGENCY)?.id;
            let mut codes = Vec::new();
            for p in PHONES {
                codes.push(store::code::latest_code(tx, agency, p)?.map(|c| {
                    (
                        c.issued_at,
                        c.expires_at,
                        c.tries,
                        c.used_at,
                        c.voided_at,
                        c.code_hash.is_empty(),
                    )
                }));
            }
            Ok(format!(
                "{auths:#?}\n{employees:#?}\n{upgrades:#?}\n{codes:?}"
            ))
        })
        .unwrap()
}

/// The instant a deadline of object `i` falls at, read from B's rows.
fn deadline(s: &mut Side, kind: Deadline, i: usize) -> Option<Timestamp> {
    let one = SignedDuration::from_secs(1);
    s.w.store
        .read(|tx| {
            Ok(match kind {
                Deadline::Invitation | Deadline::Validity => {
                    let id = douyin_id(DOUYIN[i % DOUYIN.len()]).unwrap();
                    store::authorization::find(tx, &id)?.and_then(|a| match kind {
                        Deadline::Invitation => Some(a.invite_expires_at),
                        _ => a.valid_until.map(|v| v + one),
                    })
                }
                Deadline::Review | Deadline::Cancel => {
                    let id = douyin_id(UPGRADES[i % UPGRADES.len()]).unwrap();
                    store::upgrade::find(tx, &id)?.and_then(|u| match kind {
                        Deadline::Review => u.review_expires_at,
                        _ => u.cancel_deadline,
                    })
                }
                Deadline::Code => {
                    let agency = store::org::get(tx, AGENCY)?.id;
                    store::code::latest_code(tx, agency, PHONES[i % PHONES.len()])?
                        .map(|c| c.expires_at)
                }
                Deadline::Deregistration => store::employee::find(tx, EMAILS[i % EMAILS.len()])?
                    .and_then(|a| a.deregister_due_at)
                    .map(|d| d + one),
            })
        })
        .unwrap()
}

fn set_clock(a: &mut Side, b: &mut Side, t: Timestamp) {
    a.w.now = t;
    b.w.now = t;
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn answers_never_depend_on_whether_the_sweep_has_run(cmds in proptest::collection::vec(cmd(), 1..30)) {
        let (mut a, mut b) = (side(), side());
        for c in &cmds {
            match c {
                Cmd::Advance(k) => {
                    let t = a.w.now + SignedDuration::from_secs(STEPS[*k]);
                    set_clock(&mut a, &mut b, t);
                    continue;
                }
                Cmd::Jump(kind, i, secs) => {
                    if let Some(t) = deadline(&mut b, *kind, *i).map(|t| t + SignedDuration::from_secs(*secs))
                        && t > b.w.now
                    {
                        set_clock(&mut a, &mut b, t);
                    }
                    continue;
                }
                Cmd::SweepB => {
                    b.w.sweep()?;
                    continue;
                }
                _ => {}
            }
            a.w.sweep()?;
            let in_a = exec(&mut a, c)?;
            let in_b = exec(&mut b, c)?;
            prop_assert_eq!(&in_a, &in_b, "{:?} at {} answered differently (A swept, B not)", c, a.w.now);
            prop_assert_eq!(snapshot(&mut a), snapshot(&mut b), "state after {:?} at {}", c, a.w.now);
        }
        // Once B has swept too, both hold the same rows.
        a.w.sweep()?;
        b.w.sweep()?;
        prop_assert_eq!(snapshot(&mut a), snapshot(&mut b), "state after the final sweep");
        let (ra, rb) = (rows(&mut a), rows(&mut b));
        prop_assert!(ra == rb, "rows differ after the final sweep:\nA: {}\nB: {}", ra, rb);
    }
}
