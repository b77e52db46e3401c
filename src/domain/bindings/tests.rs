//! The bindings table as a table: every pair of roles of one kind of key,
//! in both orders, and the refusals `check` builds from it.

use super::*;
use Role::*;

/// Every ordered pair of roles of one kind of key: (held, taking, verdict
/// at another org, verdict at the same org). "-" allowed, "#CODE RULE"
/// counted against a policy limit, "CODE RULE" refused.
#[rustfmt::skip]
const TABLE: &[(Role, Role, &str, &str)] = &[
    // phone
    (AgencyMain, AgencyMain, "MAIN_PHONE_TAKEN AG-3", "MAIN_PHONE_TAKEN AG-3"),
    (AgencyMain, ShopMain, "-", "-"),
    (AgencyMain, AgencySub, "PHONE_IS_AGENCY_MAIN AG-3", "PHONE_IS_AGENCY_MAIN AG-3"),
    (AgencyMain, ShopSub, "PHONE_IS_AGENCY_MAIN AG-3", "PHONE_IS_AGENCY_MAIN AG-3"),
    (ShopMain, AgencyMain, "-", "-"),
    (ShopMain, ShopMain, "MAIN_PHONE_TAKEN SH-2", "MAIN_PHONE_TAKEN SH-2"),
    (ShopMain, AgencySub, "-", "-"),
    (ShopMain, ShopSub, "PHONE_IS_SHOP_MAIN SH-2", "PHONE_IS_SHOP_MAIN SH-2"),
    (AgencySub, AgencyMain, "PHONE_IS_SUBACCOUNT AG-3", "PHONE_IS_SUBACCOUNT AG-3"),
    (AgencySub, ShopMain, "-", "-"),
    (AgencySub, AgencySub, "#AGENCY_LIMIT AG-2", "ALREADY_BOUND_TO_AGENCY AG-2"),
    (AgencySub, ShopSub, "-", "-"),
    (ShopSub, AgencyMain, "PHONE_IS_SUBACCOUNT AG-3", "PHONE_IS_SUBACCOUNT AG-3"),
    (ShopSub, ShopMain, "PHONE_IS_SHOP_SUBACCOUNT SH-2", "PHONE_IS_SHOP_SUBACCOUNT SH-2"),
    (ShopSub, AgencySub, "-", "-"),
    (ShopSub, ShopSub, "PHONE_BOUND_TO_OTHER_SHOP SH-2", "PHONE_ALREADY_IN_SHOP SH-2"),
    // Douyin id
    (EmployeeAccount, EmployeeAccount, "DOUYIN_ID_TAKEN EA-11", "DOUYIN_ID_TAKEN EA-11"),
    (EmployeeAccount, AuthorisedAccount, "IS_EMPLOYEE_ACCOUNT EA-11", "IS_EMPLOYEE_ACCOUNT EA-11"),
    (EmployeeAccount, Xingtu, "XINGTU_EXCLUSIVE EA-12", "XINGTU_EXCLUSIVE EA-12"),
    (AuthorisedAccount, EmployeeAccount, "IS_AUTHORIZED_PERSONAL_ACCOUNT EA-11", "IS_AUTHORIZED_PERSONAL_ACCOUNT EA-11"),
    (AuthorisedAccount, AuthorisedAccount, "BOUND_TO_OTHER_ENTERPRISE PA-4", "ALREADY_BOUND_HERE PA-4"),
    (AuthorisedAccount, Xingtu, "XINGTU_EXCLUSIVE PA-8", "XINGTU_EXCLUSIVE PA-8"),
    (Xingtu, EmployeeAccount, "XINGTU_EXCLUSIVE EA-12", "XINGTU_EXCLUSIVE EA-12"),
    (Xingtu, AuthorisedAccount, "XINGTU_EXCLUSIVE PA-8", "XINGTU_EXCLUSIVE PA-8"),
    (Xingtu, Xingtu, "-", "-"),
    // qualification subject
    (CrossBorderShop, CrossBorderShop, "-", "-"),
    (CrossBorderShop, VerticalAccount, "NO_VERTICAL_FOR_CROSS_BORDER UP-4", "NO_VERTICAL_FOR_CROSS_BORDER UP-4"),
    (VerticalAccount, CrossBorderShop, "SUBJECT_HAS_VERTICAL UP-4", "SUBJECT_HAS_VERTICAL UP-4"),
    (VerticalAccount, VerticalAccount, "-", "-"),
    // person
    (Operator, Operator, "#OPERATOR_LIMIT UP-5", "#OPERATOR_LIMIT UP-5"),
];

fn word(v: Verdict) -> String {
    match v {
        Verdict::Allowed => "-".to_string(),
        Verdict::Counted(w) => format!("#{} {}", w.code(), w.rule()),
        Verdict::Refused(w) => format!("{} {}", w.code(), w.rule()),
    }
}

fn refused(v: Verdict) -> bool {
    matches!(v, Verdict::Refused(_))
}

#[test]
fn the_table_lists_every_pair_of_one_kind_of_key_once() {
    for a in Role::ALL {
        for b in Role::ALL.into_iter().filter(|b| b.key() == a.key()) {
            let n = TABLE.iter().filter(|r| r.0 == a && r.1 == b).count();
            assert_eq!(n, 1, "({a:?}, {b:?}) is listed {n} times");
        }
    }
    assert!(TABLE.iter().all(|r| r.0.key() == r.1.key()));
}

#[test]
fn verdicts_are_the_table() {
    for (held, taking, other, same) in TABLE {
        let at = |same| word(verdict(*held, *taking, same));
        assert_eq!(at(false), *other, "{held:?} then {taking:?}, other org");
        assert_eq!(at(true), *same, "{held:?} then {taking:?}, same org");
    }
}

#[test]
fn an_end_state_is_allowed_or_refused_whatever_the_order() {
    for a in Role::ALL {
        for b in Role::ALL {
            for same in [false, true] {
                assert_eq!(
                    refused(verdict(a, b, same)),
                    refused(verdict(b, a, same)),
                    "{a:?} then {b:?} vs {b:?} then {a:?} (same org: {same})"
                );
            }
        }
    }
}

#[test]
fn roles_of_different_keys_never_meet() {
    for a in Role::ALL {
        for b in Role::ALL.into_iter().filter(|b| b.key() != a.key()) {
            assert_eq!(verdict(a, b, false), Verdict::Allowed, "{a:?} / {b:?}");
        }
    }
}

#[test]
fn one_code_one_condition() {
    let mut by_code: std::collections::BTreeMap<&str, Vec<(Role, Role)>> = Default::default();
    for (held, taking, other, same) in TABLE {
        for w in [other, same].into_iter().filter(|w| **w != "-") {
            let code = w
                .trim_start_matches('#')
                .split(' ')
                .next()
                .unwrap_or_default();
            let pairs = by_code.entry(code).or_default();
            if !pairs.contains(&(*held, *taking)) {
                pairs.push((*held, *taking));
            }
        }
    }
    // The defect of issue 11: PHONE_IS_SHOP_MAIN stood both for "a shop's
    // main phone cannot be a shop sub-account" and for "cannot be a second
    // shop's main"; PHONE_IS_AGENCY_MAIN likewise for agencies.
    assert_eq!(by_code["PHONE_IS_SHOP_MAIN"], [(ShopMain, ShopSub)]);
    assert_eq!(
        by_code["PHONE_IS_AGENCY_MAIN"],
        [(AgencyMain, AgencySub), (AgencyMain, ShopSub)]
    );
    assert_eq!(
        by_code["MAIN_PHONE_TAKEN"],
        [(AgencyMain, AgencyMain), (ShopMain, ShopMain)]
    );
    // The reverse of each: what a sub-account phone cannot become.
    assert_eq!(
        by_code["PHONE_IS_SUBACCOUNT"],
        [(AgencySub, AgencyMain), (ShopSub, AgencyMain)]
    );
    assert_eq!(by_code["PHONE_IS_SHOP_SUBACCOUNT"], [(ShopSub, ShopMain)]);
    // Every code names one role held or one role refused (XINGTU_EXCLUSIVE
    // names the identity on either side).
    for (code, pairs) in &by_code {
        let one = pairs.iter().all(|p| p.0 == pairs[0].0)
            || pairs.iter().all(|p| p.1 == pairs[0].1)
            || pairs.iter().all(|p| p.0 == p.1)
            || pairs.iter().all(|p| p.0 == Xingtu || p.1 == Xingtu);
        assert!(one, "{code}: {pairs:?}");
    }
}

fn org(id: i64, handle: &str) -> Org {
    Org {
        id,
        handle: handle.to_string(),
        kind: super::super::org::OrgKind::Agency,
        name: handle.to_string(),
        created_at: jiff::Timestamp::UNIX_EPOCH,
        enterprise: None,
        main_phone: None,
        shop: None,
    }
}

const P: &str = "13800138000";

fn refusal_of(key: &str, held: &[Held], taking: &Taking) -> RuleViolation {
    match check(key, held, taking, &Policy::default()) {
        Err(v) => v,
        Ok(()) => RuleViolation::new("ALLOWED", "-", "allowed"),
    }
}

#[test]
fn sh2_already_in_this_shop_comes_before_the_other_refusals() {
    let shop = org(1, "s1");
    let held = [Held::at(ShopSub, &org(2, "s2")), Held::at(ShopSub, &shop)];
    let e = refusal_of(P, &held, &Taking::at(ShopSub, &shop));
    assert_eq!(e.code, "PHONE_ALREADY_IN_SHOP");
    assert!(
        e.hint
            .unwrap_or_default()
            .contains("roster --org s1 subaccount edit")
    );
    let e = refusal_of(P, &held[..1], &Taking::at(ShopSub, &shop));
    assert_eq!(e.code, "PHONE_BOUND_TO_OTHER_SHOP");
    assert_eq!(e.details["shop"], "s2");
}

#[test]
fn ag2_agency_limit_at_limit_minus_one_limit_and_plus_one() {
    let policy = Policy {
        agencies_per_phone: 3,
        ..Policy::default()
    };
    let agencies: Vec<Held> = (1..=4)
        .map(|i| Held::at(AgencySub, &org(i, &format!("a{i}"))))
        .collect();
    let new = Taking::at(AgencySub, &org(99, "new"));
    assert!(check(P, &agencies[..2], &new, &policy).is_ok(), "limit - 1");
    let e = check(P, &agencies[..3], &new, &policy).unwrap_err();
    assert_eq!((e.code, e.rule), ("AGENCY_LIMIT", "AG-2"));
    assert_eq!(e.details["agencies"], 3);
    assert_eq!(e.details["limit"], 3);
    assert!(check(P, &agencies, &new, &policy).is_err(), "limit + 1");
    // Shop sub-accounts and main accounts are not counted.
    let mut mixed = agencies[..2].to_vec();
    mixed.push(Held::at(ShopSub, &org(50, "s")));
    mixed.push(Held::at(ShopMain, &org(51, "s2")));
    assert!(check(P, &mixed, &new, &policy).is_ok());
}

#[test]
fn up5_operator_limit_at_limit_minus_one_and_limit() {
    let four = vec![Held::new(Operator); 4];
    assert!(check("110***", &four, &Taking::new(Operator), &Policy::default()).is_ok());
    let five = vec![Held::new(Operator); 5];
    let e = refusal_of("110***", &five, &Taking::new(Operator));
    assert_eq!((e.code, e.rule), ("OPERATOR_LIMIT", "UP-5"));
    assert_eq!(e.details["operated"], 5);
    assert_eq!(e.details["limit"], 5);
}

#[test]
fn ag3_sh2_sub_accounts_in_the_way_of_a_main_account() {
    let held = [
        Held::at(AgencySub, &org(1, "a1")),
        Held::at(ShopSub, &org(2, "s1")),
    ];
    let e = refusal_of(P, &held, &Taking::at(AgencyMain, &org(0, "new")));
    assert_eq!((e.code, e.rule), ("PHONE_IS_SUBACCOUNT", "AG-3"));
    assert!(
        e.message.contains("a1") && e.message.contains("2 in all"),
        "{}",
        e.message
    );
    // Only the shop sub-account stands in the way of a shop main (SH-2).
    let e = refusal_of(P, &held, &Taking::at(ShopMain, &org(0, "new")));
    assert_eq!((e.code, e.rule), ("PHONE_IS_SHOP_SUBACCOUNT", "SH-2"));
    let hint = e.hint.unwrap_or_default();
    assert!(hint.contains("roster --org s1 subaccount delete"), "{hint}");
    assert!(
        check(
            P,
            &held[..1],
            &Taking::at(ShopMain, &org(0, "new")),
            &Policy::default()
        )
        .is_ok()
    );
}

#[test]
fn ea12_pa8_xingtu_refusals_share_one_wording() {
    let ent = org(7, "acme");
    let sides = [
        (
            Held::new(Xingtu),
            Taking::at(EmployeeAccount, &ent),
            "EA-12",
        ),
        (
            Held::new(Xingtu),
            Taking::at(AuthorisedAccount, &ent),
            "PA-8",
        ),
        (
            Held::at(EmployeeAccount, &ent).detail("li@acme.cn"),
            Taking::new(Xingtu),
            "EA-12",
        ),
        (
            Held::at(AuthorisedAccount, &ent).detail("invited"),
            Taking::new(Xingtu),
            "PA-8",
        ),
    ];
    // What the key is, named by the side it holds.
    let says = [
        "dy_x holds the creator-marketplace identity:",
        "dy_x holds the creator-marketplace identity:",
        "dy_x is the employee account li@acme.cn of acme:",
        "dy_x is an authorised personal account (invited) of acme:",
    ];
    for ((held, taking, rule), says) in sides.into_iter().zip(says) {
        let e = refusal_of("dy_x", std::slice::from_ref(&held), &taking);
        assert_eq!((e.code, e.rule), ("XINGTU_EXCLUSIVE", rule), "{held:?}");
        assert!(e.message.starts_with(says), "{}", e.message);
        assert!(
            e.message.ends_with(
                "the creator-marketplace identity (星图达人) and an employee account of either kind \
                 (enterprise employee account or authorised personal account) exclude each other"
            ),
            "{}",
            e.message
        );
    }
}

#[test]
fn pa4_names_the_enterprise_and_status() {
    let held = [Held::at(AuthorisedAccount, &org(3, "acme")).detail("reviewing")];
    let e = refusal_of(
        "dy_a",
        &held,
        &Taking::at(AuthorisedAccount, &org(4, "beta")),
    );
    assert_eq!(e.code, "BOUND_TO_OTHER_ENTERPRISE");
    assert_eq!(e.details["org"], "acme");
    assert_eq!(e.details["status"], "reviewing");
    // The message names the status held, and says "live" when none is
    // known.
    assert!(e.message.contains("(acme, reviewing)"), "{}", e.message);
    let bare = [Held::at(AuthorisedAccount, &org(3, "acme"))];
    let e = refusal_of(
        "dy_a",
        &bare,
        &Taking::at(AuthorisedAccount, &org(4, "beta")),
    );
    assert!(e.message.contains("(acme, live)"), "{}", e.message);
    let e = refusal_of(
        "dy_a",
        &bare,
        &Taking::at(AuthorisedAccount, &org(3, "acme")),
    );
    assert!(
        e.message.contains("is already bound with acme"),
        "{}",
        e.message
    );
    let e = refusal_of(
        "dy_a",
        &held,
        &Taking::at(AuthorisedAccount, &org(3, "acme")),
    );
    assert_eq!(e.code, "ALREADY_BOUND_HERE");
}

#[test]
fn up4_vertical_and_cross_border_exclude_each_other() {
    let vertical = vec![Held::new(VerticalAccount); 2];
    let e = refusal_of("S", &vertical, &Taking::new(CrossBorderShop));
    assert_eq!((e.code, e.rule), ("SUBJECT_HAS_VERTICAL", "UP-4"));
    assert_eq!(e.details["vertical"], 2);
    let cross = [Held::new(CrossBorderShop)];
    let e = refusal_of("S", &cross, &Taking::new(VerticalAccount));
    assert_eq!((e.code, e.rule), ("NO_VERTICAL_FOR_CROSS_BORDER", "UP-4"));
    assert_eq!(
        refusal_of("S", &cross, &Taking::new(CrossBorderShop)).code,
        "ALLOWED"
    );
}

/// The refusals name the kind of org that holds the phone.
#[test]
fn ag3_sh2_refusals_name_the_kind_of_org() {
    let a = org(1, "star");
    let sh = org(2, "mall");
    let e = refusal_of(
        P,
        &[Held::at(AgencyMain, &a)],
        &Taking::at(AgencyMain, &org(3, "n")),
    );
    assert!(
        e.message.contains("main account of agency \"star\""),
        "{}",
        e.message
    );
    assert!(e.message.contains("one agency"), "{}", e.message);
    let e = refusal_of(
        P,
        &[Held::at(ShopMain, &sh)],
        &Taking::at(ShopMain, &org(3, "n")),
    );
    assert!(
        e.message.contains("main account of shop \"mall\""),
        "{}",
        e.message
    );
    assert!(e.message.contains("one shop"), "{}", e.message);
    let e = refusal_of(
        P,
        &[Held::at(ShopSub, &sh)],
        &Taking::at(AgencyMain, &org(3, "n")),
    );
    assert!(
        e.message.contains("is a sub-account of shop mall"),
        "{}",
        e.message
    );
    let e = refusal_of(
        P,
        &[Held::at(AgencySub, &a)],
        &Taking::at(AgencyMain, &org(3, "n")),
    );
    assert!(
        e.message.contains("is a sub-account of agency star"),
        "{}",
        e.message
    );
}
