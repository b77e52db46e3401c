//! Tests of the parent module.

use super::*;

fn at(s: &str) -> Timestamp {
    s.parse().unwrap()
}

fn upgrade(status: Status, mode: Mode) -> Upgrade {
    let id = crate::domain::validate::identity_number("11010519491231002X").unwrap();
    let phone = crate::domain::validate::phone("13800138000").unwrap();
    Upgrade {
        id: 1,
        douyin_id: crate::domain::validate::douyin_id("dy_a").unwrap(),
        shop_id: 1,
        subject: "91350100M000100Y43".into(),
        status,
        mode,
        account_type: None,
        type_explicit: false,
        holder_name: "H".into(),
        holder_id: id.clone(),
        holder_phone: phone.clone(),
        operator_name: "H".into(),
        operator_id: id,
        operator_phone: phone,
        attempts: 1,
        started_at: at("2026-01-01T00:00:00Z"),
        review_expires_at: Some(at("2026-01-08T00:00:00Z")),
        upgraded_at: None,
        cancel_deadline: Some(at("2026-01-31T00:00:00Z")),
        cancel_closed_at: None,
        decided_at: None,
        rejection_reason: None,
        created_at: at("2026-01-01T00:00:00Z"),
        updated_at: at("2026-01-01T00:00:00Z"),
    }
}

/// The upgrade machine (docs/rules.md), every step from every state;
/// cancel within the window only, and only an automatic upgrade (UP-3); a review after the 7 days
/// names its deadline (UP-6).
#[test]
fn spec5_every_step_from_every_state() {
    use super::super::machine::Machine;
    let now = at("2026-01-05T00:00:00Z");
    let all = [
        Status::Reviewing,
        Status::Upgraded,
        Status::Rejected,
        Status::Expired,
        Status::Cancelled,
    ];
    let steps = [
        (Step::Review { approve: true }, Some(Status::Upgraded)),
        (Step::Review { approve: false }, Some(Status::Rejected)),
        (Step::Operator, None),
        (Step::Cancel, Some(Status::Cancelled)),
    ];
    for from in all {
        for (step, to) in steps {
            let u = upgrade(from, Mode::Automatic);
            let allowed = Upgrades::sources(step.verb()).contains(&from);
            match next(&u, now, step) {
                Ok(got) => {
                    assert!(allowed, "{step:?} from {from:?}");
                    assert_eq!(got, to.unwrap_or(from));
                }
                Err(e) => {
                    assert!(!allowed, "{step:?} from {from:?}");
                    let want = if from == Status::Expired && step.verb() == Verb::Review {
                        "REVIEW_EXPIRED"
                    } else {
                        "INVALID_STATE"
                    };
                    assert_eq!(e.code, want);
                }
            }
        }
    }
    let manual = upgrade(Status::Upgraded, Mode::Manual);
    assert_eq!(
        next(&manual, now, Step::Cancel).unwrap_err().code,
        "NOT_AUTOMATIC"
    );
    let late = at("2026-02-01T00:00:00Z");
    let auto = upgrade(Status::Upgraded, Mode::Automatic);
    assert_eq!(
        next(&auto, late, Step::Cancel).unwrap_err().code,
        "CANCEL_WINDOW_CLOSED"
    );
    assert_eq!(next_steps_of(&auto, now), ["operator", "cancel"]);
    assert_eq!(next_steps_of(&auto, late), ["operator"]);
    assert_eq!(next_steps_of(&manual, now), ["operator"]);
    assert!(Status::Rejected.can_restart() && !Status::Upgraded.can_restart());
}

fn seats(main: u32, vertical: u32, dedicated: u32) -> TypeSeats {
    TypeSeats {
        main,
        vertical,
        dedicated,
    }
}

#[test]
fn up4_unspecified_type_takes_main_then_vertical_then_dedicated() {
    let limit = limits(3, 5, false);
    assert_eq!(
        pick_type(None, seats(0, 0, 0), limit, false, "S").unwrap(),
        AccountType::Main
    );
    assert_eq!(
        pick_type(None, seats(1, 2, 0), limit, false, "S").unwrap(),
        AccountType::Vertical
    );
    assert_eq!(
        pick_type(None, seats(1, 3, 4), limit, false, "S").unwrap(),
        AccountType::Dedicated
    );
    assert_eq!(
        pick_type(None, seats(1, 3, 5), limit, false, "S")
            .unwrap_err()
            .code,
        "NO_ACCOUNT_TYPE_FREE"
    );
}

#[test]
fn up4_explicit_full_type_is_refused() {
    let limit = limits(3, 5, false);
    assert_eq!(
        pick_type(Some(AccountType::Main), seats(1, 0, 0), limit, false, "S")
            .unwrap_err()
            .code,
        "ACCOUNT_TYPE_FULL"
    );
    assert_eq!(
        pick_type(
            Some(AccountType::Vertical),
            seats(1, 2, 0),
            limit,
            false,
            "S"
        )
        .unwrap(),
        AccountType::Vertical
    );
}

#[test]
fn up4_cross_border_has_no_vertical() {
    let limit = limits(3, 5, true);
    assert_eq!(limit.vertical, 0);
    assert_eq!(
        pick_type(
            Some(AccountType::Vertical),
            seats(0, 0, 0),
            limit,
            true,
            "S"
        )
        .unwrap_err()
        .code,
        "NO_VERTICAL_FOR_CROSS_BORDER"
    );
    assert_eq!(
        pick_type(None, seats(1, 0, 0), limit, true, "S").unwrap(),
        AccountType::Dedicated
    );
}

#[test]
fn up1_personal_shops_cannot_upgrade() {
    assert!(check_shop_type(ShopType::Personal).is_err());
    assert!(check_shop_type(ShopType::IndividualBusiness).is_ok());
}

#[test]
fn up7_posting_limit_rises_after_upgrade() {
    assert_eq!(posting_limit(Status::Reviewing, 75, 100), 75);
    assert_eq!(posting_limit(Status::Upgraded, 75, 100), 100);
    assert_eq!(posting_limit(Status::Cancelled, 75, 100), 75);
}

#[test]
fn up3_cancel_window_closes_at_its_deadline() {
    let d: Timestamp = "2026-03-15T01:00:00Z".parse().unwrap();
    assert!(cancel_open(d, "2026-03-15T00:59:59Z".parse().unwrap()));
    assert!(!cancel_open(d, d));
}

#[test]
fn up6_review_expires_at_its_deadline() {
    let d: Timestamp = "2026-02-20T01:00:00Z".parse().unwrap();
    assert!(!review_expired(d, "2026-02-20T00:59:59Z".parse().unwrap()));
    assert!(review_expired(d, d));
}

#[test]
fn up2_mode_codes_round_trip() {
    for (m, code) in [(Mode::Manual, "manual"), (Mode::Automatic, "automatic")] {
        assert_eq!(m.code(), code);
        assert_eq!(Mode::parse(code), Ok(m));
    }
}

#[test]
fn up4_account_type_codes_round_trip() {
    for (t, code) in [
        (AccountType::Main, "main"),
        (AccountType::Vertical, "vertical"),
        (AccountType::Dedicated, "dedicated"),
    ] {
        assert_eq!(t.code(), code);
        assert_eq!(AccountType::parse(code), Ok(t));
    }
}

#[test]
fn up4_type_seats_count_each_type() {
    let mut used = TypeSeats::default();
    used.add(AccountType::Main);
    for _ in 0..2 {
        used.add(AccountType::Vertical);
    }
    for _ in 0..3 {
        used.add(AccountType::Dedicated);
    }
    assert_eq!(used, seats(1, 2, 3));
}

/// SW-1 / UP-6: only a pending upgrade lapses, at its review deadline.
#[test]
fn up6_only_a_pending_upgrade_lapses_at_its_deadline() {
    let deadline = at("2026-01-08T00:00:00Z");
    let pending = upgrade(Status::Reviewing, Mode::Manual);
    assert_eq!(lapsed_at(&pending, at("2026-01-07T23:59:59Z")), None);
    assert_eq!(lapsed_at(&pending, deadline), Some(deadline));
    assert_eq!(
        lapsed_at(&pending, at("2026-02-01T00:00:00Z")),
        Some(deadline)
    );
    let rejected = upgrade(Status::Rejected, Mode::Manual);
    assert_eq!(lapsed_at(&rejected, at("2026-02-01T00:00:00Z")), None);
}

/// A refusal names the state and the verb's rule, written out here rather
/// than read back from the machine.
#[test]
fn up_refusals_name_the_state_and_the_verbs_rule() {
    use super::super::machine::check;
    let cases = [
        (
            Verb::Start,
            Status::Reviewing,
            "UP-6",
            "upgrade of dy_a is reviewing; `start` needs it to be rejected or expired or cancelled",
        ),
        (
            Verb::Review,
            Status::Upgraded,
            "UP-6",
            "upgrade of dy_a is upgraded; `review` needs it to be reviewing",
        ),
        (
            Verb::Operator,
            Status::Cancelled,
            "UP-5",
            "upgrade of dy_a is cancelled; `operator` needs it to be reviewing or upgraded",
        ),
        (
            Verb::Cancel,
            Status::Expired,
            "UP-3",
            "upgrade of dy_a is expired; `cancel` needs it to be upgraded",
        ),
    ];
    for (verb, from, rule, message) in cases {
        let e = check::<Upgrades>("dy_a", from, verb).unwrap_err();
        assert_eq!((e.code, e.rule), ("INVALID_STATE", rule), "{verb:?}");
        assert_eq!(e.message, message);
    }
}

/// A decision or cancel already recorded holds; nothing else does.
#[test]
fn up3_up6_a_repeated_step_holds_only_where_it_leads() {
    assert!(holds(Status::Upgraded, Step::Review { approve: true }));
    assert!(holds(Status::Rejected, Step::Review { approve: false }));
    assert!(holds(Status::Cancelled, Step::Cancel));
    assert!(!holds(Status::Reviewing, Step::Review { approve: true }));
    assert!(!holds(Status::Upgraded, Step::Review { approve: false }));
    assert!(!holds(Status::Upgraded, Step::Cancel));
    assert!(!holds(Status::Upgraded, Step::Operator));
}
