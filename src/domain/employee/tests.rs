//! Tests of the parent module.

use super::*;

#[test]
fn ea3_proof_in_chinese() {
    assert_eq!(Proof::parse("盖章"), Ok(Proof::Sealed));
    assert_eq!(Proof::parse(" 法人签字 "), Ok(Proof::LegalRepSigned));
    assert_eq!(Proof::parse("Sealed"), Ok(Proof::Sealed));
    assert!(Proof::parse("签字").is_err());
}

#[test]
fn ea5_review_only_from_reviewing() {
    assert!(next("a@b.cn", Status::Reviewing, Step::Review { approve: true }).is_ok());
    let e = next("a@b.cn", Status::Active, Step::Review { approve: true }).unwrap_err();
    assert_eq!(e.code, "INVALID_STATE");
    assert_eq!(e.details["status"], "active");
    assert!(e.hint.unwrap().contains("activate"));
}

#[test]
fn every_state_names_its_next_steps() {
    assert_eq!(next_steps(Status::Rejected), vec!["resubmit", "withdraw"]);
    assert_eq!(next_steps(Status::Vacant), vec!["enable", "deregister"]);
    assert!(next_steps(Status::Deregistered).is_empty());
    assert!(next_steps(Status::Withdrawn).is_empty());
    let e = next("a@b.cn", Status::Deregistered, Step::Enable).unwrap_err();
    assert!(e.hint.unwrap().contains("closed"));
}

/// The employee-account machine (docs/rules.md), every step from every
/// state: allowed exactly from the states the machine lists, to the state
/// the rules name.
#[test]
fn spec3_every_step_from_every_state() {
    use Status::*;
    let steps = [
        (Step::Review { approve: true }, Some(Active)),
        (Step::Review { approve: false }, Some(Rejected)),
        (Step::Resubmit, Some(Reviewing)),
        (Step::Withdraw { ever_active: false }, Some(Withdrawn)),
        (Step::Withdraw { ever_active: true }, Some(Vacant)),
        (Step::Activate, None),
        (Step::Assets, None),
        (Step::Resign { unsettled: true }, Some(Resigning)),
        (Step::Resign { unsettled: false }, Some(Vacant)),
        (Step::UnbindConfirm, Some(Vacant)),
        (Step::Enable, Some(Reviewing)),
        (Step::Deregister, Some(Deregistering)),
        (
            Step::DeregisterReview {
                approve: true,
                filed_from: Some(Vacant),
            },
            Some(Deregistered),
        ),
        (
            Step::DeregisterReview {
                approve: false,
                filed_from: Some(Vacant),
            },
            Some(Vacant),
        ),
    ];
    for (from, _) in Status::CODES {
        for (step, to) in steps {
            let allowed = Accounts::sources(step.verb()).contains(&from);
            match next("a@b.cn", from, step) {
                Ok(got) => {
                    assert!(allowed, "{step:?} from {from:?}");
                    assert_eq!(got, to.unwrap_or(from), "{step:?} from {from:?}");
                }
                Err(e) => {
                    assert!(!allowed, "{step:?} from {from:?}");
                    assert_eq!(e.code, "INVALID_STATE");
                    assert_eq!(e.rule, Accounts::rule(step.verb()));
                }
            }
        }
    }
}

#[test]
fn en3_withdrawn_and_deregistered_free_their_seat() {
    for (s, _) in Status::CODES {
        assert_eq!(
            s.holds_seat(),
            !matches!(s, Status::Withdrawn | Status::Deregistered)
        );
    }
}

#[test]
fn ea3_signature_only_for_individual_business_with_note() {
    assert!(check_proof(Proof::Sealed, false).is_ok());
    assert_eq!(
        check_proof(Proof::LegalRepSigned, false).unwrap_err().code,
        "PROOF_NEEDS_SEAL"
    );
    assert!(check_proof(Proof::LegalRepSigned, true).is_ok());
    assert!(needs_proof_note(Proof::LegalRepSigned));
    assert!(!needs_proof_note(Proof::Sealed));
}

#[test]
fn ea6_app_version_compared_numerically() {
    let min = AppVersion::parse("20.7").unwrap();
    let check = |v: &str| check_client(&parse_client(v).unwrap(), &min, "20.7");
    assert!(check("20.10").is_ok());
    assert!(check("20.7").is_ok());
    assert_eq!(check("20.6.9").unwrap_err().code, "APP_TOO_OLD");
    assert_eq!(check("web").unwrap_err().code, "WEB_NOT_SUPPORTED");
    assert_eq!(check("PC").unwrap_err().code, "WEB_NOT_SUPPORTED");
}

#[test]
fn ea6_malformed_app_version_is_input_not_a_refusal() {
    for bad in ["latest", "", "20..7", "20.7-beta"] {
        let why = parse_client(bad).unwrap_err();
        assert!(why.contains("20.7"), "{bad:?}: {why}");
    }
}

#[test]
fn ea12_showcase_reports_every_unmet_condition() {
    let none = showcase(&ShowcaseFacts::default(), 500, 10, 1000);
    assert_eq!(none.len(), 4);
    let edge = ShowcaseFacts {
        real_name: true,
        deposit_paid: true,
        public_videos: 10,
        followers: 1000,
    };
    let r = showcase(&edge, 500, 10, 1000);
    assert_eq!(r.len(), 1, "1000 followers is not more than 1000");
    let ok = ShowcaseFacts {
        followers: 1001,
        ..edge
    };
    assert!(showcase(&ok, 500, 10, 1000).is_empty());
}

#[test]
fn ea12_flash_group_buy_needs_the_group_buy_tool() {
    let m = vec![("home.flash_group_buy".to_string(), true)];
    let r = merchant_page(&m, &["home.flash_group_buy".to_string()]);
    assert_eq!(r.len(), 1);
    assert!(r[0].condition.contains("video.group_buy"));
    let granted = vec![
        "home.flash_group_buy".to_string(),
        "video.group_buy".to_string(),
    ];
    assert!(merchant_page(&m, &granted).is_empty());
}

#[test]
fn ea12_merchant_page_needs_an_approved_module() {
    assert_eq!(merchant_page(&[], &[]).len(), 1);
    let pending = vec![("home.profile_card".to_string(), false)];
    let r = merchant_page(&pending, &["home.profile_card".to_string()]);
    assert_eq!(r.len(), 1);
    assert!(r[0].condition.contains("not approved"));
}

#[test]
fn ea12_xingtu_excludes_employee_accounts() {
    assert!(xingtu(false).is_empty());
    assert_eq!(xingtu(true).len(), 1);
}

/// Issue 12: a step that already happened is no refusal; a step that
/// carries new data (resubmit, enable) is never a repeat.
#[test]
fn a_repeated_step_holds_only_where_it_leads() {
    use Status::*;
    assert!(holds(Active, Step::Review { approve: true }));
    assert!(!holds(Active, Step::Review { approve: false }));
    assert!(holds(Rejected, Step::Review { approve: false }));
    assert!(holds(Withdrawn, Step::Withdraw { ever_active: false }));
    assert!(holds(Vacant, Step::UnbindConfirm));
    assert!(holds(Deregistering, Step::Deregister));
    assert!(!holds(Reviewing, Step::Resubmit));
    assert!(!holds(Reviewing, Step::Enable));
    for (s, _) in Status::CODES {
        // A step that holds is never also a move the machine would make.
        for step in [
            Step::Review { approve: true },
            Step::Withdraw { ever_active: false },
            Step::UnbindConfirm,
        ] {
            if holds(s, step) {
                assert!(next("a@b.cn", s, step).is_err(), "{step:?} from {s:?}");
            }
        }
    }
}

/// An account in `status`, for the tests that need a whole one.
fn account(status: Status) -> Account {
    let t = jiff::Timestamp::from_second(1_750_000_000).unwrap();
    Account {
        id: 1,
        org_id: 1,
        email: crate::domain::validate::Email::from_stored("a@b.cn".into()),
        douyin_id: None,
        status,
        holder_name: "张三".into(),
        holder_id: crate::domain::validate::identity_number("11010519491231002X").unwrap(),
        contact_phone: None,
        proof: Proof::Sealed,
        proof_note: None,
        position_id: 1,
        department_id: None,
        password_hash: String::new(),
        initial_password_hash: String::new(),
        activated_at: None,
        aux_phone: None,
        app_version: None,
        ever_active: false,
        unsettled_assets: false,
        rejection_reason: None,
        deregister_from: None,
        deregister_filed_at: None,
        deregister_due_at: None,
        deregister_due_provisional: false,
        deregister_materials: Vec::new(),
        deregister_overdue_at: None,
        created_at: t,
        updated_at: t,
    }
}

/// A refusal names the rule of the verb, written out here rather than read
/// back from the machine (a cargo-mutants survivor: the machine's own table
/// compared with itself).
#[test]
fn ea_refusals_name_the_verbs_rule() {
    use Status::*;
    let cases = [
        (Step::Review { approve: true }, Active, "EA-5"),
        (Step::Resubmit, Active, "EA-5"),
        (Step::Withdraw { ever_active: false }, Active, "EA-5"),
        (Step::Activate, Reviewing, "EA-6"),
        (Step::Assets, Reviewing, "EA-8"),
        (Step::Resign { unsettled: false }, Reviewing, "EA-8"),
        (Step::UnbindConfirm, Active, "EA-8"),
        (Step::Enable, Active, "EA-9"),
        (Step::Deregister, Reviewing, "EA-10"),
        (
            Step::DeregisterReview {
                approve: true,
                filed_from: Some(Vacant),
            },
            Active,
            "EA-10",
        ),
    ];
    for (step, from, rule) in cases {
        let e = next("a@b.cn", from, step).unwrap_err();
        assert_eq!((e.code, e.rule), ("INVALID_STATE", rule), "{step:?}");
    }
}

/// EA-6: `activate` is offered until the account is activated, and only
/// `activate` is taken away then.
#[test]
fn ea6_activate_is_a_next_step_only_until_activated() {
    let mut a = account(Status::Active);
    assert_eq!(next_steps_of(&a), next_steps(Status::Active));
    assert!(next_steps_of(&a).contains(&"activate"));
    a.activated_at = Some(a.created_at);
    let mut expected = next_steps(Status::Active);
    expected.retain(|s| *s != "activate");
    assert!(!expected.is_empty());
    assert_eq!(next_steps_of(&a), expected);
}

#[test]
fn ea3_proof_codes_round_trip() {
    assert_eq!(Proof::Sealed.code(), "sealed");
    assert_eq!(Proof::LegalRepSigned.code(), "legal-rep-signed");
    for (p, code) in Proof::CODES {
        assert_eq!(p.code(), code);
        assert_eq!(Proof::parse(code), Ok(p));
    }
}

/// EA-12: one ready module is enough, whatever the others lack.
#[test]
fn ea12_one_ready_module_shows_the_merchant_page() {
    let modules = vec![
        ("home.profile_card".to_string(), true),
        ("home.flash_group_buy".to_string(), false),
    ];
    assert!(merchant_page(&modules, &["home.profile_card".to_string()]).is_empty());
    let two_ready = vec![
        ("home.profile_card".to_string(), true),
        ("home.profile_card".to_string(), true),
    ];
    assert!(merchant_page(&two_ready, &["home.profile_card".to_string()]).is_empty());
    // None ready: every unmet condition is reported.
    assert_eq!(merchant_page(&modules, &[]).len(), 3);
}

/// SW-1 / EA-10: overdue from the second after the due instant, and only a
/// deregistration request is ever overdue.
#[test]
fn ea10_overdue_from_the_second_after_the_due_instant() {
    let due = jiff::Timestamp::from_second(1_760_000_000).unwrap();
    let second = jiff::SignedDuration::from_secs(1);
    let mut a = account(Status::Deregistering);
    a.deregister_due_at = Some(due);
    assert_eq!(as_of(a.clone(), due).deregister_overdue_at, None);
    assert_eq!(as_of(a.clone(), due - second).deregister_overdue_at, None);
    assert_eq!(
        as_of(a.clone(), due + second).deregister_overdue_at,
        Some(due + second)
    );
    // Already recorded by the sweep: kept as it is.
    let mut swept = a.clone();
    swept.deregister_overdue_at = Some(due + second * 60);
    assert_eq!(as_of(swept.clone(), due + second * 3600), swept);
    // An account in any other state is never overdue.
    for (s, _) in Status::CODES {
        if s != Status::Deregistering {
            let mut other = a.clone();
            other.status = s;
            assert_eq!(as_of(other.clone(), due + second * 3600), other, "{s:?}");
        }
    }
}

#[test]
fn ea10_known_materials() {
    for m in [
        "business-licence",
        "legal-rep-id",
        "employee-id",
        "labour-contract",
        "resignation-certificate",
    ] {
        assert!(known_material(m), "{m}");
    }
    for m in ["", "licence", "labour-contract|resignation-certificate"] {
        assert!(!known_material(m), "{m:?}");
    }
}
